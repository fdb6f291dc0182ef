"""urflow:landquotalinkage on a generated county with a binding budget and a short TIME_LIMIT
(issue 20): a checked plan within the budget, the run within the limit, gap and bound given."""

import time

import numpy as np
import processing
import pytest

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3000000.0
AREAS = 4
TIME_LIMIT = 2.0


def square(x, y, size):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def county_rows(n_per_area=150, m_per_area=15, seed=11):
    """拆旧 squares on a grid around each project area's centre, 建新 squares in a row beside."""
    rng = np.random.default_rng(seed)
    demolition, construction = [], []
    for g in range(AREAS):
        cx, cy = X0 + 20000 * g, Y0
        for k in range(n_per_area):
            side = float(rng.uniform(40, 90))  # 0.16–0.81 ha
            x, y = cx + 120 * (k % 15), cy + 120 * (k // 15)
            cost = side * side / 1e4 * float(rng.uniform(30, 60))
            row = (square(x, y, side), f"D{g}_{k}", float(rng.uniform(0.7, 0.9)), 9, cost, f"PA{g}")
            demolition.append(row)
        for k in range(m_per_area):
            side = float(rng.uniform(80, 160))
            value = side * side / 1e4 * float(rng.uniform(60, 140))
            x, y = cx + 2000 + 200 * k, cy
            construction.append((square(x, y, side), f"C{g}_{k}", value, "urban", f"PA{g}"))
    return demolition, construction


@pytest.fixture(scope="module")
def county(urflow_provider):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    def layer(rows, fields, name):
        out = QgsVectorLayer(f"Polygon?crs={CRS}", name, "memory")
        out.dataProvider().addAttributes([QgsField(f, kind) for f, kind in fields])
        out.updateFields()
        features = []
        for wkt, *values in rows:
            feature = QgsFeature(out.fields())
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            feature.setAttributes(values)
            features.append(feature)
        out.dataProvider().addFeatures(features)
        return out

    d_rows, c_rows = county_rows()
    text, real, whole = QVariant.String, QVariant.Double, QVariant.Int
    d_fields = [("did", text), ("kappa", real), ("grade", whole), ("cost", real), ("pa", text)]
    c_fields = [("cid", text), ("value", real), ("kind", text), ("pa", text)]
    total_cost = sum(row[4] for row in d_rows)
    return layer(d_rows, d_fields, "d"), layer(c_rows, c_fields, "c"), total_cost


def run(county, **extra):
    demolition, construction, _total = county
    values = {
        "DEMOLITION": demolition,
        "DEMOLITION_ID_FIELD": "did",
        "KAPPA_FIELD": "kappa",
        "DEMOLITION_GRADE_FIELD": "grade",
        "COST_FIELD": "cost",
        "CONSTRUCTION": construction,
        "CONSTRUCTION_ID_FIELD": "cid",
        "VALUE_FIELD": "value",
        "CONSTRUCTION_TYPE_FIELD": "kind",
        "GROUP_FIELD": "pa",
        "MAX_PAIR_DISTANCE": 4000.0,
        "DISTANCE_WEIGHT": 0.5,
        "TIME_LIMIT": TIME_LIMIT,
        "OUTPUT_DEMOLITION": "memory:",
        "OUTPUT_CONSTRUCTION": "memory:",
        "OUTPUT_PAIRS": "memory:",
        "OUTPUT_BALANCE": "memory:",
    }
    values.update(extra)
    t0 = time.perf_counter()
    result = processing.run("urflow:landquotalinkage", values)
    return result, time.perf_counter() - t0


def test_binding_budget_short_time_limit(county):
    free, _seconds = run(county)
    budget = 0.25 * county[2]
    assert free["COST"] > 1.2 * budget  # the budget binds
    result, wall = run(county, BUDGET=budget)
    assert result["STATUS"] in ("optimal", "time_limit")
    assert result["ALL_RULES_PASSED"] is True
    assert result["COST"] <= budget * (1 + 1e-9)
    assert result["SOLVE_SECONDS"] <= TIME_LIMIT + 1.0
    assert wall <= TIME_LIMIT + 6.0  # reading and writing 660 parcels included
    assert result["OBJECTIVE"] > 0 and result["BOUND"] >= result["OBJECTIVE"] - 1e-6
    assert result["GAP"] == pytest.approx(
        (result["BOUND"] - result["OBJECTIVE"]) / abs(result["OBJECTIVE"])
    )
    budget_row = [f for f in result["OUTPUT_BALANCE"].getFeatures() if f["item"] == "budget"]
    assert [f["passed"] for f in budget_row] == [1]
    assert {f["group_code"] for f in result["OUTPUT_BALANCE"].getFeatures()} == {
        "PA0",
        "PA1",
        "PA2",
        "PA3",
        "total",
    }
    pairs = list(result["OUTPUT_PAIRS"].getFeatures())
    assert pairs and all(
        p["group_code"] == p["from_id"].split("_")[0].replace("D", "PA") for p in pairs
    )


def test_cancel_during_the_solve_returns_within_a_second(county):
    """Issue 12: the MILP runs in a worker process killed on feedback.cancel()."""
    import threading

    from qgis.core import QgsProcessingFeedback

    from urflow.core import solver

    if solver.worker_python() is None:
        pytest.skip("no Python interpreter for a solver worker")
    feedback = QgsProcessingFeedback()
    fired = []

    def cancel():
        fired.append(time.perf_counter())
        feedback.cancel()

    timer = threading.Timer(1.5, cancel)  # started when the layers are read (progress 40)

    def progressed(percent):
        if percent >= 40 and not timer.is_alive() and not fired:
            timer.start()

    feedback.progressChanged.connect(progressed)
    demolition, construction, total = county
    values = {
        "DEMOLITION": demolition,
        "DEMOLITION_ID_FIELD": "did",
        "KAPPA_FIELD": "kappa",
        "COST_FIELD": "cost",
        "CONSTRUCTION": construction,
        "CONSTRUCTION_ID_FIELD": "cid",
        "VALUE_FIELD": "value",
        "BUDGET": 0.25 * total,  # one county model (no GROUP_FIELD) with a budget, exact,
        "MIP_GAP": 0.0,  # with pair flows (λ > 0): long enough to be canceled during the solve
        "DISTANCE_WEIGHT": 0.5,
        "MAX_PAIR_DISTANCE": 4000.0,
        "TIME_LIMIT": 120.0,
        "OUTPUT_DEMOLITION": "memory:",
        "OUTPUT_CONSTRUCTION": "memory:",
        "OUTPUT_PAIRS": "memory:",
        "OUTPUT_BALANCE": "memory:",
    }
    t0 = time.perf_counter()
    result = processing.run("urflow:landquotalinkage", values, feedback=feedback)
    done = time.perf_counter()
    timer.cancel()
    assert fired, f"the run ended before the cancel ({done - t0:.1f} s): make it harder"
    assert done - fired[0] <= 1.0
    assert "STATUS" not in result

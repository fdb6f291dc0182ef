"""urflow:urbanruralflows through processing.run: hand-computed sums on a held-out table,
gravity estimates, bad inputs, and a qgis_process run."""

import processing
import pytest
from qgis.core import QgsProcessingException

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3500000.0
# V1, V2 rural; T1, T2 urban; ids typed with stray spaces and as numbers on purpose
NODES = [
    (f"POINT({X0} {Y0})", "V1", "村", 800.0, "东村"),
    (f"POINT({X0 + 3000} {Y0 + 4000})", "V2", " Rural ", 500.0, "西村"),
    (f"POINT({X0 + 6000} {Y0})", "T1", "城镇", 20000.0, "甲镇"),
    (f"POINT({X0} {Y0 + 8000})", "T2", "urban", 9000.0, "乙镇"),
]
FLOWS = [
    (None, "V1", "T1", 10.5, "labour", 2023),
    (None, "T1", "V1", 2.25, "labour", 2023),
    (None, "V1 ", "T2", 4.0, "labour", 2023),
    (None, "V2", "T1", 7.0, "labour", 2023),
    (None, "T1", "T2", 3.0, "labour", 2023),
    (None, "T2", "T1", 3.0, "labour", 2023),
    (None, "V2", "V1", 1.5, "labour", 2023),
    (None, "V1", "V1", 5.0, "labour", 2023),
    (None, "T1", "V1", 100.0, "capital", 2023),
    (None, "V1", "T9", 6.0, "labour", 2023),  # T9 is not a node
    (None, "V1", "T1", 99.0, "labour", 2022),  # another year
]


@pytest.fixture
def layers(make_layer):
    nodes = make_layer(
        "Point", CRS, [("nid", str), ("ntype", str), ("pop", float), ("nm", str)], NODES, "nodes"
    )
    flows = make_layer(
        "None",
        "",
        [("o", str), ("d", str), ("v", float), ("k", str), ("yr", int)],
        FLOWS,
        "flows",
    )
    return nodes, flows


def run(nodes, flows, feedback=None, **extra):
    parameters = {
        "NODES": nodes,
        "NODE_ID_FIELD": "nid",
        "NODE_TYPE_FIELD": "ntype",
        "MASS_FIELD": "pop",
        "NAME_FIELD": "nm",
        "FLOWS": flows,
        "ORIGIN_FIELD": "o",
        "DESTINATION_FIELD": "d",
        "VALUE_FIELD": "v",
        "KIND_FIELD": "k",
        "YEAR_FIELD": "yr",
        "YEAR": 2023,
        "OUTPUT_LINES": "memory:",
        "OUTPUT_NODES": "memory:",
        "OUTPUT_MATRIX": "memory:",
        **extra,
    }
    return processing.run("urflow:urbanruralflows", parameters, feedback=feedback)


def test_hand_sums_signed_net_and_matrix(urflow_provider, layers, feedback):
    result = run(*layers, feedback)
    assert result["TOTAL_FLOW"] == 131.25
    assert result["NET_RURAL_OUTFLOW"] == pytest.approx(19.25 - 100.0)
    assert result["KIND_TOTALS"] == {"labour": 31.25, "capital": 100.0}
    assert result["SELF_FLOWS"] == 1
    lines = {(f["kind"], f["from_id"], f["to_id"]): f for f in result["OUTPUT_LINES"].getFeatures()}
    v1t1 = lines[("labour", "V1", "T1")]
    assert (v1t1["value_ab"], v1t1["value_ba"], v1t1["gross"], v1t1["net"]) == (
        10.5,
        2.25,
        12.75,
        8.25,
    )
    assert v1t1["flow_class"] == "rural_to_urban" and v1t1["estimated"] == 0
    assert v1t1["distance_km"] == pytest.approx(6.0)
    assert v1t1["from_name"] == "东村" and v1t1["to_name"] == "甲镇"
    line = v1t1.geometry().asPolyline()  # an arc from V1 to T1 through a bent middle point
    assert (line[0].x(), line[0].y(), line[-1].x(), line[-1].y()) == (X0, Y0, X0 + 6000, Y0)
    assert (line[1].x(), line[1].y()) == pytest.approx((X0 + 3000, Y0 + 720))
    assert lines[("capital", "T1", "V1")]["flow_class"] == "urban_to_rural"
    assert lines[("labour", "T1", "T2")]["net"] == 0
    assert len(lines) == 6
    nodes = {(f["kind"], f["node_id"]): f for f in result["OUTPUT_NODES"].getFeatures()}
    v1 = nodes[("labour", "V1")]
    assert (v1["inflow"], v1["outflow"], v1["net"], v1["gross"]) == (3.75, 14.5, -10.75, 18.25)
    assert (v1["in_degree"], v1["out_degree"], v1["main_partner"]) == (2, 2, "T1")
    assert v1["urban_tie"] == pytest.approx(16.75 / 18.25)
    assert nodes[("labour", "T1")]["net"] == 15.25
    matrix = {f["kind"]: f for f in result["OUTPUT_MATRIX"].getFeatures()}
    assert [
        matrix["labour"][c]
        for c in ("urban_to_urban", "urban_to_rural", "rural_to_urban", "rural_to_rural")
    ] == [6.0, 2.25, 21.5, 1.5]
    assert matrix["labour"]["total"] == 31.25 and matrix["labour"]["net_rural_outflow"] == 19.25
    text = feedback.text()
    assert "T9" in text and "1 flows name 1 nodes" in text


def test_min_value_hides_thin_lines_but_not_their_sums(urflow_provider, layers):
    result = run(*layers, MIN_VALUE=5)
    assert {(f["from_id"], f["to_id"]) for f in result["OUTPUT_LINES"].getFeatures()} == {
        ("V1", "T1"),
        ("V1", "T2"),
        ("V2", "T1"),
        ("T1", "T2"),
        ("T1", "V1"),
    } - {("V1", "T2")}
    assert result["TOTAL_FLOW"] == 131.25


def test_gravity_fills_unlisted_pairs(urflow_provider, make_layer):
    import numpy as np

    rng = np.random.default_rng(3)
    n_v, n_t = 25, 5
    xy = rng.uniform(0, 40000, size=(n_v + n_t, 2))
    mass = rng.uniform(300, 3000, size=n_v + n_t)
    nodes = make_layer(
        "Point",
        CRS,
        [("nid", str), ("ntype", str), ("pop", float)],
        [
            (f"POINT({X0 + x} {Y0 + y})", f"N{i}", "rural" if i < n_v else "urban", float(m))
            for i, ((x, y), m) in enumerate(zip(xy, mass))
        ],
    )
    rows = []
    for i in range(n_v):
        for j in range(n_v, n_v + n_t):
            if (i, j) in ((0, n_v), (3, n_v + 2)):
                continue  # not surveyed: to be estimated
            d = np.hypot(*(xy[i] - xy[j])) / 1000
            rows.append(
                (
                    None,
                    f"N{i}",
                    f"N{j}",
                    float(rng.poisson(0.05 * mass[i] ** 0.7 * mass[j] ** 0.5 * d**-1.2)),
                    2023,
                )
            )
    flows = make_layer("None", "", [("o", str), ("d", str), ("v", float), ("yr", int)], rows)
    result = run(
        nodes, flows, KIND_FIELD=None, NAME_FIELD=None, GRAVITY=1, YEAR=None, YEAR_FIELD=None
    )
    assert result["N_OBSERVED"] == n_v * n_t - 2
    assert result["N_ESTIMATED"] == 2
    assert result["BETA"] == pytest.approx(1.2, rel=0.15)
    estimated = [f for f in result["OUTPUT_LINES"].getFeatures() if f["estimated"] == 1]
    assert {(f["from_id"], f["to_id"]) for f in estimated} == {
        ("N0", f"N{n_v}"),
        ("N3", f"N{n_v + 2}"),
    }
    for f in estimated:
        i, j = int(f["from_id"][1:]), int(f["to_id"][1:])
        d = np.hypot(*(xy[i] - xy[j])) / 1000
        model = result["K"] * mass[i] ** result["A"] * mass[j] ** result["B"] * d ** -result["BETA"]
        assert f["value_ab"] == pytest.approx(model, rel=1e-9) and f["value_ba"] == 0
    assert result["TOTAL_FLOW"] == pytest.approx(sum(r[3] for r in rows))  # observed only


def test_bad_inputs(urflow_provider, layers, make_layer):
    nodes, flows = layers
    with pytest.raises(QgsProcessingException, match="several years .2022, 2023.; choose one"):
        run(nodes, flows, YEAR=None)
    bad_type = make_layer(
        "Point",
        CRS,
        [("nid", str), ("ntype", str), ("pop", float), ("nm", str)],
        NODES[:3] + [(NODES[3][0], "T2", "suburb", 1.0, "x")],
    )
    with pytest.raises(QgsProcessingException, match="suburb is neither urban nor rural"):
        run(bad_type, flows)
    negative = make_layer(
        "None",
        "",
        [("o", str), ("d", str), ("v", float), ("k", str), ("yr", int)],
        [(None, "V1", "T1", -1.0, "labour", 2023)],
    )
    with pytest.raises(QgsProcessingException, match="must be >= 0"):
        run(nodes, negative)
    with pytest.raises(QgsProcessingException, match="needs MASS_FIELD"):
        run(nodes, flows, MASS_FIELD=None, GRAVITY=1)
    with pytest.raises(QgsProcessingException, match="at least 5 observed pairs"):
        run(nodes, flows, GRAVITY=1)


def test_road_network_costs_from_the_shared_cost_core(urflow_provider, layers, make_layer):
    nodes, flows = layers
    # one road V1 → V2 → T1: 5 km + 5 km; T2 is 8 km from any road (beyond SNAP_TOLERANCE)
    road = make_layer(
        "LineString",
        CRS,
        [("rid", str)],
        [(f"LINESTRING({X0} {Y0},{X0 + 3000} {Y0 + 4000},{X0 + 6000} {Y0})", "R1")],
    )
    result = run(nodes, flows, DISTANCE=1, NETWORK=road, TRAVEL_MODE=3, COST_UNIT=1)
    lines = {(f["kind"], f["from_id"], f["to_id"]): f for f in result["OUTPUT_LINES"].getFeatures()}
    assert lines[("labour", "V1", "T1")]["network_cost"] == pytest.approx(10000.0)
    assert lines[("labour", "V1", "T1")]["distance_km"] == pytest.approx(6.0)  # still straight
    assert lines[("labour", "V2", "T1")]["network_cost"] == pytest.approx(5000.0)
    assert (
        lines[("labour", "V1", "T2")]["network_cost"] is None
        or str(lines[("labour", "V1", "T2")]["network_cost"]) == "NULL"
    )
    with pytest.raises(QgsProcessingException, match="DISTANCE 1 .road network. needs NETWORK"):
        run(nodes, flows, DISTANCE=1)

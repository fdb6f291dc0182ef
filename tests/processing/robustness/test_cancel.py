"""Canceling returns within a second, at every stage, and leaves no output behind (issue 12).

A larger synthetic county (a 80 × 80 road grid of 12 640 segments, 1 600 villages, 6 400
settlement polygons; synthetic.py) keeps each algorithm busy for several seconds; another
thread calls ``feedback.cancel()`` after a delay and the run must return within a second of
it, with no result and none of its output files on disk. The delays (10, 40 and 70 % of the
uncanceled run's time here) put the cancel in different stages (reading and graph build,
snapping and Dijkstra batches, overlays, writing).
"""

import threading
import time
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)

from . import synthetic

#: Cancel must return within this many seconds (the issue asks for "within a second").
LIMIT = 1.0


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    return synthetic.make_county(tmp_path_factory.mktemp("synthetic") / "county.gpkg", n=80)


def _layer(county, name):
    return f"{county}|layername={name}"


def parameters(name, county, out: Path):
    L = lambda layer: _layer(county, layer)  # noqa: E731
    return {
        "facilitygaps": {
            "DEMAND": L("village_points"),
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop",
            "FACILITIES": L("facilities"),
            "FACILITY_ID_FIELD": "fac_id",
            "CAPACITY_FIELD": "capacity",
            "NETWORK": L("roads"),
            "SPEED_FIELD": "speed_kmh",
            "STANDARD": "rural_primary_school",
            "ZONES": L("villages"),
            "ZONE_NAME_FIELD": "village_id",
            "OUTPUT_DEMAND": str(out / "demand.gpkg"),
            "OUTPUT_FACILITIES": str(out / "facilities.gpkg"),
            "OUTPUT_ZONES": str(out / "zones.gpkg"),
        },
        "hollowvillages": {
            "VILLAGES": L("villages"),
            "VILLAGE_ID_FIELD": "village_id",
            "REGISTERED_POP_FIELD": "registered_pop",
            "RESIDENT_POP_FIELD": "resident_pop",
            "ELDERLY_POP_FIELD": "pop_60plus",
            "OUTMIGRANT_FIELD": "outmigrant_workers",
            "HOMESTEADS_FIELD": "homesteads",
            "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
            "SETTLEMENTS": L("settlements"),
            "OUTPUT": str(out / "hollow.gpkg"),
            "WEIGHTS_TABLE": str(out / "weights.csv"),
        },
        "urbanruralflows": {
            "NODES": L("nodes"),
            "NODE_ID_FIELD": "node_id",
            "NODE_TYPE_FIELD": "node_type",
            "MASS_FIELD": "population",
            "FLOWS": L("od"),
            "ORIGIN_FIELD": "origin",
            "DESTINATION_FIELD": "destination",
            "VALUE_FIELD": "workers",
            "DISTANCE": 1,
            "NETWORK": L("roads"),
            "SPEED_FIELD": "speed_kmh",
            "OUTPUT_LINES": str(out / "lines.gpkg"),
            "OUTPUT_NODES": str(out / "nodes.gpkg"),
            "OUTPUT_MATRIX": str(out / "matrix.csv"),
        },
        "controllinecheck": {
            "PLANNED": L("settlements"),
            "PLANNED_ID_FIELD": "settle_id",
            "ECO_REDLINE": L("redline"),
            "ZONES": L("villages"),
            "ZONE_NAME_FIELD": "village_id",
            "OUTPUT_CONFLICTS": str(out / "conflicts.gpkg"),
            "OUTPUT_PLANNED": str(out / "planned.gpkg"),
            "OUTPUT_SUMMARY": str(out / "summary.csv"),
        },
        "villageclassification": {
            "VILLAGES": L("villages"),
            "VILLAGE_ID_FIELD": "village_id",
            "POPULATION_FIELD": "resident_pop",
            "HERITAGE_FIELD": "is_traditional",
            "ECO_REDLINE": L("redline"),
            "TOWNS": L("facilities"),
            "TOWN_ID_FIELD": "fac_id",
            "NETWORK": L("roads"),
            "SPEED_FIELD": "speed_kmh",
            "OUTPUT": str(out / "classes.gpkg"),
        },
        "landsurveylayers": {
            "DLTB": L("DLTB"),
            "OUTPUT_SETTLEMENTS": str(out / "settlements.gpkg"),
            "OUTPUT_HOMESTEADS": str(out / "homesteads.gpkg"),
            "OUTPUT_CULTIVATED": str(out / "cultivated.gpkg"),
        },
        "settlementconsolidation": {
            "SETTLEMENTS": L("village_points"),
            "SETTLEMENT_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop",
            "NETWORK": L("roads"),
            "SPEED_FIELD": "speed_kmh",
            "TRAVEL_MODE": 3,
            "COST_UNIT": 1,
            "MIN_KEEP_POP": 700,
            "CENTRAL_COUNT": 400,
            "MAX_MOVE_COST": 3500,
            "TIME_LIMIT": 20,
            "OUTPUT_SETTLEMENTS": str(out / "settlements.gpkg"),
            "OUTPUT_CENTRAL": str(out / "central.gpkg"),
            "OUTPUT_MOVES": str(out / "moves.gpkg"),
            "OUTPUT_DEMOLITION": str(out / "demolition.gpkg"),
        },
    }[name]


def run_and_cancel(algorithm_id, params, delay):
    """Run in this thread, cancel from another after ``delay`` s: (result, seconds from the
    cancel being due until the run returned, whether the cancel came before the end)."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    context.setFeedback(feedback)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    stamp = {}

    def cancel():
        time.sleep(delay)
        stamp["cancel"] = time.monotonic()
        feedback.cancel()

    thread = threading.Thread(target=cancel, daemon=True)
    started = time.monotonic()
    thread.start()
    result = algorithm.processAlgorithm(params, context, feedback)
    returned = time.monotonic()
    thread.join()
    # measured from when the cancel was due, not from when this thread got to deliver it: a
    # long call holding Python's lock delays the thread, but not the Cancel button of QGIS
    due = started + delay
    return result, returned - due, returned > stamp["cancel"]


ALGORITHMS = (
    "facilitygaps",
    "hollowvillages",
    "urbanruralflows",
    "controllinecheck",
    "villageclassification",
    "landsurveylayers",
    "settlementconsolidation",
)


_FULL = {}


def full_run_seconds(name, county, tmp_path_factory):
    """How long the run takes uncanceled here (once per algorithm): the cancels are placed
    at fractions of it, so each comes while the run is busy however fast the machine is.
    The shorter of two runs, since a first run in the process is slower (imports, caches,
    the MILP worker of core/solver.py starting): timed on it, a cancel at 70 % came after
    the end of a warm hollow-villages run."""
    if name not in _FULL:
        out = tmp_path_factory.mktemp(f"full_{name}")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        context.setFeedback(feedback)
        registry = QgsApplication.processingRegistry()
        times = []
        for _run in range(2):
            algorithm = registry.createAlgorithmById(f"urflow:{name}")
            started = time.monotonic()
            algorithm.processAlgorithm(parameters(name, county, out), context, feedback)
            times.append(time.monotonic() - started)
        _FULL[name] = min(times)
    return _FULL[name]


@pytest.mark.parametrize("fraction", [0.1, 0.4, 0.7])
@pytest.mark.parametrize("name", ALGORITHMS)
def test_cancel_returns_within_a_second(
    urflow_provider, county, tmp_path, tmp_path_factory, name, fraction
):
    delay = fraction * full_run_seconds(name, county, tmp_path_factory)
    params = parameters(name, county, tmp_path)
    result, after, in_time = run_and_cancel(f"urflow:{name}", params, delay)
    assert in_time, f"{name} finished before the cancel at {delay:.2f} s"
    assert after < LIMIT, f"{name}: returned {after:.2f} s after the cancel (at {delay:.2f} s)"
    assert result == {}
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [], f"a canceled run left outputs: {left}"

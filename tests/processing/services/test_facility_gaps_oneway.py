"""urflow:facilitygaps with one-way streets: cars detour, walkers do not (DESIGN.md §3.2).

A clinic F sits at the crossing O; two villages are 1000 m from it, each along a one-way street
(30 km/h) and each with a 3000 m two-way loop back to O (60 km/h). Costs run village -> clinic:

    (0,1000) ------ (1000,1000)       E: digitised O -> VE, one-way "forward": VE must loop
       |                 |            N: VE -> (1000,1000) -> (0,1000) -> O, both ways
       O  ------E----->  VE           S: digitised O -> VS, one-way "backward": VS -> O is fine
       ^                              W: VS -> (-1000,-1000) -> (-1000,0) -> O, both ways
       S
       |
    VS (0,-1000)

By car VE pays the loop, 3000 m = 3 min, and VS the one-way street, 1000 m = 2 min (the loop
would be 3). On foot both are 1000 m. Every point sits on a road vertex: no access legs.
"""

import processing
import pytest
from numpy.testing import assert_allclose

ALG = "urflow:facilitygaps"
X0, Y0 = 500000, 3300000  # EPSG:4548, on the central meridian
WALK, CAR = 0, 3
MINUTES, METERS = 0, 1
# (forward, backward, both) as roads.py reads them: QGIS's words, OSM, ESRI, Chinese
SPELLINGS = [
    ("forward", "backward", "both"),
    ("yes", "-1", "no"),
    ("FT", "TF", "B"),
    ("正向", "反向", "双向"),
]


def line(*points):
    return "LINESTRING(" + ",".join(f"{X0 + x} {Y0 + y}" for x, y in points) + ")"


def point(x, y):
    return f"POINT({X0 + x} {Y0 + y})"


def layers(make_layer, forward="forward", backward="backward", both="both", n_clinics=1):
    network = make_layer(
        "LineString",
        "EPSG:4548",
        [("rid", str), ("kmh", float), ("oneway", str)],
        [
            (line((0, 0), (1000, 0)), "E", 30.0, forward),
            (line((1000, 0), (1000, 1000), (0, 1000), (0, 0)), "N", 60.0, both),
            (line((0, 0), (0, -1000)), "S", 30.0, backward),
            (line((0, -1000), (-1000, -1000), (-1000, 0), (0, 0)), "W", 60.0, None),
        ],
    )  # NULL: both ways
    demand = make_layer(
        "Point",
        "EPSG:4548",
        [("vid", str), ("pop", float)],
        [(point(1000, 0), "VE", 100.0), (point(0, -1000), "VS", 300.0)],
    )
    clinics = make_layer(
        "Point",
        "EPSG:4548",
        [("fid_", str), ("doctors", float)],
        [(point(0, 0), f"F{k}", 1.0) for k in range(n_clinics)],
    )
    return demand, clinics, network


def run(demand, clinics, network, **extra):
    parameters = {
        "DEMAND": demand,
        "DEMAND_ID_FIELD": "vid",
        "POPULATION_FIELD": "pop",
        "FACILITIES": clinics,
        "FACILITY_ID_FIELD": "fid_",
        "CAPACITY_FIELD": "doctors",
        "NETWORK": network,
        "SPEED_FIELD": "kmh",
        "DIRECTION_FIELD": "oneway",
        "TRAVEL_MODE": CAR,
        "COST_UNIT": MINUTES,
        "THRESHOLD": 2.5,
        "OUTPUT_DEMAND": "memory:",
        "OUTPUT_FACILITIES": "memory:",
        **extra,
    }
    result = processing.run(ALG, parameters)
    rows = {f["vid"]: f for f in result["OUTPUT_DEMAND"].getFeatures()}
    return result, [rows["VE"], rows["VS"]]


@pytest.mark.parametrize("forward, backward, both", SPELLINGS)
def test_car_detours_against_a_one_way_street(urflow_provider, make_layer, forward, backward, both):
    demand, clinics, network = layers(make_layer, forward, backward, both)
    result, (ve, vs) = run(demand, clinics, network)
    assert_allclose([ve["nearest_cost"], vs["nearest_cost"]], [3.0, 2.0], rtol=1e-12)
    assert [ve["nearest_id"], vs["nearest_id"]] == ["F0", "F0"]
    # the 2.5-minute catchment holds VS only: 1 doctor for its 300 people
    assert [ve["covered"], vs["covered"]] == [0, 1]
    assert_allclose([ve["access"], vs["access"]], [0.0, 1000 / 300], rtol=1e-12)
    assert_allclose(result["COVERAGE_RATE"], 0.75)


@pytest.mark.parametrize("n_clinics", [1, 3])  # Dijkstra from the clinics, or from the villages
def test_car_metres_and_both_search_directions(urflow_provider, make_layer, n_clinics):
    demand, clinics, network = layers(make_layer, n_clinics=n_clinics)
    _result, (ve, vs) = run(demand, clinics, network, COST_UNIT=METERS, THRESHOLD=2000)
    assert_allclose([ve["nearest_cost"], vs["nearest_cost"]], [3000.0, 1000.0], rtol=1e-12)
    assert [ve["covered"], vs["covered"]] == [0, 1]
    assert_allclose([ve["access"], vs["access"]], [0.0, n_clinics * 1000 / 300], rtol=1e-12)


@pytest.mark.parametrize(
    "unit, threshold, expected",
    [
        (METERS, 1000, 1000.0),
        (MINUTES, 15, 1000 / 1000 / 4.5 * 60),  # walking speed, whatever the road's speed
    ],
)
def test_walking_ignores_one_way(urflow_provider, make_layer, unit, threshold, expected):
    _result, (ve, vs) = run(
        *layers(make_layer), TRAVEL_MODE=WALK, COST_UNIT=unit, THRESHOLD=threshold
    )
    assert_allclose([ve["nearest_cost"], vs["nearest_cost"]], [expected, expected], rtol=1e-12)
    assert [ve["covered"], vs["covered"]] == [1, 1]  # the threshold is inclusive


def test_one_way_costs_agree_with_qgis_native(urflow_provider, make_layer):
    """QGIS's own router from each village to the clinic gives the same car distances."""
    demand, clinics, network = layers(make_layer)
    _result, ours = run(demand, clinics, network, COST_UNIT=METERS, THRESHOLD=2000)
    native = processing.run(
        "native:shortestpathlayertopoint",
        {
            "INPUT": network,
            "STRATEGY": 0,
            "DIRECTION_FIELD": "oneway",
            "VALUE_FORWARD": "forward",
            "VALUE_BACKWARD": "backward",
            "VALUE_BOTH": "both",
            "DEFAULT_DIRECTION": 2,
            "START_POINTS": demand,
            "END_POINT": f"{X0},{Y0} [EPSG:4548]",
            "TOLERANCE": 0,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    theirs = {f["vid"]: f["cost"] for f in native.getFeatures()}
    assert_allclose([theirs["VE"], theirs["VS"]], [row["nearest_cost"] for row in ours], rtol=1e-3)

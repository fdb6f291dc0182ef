"""od_costs (core/access/costs.py): the one origin -> destination cost core every analysis uses."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.access import Canceled, RoadLines, Roads, Travel, od_costs, road_graph
from urflow.core.access.euclidean import euclidean_costs, euclidean_nearest
from urflow.core.access.graph import build_graph
from urflow.core.access.paths import nearest_facility, travel_costs
from urflow.core.errors import InputError

# a square A(0,0) B(100,0) C(100,100) D(0,100); A-B one way A -> B, the rest two-way
SQUARE = RoadLines(
    coords=np.array([(0, 0), (100, 0), (100, 0), (100, 100), (0, 100), (0, 0)], float),
    offsets=np.array([0, 2, 6]),
    speed_kmh=np.array([6.0, 6.0]),
    direction=np.array([1, 0], dtype=np.int8),
)
ORIGINS = np.array([[100.0, 0.0], [0.0, 0.0], [50.0, 130.0]])
DESTINATIONS = np.array([[0.0, 0.0], [100.0, 100.0]])


def test_without_roads_straight_lines_times_detour():
    travel = Travel(mode="walk", unit="meters", detour_factor=1.4)
    costs = od_costs(ORIGINS, DESTINATIONS, travel, cutoff=150.0)
    expected = euclidean_costs(ORIGINS, DESTINATIONS, 150.0, 1.4)
    assert_array_equal(costs.matrix.rows, expected.rows)
    assert_allclose(costs.matrix.values, expected.values)
    assert_allclose(costs.nearest.cost, euclidean_nearest(ORIGINS, DESTINATIONS, 1.4).cost)
    assert costs.graph is None and costs.road_notes is None
    minutes = od_costs(ORIGINS, DESTINATIONS, Travel(mode="bicycle", detour_factor=1.0))
    assert minutes.matrix.unit == "minutes"
    assert_allclose(minutes.matrix.to_dense()[0, 0], 100 * 0.06 / 12.0)  # 100 m at 12 km/h


def test_over_road_lines_equals_the_steps_it_is_made_of():
    travel = Travel(mode="car", unit="minutes", snap_distance=50.0)
    costs = od_costs(ORIGINS, DESTINATIONS, travel, SQUARE, cutoff=2.5)
    graph = build_graph(SQUARE.coords, SQUARE.offsets, SQUARE.speed_kmh, SQUARE.direction)
    steps = travel_costs(graph, ORIGINS, DESTINATIONS, 2.5, 4.5, 50.0, "minutes")
    assert_array_equal(costs.matrix.rows, steps.rows)
    assert_array_equal(costs.matrix.cols, steps.cols)
    assert_allclose(costs.matrix.values, steps.values, rtol=1e-15)
    near = nearest_facility(graph, ORIGINS, DESTINATIONS, 4.5, 50.0, "minutes")
    assert_allclose(costs.nearest.cost, near.cost, rtol=1e-15)
    # B: C is 1 min away, A 3 min (round the one-way street); A is on A; the third point walks
    # 30 m to the road, then 50 m at 6 km/h to C
    assert_allclose(costs.nearest.cost, [1.0, 0.0, 30 * 0.06 / 4.5 + 0.5])
    assert_array_equal(costs.nearest.facility, [1, 0, 1])
    assert np.isnan(costs.matrix.to_dense()[0, 0])  # B -> A: 3 min, beyond the cutoff 2.5


def test_the_graph_is_returned_for_reuse():
    travel = Travel(mode="car", unit="meters")
    first = od_costs(ORIGINS, DESTINATIONS, travel, SQUARE)
    again = od_costs(ORIGINS[:1], DESTINATIONS, travel, first.graph)
    assert again.graph is first.graph
    assert_allclose(again.matrix.to_dense(), first.matrix.to_dense()[:1])
    assert_allclose(first.matrix.to_dense()[0], [300.0, 100.0])


def test_raw_roads_get_the_mode_rules():
    roads = Roads(
        coords=SQUARE.coords,
        offsets=SQUARE.offsets,
        line_road=np.array([0, 1]),
        n_roads=2,
        speed_kmh=np.array([6.0, np.nan]),
        road_class=[None, "乡道"],
        direction=["forward", "both"],
    )
    car = od_costs(ORIGINS[:1], DESTINATIONS[:1], Travel(mode="car"), roads)
    assert car.road_notes.no_speed == 1
    # B -> A round the square by car: 300 m on the 乡道 at 35 km/h
    assert_allclose(car.nearest.cost, [300 * 0.06 / 35.0])
    walk = od_costs(ORIGINS[:1], DESTINATIONS[:1], Travel(mode="walk"), roads)
    assert_allclose(walk.nearest.cost, [100 * 0.06 / 4.5])  # walkers ignore the one-way rule
    graph, notes = road_graph(roads, Travel(mode="walk"))
    assert graph.n_edges == 4 and notes.no_speed == 0


def test_cutoff_is_inclusive_and_nearest_optional():
    travel = Travel(mode="walk", unit="meters")
    costs = od_costs(ORIGINS, DESTINATIONS, travel, SQUARE, cutoff=100.0, nearest=False)
    assert costs.nearest is None
    assert costs.matrix.cutoff == 100.0
    assert 100.0 in costs.matrix.values
    everything = od_costs(ORIGINS, DESTINATIONS, travel, SQUARE)
    assert everything.matrix.cutoff == math.inf and everything.matrix.nnz == 6


def test_progress_and_cancel():
    seen = []
    od_costs(ORIGINS, DESTINATIONS, Travel(), SQUARE, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Canceled):
        od_costs(ORIGINS, DESTINATIONS, Travel(), SQUARE, is_canceled=lambda: True)


def test_bad_settings_are_named():
    with pytest.raises(InputError, match="travel mode"):
        od_costs(ORIGINS, DESTINATIONS, Travel(mode="boat"))
    with pytest.raises(InputError, match="cost unit"):
        od_costs(ORIGINS, DESTINATIONS, Travel(unit="hours"))
    with pytest.raises(InputError, match="cutoff"):
        od_costs(ORIGINS, DESTINATIONS, Travel(), cutoff=-1)
    with pytest.raises(InputError, match="detour_factor"):
        od_costs(ORIGINS, DESTINATIONS, Travel(detour_factor=0.5))
    with pytest.raises(InputError, match="roads must be"):
        od_costs(ORIGINS, DESTINATIONS, Travel(), roads="lines")

"""travel_costs' seam for running its Dijkstra batches elsewhere (scripts/urflow_batch.py on
Dask): batches of any size, run in any order, give exactly the in-process matrix."""

import pickle

import numpy as np
from numpy.testing import assert_array_equal

from urflow.core.access import Demand, Facilities, GapRule, RoadLines, Travel, analyse_gaps
from urflow.core.access.graph import build_graph
from urflow.core.access.paths import batch_pairs, merge_pairs, plan_travel_costs, travel_costs


def grid_roads(k=12, step=100.0):
    """A k × k street grid, one line per street, speeds varying by street."""
    coords, offsets, speeds = [], [0], []
    for i in range(k):
        coords += [(0.0, i * step), ((k - 1) * step, i * step)]
        offsets.append(len(coords))
        speeds.append(20.0 + i)
        coords += [(i * step, 0.0), (i * step, (k - 1) * step)]
        offsets.append(len(coords))
        speeds.append(30.0 - i)
    direction = np.zeros(len(speeds), dtype=np.int8)
    direction[::5] = 1  # some one-way streets
    return RoadLines(np.array(coords), np.array(offsets), np.array(speeds), direction)


def points(n, seed):
    return np.random.default_rng(seed).uniform(-30.0, 1130.0, size=(n, 2))


def test_batches_of_any_size_in_any_order_give_the_same_matrix():
    roads = grid_roads()
    graph = build_graph(roads.coords, roads.offsets, roads.speed_kmh, roads.direction)
    demand, facilities = points(300, 1), points(23, 2)
    whole = travel_costs(graph, demand, facilities, 3.0, 4.5, 60.0, "minutes")
    plan = pickle.loads(pickle.dumps(plan_travel_costs(graph, demand, facilities, 3.0, 4.5, 60.0)))
    assert plan.from_facilities and len(plan.batches()) == 1
    for size in (1, 4, 7):
        parts = [batch_pairs(plan, batch) for batch in plan.batches(size)][::-1]
        split = merge_pairs(plan, parts)
        assert_array_equal(split.rows, whole.rows)
        assert_array_equal(split.cols, whole.cols)
        assert_array_equal(split.values, whole.values)  # bit for bit
    assert whole.nnz > 200


def test_analyse_gaps_with_a_mapper_equals_the_plain_run():
    roads = grid_roads()
    demand = Demand(points(200, 3), np.random.default_rng(4).uniform(10, 500, 200))
    facilities = Facilities(points(9, 5), np.arange(1.0, 10.0))
    rule = GapRule(1.0, 2.0, "gaussian")
    travel = Travel(mode="car", unit="minutes", snap_distance=60.0)
    seen = []

    def mapper(plan):
        batches = plan.batches(2)
        seen.append(len(batches))
        return [batch_pairs(plan, b) for b in reversed(batches)]

    plain = analyse_gaps(demand, facilities, rule, travel, roads)
    mapped = analyse_gaps(demand, facilities, rule, travel, roads, map_batches=mapper)
    assert seen == [5]
    for name in ("nearest_cost", "access", "gap", "supply_ratio", "load", "catchment_pop"):
        assert_array_equal(getattr(mapped, name), getattr(plain, name), err_msg=name)
    assert mapped.gini == plain.gini and mapped.coverage_rate == plain.coverage_rate

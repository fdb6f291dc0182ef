"""analyse_gaps (core/access/analysis.py): DOMAIN.md E2–E5 from plain arrays, over roads."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.access import (
    GAP_CLASS_LABELS,
    Demand,
    Facilities,
    GapRule,
    Roads,
    Travel,
    Zones,
    analyse_gaps,
)
from urflow.core.errors import InputError

# E2: F1 (0, 1000), F2 (2000, 1000); V1 (0, 0), V2 (1000, 0), V3 (2000, 0). One straight road per
# pair, at the speed that makes its car time the E2 cost (V3-F1, 35 min, is left out).
POINTS = {"F1": (0, 1000), "F2": (2000, 1000), "V1": (0, 0), "V2": (1000, 0), "V3": (2000, 0)}
COSTS = {("V1", "F1"): 5, ("V1", "F2"): 25, ("V2", "F1"): 15, ("V2", "F2"): 8, ("V3", "F2"): 18}
VILLAGES = np.array([POINTS[v] for v in ("V1", "V2", "V3")], float)
CLINICS = np.array([POINTS[f] for f in ("F1", "F2")], float)
P = np.array([1000.0, 600.0, 400.0])
S = np.array([2.0, 1.0])


def e2_roads():
    coords, speeds = [], []
    for (v, f), minutes in COSTS.items():
        coords += [POINTS[v], POINTS[f]]
        length = math.dist(POINTS[v], POINTS[f])
        speeds.append(length / 1000 / (minutes / 60))
    n = len(COSTS)
    return Roads(
        coords=np.array(coords, float),
        offsets=np.arange(0, 2 * n + 1, 2),
        line_road=np.arange(n),
        n_roads=n,
        speed_kmh=np.array(speeds),
    )


def run(population=P, capacity=S, threshold=30.0, provision=1.0, method="2sfca", **extra):
    return analyse_gaps(
        Demand(VILLAGES, population),
        Facilities(CLINICS, capacity),
        GapRule(threshold, provision, method),
        Travel(mode="car", unit="minutes"),
        e2_roads(),
        **extra,
    )


@pytest.mark.parametrize(
    "method, access, ratios",
    [
        ("2sfca", [1.7500, 1.7500, 0.5000], [1.25, 0.5]),
        ("e2sfca", [1.6219, 1.8817, 0.6227], [1.420455, 0.9157509]),
        ("gaussian", [1.6388, 1.8937, 0.5624], [1.443246, 0.9673814]),
    ],
)
def test_e2_e4_accessibility(method, access, ratios):
    result = run(method=method)
    assert_allclose(np.round(result.access, 4), access, atol=1e-12)
    assert_allclose(result.supply_ratio, ratios, rtol=1e-6)
    assert_allclose(np.sum(P * result.access / 1000), 3.0, rtol=1e-9)  # Σ P_i A_i = Σ S_j
    assert not result.unserved.any()


def test_e5_gaps_nearest_coverage_and_blind_spot():
    result = run()
    assert_allclose(result.gap, [0.75, 0.45, -0.20], atol=1e-9)
    assert_allclose(result.deficit, [0, 0, 0.2], atol=1e-9)
    assert result.total_deficit == pytest.approx(0.2)
    assert_allclose(result.access_ratio, [1.75, 1.75, 0.5], rtol=1e-9)
    assert_allclose(result.nearest_cost, [5, 8, 18], rtol=1e-9)
    assert_array_equal(result.nearest_facility, [0, 1, 1])
    assert_array_equal(result.gap_class, [2, 2, 1])
    assert result.coverage_rate == 1.0 and result.under_served == 1 and result.blind_spots == 0
    at_15 = run(threshold=15.0)
    assert at_15.coverage_rate == pytest.approx(0.8)  # 1600 / 2000
    assert_array_equal(at_15.covered, [True, True, False])
    assert at_15.gap_class[2] == 0 and at_15.blind_spots == 1  # V3: 18 min > 15
    assert_allclose(at_15.catchment_pop, [1600, 600])


def test_threshold_is_inclusive():
    assert run(threshold=18.0).covered[2]


def test_gap_class_has_one_label_table():
    assert GAP_CLASS_LABELS.field == "gap_class"
    assert set(GAP_CLASS_LABELS.codes) == {-1, 0, 1, 2}
    assert list(GAP_CLASS_LABELS.labels([0, 1, 2], "en")) == [
        "blind spot",
        "under-served",
        "adequate",
    ]
    assert list(GAP_CLASS_LABELS.labels([0, 1, 2], "zh")) == ["服务盲区", "供给不足", "供给充足"]


def test_without_provision_only_reach():
    result = run(provision=None, threshold=15.0)
    assert result.total_deficit is None
    assert np.isnan(result.gap).all() and np.isnan(result.access_ratio).all()
    assert_array_equal(result.gap_class, [2, 2, 0])
    assert_allclose(result.load, [1600 / 2, 600 / 1])  # weighted people per capacity unit
    assert run(provision=0.0).total_deficit is None  # 0 = no provision standard


def test_unknown_population_and_capacity():
    result = run(population=[1000.0, np.nan, -5.0], capacity=[2.0, -1.0])
    assert_array_equal(result.population_unknown, [False, True, True])
    assert_array_equal(result.capacity_unknown, [False, True])
    assert np.isnan(result.population[1:]).all() and np.isnan(result.gap[1:]).all()
    assert_allclose(result.capacity, [2.0, 0.0])
    assert result.total_population == 1000.0
    assert_allclose(result.access[0], 2.0)  # V1 alone shares F1's 2 doctors: 2 per 1000
    assert run(capacity=None).capacity.tolist() == [1.0, 1.0]  # 1 each by default


def test_unreachable_village_is_a_blind_spot_with_nan_cost():
    villages = np.vstack([VILLAGES, [[9000.0, 9000.0]]])
    result = analyse_gaps(
        Demand(villages, np.append(P, 100.0)),
        Facilities(CLINICS, S),
        GapRule(30.0, 1.0),
        Travel(mode="car"),
        e2_roads(),
    )
    assert np.isnan(result.nearest_cost[3]) and result.nearest_facility[3] == -1
    assert result.gap_class[3] == 0 and result.unreachable.tolist() == [False] * 3 + [True]


def test_zone_summary_and_straight_lines():
    result = analyse_gaps(
        Demand(VILLAGES, P),
        Facilities(CLINICS, S),
        GapRule(1300.0, 1.0),
        Travel(mode="walk", unit="meters", detour_factor=1.3),
        zones=Zones(np.array([0, 0, 1]), 3),
    )
    assert_allclose(result.nearest_cost, [1300.0, 1300 * math.sqrt(2), 1300.0])
    assert_array_equal(result.covered, [True, False, True])
    assert result.road_notes is None
    assert_array_equal(result.zones.n_demand, [2, 1, 0])
    assert_allclose(result.zones.population, [1600, 400, 0])
    assert_allclose(result.zones.covered_population, [1000, 400, 0])
    d = result.deficit
    assert_allclose(result.zones.deficit, [d[0] + d[1], d[2], 0.0], rtol=1e-12)


def test_bad_input_is_named():
    with pytest.raises(InputError, match="population has 2 values; expected 3"):
        run(population=[1.0, 2.0])
    with pytest.raises(InputError, match="method"):
        run(method="3sfca")
    with pytest.raises(InputError, match="threshold"):
        run(threshold=0.0)

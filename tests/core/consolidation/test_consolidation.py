"""Settlement consolidation: hand-computed cases, the bad inputs of issue 17, and every plan of
many random small instances against an exhaustive enumeration (all central sets, all
single-source assignments), each rule checked here independently of the core's checker."""

import itertools
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.consolidation import (
    ROLE_LABELS,
    ConsolidationRule,
    SiteCosts,
    consolidate_settlements,
)
from urflow.core.errors import InputError

# A line of six settlements, km apart: costs = |x_i - x_j|.
IDS = ["A", "B", "C", "D", "E", "F"]
X = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 10.0])
POP = np.array([100.0, 300.0, 50.0, 400.0, 80.0, 200.0])
AREA = np.array([40000.0, 60000.0, 25000.0, 70000.0, 30000.0, 50000.0])
CLASS = np.array([1, 1, 4, 1, 4, 3], dtype=float)  # C and E 搬迁撤并, F 特色保护
KAPPA = np.array([np.nan, np.nan, np.nan, np.nan, 0.6, np.nan])


def line_costs(x=X):
    return SiteCosts.from_dense(np.abs(x[:, None] - x[None, :]))


def run(rule, **kwargs):
    args = dict(settlement_class=CLASS, kappa=KAPPA, ids=IDS)
    args.update(kwargs)
    return consolidate_settlements(POP, AREA, line_costs(), rule, **args)


def test_one_central_hand_computed():
    # A (100 < MIN_KEEP_POP 120), C and E must move; B and D may be central; F is protected.
    # B: 100·1 + 50·1 + 80·3 = 390; D: 100·3 + 50·1 + 80·1 = 430.
    result = run(ConsolidationRule(central_count=1, max_move_cost=3, min_keep_pop=120))
    assert result.status == "optimal"
    assert result.objective == pytest.approx(390.0)
    assert_array_equal(result.role, [2, 1, 2, 0, 2, 3])
    assert_array_equal(result.central_index, [1, 1, 1, -1, 1, -1])
    assert_allclose(result.move_cost, [1, np.nan, 1, np.nan, 3, np.nan])
    assert_allclose(result.received_pop, [0, 230, 0, 0, 0, 0])
    assert result.final_pop[1] == 530.0
    assert np.isnan(result.final_pop[[0, 2, 3, 4, 5]]).all()
    # land: released 40000 + 25000 + 30000; new 230 × 150; κ 0.85 except E's 0.6
    assert result.total_released_m2 == 95000.0
    assert result.total_new_land_m2 == 34500.0
    assert result.total_net_released_m2 == 60500.0
    assert result.total_potential_cultivated_m2 == pytest.approx(65000 * 0.85 + 30000 * 0.6)
    assert_allclose(result.new_land_m2, [0, 34500, 0, 0, 0, 0])
    assert result.moved_count == 3 and result.total_moved_pop == 230.0
    assert result.violations == ()
    assert list(result.role_labels("zh")) == [
        "搬迁撤并",
        "中心村",
        "搬迁撤并",
        "保留",
        "搬迁撤并",
        "特色保护",
    ]


def test_capacity_forces_a_second_central():
    rule = ConsolidationRule(
        central_count=1, max_move_cost=3, min_keep_pop=120, max_central_pop=500
    )
    # B would hold 530, D 630: no single central village fits
    assert run(rule).status == "infeasible"
    rule = ConsolidationRule(
        central_count=2, max_move_cost=3, min_keep_pop=120, max_central_pop=500
    )
    result = run(rule)
    # A→B 100, C→B or D 50, E→D 80
    assert result.objective == pytest.approx(230.0)
    assert_array_equal(result.central_indices, [1, 3])
    assert result.central_index[0] == 1 and result.central_index[4] == 3
    assert result.violations == ()


@pytest.mark.parametrize("min_pop, objective", [(420, 230.0), (450, 230.0), (460, None)])
def test_minimum_central_population(min_pop, objective):
    # two central villages B (300) and D (400) share A 100, C 50, E 80: B needs >= min − 300,
    # D >= min − 400; at 460 B needs 160 ({A, E} leaves D 50 short) and no split works
    rule = ConsolidationRule(
        central_count=2, max_move_cost=3, min_keep_pop=120, min_central_pop=min_pop
    )
    result = run(rule)
    if objective is None:
        assert result.status == "infeasible"
        assert math.isnan(result.objective)
        assert result.moved_count == 0 and result.total_released_m2 == 0.0
    else:
        assert result.status == "optimal"
        assert result.objective == pytest.approx(objective)
        assert (result.final_pop[result.is_central] >= min_pop).all()


def test_fixed_and_masked():
    # D fixed, B masked: everyone goes to D (430); with B masked and count 2 there is no other
    rule = ConsolidationRule(central_count=1, max_move_cost=3, min_keep_pop=120)
    masked = np.array([0, 1, 0, 0, 0, 0], dtype=bool)
    result = run(rule, masked=masked)
    assert_array_equal(result.central_indices, [3])
    assert result.objective == pytest.approx(430.0)
    fixed = np.array([0, 0, 0, 1, 0, 0], dtype=bool)
    result = run(ConsolidationRule(central_count=2, max_move_cost=3, min_keep_pop=120), fixed=fixed)
    assert_array_equal(result.central_indices, [1, 3])
    assert result.objective == pytest.approx(100 + 50 + 80)


def test_no_admissible_central_is_infeasible_and_named():
    # MAX_MOVE_COST 2: E (at 4) reaches D (at 3) only; mask D and E has none
    masked = np.array([0, 0, 0, 1, 0, 0], dtype=bool)
    rule = ConsolidationRule(central_count=1, max_move_cost=2, min_keep_pop=120)
    result = run(rule, masked=masked)
    assert result.status == "infeasible"
    assert_array_equal(np.flatnonzero(result.unplaced), [4])
    assert result.moved_count == 0 and result.violations == ()


@pytest.mark.parametrize(
    "kwargs, rule, words",
    [
        (
            {"fixed": [0, 0, 1, 0, 0, 0]},
            ConsolidationRule(central_count=1),
            ["must move", "C"],
        ),
        (
            {"fixed": [0, 0, 0, 0, 0, 1]},
            ConsolidationRule(central_count=1),
            ["protected", "F"],
        ),
        (
            {"fixed": [0, 1, 0, 1, 0, 0]},
            ConsolidationRule(central_count=1),
            ["CENTRAL_COUNT", "fewer", "B, D"],
        ),
        (
            {"fixed": [0, 0, 0, 1, 0, 0], "masked": [0, 0, 0, 1, 0, 0]},
            ConsolidationRule(central_count=1),
            ["mask", "D"],
        ),
        ({}, ConsolidationRule(central_count=4), ["CENTRAL_COUNT", "only 3"]),
        (
            {"fixed": [0, 0, 0, 1, 0, 0]},
            ConsolidationRule(central_count=1, min_keep_pop=500),
            ["must move", "MIN_KEEP_POP", ": D"],
        ),
    ],
)
def test_bad_inputs_name_the_settlements(kwargs, rule, words):
    kwargs = {k: np.asarray(v, dtype=bool) for k, v in kwargs.items()}
    with pytest.raises(InputError) as error:
        run(rule, **kwargs)
    for word in words:
        assert word in str(error.value)


def test_costs_missing_for_a_mover_are_named():
    c = np.abs(X[:, None] - X[None, :])
    c[4, :] = np.nan  # E (must move) has no cost to anyone
    with pytest.raises(InputError, match="no costs.*E"):
        consolidate_settlements(
            POP, AREA, SiteCosts.from_dense(c), ConsolidationRule(1), CLASS, ids=IDS
        )
    # the same through an explicit unreachable flag
    with pytest.raises(InputError, match="no costs.*C"):
        consolidate_settlements(
            POP,
            AREA,
            line_costs(),
            ConsolidationRule(1),
            CLASS,
            ids=IDS,
            unreachable=np.array([0, 0, 1, 0, 0, 0], bool),
        )


def test_mover_without_area_is_named():
    area = AREA.copy()
    area[2] = np.nan
    with pytest.raises(InputError, match="no settlement area: C"):
        consolidate_settlements(POP, area, line_costs(), ConsolidationRule(1), CLASS, ids=IDS)


def test_no_movers_keeps_everyone():
    result = consolidate_settlements(
        POP, AREA, line_costs(), ConsolidationRule(central_count=2), np.ones(6), ids=IDS
    )
    assert result.status == "optimal" and result.objective == 0.0
    assert result.is_central.sum() == 2 and result.moved_count == 0
    assert result.total_released_m2 == 0.0 and result.violations == ()


def test_role_labels_are_complete():
    assert ROLE_LABELS.codes == (0, 1, 2, 3)
    assert ROLE_LABELS.label(1, "zh") == "中心村"


# -- exhaustive enumeration ------------------------------------------------------------------


def random_instance(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 9))
    xy = rng.uniform(0, 10, (n, 2))
    c = np.round(np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)), 1)
    c[rng.random((n, n)) < 0.1] = np.nan
    np.fill_diagonal(c, 0.0)
    pop = rng.integers(0, 400, n).astype(float)
    area = rng.integers(500, 20000, n).astype(float)
    cls = rng.choice([0, 1, 2, 3, 4, 4], n).astype(float)
    masked = rng.random(n) < 0.15
    fixed = (rng.random(n) < 0.2) & (cls != 3) & (cls != 4) & ~masked
    kappa = np.where(rng.random(n) < 0.5, np.nan, rng.uniform(0.5, 0.9, n))
    rule = ConsolidationRule(
        central_count=int(fixed.sum() + rng.integers(0, 3)),
        max_move_cost=float(rng.choice([0, 4, 6, 9])),
        min_central_pop=float(rng.choice([0, 0, 200, 400])),
        max_central_pop=float(rng.choice([0, 0, 700, 1000])),
        min_keep_pop=float(rng.choice([0, 0, 60])),
        land_standard=float(rng.choice([120, 150])),
    )
    return pop, area, c, cls, masked, fixed, kappa, rule


def brute_force(pop, c, cls, masked, fixed, rule):
    """Least Σ pop × cost over every admissible central set and assignment (None: none)."""
    n = pop.size
    max_cost = rule.max_move_cost or math.inf
    max_pop = rule.max_central_pop or math.inf
    protected = cls == 3
    movers = [
        i for i in range(n) if not protected[i] and (cls[i] == 4 or pop[i] < rule.min_keep_pop)
    ]
    may = [
        j
        for j in range(n)
        if j not in movers and not protected[j] and not masked[j] and pop[j] <= max_pop
    ]
    best = None
    if (
        rule.central_count > len(may)
        or rule.central_count < fixed.sum()
        or any(fixed[i] for i in movers)
        or (fixed & (pop > max_pop)).any()
    ):
        return "error"
    for chosen in itertools.combinations(may, rule.central_count):
        if not all(j in chosen for j in np.flatnonzero(fixed)):
            continue
        options = [
            [j for j in chosen if not np.isnan(c[i, j]) and c[i, j] <= max_cost] for i in movers
        ]
        for assignment in itertools.product(*options):
            final = {j: pop[j] for j in chosen}
            for i, j in zip(movers, assignment):
                final[j] += pop[i]
            if any(f < rule.min_central_pop or f > max_pop for f in final.values()):
                continue
            value = sum(pop[i] * c[i, j] for i, j in zip(movers, assignment))
            if best is None or value < best - 1e-9:
                best = value
    return best


def independent_check(result, pop, area, c, cls, masked, fixed, kappa, rule):
    """Every rule of the issue, from the inputs and the plan alone."""
    n = pop.size
    max_cost = rule.max_move_cost or math.inf
    max_pop = rule.max_central_pop or math.inf
    central = result.is_central
    assert central.sum() == rule.central_count
    assert central[fixed].all()
    assert not (central & ((cls == 3) | masked)).any()
    received = np.zeros(n)
    total = 0.0
    for i in range(n):
        must = cls[i] != 3 and (cls[i] == 4 or pop[i] < rule.min_keep_pop)
        j = result.central_index[i]
        if must:
            assert result.role[i] == 2 and j >= 0 and central[j] and not central[i]
            assert c[i, j] <= max_cost and c[i, j] == result.move_cost[i]
            received[j] += pop[i]
            total += pop[i] * c[i, j]
        else:
            assert result.role[i] in (0, 1, 3)
            assert j == (i if central[i] else -1)
    final = pop + received
    assert (final[central] >= rule.min_central_pop - 1e-9).all()
    assert (final[central] <= max_pop + 1e-9).all()
    assert result.objective == pytest.approx(total, abs=1e-6)
    movers = result.role == 2
    assert result.total_released_m2 == pytest.approx(area[movers].sum())
    assert result.total_new_land_m2 == pytest.approx(received.sum() * rule.land_standard)
    assert result.total_net_released_m2 == pytest.approx(
        result.total_released_m2 - result.total_new_land_m2
    )
    k = np.where(np.isnan(kappa), rule.default_kappa, kappa)
    assert result.total_potential_cultivated_m2 == pytest.approx((area * k)[movers].sum())
    assert result.total_moved_pop == pytest.approx(received.sum())


SEEDS = range(500)


def test_exhaustive_optimum_on_random_instances():
    compared = {"optimal": 0, "infeasible": 0, "error": 0}
    for seed in SEEDS:
        pop, area, c, cls, masked, fixed, kappa, rule = random_instance(seed)
        expected = brute_force(pop, c, cls, masked, fixed, rule)
        try:
            result = consolidate_settlements(
                pop, area, SiteCosts.from_dense(c), rule, cls, fixed, masked, kappa
            )
        except InputError as error:
            assert expected == "error", (seed, str(error))
            compared["error"] += 1
            continue
        assert expected != "error", seed
        if expected is None:
            assert result.status == "infeasible", seed
            compared["infeasible"] += 1
            continue
        assert result.status == "optimal", seed
        assert result.objective == pytest.approx(expected, abs=1e-6), seed
        assert result.violations == (), seed
        independent_check(result, pop, area, c, cls, masked, fixed, kappa, rule)
        compared["optimal"] += 1
    # the instances exercise every outcome
    assert compared["optimal"] >= 100 and compared["infeasible"] >= 20, compared


def test_checker_finds_broken_plans():
    from dataclasses import replace

    from urflow.core.consolidation import check_plan
    from urflow.core.consolidation.problem import checked_problem

    rule = ConsolidationRule(central_count=1, max_move_cost=3, min_keep_pop=120)
    problem = checked_problem(POP, AREA, line_costs(), rule, CLASS, kappa=KAPPA, ids=IDS)
    result = run(rule)
    assert check_plan(problem, result) == []
    index = result.central_index.copy()
    index[4] = 3  # E to D, which is not central
    assert "not_central" in check_plan(problem, replace(result, central_index=index))
    central = result.is_central.copy()
    central[3] = True
    assert "count" in check_plan(problem, replace(result, is_central=central))
    assert "objective" in check_plan(problem, replace(result, objective=1.0))
    assert "land" in check_plan(problem, replace(result, total_released_m2=1.0))
    tight = replace(problem, rule=replace(problem.rule, max_move_cost=2.0))
    assert "too_far" in check_plan(tight, result)

"""A county with project areas and a binding budget, under a short TIME_LIMIT (issue 20).

The whole run — greedy plan, LP, every area model, the county model — stays within the time
limit, and the plan returned is checked, within the budget, at least as good as the greedy
plan, with a bound. The county is generated from a seed; it is smaller than issue 20's
(5,000 × 500 in 10 areas: see benchmarks/bench_linkage_core.py) to keep the test short.
"""

import dataclasses
import math
import time

import numpy as np
import pytest

from urflow.core.linkage.accounting import check_solution
from urflow.core.linkage.greedy import greedy
from urflow.core.linkage.problem import candidate_pairs, linkage_problem
from urflow.core.linkage.solve import optimise

#: Seconds a run may take beyond its limit here: the last solver call's overrun and the final
#: accounting on a loaded test machine.
SLACK = 1.5


def county(n=1500, m=150, areas=6, budget_share=0.3, seed=20):
    rng = np.random.default_rng(seed)
    centres = rng.uniform(10_000, 60_000, (areas, 2))
    gd, gc = rng.integers(0, areas, n), rng.integers(0, areas, m)
    xy_d = centres[gd] + rng.normal(0, 3000, (n, 2))
    xy_c = centres[gc] + rng.normal(0, 1500, (m, 2))
    a = np.clip(rng.lognormal(np.log(0.35), 0.6, n), 0.03, 3.0)
    b = np.clip(rng.lognormal(np.log(1.5), 0.6, m), 0.2, 8.0)
    cost = a * rng.uniform(30, 60, n)
    return linkage_problem(
        a,
        rng.uniform(0.7, 0.9, n),
        rng.integers(5, 13, n),
        b,
        b * rng.uniform(0, 0.8, m) * (rng.random(m) < 0.8),
        rng.integers(3, 12, m),
        cost=cost,
        priority=rng.uniform(0, 1, n),
        protected=rng.random(n) < 0.05,
        group_d=gd,
        value=b * rng.uniform(40, 120, m),
        group_c=gc,
        pairs=candidate_pairs(xy_d, xy_c, 4000, gd, gc),
        max_distance_m=4000,
        budget=budget_share * cost.sum(),
        priority_weight=5.0,
        distance_weight=0.5,
    )


@pytest.fixture(scope="module")
def problem():
    return county()


def test_the_budget_binds(problem):
    free = greedy(dataclasses.replace(problem, budget=math.inf))
    assert problem.cost[free.x].sum() > 1.1 * problem.budget


@pytest.mark.parametrize("seconds", [1.0, 3.0])
def test_a_checked_plan_within_the_time_limit(problem, seconds):
    t0 = time.perf_counter()
    res = optimise(problem, time_limit=seconds, mip_rel_gap=1e-6)
    wall = time.perf_counter() - t0
    assert wall <= seconds + SLACK, wall
    assert res.status in ("optimal", "time_limit"), res.message
    assert check_solution(problem, res.x, res.y, res.flows) == []
    assert problem.cost[res.x].sum() <= problem.budget * (1 + 1e-9)
    assert res.objective >= greedy(problem).objective - 1e-6
    assert math.isfinite(res.bound) and res.bound >= res.objective - 1e-6
    assert res.gap == pytest.approx((res.bound - res.objective) / abs(res.objective))
    if res.status == "time_limit":
        assert "time limit" in res.message


def test_more_time_is_no_worse(problem):
    short = optimise(problem, time_limit=1.0, mip_rel_gap=1e-6)
    longer = optimise(problem, time_limit=4.0, mip_rel_gap=1e-6)
    assert longer.objective >= 0.99 * short.objective
    assert longer.gap <= short.gap + 0.01


def test_no_budget_shares_the_time_among_the_areas():
    p = county(budget_share=0.0)
    t0 = time.perf_counter()
    res = optimise(p, time_limit=2.0, mip_rel_gap=1e-6)
    assert time.perf_counter() - t0 <= 2.0 + SLACK
    assert res.status in ("optimal", "time_limit")
    assert check_solution(p, res.x, res.y, res.flows) == []
    assert res.objective >= greedy(p).objective - 1e-6

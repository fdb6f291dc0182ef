"""Facility siting: every model against brute-force enumeration of all site sets (and, with
capacities, all single-source assignments) on small seeded instances, hand-computed cases, and
the independent checker."""

import itertools
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.siting import SiteCosts, SitingRule, check_solution, site_facilities
from urflow.core.siting.formulation import solve
from urflow.core.siting.problem import checked_problem
from urflow.core.siting.sparsify import bound_per_demand, needed_pairs


def instance(seed, n=7, m=5, n_existing=1, missing=0.15, integer=True):
    rng = np.random.default_rng(seed)
    c = rng.integers(0, 12, (n, m)).astype(float) if integer else rng.uniform(0, 12, (n, m))
    c[rng.random((n, m)) < missing] = np.nan
    w = rng.integers(0, 10, n).astype(float)
    existing = np.zeros(m, dtype=bool)
    existing[rng.choice(m, n_existing, replace=False)] = True
    return c, w, existing


def value_of(model, c, w, is_open, threshold):
    """Uncapacitated objective of a set of open sites (None: infeasible)."""
    sub = np.where(is_open[None, :], c, np.inf)
    sub = np.where(np.isnan(sub), np.inf, sub)
    near = sub.min(axis=1)
    reachable = np.isfinite(np.where(np.isnan(c), np.inf, c)).any(axis=1)
    if model == "mclp":
        return float(w[near <= threshold].sum())
    if model == "lscp":
        coverable = (np.nan_to_num(c, nan=np.inf) <= threshold).any(axis=1)
        return 0.0 if (near[coverable] <= threshold).all() else None
    if np.isinf(near[reachable]).any():
        return None
    if model == "pmedian":
        return float((w[reachable] * near[reachable]).sum())
    return float(near[reachable].max()) if reachable.any() else 0.0


def value_capacitated(model, c, w, is_open, cap, threshold):
    """Best single-source objective for fixed open sites, by enumerating assignments."""
    n = c.shape[0]
    cc = np.nan_to_num(c, nan=np.inf)
    opened = np.flatnonzero(is_open)
    if model in ("lscp", "mclp"):
        choices = [[-1] + [j for j in opened if cc[i, j] <= threshold] for i in range(n)]
    else:
        choices = [[j for j in opened if np.isfinite(cc[i, j])] or [-1] for i in range(n)]
    coverable = (cc <= threshold).any(axis=1)
    best = None
    for assignment in itertools.product(*choices):
        a = np.array(assignment)
        ok = a >= 0
        load = np.bincount(a[ok], weights=w[ok], minlength=c.shape[1])
        if (load > cap + 1e-9).any():
            continue
        if model == "lscp":
            if (coverable & ~ok).any():
                continue
            value = 0.0
        elif model == "mclp":
            value = -float(w[ok].sum())
        elif model == "pmedian":
            if (np.isfinite(cc).any(axis=1) & ~ok).any():
                continue
            value = float((w[ok] * cc[np.flatnonzero(ok), a[ok]]).sum())
        else:
            if (np.isfinite(cc).any(axis=1) & ~ok).any():
                continue
            value = float(cc[np.flatnonzero(ok), a[ok]].max()) if ok.any() else 0.0
        if best is None or value < best:
            best = value
    return best


def brute_force(model, c, w, existing, p, threshold, cap=None):
    """Optimum over all sets of p new sites (LSCP: the fewest); None = infeasible."""
    new = np.flatnonzero(~existing)
    sizes = range(len(new) + 1) if model == "lscp" else [p]
    for size in sizes:
        best = None
        for chosen in itertools.combinations(new, size):
            is_open = existing.copy()
            is_open[list(chosen)] = True
            if cap is None:
                v = value_of(model, c, w, is_open, threshold)
                v = -v if (model == "mclp" and v is not None) else v
            else:
                v = value_capacitated(model, c, w, is_open, cap, threshold)
            if v is not None and (best is None or v < best):
                best = v
        if model == "lscp":
            if best is not None:
                return float(size)
            continue
        if best is None:
            return None
        return -best if model == "mclp" else best
    return None


MODELS = ["lscp", "mclp", "pmedian", "pcenter"]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("seed", range(12))
def test_uncapacitated_equals_brute_force(model, seed):
    c, w, existing = instance(seed, n_existing=seed % 3, integer=seed % 2 == 0)
    p = 1 + seed % 3
    threshold = 5.0
    expected = brute_force(model, c, w, existing, p, threshold)
    result = site_facilities(w, existing, SiteCosts.from_dense(c), SitingRule(model, p, threshold))
    if expected is None:
        assert result.status == "infeasible"
        return
    assert result.status == "optimal"
    assert result.violations == ()
    assert math.isclose(result.objective, expected, rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("seed", range(8))
def test_capacitated_single_source_equals_brute_force(model, seed):
    c, w, existing = instance(100 + seed, n=6, m=5, n_existing=seed % 2, missing=0.1)
    rng = np.random.default_rng(seed)
    cap = rng.integers(5, 25, c.shape[1]).astype(float)
    p = 1 + seed % 2
    expected = brute_force(model, c, w, existing, p, 6.0, cap)
    result = site_facilities(
        w, existing, SiteCosts.from_dense(c), SitingRule(model, p, 6.0), capacity=cap
    )
    if expected is None:
        assert result.status == "infeasible"
        return
    assert result.status == "optimal", result.shortfall
    assert result.violations == ()
    assert math.isclose(result.objective, expected, rel_tol=1e-9, abs_tol=1e-9)
    assert (result.assigned_pop <= cap + 1e-9).all()


@pytest.mark.parametrize("seed", range(6))
def test_curve_is_brute_force_at_every_k(seed):
    c, w, existing = instance(200 + seed, n=8, m=6)
    result = site_facilities(
        w, existing, SiteCosts.from_dense(c), SitingRule("pmedian", 1, 4.0, curve_max=5)
    )
    ks = [point.k for point in result.curve]
    assert ks == list(range(6))
    for point in result.curve:
        expected = brute_force("pmedian", c, w, existing, point.k, 4.0)
        if expected is None:
            assert point.status == "infeasible"
        else:
            assert math.isclose(point.objective, expected, abs_tol=1e-9)
            assert len(point.new) == point.k
    values = [pt.objective for pt in result.curve if pt.status == "optimal"]
    assert all(b <= a + 1e-9 for a, b in zip(values, values[1:]))


def test_lscp_curve_is_mclp_coverage():
    c, w, existing = instance(7, n=8, m=6)
    result = site_facilities(
        w, existing, SiteCosts.from_dense(c), SitingRule("lscp", 0, 5.0, curve_max=3)
    )
    for point in result.curve:
        assert math.isclose(
            point.objective, brute_force("mclp", c, w, existing, point.k, 5.0), abs_tol=1e-9
        )
        assert math.isclose(point.covered_pop, point.objective)


def test_hand_case_threshold_inclusive_and_existing_not_new():
    # demand A B C, candidates E (existing), N1, N2; threshold 10 inclusive
    c = np.array(
        [
            [10.0, 30.0, 40.0],  # A: E exactly at the threshold -> covered
            [25.0, 10.0, 20.0],  # B: N1 at the threshold
            [30.0, 20.0, 10.000001],  # C: N2 just beyond
        ]
    )
    w = np.array([100.0, 50.0, 20.0])
    existing = np.array([True, False, False])
    r = site_facilities(w, existing, SiteCosts.from_dense(c), SitingRule("mclp", 1, 10.0))
    assert r.status == "optimal" and r.objective == 150.0
    assert_array_equal(r.selected, [True, True, False])
    assert_array_equal(r.new, [False, True, False])
    assert_array_equal(r.covered, [True, True, False])
    assert_array_equal(r.uncoverable, [False, False, True])
    assert_allclose(r.coverage_rate, 150 / 170)
    assert_array_equal(r.site, [0, 1, 1])
    assert_allclose(r.site_cost, [10, 10, 20])
    assert_allclose(r.mean_cost, (1000 + 500 + 400) / 170)
    assert r.max_cost == 20.0
    lscp = site_facilities(w, existing, SiteCosts.from_dense(c), SitingRule("lscp", 0, 10.0))
    assert lscp.objective == 1.0 and list(lscp.new_indices) == [1]
    median = site_facilities(w, existing, SiteCosts.from_dense(c), SitingRule("pmedian", 1))
    # open N1: A 10, B 10, C 20 -> 1000 + 500 + 400 = 1900; open N2: 1000 + 1000 + 200 = 2200
    assert median.objective == 1900.0 and list(median.new_indices) == [1]
    assert median.covered.all()  # no threshold: every assigned point counts as covered
    center = site_facilities(w, existing, SiteCosts.from_dense(c), SitingRule("pcenter", 1))
    assert center.objective == 20.0


def test_capacity_shortfall_is_infeasible_with_the_shortfall():
    c = np.array([[1.0, 2.0], [2.0, 1.0]])
    w = np.array([60.0, 50.0])
    r = site_facilities(
        w,
        [True, False],
        SiteCosts.from_dense(c),
        SitingRule("pmedian", 1),
        capacity=[40.0, 30.0],
    )
    assert r.status == "infeasible"
    assert r.shortfall == 40.0
    assert not r.selected.any() and (r.site == -1).all()


def test_capacitated_packing_infeasible_without_shortfall():
    # 45 | 25 + 30 fits 50 | 55; with 52 | 53 the total (105 >= 100) suffices, yet no
    # single-source assignment fits: a packing infeasibility, not a shortfall
    c = np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 1.0]])
    w = np.array([45.0, 25.0, 30.0])
    r = site_facilities(
        w, [True, True], SiteCosts.from_dense(c), SitingRule("pmedian", 0), capacity=[50, 55]
    )
    assert r.status == "optimal"
    assert_allclose(r.assigned_pop, [45, 55])
    r = site_facilities(
        w, [True, True], SiteCosts.from_dense(c), SitingRule("pmedian", 0), capacity=[52, 53]
    )
    assert r.status == "infeasible" and r.shortfall == 0.0


def test_mclp_capacitated_assigns_only_covered_people():
    c = np.array([[1.0, 9.0], [1.0, 9.0]])
    w = np.array([30.0, 30.0])
    r = site_facilities(
        w, [True, False], SiteCosts.from_dense(c), SitingRule("mclp", 0, 5.0), capacity=[40, 99]
    )
    assert r.objective == 30.0
    assert (r.site >= 0).sum() == 1 and r.assigned_pop[0] == 30.0


def test_missing_pairs_cannot_be_assigned_and_unreachable_is_reported():
    c = np.array([[np.nan, 3.0], [np.nan, np.nan], [1.0, np.nan]])
    r = site_facilities([1, 1, 1], [True, False], SiteCosts.from_dense(c), SitingRule("pmedian", 1))
    assert r.status == "optimal"
    assert_array_equal(r.site, [1, -1, 0])
    assert_array_equal(r.unreachable, [False, True, False])


def test_sparsification_bound_is_safe_and_sparse():
    c, w, existing = instance(3, n=30, m=12, n_existing=0, missing=0.0)
    problem, _ = checked_problem(w, existing, SiteCosts.from_dense(c), SitingRule("pmedian", 8))
    bound = bound_per_demand(problem, 8)
    # with 12 new candidates and 8 open, the 5th nearest is an upper bound of the nearest open
    assert_allclose(bound, np.sort(c, axis=1)[:, 4])
    assert (c <= bound[:, None]).sum() < c.size
    assert needed_pairs(problem, "mclp").sum() == (c <= problem.threshold).sum()
    full = brute_force("pmedian", c[:8], w[:8], existing, 8, np.inf)
    r = site_facilities(w[:8], existing, SiteCosts.from_dense(c[:8]), SitingRule("pmedian", 8))
    assert math.isclose(r.objective, full)


def test_checker_names_each_broken_rule():
    c = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])
    problem, _ = checked_problem(
        [10, 10], [True, False, False], SiteCosts.from_dense(c), SitingRule("pmedian", 1)
    )
    good = solve(problem, "pmedian", 1)
    assert check_solution(problem, "pmedian", 1, good) == []
    bad = good.__class__(**{**good.__dict__, "open": np.array([False, True, True])})
    codes = check_solution(problem, "pmedian", 1, bad)
    assert "existing_closed" in codes and "new_count" in codes and "closed_site" in codes
    worse = good.__class__(**{**good.__dict__, "objective": good.objective + 1})
    assert check_solution(problem, "pmedian", 1, worse) == ["objective"]


def test_bad_input_clear_messages():
    costs = SiteCosts.from_dense(np.ones((2, 3)))
    with pytest.raises(InputError, match="only 2 candidate sites"):
        site_facilities([1, 1], [True, False, False], costs, SitingRule("pmedian", 3))
    with pytest.raises(InputError, match="need a threshold"):
        site_facilities([1, 1], [False] * 3, costs, SitingRule("mclp", 1))
    with pytest.raises(InputError, match="capacity"):
        site_facilities([1, 1], [False] * 3, costs, SitingRule("pmedian", 1), capacity=[1, -1, 1])
    with pytest.raises(InputError, match="model"):
        site_facilities([1, 1], [False] * 3, costs, SitingRule("median", 1))


@pytest.mark.parametrize("seed", range(3))
def test_benders_pmedian_on_larger_instances_equals_brute_force(seed):
    c, w, existing = instance(300 + seed, n=60, m=14, n_existing=seed, missing=0.3, integer=False)
    w = w + 1.0
    expected = brute_force("pmedian", c, w, existing, 4, np.inf)
    result = site_facilities(w, existing, SiteCosts.from_dense(c), SitingRule("pmedian", 4))
    if expected is None:
        assert result.status == "infeasible"
        return
    assert result.status == "optimal" and result.violations == ()
    assert math.isclose(result.objective, expected, rel_tol=1e-9)

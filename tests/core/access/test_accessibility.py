"""2SFCA family, coverage, gaps and inequality (DOMAIN.md §2.6-2.7, worked examples E2-E5)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.access.cost_matrix import CostMatrix
from urflow.core.access.decay import gaussian_weight, parse_step_weights, step_weight
from urflow.core.access.fca import catchment, fca, load, nearest
from urflow.core.access.gaps import coverage, gaps, weighted_gini, zone_summary
from urflow.core.errors import InputError

# DOMAIN E2-E4: 3 villages x 2 facilities
D = np.array([[5.0, 25.0], [15.0, 8.0], [35.0, 18.0]])
P = np.array([1000.0, 600.0, 400.0])
S = np.array([2.0, 1.0])

E2_E4 = {
    "2sfca": ([1.25e-3, 5.0e-4], [1.7500, 1.7500, 0.5000]),
    "e2sfca": ([1.420455e-3, 9.157509e-4], [1.6219, 1.8817, 0.6227]),
    "gaussian": ([1.443246e-3, 9.673814e-4], [1.6388, 1.8937, 0.5624]),
}


def _as_cost_matrix(dense, cutoff=np.inf):
    r, c = np.nonzero(np.isfinite(dense) & (dense <= cutoff))
    return CostMatrix(
        rows=r,
        cols=c,
        values=dense[r, c],
        shape=dense.shape,
        unit="minutes",
        cutoff=cutoff,
        demand_unreachable=np.zeros(dense.shape[0], bool),
        facility_unreachable=np.zeros(dense.shape[1], bool),
    )


@pytest.mark.parametrize("method", sorted(E2_E4))
def test_e2_e4_worked_examples(method):
    ratio, access_1000 = E2_E4[method]
    res = fca(D, P, S, 30.0, method=method)
    assert_allclose(res.ratio, ratio, rtol=5e-7)
    assert_allclose(np.round(res.access * 1000, 4), access_1000, atol=1e-12)
    assert_allclose(np.sum(P * res.access), 3.0, rtol=1e-12)
    assert not res.unserved_facilities.any()


@pytest.mark.parametrize("method", sorted(E2_E4))
def test_e2_e4_from_cost_matrix_equals_dense(method):
    dense = fca(D, P, S, 30.0, method=method)
    sparse = fca(_as_cost_matrix(D, cutoff=30.0), P, S, 30.0, method=method)
    assert_allclose(sparse.ratio, dense.ratio, rtol=1e-14)
    assert_allclose(sparse.access, dense.access, rtol=1e-14)


def test_e2sfca_explicit_steps_equal_default():
    a = fca(D, P, S, 30.0, "e2sfca")
    b = fca(D, P, S, 30.0, "e2sfca", steps="10:1.0,20:0.68,30:0.22")
    assert_allclose(a.access, b.access, rtol=1e-15)


def test_e2sfca_weight_matrix_and_gaussian_weights():
    b, w = parse_step_weights("10:1.0,20:0.68,30:0.22")
    W = np.where(D <= 30, step_weight(D, b, w), 0.0)
    assert_allclose(W, [[1, 0.22], [0.68, 1], [0, 0.68]])
    g = gaussian_weight([5, 25, 15, 8, 18], 30)
    assert_allclose(np.round(g, 4), [0.9649, 0.2544, 0.7014, 0.9112, 0.5813])
    assert_allclose(gaussian_weight([0.0, 30.0, 31.0], 30.0), [1.0, 0.0, 0.0], atol=1e-15)


def test_e5_gaps_and_coverage():
    acc = fca(D, P, S, 30.0, "2sfca").access
    near_cost, near_idx = nearest(D)
    assert_allclose(near_cost, [5, 8, 18])
    assert_array_equal(near_idx, [0, 1, 1])
    cov = coverage(near_cost, P, 15.0)
    assert cov.rate == pytest.approx(0.8)
    assert cov.covered_population == 1600 and cov.total_population == 2000
    assert_array_equal(cov.covered, [True, True, False])
    g = gaps(acc, P, 0.001, near_cost, 15.0)
    assert_allclose(g.gap, [0.75, 0.45, -0.20], atol=1e-12)
    assert_allclose(g.deficit, [0, 0, 0.2], atol=1e-12)
    assert g.total_deficit == pytest.approx(0.2)
    assert_allclose(g.ratio, [1.75, 1.75, 0.5])
    assert_array_equal(g.gap_class, [2, 2, 0])  # V3 is a blind spot (18 > 15 min)


def test_gap_classes_under_served_and_unreachable():
    g = gaps([0.0005, 0.002, 0.0, np.nan], [10, 10, 10, 10], 0.001, [5, 5, np.nan, 5], 15)
    assert_array_equal(g.gap_class, [1, 2, 0, -1])
    assert np.isnan(g.gap[3])


@pytest.mark.parametrize("method", ["2sfca", "e2sfca", "gaussian"])
@pytest.mark.parametrize("seed", range(5))
def test_invariant_sum_pa_equals_sum_s(method, seed):
    rng = np.random.default_rng(seed)
    n, m, d0 = 60, 12, 30.0
    costs = rng.uniform(0, 60, size=(n, m))
    costs[rng.random((n, m)) < 0.3] = np.nan  # unreachable pairs
    # every facility has someone strictly inside its catchment
    costs[rng.integers(0, n, m), np.arange(m)] = rng.uniform(0, 25, m)
    pop = rng.integers(50, 3000, n).astype(float)
    sup = rng.uniform(1, 10, m)
    res = fca(costs, pop, sup, d0, method)
    assert not res.unserved_facilities.any()
    assert_allclose(np.sum(pop * res.access), sup.sum(), rtol=1e-12)


def test_threshold_is_inclusive_2sfca():
    costs = np.array([[30.0], [30.000001]])
    res = fca(costs, [100, 100], [1], 30.0, "2sfca")
    assert_allclose(res.ratio, [0.01])
    assert_allclose(res.access, [0.01, 0.0])
    assert_allclose(catchment(costs, [100, 100], 30.0), [100])
    assert coverage([30.0, 30.000001], [1, 1], 30.0).rate == 0.5


def test_threshold_is_inclusive_e2sfca_bounds():
    b, w = parse_step_weights("10:1.0,20:0.68,30:0.22")
    assert_allclose(
        step_weight([0, 10, 10.0001, 20, 20.5, 30, 30.0001], b, w),
        [1, 1, 0.68, 0.68, 0.22, 0.22, 0],
    )
    # each village alone with the one facility: R = 1 / (100 W)
    for d, wt in [(0.0, 1.0), (10.0, 1.0), (20.0, 0.68), (30.0, 0.22)]:
        res = fca([[d]], [100], [1], 30.0, "e2sfca")
        assert_allclose(res.weighted_demand, [100 * wt])
    # steps beyond the threshold are cut at the threshold
    res = fca([[25.0]], [100], [1], 20.0, "e2sfca", steps="10:1,20:0.5,40:0.2")
    assert res.unserved_facilities.all()


def test_facility_with_nobody_in_reach():
    costs = np.array([[5.0, 45.0, np.nan], [10.0, np.inf, 50.0]])
    res = fca(costs, [100, 300], [2, 5, 1], 30.0)
    assert_array_equal(res.unserved_facilities, [False, True, True])
    assert np.isnan(res.ratio[1]) and np.isnan(res.ratio[2])
    assert_allclose(res.ratio[0], 2 / 400)
    assert_allclose(res.access, [2 / 400, 2 / 400])
    assert_allclose(catchment(costs, [100, 300], 30.0), [400, 0, 0])


def test_nan_population_and_supply():
    costs = np.array([[5.0, 5.0], [5.0, 5.0]])
    res = fca(costs, [100, np.nan], [1, np.nan], 30.0)
    assert_allclose(res.weighted_demand, [100, 100])
    assert_allclose(res.ratio[0], 0.01)
    assert np.isnan(res.ratio[1])
    assert_allclose(res.access, [0.01, 0.01])
    g = gaps(res.access, [100, np.nan], 0.001, [5, 5], 15)
    assert np.isnan(g.gap[1]) and g.total_deficit == 0.0


def test_cost_matrix_cut_below_threshold_rejected():
    with pytest.raises(InputError, match="cut off"):
        fca(_as_cost_matrix(D, cutoff=20.0), P, S, 30.0)


@pytest.mark.parametrize(
    "text",
    ["", "10:1,10:0.5", "20:1,10:0.5", "10:1.2", "10:-0.1", "10-1", "a:1", "0:1", "10:nan"],
)
def test_parse_step_weights_rejects(text):
    with pytest.raises(InputError):
        parse_step_weights(text)


def test_parse_step_weights_ok():
    b, w = parse_step_weights(" 5:1 ; 15:0.5,25:0 ")
    assert_allclose(b, [5, 15, 25])
    assert_allclose(w, [1, 0.5, 0])


def test_bad_inputs_rejected():
    with pytest.raises(InputError, match="method"):
        fca(D, P, S, 30.0, "3sfca")
    with pytest.raises(InputError, match="population"):
        fca(D, [1, 2], S, 30.0)
    with pytest.raises(InputError, match="negative"):
        fca(D, [1, -2, 3], S, 30.0)
    with pytest.raises(InputError, match="threshold"):
        fca(D, P, S, 0.0)


def test_load():
    res = fca(D, P, S, 30.0)
    assert_allclose(load(res.weighted_demand, S), 1 / res.ratio)
    assert_allclose(load(res.weighted_demand, S, provision_per_person=0.001), [0.8, 2.0])
    out = load([100.0, 0.0, 50.0], [0.0, 2.0, np.nan])
    assert np.isnan(out[0]) and out[1] == 0 and np.isnan(out[2])


def _gini_direct(x, w):
    x, w = np.asarray(x, float), np.asarray(w, float)
    mu = np.sum(w * x) / np.sum(w)
    return np.sum(w[:, None] * w[None, :] * np.abs(x[:, None] - x[None, :])) / (
        2 * np.sum(w) ** 2 * mu
    )


@pytest.mark.parametrize("seed", range(5))
def test_weighted_gini_matches_direct_formula(seed):
    rng = np.random.default_rng(seed)
    x = rng.gamma(2.0, 1.0, 200)
    x[:10] = x[10]  # ties
    w = rng.integers(1, 5000, 200).astype(float)
    assert weighted_gini(x, w) == pytest.approx(_gini_direct(x, w), rel=1e-12)


def test_weighted_gini_edge_cases():
    assert weighted_gini([2, 2, 2], [1, 5, 9]) == pytest.approx(0.0)
    # integer weights == repeating values
    assert weighted_gini([1, 3], [2, 1]) == pytest.approx(_gini_direct([1, 1, 3], [1, 1, 1]))
    assert weighted_gini([1, np.nan, 3], [2, 5, 1]) == pytest.approx(weighted_gini([1, 3], [2, 1]))
    assert np.isnan(weighted_gini([0, 0], [1, 1]))
    with pytest.raises(InputError):
        weighted_gini([-1, 2], [1, 1])


def test_zone_summary():
    zs = zone_summary(
        [0, 0, 1, -1, 1],
        [100, 300, 50, 20, np.nan],
        [True, False, True, True, False],
        [0.0, 0.3, 0.0, 1.0, np.nan],
        3,
    )
    assert_array_equal(zs.n_demand, [2, 2, 0])
    assert_allclose(zs.population, [400, 50, 0])
    assert_allclose(zs.covered_population, [100, 50, 0])
    assert_allclose(zs.coverage_rate[:2], [0.25, 1.0])
    assert np.isnan(zs.coverage_rate[2])
    assert_allclose(zs.deficit, [0.3, 0, 0])
    assert zs.n_outside == 1
    with pytest.raises(InputError):
        zone_summary([0, 3], [1, 1], [True, True], [0, 0], 3)


def test_nearest_from_cost_matrix_ties_and_empty_rows():
    dense = np.array([[7.0, 3.0, 3.0], [np.nan, np.nan, np.nan], [0.0, 1.0, 2.0]])
    cost, idx = nearest(_as_cost_matrix(dense))
    assert_allclose(cost, [3.0, np.nan, 0.0])
    assert_array_equal(idx, [1, -1, 0])

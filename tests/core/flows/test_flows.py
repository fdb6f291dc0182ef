"""Flows: hand-computed pair and node sums, and gravity fits against known models and an
independent maximum-likelihood fit (scipy.optimize.minimize on the Poisson likelihood)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal
from scipy.optimize import minimize

from urflow.core.errors import InputError
from urflow.core.flows import FLOW_CLASS_LABELS, FlowTable, analyse_flows, fit_gravity, node_types

# nodes: 0 V1 rural, 1 V2 rural, 2 T1 urban, 3 T2 urban
URBAN = np.array([False, False, True, True])
ROWS = [  # origin, destination, value, kind
    (0, 2, 10.5, "labour"),
    (2, 0, 2.25, "labour"),
    (0, 3, 4.0, "labour"),
    (1, 2, 7.0, "labour"),
    (2, 3, 3.0, "labour"),
    (3, 2, 3.0, "labour"),
    (1, 0, 1.5, "labour"),
    (0, 0, 5.0, "labour"),  # a self-flow, kept apart
    (2, 0, 100.0, "capital"),
]


def table(rows=ROWS):
    o, d, v, k = zip(*rows)
    return FlowTable.of(o, d, v, k)


def test_pairs_are_oriented_by_net_direction_with_signed_net_and_fractions_kept():
    result = analyse_flows(4, URBAN, table())
    p = result.pairs
    got = {
        (k, int(f), int(t)): (ab, ba)
        for k, f, t, ab, ba in zip(p.kind, p.from_node, p.to_node, p.value_ab, p.value_ba)
    }
    assert got == {
        ("labour", 0, 2): (10.5, 2.25),
        ("labour", 0, 3): (4.0, 0.0),
        ("labour", 1, 2): (7.0, 0.0),
        ("labour", 2, 3): (3.0, 3.0),  # an exact tie: drawn from the lower row
        ("labour", 1, 0): (1.5, 0.0),
        ("capital", 2, 0): (100.0, 0.0),
    }
    first = list(got).index(("labour", 0, 2))
    assert p.net[first] == 8.25 and p.gross[first] == 12.75
    assert p.asymmetry[first] == pytest.approx(8.25 / 12.75)
    classes = dict(zip(got, p.flow_class(URBAN)))
    assert classes[("labour", 0, 2)] == "rural_to_urban"
    assert classes[("labour", 2, 3)] == "urban_urban"
    assert classes[("labour", 1, 0)] == "rural_rural"
    assert classes[("capital", 2, 0)] == "urban_to_rural"
    assert FLOW_CLASS_LABELS.label("rural_to_urban", "zh") == "乡村→城镇"
    assert not p.estimated.any()


def test_node_balances_and_matrix_equal_hand_sums():
    result = analyse_flows(4, URBAN, table())
    labour = result.nodes["labour"]
    assert_allclose(labour.inflow, [3.75, 0.0, 20.5, 7.0])
    assert_allclose(labour.outflow, [14.5, 8.5, 5.25, 3.0])
    assert_allclose(labour.net, [-10.75, -8.5, 15.25, 4.0])
    assert_array_equal(labour.out_degree, [2, 2, 2, 1])
    assert_array_equal(labour.in_degree, [2, 0, 3, 2])
    assert_array_equal(labour.main_partner, [2, 2, 0, 2])
    assert labour.main_share[0] == pytest.approx(12.75 / 18.25)
    assert labour.urban_tie[0] == pytest.approx(16.75 / 18.25)
    assert labour.urban_tie[1] == pytest.approx(7.0 / 8.5)
    assert result.matrix["labour"] == {
        "urban_to_urban": 6.0,
        "urban_to_rural": 2.25,
        "rural_to_urban": 21.5,
        "rural_to_rural": 1.5,
    }
    assert result.total("labour") == 31.25  # the matrix adds up to the total (self-flows apart)
    assert result.net_rural_outflow("labour") == 19.25
    assert result.net_rural_outflow("capital") == -100.0
    assert result.total() == 131.25
    assert result.self_flows["labour"] == (1, 5.0)
    assert result.kinds == ("labour", "capital")


def test_node_types_accept_the_listed_words_and_refuse_others():
    assert_array_equal(
        node_types([" Urban", "城镇", "乡村", "农村", 1, 0.0, "TOWN", "village"]),
        [True, True, False, False, True, False, True, False],
    )
    with pytest.raises(InputError, match="Node type suburb is neither urban nor rural.*N2"):
        node_types(["urban", "suburb"], ids=["N1", "N2"])
    with pytest.raises(InputError, match="negative in rows 1"):
        FlowTable.of([0, 1], [1, 0], [1.0, -2.0])


def synthetic(mode, seed=7, n_origins=40, n_destinations=12, beta=1.6):
    rng = np.random.default_rng(seed)
    n = n_origins + n_destinations
    xy = rng.uniform(0, 50, size=(n, 2))
    mass = rng.uniform(200, 5000, size=n)
    o = np.repeat(np.arange(n_origins), n_destinations)
    d = np.tile(np.arange(n_origins, n), n_origins)
    dist = np.hypot(*(xy[o] - xy[d]).T)
    if mode == 1:
        mean = 0.02 * mass[o] ** 0.8 * mass[d] ** 0.6 * dist ** (-beta)
    else:
        a = rng.uniform(0.5, 2.0, n)
        b = rng.uniform(0.5, 2.0, n)
        mean = 200.0 * a[o] * b[d] * dist ** (-beta)
    y = rng.poisson(mean).astype(float)

    def distance(i, j):
        return np.hypot(*(xy[i] - xy[j]).T)

    return n, o, d, y, mass, distance


def test_unconstrained_fit_recovers_the_model_and_equals_an_independent_ml_fit():
    n, o, d, y, mass, distance = synthetic(1)
    fit = fit_gravity(n, FlowTable.of(o, d, y), distance, mass, mode=1)
    assert fit.beta == pytest.approx(1.6, rel=0.03)
    assert fit.a == pytest.approx(0.8, rel=0.1) and fit.b == pytest.approx(0.6, rel=0.1)
    assert 0.5 < fit.pseudo_r2 <= 1.0
    X = np.column_stack([np.ones(y.size), np.log(mass[o]), np.log(mass[d]), np.log(distance(o, d))])

    def nll(c):
        eta = X @ c
        return np.sum(np.exp(eta)) - np.sum(y * eta)

    def grad(c):
        return X.T @ (np.exp(X @ c) - y)

    ref = minimize(nll, np.zeros(4), jac=grad, method="BFGS", options={"gtol": 1e-10})
    assert_allclose([np.log(fit.k), fit.a, fit.b, -fit.beta], ref.x, rtol=1e-5, atol=1e-6)
    assert fit.n_observed == y.size and fit.estimates.origin.size == 0  # every pair listed


def test_doubly_constrained_fit_reproduces_node_totals_and_the_ml_beta():
    n, o, d, y, mass, distance = synthetic(2, n_origins=15, n_destinations=8)
    fit = fit_gravity(n, FlowTable.of(o, d, y), distance, mode=2)
    assert fit.beta == pytest.approx(1.6, rel=0.03)
    assert fit.a is None and fit.b is None
    fitted = fit.fitted
    assert_allclose(np.bincount(fitted.origin, fitted.value, n), np.bincount(o, y, n), rtol=1e-9)
    assert_allclose(
        np.bincount(fitted.destination, fitted.value, n), np.bincount(d, y, n), rtol=1e-9
    )
    dist = distance(o, d)
    nodes_o, nodes_d = np.unique(o), np.unique(d)
    io, jd = np.searchsorted(nodes_o, o), np.searchsorted(nodes_d, d)
    p, q = nodes_o.size, nodes_d.size

    def nll(c):
        eta = c[io] + c[p + jd] - c[-1] * np.log(dist)
        return np.sum(np.exp(eta)) - np.sum(y * eta)

    def grad(c):
        r = np.exp(c[io] + c[p + jd] - c[-1] * np.log(dist)) - y
        return np.concatenate(
            [np.bincount(io, r, p), np.bincount(jd, r, q), [-(r * np.log(dist)).sum()]]
        )

    start = np.concatenate([np.log(np.bincount(io, y, p) / q + 1), np.zeros(q), [1.0]])
    ref = minimize(
        nll,
        start,
        jac=grad,
        method="L-BFGS-B",
        options={"ftol": 1e-15, "gtol": 1e-11, "maxiter": 20000},
    )
    assert fit.beta == pytest.approx(ref.x[-1], abs=1e-5)


def test_unlisted_pairs_are_estimated_and_marked_and_never_change_observed_figures():
    n, o, d, y, mass, distance = synthetic(1, n_origins=10, n_destinations=5)
    keep = np.ones(y.size, dtype=bool)
    keep[[3, 17, 28]] = False  # three pairs not surveyed
    flows = FlowTable.of(o[keep], d[keep], y[keep], np.full(keep.sum(), "labour"))
    fit = fit_gravity(n, flows, distance, mass, mode=1, kind="labour")
    assert fit.estimates.origin.size == 3
    assert set(zip(fit.estimates.origin, fit.estimates.destination)) == set(zip(o[~keep], d[~keep]))
    expected = (
        fit.k
        * mass[o[~keep]] ** fit.a
        * mass[d[~keep]] ** fit.b
        * distance(o[~keep], d[~keep]) ** (-fit.beta)
    )
    assert_allclose(np.sort(fit.estimates.value), np.sort(expected), rtol=1e-10)
    urban = np.arange(n) >= 10
    plain = analyse_flows(n, urban, flows)
    filled = analyse_flows(n, urban, flows, {"labour": fit.estimates})
    assert filled.pairs.estimated.sum() == 3 and filled.pairs.kind.size == plain.pairs.kind.size + 3
    assert_allclose(filled.nodes["labour"].inflow, plain.nodes["labour"].inflow)
    assert filled.matrix == plain.matrix


def test_too_few_pairs_or_no_mass_are_refused():
    flows = FlowTable.of([0, 0], [1, 2], [3.0, 4.0])

    def distance(i, j):
        return np.ones(np.size(i))

    with pytest.raises(InputError, match="at least 5 observed pairs"):
        fit_gravity(3, flows, distance, np.ones(3), mode=1)
    with pytest.raises(InputError, match="needs a mass"):
        fit_gravity(3, flows, distance, None, mode=1)

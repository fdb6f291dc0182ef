"""Normalisation and weights: DOMAIN §4 E6 (entropy) and E7 (AHP), NaN and constant columns."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.stats.weighting import (
    ahp_weights,
    check_ahp_consistency,
    combined_weights,
    entropy_weights,
    equal_weights,
    minmax_normalize,
    normalise_custom_weights,
)

from ..domain_examples import E6_POSITIVE, E6_X, E7


def reference_entropy(z):
    """Textbook column-by-column entropy on complete data, 0·ln0 = 0."""
    n = z.shape[0]
    e = []
    for col in z.T:
        p = col / col.sum()
        e.append(-sum(pi * np.log(pi) for pi in p if pi > 0) / np.log(n))
    e = np.array(e)
    return e, (1 - e) / (1 - e).sum()


def test_e6_minmax_is_direction_aware():
    z, constant = minmax_normalize(E6_X, E6_POSITIVE)
    assert not constant.any()
    assert_allclose(z[:, 0], (E6_X[:, 0] - 0.10) / 0.38)
    assert_allclose(z[:, 3], (6.5 - E6_X[:, 3]) / 5.6)
    assert_allclose(z.min(axis=0), 0.0)
    assert_allclose(z.max(axis=0), 1.0)
    # +1/-1 directions are the same as booleans
    assert_allclose(minmax_normalize(E6_X, [1, 1, 1, -1])[0], z)


def test_e6_entropy_weights():
    z, _ = minmax_normalize(E6_X, E6_POSITIVE)
    e, w = entropy_weights(z)
    assert_allclose(e, [0.8122, 0.7957, 0.8102, 0.8513], atol=5e-5)
    assert_allclose(w, [0.2570, 0.2796, 0.2598, 0.2036], atol=5e-5)
    assert w.sum() == pytest.approx(1.0)
    e_ref, w_ref = reference_entropy(z)
    assert_allclose(e, e_ref, rtol=1e-12)
    assert_allclose(w, w_ref, rtol=1e-12)


def test_shift_changes_weights_slightly():
    z, _ = minmax_normalize(E6_X, E6_POSITIVE)
    _, w0 = entropy_weights(z)
    _, w1 = entropy_weights(z, shift=1e-4)
    assert not np.allclose(w0, w1, rtol=0, atol=1e-12)
    assert_allclose(w0, w1, atol=1e-3)
    with pytest.raises(InputError, match="shift"):
        entropy_weights(z, shift=-1)


def test_constant_column_gets_zero_and_weight_zero():
    x = np.column_stack([E6_X, np.full(5, 7.0)])
    x[2, 4] = np.nan
    z, constant = minmax_normalize(x, E6_POSITIVE + [True])
    assert_array_equal(constant, [False, False, False, False, True])
    assert_array_equal(z[[0, 1, 3, 4], 4], 0.0)
    assert np.isnan(z[2, 4])
    for shift in (0.0, 1e-4):
        e, w = entropy_weights(z, shift)
        assert e[4] == 1.0 and w[4] == 0.0
    # the other weights are exactly E6's
    assert_allclose(entropy_weights(z)[1][:4], entropy_weights(z[:, :4])[1])


def test_nan_stays_nan_and_entropy_uses_available_rows():
    x = E6_X.copy()
    x[1, 0] = np.nan  # V2's P1 is missing: the min of P1 is now 0.22
    z, _ = minmax_normalize(x, E6_POSITIVE)
    assert np.isnan(z[1, 0])
    assert_allclose(z[[0, 2, 3, 4], 0], (x[[0, 2, 3, 4], 0] - 0.22) / 0.26)
    e, w = entropy_weights(z)
    # column 0 over its 4 available rows, ln(4); the others over all 5
    e0, _ = reference_entropy(z[[0, 2, 3, 4]][:, :1])
    e_rest, _ = reference_entropy(z[:, 1:])
    assert_allclose(e, np.concatenate([e0, e_rest]), rtol=1e-12)
    assert np.all(np.isfinite(w))


def test_entropy_errors():
    with pytest.raises(InputError, match="no indicator varies"):
        entropy_weights(np.zeros((4, 2)))
    with pytest.raises(InputError, match="column 1 is negative at rows 2"):
        entropy_weights([[0.1, 0.2], [0.3, 0.1], [0.2, -0.5]])
    with pytest.raises(InputError, match="directions"):
        minmax_normalize(E6_X, [True, True])
    with pytest.raises(InputError, match="column 2 has infinite values at rows 3"):
        minmax_normalize(np.where(np.arange(20).reshape(5, 4) == 14, np.inf, E6_X), E6_POSITIVE)


def test_e7_ahp():
    r = ahp_weights(E7)
    assert_allclose(r.weights, [0.6370, 0.2583, 0.1047], atol=5e-5)
    assert r.lambda_max == pytest.approx(3.0385, abs=5e-5)
    assert r.ci == pytest.approx(0.0193, abs=5e-5)
    assert r.cr == pytest.approx(0.0332, abs=5e-5)
    assert r.consistent
    assert check_ahp_consistency(r) is r
    # independent: power iteration gives the same principal eigenvector and λmax
    a = np.array(E7)
    v = np.ones(3)
    for _ in range(200):
        v = a @ v
        v /= v.sum()
    assert_allclose(r.weights, v, rtol=1e-10)
    assert r.lambda_max == pytest.approx((a @ v / v).mean(), rel=1e-10)


def test_ahp_small_orders_have_cr_zero():
    r2 = ahp_weights([[1, 4], [0.25, 1]])
    assert_allclose(r2.weights, [0.8, 0.2])
    assert r2.cr == 0.0 and r2.ci == 0.0 and r2.consistent
    r1 = ahp_weights([[1]])
    assert_allclose(r1.weights, [1.0])
    assert r1.cr == 0.0


def test_ahp_inconsistent_matrix_is_reported():
    r = ahp_weights([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]])
    assert not r.consistent
    with pytest.raises(InputError, match=r"λmax = .*CI = .*CR = "):
        check_ahp_consistency(r)


def test_ahp_bad_matrices():
    with pytest.raises(InputError, match="square"):
        ahp_weights([[1, 2, 3], [0.5, 1, 2]])
    with pytest.raises(InputError, match="row 2, column 1"):
        ahp_weights([[1, 3], [0.5, 1]])
    with pytest.raises(InputError, match="reciprocal"):
        ahp_weights([[1, 3], [0.33, 1]])  # 0.33 is not 1/3
    with pytest.raises(InputError, match="positive"):
        ahp_weights([[1, -2], [-0.5, 1]])
    with pytest.raises(InputError, match="diagonal"):
        ahp_weights([[2, 1], [1, 1]])
    with pytest.raises(InputError, match="at most 10"):
        ahp_weights(np.ones((11, 11)))


def test_combined_custom_equal():
    a, b = [0.6, 0.3, 0.1], [0.2, 0.2, 0.6]
    assert_allclose(combined_weights(a, b), [0.4, 0.25, 0.35])
    assert_allclose(combined_weights(a, b, alpha=1.0), a)
    prod = np.array([0.12, 0.06, 0.06])
    assert_allclose(combined_weights(a, b, method="multiplicative"), prod / prod.sum())
    with pytest.raises(InputError, match="alpha"):
        combined_weights(a, b, alpha=1.5)
    with pytest.raises(InputError, match="method"):
        combined_weights(a, b, method="geometric")
    with pytest.raises(InputError, match="3 entries"):
        combined_weights(a, [0.5, 0.5])

    assert_allclose(normalise_custom_weights([3, 1, 0, 1]), [0.6, 0.2, 0.0, 0.2])
    with pytest.raises(InputError, match="negative"):
        normalise_custom_weights([1, -1])
    with pytest.raises(InputError, match="all zero"):
        normalise_custom_weights([0, 0])
    with pytest.raises(InputError, match="finite"):
        normalise_custom_weights([1, np.nan])

    assert_allclose(equal_weights(4), 0.25)
    assert_allclose(equal_weights(4, [True, False, True, True]), [1 / 3, 0, 1 / 3, 1 / 3])
    with pytest.raises(InputError, match="no active"):
        equal_weights(2, [False, False])

"""Weighted sum, TOPSIS and ranks: DOMAIN §4 E6, a loop reference for TOPSIS, missing values."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.stats.scoring import rank_descending, topsis, weighted_sum
from urflow.core.stats.weighting import entropy_weights, minmax_normalize

from ..domain_examples import E6_POSITIVE, E6_X


def loop_topsis(x, w, positive):
    """Straightforward TOPSIS, one cell at a time; NaN cells are skipped."""
    n, m = len(x), len(x[0])
    cols = [[x[i][j] for i in range(n) if not math.isnan(x[i][j])] for j in range(m)]
    v = [[math.nan] * m for _ in range(n)]
    for j in range(m):
        norm = math.sqrt(sum(t * t for t in cols[j]))
        for i in range(n):
            if not math.isnan(x[i][j]):
                v[i][j] = w[j] * x[i][j] / norm
    best, worst = [], []
    for j in range(m):
        vals = [v[i][j] for i in range(n) if not math.isnan(v[i][j])]
        hi, lo = max(vals), min(vals)
        best.append(hi if positive[j] else lo)
        worst.append(lo if positive[j] else hi)
    out = []
    for i in range(n):
        js = [j for j in range(m) if not math.isnan(v[i][j])]
        if not js:
            out.append(math.nan)
            continue
        dp = math.sqrt(sum((v[i][j] - best[j]) ** 2 for j in js))
        dm = math.sqrt(sum((v[i][j] - worst[j]) ** 2 for j in js))
        out.append(dm / (dp + dm))
    return np.array(out)


def test_e6_weighted_sum_and_ranks():
    z, _ = minmax_normalize(E6_X, E6_POSITIVE)
    _, w = entropy_weights(z)
    s = weighted_sum(z, w)
    assert_allclose(s, [0.7607, 0.0000, 0.5638, 0.8602, 0.5617], atol=5e-5)
    assert_allclose(s, z @ w, rtol=1e-12)
    # V4 > V1 > V3 > V5 > V2
    assert_array_equal(rank_descending(s), [2, 5, 3, 1, 4])


def test_e6_topsis():
    z, _ = minmax_normalize(E6_X, E6_POSITIVE)
    _, w = entropy_weights(z)
    c = topsis(E6_X, w, E6_POSITIVE)
    assert_allclose(c, [0.7904, 0.0000, 0.6086, 0.7475, 0.5262], atol=5e-5)
    assert_allclose(c, loop_topsis(E6_X.tolist(), w.tolist(), E6_POSITIVE), rtol=1e-12)
    # V1 > V4 here, unlike the weighted sum: expected
    assert_array_equal(rank_descending(c), [1, 5, 3, 2, 4])


def test_topsis_matches_loop_on_random_data_with_gaps():
    rng = np.random.default_rng(3)
    for _ in range(20):
        n, m = int(rng.integers(3, 12)), int(rng.integers(1, 6))
        x = rng.uniform(0.1, 10, (n, m))
        x[rng.random((n, m)) < 0.15] = np.nan
        x[0] = np.where(np.isnan(x[0]), 1.0, x[0])  # every column keeps a value
        w = rng.random(m) + 0.01
        positive = rng.random(m) < 0.6
        assert_allclose(
            topsis(x, w, positive),
            loop_topsis(x.tolist(), w.tolist(), positive.tolist()),
            rtol=1e-10,
            atol=1e-12,
        )


def test_weighted_sum_renormalises_over_available_indicators():
    z = np.array(
        [[0.2, 0.8, 1.0], [np.nan, 0.5, 0.0], [np.nan, np.nan, np.nan], [0.4, np.nan, np.nan]]
    )
    w = np.array([0.5, 0.3, 0.2])
    s = weighted_sum(z, w)
    assert_allclose(s[:2], [0.1 + 0.24 + 0.2, (0.3 * 0.5 + 0.0) / 0.5])
    assert np.isnan(s[2])
    assert s[3] == pytest.approx(0.4)
    # a village whose only available indicator has weight 0 has no score
    assert np.isnan(weighted_sum([[np.nan, 0.7]], [1.0, 0.0])[0])


def test_topsis_row_without_values_is_nan_and_partial_row_is_scored():
    x = E6_X.copy()
    x[2] = np.nan
    x[4, 1] = np.nan
    w = np.array([0.25, 0.25, 0.25, 0.25])
    c = topsis(x, w, E6_POSITIVE)
    assert np.isnan(c[2])
    assert np.isfinite(c[[0, 1, 3, 4]]).all()
    assert_allclose(c, loop_topsis(x.tolist(), w.tolist(), E6_POSITIVE), rtol=1e-12)


def test_rank_ties_and_missing():
    assert_array_equal(rank_descending([0.5, 0.9, 0.5, 0.1, np.nan]), [2, 1, 2, 4, -1])
    assert_array_equal(rank_descending([np.nan, np.nan]), [-1, -1])
    with pytest.raises(InputError, match="1-D"):
        rank_descending([[1.0]])


def test_bad_weights():
    with pytest.raises(InputError, match="4 entries"):
        weighted_sum(np.zeros((2, 4)), [1, 2])
    with pytest.raises(InputError, match="negative"):
        topsis(E6_X, [0.5, -0.1, 0.3, 0.3], E6_POSITIVE)

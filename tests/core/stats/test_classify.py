"""Class breaks: DOMAIN §4 E6/E8, brute-force check of Jenks, edge cases."""

import itertools

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.stats.classify import (
    classify,
    classify_thresholds,
    equal_interval_breaks,
    jenks_breaks,
    quantile_breaks,
)

E8 = [0.05, 0.08, 0.12, 0.30, 0.33, 0.36, 0.61, 0.66, 0.70]
E6_SCORES = [0.7607, 0.0000, 0.5638, 0.8602, 0.5617]


def sdcm(values, levels, k):
    values = np.asarray(values, dtype=float)
    return sum(((values[levels == c] - values[levels == c].mean()) ** 2).sum() for c in range(k))


def brute_force_sdcm(values, k):
    """Smallest SDCM over every way of cutting the sorted values into k contiguous classes."""
    v = np.sort(np.asarray(values, dtype=float))
    best = np.inf
    for cuts in itertools.combinations(range(1, v.size), k - 1):
        best = min(best, sum(((p - p.mean()) ** 2).sum() for p in np.split(v, cuts)))
    return best


def test_e8_jenks_breaks_and_sdam():
    breaks = jenks_breaks(E8, 3)
    assert_allclose(breaks, [0.12, 0.36, 0.70], atol=5e-5)
    levels = classify(E8, breaks)
    assert_array_equal(levels, [0, 0, 0, 1, 1, 1, 2, 2, 2])
    assert sdcm(E8, levels, 3) == pytest.approx(0.008333, abs=5e-7)


def test_e6_jenks_on_composite_scores():
    breaks = jenks_breaks(E6_SCORES, 3)
    assert_allclose(breaks, [0.0, 0.5638, 0.8602], atol=5e-5)
    # {V2}, {V5, V3}, {V1, V4}
    assert_array_equal(classify(E6_SCORES, breaks), [2, 0, 1, 2, 1])


def test_jenks_matches_brute_force_on_random_sets():
    rng = np.random.default_rng(20240611)
    for trial in range(150):
        n = int(rng.integers(3, 11))
        k = int(rng.integers(2, min(n, 5) + 1))
        values = rng.random(n) if trial % 3 else rng.integers(0, 5, n).astype(float)
        if np.unique(values).size < k:
            continue
        breaks = jenks_breaks(values, k)
        levels = classify(values, breaks)
        assert np.all(np.diff(breaks) > 0)
        assert breaks[-1] == values.max()
        assert np.all(np.isin(breaks, values))
        assert_array_equal(np.bincount(levels, minlength=k) > 0, True)
        assert sdcm(values, levels, k) == pytest.approx(brute_force_sdcm(values, k), abs=1e-12)


def test_jenks_large_input_and_separated_clusters():
    rng = np.random.default_rng(7)
    centres = np.array([0.0, 10.0, 20.0, 30.0])
    values = np.concatenate([c + rng.uniform(-1, 1, 5000) for c in centres])
    rng.shuffle(values)
    breaks = jenks_breaks(values, 4)
    levels = classify(values, breaks)
    assert_array_equal(levels, np.round(values / 10).astype(int))


def test_jenks_large_offset_data_keeps_precision():
    values = 1e9 + np.array([0.0, 0.1, 0.2, 5.0, 5.1, 5.2])
    assert_allclose(jenks_breaks(values, 2), [1e9 + 0.2, 1e9 + 5.2])


def test_jenks_does_not_split_ties_and_ignores_nan():
    values = [1, 1, 1, np.nan, 2, 2, 3, np.nan]
    assert_array_equal(jenks_breaks(values, 3), [1, 2, 3])
    assert_array_equal(classify(values, [1, 2, 3]), [0, 0, 0, -1, 1, 1, 2, -1])


def test_classify_is_upper_inclusive():
    breaks = [0.1, 0.5, 1.0]
    assert_array_equal(
        classify([0.0, 0.1, 0.1000001, 0.5, 0.7, 1.0, 1.5], breaks), [0, 0, 1, 1, 2, 2, 2]
    )


def test_quantile_and_equal_interval():
    values = np.arange(1.0, 9.0)
    assert_allclose(quantile_breaks(values, 4), [2.75, 4.5, 6.25, 8.0])
    assert_allclose(equal_interval_breaks([0.0, 3.0, 4.0, np.nan, 10.0], 4), [2.5, 5.0, 7.5, 10.0])
    assert_array_equal(classify(values, quantile_breaks(values, 4)), [0, 0, 1, 1, 2, 2, 3, 3])


def test_quantile_ties_keep_k_classes():
    values = [0, 0, 0, 0, 0, 0, 1, 2, 3]
    breaks = quantile_breaks(values, 4)
    assert_allclose(breaks, [0, 0, 1, 3])
    # The class between two equal breaks is empty; the number of levels stays k.
    assert_array_equal(np.bincount(classify(values, breaks), minlength=4), [6, 0, 1, 2])


def test_fixed_thresholds_are_lower_inclusive():
    levels = classify_thresholds(
        [0.05, 0.10, 0.15, 0.20, 0.29, 0.30, 0.9, np.nan], [0.10, 0.20, 0.30]
    )
    assert_array_equal(levels, [0, 1, 1, 2, 2, 3, 3, -1])


@pytest.mark.parametrize("func", [jenks_breaks, quantile_breaks, equal_interval_breaks])
def test_too_few_distinct_values(func):
    with pytest.raises(InputError, match=r"3 classes from 2 distinct value"):
        func([0.2, 0.2, 0.5, np.nan], 3)


@pytest.mark.parametrize("func", [jenks_breaks, quantile_breaks, equal_interval_breaks])
def test_k_below_two(func):
    with pytest.raises(InputError, match="at least 2"):
        func([1.0, 2.0, 3.0], 1)


def test_bad_inputs():
    with pytest.raises(InputError, match="infinite values at rows 1"):
        jenks_breaks([1.0, np.inf, 2.0], 2)
    with pytest.raises(InputError, match="1-D"):
        jenks_breaks([[1.0, 2.0], [3.0, 4.0]], 2)
    with pytest.raises(InputError, match="increasing"):
        classify([1.0], [3.0, 2.0])
    with pytest.raises(InputError, match="strictly increasing"):
        classify_thresholds([1.0], [0.2, 0.2])

"""The composite index in one call: normalise, weight, score, rank, classify (DOMAIN §1.2–1.4,
§4 E6/E7). Moved from the hollow tests with the code it tests."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.hollow import HOLLOW_LEVELS, directions, level_codes
from urflow.core.hollow.levels import labels
from urflow.core.stats.composite import ScoreOptions, composite_index
from urflow.core.stats.weighting import ahp_weights

from ..domain_examples import E6_X, E7

E6_IDS = ["P1", "L1", "L2", "A1"]
E6_E = [0.8122, 0.7957, 0.8102, 0.8513]
E6_W = [0.2570, 0.2796, 0.2598, 0.2036]
E6_S = [0.7607, 0.0000, 0.5638, 0.8602, 0.5617]
E6_C = [0.7904, 0.0000, 0.6086, 0.7475, 0.5262]


def composite(X, positive, names=None, row_ids=None, **methods):
    """The tests' shorthand: :func:`composite_index` with ``ScoreOptions(**methods)``."""
    return composite_index(X, positive, ScoreOptions(**methods), names=names, row_ids=row_ids)


def test_e6_evaluate_entropy_weighted_sum_jenks3():
    r = composite(E6_X, directions(E6_IDS), classes=3)
    assert_allclose(r.entropy, E6_E, atol=5e-5)
    assert_allclose(r.weights, E6_W, atol=5e-5)
    assert_allclose(r.scores, E6_S, atol=5e-5)
    assert_array_equal(r.ranks, [2, 5, 3, 1, 4])
    assert_allclose(r.breaks, [0.0, 0.5638, 0.8602], atol=5e-5)
    assert_array_equal(r.levels, [2, 0, 1, 2, 1])  # {V2}, {V5, V3}, {V1, V4}
    assert_array_equal(r.counts, [1, 2, 2])
    assert list(labels(HOLLOW_LEVELS, level_codes(r.levels, 3), "zh")) == [
        "重度空心化",
        "轻度空心化",
        "中度空心化",
        "重度空心化",
        "中度空心化",
    ]
    assert not r.constant.any() and r.ahp is None


def test_e6_evaluate_topsis():
    r = composite(E6_X, [1, 1, 1, -1], scoring="topsis", classes=2)
    assert_allclose(r.weights, E6_W, atol=5e-5)
    assert_allclose(r.scores, E6_C, atol=5e-5)
    assert_array_equal(r.ranks, [1, 5, 3, 2, 4])


def test_constant_indicator_gets_weight_zero_everywhere():
    x = np.column_stack([E6_X, np.full(5, 0.4)])
    pos = [True, True, True, False, True]
    r = composite(x, pos, classes=3)
    assert_array_equal(r.constant, [False] * 4 + [True])
    assert r.weights[4] == 0.0
    assert_allclose(r.weights[:4], E6_W, atol=5e-5)
    assert_allclose(r.scores, E6_S, atol=5e-5)
    assert composite(x, pos, weighting="equal", classes=3).weights[4] == 0.0
    # custom weight on the constant column is dropped, the rest rescaled
    rc = composite(x, pos, weighting="custom", custom_weights=[1, 1, 1, 1, 4], classes=3)
    assert_allclose(rc.weights, [0.25, 0.25, 0.25, 0.25, 0.0])
    with pytest.raises(InputError, match="do not vary"):
        composite(x, pos, weighting="custom", custom_weights=[0, 0, 0, 0, 1], classes=3)


def test_ahp_matrix_for_active_columns_or_all_columns():
    x = np.column_stack([E6_X[:, :3], np.full(5, 2.0)])
    pos = [True, True, True, False]
    # 3 × 3 matrix: the three varying columns, in column order
    r = composite(x, pos, weighting="ahp", ahp_matrix=E7, classes=3)
    assert_allclose(r.weights, [0.6370, 0.2583, 0.1047, 0.0], atol=5e-5)
    assert r.ahp.cr == pytest.approx(0.0332, abs=5e-5)
    assert np.isnan(r.entropy).all()
    # 4 × 4 matrix covering every column: the constant one is dropped afterwards
    m4 = np.ones((4, 4))
    m4[:3, :3] = E7
    m4[:3, 3] = [5, 3, 1]  # the 4th criterion judged like the 3rd
    m4[3, :3] = 1 / m4[:3, 3]
    r4 = composite(x, pos, weighting="ahp", ahp_matrix=m4, classes=3)
    w4 = ahp_weights(m4).weights
    assert_allclose(r4.weights, np.append(w4[:3] / w4[:3].sum(), 0.0))
    with pytest.raises(
        InputError, match=r"AHP matrix is 2 × 2.*4 indicators .*3 of which vary.*constant: A1"
    ):
        composite(
            x,
            pos,
            weighting="ahp",
            ahp_matrix=[[1, 2], [0.5, 1]],
            names=["P1", "L1", "L2", "A1"],
            classes=3,
        )
    with pytest.raises(InputError, match="CR = "):
        composite(
            x,
            pos,
            weighting="ahp",
            classes=3,
            ahp_matrix=[[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]],
        )


def test_combined_weighting():
    r = composite(
        E6_X,
        directions(E6_IDS),
        weighting="combined",
        classes=3,
        ahp_matrix=[[1, 2, 2, 4], [0.5, 1, 1, 2], [0.5, 1, 1, 2], [0.25, 0.5, 0.5, 1]],
    )
    # a perfectly consistent matrix: AHP weights 4:2:2:1
    w_ahp = np.array([4, 2, 2, 1]) / 9
    w_ent = composite(E6_X, directions(E6_IDS), classes=3).weights
    assert_allclose(r.weights, 0.5 * w_ahp + 0.5 * w_ent)
    assert r.ahp.cr == pytest.approx(0.0, abs=1e-12)
    assert_allclose(r.entropy, E6_E, atol=5e-5)


def test_missing_values_in_evaluate():
    x = E6_X.copy()
    x[1] = np.nan  # V2: nothing known
    x[4, 2] = np.nan  # V5: L2 unknown
    r = composite(x, directions(E6_IDS), classes=2, names=E6_IDS)
    assert np.isnan(r.scores[1]) and r.ranks[1] == -1 and r.levels[1] == -1
    assert np.isfinite(r.scores[[0, 2, 3, 4]]).all()
    z4 = r.z[4, [0, 1, 3]]
    w4 = r.weights[[0, 1, 3]]
    assert r.scores[4] == pytest.approx((z4 @ w4) / w4.sum())
    assert r.counts.sum() == 4
    assert np.isnan(r.z[4, 2])


def test_thresholds_classification():
    r = composite(E6_X, directions(E6_IDS), classification="thresholds", thresholds=[0.1, 0.6, 0.8])
    assert_array_equal(r.levels, [2, 0, 1, 3, 1])
    assert_array_equal(r.counts, [1, 2, 1, 1])
    with pytest.raises(InputError, match="4 levels need 3 thresholds"):
        composite(E6_X, directions(E6_IDS), classification="thresholds", thresholds=[0.5])
    with pytest.raises(InputError, match="needs the level thresholds"):
        composite(E6_X, directions(E6_IDS), classification="thresholds")


def test_evaluate_bad_inputs():
    pos = directions(E6_IDS)
    x = E6_X.copy()
    x[:, 1] = np.nan
    with pytest.raises(InputError, match="L1 have no value"):
        composite(x, pos, names=E6_IDS)
    x = E6_X.copy()
    x[3, 0] = np.inf
    with pytest.raises(InputError, match="P1 is infinite for feature.s. 104"):
        composite(x, pos, names=E6_IDS, row_ids=[101, 102, 103, 104, 105])
    with pytest.raises(InputError, match="weighting method"):
        composite(E6_X, pos, weighting="pca")
    with pytest.raises(InputError, match="scoring method"):
        composite(E6_X, pos, scoring="vikor")
    with pytest.raises(InputError, match="AHP pairwise matrix"):
        composite(E6_X, pos, weighting="ahp")
    with pytest.raises(InputError, match="No indicator varies"):
        composite(np.ones((4, 2)), [True, True])
    with pytest.raises(InputError, match="6 classes from 5 distinct"):
        composite(E6_X, pos, classes=6)

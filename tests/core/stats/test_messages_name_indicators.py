"""Bad weights are named by indicator id, not by 0-based position (issue 12)."""

import pytest

from urflow.core.errors import InputError
from urflow.core.stats.checks import weight_vector
from urflow.core.stats.weighting import normalise_custom_weights


def test_negative_custom_weight_named_by_indicator():
    with pytest.raises(InputError, match="entries L1 are") as caught:
        normalise_custom_weights([0.3, -0.2, 0.5], ["P1", "L1", "A1"])
    assert "0-based" not in str(caught.value)


def test_non_finite_weight_named_by_indicator():
    with pytest.raises(InputError, match="entries P1, A1 are not"):
        weight_vector([float("nan"), 0.2, float("inf")], "Weights", names=["P1", "L1", "A1"])


def test_without_names_the_position_is_given():
    with pytest.raises(InputError, match=r"entries 1 \(0-based\)"):
        weight_vector([0.3, -0.2], "Weights")

"""The statistics package's table checks, public so that every stats module shares them."""

import numpy as np
import pytest
from numpy.testing import assert_array_equal

from urflow.core.errors import InputError
from urflow.core.stats.checks import (
    direction_mask,
    indicator_table,
    weight_vector,
    weights_by_name,
)


def test_indicator_table_and_directions():
    assert indicator_table([[1, np.nan], [2, 3]], "X").shape == (2, 2)
    with pytest.raises(InputError, match="X: column 1 has infinite values at rows 0"):
        indicator_table([[1, np.inf], [2, 3]], "X")
    with pytest.raises(InputError, match="2-D"):
        indicator_table([1, 2], "X")
    assert_array_equal(direction_mask([1, -1], 2), [True, False])
    assert_array_equal(direction_mask(np.array([False, True]), 2), [False, True])
    with pytest.raises(InputError, match="one entry per column"):
        direction_mask([1], 2)
    with pytest.raises(InputError, match="True/False or \\+1/-1"):
        direction_mask([2, 1], 2)


def test_weight_vector():
    assert_array_equal(weight_vector([1, 0, 2], "W", 3), [1, 0, 2])
    with pytest.raises(InputError, match="W must have 2 entries"):
        weight_vector([1, 0, 2], "W", 2)
    with pytest.raises(InputError, match="W must not be negative; entries 1"):
        weight_vector([1, -1], "W")


def test_weights_by_name_or_in_order():
    names = ["P1", "L1", "A2"]
    assert_array_equal(weights_by_name({"L1": 2, "P1": 1}, names, "W"), [1, 2, 0])
    assert_array_equal(weights_by_name([1, 2, 3], names, "W"), [1, 2, 3])
    with pytest.raises(InputError, match="W: unknown indicator 'Q9'; computed here: P1, L1, A2"):
        weights_by_name({"Q9": 1}, names, "W")
    with pytest.raises(InputError, match="2 values for 3 indicators"):
        weights_by_name([1, 2], names, "W")

"""Level and type codes with their labels (DOMAIN §1.4)."""

import numpy as np
import pytest
from numpy.testing import assert_array_equal

from urflow.core.errors import InputError
from urflow.core.hollow import (
    HOLLOW_LEVELS,
    HOLLOW_TYPES,
    LEVEL_LABELS,
    hollow_typology,
    level_codes,
)
from urflow.core.hollow.levels import labels
from urflow.core.labels import LabelTable


def test_typology():
    codes = hollow_typology([0.1, 0.3, 0.1, 0.2, np.nan, 0.5], [0.1, 0.1, 0.25, 0.2, 0.3, np.nan])
    assert_array_equal(codes, [0, 1, 2, 3, -1, -1])
    assert HOLLOW_TYPES.label(3, "zh") == "双重空心"
    assert HOLLOW_TYPES.label(1, "zh") == "人口型" and HOLLOW_TYPES.label(2, "zh") == "土地型"
    assert_array_equal(hollow_typology([0.15], [0.15], 0.1, 0.2), [1])


def test_level_labels():
    assert list(labels(HOLLOW_LEVELS, level_codes(range(4), 4), "zh")) == [
        "非空心村",
        "轻度空心化",
        "中度空心化",
        "重度空心化",
    ]
    assert list(labels(HOLLOW_LEVELS, level_codes(range(3), 3), "en")) == [
        "light",
        "moderate",
        "severe",
    ]
    assert list(labels(HOLLOW_LEVELS, level_codes([2, -1, 0], 3), "en")) == [
        "severe",
        None,
        "light",
    ]
    with pytest.raises(InputError, match="3 or 4"):
        level_codes([0], 6)


def test_one_label_table_per_code_field():
    assert isinstance(HOLLOW_LEVELS, LabelTable) and HOLLOW_LEVELS.field == "hollow_level"
    assert HOLLOW_TYPES.field == "hollow_type_code"
    assert HOLLOW_LEVELS.codes == (0, 1, 2, 3) == HOLLOW_TYPES.codes
    assert [HOLLOW_LEVELS.label(c, "en") for c in range(4)] == [
        "not hollow",
        "light",
        "moderate",
        "severe",
    ]
    assert HOLLOW_LEVELS.label(3, "zh") == "重度空心化"
    assert (
        HOLLOW_TYPES.label(1, "zh") == "人口型" and HOLLOW_TYPES.label(2, "en") == "land hollowing"
    )
    assert list(labels(HOLLOW_LEVELS, [3, -1, 0], "zh")) == ["重度空心化", None, "非空心村"]
    # reporting/hollow.py reads the level labels by the older name: the same table
    assert LEVEL_LABELS is HOLLOW_LEVELS


def test_level_codes_mean_the_same_level_for_3_and_4_classes():
    assert_array_equal(level_codes([0, 1, 2, -1], 3), [1, 2, 3, -1])
    assert_array_equal(level_codes([0, 1, 2, 3], 4), [0, 1, 2, 3])
    with pytest.raises(InputError, match="use 3 or 4 classes"):
        level_codes([0], 2)

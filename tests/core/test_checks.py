"""core/checks.py and core/labels.py: the shared input checks and label tables."""

import math

import numpy as np
import pytest
from numpy.testing import assert_array_equal

from urflow.core import checks
from urflow.core.errors import InputError
from urflow.core.labels import LabelTable


def test_float_vector_broadcasts_defaults_and_names_nan_rows_by_id():
    assert_array_equal(checks.float_vector(None, "κ", 3, default=0.85), [0.85] * 3)
    assert_array_equal(checks.float_vector(2, "x", 2), [2.0, 2.0])
    with pytest.raises(InputError, match=r"x has missing \(NaN\) values at B"):
        checks.float_vector([1, np.nan], "x", 2, allow_nan=False, ids=["A", "B"])
    with pytest.raises(InputError, match="x has 3 values; expected 2"):
        checks.float_vector([1, 2, 3], "x", 2)
    with pytest.raises(InputError, match="x is required"):
        checks.float_vector(None, "x", 2)


def test_nonnegative_and_range_name_the_rows():
    with pytest.raises(InputError, match=r"negative at 1 \(0-based\)"):
        checks.nonnegative(np.array([0.0, -1.0, np.nan]), "population")
    with pytest.raises(InputError, match="outside at V2"):
        checks.in_range(np.array([0.2, 1.5]), "κ", 0, 1, ids=["V1", "V2"])
    assert checks.in_range(np.array([0.0, 1.0, np.nan]), "κ", 0, 1).size == 3


def test_limit_decodes_zero_as_no_limit_once():
    assert checks.limit(0, "BUDGET") == math.inf
    assert checks.limit(None, "BUDGET") == math.inf
    assert checks.limit(12.5, "BUDGET") == 12.5
    with pytest.raises(InputError, match="BUDGET must be >= 0"):
        checks.limit(-1, "BUDGET")


def test_choice_positive_number_and_unique_ids():
    assert checks.choice("car", ("walk", "car"), "travel mode") == "car"
    with pytest.raises(InputError, match="use one of: walk, car"):
        checks.choice("bus", ("walk", "car"), "travel mode")
    assert checks.positive_number("30", "THRESHOLD") == 30.0
    with pytest.raises(InputError, match="finite number > 0"):
        checks.positive_number(0, "THRESHOLD")
    assert list(checks.unique_ids(["a", 2], "facilities")) == ["a", 2]
    with pytest.raises(InputError, match="duplicate ids: F1"):
        checks.unique_ids(["F1", "F2", "F1"], "facilities")
    with pytest.raises(InputError, match=r"empty ids at 1 \(0-based\)"):
        checks.unique_ids(["F1", " ", "F3"], "facilities")


def test_label_table_gives_one_label_per_code_in_either_language():
    table = LabelTable("gap_class", {0: ("served", "满足"), 2: ("blind spot", "盲区")})
    assert table.codes == (0, 2)
    assert table.label(np.int64(2), "zh") == "盲区"
    assert table.label(0) == "served"
    assert table.label(None) is None
    assert list(table.labels([0, 2, None], "zh")) == ["满足", "盲区", None]

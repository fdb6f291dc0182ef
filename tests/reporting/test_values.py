"""Values as the report reads and shows them: missing values, numbers, grouping."""

import math

import pytest

from urflow.reporting.values import (
    format_number,
    format_percent,
    group_indices,
    is_missing,
    mean,
    text_key,
    to_float,
)


class Null:
    """What PyQGIS gives for a NULL attribute, as far as the report can tell: text ``NULL``."""

    def __str__(self):
        return "NULL"


@pytest.mark.parametrize("value", [None, math.nan, Null()])
def test_missing_values(value):
    assert is_missing(value)
    assert math.isnan(to_float(value))
    assert text_key(value) == ""
    assert format_number(value) == "—"
    assert format_percent(value) == "—"


@pytest.mark.parametrize("value", [0, 0.0, "", "0", "城关镇"])
def test_present_values_are_not_missing(value):
    assert not is_missing(value)


def test_numbers_from_fields_and_csv_text():
    assert to_float(3) == 3.0
    assert to_float("12.5") == 12.5
    assert to_float(" 7 ") == 7.0
    assert math.isnan(to_float("abc"))
    assert math.isnan(to_float(""))


@pytest.mark.parametrize(
    "value, digits, text",
    [
        (1234.5, 2, "1,234.50"),
        (1234567.891, 0, "1,234,568"),
        (-1234.5678, 1, "-1,234.6"),
        (0.12345, 4, "0.1235"),
        ("2500", 0, "2,500"),
        (0, 3, "0.000"),
        ("n/a", 2, "n/a"),  # text that is no number is shown as written
    ],
)
def test_format_number(value, digits, text):
    assert format_number(value, digits) == text


@pytest.mark.parametrize(
    "value, digits, text",
    [(0.256, 1, "25.6 %"), (1, 0, "100 %"), (0, 1, "0.0 %"), ("0.5", 2, "50.00 %")],
)
def test_format_percent(value, digits, text):
    assert format_percent(value, digits) == text


def test_mean_leaves_missing_values_out():
    assert mean([1, None, "3", math.nan]) == 2.0
    assert math.isnan(mean([None, math.nan]))
    assert math.isnan(mean([]))


def test_groups_sorted_by_name_with_the_unnamed_last():
    groups = group_indices(["云岭乡", None, "城关镇", "云岭乡", "", Null()])
    assert list(groups) == sorted(["云岭乡", "城关镇"]) + [""]
    assert groups["云岭乡"] == [0, 3]
    assert groups["城关镇"] == [2]
    assert groups[""] == [1, 4, 5]

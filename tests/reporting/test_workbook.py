"""The report's workbook as plain sheets, the method rows and the driving indicator."""

import pytest

from urflow.reporting import HollowVillages
from urflow.reporting.hollow import driving_indicators, method_rows
from urflow.reporting.method import Run, run_from
from urflow.reporting.values import format_area, format_count
from urflow.reporting.workbook import NAME_LENGTH, Sheet, build_workbook, sheet_names

RUN = Run(
    "urflow:hollowvillages",
    {"VILLAGES": "villages"},
    {"RESIDENT_POP_FIELD": ["resident_pop"]},
    {
        "weighting": "entropy",
        "scoring": "weighted_sum",
        "classification": "jenks",
        "classes": 4,
        "land_standard_m2": 150.0,
        "kappa": 0.85,
        "type_thresholds": [0.2, 0.25],
    },
    {
        "INDICATORS": ["P1", "L1"],
        "WEIGHTS": {"P1": 0.25, "L1": 0.75},
        "BREAKS": [0.1, 0.4, 0.7, 0.9],
        "VILLAGE_COUNT": 4,
    },
)
VILLAGES = HollowVillages(
    towns=["城关镇", "云岭乡", "城关镇", "云岭乡"],
    levels=[3, 0, 2, 3],
    scores=[0.9, 0.1, 0.6, 0.8],
    names=["甲村", "乙村", "丙村", "丁村"],
    ranks=[1, 4, 3, 2],
    indicators={"P1": [0.9, 0.0, 0.1, 0.2], "L1": [0.1, 0.0, 0.5, 0.9]},
    run=RUN,
)


def english(text):
    return text


def test_sheet_names_are_valid_short_and_unique():
    sheets = sheet_names(
        [Sheet("a/b:c*d?[e]", [], []), Sheet("x" * 40, [], []), Sheet("X" * 40, [], [])]
    )
    names = [sheet.name for sheet in sheets]
    assert names[0] == "a_b_c_d__e_"
    assert all(len(name) <= NAME_LENGTH for name in names)
    assert len({name.lower() for name in names}) == 3


def test_the_driving_indicator_is_the_largest_weighted_normalised_value():
    # z(P1) = x / 0.9, z(L1) = x / 0.9: village 0: 0.25·1 vs 0.75·0.111 → P1;
    # village 2: 0.25·0.111 vs 0.75·0.556 → L1; village 1: all zero → none
    found = driving_indicators(VILLAGES.indicators, RUN.results["WEIGHTS"])
    assert found == ["P1", None, "L1", "L1"]


def test_the_method_rows_state_the_run():
    rows = dict(method_rows(RUN, english, "en"))
    assert rows["Village layer"] == "layer “villages”"
    assert rows["Resident population (人)"] == "field “resident_pop”"
    assert rows["Weight of P1 population hollowing rate (+)"] == "0.2500"
    assert rows["Weight of L1 idle homestead rate (+)"] == "0.7500"
    assert rows["Levels and class breaks"].endswith("0.100, 0.400, 0.700, 0.900")
    assert rows["Typology thresholds"] == (
        "population hollowing P1 ≥ 20.0 %; idle homesteads L1 ≥ 25.0 %"
    )
    assert rows["Villages assessed"] == "4"
    assert method_rows(None, english, "en") == []
    assert run_from(None) is None and run_from({"algorithm": "x"}).parameters == {}


def test_the_workbook_of_the_hollow_villages():
    sheets = {sheet.name: sheet for sheet in build_workbook("en", english, hollow=VILLAGES)}
    assert list(sheets) == ["Villages per level", "Hollow villages", "Method"]
    per_level = sheets["Villages per level"]
    total = dict(zip(per_level.header, per_level.rows[-1]))
    assert total["Township"] == "Total" and total["Villages"] == 4
    assert (total["not hollow"], total["moderate"], total["severe"]) == (1, 1, 2)
    villages = sheets["Hollow villages"]
    assert [row[1] for row in villages.rows] == ["甲村", "丁村", "丙村", "乙村"]  # by rank
    assert [row[6] for row in villages.rows] == [
        "P1 population hollowing rate",
        "L1 idle homestead rate",
        "L1 idle homestead rate",
        None,
    ]
    assert all(isinstance(row[5], float) for row in villages.rows)  # numbers stay numbers


@pytest.mark.parametrize(
    "value, text", [(56.0, "56"), (1234.4, "1,234"), (None, "—"), ("NULL", "—")]
)
def test_counts_are_integers_with_thousands_separated(value, text):
    assert format_count(value) == text


def test_areas_are_given_in_ha_and_mu():
    assert format_area(1.2) == "1.20 ha (18.0 亩)"

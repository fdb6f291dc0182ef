"""The 增减挂钩 section: rules read from the passed code, old tables from their words."""

import math

import pytest

from urflow.reporting import Linkage
from urflow.reporting.linkage import balance_sheet, diagnoses, linkage_section, rule_passed


def english(text):
    return text


def figure(group, item, value, label=None):
    return {
        "group": group,
        "kind": "figure",
        "item": item,
        "label": label or item,
        "value": value,
        "value_mu": None if value is None else value * 15,
        "unit": "ha",
    }


def rule(group, item, passed=None, result=None, required=1):
    row = {
        "group": group,
        "kind": "rule",
        "item": item,
        "label": f"{item} <rule>",
        "value": "2.5",
        "relation": "<",
        "limit": "3",
        "result": result,
        "required": required,
    }
    if passed is not None:
        row["passed"] = passed
    return row


ROWS = [
    figure("PA01", "demolition_ha", 3.0),
    figure("PA01", "construction_ha", 2.5),
    rule("PA01", "construction_lt_demolition", passed=1, result="不通过"),
    rule("PA01", "budget", passed="0", result="pass", required=0),
    {"group": "合计", "kind": "diagnosis", "label": "why <b>"},
    figure("合计", "demolition_ha", 3.0),
    rule("合计", "quality", result="通过"),  # an old table: no passed field
]


def test_passed_code_wins_over_the_result_word():
    assert rule_passed({"passed": 1, "result": "fail"}) is True
    assert rule_passed({"passed": "0", "result": "通过"}) is False
    assert rule_passed({"passed": None, "result": "通过"}) is True  # old table
    assert rule_passed({"result": "不通过"}) is False
    assert rule_passed({"result": "pass"}) is True


def test_balance_sheet_groups_figures_and_rules_in_table_order():
    groups = balance_sheet(ROWS)
    assert [group.name for group in groups] == ["PA01", "合计"]
    pa01 = groups[0]
    assert [f.item for f in pa01.figures] == ["demolition_ha", "construction_ha"]
    assert pa01.value("construction_ha") == 2.5
    assert pa01.figures[0].value_mu == 45.0
    assert math.isnan(pa01.value("quota_ha"))
    assert [(r.item, r.passed, r.required) for r in pa01.rules] == [
        ("construction_lt_demolition", True, True),
        ("budget", False, False),
    ]
    assert pa01.rules[0].value == 2.5 and pa01.rules[0].limit == 3.0
    assert groups[1].rules[0].passed is True
    assert diagnoses(ROWS) == ["why <b>"]


def test_section_with_real_values():
    section = linkage_section(Linkage(ROWS), english)
    html = section.html
    assert section.tables == 4 and section.maps == 0
    assert '<p class="fail">why &lt;b&gt;</p>' in html
    assert "<caption>Balance sheet: PA01</caption>" in html
    assert (
        # a known rule is named from its code in the report's language, not the run's label
        '<td>construction area below demolition area (B &lt; A)</td><td class="num">2.5000</td>'
        '<td>&lt;</td><td class="num">3.0000</td><td class="pass">pass</td><td>yes</td>'
    ) in html
    assert '<td class="fail">fail</td><td>no</td>' in html
    assert '<td class="num">45.0</td>' in html  # mu, one decimal
    assert section.summary == ["2 of 3 balance rules pass."]


def test_a_map_only_section():
    section = linkage_section(Linkage(None, None), english)
    assert section.tables == 0 and section.summary == []
    assert "<h2>" in section.html


@pytest.mark.parametrize("kind", ["figure", "rule"])
def test_rows_without_a_group_are_grouped_together(kind):
    groups = balance_sheet([{"kind": kind, "item": "x", "value": 1}])
    assert [group.name for group in groups] == [""]


def test_a_chinese_report_names_the_rules_of_an_english_run_in_chinese():
    html = linkage_section(Linkage(ROWS), english, "zh").html
    assert "<td>建新面积小于拆旧面积 (B &lt; A)</td>" in html
    assert "construction area below demolition area" not in html

"""The control-line section from plain columns: line codes, areas in ha and 亩, named features."""

import math

import pytest

from urflow.reporting import Compliance, ConflictPieces, build_report
from urflow.reporting.compliance import (
    compliance_section,
    conflict_list,
    planned_counts,
    rows_from_pieces,
    summary_rows,
)


def english(text):
    return text


PIECES = ConflictPieces(
    planned_id=["JX042", "JX043", "JX043", None, "JX045"],
    names=["北塘镇安置区", "东湖镇安置区", "东湖镇安置区", None, "<b>城北地块</b>"],
    line=[
        "permanent_farmland",
        "permanent_farmland",
        "eco_redline",
        "farmland_x_redline",
        "outside_urban_boundary",
    ],
    area_ha=[2.76, 3.24, 0.5, 0.125, 4.0],
    net_area_ha=[2.5, 3.0, 0.5, 0.125, 4.0],
    length_m=[0, 0, 0, 0, 0],
    zone=["北塘镇", "东湖镇", "东湖镇", None, "河口乡"],
)
SUMMARY = [
    {"zone": "北塘镇", "is_total": "0", "line": "permanent_farmland", "features": "1",
     "area_ha": 2.75, "area_mu": 41.25, "net_area_ha": 2.5, "length_m": 0},
    {"zone": None, "is_total": "1", "line": "permanent_farmland", "features": "2",
     "area_ha": 6.0, "area_mu": 90.0, "net_area_ha": 5.5, "length_m": 0},
    {"zone": "东湖镇", "is_total": 0, "line": "permanent_farmland", "features": 1,
     "area_ha": 3.25, "area_mu": None, "net_area_ha": 3.0, "length_m": 0},
    {"zone": None, "is_total": 1, "line": "farmland_x_redline", "features": 1,
     "area_ha": 0.125, "area_mu": 1.875, "net_area_ha": 0.125, "length_m": 0},
]  # fmt: skip


def test_summary_rows_sorted_with_totals_last_and_mu_filled():
    rows = summary_rows(SUMMARY)
    assert [(r.zone, r.line) for r in rows] == [
        ("东湖镇", "permanent_farmland"),
        ("北塘镇", "permanent_farmland"),
        (None, "permanent_farmland"),
        (None, "farmland_x_redline"),
    ]
    assert rows[0].area_mu == pytest.approx(3.25 * 15)  # missing 亩 = ha × 15
    assert rows[2].features == 2 and isinstance(rows[2].features, int)


def test_rows_from_pieces_count_distinct_features_per_township_and_line():
    rows = {(r.zone, r.line): r for r in rows_from_pieces(PIECES)}
    total = rows[(None, "permanent_farmland")]
    assert total.features == 2 and total.area_ha == pytest.approx(6.0)
    assert total.area_mu == pytest.approx(90.0) and total.net_area_ha == pytest.approx(5.5)
    assert rows[("东湖镇", "eco_redline")].features == 1
    assert rows[(None, "farmland_x_redline")].features == 1  # an overlap piece counts itself
    assert rows[("", "farmland_x_redline")].area_ha == pytest.approx(0.125)


def test_conflict_list_leaves_out_the_lines_own_overlaps_largest_first_per_line():
    listed = conflict_list(PIECES)
    assert [(c.planned_id, c.line) for c in listed] == [
        ("JX043", "permanent_farmland"),
        ("JX042", "permanent_farmland"),
        ("JX043", "eco_redline"),
        ("JX045", "outside_urban_boundary"),
    ]
    assert listed[1].name == "北塘镇安置区"


def test_planned_counts():
    assert planned_counts([1, 0, "1", None, 0.0]) == {
        "checked": 4,
        "conflict": 2,
        "compliant": 2,
        "unchecked": 1,
    }


def test_section_lists_named_features_with_line_area_and_units():
    section = compliance_section(
        Compliance(conflicts=PIECES, planned=[1, 1, 0, 1, 0]), "en", english
    )
    page = section.html
    for text in (
        "Three-control-line compliance",
        "Conflicts with the control lines by township",
        "Planned features in conflict",
        "北塘镇安置区",
        "JX045",
        "permanent basic farmland",
        "outside the urban development boundary",
        "Area (ha)",
        "Area (mu 亩)",
        "Overlaps between the control lines",
        "farmland overlaps red line",
    ):
        assert text in page, text
    assert "&lt;b&gt;城北地块&lt;/b&gt;" in page and "<b>城北" not in page
    assert '<td class="num">2.76</td><td class="num">41.4</td>' in page  # ha then 亩
    assert section.tables == 3 and section.charts in (0, 1)
    # counts are integers, areas in ha (2 decimals) then 亩 (1 decimal)
    total = '<td>Total</td><td>permanent basic farmland</td><td class="num">2</td>'
    assert total + '<td class="num">6.00</td><td class="num">90.0</td>' in page
    assert section.summary == [
        "3 of 5 planned features conflict with a control line (10.50 ha, 157.5 mu 亩)."
    ]


def test_section_in_chinese_names_the_lines_from_their_codes():
    page = compliance_section(Compliance(summary=SUMMARY), "zh", english).html
    assert "占用永久基本农田" in page and "永久基本农田与生态保护红线重叠" in page


def test_a_summary_only_section_and_the_report_counts_it():
    report = build_report(compliance=Compliance(summary=SUMMARY), tr=english)
    assert report.sections == 1 and report.tables == 2
    assert "Conflicts with the control lines: 6.00 ha (90.0 mu 亩)." in report.html


def test_long_lists_say_how_many_are_left_out():
    n = 120
    pieces = ConflictPieces(
        [f"P{i}" for i in range(n)],
        [None] * n,
        ["eco_redline"] * n,
        [float(i) for i in range(n)],
        [math.nan] * n,
        [0.0] * n,
        ["A"] * n,
    )
    page = compliance_section(Compliance(conflicts=pieces), "en", english).html
    assert "The 100 largest of 120 conflicting pieces are listed." in page
    assert "<td>P119</td>" in page and "<td>P10</td>" not in page

"""The settlement-consolidation section from plain columns: roles counted by code, central
villages with what they receive, every move, the land released (the hand case of
tests/core/consolidation: A, C, E move to B)."""

from dataclasses import replace

from urflow.reporting import Consolidation, build_report
from urflow.reporting.consolidation import consolidation_section, method_rows
from urflow.reporting.method import Run
from urflow.reporting.workbook import build_workbook


def english(text):
    return text


#: The layer's role labels are not read: only the codes (one given as text, one as float).
DATA = Consolidation(
    ids=["A", "B", "C", "D", "E", "F"],
    names=["甲村", "乙村", "丙村", "丁村", "<b>戊村</b>", "己村"],
    roles=[2, 1, "2", 0, 2.0, 3],
    central_ids=["B", "B", "B", None, "B", None],
    final_pop=[None, 530.0, None, None, None, None],
    move_costs=[1000.0, None, 1000.0, None, 3000.0, None],
    moved_pop=[100.0, 0.0, 50.0, 0.0, 80.0, 0.0],
    released_m2=[40000.0, 0.0, 25000.0, 0.0, 30000.0, 0.0],
    cultivated_m2=[34000.0, 0.0, 21250.0, 0.0, 18000.0, 0.0],
)


def cells(html):
    import re

    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", html)]


def test_section_counts_roles_and_lists_the_central_village_and_moves():
    section = consolidation_section(DATA, "en", english)
    found = cells(section.html)
    assert section.tables == 3 and section.maps == 0
    # roles by code: 3 move, 1 central, 1 stays, 1 protected
    i = found.index("stays")
    assert found[i : i + 8] == [
        "stays",
        "1",
        "central village",
        "1",
        "moves",
        "3",
        "protected, stays",
        "1",
    ]
    # B: own 300, received 230, after 530, three settlements moving in
    j = found.index("乙村")
    assert found[j : j + 5] == ["乙村", "300", "230", "530", "3"]
    # E's move: to 乙村, 80 residents, 3,000 (cost), 3.00 ha; its name escaped
    k = found.index("&lt;b&gt;戊村&lt;/b&gt;")
    assert found[k : k + 5] == ["&lt;b&gt;戊村&lt;/b&gt;", "乙村", "80", "3,000", "3.00"]
    assert section.summary == [
        "3 settlements move (230 residents) to 1 central villages; 9.50 ha of settlement land "
        "released, of which 7.33 ha can become cultivated land."
    ]


def test_role_names_in_chinese_and_the_report_holds_the_section():
    section = consolidation_section(DATA, "zh", english)
    assert "中心村" in section.html and "搬迁撤并" in section.html and "特色保护" in section.html
    report = build_report("T", consolidation=DATA, tr=english)
    assert report.sections == 1 and report.tables == 3
    assert "Settlement consolidation (村庄撤并与中心村布局)" in report.html


#: The record of the hand case's run, as urflow:settlementconsolidation writes it.
RUN = Run(
    algorithm="urflow:settlementconsolidation",
    inputs={"SETTLEMENTS": "natural_villages", "NETWORK": "roads", "ECO_REDLINE": "eco"},
    parameters={
        "POPULATION_FIELD": ["resident_pop"],
        "TRAVEL_MODE": 3,
        "COST_UNIT": 1,
        "CENTRAL_COUNT": 1.0,
        "MAX_MOVE_COST": 3000.0,
        "MIN_CENTRAL_POP": 300.0,
        "MAX_CENTRAL_POP": 0.0,
        "MIN_KEEP_POP": 0.0,
        "LAND_STANDARD": 150.0,
        "DEFAULT_KAPPA": 0.85,
        "TIME_LIMIT": 0.0,
    },
    results={"STATUS": "optimal", "GAP": 0.0},
)


def test_the_method_states_every_parameter_of_the_run():
    rows = dict(method_rows(RUN, english))
    assert rows["Settlements"] == "layer “natural_villages”"
    assert rows["Road network"] == "layer “roads”"
    assert rows["Ecological protection red line"] == "layer “eco”"
    assert rows["Residents"] == "field “resident_pop”"
    assert rows["Travel mode"] == "car"
    assert rows["Largest move cost (inclusive)"] == "3,000 m"
    assert rows["Central villages in all"] == "1"
    assert rows["Smallest central-village population"] == "300 residents"
    assert rows["Largest central-village population"] == "no limit"
    assert rows["New settlement land per moved resident"] == "150 m²"
    assert rows["Default κ"] == "0.85"
    assert rows["Solver status"] == "optimal" and rows["Optimality gap"] == "0.00 %"
    assert rows["Time limit"] == "none"
    assert "Settlements that must move: below" not in rows  # MIN_KEEP_POP 0: none
    minutes = Run(parameters={**RUN.parameters, "COST_UNIT": 0, "MAX_MOVE_COST": 20.0})
    assert dict(method_rows(minutes, english))["Largest move cost (inclusive)"] == "20 min"
    assert method_rows(None, english) == []


def test_the_section_with_its_record_has_the_method_and_the_cost_unit():
    section = consolidation_section(replace(DATA, run=RUN), "en", english)
    found = cells(section.html)
    assert section.tables == 4 and "Method and parameters" in section.html
    assert "Move cost (m)" in found and "3,000 m" in found
    without = consolidation_section(DATA, "en", english)
    assert "carries no record" in without.html and without.tables == 3


def test_the_workbook_sheets_of_the_consolidation():
    sheets = {
        s.name: s for s in build_workbook("en", english, consolidation=replace(DATA, run=RUN))
    }
    assert list(sheets) == ["Settlements per role", "Central villages", "Moves", "Method"]
    roles = dict(sheets["Settlements per role"].rows)
    assert roles == {
        "stays": 1,
        "central village": 1,
        "moves": 3,
        "protected, stays": 1,
        "Total": 6,
    }
    assert sheets["Central villages"].rows == [["乙村", 300, 230, 530, 3]]
    moves = sheets["Moves"]
    assert moves.header[3] == "Move cost (m)"
    assert [row[:4] for row in moves.rows[:-1]] == [
        ["甲村", "乙村", 100, 1000.0],
        ["丙村", "乙村", 50, 1000.0],
        ["<b>戊村</b>", "乙村", 80, 3000.0],
    ]
    # released 4 + 2.5 + 3 ha = 9.5 ha = 142.5 亩
    assert moves.rows[-1] == ["Total", None, 230, None, 9.5, 142.5]
    method = sheets["Method"].rows
    assert ["Settlement consolidation", "Travel mode", "car"] in method

"""The settlement-consolidation section from plain columns: roles counted by code, central
villages with what they receive, every move, the land released (the hand case of
tests/core/consolidation: A, C, E move to B)."""

from urflow.reporting import Consolidation, build_report
from urflow.reporting.consolidation import consolidation_section


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

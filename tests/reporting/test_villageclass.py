"""The village-classification section from plain columns: counts per class and township,
the 搬迁撤并 and 特色保护 villages by name with their deciding rule, the conflicts."""

import re

import pytest

from urflow.reporting import VillageClasses, build_report
from urflow.reporting.villageclass import (
    class_table,
    matched_text,
    named_villages,
    village_class_section,
)


def english(text):
    return text


#: Eight hand-made villages in two townships and one without a township; the layer's own
#: labels are deliberately wrong words: the section must read the codes only.
DATA = VillageClasses(
    codes=[4, 3, 1, 2, 4, "3", 0, 1.0],
    names=["大冲村", "古镇村", "赵庄村", "城郊村", "<b>山口村</b>", "桃源村", "未定村", "吴楼村"],
    towns=["东乡", "东乡", "东乡", "西乡", "西乡", "西乡", None, "西乡"],
    rule_orders=[20, 10, None, 30.0, 25, 10, None, 60],
    rule_sources=["GB hazard", "传统村落名录", None, "城郊", "生态", "传统村落名录", None, "p"],
    also_matched=[None, "20,25", "", None, "", None, None, "70"],
)


def test_counts_per_class_and_township_are_whole_numbers():
    table = class_table(DATA.towns, DATA.codes)
    assert table.codes == [1, 2, 3, 4, 0]
    assert [row.town for row in table.rows] == ["东乡", "西乡", ""]
    assert [row.counts for row in table.rows] == [
        {1: 1, 2: 0, 3: 1, 4: 1, 0: 0},
        {1: 1, 2: 1, 3: 1, 4: 1, 0: 0},
        {1: 0, 2: 0, 3: 0, 4: 0, 0: 1},
    ]
    assert table.total.counts == {1: 2, 2: 1, 3: 2, 4: 2, 0: 1}
    assert table.total.total == 8
    assert all(isinstance(n, int) for row in table.rows for n in row.counts.values())


def test_relocated_and_protected_villages_by_name_with_their_rule():
    listed = named_villages(DATA, lambda code, _m: code in (3, 4))
    assert [(v.name, v.code, v.rule_order, v.rule_source) for v in listed] == [
        ("大冲村", 4, "20", "GB hazard"),
        ("<b>山口村</b>", 4, "25", "生态"),
        ("古镇村", 3, "10", "传统村落名录"),
        ("桃源村", 3, "10", "传统村落名录"),
    ]


def test_conflicts_are_the_villages_with_later_matches():
    conflicts = named_villages(DATA, lambda _c, matched: bool(matched))
    assert [(v.name, v.also_matched) for v in conflicts] == [("古镇村", "20, 25"), ("吴楼村", "70")]
    assert matched_text("20;25") == "20, 25" and matched_text(None) == ""


def cells(html):
    return [re.sub(r"<[^>]+>", "", row) for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html)]


def test_the_section_in_english():
    section = village_class_section(DATA, "en", english)
    html = section.html
    assert section.tables == 3
    assert "Village classification (村庄分类)" in html
    for label in (
        "Cluster and upgrade",
        "Urban-fringe integration",
        "Characteristic protection",
        "Relocation and merger",
        "Unclassified",
    ):
        assert f"<th>{label}</th>" in html
    rows = cells(html)
    # township, 1 2 3 4 0, villages
    assert rows[1:5] == ["东乡101103", "西乡111104", "(no township)000011", "Total212218"]
    assert '<td>东乡</td><td class="num">1</td><td class="num">0</td><td class="num">1</td>' in html
    assert (
        '<tr class="total"><td>Total</td><td class="num">2</td><td class="num">1</td>'
        '<td class="num">2</td><td class="num">2</td><td class="num">1</td>'
        '<td class="num">8</td></tr>'
    ) in html
    assert "&lt;b&gt;山口村&lt;/b&gt;" in html and "<b>山口村</b>" not in html
    assert "<td>古镇村</td><td>东乡</td><td>Characteristic protection</td><td>10</td>" in html
    assert "<td>20, 25</td>" in html and "<td>70</td>" in html
    assert section.summary == [
        "8 villages classified (Cluster and upgrade 2, Urban-fringe integration 1, "
        "Characteristic protection 2, Relocation and merger 2, Unclassified 1); "
        "2 with conflicting rules."
    ]


def test_the_section_in_chinese_names_classes_from_the_label_table():
    html = village_class_section(DATA, "zh", english).html
    for label in ("集聚提升类", "城郊融合类", "特色保护类", "搬迁撤并类", "暂不分类"):
        assert f"<th>{label}</th>" in html
    assert "<td>大冲村</td><td>东乡</td><td>搬迁撤并类</td><td>20</td>" in html


def test_no_listed_village_and_no_conflict_gives_the_table_only():
    data = VillageClasses([1, 2], ["a", "b"], [None, None], [50, 30], ["", ""], [None, ""])
    section = village_class_section(data, "en", english)
    assert section.tables == 1
    assert "0 with conflicting rules" in section.summary[0]


def test_mismatched_columns_are_refused():
    with pytest.raises(ValueError):
        class_table(["a"], [1, 2])


def test_the_report_puts_the_classification_after_the_hollow_villages():
    report = build_report("t", language="en", tr=english, village_classes=DATA)
    assert report.sections == 1 and report.tables == 3
    assert "Village classification (村庄分类)" in report.html

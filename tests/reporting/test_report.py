"""The whole page from plain data: sections, counts, every heading through tr, escaping."""

import re

from urflow.reporting import (
    DemandGaps,
    HollowVillages,
    Linkage,
    MapImage,
    build_report,
    north_arrow_label,
)

PNG = b"\x89PNG\r\n\x1a\nmap"


def marked(text):
    """A translation that shows which text went through tr."""
    return f"«{text}»"


def test_report_of_three_sections():
    report = build_report(
        title="Qingxi <County>",
        hollow=HollowVillages(["城关镇"], [3], [0.9], map=MapImage(PNG, (("severe", "#cb181d"),))),
        facilities=[DemandGaps("Clinic", ["城关镇"], [0], [0], [-2.0], [40.0])],
        linkage=Linkage([{"group": "PA01", "kind": "rule", "item": "q", "passed": 1}]),
        language="zh",
        tr=marked,
        date="2024-05-01",
        version="1.2.3",
    )
    page = report.html
    assert (report.sections, report.tables, report.maps) == (3, 1 + 1 + 2, 1)
    assert report.charts == len(re.findall(r"<img ", page)) - report.maps
    assert '<html lang="zh-CN">' in page
    assert "<h1>Qingxi &lt;County&gt;</h1>" in page
    assert "«Generated on 2024-05-01 by URFlow 1.2.3.»" in page
    assert "<h2>«Hollow villages»</h2>" in page
    assert "<h2>«Public service facility gaps»</h2>" in page
    assert "«Maps are drawn in the CRS" in page  # a map, so its note
    # no heading of the report's own escapes tr: every <th> and <caption> is marked
    for text in re.findall(r"<(?:th|caption|h2)>(.*?)</(?:th|caption|h2)>", page):
        assert text.startswith("«") or text == "重度空心化", text  # level 3 from its label table
    summary = re.search(r'<ul class="summary">(.*?)</ul>', page).group(1)
    assert summary.count("<li>") == 3


def test_default_title_and_no_map_note_without_maps():
    report = build_report(linkage=Linkage([]), tr=marked)
    assert "<h1>«Planning report»</h1>" in report.html
    assert "Maps are drawn" not in report.html
    assert (report.sections, report.maps) == (1, 0)


def test_nothing_given_is_an_empty_report():
    report = build_report()
    assert (report.sections, report.tables, report.maps, report.charts) == (0, 0, 0, 0)
    assert "<h1>Planning report</h1>" in report.html


def test_north_arrow_label():
    assert north_arrow_label() == "N"
    assert north_arrow_label(marked) == "«N»"

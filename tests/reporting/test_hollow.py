"""The hollow-villages section from plain columns."""

import math

import pytest

from urflow.reporting import HollowVillages, MapImage
from urflow.reporting.hollow import hollow_section, level_name, level_table

TOWNS = ["城关镇", "云岭乡", "城关镇", None, "云岭乡", "城关镇"]
LEVELS = [3, 1, 3, None, 0, "2"]
SCORES = [0.8, 0.3, 0.7, None, 0.1, 0.6]


def test_level_table_counts_villages_per_level_and_township():
    table = level_table(TOWNS, LEVELS, SCORES)
    assert table.levels == [0, 1, 2, 3]
    by_town = {row.town: row for row in table.rows}
    assert [row.town for row in table.rows] == ["云岭乡", "城关镇", ""]
    assert by_town["城关镇"].counts == {0: 0, 1: 0, 2: 1, 3: 2}
    assert by_town["城关镇"].total == 3
    assert by_town["城关镇"].mean_score == pytest.approx(0.7)
    assert by_town["云岭乡"].counts == {0: 1, 1: 1, 2: 0, 3: 0}
    assert by_town[""].unscored == 1 and math.isnan(by_town[""].mean_score)
    total = table.total
    assert total.town is None
    assert total.counts == {0: 1, 1: 1, 2: 1, 3: 2}
    assert (total.unscored, total.total) == (1, 6)
    assert total.mean_score == pytest.approx((0.8 + 0.3 + 0.7 + 0.1 + 0.6) / 5)


def test_columns_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        level_table(["a"], [1, 2], [0.1, 0.2])


def test_level_names_come_from_the_layer_then_the_label_table():
    assert level_name(3, {3: "重度（本次运行）"}, "en") == "重度（本次运行）"
    assert level_name(3, {}, "en") == "severe"
    assert level_name(0, {}, "zh") == "非空心村"
    assert level_name(7, {}, "en") == "7"


def test_section_with_real_values():
    words = []

    def tr(text):
        words.append(text)
        return text

    villages = HollowVillages(
        TOWNS, LEVELS, SCORES, {1: "light <run>"}, {3: "#cb181d"}, MapImage(b"\x89PNG")
    )
    section = hollow_section(villages, "en", tr)
    html = section.html
    assert section.maps == 1 and section.tables == 1
    assert section.charts in (0, 1)  # 0 without matplotlib
    assert "<h2>Hollow villages</h2>" in html
    assert "<th>light &lt;run&gt;</th>" in html and "<th>severe</th>" in html
    assert '<tr class="total"><td>Total</td><td class="num">1</td>' in html
    assert "<td>(no township)</td>" in html
    assert '<td class="num">0.700</td>' in html  # mean score of 城关镇
    assert section.summary == ["6 villages assessed; 2 severely hollow (level 3)."]
    assert "Villages per hollowing level by township" in words

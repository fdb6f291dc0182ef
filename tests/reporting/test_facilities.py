"""The facility-gaps section from plain columns: gap_class codes, coverage, deficit, zones."""

import math

import pytest

from urflow.reporting import DemandGaps, ZoneGaps
from urflow.reporting.facilities import demand_table, facility_section, zone_table


def english(text):
    return text


DEMAND = dict(
    towns=["A", "A", "B", "B", "B", None],
    gap_class=[0, 1, 2, 2, None, "0"],
    covered=[0, 1, 1, 1, 0, 0],
    gap=[-30.0, -5.5, 12.0, None, 4.0, -1.0],
    nearest_cost=[42.0, 12.0, 5.0, 7.0, None, 60.0],
)


def test_demand_table_by_township_and_in_total():
    rows = demand_table(**DEMAND)
    assert [row.town for row in rows] == ["A", "B", "", None]
    a, b, none, total = rows
    assert (a.n, a.covered, a.coverage) == (2, 1, 0.5)
    assert a.classes == {0: 1, 1: 1, 2: 0}
    assert a.deficit == pytest.approx(35.5)
    assert a.mean_cost == pytest.approx(27.0) and a.max_cost == 42.0
    assert b.classes == {0: 0, 1: 0, 2: 2} and b.deficit == 0.0
    assert b.unreachable == 1 and b.mean_cost == pytest.approx(6.0)
    assert none.classes == {0: 1, 1: 0, 2: 0}
    assert (total.n, total.covered) == (6, 3)
    assert total.coverage == pytest.approx(0.5)
    assert total.classes == {0: 2, 1: 1, 2: 2}
    assert total.deficit == pytest.approx(36.5)
    assert total.max_cost == 60.0 and total.unreachable == 1


def test_demand_columns_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        demand_table(["A"], [0, 1], [1], [0.0], [1.0])


def test_zone_table_rates_and_total():
    rows = zone_table(
        ["城关镇", "云岭乡", None],
        [10, "4", 0],
        [1000.0, 400.0, 0.0],
        [900.0, 100.0, 0.0],
        [0.0, 12.5, None],
    )
    assert [row.zone for row in rows] == ["城关镇", "云岭乡", "", None]
    assert rows[0].coverage_rate == pytest.approx(0.9)
    assert rows[1].coverage_rate == pytest.approx(0.25)
    assert math.isnan(rows[2].coverage_rate)  # nobody lives there
    total = rows[-1]
    assert (total.n_demand, total.population, total.covered_pop) == (14, 1400.0, 1000.0)
    assert total.coverage_rate == pytest.approx(1000 / 1400)
    assert total.deficit == 12.5


def test_section_of_a_demand_and_a_zones_layer():
    section = facility_section(
        [
            DemandGaps("Village clinic", **DEMAND),
            ZoneGaps("Village clinic", ["城关镇"], [6], [1000.0], [500.0], [36.5]),
        ],
        english,
    )
    html = section.html
    assert html.count("<h3>Village clinic</h3>") == 2
    assert section.tables == 2 and section.maps == 0
    assert "<caption>Coverage and deficit by township: Village clinic</caption>" in html
    assert "<th>Blind spots</th><th>Under-served</th><th>Adequate</th>" in html
    assert (
        '<tr class="total"><td>Total</td><td class="num">6</td><td class="num">3</td>'
        '<td class="num">50.0 %</td><td class="num">2</td><td class="num">1</td>'
        '<td class="num">2</td><td class="num">36.5</td>'
    ) in html
    assert "<caption>Coverage and deficit per zone: Village clinic</caption>" in html
    assert section.summary == [
        "Village clinic: coverage 50.0 % of 6 demand points, 2 blind spots.",
        "Village clinic: population coverage 50.0 %, deficit 36.5 capacity units.",
    ]

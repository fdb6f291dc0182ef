"""The facility-gaps section: coverage and deficit by township (demand outputs) and per zone
(zones outputs) of urflow:facilitygaps, with a map and a chart each."""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Union

from .charts import bar_chart
from .sections import MapImage, Section, area_name
from .tables import html_table, num, pct
from .values import format_number, format_percent, group_indices, mean, text_key, to_float

#: ``gap_class`` codes of the demand output, worst first.
BLIND_SPOT, UNDER_SERVED, ADEQUATE = 0, 1, 2
GAP_CLASSES = (BLIND_SPOT, UNDER_SERVED, ADEQUATE)


@dataclass(frozen=True)
class DemandGaps:
    """A demand output (OUTPUT_DEMAND) as plain columns, one entry per demand feature.

    ``towns``: township (or zone) of each feature, None where it has none; ``gap_class``:
    0 blind spot, 1 under-served, 2 adequate; ``covered``: 1 when the nearest facility is
    within the threshold; ``gap``: capacity gap (negative = deficit); ``nearest_cost``: cost to
    the nearest facility (missing = unreachable). ``name`` heads the part (the facility type).
    """

    name: str
    towns: Sequence
    gap_class: Sequence
    covered: Sequence
    gap: Sequence
    nearest_cost: Sequence
    colours: Mapping[int, str] = field(default_factory=dict)
    map: Optional[MapImage] = None


@dataclass(frozen=True)
class ZoneGaps:
    """A zones output (OUTPUT_ZONES) as plain columns, one entry per zone."""

    name: str
    zones: Sequence
    n_demand: Sequence
    population: Sequence
    covered_pop: Sequence
    deficit: Sequence
    map: Optional[MapImage] = None


@dataclass(frozen=True)
class GapRow:
    """Demand features of one township (``town`` None: the total)."""

    town: Optional[str]
    n: int
    covered: int
    coverage: float
    classes: Dict[int, int]
    deficit: float
    mean_cost: float
    max_cost: float
    unreachable: int


@dataclass(frozen=True)
class ZoneRow:
    """One zone (``zone`` None: the total)."""

    zone: Optional[str]
    n_demand: float
    population: float
    covered_pop: float
    coverage_rate: float
    deficit: float


def demand_table(towns, gap_class, covered, gap, nearest_cost) -> List[GapRow]:
    """Coverage and deficit by township: one row per township sorted by name (features without
    one last), then the total. ``coverage`` is the share of features covered, ``classes``
    counts features per ``gap_class`` code, ``deficit`` is Σ max(0, −gap), the costs are over
    the reachable features."""
    n = len(towns)
    if not (len(gap_class) == len(covered) == len(gap) == len(nearest_cost) == n):
        raise ValueError("the demand columns must have the same length")
    classes = [to_float(code) for code in gap_class]

    def row(indices, town):
        costs = [to_float(nearest_cost[i]) for i in indices]
        reachable = [cost for cost in costs if not math.isnan(cost)]
        gaps = [to_float(gap[i]) for i in indices]
        n_covered = sum(1 for i in indices if to_float(covered[i]) == 1)
        return GapRow(
            town=town,
            n=len(indices),
            covered=n_covered,
            coverage=n_covered / len(indices) if indices else math.nan,
            classes={code: sum(1 for i in indices if classes[i] == code) for code in GAP_CLASSES},
            deficit=sum(max(0.0, -g) for g in gaps if not math.isnan(g)),
            mean_cost=mean(reachable),
            max_cost=max(reachable) if reachable else math.nan,
            unreachable=len(costs) - len(reachable),
        )

    rows = [row(indices, town) for town, indices in group_indices(towns).items()]
    return rows + [row(list(range(n)), None)]


def zone_table(zones, n_demand, population, covered_pop, deficit) -> List[ZoneRow]:
    """One row per zone (input order), then the total; ``coverage_rate`` = covered / population."""

    def rate(covered, people):
        return covered / people if people > 0 else math.nan

    rows = []
    for name, count, people, covered, lack in zip(
        zones, n_demand, population, covered_pop, deficit
    ):
        people, covered = to_float(people), to_float(covered)
        rows.append(
            ZoneRow(
                text_key(name),
                to_float(count),
                people,
                covered,
                rate(covered, people),
                to_float(lack),
            )
        )

    def total(values):
        numbers = [x for x in values if not math.isnan(x)]
        return sum(numbers) if numbers else math.nan

    people = total(r.population for r in rows)
    covered = total(r.covered_pop for r in rows)
    rows.append(
        ZoneRow(
            None,
            total(r.n_demand for r in rows),
            people,
            covered,
            rate(covered, people),
            total(r.deficit for r in rows),
        )
    )
    return rows


def gap_class_names(tr) -> Dict[int, str]:
    """Column headings of the counts per ``gap_class`` code."""
    return {
        BLIND_SPOT: tr("Blind spots"),
        UNDER_SERVED: tr("Under-served"),
        ADEQUATE: tr("Adequate"),
    }


def demand_part(section: Section, gaps: DemandGaps, tr) -> None:
    section.add_map(gaps.map, gaps.name, tr)
    rows = demand_table(gaps.towns, gaps.gap_class, gaps.covered, gaps.gap, gaps.nearest_cost)
    names = gap_class_names(tr)
    header = (
        [tr("Township"), tr("Demand points"), tr("Covered"), tr("Coverage")]
        + [names[code] for code in GAP_CLASSES]
        + [
            tr("Deficit (capacity units)"),
            tr("Mean cost to nearest"),
            tr("Largest cost to nearest"),
        ]
    )
    cells = [
        [
            tr("Total") if row.town is None else area_name(row.town, tr),
            num(row.n, 0),
            num(row.covered, 0),
            pct(row.coverage),
        ]
        + [num(row.classes[code], 0) for code in GAP_CLASSES]
        + [num(row.deficit, 1), num(row.mean_cost, 1), num(row.max_cost, 1)]
        for row in rows
    ]
    caption = tr("Coverage and deficit by township: {name}").format(name=gaps.name)
    section.add_table(html_table(header, cells, caption, total_rows=1))
    towns = rows[:-1]
    chart_title = tr("Demand points per gap class by township")
    chart = bar_chart(
        [area_name(row.town, tr) for row in towns],
        [(names[code], [row.classes[code] for row in towns]) for code in GAP_CLASSES],
        title=chart_title,
        ylabel=tr("Demand points"),
        stacked=True,
        colours=[gaps.colours.get(code, "#999999") for code in GAP_CLASSES],
    )
    section.add_chart(chart, tr("{chart}: {name}").format(chart=chart_title, name=gaps.name))
    total = rows[-1]
    section.summary.append(
        tr("{name}: coverage {coverage} of {n} demand points, {blind} blind spots.").format(
            name=gaps.name,
            coverage=format_percent(total.coverage),
            n=total.n,
            blind=total.classes[BLIND_SPOT],
        )
    )


def zone_part(section: Section, gaps: ZoneGaps, tr) -> None:
    section.add_map(gaps.map, gaps.name, tr)
    rows = zone_table(gaps.zones, gaps.n_demand, gaps.population, gaps.covered_pop, gaps.deficit)
    header = [
        tr("Township"),
        tr("Demand points"),
        tr("Population"),
        tr("Population covered"),
        tr("Coverage rate (population)"),
        tr("Deficit (capacity units)"),
    ]
    cells = [
        [
            tr("Total") if row.zone is None else area_name(row.zone, tr),
            num(row.n_demand, 0),
            num(row.population, 0),
            num(row.covered_pop, 0),
            pct(row.coverage_rate),
            num(row.deficit, 1),
        ]
        for row in rows
    ]
    caption = tr("Coverage and deficit per zone: {name}").format(name=gaps.name)
    section.add_table(html_table(header, cells, caption, total_rows=1))
    chart_title = tr("Population coverage rate per zone")
    chart = bar_chart(
        [area_name(row.zone, tr) for row in rows[:-1]],
        [(tr("Coverage rate (population)"), [row.coverage_rate for row in rows[:-1]])],
        title=chart_title,
        percent=True,
        colours=["#2c7bb6"],
    )
    section.add_chart(chart, tr("{chart}: {name}").format(chart=chart_title, name=gaps.name))
    total = rows[-1]
    section.summary.append(
        tr("{name}: population coverage {coverage}, deficit {deficit}.").format(
            name=gaps.name,
            coverage=format_percent(total.coverage_rate),
            deficit=format_number(total.deficit, 1),
        )
    )


def facility_section(layers: Sequence[Union[DemandGaps, ZoneGaps]], tr) -> Section:
    """One part per demand or zones output, each headed by what was analysed."""
    section = Section()
    section.heading(tr("Public service facility gaps"))
    for gaps in layers:
        section.heading(gaps.name, 3)
        if isinstance(gaps, ZoneGaps):
            zone_part(section, gaps, tr)
        else:
            demand_part(section, gaps, tr)
    return section

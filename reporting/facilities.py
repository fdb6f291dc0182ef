"""The facility-gaps section: coverage and deficit by township (demand outputs) and per zone
(zones outputs) of urflow:facilitygaps, with a map and a chart each."""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence, Union

from .charts import bar_chart
from .method import Run, add_method, field_rows, input_rows
from .sections import MapImage, Section, area_name
from .tables import html_table, num, pct
from .values import (
    format_count,
    format_number,
    format_percent,
    format_quantity,
    group_indices,
    mean,
    text_key,
    to_float,
)

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
    #: Name, population (the run's POPULATION_FIELD) and nearest facility of each feature
    #: (empty: not read) and the record of the run (:mod:`.method`).
    names: Sequence = ()
    population: Sequence = ()
    nearest_id: Sequence = ()
    run: Optional[Run] = None
    language: str = "en"


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
    run: Optional[Run] = None


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


def cost_unit(run: Optional[Run], tr) -> str:
    """``minutes`` or ``m``: the unit of the run's costs (empty without a record)."""
    unit = str(run.method.get("cost_unit", "")) if run else ""
    return {"minutes": tr("minutes"), "meters": "m"}.get(unit, "")


def capacity_unit(run: Optional[Run], tr) -> str:
    """The unit of the capacities (places, beds, seats, doctors), else "capacity units"."""
    unit = str(run.method.get("standard_provision_unit", "")) if run else ""
    return provision_words(tr).get(unit, tr("capacity units"))


def provision_words(tr):
    return {
        "seats": tr("seats"),
        "places": tr("places"),
        "doctors": tr("doctors"),
        "beds": tr("beds"),
    }


def basis_words(tr):
    return {
        "total": tr("total population"),
        "60plus": tr("people aged 60 and over"),
        "3_5": tr("children aged 3–5"),
        "6_11": tr("children aged 6–11"),
    }


def population_heading(run: Optional[Run], tr) -> str:
    """ "Population (人)", naming the population basis when it is not everyone (children aged
    6–11 for schools)."""
    basis = str(run.method.get("standard_population_basis", "") or "") if run else ""
    if basis and basis != "total":
        return tr("Population (人, {basis})").format(basis=basis_words(tr).get(basis, basis))
    return tr("Population (人)")


def method_rows(run: Optional[Run], language: str, tr):
    """What one facility-gaps run used, in plain words (rows of :func:`.method.add_method`)."""
    if run is None:
        return []
    m = run.method
    modes = {
        "walk": tr("walking"),
        "bicycle": tr("bicycle"),
        "ebike": tr("e-bike"),
        "car": tr("car"),
    }
    methods = {
        "2sfca": tr("two-step floating catchment area (2SFCA)"),
        "e2sfca": tr("enhanced 2SFCA with distance-decay steps (E2SFCA)"),
        "gaussian": tr("2SFCA with Gaussian distance decay"),
    }
    statuses = {
        "checked": tr("checked in the source"),
        "known": tr("textbook value"),
        "verify": tr("to verify against the printed clause"),
        "practice": tr("common practice, not a legal norm"),
    }
    rows = []
    if m.get("standard_id"):
        name = m.get("standard_facility_zh" if language == "zh" else "standard_facility_en")
        level = m.get("standard_level_zh" if language == "zh" else "standard_level") or ""
        rows.append((tr("Facility and level"), f"{name} — {level}" if level else str(name)))
        clause = (m.get("standard_clause_zh") if language == "zh" else "") or m.get(
            "standard_clause", ""
        )
        status = str(m.get("standard_status", ""))
        rows.append(
            (
                tr("Standard (source and clause)"),
                tr("{source}, {clause} ({status})").format(
                    source=m.get("standard_source", ""),
                    clause=clause,
                    status=statuses.get(status, status),
                ),
            )
        )
    else:
        rows.append((tr("Standard"), tr("none: threshold and provision set by the planner")))
    rows += input_rows(
        run,
        {
            "DEMAND": tr("Demand (villages)"),
            "FACILITIES": tr("Facilities"),
            "NETWORK": tr("Road network"),
            "ZONES": tr("Townships"),
        },
        tr,
    )
    basis = str(m.get("standard_population_basis", "") or "")
    population = field_rows(run, {"POPULATION_FIELD": tr("Population served")}, tr)
    if population:
        label, value = population[0]
        if basis:
            value += " — " + basis_words(tr).get(basis, basis)
        rows.append((label, value))
    rows += field_rows(run, {"CAPACITY_FIELD": tr("Capacity")}, tr)
    mode = str(m.get("travel_mode", ""))
    rows.append((tr("Travel mode"), modes.get(mode, mode)))
    if not run.inputs.get("NETWORK"):
        rows.append(
            (
                tr("Distances"),
                tr("straight line × detour factor {factor}").format(
                    factor=format_number(m.get("detour_factor"), 2)
                ),
            )
        )
    rows.append(
        (
            tr("Threshold (inclusive)"),
            format_quantity(m.get("threshold"), cost_unit(run, tr), 0),
        )
    )
    provision = m.get("provision_per_1000")
    rows.append(
        (
            tr("Provision standard"),
            tr("{value} {unit} per 1,000 people").format(
                value=format_number(provision, 2), unit=capacity_unit(run, tr)
            )
            if provision
            else tr("none (coverage only)"),
        )
    )
    fca = str(m.get("fca_method", ""))
    rows.append((tr("Accessibility method"), methods.get(fca, fca)))
    r = run.results
    rows.append((tr("Coverage (share of the population)"), format_percent(r.get("COVERAGE_RATE"))))
    rows.append((tr("Blind spots"), format_count(r.get("BLIND_SPOTS"))))
    rows.append((tr("Under-served"), format_count(r.get("UNDER_SERVED"))))
    rows.append((tr("Unreachable by road"), format_count(r.get("UNREACHABLE"))))
    return rows


def village_list(section: Section, gaps: DemandGaps, tr) -> None:
    """The blind-spot and under-served villages with their nearest facility and its cost."""
    if not gaps.names:
        return
    unit = cost_unit(gaps.run, tr)
    names = gap_class_names(tr)
    codes = [to_float(code) for code in gaps.gap_class]
    for code in (BLIND_SPOT, UNDER_SERVED):
        members = [i for i, c in enumerate(codes) if c == code]
        members.sort(key=lambda i: (text_key(gaps.towns[i]), -to_float(gaps.nearest_cost[i])))
        header = [tr("Village"), tr("Township"), population_heading(gaps.run, tr)]
        header.append(tr("Nearest facility"))
        header.append(
            tr("Cost to nearest ({unit})").format(unit=unit) if unit else tr("Cost to nearest")
        )
        rows = [
            [
                gaps.names[i],
                area_name(gaps.towns[i], tr),
                num(gaps.population[i] if gaps.population else None, 0),
                gaps.nearest_id[i] if gaps.nearest_id else "",
                num(gaps.nearest_cost[i], 1),
            ]
            for i in members
        ]
        caption = tr("{kind}: {name}, {n} villages").format(
            kind=names[code], name=gaps.name, n=format_count(len(members))
        )
        if rows:
            section.add_table(html_table(header, rows, caption))
        else:
            section.parts.append(f"<p>{caption}</p>")


def demand_part(section: Section, gaps: DemandGaps, tr) -> None:
    section.add_map(gaps.map, gaps.name, tr)
    rows = demand_table(gaps.towns, gaps.gap_class, gaps.covered, gaps.gap, gaps.nearest_cost)
    names = gap_class_names(tr)
    unit = cost_unit(gaps.run, tr)
    costs = (
        [
            tr("Mean cost to nearest ({unit})").format(unit=unit),
            tr("Largest cost to nearest ({unit})").format(unit=unit),
        ]
        if unit
        else [tr("Mean cost to nearest"), tr("Largest cost to nearest")]
    )
    header = (
        [tr("Township"), tr("Demand points"), tr("Covered"), tr("Coverage")]
        + [names[code] for code in GAP_CLASSES]
        + [tr("Deficit ({unit})").format(unit=capacity_unit(gaps.run, tr))]
        + costs
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
    add_method(section, method_rows(gaps.run, gaps.language, tr), tr, gaps.run)
    village_list(section, gaps, tr)
    total = rows[-1]
    section.summary.append(
        tr("{name}: coverage {coverage} of {n} demand points, {blind} blind spots.").format(
            name=gaps.name,
            coverage=format_percent(total.coverage),
            n=format_count(total.n),
            blind=format_count(total.classes[BLIND_SPOT]),
        )
    )


def zone_part(section: Section, gaps: ZoneGaps, tr) -> None:
    section.add_map(gaps.map, gaps.name, tr)
    rows = zone_table(gaps.zones, gaps.n_demand, gaps.population, gaps.covered_pop, gaps.deficit)
    people = population_heading(gaps.run, tr)
    header = [
        tr("Township"),
        tr("Demand points"),
        people,
        tr("Population covered (人)"),
        tr("Coverage rate (population)"),
        tr("Deficit ({unit})").format(unit=capacity_unit(gaps.run, tr)),
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
            deficit=format_quantity(total.deficit, capacity_unit(gaps.run, tr), 1),
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

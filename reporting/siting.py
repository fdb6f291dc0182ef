"""The facility-siting section (公共服务设施布局优化): how the new sites were chosen, the new sites
by name with their township, the population they serve and their load, the villages that stay
uncovered by name, and what each extra site buys (the curve, as a chart and a table), from the
outputs of urflow:facilitysiting.

The method is read from the run's settings on OUTPUT_DEMAND (``run_model``, ``run_threshold``,
``run_cost_unit``, ``run_standard``, ``run_population``, ``run_status``, ``run_gap``); site roles
from the ``site_role`` code. Nothing translated is parsed back."""

import math
from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Sequence

from ..core.access import NATIONAL_STANDARDS
from ..core.access.standards import load_facility_standards
from .charts import bar_chart
from .markup import element
from .sections import MapImage, Section, area_name
from .tables import Cell, html_table, num, pct
from .values import MISSING, format_number, format_percent, is_missing, text_key, to_float

NEW, EXISTING = "new", "existing"


@dataclass(frozen=True)
class SitingDemand:
    """OUTPUT_DEMAND as plain columns, one entry per demand feature (village)."""

    names: Sequence
    towns: Sequence
    weights: Sequence
    site_ids: Sequence
    site_costs: Sequence
    covered: Sequence
    run: Mapping = field(default_factory=dict)  # run_* field → value of the first feature


@dataclass(frozen=True)
class SitingSites:
    """OUTPUT_SITES as plain columns, one entry per candidate site."""

    ids: Sequence
    names: Sequence
    towns: Sequence
    roles: Sequence  # site_role codes: new, existing, candidate
    assigned_pop: Sequence
    load: Sequence


@dataclass(frozen=True)
class Siting:
    """The outputs of one urflow:facilitysiting run (each may be missing) and its map."""

    demand: Optional[SitingDemand] = None
    sites: Optional[SitingSites] = None
    curve: Optional[Sequence[Mapping]] = None  # OUTPUT_CURVE rows
    map: Optional[MapImage] = None


@dataclass(frozen=True)
class CurveRow:
    k: int
    covered_pop: float
    coverage_rate: float
    mean_cost: float
    max_cost: float
    gain: float  # people covered by this k's extra site (NaN for the first row)
    new_ids: str


def model_text(code, tr) -> str:
    return {
        "lscp": tr("LSCP: fewest new sites so that every village within reach is covered"),
        "mclp": tr("MCLP: the given number of new sites covering the most people"),
        "pmedian": tr("p-median: least total population × travel cost"),
        "pcenter": tr("p-center: least largest travel cost"),
    }.get(text_key(code), text_key(code) or MISSING)


def status_text(code, tr) -> str:
    return {
        "optimal": tr("proven optimal"),
        "time_limit": tr("time limit reached: best solution found"),
        "infeasible": tr("infeasible (capacity shortfall)"),
    }.get(text_key(code), text_key(code) or MISSING)


def unit_text(code, tr) -> str:
    return tr("metres") if text_key(code) == "meters" else tr("minutes")


def basis_text(code, tr) -> str:
    return {
        "total": tr("all residents"),
        "60plus": tr("people aged 60 and over"),
        "6_11": tr("children aged 6–11"),
        "3_5": tr("children aged 3–5"),
    }.get(code, code or "")


def standard_of(standard_id):
    """The national preset ``standard_id`` (None when unknown or not given)."""
    if not standard_id:
        return None
    try:
        return load_facility_standards(NATIONAL_STANDARDS).get(str(standard_id))
    except (OSError, ValueError):
        return None


def people(value, tr) -> str:
    """A population with its unit: ``1,234 people`` / ``1,234 人``."""
    return tr("{n} people").format(n=format_number(value, 0))


def cost(value, unit, tr) -> str:
    if math.isnan(to_float(value)):
        return MISSING
    return f"{format_number(value, 1)} {unit_text(unit, tr)}"


def method_rows(demand: SitingDemand, language: str, tr) -> List[list]:
    """(item, value) rows of the method table."""
    run = demand.run
    unit = run.get("run_cost_unit")
    standard = standard_of(text_key(run.get("run_standard")))
    threshold = to_float(run.get("run_threshold"))
    if math.isnan(threshold):
        threshold_text = tr("none (every assigned village counts as covered)")
    else:
        threshold_text = cost(threshold, unit, tr)
    if standard is not None:
        name = standard.facility_zh if language == "zh" else standard.facility_en
        threshold_text = tr("{threshold} (standard {id}: {name}, {source})").format(
            threshold=threshold_text, id=standard.id, name=name, source=standard.source
        )
    population = text_key(run.get("run_population")) or MISSING
    if standard is not None and standard.population_basis:
        population = tr("{field} ({basis})").format(
            field=population, basis=basis_text(standard.population_basis, tr)
        )
    gap = to_float(run.get("run_gap"))
    return [
        [tr("Model"), model_text(run.get("run_model"), tr)],
        [tr("Covering threshold (inclusive)"), threshold_text],
        [tr("Population counted (field)"), population],
        [
            tr("Travel costs"),
            tr(
                "{unit} along the shortest road-network path (straight line × detour factor "
                "without a network; as given in a cost table)"
            ).format(unit=unit_text(unit, tr)),
        ],
        [tr("Assignment"), tr("each village wholly to one open site; existing sites stay open")],
        [tr("Solver status"), status_text(run.get("run_status"), tr)],
        [tr("Optimality gap"), format_percent(gap, 2) if not math.isnan(gap) else MISSING],
    ]


def curve_rows(rows) -> List[CurveRow]:
    """The curve by k with the people each extra site adds over the k before it."""
    found = sorted(
        (row for row in rows if not math.isnan(to_float(row.get("k")))),
        key=lambda row: to_float(row.get("k")),
    )
    result, before = [], math.nan
    for row in found:
        covered = to_float(row.get("covered_pop"))
        result.append(
            CurveRow(
                int(to_float(row["k"])),
                covered,
                to_float(row.get("coverage_rate")),
                to_float(row.get("mean_cost")),
                to_float(row.get("max_cost")),
                covered - before,
                text_key(row.get("new_ids")).replace(",", ", "),
            )
        )
        before = covered
    return result


def new_sites(sites: SitingSites) -> List[int]:
    """Indices of the new sites, most people served first."""
    found = [i for i, role in enumerate(sites.roles) if text_key(role) == NEW]
    return sorted(found, key=lambda i: -(to_float(sites.assigned_pop[i]) or 0.0))


def served_villages(demand: SitingDemand, site_id) -> int:
    return sum(1 for s in demand.site_ids if text_key(s) == text_key(site_id))


def uncovered(demand: SitingDemand) -> List[int]:
    """Indices of the villages not covered, most people first."""
    found = [i for i, c in enumerate(demand.covered) if to_float(c) != 1]
    return sorted(found, key=lambda i: -(to_float(demand.weights[i]) or 0.0))


def demand_totals(demand: SitingDemand):
    """(population, covered population, villages)."""
    weights = [to_float(w) for w in demand.weights]
    total = sum(w for w in weights if not math.isnan(w))
    covered = sum(
        w for w, c in zip(weights, demand.covered) if not math.isnan(w) and to_float(c) == 1
    )
    return total, covered, len(weights)


def label(name, fallback) -> str:
    return fallback if is_missing(name) or not str(name).strip() else str(name)


def method_part(section: Section, demand: SitingDemand, language: str, tr) -> None:
    section.heading(tr("Method and parameters"), 3)
    section.add_table(html_table([tr("Item"), tr("Value")], method_rows(demand, language, tr), ""))


def sites_part(section: Section, siting: Siting, tr) -> None:
    sites, demand = siting.sites, siting.demand
    found = new_sites(sites)
    section.heading(tr("New sites"), 3)
    loads = any(not math.isnan(to_float(sites.load[i])) for i in found)  # capacities given
    header = [
        tr("Site"),
        tr("Name"),
        tr("Township"),
        tr("Villages served"),
        tr("Assigned population (people)"),
    ] + ([tr("Load (assigned / capacity)")] if loads else [])
    cells = [
        [
            label(sites.ids[i], MISSING),
            label(sites.names[i], MISSING),
            area_name(text_key(sites.towns[i]), tr),
            num(served_villages(demand, sites.ids[i]), 0) if demand else Cell(MISSING),
            num(sites.assigned_pop[i], 0),
        ]
        + ([pct(sites.load[i])] if loads else [])
        for i in found
    ]
    existing = [i for i, role in enumerate(sites.roles) if text_key(role) == EXISTING]
    total = sum(to_float(sites.assigned_pop[i]) or 0.0 for i in found)
    cells.append([tr("Total"), "", "", Cell(""), num(total, 0)] + ([Cell("")] if loads else []))
    caption = tr("New sites: {n}; existing facilities kept open: {m}").format(
        n=len(found), m=len(existing)
    )
    section.add_table(html_table(header, cells, caption, total_rows=1))


def uncovered_part(section: Section, demand: SitingDemand, tr) -> None:
    found = uncovered(demand)
    unit = demand.run.get("run_cost_unit")
    section.heading(tr("Villages that stay uncovered"), 3)
    if not found:
        section.parts.append(
            element("p", tr("Every village is within the threshold of an open site."))
        )
        return
    header = [
        tr("Village"),
        tr("Township"),
        tr("Population (people)"),
        tr("Assigned site"),
        tr("Cost to the assigned site"),
    ]
    cells = [
        [
            label(demand.names[i], MISSING),
            area_name(text_key(demand.towns[i]), tr),
            num(demand.weights[i], 0),
            label(demand.site_ids[i], tr("none within reach")),
            Cell(cost(demand.site_costs[i], unit, tr), "num"),
        ]
        for i in found
    ]
    caption = tr("Villages beyond the threshold: {n} ({people})").format(
        n=len(found), people=people(sum(to_float(demand.weights[i]) or 0.0 for i in found), tr)
    )
    section.add_table(html_table(header, cells, caption))


def site_names(sites: Optional[SitingSites]):
    """{site id: its name} of the sites that have both."""
    if sites is None:
        return {}
    return {
        text_key(i): str(name)
        for i, name in zip(sites.ids, sites.names)
        if not is_missing(i) and not is_missing(name) and str(name).strip()
    }


def named(ids_text: str, names, separator=", ") -> str:
    """``"N1, N2"`` with each id replaced by its site's name where known."""
    ids = [part.strip() for part in ids_text.split(",") if part.strip()]
    return separator.join(names.get(i, i) for i in ids) or MISSING


def curve_part(section: Section, rows, unit, tr, names=None) -> None:
    curve = curve_rows(rows)
    if not curve:
        return
    section.heading(tr("What each extra site buys"), 3)
    chart_title = tr("Population coverage by number of new sites")
    chart = bar_chart(
        [str(row.k) for row in curve],
        [(tr("Coverage rate (population)"), [row.coverage_rate for row in curve])],
        title=chart_title,
        ylabel=tr("Coverage rate (population)"),
        percent=True,
        colours=["#e31a1c"],
    )
    section.add_chart(chart, chart_title)
    unit_name = unit_text(unit, tr)
    header = [
        tr("New sites (k)"),
        tr("Covered population (people)"),
        tr("Coverage rate (population)"),
        tr("Mean cost ({unit})").format(unit=unit_name),
        tr("Largest cost ({unit})").format(unit=unit_name),
        tr("Gain of the extra site (people)"),
        tr("New sites chosen"),
    ]
    cells = [
        [
            num(row.k, 0),
            num(row.covered_pop, 0),
            pct(row.coverage_rate),
            num(row.mean_cost, 1),
            num(row.max_cost, 1),
            num(row.gain, 0),
            named(row.new_ids, names or {}, tr(", ")),
        ]
        for row in curve
    ]
    section.add_table(
        html_table(
            header,
            cells,
            tr(
                "Each row is solved anew with k new sites; the sites of one row need not "
                "include those of the row before."
            ),
        )
    )


def siting_section(siting: Siting, language: str, tr) -> Section:
    """The section of one urflow:facilitysiting run."""
    section = Section()
    section.heading(tr("Facility siting: new sites to close the gaps"))
    demand, sites = siting.demand, siting.sites
    unit = demand.run.get("run_cost_unit") if demand is not None else None
    if demand is not None:
        method_part(section, demand, language, tr)
    section.add_map(
        siting.map, tr("New sites, existing facilities and the villages they serve"), tr
    )
    if sites is not None:
        sites_part(section, siting, tr)
    if demand is not None:
        uncovered_part(section, demand, tr)
    if siting.curve:
        curve_part(section, siting.curve, unit, tr, site_names(sites))
    n_new = len(new_sites(sites)) if sites is not None else None
    if demand is not None:
        total, covered, n = demand_totals(demand)
        rate = covered / total if total > 0 else math.nan
        section.summary.append(
            tr(
                "Facility siting: new sites {new}; covered {covered} of {total} ({rate}); "
                "villages uncovered {n}."
            ).format(
                new=MISSING if n_new is None else n_new,
                covered=people(covered, tr),
                total=people(total, tr),
                rate=format_percent(rate),
                n=len(uncovered(demand)),
            )
        )
    elif n_new is not None:
        section.summary.append(tr("Facility siting: new sites {new}.").format(new=n_new))
    return section

"""The report's tables as a workbook: one named sheet per table a plan needs.

:func:`build_workbook` takes the same plain data as :func:`.report.build_report` and returns
:class:`Sheet` objects (a name, column headings, rows of numbers and text); writing them to an
``.xlsx`` needs GDAL (``processing_provider/report/workbook_file.py``). Numbers stay numbers, so
a planner can sum and chart them in Excel; names and headings are in the report's language.

A section adds its sheets with one function ``(data, language, tr) → [Sheet]`` and one line in
:data:`SHEETS`.
"""

import math
import re
from dataclasses import dataclass
from typing import List, Sequence

from ..core.consolidation import ROLE_LABELS
from .compliance import line_name, rows_from_pieces, summary_rows
from .compliance import method_rows as compliance_method
from .consolidation import central_rows, move_rows, role_counts
from .consolidation import cost_unit as move_cost_unit
from .consolidation import method_rows as consolidation_method
from .facilities import (
    BLIND_SPOT,
    GAP_CLASSES,
    UNDER_SERVED,
    ZoneGaps,
    capacity_unit,
    cost_unit,
    demand_table,
    gap_class_names,
    population_heading,
    zone_table,
)
from .facilities import method_rows as facility_method
from .flows import direction_names, matrix_rows, unit_name
from .flows import method_rows as flow_method
from .hollow import driving_indicators, indicator_name, level_name, level_table
from .hollow import method_rows as hollow_method
from .linkage import balance_sheet, figure_unit
from .linkage import method_rows as linkage_method
from .sections import area_name
from .siting import curve_rows, new_sites, served_villages, site_names, uncovered, unit_text
from .siting import method_rows as siting_method
from .values import MU_PER_HA, is_missing, text_key, to_float
from .villageclass import class_name, class_table
from .villageclass import method_rows as class_method

#: Excel's limit on the length of a sheet name, and the characters it refuses.
NAME_LENGTH = 31
BAD_NAME = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Sheet:
    """One sheet: its name, column headings and rows (numbers, text or None)."""

    name: str
    header: Sequence[str]
    rows: Sequence[Sequence]


def value(cell):
    """A cell as the workbook holds it: a finite number, text, or None (empty)."""
    if is_missing(cell):
        return None
    if isinstance(cell, bool):
        return int(cell)
    if isinstance(cell, (int, float)):
        return cell if math.isfinite(cell) else None
    return str(cell)


def number(cell, digits=None):
    """A number (rounded to ``digits`` when given) or None."""
    found = to_float(cell)
    if math.isnan(found):
        return None
    return round(found, digits) if digits is not None else found


def count(cell):
    found = to_float(cell)
    return None if math.isnan(found) else int(round(found))


def sheet_names(sheets: List[Sheet]) -> List[Sheet]:
    """The sheets with names Excel accepts: forbidden characters replaced, at most 31
    characters, unique (a number appended to repeats)."""
    named, seen = [], set()
    for sheet in sheets:
        base = BAD_NAME.sub("_", sheet.name).strip() or "Sheet"
        name, k = base[:NAME_LENGTH], 2
        while name.lower() in seen:
            suffix = f" {k}"
            name, k = base[: NAME_LENGTH - len(suffix)] + suffix, k + 1
        seen.add(name.lower())
        rows = [[value(cell) for cell in row] for row in sheet.rows]
        named.append(Sheet(name, list(sheet.header), rows))
    return named


def method_sheet_rows(section: str, rows) -> List[list]:
    return [[section, item, text] for item, text in rows]


# -- the sheets of each section ---------------------------------------------------------


def hollow_sheets(villages, language, tr) -> List[Sheet]:
    table = level_table(villages.towns, villages.levels, villages.scores)
    names = [level_name(level, villages.level_names, language) for level in table.levels]
    header = [tr("Township")] + names + [tr("Not scored"), tr("Villages")]
    header.append(tr("Mean hollowing score"))
    rows = [
        [tr("Total") if row is table.total else area_name(row.town, tr)]
        + [row.counts[level] for level in table.levels]
        + [row.unscored, row.total, number(row.mean_score, 4)]
        for row in table.rows + [table.total]
    ]
    sheets = [Sheet(tr("Villages per level"), header, rows)]
    if villages.names:
        weights = (villages.run.results.get("WEIGHTS") if villages.run else None) or {}
        driving = driving_indicators(villages.indicators, weights) if weights else []
        order = sorted(
            range(len(villages.names)),
            key=lambda i: (to_float(villages.ranks[i]) if villages.ranks else 0, i),
        )
        rows = [
            [
                count(villages.ranks[i]) if villages.ranks else None,
                villages.names[i],
                area_name(villages.towns[i], tr),
                count(villages.levels[i]),
                level_name(int(to_float(villages.levels[i])), villages.level_names, language)
                if not math.isnan(to_float(villages.levels[i]))
                else None,
                number(villages.scores[i], 4),
                indicator_name(driving[i], language) if driving and driving[i] else None,
            ]
            for i in order
        ]
        header = [tr("Rank"), tr("Village"), tr("Township"), tr("Level code"), tr("Level")]
        header += [tr("Score"), tr("Driving indicator")]
        sheets.append(Sheet(tr("Hollow villages"), header, rows))
    return sheets


def facility_sheets(layers, language, tr) -> List[Sheet]:
    sheets = []
    names = gap_class_names(tr)
    for gaps in layers:
        if isinstance(gaps, ZoneGaps):
            rows = zone_table(
                gaps.zones, gaps.n_demand, gaps.population, gaps.covered_pop, gaps.deficit
            )
            header = [tr("Township"), tr("Demand points"), population_heading(gaps.run, tr)]
            header += [tr("Population covered (人)"), tr("Coverage rate (population)")]
            header.append(tr("Deficit ({unit})").format(unit=capacity_unit(gaps.run, tr)))
            body = [
                [
                    tr("Total") if row.zone is None else area_name(row.zone, tr),
                    count(row.n_demand),
                    count(row.population),
                    count(row.covered_pop),
                    number(row.coverage_rate * 100, 1),
                    number(row.deficit, 1),
                ]
                for row in rows
            ]
            header[4] += " (%)"
            sheets.append(Sheet(tr("Zones {name}").format(name=gaps.name), header, body))
            continue
        rows = demand_table(gaps.towns, gaps.gap_class, gaps.covered, gaps.gap, gaps.nearest_cost)
        unit = cost_unit(gaps.run, tr)
        header = [tr("Township"), tr("Demand points"), tr("Covered"), tr("Coverage") + " (%)"]
        header += [names[code] for code in GAP_CLASSES]
        header.append(tr("Deficit ({unit})").format(unit=capacity_unit(gaps.run, tr)))
        header += [
            tr("Mean cost to nearest ({unit})").format(unit=unit),
            tr("Largest cost to nearest ({unit})").format(unit=unit),
        ]
        body = [
            [
                tr("Total") if row.town is None else area_name(row.town, tr),
                row.n,
                row.covered,
                number(row.coverage * 100, 1),
            ]
            + [row.classes[code] for code in GAP_CLASSES]
            + [number(row.deficit, 1), number(row.mean_cost, 1), number(row.max_cost, 1)]
            for row in rows
        ]
        sheets.append(Sheet(tr("Coverage {name}").format(name=gaps.name), header, body))
        if gaps.names:
            order = [
                i
                for code in (BLIND_SPOT, UNDER_SERVED)
                for i in range(len(gaps.names))
                if to_float(gaps.gap_class[i]) == code
            ]
            header = [
                tr("Village"),
                tr("Township"),
                tr("Gap class"),
                population_heading(gaps.run, tr),
            ]
            header += [tr("Nearest facility"), tr("Cost to nearest ({unit})").format(unit=unit)]
            body = [
                [
                    gaps.names[i],
                    area_name(gaps.towns[i], tr),
                    names[int(to_float(gaps.gap_class[i]))],
                    count(gaps.population[i]) if gaps.population else None,
                    gaps.nearest_id[i] if gaps.nearest_id else None,
                    number(gaps.nearest_cost[i], 1),
                ]
                for i in order
            ]
            sheets.append(Sheet(tr("Gaps {name}").format(name=gaps.name), header, body))
    return sheets


def linkage_sheets(linkage, language, tr) -> List[Sheet]:
    sheets = []
    if linkage.balance is not None:
        rows = []
        basis = str(linkage.run.method.get("quota_basis", "")) if linkage.run else ""
        for group in balance_sheet(linkage.balance, language, basis):
            for f in group.figures:
                rows.append(
                    [group.name, tr("Figure"), f.label, number(f.value, 4)]
                    + [number(f.value_mu, 2), figure_unit(f, tr), None, None, None, None]
                )
            for r in group.rules:
                rows.append(
                    [group.name, tr("Rule"), r.label, number(r.value, 4), None, None]
                    + [text_key(r.relation), number(r.limit, 4)]
                    + [
                        tr("pass") if r.passed else tr("fail"),
                        tr("yes") if r.required else tr("no"),
                    ]
                )
        header = [tr("Project area"), tr("Kind"), tr("Item"), tr("Value"), tr("mu (亩)")]
        header += [tr("Unit"), tr("Relation"), tr("Limit"), tr("Result"), tr("Binding")]
        sheets.append(Sheet(tr("Linkage balance"), header, rows))
    parcels = []
    for rows, kind in ((linkage.demolition, tr("拆旧")), (linkage.construction, tr("建新"))):
        for row in rows or ():
            if to_float(row.get("selected")) == 1:
                area = number(row.get("area_ha"), 4)
                parcels.append(
                    [kind, row.get("id"), text_key(row.get("group")), area]
                    + [None if area is None else round(area * MU_PER_HA, 2)]
                )
    if linkage.demolition is not None or linkage.construction is not None:
        header = [tr("Kind"), tr("Parcel"), tr("Project area"), tr("Area (ha)"), tr("Area (亩)")]
        sheets.append(Sheet(tr("Linkage parcels"), header, parcels))
    if linkage.pairs is not None:
        rows = [
            [row.get("from_id"), row.get("to_id"), text_key(row.get("group"))]
            + [number(row.get("quota_ha"), 4), number(to_float(row.get("quota_ha")) * 15, 2)]
            + [number(row.get("distance_m"), 0)]
            for row in linkage.pairs
        ]
        header = [tr("拆旧 parcel"), tr("建新 parcel"), tr("Project area"), tr("Quota (ha)")]
        header += [tr("Quota (亩)"), tr("Distance (m)")]
        sheets.append(Sheet(tr("Linkage pairs"), header, rows))
    return sheets


def compliance_sheets(compliance, language, tr) -> List[Sheet]:
    if compliance.summary is not None:
        rows = summary_rows(compliance.summary)
    elif compliance.conflicts is not None:
        rows = rows_from_pieces(compliance.conflicts)
    else:
        return []
    header = [tr("Township"), tr("Line"), tr("Features"), tr("Area (ha)"), tr("Area (亩)")]
    header += [tr("Net area (ha)"), tr("Length (m)")]
    body = [
        [
            tr("Total") if row.zone is None else area_name(row.zone, tr),
            line_name(row.line, language),
            row.features,
            number(row.area_ha, 4),
            number(row.area_mu, 2),
            number(row.net_area_ha, 4),
            number(row.length_m, 1),
        ]
        for row in rows
    ]
    return [Sheet(tr("Control-line conflicts"), header, body)]


def flow_sheets(flows, language, tr) -> List[Sheet]:
    if flows.matrix is None:
        return []
    rows = matrix_rows(flows.matrix)
    directions = direction_names(tr)
    header = [tr("Kind of flow")] + list(directions.values()) + [tr("Total flow")]
    header.append(tr("Net rural outflow"))
    body = [
        [row.kind]
        + [number(row.values.get(key), 2) for key in directions]
        + [number(row.total, 2), number(row.net_rural_outflow, 2)]
        for row in rows
    ]
    return [Sheet(tr("Urban–rural flows"), header, body)]


def village_class_sheets(data, language, tr) -> List[Sheet]:
    table = class_table(data.towns, data.codes)
    header = [tr("Township")] + [class_name(code, language) for code in table.codes]
    header.append(tr("Villages"))
    body = [
        [tr("Total") if row is table.total else area_name(row.town, tr)]
        + [row.counts[code] for code in table.codes]
        + [row.total]
        for row in table.rows + [table.total]
    ]
    sheets = [Sheet(tr("Villages per class"), header, body)]
    rows = [
        [name, area_name(town, tr), class_name(int(to_float(code)), language)]
        for name, town, code in zip(data.names, data.towns, data.codes)
        if not math.isnan(to_float(code))
    ]
    sheets.append(Sheet(tr("Village classes"), [tr("Village"), tr("Township"), tr("Class")], rows))
    return sheets


def consolidation_sheets(data, language, tr) -> List[Sheet]:
    counts = role_counts(data)
    sheets = [
        Sheet(
            tr("Settlements per role"),
            [tr("Role"), tr("Settlements")],
            [[ROLE_LABELS.label(code, language), counts[code]] for code in ROLE_LABELS.codes]
            + [[tr("Total"), sum(counts.values())]],
        )
    ]
    header = [tr("Central village"), tr("Own residents"), tr("Residents received")]
    header += [tr("Residents after the moves"), tr("Settlements moving in")]
    rows = [
        [row.name, count(row.own), count(row.received), count(row.final), row.moves_in]
        for row in central_rows(data)
    ]
    sheets.append(Sheet(tr("Central villages"), header, rows))
    moves = move_rows(data)
    header = [tr("Settlement"), tr("Central village"), tr("Residents")]
    header += [tr("Move cost ({unit})").format(unit=move_cost_unit(data.run, tr))]
    header += [tr("Released land, ha"), tr("Released land, 亩")]
    rows = [
        [row.name, row.central, count(row.residents), number(row.cost, 1)]
        + [number(row.released_ha, 4), number(row.released_ha * MU_PER_HA, 2)]
        for row in moves
    ]
    released = sum(row.released_ha for row in moves)
    rows.append(
        [tr("Total"), None, count(sum(row.residents for row in moves)), None]
        + [number(released, 4), number(released * MU_PER_HA, 2)]
    )
    sheets.append(Sheet(tr("Moves"), header, rows))
    return sheets


def siting_sheets(siting, language, tr) -> List[Sheet]:
    sheets = []
    demand, sites = siting.demand, siting.sites
    unit = unit_text(demand.run.get("run_cost_unit"), tr) if demand is not None else ""
    if sites is not None:
        header = [tr("Site"), tr("Name"), tr("Township"), tr("Villages served")]
        header += [tr("Assigned population (people)"), tr("Load (assigned / capacity)")]
        rows = [
            [
                value(sites.ids[i]),
                value(sites.names[i]),
                area_name(text_key(sites.towns[i]), tr),
                served_villages(demand, sites.ids[i]) if demand is not None else None,
                count(sites.assigned_pop[i]),
                number(sites.load[i], 4),
            ]
            for i in new_sites(sites)
        ]
        sheets.append(Sheet(tr("New sites"), header, rows))
    if demand is not None:
        header = [tr("Village"), tr("Township"), tr("Population (people)"), tr("Assigned site")]
        header.append(tr("Cost to the assigned site ({unit})").format(unit=unit))
        rows = [
            [
                value(demand.names[i]),
                area_name(text_key(demand.towns[i]), tr),
                count(demand.weights[i]),
                value(demand.site_ids[i]),
                number(demand.site_costs[i], 1),
            ]
            for i in uncovered(demand)
        ]
        sheets.append(Sheet(tr("Villages uncovered"), header, rows))
    curve = curve_rows(siting.curve or [])
    if curve:
        header = [tr("New sites (k)"), tr("Covered population (people)")]
        header += [tr("Coverage rate (population)") + " (%)"]
        header += [tr("Mean cost ({unit})").format(unit=unit)]
        header += [tr("Largest cost ({unit})").format(unit=unit)]
        header += [tr("Gain of the extra site (people)"), tr("New sites chosen")]
        names = site_names(sites)  # the new sites by name where they have one, as the report
        rows = [
            [row.k, count(row.covered_pop), number(row.coverage_rate * 100, 1)]
            + [number(row.mean_cost, 1), number(row.max_cost, 1), count(row.gain)]
            + [
                ", ".join(
                    names.get(i.strip(), i.strip()) for i in row.new_ids.split(",") if i.strip()
                )
                or None
            ]
            for row in curve
        ]
        sheets.append(Sheet(tr("Siting curve"), header, rows))
    return sheets


def method_sheet(data, language, tr) -> List[Sheet]:
    """Every section's method rows on one sheet (section, item, value)."""
    rows = []
    if data.get("hollow") is not None:
        rows += method_sheet_rows(
            tr("Hollow villages"), hollow_method(data["hollow"].run, tr, language)
        )
    if data.get("village_classes") is not None:
        rows += method_sheet_rows(
            tr("Village classification"), class_method(data["village_classes"].run, tr)
        )
    if data.get("consolidation") is not None:
        rows += method_sheet_rows(
            tr("Settlement consolidation"), consolidation_method(data["consolidation"].run, tr)
        )
    for gaps in data.get("facilities") or ():
        if not isinstance(gaps, ZoneGaps):
            rows += method_sheet_rows(gaps.name, facility_method(gaps.run, language, tr))
    siting = data.get("siting")
    if siting is not None and siting.demand is not None:
        rows += method_sheet_rows(tr("Facility siting"), siting_method(siting.demand, language, tr))
    if data.get("linkage") is not None:
        rows += method_sheet_rows(tr("Linkage (增减挂钩)"), linkage_method(data["linkage"].run, tr))
    if data.get("compliance") is not None:
        rows += method_sheet_rows(
            tr("Control-line check"), compliance_method(data["compliance"].run, tr)
        )
    flows = data.get("flows")
    if flows is not None:
        unit = flows.unit or unit_name("table", tr)
        rows += method_sheet_rows(tr("Urban–rural flows"), flow_method(flows.run, unit, tr))
    return [Sheet(tr("Method"), [tr("Section"), tr("Item"), tr("Value")], rows)] if rows else []


#: The sheets in workbook order: (key of the data, builder(data, language, tr) → [Sheet]).
SHEETS = (
    ("hollow", hollow_sheets),
    ("village_classes", village_class_sheets),
    ("consolidation", consolidation_sheets),
    ("facilities", facility_sheets),
    ("siting", siting_sheets),
    ("linkage", linkage_sheets),
    ("compliance", compliance_sheets),
    ("flows", flow_sheets),
)


def build_workbook(language: str = "en", tr=lambda text: text, **data) -> List[Sheet]:
    """The sheets of the analyses given (keyword data as :func:`.report.build_report` takes
    them; missing ones are left out), then the method sheet; names made valid and unique."""
    sheets = []
    for key, build in SHEETS:
        if data.get(key):
            sheets += build(data[key], language, tr)
    sheets += method_sheet(data, language, tr)
    return sheet_names(sheets)

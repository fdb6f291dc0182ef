"""The 增减挂钩 section: the balance sheet of urflow:landquotalinkage per project area and in
total (figures, then one pass/fail row per rule), a chart of the areas and the map."""

from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Sequence

from ..core.linkage.labels import (
    EXCLUSIONS,
    FIGURE_ITEMS,
    FIGURE_LABELS,
    GROUPS,
    RULE_LABELS,
    UNITS,
)
from .charts import bar_chart
from .markup import element
from .method import Run, add_method, field_rows, input_rows, limit_text, seconds_text, yes_no
from .sections import MapImage, Section
from .tables import Cell, html_table, num
from .values import (
    MU_PER_HA,
    format_count,
    format_number,
    format_percent,
    format_quantity,
    is_missing,
    text_key,
    to_float,
)

#: Result words of balance tables written before the ``passed`` code field existed (English or
#: Chinese runs); read only when a row has no ``passed`` value.
OLD_PASS_WORDS = {"pass", "通过", "true", "1", "yes", "是"}
#: The unit code of each figure ``item`` (``core.linkage.labels.FIGURE_ITEMS``).
FIGURE_UNITS = {item: unit for item, unit, _area in FIGURE_ITEMS}
#: Colours of the chart's series (:func:`chart_series`).
CHART_COLOURS = ("#b2182b", "#4d9221", "#762a83", "#2166ac", "#fdae61")


@dataclass(frozen=True)
class Linkage:
    """What the linkage section shows: the OUTPUT_BALANCE rows (dicts keyed by its fields:
    ``group``, ``kind``, ``item``, ``label``, ``value``, ``value_mu``, ``unit``, ``relation``,
    ``limit``, ``result``, ``required`` and, in newer tables, ``passed``) and the map of the
    parcels and pairs. Either may be missing."""

    balance: Optional[Sequence[Mapping]] = None
    map: Optional[MapImage] = None
    #: The parcels and pairs as rows (dicts keyed by field name; None: layer not given):
    #: OUTPUT_DEMOLITION and OUTPUT_CONSTRUCTION rows carry ``id`` (the run's id field), the
    #: pairs ``from_id``, ``to_id``, ``quota_ha``, ``distance_m``; ``run``: the run's record.
    demolition: Optional[Sequence[Mapping]] = None
    construction: Optional[Sequence[Mapping]] = None
    pairs: Optional[Sequence[Mapping]] = None
    run: Optional[Run] = None


@dataclass(frozen=True)
class Figure:
    item: str
    label: object
    value: float
    value_mu: float
    unit: object


@dataclass(frozen=True)
class Rule:
    item: str
    label: object
    value: float
    relation: object
    limit: float
    passed: bool
    required: bool


@dataclass
class BalanceGroup:
    """The figures and rules of one project area (or of the total)."""

    name: str
    figures: List[Figure] = field(default_factory=list)
    rules: List[Rule] = field(default_factory=list)

    def value(self, item: str) -> float:
        """The value of figure ``item`` (an English id such as ``quota_ha``); NaN if absent."""
        return next((f.value for f in self.figures if f.item == item), float("nan"))


def rule_passed(row: Mapping) -> bool:
    """A rule row's ``passed`` code (1 = pass); tables written before that field existed are
    read from their ``result`` word instead (the only place a word is read back)."""
    code = row.get("passed")
    if not is_missing(code):
        return to_float(code) == 1
    return text_key(row.get("result")).strip().lower() in OLD_PASS_WORDS


def balance_sheet(
    rows: Sequence[Mapping], language: Optional[str] = None, quota_basis: str = ""
) -> List[BalanceGroup]:
    """The balance table's figure and rule rows grouped by ``group``, in the table's order
    (the total last, as the algorithm writes it); other kinds of rows are left out.

    With ``language``, the groups, figures, units and rules known by their codes
    (``group_code``, ``item``) are named in that language from ``core.linkage.labels`` (the
    table's own labels are in the language of the run); ``quota_basis`` gives the quota's
    symbol (R or A) in the rule that names it."""
    groups = {}
    symbol = {"reclaimed_cultivated": "R", "reclaimed_construction": "A"}.get(quota_basis)
    for row in rows:
        kind = text_key(row.get("kind"))
        if kind not in ("figure", "rule"):
            continue
        name = text_key(row.get("group"))
        code = text_key(row.get("group_code"))
        if language and code in GROUPS.codes:
            name = GROUPS.label(code, language)
        group = groups.setdefault(name, BalanceGroup(name))
        item, label = text_key(row.get("item")), row.get("label")
        if language and kind == "figure" and item in FIGURE_LABELS.codes:
            label = FIGURE_LABELS.label(item, language)
        elif language and kind == "rule" and item in RULE_LABELS.codes:
            text = RULE_LABELS.label(item, language)
            if "{q}" not in text or symbol:
                label = text.format(q=symbol)
        if kind == "figure":
            group.figures.append(
                Figure(
                    item,
                    label,
                    to_float(row.get("value")),
                    to_float(row.get("value_mu")),
                    UNITS.label(FIGURE_UNITS[item], language)
                    if language and item in FIGURE_UNITS
                    else row.get("unit"),
                )
            )
        else:
            group.rules.append(
                Rule(
                    item,
                    label,
                    to_float(row.get("value")),
                    row.get("relation"),
                    to_float(row.get("limit")),
                    rule_passed(row),
                    to_float(row.get("required")) != 0,
                )
            )
    return list(groups.values())


def diagnoses(rows: Sequence[Mapping]) -> List[object]:
    """Why an infeasible run has no plan: the labels of its ``diagnosis`` rows."""
    return [row.get("label") for row in rows if text_key(row.get("kind")) == "diagnosis"]


def chart_series(tr):
    """The figures the chart compares per project area: ``item`` code → series name."""
    return {
        "demolition_ha": tr("拆旧 area A"),
        "reclaimed_ha": tr("reclaimed cultivated R"),
        "quota_ha": tr("quota"),
        "construction_ha": tr("建新 area B"),
        "occupied_ha": tr("cultivated occupied O"),
    }


#: Decimals of the balance figures by ``item`` (counts as integers, areas in ha with 4 as the
#: balance sheet is exact to 1 m², percentages one decimal, money in 万元 two).
FIGURE_DIGITS = {"n_demolition": 0, "n_construction": 0, "new_cultivated_ratio": 1}


def figure_digits(item: str) -> int:
    return FIGURE_DIGITS.get(item, 4 if item.endswith("_ha") else 2)


def rule_digits(item: str) -> int:
    """Areas (ha) 4 decimals, counts of parcels integers, points and money 2."""
    if item in ("construction_lt_demolition", "quota_repaid", "cultivated_not_reduced"):
        return 4
    return 0 if item.endswith("_untouched") or item == "mandatory_built" else 2


def figure_unit(figure: Figure, tr):
    """The figure's unit; cost and value are in 万元 (the table leaves their unit empty)."""
    if figure.item in ("cost", "value"):
        return "万元"
    return figure.unit


def group_tables(section: Section, group: BalanceGroup, tr) -> None:
    section.heading(group.name, 3)
    figures = [
        [figure.label, num(figure.value, figure_digits(figure.item)), num(figure.value_mu, 1)]
        + [figure_unit(figure, tr)]
        for figure in group.figures
    ]
    section.add_table(
        html_table(
            [tr("Item"), tr("Value"), tr("mu (亩)"), tr("Unit")],
            figures,
            tr("Balance sheet: {group}").format(group=group.name),
        )
    )
    rules = [
        [
            rule.label,
            num(rule.value, rule_digits(rule.item)),
            rule.relation,
            num(rule.limit, rule_digits(rule.item)),
            Cell(tr("pass"), "pass") if rule.passed else Cell(tr("fail"), "fail"),
            tr("yes") if rule.required else tr("no"),
        ]
        for rule in group.rules
    ]
    section.add_table(
        html_table(
            [tr("Rule"), tr("Value"), tr("Relation"), tr("Limit"), tr("Result"), tr("Binding")],
            rules,
            tr("Rules: {group}").format(group=group.name),
        )
    )


def method_rows(run: Optional[Run], tr):
    """What the linkage run used and how the solver ended, in plain words."""
    if run is None:
        return []
    m, r = run.method, run.results
    bases = {
        "reclaimed_cultivated": tr("reclaimed cultivated land (复垦耕地)"),
        "reclaimed_construction": tr("reclaimed construction land (拆旧建设用地)"),
    }
    statuses = {
        "optimal": tr("optimal"),
        "time_limit": tr("stopped at the time limit (best plan found)"),
        "infeasible": tr("infeasible: no plan meets every rule"),
        "solver_error": tr("solver error"),
    }
    rows = input_rows(
        run,
        {
            "DEMOLITION": tr("拆旧 candidates"),
            "CONSTRUCTION": tr("建新 candidates"),
            "CULTIVATED": tr("Cultivated land"),
            "PERMANENT_FARMLAND": tr("Permanent basic farmland"),
            "ECO_REDLINE": tr("Ecological protection red line"),
            "URBAN_BOUNDARY": tr("Urban growth boundary"),
            "PRIORITY_LAYER": tr("Priority (hollow villages)"),
        },
        tr,
    )
    basis = str(m.get("quota_basis", ""))
    rows.append((tr("Quota basis"), bases.get(basis, basis)))
    kappa = field_rows(run, {"KAPPA_FIELD": tr("New-cultivated-land coefficient κ")}, tr)
    default = format_number(m.get("default_kappa"), 2)
    if kappa:
        note = tr("(default {kappa} where empty)").format(kappa=default)
        rows.append((kappa[0][0], f"{kappa[0][1]} {note}"))
    else:
        rows.append((tr("New-cultivated-land coefficient κ"), default))
    rows.append((tr("Cultivated-land quality must not fall"), yes_no(m.get("require_quality"), tr)))
    distance = limit_text(m.get("max_distance_m"), "m", tr)
    rows.append((tr("Largest 拆旧–建新 pair distance"), distance))
    rows.append((tr("Budget"), limit_text(m.get("budget"), "万元", tr, 2)))
    rows += field_rows(
        run,
        {
            "COST_FIELD": tr("Cost (万元)"),
            "VALUE_FIELD": tr("Value (万元)"),
            "GROUP_FIELD": tr("Project area"),
        },
        tr,
    )
    rows.append(
        (
            tr("Objective weights"),
            tr("priority {priority}, distance {distance}").format(
                priority=format_number(m.get("priority_weight"), 2),
                distance=format_number(m.get("distance_weight"), 2),
            ),
        )
    )
    status = str(r.get("STATUS", ""))
    rows.append((tr("Solver"), tr("HiGHS mixed-integer programme (scipy.optimize.milp)")))
    rows.append((tr("Solver status"), statuses.get(status, status)))
    rows.append((tr("Optimality gap"), format_percent(r.get("GAP"), 2)))
    rows.append(
        (
            tr("Solving time"),
            tr("{time} (limit {limit})").format(
                time=seconds_text(r.get("SOLVE_SECONDS"), tr),
                limit=seconds_text(m.get("time_limit_s"), tr),
            ),
        )
    )
    return rows


def area_cells(hectares):
    """Two cells: ha (2 decimals) and 亩 (1 decimal)."""
    value = to_float(hectares)
    return [num(value, 2), num(value * MU_PER_HA, 1)]


def parcel_lists(section: Section, linkage: Linkage, language: str, tr) -> None:
    """Selected 拆旧 and 建新 parcels with their areas, the pairs, and the 建新 candidates
    excluded with the reason."""
    ha, mu = tr("Area (ha)"), tr("Area (亩)")
    if linkage.demolition is not None:
        chosen = [row for row in linkage.demolition if to_float(row.get("selected")) == 1]
        rows = [
            [row.get("id"), text_key(row.get("group"))]
            + area_cells(row.get("area_ha"))
            + area_cells(row.get("reclaimed_ha"))
            for row in chosen
        ]
        total = sum(to_float(row.get("area_ha")) for row in chosen)
        reclaimed = sum(to_float(row.get("reclaimed_ha")) for row in chosen)
        rows.append([tr("Total"), ""] + area_cells(total) + area_cells(reclaimed))
        section.add_table(
            html_table(
                [tr("拆旧 parcel"), tr("Project area"), ha, mu]
                + [tr("Reclaimed (ha)"), tr("Reclaimed (亩)")],
                rows,
                tr("Selected 拆旧 parcels: {n}").format(n=format_count(len(chosen))),
                total_rows=1,
            )
        )
    if linkage.construction is not None:
        chosen = [row for row in linkage.construction if to_float(row.get("selected")) == 1]
        rows = [
            [row.get("id"), text_key(row.get("group"))]
            + area_cells(row.get("area_ha"))
            + area_cells(row.get("occupied_cultivated_ha"))
            for row in chosen
        ]
        total = sum(to_float(row.get("area_ha")) for row in chosen)
        occupied = sum(to_float(row.get("occupied_cultivated_ha")) for row in chosen)
        rows.append([tr("Total"), ""] + area_cells(total) + area_cells(occupied))
        section.add_table(
            html_table(
                [tr("建新 parcel"), tr("Project area"), ha, mu]
                + [tr("Cultivated occupied (ha)"), tr("Cultivated occupied (亩)")],
                rows,
                tr("Selected 建新 parcels: {n}").format(n=format_count(len(chosen))),
                total_rows=1,
            )
        )
        excluded = [row for row in linkage.construction if to_float(row.get("excluded")) == 1]
        if excluded:
            rows = [
                [row.get("id"), exclusion_text(row, language, tr)] + area_cells(row.get("area_ha"))
                for row in excluded
            ]
            section.add_table(
                html_table(
                    [tr("建新 candidate"), tr("Reason for exclusion"), ha, mu],
                    rows,
                    tr("建新 candidates excluded: {n}").format(n=format_count(len(excluded))),
                )
            )
    if linkage.pairs is not None:
        rows = [
            [row.get("from_id"), row.get("to_id"), text_key(row.get("group"))]
            + area_cells(row.get("quota_ha"))
            + [num(row.get("distance_m"), 0)]
            for row in linkage.pairs
        ]
        quota = sum(to_float(row.get("quota_ha")) for row in linkage.pairs)
        rows.append([tr("Total"), "", ""] + area_cells(quota) + [""])
        section.add_table(
            html_table(
                [tr("拆旧 parcel"), tr("建新 parcel"), tr("Project area")]
                + [tr("Quota (ha)"), tr("Quota (亩)"), tr("Distance (m)")],
                rows,
                tr("拆旧–建新 pairs: {n}").format(n=format_count(len(linkage.pairs))),
                total_rows=1,
            )
        )


def exclusion_text(row: Mapping, language: str, tr) -> str:
    """The control line a 建新 candidate lies on, with the overlap in ha."""
    overlaps = {
        "permanent_farmland": row.get("pbf_overlap_m2"),
        "eco_redline": row.get("redline_overlap_m2"),
        "outside_urban_boundary": row.get("outside_ugb_m2"),
    }
    parts = []
    for code in str(row.get("excluded_code") or "").split(","):
        code = code.strip()
        if code in overlaps:
            area = to_float(overlaps[code]) / 10000
            parts.append(
                tr("{reason}: {area}").format(
                    reason=EXCLUSIONS.label(code, language), area=format_quantity(area, "ha", 2)
                )
            )
    return "; ".join(parts) or "—"


def linkage_section(linkage: Linkage, tr, language: str = "en") -> Section:
    """Heading, map, then (with a balance table) why there is no plan if so, the figures and
    rules of each project area and the total, and a chart of the areas."""
    section = Section()
    section.heading(tr("Urban–rural construction land linkage (增减挂钩)"))
    section.add_map(linkage.map, tr("Urban–rural construction land linkage (增减挂钩)"), tr)
    if linkage.run is not None or linkage.demolition is not None:
        add_method(section, method_rows(linkage.run, tr), tr, linkage.run)
    parcel_lists(section, linkage, language, tr)
    if linkage.balance is None:
        return section
    for reason in diagnoses(linkage.balance):
        section.parts.append(element("p", reason, "fail"))
    basis = str(linkage.run.method.get("quota_basis", "")) if linkage.run else ""
    groups = balance_sheet(linkage.balance, language, basis)
    for group in groups:
        group_tables(section, group, tr)
    areas = groups[:-1] if len(groups) > 1 else groups  # the total would dwarf the areas
    chart_title = tr("Areas per project area (ha)")
    chart = bar_chart(
        [group.name for group in areas],
        [(name, [group.value(item) for group in areas]) for item, name in chart_series(tr).items()],
        title=chart_title,
        ylabel="ha",
        colours=CHART_COLOURS,
    )
    section.add_chart(chart, chart_title)
    rules = [rule for group in groups for rule in group.rules]
    section.summary.append(
        tr("{passed} of {rules} balance rules pass.").format(
            passed=format_count(sum(rule.passed for rule in rules)),
            rules=format_count(len(rules)),
        )
    )
    return section

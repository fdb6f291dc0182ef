"""The 增减挂钩 section: the balance sheet of urflow:landquotalinkage per project area and in
total (figures, then one pass/fail row per rule), a chart of the areas and the map."""

from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Sequence

from .charts import bar_chart
from .markup import element
from .sections import MapImage, Section
from .tables import Cell, html_table, num
from .values import is_missing, text_key, to_float

#: Result words of balance tables written before the ``passed`` code field existed (English or
#: Chinese runs); read only when a row has no ``passed`` value.
OLD_PASS_WORDS = {"pass", "通过", "true", "1", "yes", "是"}
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


def balance_sheet(rows: Sequence[Mapping]) -> List[BalanceGroup]:
    """The balance table's figure and rule rows grouped by ``group``, in the table's order
    (the total last, as the algorithm writes it); other kinds of rows are left out."""
    groups = {}
    for row in rows:
        kind = text_key(row.get("kind"))
        if kind not in ("figure", "rule"):
            continue
        name = text_key(row.get("group"))
        group = groups.setdefault(name, BalanceGroup(name))
        item, label = text_key(row.get("item")), row.get("label")
        if kind == "figure":
            group.figures.append(
                Figure(
                    item,
                    label,
                    to_float(row.get("value")),
                    to_float(row.get("value_mu")),
                    row.get("unit"),
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


def group_tables(section: Section, group: BalanceGroup, tr) -> None:
    section.heading(group.name, 3)
    figures = [
        [figure.label, num(figure.value, 4), num(figure.value_mu, 2), figure.unit]
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
            num(rule.value, 4),
            rule.relation,
            num(rule.limit, 4),
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


def linkage_section(linkage: Linkage, tr) -> Section:
    """Heading, map, then (with a balance table) why there is no plan if so, the figures and
    rules of each project area and the total, and a chart of the areas."""
    section = Section()
    section.heading(tr("Urban–rural construction land linkage (增减挂钩)"))
    section.add_map(linkage.map, tr("Urban–rural construction land linkage (增减挂钩)"), tr)
    if linkage.balance is None:
        return section
    for reason in diagnoses(linkage.balance):
        section.parts.append(element("p", reason, "fail"))
    groups = balance_sheet(linkage.balance)
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
            passed=sum(rule.passed for rule in rules), rules=len(rules)
        )
    )
    return section

"""The village-classification section (村庄分类): villages per class and township, a chart, the
搬迁撤并 and 特色保护 villages by name with the rule that decided each, and the conflicts (villages
that later rules also matched), from urflow:villageclassification.

Classes are read as their codes (``class_code`` 0–4) and named from core.villageclass'
label table in the report's language; the layer's own labels are never parsed."""

import os
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

from ..core.villageclass import HERITAGE, RELOCATE, VILLAGE_CLASSES
from .charts import bar_chart
from .method import Run, add_method, input_rows
from .sections import MapImage, Section, area_name
from .tables import html_table, num
from .values import format_count, group_indices, is_missing, text_key, to_float

#: The classes in the order the tables show them: the four kinds, then 暂不分类.
CLASS_ORDER = (1, 2, 3, 4, 0)
#: The classes whose villages are listed by name, in this order.
LISTED = (RELOCATE, HERITAGE)


@dataclass(frozen=True)
class VillageClasses:
    """The urflow:villageclassification OUTPUT as plain columns (one entry per village).

    ``codes``: ``class_code``; ``names``: the village names (or ids); ``towns``: the township
    (None: no township field); ``rule_orders``: ``rule_order`` (missing: decided by the
    potential or by none); ``rule_sources``: ``rule_source``; ``also_matched``: the orders of
    later rules also true, as the layer holds them (text such as ``"20,40"``); ``colours`` by
    code, as the map draws them."""

    codes: Sequence
    names: Sequence
    towns: Sequence
    rule_orders: Sequence
    rule_sources: Sequence
    also_matched: Sequence
    colours: Mapping[int, str] = field(default_factory=dict)
    map: Optional[MapImage] = None
    #: The record of the run (:mod:`.method`), None when not recorded.
    run: Optional[Run] = None


@dataclass(frozen=True)
class ClassRow:
    """Villages of one township (``town`` None: the whole layer) per class code."""

    town: Optional[str]
    counts: Dict[int, int]
    total: int


@dataclass(frozen=True)
class ClassTable:
    codes: List[int]
    rows: List[ClassRow]
    total: ClassRow


@dataclass(frozen=True)
class NamedVillage:
    """A village listed by name: its class, township, deciding rule and later matches."""

    name: str
    code: int
    town: str
    rule_order: str
    rule_source: str
    also_matched: str


def class_code(value) -> Optional[int]:
    """A ``class_code`` as int; None when missing or not a number."""
    number = to_float(value)
    return None if number != number else int(number)


def class_name(code: int, language: str) -> str:
    try:
        return VILLAGE_CLASSES.label(code, language)
    except KeyError:
        return str(code)


def class_table(towns, codes) -> ClassTable:
    """Villages per class by township: the codes present (in :data:`CLASS_ORDER`, unknown
    codes after), one row per township sorted by name (no township last) and the total."""
    if len(towns) != len(codes):
        raise ValueError("towns and codes must have the same length")
    found = [class_code(value) for value in codes]
    present = {code for code in found if code is not None}
    ordered = [code for code in CLASS_ORDER if code in present]
    ordered += sorted(present - set(CLASS_ORDER))

    def row(indices, town):
        counts = dict.fromkeys(ordered, 0)
        for i in indices:
            if found[i] is not None:
                counts[found[i]] += 1
        return ClassRow(town, counts, len(indices))

    rows = [row(indices, town) for town, indices in group_indices(towns).items()]
    return ClassTable(ordered, rows, row(range(len(codes)), None))


def order_text(value) -> str:
    """A rule order as written in the rules table (``20``, not ``20.0``); '' when missing."""
    number = to_float(value)
    if number != number:
        return text_key(value)
    return str(int(number)) if number.is_integer() else str(number)


def matched_text(value) -> str:
    """``also_matched`` as shown: the orders separated by ', '; '' when none."""
    if is_missing(value):
        return ""
    if isinstance(value, (list, tuple)):
        parts = [order_text(v) for v in value]
    else:
        parts = [order_text(p.strip()) for p in str(value).replace(";", ",").split(",")]
    return ", ".join(part for part in parts if part)


def named_villages(data: VillageClasses, keep) -> List[NamedVillage]:
    """The villages for which ``keep(code, also_matched)`` is true, by class then name."""
    found = []
    for i, value in enumerate(data.codes):
        code = class_code(value)
        matched = matched_text(data.also_matched[i])
        if code is None or not keep(code, matched):
            continue
        found.append(
            NamedVillage(
                text_key(data.names[i]),
                code,
                text_key(data.towns[i]),
                order_text(data.rule_orders[i]),
                text_key(data.rule_sources[i]),
                matched,
            )
        )
    rank = {code: k for k, code in enumerate(LISTED)}
    return sorted(found, key=lambda v: (rank.get(v.code, len(rank)), v.code, v.town, v.name))


def village_cells(villages, language, tr, matched=False):
    rows = []
    for village in villages:
        row = [
            village.name,
            area_name(village.town, tr),
            class_name(village.code, language),
            village.rule_order or "—",
            village.rule_source or "—",
        ]
        rows.append(row + ([village.also_matched] if matched else []))
    return rows


def method_rows(run: Optional[Run], tr):
    """What the classification used, in plain words."""
    if run is None:
        return []
    p, r = run.parameters, run.results
    rows = input_rows(
        run,
        {
            "VILLAGES": tr("Village layer"),
            "TOWNS": tr("Towns"),
            "NETWORK": tr("Road network"),
            "HOLLOW": tr("Hollow villages"),
            "URBAN_BOUNDARY": tr("Urban growth boundary"),
            "BUILT_UP": tr("Town built-up areas"),
        },
        tr,
    )
    if p.get("RULES"):
        rows.append((tr("Rule table"), os.path.basename(str(p["RULES"]))))
    else:
        rows.append((tr("Rule table"), tr("the default rules shipped with URFlow")))
    if p.get("POTENTIAL_FIELDS"):
        rows.append((tr("Development potential from"), str(p["POTENTIAL_FIELDS"])))
    methods = [tr("entropy weights"), tr("equal weights"), tr("AHP")]
    methods += [tr("weights given by the planner"), tr("AHP combined with entropy weights")]
    index = int(p.get("WEIGHTING", 0) or 0)
    rows.append((tr("Weighting method"), methods[index] if 0 <= index < 5 else str(index)))
    rows.append((tr("Villages classified"), format_count(r.get("VILLAGE_COUNT"))))
    rows.append((tr("Villages no rule decided"), format_count(r.get("UNCLASSIFIED"))))
    rows.append((tr("Villages where a later rule also matched"), format_count(r.get("CONFLICTS"))))
    return rows


def village_class_section(data: VillageClasses, language: str, tr) -> Section:
    """Heading, map, the table of villages per class by township, a stacked chart, the
    搬迁撤并 and 特色保护 villages by name with their deciding rule, and the conflicts."""
    table = class_table(data.towns, data.codes)
    names = [class_name(code, language) for code in table.codes]
    section = Section()
    heading = tr("Village classification (村庄分类)")
    section.heading(heading)
    section.add_map(data.map, heading, tr)
    header = [tr("Township")] + names + [tr("Villages")]
    cells = [
        [tr("Total") if row is table.total else area_name(row.town, tr)]
        + [num(row.counts[code], 0) for code in table.codes]
        + [num(row.total, 0)]
        for row in table.rows + [table.total]
    ]
    caption = tr("Villages per class by township")
    section.add_table(html_table(header, cells, caption, total_rows=1))
    chart_title = tr("Villages per class")
    chart = bar_chart(
        [area_name(row.town, tr) for row in table.rows],
        [
            (name, [row.counts[code] for row in table.rows])
            for code, name in zip(table.codes, names)
        ],
        title=chart_title,
        ylabel=tr("Villages"),
        stacked=True,
        colours=[data.colours.get(code, "#999999") for code in table.codes],
    )
    section.add_chart(chart, chart_title)
    rule_header = [
        tr("Village"),
        tr("Township"),
        tr("Class"),
        tr("Deciding rule (order)"),
        tr("Rule source"),
    ]
    add_method(section, method_rows(data.run, tr), tr, data.run)
    listed = named_villages(data, lambda code, _matched: code in LISTED)
    if listed:
        section.add_table(
            html_table(
                rule_header,
                village_cells(listed, language, tr),
                tr("Villages to relocate or merge and villages to protect, with the deciding rule"),
            )
        )
    conflicts = named_villages(data, lambda _code, matched: bool(matched))
    if conflicts:
        section.add_table(
            html_table(
                rule_header + [tr("Later rules also matched")],
                village_cells(conflicts, language, tr, matched=True),
                tr("Conflicts: villages that later rules also matched"),
            )
        )
    counts = ", ".join(
        f"{name} {table.total.counts[code]}" for code, name in zip(table.codes, names)
    )
    section.summary.append(
        tr("{villages} villages classified ({counts}); {conflicts} with conflicting rules.").format(
            villages=table.total.total, counts=counts, conflicts=len(conflicts)
        )
    )
    return section

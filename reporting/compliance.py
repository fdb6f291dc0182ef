"""The three-control-line section (三线合规检查): conflict areas per township and line in ha and
亩, the conflicting features by name, the lines' own overlaps, from urflow:controllinecheck."""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

from ..core.controllines import CONFLICT_LINES, LINE_LABELS, LINE_OVERLAPS
from .charts import bar_chart
from .markup import element
from .method import Run, add_method, field_rows, input_rows
from .sections import MapImage, Section, area_name
from .tables import html_table, num
from .values import format_count, format_quantity, text_key, to_float

#: 亩 per hectare (1 ha = 15 亩).
MU_PER_HA = 15.0
#: The conflicting pieces listed by name at most (the largest first); the rest are counted.
LISTED = 100


@dataclass(frozen=True)
class ConflictPieces:
    """OUTPUT_CONFLICTS as plain columns, one entry per piece.

    ``line``: the stable line code (:data:`CONFLICT_LINES` for a planned feature's conflict,
    :data:`LINE_OVERLAPS` for the lines' own overlaps, whose ``planned_id`` is missing);
    ``names``: the planned feature's name where the planned layer gives one; ``zone``: its
    township.
    """

    planned_id: Sequence
    names: Sequence
    line: Sequence
    area_ha: Sequence
    net_area_ha: Sequence
    length_m: Sequence
    zone: Sequence


@dataclass(frozen=True)
class Compliance:
    """What the compliance section shows; every part may be missing.

    ``summary``: the OUTPUT_SUMMARY rows (dicts with ``zone``, ``is_total``, ``line``,
    ``features``, ``area_ha``, ``area_mu``, ``net_area_ha``, ``length_m``); without it the
    table is summed from ``conflicts``. ``planned``: the ``conflict`` code of every planned
    feature (1 conflict, 0 compliant, missing: not checked). ``colours``: colour per line code.
    """

    summary: Optional[Sequence[Mapping]] = None
    conflicts: Optional[ConflictPieces] = None
    planned: Optional[Sequence] = None
    colours: Mapping[str, str] = field(default_factory=dict)
    map: Optional[MapImage] = None
    #: The record of the run (:mod:`.method`), None when not recorded.
    run: Optional[Run] = None


@dataclass(frozen=True)
class LineRow:
    """Conflicts with one line in one township (``zone`` None: all townships)."""

    zone: Optional[str]
    line: str
    features: int
    area_ha: float
    area_mu: float
    net_area_ha: float
    length_m: float


@dataclass(frozen=True)
class Conflict:
    """One conflicting piece of a named planned feature."""

    planned_id: str
    name: str
    zone: str
    line: str
    area_ha: float
    length_m: float


def line_name(code, language: str) -> str:
    """The name of a line code in ``language``; an unknown code as written."""
    try:
        return LINE_LABELS.label(code, language)
    except KeyError:
        return text_key(code)


def line_order(code) -> int:
    order = CONFLICT_LINES + LINE_OVERLAPS
    return order.index(code) if code in order else len(order)


def count(value) -> int:
    """A count from a field value; 0 when missing."""
    number = to_float(value)
    return 0 if math.isnan(number) else int(round(number))


def summary_rows(rows: Sequence[Mapping]) -> List[LineRow]:
    """The OUTPUT_SUMMARY table as :class:`LineRow`: townships sorted by name (rows without a
    township last) and lines in their order, then the totals (``zone`` None)."""
    found = []
    for row in rows:
        total = to_float(row.get("is_total")) == 1
        area = to_float(row.get("area_ha"))
        mu = to_float(row.get("area_mu"))
        found.append(
            LineRow(
                None if total else text_key(row.get("zone")),
                text_key(row.get("line")),
                count(row.get("features")),
                area,
                mu if not math.isnan(mu) else area * MU_PER_HA,
                to_float(row.get("net_area_ha")),
                to_float(row.get("length_m")),
            )
        )
    return sort_rows(found)


def sort_rows(rows: List[LineRow]) -> List[LineRow]:
    return sorted(
        rows,
        key=lambda r: (r.zone is None, r.zone == "", r.zone or "", line_order(r.line)),
    )


def rows_from_pieces(pieces: ConflictPieces) -> List[LineRow]:
    """Per township and line, then per line in all: features (distinct planned ids; pieces of
    the lines' own overlaps each count), areas and lengths summed."""
    groups: Dict[tuple, list] = {}
    n = len(pieces.line)
    for i in range(n):
        line = text_key(pieces.line[i])
        groups.setdefault((text_key(pieces.zone[i]), line), []).append(i)
        groups.setdefault((None, line), []).append(i)

    def total(values):
        numbers = [x for x in map(to_float, values) if not math.isnan(x)]
        return sum(numbers)

    rows = []
    for (zone, line), indices in groups.items():
        ids = {text_key(pieces.planned_id[i]) for i in indices if text_key(pieces.planned_id[i])}
        own = sum(1 for i in indices if not text_key(pieces.planned_id[i]))
        area = total(pieces.area_ha[i] for i in indices)
        rows.append(
            LineRow(
                zone,
                line,
                len(ids) + own,
                area,
                area * MU_PER_HA,
                total(pieces.net_area_ha[i] for i in indices),
                total(pieces.length_m[i] for i in indices),
            )
        )
    return sort_rows(rows)


def conflict_list(pieces: ConflictPieces) -> List[Conflict]:
    """The pieces of planned features (not the lines' own overlaps), by line, largest first."""
    found = [
        Conflict(
            text_key(pieces.planned_id[i]),
            text_key(pieces.names[i]),
            text_key(pieces.zone[i]),
            text_key(pieces.line[i]),
            to_float(pieces.area_ha[i]),
            to_float(pieces.length_m[i]),
        )
        for i in range(len(pieces.line))
        if text_key(pieces.line[i]) not in LINE_OVERLAPS
    ]

    def size(conflict):
        area = 0.0 if math.isnan(conflict.area_ha) else conflict.area_ha
        length = 0.0 if math.isnan(conflict.length_m) else conflict.length_m
        return (line_order(conflict.line), -area, -length, conflict.planned_id)

    return sorted(found, key=size)


def planned_counts(codes: Sequence) -> Dict[str, int]:
    """``checked``, ``conflict``, ``compliant`` and ``unchecked`` counts of planned features."""
    values = [to_float(code) for code in codes]
    checked = [v for v in values if not math.isnan(v)]
    conflicts = sum(1 for v in checked if v == 1)
    return {
        "checked": len(checked),
        "conflict": conflicts,
        "compliant": len(checked) - conflicts,
        "unchecked": len(values) - len(checked),
    }


def has_length(rows) -> bool:
    return any(to_float(row.length_m) > 0 for row in rows)


def line_table(section: Section, rows: List[LineRow], language: str, tr) -> None:
    """Conflicts of planned features per township and line (the lines' overlaps apart)."""
    rows = [row for row in rows if row.line not in LINE_OVERLAPS]
    lengths = has_length(rows)
    header = [
        tr("Township"),
        tr("Control line"),
        tr("Features in conflict"),
        tr("Area (ha)"),
        tr("Area (mu 亩)"),
        tr("Net of 田坎 (ha)"),
    ] + ([tr("Length (m)")] if lengths else [])
    cells = [
        [
            tr("Total") if row.zone is None else area_name(row.zone, tr),
            line_name(row.line, language),
            num(row.features, 0),
            num(row.area_ha, 2),
            num(row.area_mu, 1),
            num(row.net_area_ha, 2),
        ]
        + ([num(row.length_m, 0)] if lengths else [])
        for row in rows
    ]
    totals = sum(1 for row in rows if row.zone is None)
    caption = tr("Conflicts with the control lines by township")
    section.add_table(html_table(header, cells, caption, total_rows=totals))


def overlap_table(section: Section, rows: List[LineRow], language: str, tr) -> None:
    """The lines' own overlaps in all (the rule: the three lines must not overlap)."""
    totals = {row.line: row for row in rows if row.zone is None and row.line in LINE_OVERLAPS}
    cells = []
    for code in LINE_OVERLAPS:
        row = totals.get(code)
        area = row.area_ha if row is not None else 0.0
        cells.append(
            [
                line_name(code, language),
                num(row.features if row is not None else 0, 0),
                num(area, 2),
                num(area * MU_PER_HA, 1),
            ]
        )
    section.add_table(
        html_table(
            [tr("Overlap"), tr("Pieces"), tr("Area (ha)"), tr("Area (mu 亩)")],
            cells,
            tr("Overlaps between the control lines"),
        )
    )


def named_table(section: Section, conflicts: List[Conflict], language: str, tr) -> None:
    """The conflicting features by id and name with their line, township and area."""
    shown = conflicts[:LISTED]
    lengths = any(to_float(c.length_m) > 0 for c in shown)
    header = [
        tr("Feature id"),
        tr("Name"),
        tr("Township"),
        tr("Control line"),
        tr("Area (ha)"),
        tr("Area (mu 亩)"),
    ] + ([tr("Length (m)")] if lengths else [])
    cells = [
        [
            c.planned_id,
            c.name or None,
            area_name(c.zone, tr),
            line_name(c.line, language),
            num(c.area_ha, 2),
            num(c.area_ha * MU_PER_HA, 1),
        ]
        + ([num(c.length_m, 0)] if lengths else [])
        for c in shown
    ]
    section.add_table(html_table(header, cells, tr("Planned features in conflict")))
    if len(conflicts) > LISTED:
        section.parts.append(
            element(
                "p",
                tr("The {shown} largest of {count} conflicting pieces are listed.").format(
                    shown=LISTED, count=len(conflicts)
                ),
                "note",
            )
        )


def chart(section: Section, rows: List[LineRow], colours, language: str, tr) -> None:
    """Conflict area per township, stacked by line."""
    towns = sorted({row.zone for row in rows if row.zone is not None}, key=lambda z: (z == "", z))
    lines = [code for code in CONFLICT_LINES if any(r.line == code for r in rows)]
    if not towns or not lines:
        return
    area = {(row.zone, row.line): row.area_ha for row in rows}
    title = tr("Conflict area by township (ha)")
    png = bar_chart(
        [area_name(town, tr) for town in towns],
        [
            (line_name(code, language), [area.get((town, code), 0.0) for town in towns])
            for code in lines
        ],
        title=title,
        ylabel="ha",
        stacked=True,
        colours=[colours.get(code, "#999999") for code in lines],
    )
    section.add_chart(png, title)


def method_rows(run: Optional[Run], tr):
    """What the compliance check used, in plain words."""
    if run is None:
        return []
    p, r = run.parameters, run.results
    rows = input_rows(
        run,
        {
            "PLANNED": tr("Planned layer checked"),
            "PERMANENT_FARMLAND": tr("Permanent basic farmland"),
            "ECO_REDLINE": tr("Ecological protection red line"),
            "URBAN_BOUNDARY": tr("Urban growth boundary"),
            "ZONES": tr("Townships"),
        },
        tr,
    )
    rows += field_rows(
        run,
        {
            "PLANNED_TYPE_FIELD": tr("Type of planned use"),
            "KCXS_FIELD": tr("田坎 deduction coefficient"),
        },
        tr,
    )
    if p.get("URBAN_TYPES"):
        rows.append((tr("Types counted as urban construction"), str(p["URBAN_TYPES"])))
    methods = [tr("planar, in the working CRS"), tr("ellipsoidal, CGCS2000")]
    index = int(p.get("AREA_METHOD", 0) or 0)
    rows.append((tr("Area method"), methods[index] if 0 <= index < 2 else str(index)))
    rows.append((tr("Smallest overlap counted"), format_quantity(p.get("MIN_AREA"), "m²", 0)))
    rows.append(
        (tr("Planned features conflicting with a line"), format_count(r.get("CONFLICT_COUNT")))
    )
    rows.append((tr("Planned features compliant"), format_count(r.get("COMPLIANT_COUNT"))))
    rows.append((tr("Slivers left out"), format_count(r.get("SLIVER_COUNT"))))
    rows.append((tr("Features not checked"), format_count(r.get("UNCHECKED_COUNT"))))
    return rows


def compliance_section(compliance: Compliance, language: str, tr) -> Section:
    """Heading, map, conflicts per township and line, the named conflicting features, the
    lines' own overlaps and a chart."""
    section = Section()
    heading = tr("Three-control-line compliance (三线合规检查)")
    section.heading(heading)
    section.add_map(compliance.map, heading, tr)
    rows = []
    if compliance.summary is not None:
        rows = summary_rows(compliance.summary)
    elif compliance.conflicts is not None:
        rows = rows_from_pieces(compliance.conflicts)
    if compliance.summary is not None or compliance.conflicts is not None:
        line_table(section, rows, language, tr)
    if compliance.conflicts is not None:
        named_table(section, conflict_list(compliance.conflicts), language, tr)
    if compliance.summary is not None or compliance.conflicts is not None:
        overlap_table(section, rows, language, tr)
        chart(section, rows, compliance.colours, language, tr)
    add_method(section, method_rows(compliance.run, tr), tr, compliance.run)
    totals = [row for row in rows if row.zone is None and row.line in CONFLICT_LINES]
    area = sum(row.area_ha for row in totals if not math.isnan(row.area_ha))
    if compliance.planned is not None:
        counts = planned_counts(compliance.planned)
        section.summary.append(
            tr(
                "{conflict} of {checked} planned features conflict with a control line "
                "({area} ha, {mu} mu 亩)."
            ).format(
                conflict=counts["conflict"],
                checked=counts["checked"],
                area=f"{area:,.2f}",
                mu=f"{area * MU_PER_HA:,.1f}",
            )
        )
    elif rows:
        section.summary.append(
            tr("Conflicts with the control lines: {area} ha ({mu} mu 亩).").format(
                area=f"{area:,.2f}", mu=f"{area * MU_PER_HA:,.1f}"
            )
        )
    return section

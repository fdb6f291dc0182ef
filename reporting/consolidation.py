"""The settlement-consolidation section (村庄撤并与中心村布局): how many settlements move, the land
released and needed, the central villages with the residents they receive, and every move, from
OUTPUT_SETTLEMENTS of urflow:settlementconsolidation.

Roles are read as their codes (``role`` 0–3) and named from core.consolidation's label table
in the report's language; the layer's own labels are never parsed."""

from dataclasses import dataclass
from typing import Optional, Sequence

from ..core.consolidation import CENTRAL, MOVES, ROLE_LABELS
from .sections import MapImage, Section
from .tables import html_table, num
from .values import format_number, is_missing, text_key, to_float


@dataclass(frozen=True)
class Consolidation:
    """OUTPUT_SETTLEMENTS of urflow:settlementconsolidation as plain columns (one entry per
    settlement): ``ids``, ``names`` (or the ids), ``roles`` (``role`` codes), ``central_ids``,
    ``final_pop`` (central villages: own + received residents), ``move_costs``, ``moved_pop``,
    ``released_m2``, ``cultivated_m2`` (``potential_cultivated_m2``)."""

    ids: Sequence
    names: Sequence
    roles: Sequence
    central_ids: Sequence
    final_pop: Sequence
    move_costs: Sequence
    moved_pop: Sequence
    released_m2: Sequence
    cultivated_m2: Sequence
    map: Optional[MapImage] = None


def role_code(value) -> Optional[int]:
    number = to_float(value)
    return None if number != number else int(number)


def consolidation_section(data: Consolidation, language: str, tr) -> Section:
    """Heading, map, the totals, the central villages with what they receive, the moves."""
    section = Section()
    heading = tr("Settlement consolidation (村庄撤并与中心村布局)")
    section.heading(heading)
    section.add_map(data.map, heading, tr)
    roles = [role_code(value) for value in data.roles]
    index = {text_key(i): k for k, i in enumerate(data.ids)}
    movers = [
        k for k, role in enumerate(roles) if role == MOVES and not is_missing(data.central_ids[k])
    ]
    centrals = [k for k, role in enumerate(roles) if role == CENTRAL]
    counts = {code: roles.count(code) for code in ROLE_LABELS.codes}

    def value(column, k):
        number = to_float(column[k])
        return 0.0 if number != number else number

    released = sum(value(data.released_m2, k) for k in movers)
    cultivated = sum(value(data.cultivated_m2, k) for k in movers)
    moved = sum(value(data.moved_pop, k) for k in movers)
    section.add_table(
        html_table(
            [tr("Role"), tr("Settlements")],
            [
                [ROLE_LABELS.label(code, language), num(counts[code], 0)]
                for code in ROLE_LABELS.codes
            ],
            tr("Settlements per role"),
        )
    )
    received = {k: 0.0 for k in centrals}
    moves_of = {k: 0 for k in centrals}
    for k in movers:
        j = index.get(text_key(data.central_ids[k]))
        if j in received:
            received[j] += value(data.moved_pop, k)
            moves_of[j] += 1
    rows = []
    for j in sorted(centrals, key=lambda j: -received[j]):
        final = to_float(data.final_pop[j])
        own = final - received[j]
        rows.append(
            [
                str(data.names[j]),
                num(own, 0),
                num(received[j], 0),
                num(final, 0),
                num(moves_of[j], 0),
            ]
        )
    if rows:
        section.add_table(
            html_table(
                [
                    tr("Central village"),
                    tr("Own residents"),
                    tr("Residents received"),
                    tr("Residents after the moves"),
                    tr("Settlements moving in"),
                ],
                rows,
                tr("Central villages and the residents they receive"),
            )
        )
    move_rows = []
    for k in sorted(movers, key=lambda k: text_key(data.central_ids[k])):
        j = index.get(text_key(data.central_ids[k]))
        move_rows.append(
            [
                str(data.names[k]),
                str(data.names[j]) if j is not None else text_key(data.central_ids[k]),
                num(value(data.moved_pop, k), 0),
                num(to_float(data.move_costs[k]), 0),
                num(value(data.released_m2, k) / 1e4, 2),
            ]
        )
    if move_rows:
        section.add_table(
            html_table(
                [
                    tr("Settlement"),
                    tr("Central village"),
                    tr("Residents"),
                    tr("Move cost"),
                    tr("Released land, ha"),
                ],
                move_rows,
                tr("Moves: each settlement and its central village"),
            )
        )
    section.summary.append(
        tr(
            "{moves} settlements move ({residents} residents) to {centrals} central villages; "
            "{released} ha of settlement land released, of which {cultivated} ha can become "
            "cultivated land."
        ).format(
            moves=len(movers),
            residents=format_number(moved, 0),
            centrals=len(centrals),
            released=format_number(released / 1e4, 2),
            cultivated=format_number(cultivated / 1e4, 2),
        )
    )
    return section

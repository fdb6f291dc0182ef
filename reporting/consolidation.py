"""The settlement-consolidation section (村庄撤并与中心村布局): how many settlements move, the land
released and needed, the central villages with the residents they receive, and every move, from
OUTPUT_SETTLEMENTS of urflow:settlementconsolidation.

Roles are read as their codes (``role`` 0–3) and named from core.consolidation's label table
in the report's language; the layer's own labels are never parsed."""

from dataclasses import dataclass
from typing import List, Optional, Sequence

from ..core.consolidation import CENTRAL, MOVES, ROLE_LABELS
from .method import Run, add_method, field_rows, input_rows, limit_text, seconds_text
from .sections import MapImage, Section
from .tables import html_table, num
from .values import format_count, format_number, format_quantity, is_missing, text_key, to_float

#: TRAVEL_MODE and COST_UNIT of the run, by the enum index the record holds.
MODES = ("walk", "bicycle", "ebike", "car")
UNITS = ("minutes", "meters")


@dataclass(frozen=True)
class Consolidation:
    """OUTPUT_SETTLEMENTS of urflow:settlementconsolidation as plain columns (one entry per
    settlement): ``ids``, ``names`` (or the ids), ``roles`` (``role`` codes), ``central_ids``,
    ``final_pop`` (central villages: own + received residents), ``move_costs``, ``moved_pop``,
    ``released_m2``, ``cultivated_m2`` (``potential_cultivated_m2``); ``run`` the run's record
    (None: written without one)."""

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
    run: Optional[Run] = None


@dataclass(frozen=True)
class CentralRow:
    name: str
    own: float
    received: float
    final: float
    moves_in: int


@dataclass(frozen=True)
class MoveRow:
    name: str
    central: str
    residents: float
    cost: float
    released_ha: float


@dataclass(frozen=True)
class Totals:
    moves: int
    residents: float
    centrals: int
    released_ha: float
    cultivated_ha: float


def role_code(value) -> Optional[int]:
    number = to_float(value)
    return None if number != number else int(number)


def _zero(column, k) -> float:
    number = to_float(column[k])
    return 0.0 if number != number else number


def _movers(data: Consolidation) -> List[int]:
    return [
        k
        for k, value in enumerate(data.roles)
        if role_code(value) == MOVES and not is_missing(data.central_ids[k])
    ]


def role_counts(data: Consolidation):
    """{role code: settlements}, every code of the label table."""
    roles = [role_code(value) for value in data.roles]
    return {code: roles.count(code) for code in ROLE_LABELS.codes}


def central_rows(data: Consolidation) -> List[CentralRow]:
    """The central villages, most residents received first."""
    index = {text_key(i): k for k, i in enumerate(data.ids)}
    centrals = [k for k, value in enumerate(data.roles) if role_code(value) == CENTRAL]
    received = {k: 0.0 for k in centrals}
    moves_in = {k: 0 for k in centrals}
    for k in _movers(data):
        j = index.get(text_key(data.central_ids[k]))
        if j in received:
            received[j] += _zero(data.moved_pop, k)
            moves_in[j] += 1
    rows = []
    for j in sorted(centrals, key=lambda j: -received[j]):
        final = to_float(data.final_pop[j])
        rows.append(
            CentralRow(str(data.names[j]), final - received[j], received[j], final, moves_in[j])
        )
    return rows


def move_rows(data: Consolidation) -> List[MoveRow]:
    """Every move, grouped by central village."""
    index = {text_key(i): k for k, i in enumerate(data.ids)}
    rows = []
    for k in sorted(_movers(data), key=lambda k: text_key(data.central_ids[k])):
        j = index.get(text_key(data.central_ids[k]))
        rows.append(
            MoveRow(
                str(data.names[k]),
                str(data.names[j]) if j is not None else text_key(data.central_ids[k]),
                _zero(data.moved_pop, k),
                to_float(data.move_costs[k]),
                _zero(data.released_m2, k) / 1e4,
            )
        )
    return rows


def totals(data: Consolidation) -> Totals:
    movers = _movers(data)
    return Totals(
        moves=len(movers),
        residents=sum(_zero(data.moved_pop, k) for k in movers),
        centrals=sum(1 for value in data.roles if role_code(value) == CENTRAL),
        released_ha=sum(_zero(data.released_m2, k) for k in movers) / 1e4,
        cultivated_ha=sum(_zero(data.cultivated_m2, k) for k in movers) / 1e4,
    )


def cost_unit(run: Optional[Run], tr) -> str:
    """The unit of move costs: min or m (m without a record: the parameter's default)."""
    index = run.parameters.get("COST_UNIT", 1) if run else 1
    try:
        unit = UNITS[int(index)]
    except (TypeError, ValueError, IndexError):
        unit = "meters"
    return tr("min") if unit == "minutes" else tr("m")


def method_rows(run: Optional[Run], tr):
    """What the consolidation run used, in plain words (rows of :func:`.method.add_method`)."""
    if run is None:
        return []
    p, r = run.parameters, run.results
    unit = cost_unit(run, tr)
    rows = [
        (
            tr("Model"),
            tr(
                "single-source p-median, solved exactly with HiGHS: each moving settlement goes "
                "wholly to one central village, minimising residents × move cost"
            ),
        )
    ]
    rows += input_rows(
        run,
        {
            "SETTLEMENTS": tr("Settlements"),
            "VILLAGE_CLASSES": tr("Classified villages"),
            "NETWORK": tr("Road network"),
            "COST_TABLE": tr("Cost table"),
            "ECO_REDLINE": tr("Ecological protection red line"),
            "PERMANENT_FARMLAND": tr("Permanent basic farmland"),
            "HAZARD": tr("Hazard zones"),
        },
        tr,
    )
    rows += field_rows(
        run,
        {
            "POPULATION_FIELD": tr("Residents"),
            "AREA_FIELD": tr("Settlement land"),
            "CLASS_FIELD": tr("Village class"),
            "FIXED_FIELD": tr("Fixed central villages"),
            "KAPPA_FIELD": tr("New-cultivated-land coefficient κ"),
            "PRIORITY_FIELD": tr("Demolition priority"),
        },
        tr,
    )
    modes = {
        "walk": tr("walking"),
        "bicycle": tr("bicycle"),
        "ebike": tr("e-bike"),
        "car": tr("car"),
    }
    if run.inputs.get("COST_TABLE"):
        travel = tr("as given in the cost table")
    else:
        try:
            mode = MODES[int(p.get("TRAVEL_MODE", 0))]
        except (TypeError, ValueError, IndexError):
            mode = str(p.get("TRAVEL_MODE"))
        travel = modes.get(mode, mode)
        if not run.inputs.get("NETWORK"):
            travel += " — " + tr("straight line × detour factor {factor}").format(
                factor=format_number(p.get("DETOUR_FACTOR"), 2)
            )
    rows.append((tr("Travel mode"), travel))
    rows.append((tr("Largest move cost (inclusive)"), limit_text(p.get("MAX_MOVE_COST"), unit, tr)))
    rows.append((tr("Central villages in all"), format_count(p.get("CENTRAL_COUNT"))))
    rows.append(
        (
            tr("Smallest central-village population"),
            format_quantity(p.get("MIN_CENTRAL_POP"), tr("residents"), 0),
        )
    )
    rows.append(
        (
            tr("Largest central-village population"),
            limit_text(p.get("MAX_CENTRAL_POP"), tr("residents"), tr),
        )
    )
    if not is_missing(p.get("MIN_KEEP_POP")) and float(p.get("MIN_KEEP_POP")):
        rows.append(
            (
                tr("Settlements that must move: below"),
                format_quantity(p.get("MIN_KEEP_POP"), tr("residents"), 0),
            )
        )
    rows.append(
        (
            tr("New settlement land per moved resident"),
            format_quantity(p.get("LAND_STANDARD"), tr("m²"), 0),
        )
    )
    rows.append((tr("Default κ"), format_number(p.get("DEFAULT_KAPPA"), 2)))
    rows.append((tr("Protected villages"), tr("stay and receive no one")))
    statuses = {
        "optimal": tr("optimal"),
        "time_limit": tr("time limit reached"),
        "infeasible": tr("infeasible"),
    }
    status = str(r.get("STATUS", ""))
    rows.append((tr("Solver status"), statuses.get(status, status)))
    gap = to_float(r.get("GAP"))
    if gap == gap:
        rows.append((tr("Optimality gap"), f"{format_number(gap * 100, 2)} %"))
    rows.append(
        (
            tr("Time limit"),
            tr("none")
            if not to_float(p.get("TIME_LIMIT"))
            else seconds_text(p.get("TIME_LIMIT"), tr),
        )
    )
    return rows


def consolidation_section(data: Consolidation, language: str, tr) -> Section:
    """Heading, map, method, the roles, the central villages with what they receive, the
    moves, and the totals."""
    section = Section()
    heading = tr("Settlement consolidation (村庄撤并与中心村布局)")
    section.heading(heading)
    section.add_map(data.map, heading, tr)
    add_method(section, method_rows(data.run, tr), tr, data.run)
    counts = role_counts(data)
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
    centrals = central_rows(data)
    if centrals:
        section.add_table(
            html_table(
                [
                    tr("Central village"),
                    tr("Own residents"),
                    tr("Residents received"),
                    tr("Residents after the moves"),
                    tr("Settlements moving in"),
                ],
                [
                    [row.name, num(row.own, 0), num(row.received, 0), num(row.final, 0)]
                    + [num(row.moves_in, 0)]
                    for row in centrals
                ],
                tr("Central villages and the residents they receive"),
            )
        )
    moves = move_rows(data)
    if moves:
        section.add_table(
            html_table(
                [
                    tr("Settlement"),
                    tr("Central village"),
                    tr("Residents"),
                    tr("Move cost ({unit})").format(unit=cost_unit(data.run, tr)),
                    tr("Released land, ha"),
                ],
                [
                    [row.name, row.central, num(row.residents, 0), num(row.cost, 0)]
                    + [num(row.released_ha, 2)]
                    for row in moves
                ],
                tr("Moves: each settlement and its central village"),
            )
        )
    total = totals(data)
    section.summary.append(
        tr(
            "{moves} settlements move ({residents} residents) to {centrals} central villages; "
            "{released} ha of settlement land released, of which {cultivated} ha can become "
            "cultivated land."
        ).format(
            moves=total.moves,
            residents=format_number(total.residents, 0),
            centrals=total.centrals,
            released=format_number(total.released_ha, 2),
            cultivated=format_number(total.cultivated_ha, 2),
        )
    )
    return section

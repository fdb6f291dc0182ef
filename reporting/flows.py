"""The urban–rural flows section (城乡要素流动): the urban–rural matrix as a table and a chart,
the top sending villages and receiving towns by name, the net rural outflow, from
urflow:urbanruralflows."""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

from .charts import bar_chart
from .method import Run, add_method, field_rows, input_rows
from .sections import MapImage, Section
from .tables import html_table, num
from .values import format_count, format_number, format_quantity, text_key, to_float

#: The matrix fields of OUTPUT_MATRIX, in the order the table shows them.
DIRECTIONS = ("urban_to_urban", "urban_to_rural", "rural_to_urban", "rural_to_rural")
#: Units the flows can be given in (FLOW_UNIT of urflow:planningreport, by index).
FLOW_UNITS = ("table", "persons", "households", "10k_yuan", "ha", "mu")
#: Nodes listed per ranking.
TOP = 10
#: Colours of the matrix chart's series, one per kind.
KIND_COLOURS = ("#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#666666")


def unit_name(code: str, tr) -> str:
    """The name of a unit code of :data:`FLOW_UNITS` in the report's language."""
    names = {
        "table": tr("units of the flow table"),
        "persons": tr("persons"),
        "households": tr("households"),
        "10k_yuan": tr("10,000 yuan"),
        "ha": "ha",
        "mu": tr("mu 亩"),
    }
    return names.get(code, names["table"])


@dataclass(frozen=True)
class FlowNodes:
    """OUTPUT_NODES as plain columns, one entry per node and kind (``node_types``: ``urban``
    or ``rural``; ``net`` = inflow − outflow)."""

    names: Sequence
    node_ids: Sequence
    node_types: Sequence
    kinds: Sequence
    inflow: Sequence
    outflow: Sequence
    net: Sequence


@dataclass(frozen=True)
class Flows:
    """What the flows section shows: the OUTPUT_MATRIX rows (dicts keyed by its fields),
    the node balances, the unit of the values in the report's language and a map per kind.
    Each may be missing."""

    matrix: Optional[Sequence[Mapping]] = None
    nodes: Optional[FlowNodes] = None
    unit: str = ""
    maps: Mapping[str, MapImage] = field(default_factory=dict)
    #: The record of the run (:mod:`.method`), None when not recorded.
    run: Optional[Run] = None


@dataclass(frozen=True)
class MatrixRow:
    kind: str
    values: Dict[str, float]
    total: float
    net_rural_outflow: float


@dataclass(frozen=True)
class RankedNode:
    name: str
    node_id: str
    inflow: float
    outflow: float
    net: float


def matrix_rows(rows: Sequence[Mapping]) -> List[MatrixRow]:
    """The matrix rows in the table's order; a missing total is the sum of the four flows and
    a missing net rural outflow is rural→urban − urban→rural."""
    found = []
    for row in rows:
        values = {key: to_float(row.get(key)) for key in DIRECTIONS}
        total = to_float(row.get("total"))
        if math.isnan(total):
            total = sum(v for v in values.values() if not math.isnan(v))
        net = to_float(row.get("net_rural_outflow"))
        if math.isnan(net):
            net = values["rural_to_urban"] - values["urban_to_rural"]
        found.append(MatrixRow(text_key(row.get("kind")), values, total, net))
    return found


def ranked(nodes: FlowNodes, kind: str, node_type: str, by: str, limit: int = TOP):
    """The ``limit`` nodes of ``node_type`` with the largest positive ``by`` (``inflow`` or
    ``outflow``) for ``kind``, largest first (ties by name)."""
    column = nodes.inflow if by == "inflow" else nodes.outflow
    found = []
    for i in range(len(column)):
        if text_key(nodes.kinds[i]) != kind or text_key(nodes.node_types[i]) != node_type:
            continue
        value = to_float(column[i])
        if math.isnan(value) or value <= 0:
            continue
        found.append(
            RankedNode(
                text_key(nodes.names[i]) or text_key(nodes.node_ids[i]),
                text_key(nodes.node_ids[i]),
                to_float(nodes.inflow[i]),
                to_float(nodes.outflow[i]),
                to_float(nodes.net[i]),
            )
        )
    key = (lambda n: (-n.inflow, n.name)) if by == "inflow" else (lambda n: (-n.outflow, n.name))
    return sorted(found, key=key)[:limit]


def digits_of(flows: Flows) -> int:
    """0 decimals when every value is whole (people, households), else 2."""
    values = [v for row in matrix_rows(flows.matrix or ()) for v in row.values.values()]
    if flows.nodes is not None:
        values += [to_float(v) for v in list(flows.nodes.inflow) + list(flows.nodes.outflow)]
    whole = all(math.isnan(v) or float(v).is_integer() for v in values)
    return 0 if whole else 2


def kinds_of(flows: Flows) -> List[str]:
    """The kinds in the matrix' order, then those only the nodes or maps have."""
    kinds = [text_key(row.get("kind")) for row in flows.matrix or ()]
    if flows.nodes is not None:
        kinds += [text_key(k) for k in flows.nodes.kinds]
    kinds += list(flows.maps)
    return list(dict.fromkeys(kinds))


def direction_names(tr) -> Dict[str, str]:
    return {
        "urban_to_urban": tr("Urban → urban"),
        "urban_to_rural": tr("Urban → rural"),
        "rural_to_urban": tr("Rural → urban"),
        "rural_to_rural": tr("Rural → rural"),
    }


def matrix_part(section: Section, rows: List[MatrixRow], unit: str, digits: int, tr) -> None:
    names = direction_names(tr)
    header = (
        [tr("Kind")]
        + [names[key] for key in DIRECTIONS]
        + [tr("Total"), tr("Net rural outflow"), tr("Unit")]
    )
    cells = [
        [row.kind]
        + [num(row.values[key], digits) for key in DIRECTIONS]
        + [num(row.total, digits), num(row.net_rural_outflow, digits), unit]
        for row in rows
    ]
    section.add_table(
        html_table(header, cells, tr("Flows between urban and rural nodes (urban–rural matrix)"))
    )
    title = tr("Flows between urban and rural nodes ({unit})").format(unit=unit)
    chart = bar_chart(
        [names[key] for key in DIRECTIONS],
        [(row.kind, [row.values[key] for key in DIRECTIONS]) for row in rows],
        title=title,
        ylabel=unit,
        colours=list(KIND_COLOURS),
    )
    section.add_chart(chart, title)


def ranking_part(section: Section, nodes: List[RankedNode], caption: str, first, unit, digits, tr):
    """A ranking table: rank, name, the value ranked by (``first``: ``outflow`` or
    ``inflow``) then the other and the net, and the unit."""
    second = "inflow" if first == "outflow" else "outflow"
    words = {"outflow": tr("Outflow"), "inflow": tr("Inflow")}
    header = [
        tr("Rank"),
        tr("Name"),
        words[first],
        words[second],
        tr("Net (inflow − outflow)"),
        tr("Unit"),
    ]
    cells = [
        [
            num(rank, 0),
            node.name,
            num(getattr(node, first), digits),
            num(getattr(node, second), digits),
            num(node.net, digits),
            unit,
        ]
        for rank, node in enumerate(nodes, 1)
    ]
    section.add_table(html_table(header, cells, caption))


def method_rows(run: Optional[Run], unit: str, tr):
    """What the flow analysis used, in plain words."""
    if run is None:
        return []
    p, r = run.parameters, run.results
    rows = input_rows(
        run,
        {
            "NODES": tr("Nodes (villages and towns)"),
            "FLOWS": tr("Flow table"),
            "NETWORK": tr("Road network"),
        },
        tr,
    )
    rows += field_rows(
        run,
        {
            "VALUE_FIELD": tr("Flow value"),
            "KIND_FIELD": tr("Kind of flow"),
            "MASS_FIELD": tr("Mass (gravity model)"),
        },
        tr,
    )
    if p.get("YEAR") is not None:
        rows.append((tr("Year"), str(int(float(p["YEAR"])))))
    distances = [tr("straight line (km)"), tr("along the road network")]
    index = int(p.get("DISTANCE", 0) or 0)
    rows.append((tr("Distance"), distances[index] if 0 <= index < 2 else str(index)))
    models = [
        tr("none (listed flows only)"),
        tr("unconstrained (masses)"),
        tr("doubly constrained"),
    ]
    index = int(p.get("GRAVITY", 0) or 0)
    rows.append(
        (tr("Gravity model for unlisted pairs"), models[index] if 0 <= index < 3 else str(index))
    )
    if r.get("BETA") is not None and not isinstance(r.get("BETA"), dict):
        rows.append((tr("Distance-decay exponent β"), format_number(r["BETA"], 3)))
    rows.append((tr("Smallest flow drawn"), format_quantity(p.get("MIN_VALUE"), unit, 0)))
    rows.append((tr("Total flow"), format_quantity(r.get("TOTAL_FLOW"), unit, 0)))
    rows.append((tr("Pairs estimated by the gravity model"), format_count(r.get("N_ESTIMATED"))))
    return rows


def flow_section(flows: Flows, tr) -> Section:
    """Heading, a map per kind, the matrix table and chart, then per kind the top sending
    villages and receiving towns."""
    section = Section()
    heading = tr("Urban–rural flows (城乡要素流动)")
    section.heading(heading)
    kinds = kinds_of(flows)
    several = len(kinds) > 1
    unit = flows.unit or unit_name("table", tr)
    digits = digits_of(flows)
    for kind, image in flows.maps.items():
        caption = tr("{heading}: {kind}").format(heading=heading, kind=kind) if several else heading
        section.add_map(image, caption, tr)
    rows = matrix_rows(flows.matrix) if flows.matrix is not None else []
    if rows:
        matrix_part(section, rows, unit, digits, tr)
    add_method(section, method_rows(flows.run, unit, tr), tr, flows.run)
    for row in rows:
        share = row.net_rural_outflow / row.total if row.total else math.nan
        text = tr("Net rural outflow: {net} {unit} of {total} {unit} in all ({share}).").format(
            net=f"{row.net_rural_outflow:,.{digits}f}",
            unit=unit,
            total=f"{row.total:,.{digits}f}",
            share="—" if math.isnan(share) else f"{share * 100:.1f} %",
        )
        section.summary.append(f"{row.kind}: {text}" if several else text)
    if flows.nodes is None:
        return section
    for kind in kinds:
        if several:
            section.heading(kind, 3)
        senders = ranked(flows.nodes, kind, "rural", "outflow")
        receivers = ranked(flows.nodes, kind, "urban", "inflow")
        ranking_part(
            section,
            senders,
            tr("Top {n} sending villages (largest outflow)").format(n=TOP),
            "outflow",
            unit,
            digits,
            tr,
        )
        ranking_part(
            section,
            receivers,
            tr("Top {n} receiving towns and cities (largest inflow)").format(n=TOP),
            "inflow",
            unit,
            digits,
            tr,
        )
        if senders and receivers:
            text = tr(
                "Largest sender {village} ({out} {unit}); largest receiver {town} ({into} {unit})."
            )
            line = text.format(
                village=senders[0].name,
                out=f"{senders[0].outflow:,.{digits}f}",
                town=receivers[0].name,
                into=f"{receivers[0].inflow:,.{digits}f}",
                unit=unit,
            )
            section.summary.append(f"{kind}: {line}" if several else line)
    return section

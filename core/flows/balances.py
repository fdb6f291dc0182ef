"""Gross, net and balances of flows between nodes, and the urban–rural flow matrix.

Flows are directed values ``origin → destination`` of one kind (labour, capital, land, …).
Each unordered pair of nodes becomes one line drawn from its net sender to its net receiver;
each node gets its inflow, outflow and ties. Nothing is rounded, and net is always signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Tuple

import numpy as np

from ..checks import float_vector, where
from ..errors import InputError
from ..labels import LabelTable
from ..messages import listing, tr

#: Words of a node-type field, compared after trimming and case-folding.
URBAN_WORDS = ("urban", "town", "city", "城镇", "城市", "城区", "县城", "镇", "1", "true", "yes")
RURAL_WORDS = ("rural", "village", "乡村", "农村", "村", "村庄", "0", "false", "no")

FLOW_CLASS_LABELS = LabelTable(
    "flow_class",
    {
        "rural_to_urban": ("rural to urban", "乡村→城镇"),
        "urban_to_rural": ("urban to rural", "城镇→乡村"),
        "rural_rural": ("rural to rural", "乡村→乡村"),
        "urban_urban": ("urban to urban", "城镇→城镇"),
    },
)


def node_types(values, ids=None) -> np.ndarray:
    """Node-type words → True for urban, False for rural; unknown words are refused by id."""
    words = [
        None if v is None else str(int(v) if isinstance(v, float) and v.is_integer() else v)
        for v in values
    ]
    folded = np.array([None if w is None else w.strip().casefold() for w in words], dtype=object)
    urban = np.isin(folded, URBAN_WORDS)
    bad = ~urban & ~np.isin(folded, RURAL_WORDS)
    if bad.any():
        seen = sorted({str(w) for w in np.asarray(words, dtype=object)[bad]})
        raise InputError(
            tr(
                "Node type {words} is neither urban nor rural (nodes {nodes}). Accepted: "
                "{urban} for urban; {rural} for rural."
            ).format(
                words=listing(seen, 5),
                nodes=where(bad, ids),
                urban=", ".join(URBAN_WORDS),
                rural=", ".join(RURAL_WORDS),
            )
        )
    return urban


@dataclass(frozen=True)
class FlowTable:
    """Directed flows between nodes given by row (0-based); ``kind`` is each row's kind."""

    origin: np.ndarray
    destination: np.ndarray
    value: np.ndarray
    kind: np.ndarray

    @staticmethod
    def of(origin, destination, value, kind=None) -> FlowTable:
        origin = np.asarray(origin, dtype=np.int64)
        k = origin.size
        destination = np.asarray(destination, dtype=np.int64).reshape(k)
        value = float_vector(value, tr("flow value"), k, allow_nan=False)
        if (value < 0).any():
            raise InputError(
                tr("Flow values must be >= 0; negative in rows {rows}.").format(
                    rows=where(value < 0)
                )
            )
        kind = np.full(k, "flow", dtype=object) if kind is None else np.asarray(kind, dtype=object)
        return FlowTable(origin, destination, value, kind.reshape(k))


@dataclass(frozen=True)
class PairFlows:
    """One entry per unordered node pair and kind, oriented from the net sender.

    ``value_ab`` flows from ``from_node`` to ``to_node`` and ``value_ba`` back, so
    ``net = value_ab − value_ba ≥ 0`` (an exact tie keeps the lower row first).
    """

    kind: np.ndarray
    from_node: np.ndarray
    to_node: np.ndarray
    value_ab: np.ndarray
    value_ba: np.ndarray
    estimated: np.ndarray

    @property
    def gross(self) -> np.ndarray:
        return self.value_ab + self.value_ba

    @property
    def net(self) -> np.ndarray:
        return self.value_ab - self.value_ba

    @property
    def asymmetry(self) -> np.ndarray:
        gross = self.gross
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(gross > 0, np.abs(self.net) / gross, np.nan)

    def flow_class(self, urban) -> np.ndarray:
        """Stable code of each pair's net direction (rural_to_urban, …)."""
        urban = np.asarray(urban, dtype=bool)
        names = np.array(["rural", "urban"], dtype=object)
        src, dst = names[urban[self.from_node].astype(int)], names[urban[self.to_node].astype(int)]
        mixed = src != dst
        return np.where(mixed, src + "_to_" + dst, src + "_" + dst).astype(object)


@dataclass(frozen=True)
class NodeBalances:
    """Per node (rows) of one kind: observed flows only."""

    inflow: np.ndarray
    outflow: np.ndarray
    in_degree: np.ndarray
    out_degree: np.ndarray
    main_partner: np.ndarray  # node row, −1 when the node has no flow
    main_share: np.ndarray
    urban_tie: np.ndarray

    @property
    def gross(self) -> np.ndarray:
        return self.inflow + self.outflow

    @property
    def net(self) -> np.ndarray:
        return self.inflow - self.outflow


@dataclass(frozen=True)
class FlowAnalysis:
    """What :func:`analyse_flows` finds; ``kinds`` in first-seen order."""

    kinds: Tuple[str, ...]
    pairs: PairFlows
    nodes: Dict[str, NodeBalances]
    matrix: Dict[str, Dict[str, float]]
    self_flows: Dict[str, Tuple[int, float]]

    def total(self, kind=None) -> float:
        kinds = self.kinds if kind is None else (kind,)
        return float(sum(sum(self.matrix[k].values()) for k in kinds))

    def net_rural_outflow(self, kind=None) -> float:
        kinds = self.kinds if kind is None else (kind,)
        return float(
            sum(self.matrix[k]["rural_to_urban"] - self.matrix[k]["urban_to_rural"] for k in kinds)
        )


MATRIX_CELLS = ("urban_to_urban", "urban_to_rural", "rural_to_urban", "rural_to_rural")


def _pairs(n, origin, destination, value, observed_mask=None):
    """Unordered pairs of directed values: (a, b, a→b, b→a, a→b observed?, b→a observed?)."""
    a = np.minimum(origin, destination)
    b = np.maximum(origin, destination)
    forward = origin == a
    key = a * n + b
    uniq, inv = np.unique(key, return_inverse=True)
    ab = np.bincount(inv, weights=np.where(forward, value, 0.0), minlength=uniq.size)
    ba = np.bincount(inv, weights=np.where(forward, 0.0, value), minlength=uniq.size)
    if observed_mask is None:
        est_ab = est_ba = np.zeros(uniq.size, dtype=bool)
    else:
        est = ~observed_mask
        est_ab = np.bincount(inv, weights=(est & forward).astype(float), minlength=uniq.size) > 0
        est_ba = np.bincount(inv, weights=(est & ~forward).astype(float), minlength=uniq.size) > 0
    return uniq // n, uniq % n, ab, ba, est_ab | est_ba


def _node_balances(n, urban, origin, destination, value, pa, pb, gross) -> NodeBalances:
    inflow = np.bincount(destination, weights=value, minlength=n)
    outflow = np.bincount(origin, weights=value, minlength=n)
    positive = value > 0
    out_degree = np.bincount(origin[positive], minlength=n)
    in_degree = np.bincount(destination[positive], minlength=n)
    ends = np.concatenate([pa, pb])
    partners = np.concatenate([pb, pa])
    g = np.concatenate([gross, gross])
    order = np.lexsort((partners, -g, ends))  # largest gross first; ties: the lower row
    first = np.ones(order.size, dtype=bool)
    first[1:] = ends[order][1:] != ends[order][:-1]
    main = np.full(n, -1, dtype=np.int64)
    main_gross = np.zeros(n)
    main[ends[order][first]] = partners[order][first]
    main_gross[ends[order][first]] = g[order][first]
    node_gross = inflow + outflow
    urban_gross = np.bincount(ends, weights=g * urban[partners], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(node_gross > 0, main_gross / node_gross, np.nan)
        tie = np.where(node_gross > 0, urban_gross / node_gross, np.nan)
    main = np.where(node_gross > 0, main, -1)
    return NodeBalances(inflow, outflow, in_degree, out_degree, main, share, tie)


def analyse_flows(n_nodes: int, urban, flows: FlowTable, estimates=None) -> FlowAnalysis:
    """Pairs, node balances and the urban–rural matrix of ``flows`` between ``n_nodes`` nodes.

    Parameters
    ----------
    urban : (n,) bool
        True for urban nodes (:func:`node_types`).
    flows : FlowTable
        Observed flows; self-flows (origin = destination) are kept apart and counted.
    estimates : dict kind → FlowTable, optional
        Gravity estimates of pairs the table does not list; they add lines marked
        ``estimated`` but never change node balances or the matrix (observed data only).
    """
    n = int(n_nodes)
    urban = np.asarray(urban, dtype=bool)
    if urban.shape != (n,):
        raise InputError(tr("urban must have one value per node."))
    bad = (
        (flows.origin < 0)
        | (flows.origin >= n)
        | (flows.destination < 0)
        | (flows.destination >= n)
    )
    if bad.any():
        raise InputError(
            tr("Flows name nodes that do not exist (rows {rows}).").format(rows=where(bad))
        )
    kinds = tuple(dict.fromkeys(str(k) for k in flows.kind))
    pair_parts, nodes, matrix, self_flows = [], {}, {}, {}
    for kind in kinds:
        rows = flows.kind.astype(str) == kind
        loop = rows & (flows.origin == flows.destination)
        self_flows[kind] = (int(loop.sum()), float(flows.value[loop].sum()))
        rows &= ~loop
        o, d, v = flows.origin[rows], flows.destination[rows], flows.value[rows]
        pa, pb, ab, ba, _ = _pairs(n, o, d, v)
        nodes[kind] = _node_balances(n, urban, o, d, v, pa, pb, ab + ba)
        cells = {}
        for cell in MATRIX_CELLS:
            src, dst = cell.split("_to_")
            mask = (urban[o] == (src == "urban")) & (urban[d] == (dst == "urban"))
            cells[cell] = float(v[mask].sum())
        matrix[kind] = cells
        est = None if estimates is None else estimates.get(kind)
        if est is not None and est.origin.size:
            o = np.concatenate([o, est.origin])
            d = np.concatenate([d, est.destination])
            v = np.concatenate([v, est.value])
            observed = np.concatenate([np.ones(rows.sum(), bool), np.zeros(est.origin.size, bool)])
            pa, pb, ab, ba, estimated = _pairs(n, o, d, v, observed)
        else:
            estimated = np.zeros(pa.size, dtype=bool)
        forward = ab >= ba  # the line points in the net direction (a → b on an exact tie)
        pair_parts.append(
            (
                np.full(pa.size, kind, dtype=object),
                np.where(forward, pa, pb),
                np.where(forward, pb, pa),
                np.where(forward, ab, ba),
                np.where(forward, ba, ab),
                estimated,
            )
        )
    columns = [np.concatenate(c) if c else np.zeros(0) for c in zip(*pair_parts)]
    if not pair_parts:
        columns = [
            np.zeros(0, dtype=object),
            *(np.zeros(0, dtype=np.int64),) * 2,
            np.zeros(0),
            np.zeros(0),
            np.zeros(0, dtype=bool),
        ]
    return FlowAnalysis(kinds, PairFlows(*columns), nodes, matrix, self_flows)

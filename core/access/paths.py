"""Shortest-path costs over a road graph with points attached (scipy.sparse.csgraph.dijkstra).

:func:`travel_costs` lists every demand -> facility cost within a cutoff and
:func:`nearest_facility` the true cost to the nearest facility without cutoff; both run Dijkstra
from one virtual node per source point. Costs always run **from the demand point to the
facility** (people travel to services), so one-way streets are honoured in that direction.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Optional, Tuple, Union

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from ..checks import nonnegative_number
from ..errors import InputError, URFlowError
from ..messages import tr
from .cost_matrix import CostMatrix, NearestResult
from .graph import Graph, min_csr
from .snapping import PreparedNetwork, prepare_network

__all__ = [
    "Canceled",
    "SourcePlan",
    "batch_pairs",
    "check_canceled",
    "merge_pairs",
    "nearest_facility",
    "plan_travel_costs",
    "travel_costs",
]

# memory budget (float64 cells) of one Dijkstra batch: batch_size * (n_nodes + the ~4
# temporaries per destination of reading the costs off the distances) * 8 bytes
_BATCH_CELLS = 24_000_000
# with a cancel callback, each Dijkstra batch is sized to take about this long (seconds), so
# that a cancel is answered within a second however large the network
_BATCH_SECONDS = 0.2


class Canceled(URFlowError):
    """The caller's ``is_canceled()`` returned True; the computation stopped early."""


def check_canceled(is_canceled: Optional[Callable[[], bool]]) -> None:
    """Raise :class:`Canceled` when ``is_canceled()`` (if given) returns True."""
    if is_canceled is not None and is_canceled():
        raise Canceled(tr("Canceled by the user."))


def _prepared(network, demand_xy, facility_xy, access_speed_kmh, snap_distance, cost):
    if isinstance(network, PreparedNetwork):
        if demand_xy is not None or facility_xy is not None:
            raise InputError(
                tr(
                    "Pass demand_xy and facility_xy as None with a PreparedNetwork: its points "
                    "are already attached."
                )
            )
        return network
    if isinstance(network, Graph):
        if demand_xy is None or facility_xy is None:
            raise InputError(tr("demand_xy and facility_xy are required with a Graph."))
        return prepare_network(
            network, demand_xy, facility_xy, access_speed_kmh, snap_distance, cost
        )
    raise InputError(
        tr("network must be a Graph (build_graph) or a PreparedNetwork (prepare_network).")
    )


def _source_graph(net: PreparedNetwork, from_facilities: bool) -> sp.csr_matrix:
    """Graph for Dijkstra: the network (reversed when running from facilities) plus one
    virtual source node per point of the source side (node index n_nodes + point index)."""
    n = net.graph.n_nodes
    base = net.adjacency.T if from_facilities else net.adjacency
    base = base.tocoo()
    nodes = net.facility_leg_node if from_facilities else net.demand_leg_node
    costs = net.facility_leg_cost if from_facilities else net.demand_leg_cost
    k = nodes.shape[0]
    ok = np.isfinite(costs)
    src = np.broadcast_to(n + np.arange(k, dtype=np.int64)[:, None], nodes.shape)
    rows = np.concatenate([base.row.astype(np.int64), src[ok]])
    cols = np.concatenate([base.col.astype(np.int64), nodes[ok]])
    vals = np.concatenate([base.data.astype(float), costs[ok]])
    return min_csr(rows, cols, vals, n + k)


def travel_costs(
    network: Union[Graph, PreparedNetwork],
    demand_xy=None,
    facility_xy=None,
    cutoff: float = np.inf,
    access_speed_kmh: float = 4.5,
    snap_distance: float = 500.0,
    cost: str = "minutes",
    is_canceled: Optional[Callable[[], bool]] = None,
    batch_size: Optional[int] = None,
    map_batches: Optional[Callable[[SourcePlan], list]] = None,
) -> CostMatrix:
    """Network costs from every demand point to every facility within a cutoff.

    Costs run from the demand point to the facility and include both off-network access legs
    and the partial edges at both ends (see :func:`prepare_network`). Dijkstra
    (``scipy.sparse.csgraph.dijkstra`` with ``limit=cutoff``) runs from the smaller side: from
    the facilities on the reversed graph, or from the demand points on the forward graph, with
    one virtual source node per point; the other side's costs are read off its two end nodes
    (``min(dist[u] + leg_u, dist[v] + leg_v)``, and the direct same-edge trips). Sources go in
    batches so memory stays at about ``batch_size * n_nodes * 8`` bytes (plus the result).

    Parameters
    ----------
    network : Graph or PreparedNetwork
        With a PreparedNetwork, pass ``demand_xy = facility_xy = None``; its snapping and cost
        settings are used and ``access_speed_kmh``, ``snap_distance``, ``cost`` are ignored.
    demand_xy : array_like, shape (n_demand, 2), optional
        Metres, in the graph's CRS.
    facility_xy : array_like, shape (n_facility, 2), optional
    cutoff : float
        Largest cost kept, inclusive, in the cost unit (minutes or metres); inf keeps all.
    access_speed_kmh, snap_distance, cost
        See :func:`prepare_network`.
    is_canceled : callable () -> bool, optional
        Polled before each batch; when it returns True, :class:`Canceled` is raised. With it
        (and no ``batch_size``) batches are sized to take about 0.2 s each, so a cancel is
        answered within a second on any network.
    batch_size : int, optional
        Sources per Dijkstra call; the default keeps one batch's distances and the
        temporaries that read the costs off them near 200 MB.
    map_batches : callable (SourcePlan) -> list of pairs, optional
        Runs the source batches (:func:`batch_pairs` on batches of :meth:`SourcePlan.batches`)
        somewhere else, e.g. on a Dask cluster (``scripts/urflow_batch.py``), and returns their
        ``(sources, destinations, costs)`` in any order; the result is the same as in-process.

    Returns
    -------
    CostMatrix
        Pairs with cost <= cutoff (zero costs kept), sorted by demand then facility; points that
        could not be snapped are flagged unreachable.

    Raises
    ------
    Canceled
        When ``is_canceled()`` returns True.
    """
    plan = plan_travel_costs(
        network,
        demand_xy,
        facility_xy,
        cutoff,
        access_speed_kmh,
        snap_distance,
        cost,
        is_canceled,
        batch_size,
    )
    if map_batches is None:
        parts = []
        # With a cancel callback and no batch size given, batches start small and grow or
        # shrink to take about _BATCH_SECONDS each (never above the memory-bound size), so a
        # cancel is answered within a second on any network; the costs are the same.
        adaptive = is_canceled is not None and batch_size is None
        step = min(plan.batch_size, 4) if adaptive else plan.batch_size
        start = 0
        while plan.graph is not None and start < plan.sources.size:
            check_canceled(is_canceled)
            batch = plan.sources[start : start + step]
            start += batch.size
            began = time.perf_counter()
            parts.append(batch_pairs(plan, batch))
            if adaptive:
                per_source = (time.perf_counter() - began) / batch.size
                step = int(min(plan.batch_size, max(1, _BATCH_SECONDS / max(per_source, 1e-6))))
    else:
        parts = map_batches(plan)
    check_canceled(is_canceled)
    return merge_pairs(plan, parts)


@dataclass(frozen=True, eq=False)
class SourcePlan:
    """What :func:`batch_pairs` needs to run any batch of sources on its own (picklable).

    Built once by :func:`plan_travel_costs` (graph with one virtual node per source point, the
    destinations' legs, the direct same-edge trips); each batch of sources then runs alone, in
    this process or on another machine, and :func:`merge_pairs` joins the pairs. Costs are
    the same whatever the batches: each source's Dijkstra is independent of the others.
    """

    graph: Optional[sp.csr_matrix]
    n_nodes: int
    from_facilities: bool
    sources: np.ndarray
    batch_size: int
    cutoff: float
    dst_idx: np.ndarray
    dst_nodes: Tuple[np.ndarray, np.ndarray]
    dst_costs: Tuple[np.ndarray, np.ndarray]
    dst_pos: np.ndarray
    direct: Tuple[np.ndarray, np.ndarray, np.ndarray]
    shape: Tuple[int, int]
    unit: str
    demand_unreachable: np.ndarray
    facility_unreachable: np.ndarray

    def batches(self, size: Optional[int] = None) -> list:
        """The source indices in batches of ``size`` (default: the memory-bound size)."""
        if self.graph is None:
            return []
        step = max(1, int(size or self.batch_size))
        return [self.sources[i : i + step] for i in range(0, self.sources.size, step)]


def plan_travel_costs(
    network: Union[Graph, PreparedNetwork],
    demand_xy=None,
    facility_xy=None,
    cutoff: float = np.inf,
    access_speed_kmh: float = 4.5,
    snap_distance: float = 500.0,
    cost: str = "minutes",
    is_canceled: Optional[Callable[[], bool]] = None,
    batch_size: Optional[int] = None,
) -> SourcePlan:
    """The :class:`SourcePlan` of :func:`travel_costs` (same arguments)."""
    cut = nonnegative_number(cutoff, tr("cutoff"), allow_inf=True)
    net = _prepared(network, demand_xy, facility_xy, access_speed_kmh, snap_distance, cost)
    check_canceled(is_canceled)
    n = net.graph.n_nodes
    nd, nf = net.n_demand, net.n_facility
    from_facilities = nf <= nd
    if from_facilities:
        src_snap = net.facility_snap
        dst_nodes, dst_costs = net.demand_leg_node, net.demand_leg_cost
        direct_src, direct_dst = net.direct_cols, net.direct_rows
    else:
        src_snap = net.demand_snap
        dst_nodes, dst_costs = net.facility_leg_node, net.facility_leg_cost
        direct_src, direct_dst = net.direct_rows, net.direct_cols
    order = np.argsort(direct_src, kind="stable")
    direct_src, direct_dst = direct_src[order], direct_dst[order]
    direct_val = net.direct_values[order]

    src_idx = np.flatnonzero(src_snap.snapped)
    dst_idx = np.flatnonzero(np.isfinite(dst_costs).any(axis=1))
    dst_pos = np.full(max(nd, nf), -1, dtype=np.int64)  # point index -> column of `sub`
    dst_pos[dst_idx] = np.arange(dst_idx.size)

    graph = _source_graph(net, from_facilities) if src_idx.size and dst_idx.size else None
    if batch_size is None:
        cells = n + src_snap.edge.size + 4 * dst_idx.size
        bs = max(1, _BATCH_CELLS // max(cells, 1))
    else:
        if int(batch_size) < 1:
            raise InputError(
                tr("batch_size must be a positive integer; got {value}.").format(
                    value=repr(batch_size)
                )
            )
        bs = int(batch_size)
    return SourcePlan(
        graph=graph,
        n_nodes=n,
        from_facilities=from_facilities,
        sources=src_idx,
        batch_size=bs,
        cutoff=cut,
        dst_idx=dst_idx,
        dst_nodes=(dst_nodes[dst_idx, 0], dst_nodes[dst_idx, 1]),
        dst_costs=(dst_costs[dst_idx, 0], dst_costs[dst_idx, 1]),
        dst_pos=dst_pos,
        direct=(direct_src, direct_dst, direct_val),
        shape=(nd, nf),
        unit=net.cost,
        demand_unreachable=~net.demand_snap.snapped,
        facility_unreachable=~net.facility_snap.snapped,
    )


def batch_pairs(plan: SourcePlan, batch: np.ndarray):
    """``(sources, destinations, costs)`` within the cutoff for one batch of source indices
    (sorted ascending, as :meth:`SourcePlan.batches` gives them)."""
    batch = np.asarray(batch, dtype=np.int64)
    n, cut = plan.n_nodes, plan.cutoff
    (dn0, dn1), (dc0, dc1) = plan.dst_nodes, plan.dst_costs
    direct_src, direct_dst, direct_val = plan.direct
    dist = dijkstra(plan.graph, directed=True, indices=n + batch, limit=cut)
    sub = np.minimum(dist[:, dn0] + dc0, dist[:, dn1] + dc1)
    del dist
    # direct trips along a shared edge for the sources of this batch
    lo = np.searchsorted(direct_src, batch[0], side="left")
    hi = np.searchsorted(direct_src, batch[-1], side="right")
    if hi > lo:
        r = np.searchsorted(batch, direct_src[lo:hi])
        c = plan.dst_pos[direct_dst[lo:hi]]
        sub[r, c] = np.minimum(sub[r, c], direct_val[lo:hi])
    r, c = np.nonzero((sub <= cut) & np.isfinite(sub))
    return batch[r], plan.dst_idx[c], sub[r, c]


def merge_pairs(plan: SourcePlan, parts) -> CostMatrix:
    """The :class:`CostMatrix` of the pairs of every batch (in any order) of ``plan``."""
    parts = list(parts)
    s = np.concatenate([p[0] for p in parts]) if parts else np.empty(0, dtype=np.int64)
    d = np.concatenate([p[1] for p in parts]) if parts else np.empty(0, dtype=np.int64)
    v = np.concatenate([p[2] for p in parts]) if parts else np.empty(0, dtype=float)
    rows, cols = (d, s) if plan.from_facilities else (s, d)
    order = np.lexsort((cols, rows))
    return CostMatrix(
        rows=rows[order].astype(np.int64),
        cols=cols[order].astype(np.int64),
        values=v[order].astype(float),
        shape=plan.shape,
        unit=plan.unit,
        cutoff=plan.cutoff,
        demand_unreachable=plan.demand_unreachable,
        facility_unreachable=plan.facility_unreachable,
    )


def nearest_facility(
    network: Union[Graph, PreparedNetwork],
    demand_xy=None,
    facility_xy=None,
    access_speed_kmh: float = 4.5,
    snap_distance: float = 500.0,
    cost: str = "minutes",
    is_canceled: Optional[Callable[[], bool]] = None,
) -> NearestResult:
    """True cost from every demand point to its nearest facility, with no cutoff.

    One multi-source Dijkstra pass from all facilities on the reversed graph
    (``dijkstra(..., min_only=True)``), then each demand point takes the better of its two legs
    (and of any direct same-edge trip). Arguments as in :func:`travel_costs`; the Dijkstra call
    itself cannot be interrupted, ``is_canceled`` is polled before and after it.

    Returns
    -------
    NearestResult
        NaN cost and facility -1 where no facility can be reached (unsnapped demand point,
        disconnected piece of network, or no snapped facility at all). Ties go to any one of
        the equally near facilities.

    Raises
    ------
    Canceled
        When ``is_canceled()`` returns True.
    """
    net = _prepared(network, demand_xy, facility_xy, access_speed_kmh, snap_distance, cost)
    check_canceled(is_canceled)
    n = net.graph.n_nodes
    nd = net.n_demand
    best = np.full(nd, np.inf)
    fac = np.full(nd, -1, dtype=np.int64)
    src = np.flatnonzero(net.facility_snap.snapped)
    if src.size and nd and n:
        graph = _source_graph(net, from_facilities=True)
        dist, _pred, sources = dijkstra(
            graph, directed=True, indices=n + src, min_only=True, return_predecessors=True
        )
        check_canceled(is_canceled)
        for k in range(2):  # the two legs of every demand point
            node = net.demand_leg_node[:, k]
            cand = dist[node] + net.demand_leg_cost[:, k]
            better = cand < best
            best[better] = cand[better]
            fac[better] = sources[node[better]] - n
    if net.direct_values.size:
        r, c, v = net.direct_rows, net.direct_cols, net.direct_values
        o = np.lexsort((c, v, r))
        r, c, v = r[o], c[o], v[o]
        first = np.ones(r.size, dtype=bool)
        first[1:] = r[1:] != r[:-1]
        r, c, v = r[first], c[first], v[first]
        better = v < best[r]
        best[r[better]] = v[better]
        fac[r[better]] = c[better]
    reach = np.isfinite(best)
    return NearestResult(
        cost=np.where(reach, best, np.nan),
        facility=np.where(reach, fac, -1),
        demand_unreachable=~net.demand_snap.snapped,
        unit=net.cost,
    )

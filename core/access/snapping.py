"""Attaching points (villages, facilities) to a road graph.

:func:`snap_points` finds the nearest point on the nearest edge; :func:`prepare_network` joins
each snapped point to the two end nodes of its edge (access leg + partial edge, in the directions
the edge allows), ready for the shortest paths of :mod:`.paths`. The two point sets are called
*demand* (where trips start) and *facility* (where they end), whatever the points are.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.spatial import cKDTree

from ..checks import nonnegative_number, positive_number
from ..errors import InputError
from ..messages import tr
from .graph import Graph
from .units import MIN_PER_M_AT_1KMH, cost_unit, xy_array

__all__ = ["SnapResult", "PreparedNetwork", "snap_points", "prepare_network"]


@dataclass(frozen=True, eq=False)
class SnapResult:
    """Points attached to the nearest edge by :func:`snap_points`.

    Attributes
    ----------
    edge : ndarray, shape (n,), int64
        Edge index, -1 where the point is farther than ``max_distance`` from every edge (or
        its coordinates are not finite).
    t : ndarray, shape (n,), float64
        Fraction along the edge from ``edge_u`` (0) to ``edge_v`` (1); NaN when not snapped.
    xy : ndarray, shape (n, 2), float64
        Snapped position, metres; NaN when not snapped.
    distance : ndarray, shape (n,), float64
        Distance from the point to its snapped position, metres; NaN when not snapped.
    """

    edge: np.ndarray
    t: np.ndarray
    xy: np.ndarray
    distance: np.ndarray

    @property
    def snapped(self) -> np.ndarray:
        """Boolean mask, shape (n,): the point is on the network."""
        return self.edge >= 0


@dataclass(frozen=True, eq=False)
class PreparedNetwork:
    """A graph with demand points and facilities attached, from :func:`prepare_network`.

    Build it once and pass it to both :func:`travel_costs` and :func:`nearest_facility`
    to snap only once.

    Each point is joined to the two end nodes of its snapped edge by a *leg*: the off-network
    access distance plus the part of the edge between the snapped point and the node. A demand
    leg runs point -> node, a facility leg node -> point; a leg the edge direction forbids costs
    inf. Routes never pass *through* a village or facility.

    Attributes
    ----------
    graph : Graph
    cost : str
        'minutes' or 'meters': the unit of every cost computed on it.
    adjacency : scipy.sparse.csr_matrix, shape (n_nodes, n_nodes)
        The graph's adjacency in that unit (``graph.adjacency_min`` or ``graph.adjacency_m``).
    demand_leg_node, demand_leg_cost : ndarray, shape (n_demand, 2)
        End node (u, v of the snapped edge; 0 when unused) and cost point -> node (inf when
        not allowed or the point is not snapped).
    facility_leg_node, facility_leg_cost : ndarray, shape (n_facility, 2)
        Same for facilities, cost node -> point.
    direct_rows, direct_cols, direct_values : ndarray, shape (k,)
        Demand point, facility and cost of the direct trips along a shared edge (both snapped on
        the same edge and the edge direction allows demand -> facility).
    demand_snap, facility_snap : SnapResult
    access_speed_kmh, snap_distance : float
    """

    graph: Graph
    cost: str
    adjacency: sp.csr_matrix
    demand_leg_node: np.ndarray
    demand_leg_cost: np.ndarray
    facility_leg_node: np.ndarray
    facility_leg_cost: np.ndarray
    direct_rows: np.ndarray
    direct_cols: np.ndarray
    direct_values: np.ndarray
    demand_snap: SnapResult
    facility_snap: SnapResult
    access_speed_kmh: float
    snap_distance: float

    @property
    def n_demand(self) -> int:
        return int(self.demand_leg_node.shape[0])

    @property
    def n_facility(self) -> int:
        return int(self.facility_leg_node.shape[0])


def _project(p: np.ndarray, a: np.ndarray, b: np.ndarray):
    """Project points p on segments a-b (broadcasting, last axis = xy): (t, proj, dist)."""
    ab = b - a
    den = np.einsum("...i,...i->...", ab, ab)
    num = np.einsum("...i,...i->...", p - a, ab)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(den > 0, num / np.where(den > 0, den, 1.0), 0.0)
    t = np.clip(t, 0.0, 1.0)
    proj = a + t[..., None] * ab
    dist = np.hypot(*np.moveaxis(p - proj, -1, 0))
    return t, proj, dist


def snap_points(graph: Graph, xy, max_distance: float) -> SnapResult:
    """Snap points to the nearest point on the nearest edge.

    Edges are cut into pieces of bounded length whose midpoints go into a ``cKDTree``; for each
    point the k nearest piece midpoints give candidate edges, the exact projection on those
    segments picks the nearest, and points whose candidate set could miss a closer edge are
    re-queried with a larger k. The answer is exact (ties: the first edge found).

    Parameters
    ----------
    graph : Graph
    xy : array_like, shape (n, 2)
        Point coordinates, metres, in the graph's CRS.
    max_distance : float
        Largest snapping distance, metres (inclusive); farther points are not snapped.

    Returns
    -------
    SnapResult
        Snapping ignores edge direction and connectivity: a point may snap to a small piece of
        network that is disconnected from the rest.
    """
    pts = xy_array(xy, tr("xy"))
    maxd = nonnegative_number(max_distance, tr("max_distance"))
    n = pts.shape[0]
    edge = np.full(n, -1, dtype=np.int64)
    t_out = np.full(n, np.nan)
    xy_out = np.full((n, 2), np.nan)
    d_out = np.full(n, np.nan)
    ne = graph.n_edges
    ok = np.all(np.isfinite(pts), axis=1)
    if ne == 0 or n == 0 or not ok.any():
        return SnapResult(edge, t_out, xy_out, d_out)

    a_xy = graph.node_xy[graph.edge_u]
    b_xy = graph.node_xy[graph.edge_v]
    length = graph.edge_length_m
    # piece length: at least the median edge, and at most ~3 pieces per edge on average
    piece = max(float(np.median(length)), float(length.sum()) / (2.0 * ne))
    n_pieces = np.maximum(1, np.ceil(length / piece)).astype(np.int64)
    piece_edge = np.repeat(np.arange(ne, dtype=np.int64), n_pieces)
    starts = np.cumsum(n_pieces) - n_pieces
    k_in_edge = np.arange(piece_edge.size, dtype=np.int64) - np.repeat(starts, n_pieces)
    frac = (k_in_edge + 0.5) / n_pieces[piece_edge]
    mids = a_xy[piece_edge] + frac[:, None] * (b_xy[piece_edge] - a_xy[piece_edge])
    half = float(np.max(length / n_pieces)) / 2.0
    half *= 1.0 + 1e-9
    tree = cKDTree(mids)

    todo = np.flatnonzero(ok)
    k = min(8, piece_edge.size)
    bound = maxd + half
    while todo.size:
        dk, ik = tree.query(pts[todo], k=k, distance_upper_bound=bound * (1 + 1e-12) + 1e-9)
        dk = dk.reshape(todo.size, k)
        ik = ik.reshape(todo.size, k)
        valid = np.isfinite(dk)
        ik_safe = np.where(valid, ik, 0)
        cand = piece_edge[ik_safe]
        t, proj, dist = _project(pts[todo][:, None, :], a_xy[cand], b_xy[cand])
        dist = np.where(valid, dist, np.inf)
        best = np.argmin(dist, axis=1)
        rows = np.arange(todo.size)
        bd = dist[rows, best]
        # exact if every piece within bd + half was among the k returned
        complete = ~valid[:, -1] | (dk[:, -1] > bd + half) | (k >= piece_edge.size)
        done = complete
        hit = done & (bd <= maxd)
        idx = todo[hit]
        edge[idx] = cand[rows, best][hit]
        t_out[idx] = t[rows, best][hit]
        xy_out[idx] = proj[rows, best][hit]
        d_out[idx] = bd[hit]
        todo = todo[~done]
        k = min(k * 4, piece_edge.size)
    return SnapResult(edge, t_out, xy_out, d_out)


# --------------------------------------------------------------------------------------------
# augmented network


def prepare_network(
    graph: Graph,
    demand_xy,
    facility_xy,
    access_speed_kmh: float = 4.5,
    snap_distance: float = 500.0,
    cost: str = "minutes",
) -> PreparedNetwork:
    """Attach demand points and facilities to the graph.

    Each point is snapped (:func:`snap_points`) and joined to the end nodes of its edge by legs
    costing the access leg (off-network distance to the snapped point, walked at
    ``access_speed_kmh`` for minutes, or plain metres for meters) plus the part of the edge
    between the snapped point and that end node, only in directions the edge allows (a point
    exactly on an end node reaches it whatever the direction). A demand point and a facility
    snapped on the same edge also get a direct trip along the edge when its direction allows,
    so they need not detour through a node.

    Parameters
    ----------
    graph : Graph
    demand_xy : array_like, shape (n_demand, 2)
        Demand points (e.g. village centroids), metres.
    facility_xy : array_like, shape (n_facility, 2)
        Facilities, metres.
    access_speed_kmh : float, default 4.5
        Speed of the off-network access legs (walking), km/h; used for minutes only.
    snap_distance : float, default 500.0
        Largest off-network distance, metres (inclusive); farther points are unreachable.
    cost : {'minutes', 'meters'}

    Returns
    -------
    PreparedNetwork
    """
    if not isinstance(graph, Graph):
        raise InputError(tr("graph must be a Graph built by build_graph()."))
    cost = cost_unit(cost)
    access = positive_number(access_speed_kmh, tr("access_speed_kmh"))
    snap_d = nonnegative_number(snap_distance, tr("snap_distance"))
    dxy = xy_array(demand_xy, tr("demand_xy"))
    fxy = xy_array(facility_xy, tr("facility_xy"))
    ds = snap_points(graph, dxy, snap_d)
    fs = snap_points(graph, fxy, snap_d)

    if cost == "minutes":
        edge_cost = graph.edge_cost_min
        leg = MIN_PER_M_AT_1KMH / access  # minutes per metre off the network
        adjacency = graph.adjacency_min
    else:
        edge_cost = graph.edge_length_m
        leg = 1.0
        adjacency = graph.adjacency_m

    def legs(snap: SnapResult, outgoing: bool):
        n = snap.edge.shape[0]
        nodes = np.zeros((n, 2), dtype=np.int64)
        costs = np.full((n, 2), np.inf)
        m = snap.snapped
        e = snap.edge[m]
        t = snap.t[m]
        a = snap.distance[m] * leg
        c = edge_cost[e]
        d = graph.edge_direction[e]
        if outgoing:  # demand: point -> u runs against digitising (d <= 0), point -> v with it
            ok_u, ok_v = (d <= 0) | (t == 0.0), (d >= 0) | (t == 1.0)
        else:  # facility: u -> point runs with digitising (d >= 0), v -> point against it
            ok_u, ok_v = (d >= 0) | (t == 0.0), (d <= 0) | (t == 1.0)
        nodes[m, 0] = graph.edge_u[e]
        nodes[m, 1] = graph.edge_v[e]
        costs[m, 0] = np.where(ok_u, a + t * c, np.inf)
        costs[m, 1] = np.where(ok_v, a + (1.0 - t) * c, np.inf)
        return nodes, costs

    d_nodes, d_costs = legs(ds, outgoing=True)
    f_nodes, f_costs = legs(fs, outgoing=False)

    # demand and facility on the same edge: direct trip along it
    pd = pf = np.empty(0, dtype=np.int64)
    val = np.empty(0, dtype=float)
    di = np.flatnonzero(ds.snapped)
    fi = np.flatnonzero(fs.snapped)
    if di.size and fi.size:
        f_order = fi[np.argsort(fs.edge[fi], kind="stable")]
        f_edges = fs.edge[f_order]
        lo = np.searchsorted(f_edges, ds.edge[di], side="left")
        cnt = np.searchsorted(f_edges, ds.edge[di], side="right") - lo
        total = int(cnt.sum())
        if total:
            pd = np.repeat(di, cnt)
            within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
            pf = f_order[np.repeat(lo, cnt) + within]
            e = ds.edge[pd]
            dt = fs.t[pf] - ds.t[pd]
            d = graph.edge_direction[e]
            ok = (dt == 0) | ((dt > 0) & (d >= 0)) | ((dt < 0) & (d <= 0))
            pd, pf, e, dt = pd[ok], pf[ok], e[ok], dt[ok]
            val = ds.distance[pd] * leg + np.abs(dt) * edge_cost[e] + fs.distance[pf] * leg
    return PreparedNetwork(
        graph=graph,
        cost=cost,
        adjacency=adjacency,
        demand_leg_node=d_nodes,
        demand_leg_cost=d_costs,
        facility_leg_node=f_nodes,
        facility_leg_cost=f_costs,
        direct_rows=pd,
        direct_cols=pf,
        direct_values=val,
        demand_snap=ds,
        facility_snap=fs,
        access_speed_kmh=access,
        snap_distance=snap_d,
    )

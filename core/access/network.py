"""Road-network travel costs for facility accessibility, with numpy and scipy only.

The network is a set of polylines in a projected CRS (metres). :func:`build_graph` turns it
into a routable graph: every pair of consecutive vertices is an edge, vertices closer than a
tolerance become one node, and lines that merely cross without a shared vertex stay apart
(the rule of QGIS's network analysis library). Each edge keeps its length in metres and its
travel time in minutes.

Demand points (villages) and facilities are attached to the network by :func:`snap_points`
(nearest point on the nearest edge). :func:`prepare_network` joins each snapped point to the
two end nodes of its edge (access leg + partial edge, in the directions the edge allows), and
:func:`travel_costs` / :func:`nearest_facility` run ``scipy.sparse.csgraph.dijkstra`` from one
virtual node per source point. Costs always run **from the demand point to the facility**
(people travel to services), so one-way streets are honoured in that direction.

:func:`euclidean_costs` and :func:`euclidean_nearest` are the fallback without a network
(straight-line distance times a detour factor).

Every cost result keeps pairs in explicit ``(rows, cols, values)`` arrays, so a cost of exactly
zero (a village sitting on a facility) is kept and never confused with "not reachable".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Union

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import cKDTree

from ..errors import InputError, URFlowError
from ..messages import listing, tr

__all__ = [
    "Canceled",
    "Graph",
    "SnapResult",
    "PreparedNetwork",
    "CostMatrix",
    "NearestResult",
    "build_graph",
    "snap_points",
    "prepare_network",
    "travel_costs",
    "nearest_facility",
    "euclidean_costs",
    "euclidean_nearest",
]

#: minutes per metre at 1 km/h: t [min] = length [m] * MIN_PER_M_AT_1KMH / speed [km/h]
MIN_PER_M_AT_1KMH = 60.0 / 1000.0

_COST_UNITS = ("minutes", "meters")

# memory budget (float64 cells) of one Dijkstra batch: batch_size * n_nodes * 8 bytes
_BATCH_CELLS = 24_000_000


class Canceled(URFlowError):
    """The caller's ``is_canceled()`` returned True; the computation stopped early."""


# --------------------------------------------------------------------------------------------
# results


@dataclass(frozen=True, eq=False)
class Graph:
    """A routable road graph built by :func:`build_graph`.

    Attributes
    ----------
    node_xy : ndarray, shape (n_nodes, 2), float64
        Node coordinates in metres (mean of the vertices merged into the node).
    edge_u, edge_v : ndarray, shape (n_edges,), int64
        End nodes of each edge, in the digitising direction of its line (u is the first vertex).
    edge_length_m : ndarray, shape (n_edges,), float64
        Straight length between the two nodes, metres (> 0: zero-length edges are dropped).
    edge_cost_min : ndarray, shape (n_edges,), float64
        Travel time along the edge at the line's speed, minutes.
    edge_line : ndarray, shape (n_edges,), int64
        Index of the input line the edge comes from.
    edge_direction : ndarray, shape (n_edges,), int8
        0 both ways, +1 only u -> v (digitising direction), -1 only v -> u.
    adjacency_min, adjacency_m : scipy.sparse.csr_matrix, shape (n_nodes, n_nodes)
        Cost of travelling from row node to column node in minutes / metres; one entry per
        allowed direction, the cheapest one where parallel edges join the same two nodes.
    vertex_node : ndarray, shape (n_vertices,), int64
        Node of every input vertex (after merging).
    n_dropped_edges : int
        Consecutive vertex pairs dropped because they collapse into one node (zero length).
    """

    node_xy: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length_m: np.ndarray
    edge_cost_min: np.ndarray
    edge_line: np.ndarray
    edge_direction: np.ndarray
    adjacency_min: sp.csr_matrix
    adjacency_m: sp.csr_matrix
    vertex_node: np.ndarray
    n_dropped_edges: int

    @property
    def n_nodes(self) -> int:
        return int(self.node_xy.shape[0])

    @property
    def n_edges(self) -> int:
        return int(self.edge_u.shape[0])


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


@dataclass(frozen=True, eq=False)
class CostMatrix:
    """Demand-to-facility costs within a cutoff, stored as explicit pairs.

    Pairs not listed cost more than ``cutoff`` or are unreachable. A listed value may be exactly
    0.0 (it is never dropped, unlike an implicit zero of a sparse matrix).

    Attributes
    ----------
    rows, cols : ndarray, shape (nnz,), int64
        Demand index and facility index of each pair.
    values : ndarray, shape (nnz,), float64
        Cost of travelling from the demand point to the facility, in ``unit``; 0 <= value <= cutoff.
    shape : tuple of int
        (n_demand, n_facility).
    unit : str
        'minutes' or 'meters'.
    cutoff : float
        Largest cost kept (inclusive); inf when every reachable pair is listed.
    demand_unreachable, facility_unreachable : ndarray of bool, shapes (n_demand,), (n_facility,)
        Points that could not be attached to the network (too far from any road, or with
        non-finite coordinates). They have no pairs at all.
    """

    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    shape: tuple
    unit: str
    cutoff: float
    demand_unreachable: np.ndarray
    facility_unreachable: np.ndarray

    @property
    def nnz(self) -> int:
        return int(self.values.shape[0])

    def to_dense(self, fill: float = np.nan) -> np.ndarray:
        """Dense (n_demand, n_facility) array; pairs beyond the cutoff get ``fill`` (NaN)."""
        out = np.full(self.shape, fill, dtype=float)
        out[self.rows, self.cols] = self.values
        return out

    def to_csr(self) -> sp.csr_matrix:
        """scipy CSR matrix of the pairs (explicit zeros are kept as stored entries).

        Beware: scipy treats a missing entry as 0; test membership with the sparsity
        structure, not the value, and never call ``eliminate_zeros()`` on it.
        """
        return sp.csr_matrix((self.values, (self.rows, self.cols)), shape=self.shape)


@dataclass(frozen=True, eq=False)
class NearestResult:
    """Cost to the nearest facility, with no cutoff.

    Attributes
    ----------
    cost : ndarray, shape (n_demand,), float64
        Cost to the nearest facility; NaN where no facility can be reached.
    facility : ndarray, shape (n_demand,), int64
        Index of that facility; -1 where none can be reached.
    demand_unreachable : ndarray of bool, shape (n_demand,)
        Demand points not attached to the network.
    unit : str
    """

    cost: np.ndarray
    facility: np.ndarray
    demand_unreachable: np.ndarray
    unit: str


# --------------------------------------------------------------------------------------------
# validation helpers


def _check_canceled(is_canceled: Optional[Callable[[], bool]]) -> None:
    if is_canceled is not None and is_canceled():
        raise Canceled(tr("Canceled by the user."))


def _as_xy(xy, name: str) -> np.ndarray:
    try:
        arr = np.asarray(xy, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be numeric (x, y) coordinates in metres.").format(name=name)
        ) from exc
    if arr.ndim == 1 and arr.size == 0:
        arr = arr.reshape(0, 2)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise InputError(
            tr("{name} must have shape (n, 2) (x, y in metres); got {shape}.").format(
                name=name, shape=arr.shape
            )
        )
    return arr


def _positive_number(value, name: str, allow_zero: bool = False, allow_inf: bool = False) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be a number; got {value}.").format(name=name, value=repr(value))
        ) from exc
    if np.isnan(v) or (np.isinf(v) and not allow_inf) or v < 0 or (v == 0 and not allow_zero):
        if allow_zero:
            text = tr("{name} must be a finite number >= 0; got {value}.")
        else:
            text = tr("{name} must be a finite number > 0; got {value}.")
        raise InputError(text.format(name=name, value=repr(value)))
    return v


def _check_cost_unit(cost: str) -> str:
    if cost not in _COST_UNITS:
        raise InputError(
            tr("cost must be 'minutes' or 'meters'; got {cost}.").format(cost=repr(cost))
        )
    return cost


# --------------------------------------------------------------------------------------------
# graph


def _min_csr(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, n: int) -> sp.csr_matrix:
    """CSR (n, n) keeping the minimum value of duplicate (row, col) pairs."""
    if rows.size == 0:
        return sp.csr_matrix((n, n), dtype=float)
    order = np.lexsort((vals, cols, rows))
    r, c, v = rows[order], cols[order], vals[order]
    first = np.ones(r.size, dtype=bool)
    first[1:] = (r[1:] != r[:-1]) | (c[1:] != c[:-1])
    r, c, v = r[first], c[first], v[first]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(r, minlength=n), out=indptr[1:])
    # rows are sorted, columns sorted within rows, no duplicates: canonical CSR
    return sp.csr_matrix((v, c, indptr), shape=(n, n))


def build_graph(coords, line_offsets, speed_kmh, direction, node_tolerance: float = 0.01) -> Graph:
    """Build a routable graph from polylines.

    Parameters
    ----------
    coords : array_like, shape (n_vertices, 2)
        Vertex coordinates of all lines, concatenated, in a projected CRS (metres).
    line_offsets : array_like of int, shape (n_lines + 1,)
        Line ``k`` is ``coords[line_offsets[k]:line_offsets[k + 1]]`` (CSR layout): starts at 0,
        ends at ``n_vertices``, non-decreasing. Lines with fewer than 2 vertices add no edge.
    speed_kmh : array_like, shape (n_lines,)
        Travel speed of each line, km/h; must be finite and > 0.
    direction : array_like of int, shape (n_lines,)
        0 both directions, +1 only in the digitising direction, -1 only against it.
    node_tolerance : float, default 0.01
        Vertices closer than this (metres) become one node; merging is transitive (a chain of
        close vertices is one node). Lines that cross without a shared vertex are not
        connected. Must be >= 0 (0 merges only identical coordinates).

    Returns
    -------
    Graph
        Zero-length edges (consecutive vertices merged into one node) are dropped and counted in
        ``n_dropped_edges``. Edge length is the straight distance between the edge's nodes.

    Raises
    ------
    InputError
        On malformed arrays, non-finite coordinates, or speeds / directions that break the
        rules (the message names the line indices).
    """
    xy = _as_xy(coords, tr("coords"))
    if not np.all(np.isfinite(xy)):
        bad = np.flatnonzero(~np.all(np.isfinite(xy), axis=1))
        raise InputError(
            tr("Road vertices with missing or infinite coordinates: {ids}.").format(
                ids=listing(np.ravel(bad), 20)
            )
        )
    off = np.asarray(line_offsets)
    if off.ndim != 1 or off.size < 1 or not np.issubdtype(off.dtype, np.integer):
        raise InputError(tr("line_offsets must be a 1-D integer array of length n_lines + 1."))
    off = off.astype(np.int64)
    n_vert = xy.shape[0]
    if off[0] != 0 or off[-1] != n_vert or np.any(np.diff(off) < 0):
        raise InputError(
            tr(
                "line_offsets must start at 0, end at the number of vertices "
                "({n}) and never decrease."
            ).format(n=n_vert)
        )
    n_lines = off.size - 1
    speed = np.asarray(speed_kmh, dtype=float).ravel()
    dirn = np.asarray(direction).ravel()
    if speed.size != n_lines:
        raise InputError(
            tr("{name} has {size} values for {n} road lines.").format(
                name=tr("speed_kmh"), size=speed.size, n=n_lines
            )
        )
    if dirn.size != n_lines:
        raise InputError(
            tr("{name} has {size} values for {n} road lines.").format(
                name=tr("direction"), size=dirn.size, n=n_lines
            )
        )
    bad = np.flatnonzero(~(np.isfinite(speed) & (speed > 0)))
    if bad.size:
        raise InputError(
            tr(
                "Road speed must be a finite number > 0 km/h; missing, zero, negative or infinite "
                "speed on road lines {ids}."
            ).format(ids=listing(np.ravel(bad), 20))
        )
    try:
        dir_f = dirn.astype(float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("direction must hold the integers 0, 1 or -1.")) from exc
    bad = np.flatnonzero(~np.isin(dir_f, (-1.0, 0.0, 1.0)))
    if bad.size:
        raise InputError(
            tr(
                "Road direction must be 0 (both ways), 1 (digitising direction) or -1 (against "
                "it); other values on road lines {ids}."
            ).format(ids=listing(np.ravel(bad), 20))
        )
    dirn = dir_f.astype(np.int8)
    tol = _positive_number(node_tolerance, tr("node_tolerance"), allow_zero=True)

    # merge vertices into nodes: close pairs -> connected components
    if n_vert:
        if tol > 0:
            pairs = cKDTree(xy).query_pairs(r=tol, output_type="ndarray")
        else:  # only identical coordinates merge: pair every vertex with the first copy
            _, first, inv = np.unique(xy, axis=0, return_index=True, return_inverse=True)
            pairs = np.column_stack([np.arange(n_vert), first[np.asarray(inv).ravel()]])
        link = sp.coo_matrix(
            (np.ones(pairs.shape[0], dtype=np.int32), (pairs[:, 0], pairs[:, 1])),
            shape=(n_vert, n_vert),
        )
        n_nodes, vertex_node = connected_components(link, directed=False)
        vertex_node = vertex_node.astype(np.int64)
        counts = np.bincount(vertex_node, minlength=n_nodes).astype(float)
        node_xy = np.column_stack(
            [
                np.bincount(vertex_node, weights=xy[:, 0], minlength=n_nodes) / counts,
                np.bincount(vertex_node, weights=xy[:, 1], minlength=n_nodes) / counts,
            ]
        )
        # a node of one vertex keeps its exact coordinates
        single = counts[vertex_node] == 1
        node_xy[vertex_node[single]] = xy[single]
    else:
        n_nodes = 0
        vertex_node = np.empty(0, dtype=np.int64)
        node_xy = np.empty((0, 2), dtype=float)

    # edges: consecutive vertices of the same line
    vertex_line = np.repeat(np.arange(n_lines, dtype=np.int64), np.diff(off))
    if n_vert > 1:
        a = np.flatnonzero(vertex_line[:-1] == vertex_line[1:])
    else:
        a = np.empty(0, dtype=np.int64)
    u = vertex_node[a]
    v = vertex_node[a + 1]
    length = np.hypot(*(node_xy[v] - node_xy[u]).T) if a.size else np.empty(0)
    keep = (u != v) & (length > 0)
    n_dropped = int(a.size - np.count_nonzero(keep))
    a, u, v, length = a[keep], u[keep], v[keep], length[keep]
    line = vertex_line[a]
    edge_dir = dirn[line]
    cost = length * MIN_PER_M_AT_1KMH / speed[line]

    fwd = edge_dir >= 0
    bwd = edge_dir <= 0
    rows = np.concatenate([u[fwd], v[bwd]])
    cols = np.concatenate([v[fwd], u[bwd]])
    adj_min = _min_csr(rows, cols, np.concatenate([cost[fwd], cost[bwd]]), n_nodes)
    adj_m = _min_csr(rows, cols, np.concatenate([length[fwd], length[bwd]]), n_nodes)
    return Graph(
        node_xy=node_xy,
        edge_u=u,
        edge_v=v,
        edge_length_m=length,
        edge_cost_min=cost,
        edge_line=line,
        edge_direction=edge_dir,
        adjacency_min=adj_min,
        adjacency_m=adj_m,
        vertex_node=vertex_node,
        n_dropped_edges=n_dropped,
    )


# --------------------------------------------------------------------------------------------
# snapping


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
    pts = _as_xy(xy, tr("xy"))
    maxd = _positive_number(max_distance, tr("max_distance"), allow_zero=True)
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
    cost = _check_cost_unit(cost)
    access = _positive_number(access_speed_kmh, tr("access_speed_kmh"))
    snap_d = _positive_number(snap_distance, tr("snap_distance"), allow_zero=True)
    dxy = _as_xy(demand_xy, tr("demand_xy"))
    fxy = _as_xy(facility_xy, tr("facility_xy"))
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
    return _min_csr(rows, cols, vals, n + k)


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
        Polled before each batch; when it returns True, :class:`Canceled` is raised.
    batch_size : int, optional
        Sources per Dijkstra call; the default keeps one batch's distances near 200 MB.

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
    cut = _positive_number(cutoff, tr("cutoff"), allow_zero=True, allow_inf=True)
    net = _prepared(network, demand_xy, facility_xy, access_speed_kmh, snap_distance, cost)
    _check_canceled(is_canceled)
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
    dn0, dn1 = dst_nodes[dst_idx, 0], dst_nodes[dst_idx, 1]
    dc0, dc1 = dst_costs[dst_idx, 0], dst_costs[dst_idx, 1]
    dst_pos = np.full(max(nd, nf), -1, dtype=np.int64)  # point index -> column of `sub`
    dst_pos[dst_idx] = np.arange(dst_idx.size)

    graph = _source_graph(net, from_facilities) if src_idx.size and dst_idx.size else None
    if batch_size is None:
        bs = max(1, _BATCH_CELLS // max(n + src_snap.edge.size, 1))
    else:
        if int(batch_size) < 1:
            raise InputError(
                tr("batch_size must be a positive integer; got {value}.").format(
                    value=repr(batch_size)
                )
            )
        bs = int(batch_size)

    out_s, out_d, out_v = [], [], []
    for start in range(0, src_idx.size if graph is not None else 0, bs):
        _check_canceled(is_canceled)
        batch = src_idx[start : start + bs]
        dist = dijkstra(graph, directed=True, indices=n + batch, limit=cut)
        sub = np.minimum(dist[:, dn0] + dc0, dist[:, dn1] + dc1)
        del dist
        # direct trips along a shared edge for the sources of this batch
        lo = np.searchsorted(direct_src, batch[0], side="left")
        hi = np.searchsorted(direct_src, batch[-1], side="right")
        if hi > lo:
            r = np.searchsorted(batch, direct_src[lo:hi])
            c = dst_pos[direct_dst[lo:hi]]
            sub[r, c] = np.minimum(sub[r, c], direct_val[lo:hi])
        r, c = np.nonzero((sub <= cut) & np.isfinite(sub))
        out_s.append(batch[r])
        out_d.append(dst_idx[c])
        out_v.append(sub[r, c])
    _check_canceled(is_canceled)
    s = np.concatenate(out_s) if out_s else np.empty(0, dtype=np.int64)
    d = np.concatenate(out_d) if out_d else np.empty(0, dtype=np.int64)
    v = np.concatenate(out_v) if out_v else np.empty(0, dtype=float)
    rows, cols = (d, s) if from_facilities else (s, d)
    order = np.lexsort((cols, rows))
    return CostMatrix(
        rows=rows[order].astype(np.int64),
        cols=cols[order].astype(np.int64),
        values=v[order].astype(float),
        shape=(nd, nf),
        unit=net.cost,
        cutoff=cut,
        demand_unreachable=~net.demand_snap.snapped,
        facility_unreachable=~net.facility_snap.snapped,
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
    _check_canceled(is_canceled)
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
        _check_canceled(is_canceled)
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


# --------------------------------------------------------------------------------------------
# fallback without a network


def _euclid_factor(detour_factor, speed_kmh):
    det = _positive_number(detour_factor, tr("detour_factor"))
    if det < 1:
        raise InputError(
            tr("detour_factor must be >= 1 (a road is never shorter); got {value}.").format(
                value=det
            )
        )
    if speed_kmh is None:
        return det, "meters"
    sp_ = _positive_number(speed_kmh, tr("speed_kmh"))
    return det * MIN_PER_M_AT_1KMH / sp_, "minutes"


def euclidean_costs(
    demand_xy, facility_xy, cutoff: float, detour_factor: float = 1.3, speed_kmh=None
) -> CostMatrix:
    """Straight-line costs within a cutoff: the fallback when there is no road network.

    cost = distance [m] * detour_factor, in metres, or in minutes at ``speed_kmh`` when given.

    Parameters
    ----------
    demand_xy : array_like, shape (n_demand, 2)
        Metres, projected CRS.
    facility_xy : array_like, shape (n_facility, 2)
    cutoff : float
        Largest cost kept, inclusive, in metres (or minutes with ``speed_kmh``).
    detour_factor : float, default 1.3
        Road distance / straight distance, >= 1 (DOMAIN: 1.3-1.4).
    speed_kmh : float, optional
        Travel speed; when given costs are minutes, otherwise metres.

    Returns
    -------
    CostMatrix
        Points with non-finite coordinates are flagged unreachable and have no pairs.
    """
    dxy = _as_xy(demand_xy, tr("demand_xy"))
    fxy = _as_xy(facility_xy, tr("facility_xy"))
    cut = _positive_number(cutoff, tr("cutoff"), allow_zero=True, allow_inf=True)
    factor, unit = _euclid_factor(detour_factor, speed_kmh)
    d_ok = np.all(np.isfinite(dxy), axis=1)
    f_ok = np.all(np.isfinite(fxy), axis=1)
    di, fi = np.flatnonzero(d_ok), np.flatnonzero(f_ok)
    rows = np.empty(0, dtype=np.int64)
    cols = np.empty(0, dtype=np.int64)
    vals = np.empty(0, dtype=float)
    if di.size and fi.size:
        radius = cut / factor
        if np.isfinite(radius):
            recs = cKDTree(dxy[di]).sparse_distance_matrix(
                cKDTree(fxy[fi]), max_distance=radius * (1 + 1e-9) + 1e-9, output_type="ndarray"
            )
            r, c = recs["i"].astype(np.int64), recs["j"].astype(np.int64)
        else:
            r = np.repeat(np.arange(di.size, dtype=np.int64), fi.size)
            c = np.tile(np.arange(fi.size, dtype=np.int64), di.size)
        # recompute every kept pair with one formula, then keep cost <= cutoff exactly
        dist = np.hypot(*(dxy[di][r] - fxy[fi][c]).T) if r.size else np.empty(0)
        val = dist * factor
        keep = val <= cut
        rows, cols, vals = di[r[keep]], fi[c[keep]], val[keep]
        order = np.lexsort((cols, rows))
        rows, cols, vals = rows[order], cols[order], vals[order]
    return CostMatrix(
        rows=rows,
        cols=cols,
        values=vals.astype(float),
        shape=(dxy.shape[0], fxy.shape[0]),
        unit=unit,
        cutoff=cut,
        demand_unreachable=~d_ok,
        facility_unreachable=~f_ok,
    )


def euclidean_nearest(
    demand_xy, facility_xy, detour_factor: float = 1.3, speed_kmh=None
) -> NearestResult:
    """Straight-line cost to the nearest facility (no cutoff); fallback of :func:`nearest_facility`.

    Costs as in :func:`euclidean_costs`. NaN / -1 for demand points with non-finite coordinates
    or when no facility has finite coordinates.
    """
    dxy = _as_xy(demand_xy, tr("demand_xy"))
    fxy = _as_xy(facility_xy, tr("facility_xy"))
    factor, unit = _euclid_factor(detour_factor, speed_kmh)
    nd = dxy.shape[0]
    d_ok = np.all(np.isfinite(dxy), axis=1)
    f_ok = np.flatnonzero(np.all(np.isfinite(fxy), axis=1))
    cost = np.full(nd, np.nan)
    fac = np.full(nd, -1, dtype=np.int64)
    if f_ok.size and d_ok.any():
        dist, idx = cKDTree(fxy[f_ok]).query(dxy[d_ok], k=1)
        cost[d_ok] = dist * factor
        fac[d_ok] = f_ok[idx]
    return NearestResult(cost=cost, facility=fac, demand_unreachable=~d_ok, unit=unit)

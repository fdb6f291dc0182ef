"""A routable road graph built from polylines, with numpy and scipy only.

The network is a set of polylines in a projected CRS (metres). :func:`build_graph` turns it into
a graph: every pair of consecutive vertices is an edge, vertices closer than a tolerance become
one node, and lines that merely cross without a shared vertex stay apart (the rule of QGIS's
network analysis library). Each edge keeps its length in metres and its travel time in minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from ..checks import nonnegative_number
from ..errors import InputError
from ..messages import listing, tr
from .units import MIN_PER_M_AT_1KMH, xy_array

__all__ = ["Graph", "build_graph", "min_csr"]


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


def min_csr(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, n: int) -> sp.csr_matrix:
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
    xy = xy_array(coords, tr("coords"))
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
    tol = nonnegative_number(node_tolerance, tr("node_tolerance"))

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
    adj_min = min_csr(rows, cols, np.concatenate([cost[fwd], cost[bwd]]), n_nodes)
    adj_m = min_csr(rows, cols, np.concatenate([length[fwd], length[bwd]]), n_nodes)
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

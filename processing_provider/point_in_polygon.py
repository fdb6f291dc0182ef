"""Many points in polygons at once: bounding-box prefilter and even-odd ray casting in numpy.

:func:`zones_of_xy` tells, for every point, the one polygon it lies strictly inside. Points it
cannot decide the way GEOS would — on or within a hair of an edge, inside two polygons, or
polygons with curves — are returned as undecided, and :func:`overlay.zone_of_points` gives
them to GEOS one by one as before, so the answer is the same as the per-point loop.
"""

import struct

import numpy as np
from qgis.core import QgsWkbTypes

from .bulk_read import _kind

_POLYGON, _MULTI_POLYGON = 3, 6
#: Points closer than this to an edge (metres, projected CRS) are left to GEOS.
EDGE_TOLERANCE = 1e-6
#: Point × edge cells per numpy block (memory: ~10 arrays of this many float64).
_BLOCK_CELLS = 2_000_000


def wkb_rings(wkb, at=0):
    """Rings of a (multi)polygon WKB as (k, 2) arrays, or None for other types."""
    order = "<" if wkb[at] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", wkb, at + 1)
    base, dims = _kind(code)
    rings = []
    if base == _POLYGON:
        (n_rings,) = struct.unpack_from(order + "I", wkb, at + 5)
        cursor = at + 9
        for _ in range(n_rings):
            (n,) = struct.unpack_from(order + "I", wkb, cursor)
            values = np.frombuffer(wkb, dtype=order + "f8", count=n * dims, offset=cursor + 4)
            rings.append(values.reshape(n, dims)[:, :2].astype(float))
            cursor += 4 + 8 * dims * n
        return rings, cursor
    if base == _MULTI_POLYGON:
        (n_parts,) = struct.unpack_from(order + "I", wkb, at + 5)
        cursor = at + 9
        for _ in range(n_parts):
            part = wkb_rings(wkb, cursor)
            if part is None:
                return None
            rings += part[0]
            cursor = part[1]
        return rings, cursor
    return None


def polygon_edges(zones):
    """``(edges (E, 4) x0 y0 x1 y1, zone of each edge, boxes (Z, 4))`` of QgsGeometry polygons
    (None allowed: no edges, empty box), or None if one is not a plain (multi)polygon."""
    edges, owners = [], []
    boxes = np.tile([np.inf, np.inf, -np.inf, -np.inf], (len(zones), 1))
    for z, geometry in enumerate(zones):
        if geometry is None:
            continue
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            return None
        parsed = wkb_rings(bytes(geometry.asWkb()))
        if parsed is None:
            return None
        for ring in parsed[0]:
            if len(ring) < 2:
                continue
            edges.append(np.hstack([ring[:-1], ring[1:]]))
            owners.append(np.full(len(ring) - 1, z, dtype=np.int64))
            boxes[z, :2] = np.minimum(boxes[z, :2], ring.min(axis=0))
            boxes[z, 2:] = np.maximum(boxes[z, 2:], ring.max(axis=0))
    if not edges:
        return np.zeros((0, 4)), np.zeros(0, dtype=np.int64), boxes
    return np.vstack(edges), np.concatenate(owners), boxes


def _inside_one_zone(px, py, e):
    """(inside, near an edge) of points (px, py) for one zone's edges ``e`` (k, 4)."""
    x0, y0, x1, y1 = (e[:, i][None, :] for i in range(4))
    x, y = px[:, None], py[:, None]
    straddles = (y0 > y) != (y1 > y)
    with np.errstate(divide="ignore", invalid="ignore"):
        cross_x = x0 + (y - y0) * (x1 - x0) / (y1 - y0)
    crossings = np.count_nonzero(straddles & (x < cross_x), axis=1)
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.clip(np.where(length2 > 0, ((x - x0) * dx + (y - y0) * dy) / length2, 0.0), 0, 1)
    distance2 = (x - x0 - t * dx) ** 2 + (y - y0 - t * dy) ** 2
    near = (distance2 <= EDGE_TOLERANCE**2).any(axis=1)
    return crossings % 2 == 1, near


def zones_of_xy(xy, prepared):
    """``(zone, undecided)`` of points ``xy`` (n, 2; NaN rows = no point) for the polygons
    ``prepared`` = :func:`polygon_edges`: zone index where a point is inside exactly one
    polygon and near no edge, −1 where inside none; ``undecided`` marks the rest."""
    edges, owners, boxes = prepared
    n = len(xy)
    zone = np.full(n, -1, dtype=np.int64)
    hits = np.zeros(n, dtype=np.int64)
    undecided = np.zeros(n, dtype=bool)
    finite = np.flatnonzero(np.isfinite(xy).all(axis=1))
    order = finite[np.argsort(xy[finite, 0], kind="stable")]
    sorted_x = xy[order, 0]
    edge_order = np.argsort(owners, kind="stable")
    starts = np.searchsorted(owners[edge_order], np.arange(len(boxes) + 1))
    for z in range(len(boxes)):
        x_min, y_min, x_max, y_max = boxes[z]
        if not x_min <= x_max:
            continue
        lo = np.searchsorted(sorted_x, x_min - EDGE_TOLERANCE, side="left")
        hi = np.searchsorted(sorted_x, x_max + EDGE_TOLERANCE, side="right")
        candidates = order[lo:hi]
        y = xy[candidates, 1]
        candidates = candidates[(y >= y_min - EDGE_TOLERANCE) & (y <= y_max + EDGE_TOLERANCE)]
        if candidates.size == 0:
            continue
        e = edges[edge_order[starts[z] : starts[z + 1]]]
        step = max(1, _BLOCK_CELLS // max(len(e), 1))
        for s in range(0, candidates.size, step):
            block = candidates[s : s + step]
            inside, near = _inside_one_zone(xy[block, 0], xy[block, 1], e)
            undecided[block[near]] = True
            inside_block = block[inside & ~near]
            hits[inside_block] += 1
            zone[inside_block] = z
    undecided |= hits > 1
    zone[undecided] = -1
    return zone, undecided

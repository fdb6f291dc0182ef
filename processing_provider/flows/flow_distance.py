"""Distances between flow nodes: straight lines in km, or road costs through the one
network-cost core that facility gaps uses (core.access.od_costs)."""

import numpy as np

from ...core import access
from ..roads import read_roads


def straight_km(xy):
    """``distance(i, j)``: straight-line km between node rows (NaN where a node has no point)."""

    def distance(i, j):
        return np.hypot(xy[i, 0] - xy[j, 0], xy[i, 1] - xy[j, 1]) / 1000.0

    return distance


def road_costs(xy, network, fields, travel, crs, context, feedback):
    """``(distance(i, j), road_notes)``: road travel cost between node rows, in ``travel.unit``.

    Every node pair is routed once (one graph, Dijkstra from every node); a pair with no road
    route, or a node off the network, gives NaN.
    """
    roads, _empty = read_roads(
        network, crs, context, feedback, fields["speed"], fields["class"], fields["direction"]
    )
    finite = np.isfinite(xy).all(axis=1)
    result = access.od_costs(
        np.where(finite[:, None], xy, np.nan),
        np.where(finite[:, None], xy, np.nan),
        travel,
        roads,
        nearest=False,
        is_canceled=feedback.isCanceled,
    )
    m = result.matrix
    n = xy.shape[0]
    keys = m.rows.astype(np.int64) * n + m.cols.astype(np.int64)
    order = np.argsort(keys)
    keys, values = keys[order], np.asarray(m.values, dtype=float)[order]

    def distance(i, j):
        wanted = np.asarray(i, dtype=np.int64) * n + np.asarray(j, dtype=np.int64)
        at = np.clip(np.searchsorted(keys, wanted), 0, max(keys.size - 1, 0))
        found = keys.size > 0
        hit = (keys[at] == wanted) if found else np.zeros(wanted.shape, dtype=bool)
        return np.where(hit, values[at] if found else np.nan, np.nan)

    return distance, result.road_notes

"""Reading nodes and an OD flow table for urflow:urbanruralflows (QGIS side)."""

import math

import numpy as np
from qgis.core import QgsProcessingException

from ...core.messages import listing, tr
from ..guard import harmonise_codes


def id_text(value):
    """An id as compared between tables: trimmed text; 12.0 and 12 are the same id."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        text = text[:-2]
    return text or None


def match_nodes(node_ids, origin_ids, destination_ids, feedback):
    """Rows of each flow's origin and destination; flows naming unknown nodes are dropped.

    Returns ``(keep mask, origin rows, destination rows, unknown ids)``; the unknown ids are
    counted and named in a warning.
    """
    row_of = {node: i for i, node in enumerate(node_ids)}
    if any(v not in row_of for v in list(origin_ids) + list(destination_ids) if v is not None):
        # ids typed by hand: 'v01' in the flow table is node 'V01' (warned, never silent)
        node_ids, origin_ids, destination_ids = harmonise_codes(
            [list(node_ids), list(origin_ids), list(destination_ids)],
            tr("Node ids of NODES and FLOWS"),
            feedback,
        )
        row_of = {node: i for i, node in enumerate(node_ids)}
    origin = np.array([row_of.get(v, -1) for v in origin_ids], dtype=np.int64)
    destination = np.array([row_of.get(v, -1) for v in destination_ids], dtype=np.int64)
    keep = (origin >= 0) & (destination >= 0)
    unknown = sorted(
        {v for v, r in zip(origin_ids, origin) if r < 0}
        | {v for v, r in zip(destination_ids, destination) if r < 0},
        key=str,
    )
    if unknown:
        feedback.pushWarning(
            tr("{} flows name {} nodes that are not in NODES and were left out: {}").format(
                int((~keep).sum()),
                len(unknown),
                listing(["NULL" if u is None else u for u in unknown]),
            )
        )
    return keep, origin[keep], destination[keep], unknown


def pick_year(years, year, feedback):
    """Rows of the chosen year; several years without YEAR is refused, naming them."""
    present = sorted({int(y) for y in years if not math.isnan(y)})
    if year is None:
        if len(present) > 1:
            raise QgsProcessingException(
                tr("FLOWS holds several years ({}); choose one with YEAR.").format(
                    ", ".join(map(str, present))
                )
            )
        return np.ones(len(years), dtype=bool)
    keep = np.asarray(years) == year
    if not keep.any():
        raise QgsProcessingException(
            tr("FLOWS has no row of YEAR {}; years present: {}.").format(
                int(year), ", ".join(map(str, present)) or "—"
            )
        )
    feedback.pushInfo(tr("{} flows of {} kept.").format(int(keep.sum()), int(year)))
    return keep

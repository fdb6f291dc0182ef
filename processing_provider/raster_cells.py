"""Raster cells under a polygon, classified in numpy: wholly inside, crossed by its boundary,
or outside.

:func:`ring_cells` works in cell units: ``u`` grows to the east and ``v`` to the south from the
top-left corner of a window, so cell ``(r, c)`` is the square ``[c, c + 1] × [r, r + 1]``.
A cell is *boundary* when an edge of the polygon comes within :data:`TOLERANCE` of it (the
cells each edge passes through, strip by strip); every other cell lies wholly inside or wholly
outside, and which one is told by its centre (even-odd scanline along the row centres, so holes
and multipolygons need nothing special). Only boundary cells need an exact intersection.

:func:`block_values` reads a QgsRasterBlock at once (``data()`` bytes, QGIS 3.22 has no
``as_numpy``) with the no-data test of ``QgsRasterBlock.isNoData``.
"""

import numpy as np
from qgis.core import Qgis

#: Edges closer than this to a cell (in cells) make it a boundary cell. Far above the rounding
#: of coordinates in cell units (~1e-9) and GEOS's snapping (~1e-12 of the coordinates).
TOLERANCE = 1e-4

_NUMPY_TYPES = {
    Qgis.DataType.Byte: np.uint8,
    Qgis.DataType.UInt16: np.uint16,
    Qgis.DataType.Int16: np.int16,
    Qgis.DataType.UInt32: np.uint32,
    Qgis.DataType.Int32: np.int32,
    Qgis.DataType.Float32: np.float32,
    Qgis.DataType.Float64: np.float64,
}
if hasattr(Qgis.DataType, "Int8"):  # QGIS >= 3.30
    _NUMPY_TYPES[Qgis.DataType.Int8] = np.int8
#: qgsDoubleNear's default epsilon, used by QgsRasterBlock.isNoDataValue.
_NEAR = 4 * np.finfo(float).eps


def block_values(block, rows, cols):
    """``(values, no_data)``: the block as float64 (rows, cols) and where it has no data,
    exactly as ``block.value(r, c)`` and ``block.isNoData(r, c)`` say."""
    dtype = _NUMPY_TYPES.get(block.dataType())
    data = bytes(block.data()) if block.isValid() and dtype is not None else b""
    if (
        dtype is None
        or block.width() != cols
        or block.height() != rows
        or len(data) != rows * cols * np.dtype(dtype).itemsize
    ):  # other cell types, an invalid block: cell by cell
        values = np.array([[block.value(r, c) for c in range(cols)] for r in range(rows)])
        no_data = np.array([[block.isNoData(r, c) for c in range(cols)] for r in range(rows)])
        return values.reshape(rows, cols), no_data.reshape(rows, cols)
    values = np.frombuffer(data, dtype=dtype).reshape(rows, cols).astype(np.float64)
    if block.hasNoDataValue():
        difference = values - block.noDataValue()
        with np.errstate(invalid="ignore"):
            no_data = np.isnan(values) | ((difference > -_NEAR) & (difference <= _NEAR))
    elif block.hasNoData():  # a no-data bitmap: no accessor but the per-cell one
        no_data = np.array([[block.isNoData(r, c) for c in range(cols)] for r in range(rows)])
        no_data = no_data.reshape(rows, cols)
    else:
        no_data = np.zeros((rows, cols), dtype=bool)
    return values, no_data


def _within(values, low, high):
    """``values`` limited to [low, high], as integers (np.clip is slow on small arrays)."""
    return np.minimum(np.maximum(values, low), high).astype(np.int64)


def _expand(first, count):
    """``(which, k)``: item ``which`` repeated ``count`` times, with ``first + 0, 1, ...``."""
    which = np.repeat(np.arange(len(count)), count)
    starts = np.cumsum(count) - count
    return which, first[which] + np.arange(len(which)) - starts[which]


def ring_cells(rings, n_rows, n_cols, tolerance=TOLERANCE):
    """Cells of an ``n_rows × n_cols`` grid under a polygon given by its ``rings`` ((k, 2)
    arrays of u, v; closed; shells, holes and the parts of a multipolygon alike).

    Returns ``(row0, col0, inside, boundary)``: two boolean arrays over the rows ``row0 ...``
    and columns ``col0 ...`` of the polygon's box within the grid (cells outside it are outside
    the polygon). ``boundary``: an edge comes within ``tolerance`` of the cell; ``inside``: the
    cell is not boundary and lies inside. None when the rings are not closed or not finite.
    """
    edges = [np.hstack([ring[:-1], ring[1:]]) for ring in rings if len(ring) >= 2]
    if not edges:
        return 0, 0, np.zeros((0, 0), dtype=bool), np.zeros((0, 0), dtype=bool)
    edges = np.vstack(edges)
    if not np.isfinite(edges).all():
        return None
    u0, v0, u1, v1 = edges.T
    row0 = max(int(np.floor(min(v0.min(), v1.min()) - tolerance)), 0)
    row1 = min(int(np.floor(max(v0.max(), v1.max()) + tolerance)), n_rows - 1)
    col0 = max(int(np.floor(min(u0.min(), u1.min()) - tolerance)), 0)
    col1 = min(int(np.floor(max(u0.max(), u1.max()) + tolerance)), n_cols - 1)
    if row1 < row0 or col1 < col0:
        return 0, 0, np.zeros((0, 0), dtype=bool), np.zeros((0, 0), dtype=bool)
    shape = (row1 - row0 + 1, col1 - col0 + 1)
    boundary = _edge_cells(edges, (row0, row1, col0, col1), shape, tolerance)
    inside = _centres_inside(edges, (row0, row1, col0, col1), shape)
    if inside is None:
        return None
    return row0, col0, inside & ~boundary, boundary


def _edge_cells(edges, bounds, shape, tolerance):
    """Cells each edge comes within ``tolerance`` of: per row strip (widened by the
    tolerance) the part of the edge inside it, then the columns that part spans (widened)."""
    row0, row1, col0, col1 = bounds
    u0, v0, u1, v1 = edges.T
    first = _within(np.floor(np.minimum(v0, v1) - tolerance), row0, row1 + 1)
    last = _within(np.floor(np.maximum(v0, v1) + tolerance), row0 - 1, row1)
    which, row = _expand(first, np.maximum(last - first + 1, 0))
    a, b, du, dv = u0[which], v0[which], (u1 - u0)[which], (v1 - v0)[which]
    flat = dv == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        t_top = (row - tolerance - b) / dv
        t_bottom = (row + 1 + tolerance - b) / dv
    t_lo = np.where(flat, 0.0, np.maximum(np.minimum(t_top, t_bottom), 0.0))
    t_hi = np.where(flat, 1.0, np.minimum(np.maximum(t_top, t_bottom), 1.0))
    u_a, u_b = a + t_lo * du, a + t_hi * du
    left = _within(np.floor(np.minimum(u_a, u_b) - tolerance), col0, col1 + 1)
    right = _within(np.floor(np.maximum(u_a, u_b) + tolerance), col0 - 1, col1)
    piece, col = _expand(left, np.maximum(right - left + 1, 0))
    boundary = np.zeros(shape, dtype=bool)
    boundary[row[piece] - row0, col - col0] = True
    return boundary


def _centres_inside(edges, bounds, shape):
    """Even-odd test of the cell centres, row by row: the crossings of each row's centre line
    (half-open in v, so a vertex on the line counts once), sorted, taken in pairs. None when a
    row has an odd number of crossings (rings not closed)."""
    row0, row1, col0, col1 = bounds
    u0, v0, u1, v1 = edges.T
    first = np.maximum(np.ceil(np.minimum(v0, v1) - 0.5), row0).astype(np.int64)
    last = np.minimum(np.ceil(np.maximum(v0, v1) - 0.5) - 1, row1).astype(np.int64)
    which, row = _expand(first, np.maximum(last - first + 1, 0))
    inside = np.zeros(shape, dtype=bool)
    if row.size == 0:
        return inside
    a, b = u0[which], v0[which]
    u = a + (row + 0.5 - b) * (u1 - u0)[which] / (v1 - v0)[which]
    # the crossing is on the edge: keeps a nearly level edge's rounding among its own cells
    u = np.minimum(np.maximum(u, np.minimum(a, u1[which])), np.maximum(a, u1[which]))
    order = np.lexsort((u, row))
    row, u = row[order], u[order]
    if row.size % 2 or (row[0::2] != row[1::2]).any():
        return None
    start = _within(np.ceil(u[0::2] - 0.5), col0, col1 + 1) - col0
    stop = _within(np.ceil(u[1::2] - 0.5), col0, col1 + 1) - col0
    steps = np.zeros((shape[0], shape[1] + 1), dtype=np.int64)
    np.add.at(steps, (row[0::2] - row0, start), 1)
    np.add.at(steps, (row[0::2] - row0, stop), -1)
    return np.cumsum(steps, axis=1)[:, :-1] > 0

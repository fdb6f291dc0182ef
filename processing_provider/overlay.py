"""Vector and raster overlays shared by algorithms, on geometries already in one CRS.

Each uses a QgsSpatialIndex and prepared geometry engines, so the work grows with the number
of overlapping pairs, not with the product of the layer sizes.
"""

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPoint,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from .bulk_read import point_xy
from .point_in_polygon import polygon_edges, wkb_rings, zones_of_xy
from .raster_cells import TOLERANCE, block_values, ring_cells


def _index(geometries):
    index = QgsSpatialIndex()
    for i, geometry in enumerate(geometries):
        if geometry is not None:
            feature = QgsFeature(i)
            feature.setGeometry(geometry)
            index.addFeature(feature)
    return index


def _engine(geometry):
    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    engine.prepareGeometry()
    return engine


def _unprepared(geometry):
    return QgsGeometry.createGeometryEngine(geometry.constGet())


def intersection_parts(zones, parts, feedback=None):
    """Pieces of ``parts`` inside each zone.

    Returns ``(zone index, part index, area_m2, piece geometry)`` tuples for every overlap of
    positive area. ``zones`` and ``parts`` are lists of QgsGeometry (None allowed).
    """
    index = _index(zones)
    engines = {}
    pieces = []
    for p, part in enumerate(parts):
        if feedback is not None and feedback.isCanceled():
            break
        if part is None:
            continue
        for z in index.intersects(part.boundingBox()):
            engine = engines.get(z) or engines.setdefault(z, _engine(zones[z]))
            if not engine.intersects(part.constGet()):
                continue
            if engine.contains(part.constGet()):
                piece = part
            else:
                piece = zones[z].intersection(part)
            area = piece.area()
            if area > 0:
                pieces.append((z, p, area, piece))
    return pieces


def overlapping_pairs(geometries, min_area=0.01, feedback=None):
    """``(i, j, overlap area)`` for every pair of polygons overlapping by more than
    ``min_area`` (m²), i < j: polygons given twice, or drawn over each other, that a sum over
    the layer would count twice. ``geometries`` is a list of QgsGeometry (None allowed)."""
    index = _index(geometries)
    engines = {}
    pairs = []
    for i, geometry in enumerate(geometries):
        if feedback is not None and feedback.isCanceled():
            break
        if geometry is None:
            continue
        for j in index.intersects(geometry.boundingBox()):
            if j <= i:
                continue
            engine = engines.get(i) or engines.setdefault(i, _engine(geometry))
            if not engine.intersects(geometries[j].constGet()):
                continue
            area = geometry.intersection(geometries[j]).area()
            if area > min_area:
                pairs.append((i, j, area))
        engines.pop(i, None)
    return pairs


def zone_of_points(zones, geometries, feedback=None):
    """Index of the zone holding each geometry's point on surface (−1 where none).

    A point on a shared border goes to the first zone found, so each is counted once.
    Points are first classified all at once (:mod:`.point_in_polygon`: box prefilter and ray
    casting in numpy); those it leaves undecided (near an edge, in two zones, multipoints,
    curved zones) are tested one by one with GEOS, so the answer is the per-point one.
    """
    result = np.full(len(geometries), -1, dtype=np.int64)
    prepared = polygon_edges(zones)
    if prepared is None:
        _zone_one_by_one(zones, geometries, range(len(geometries)), result, feedback)
        return result
    xy = point_xy(geometries, single_only=True)
    multi = np.zeros(len(geometries), dtype=bool)
    if xy is None:  # lines, polygons or multipoints: their point on surface
        xy = np.full((len(geometries), 2), np.nan)
        for i, geometry in enumerate(geometries):
            if geometry is None:
                continue
            if geometry.type() == 0:
                multi[i] = geometry.isMultipart()
                point = geometry.asMultiPoint()[0] if multi[i] else geometry.asPoint()
            else:
                surface = geometry.pointOnSurface()
                if surface.isNull() or surface.isEmpty():
                    continue
                point = surface.asPoint()
            xy[i] = (point.x(), point.y())
    if feedback is not None and feedback.isCanceled():
        return result
    zone, undecided = zones_of_xy(xy, prepared)
    undecided |= multi
    result[:] = np.where(undecided, -1, zone)
    _zone_one_by_one(zones, geometries, np.flatnonzero(undecided), result, feedback)
    return result


def zone_of_xy(zones, xy, feedback=None):
    """:func:`zone_of_points` of points given as coordinates (n, 2; NaN rows: no point)."""
    result = np.full(len(xy), -1, dtype=np.int64)
    points = _XYPoints(xy)
    prepared = polygon_edges(zones)
    if prepared is None:
        _zone_one_by_one(zones, points, range(len(xy)), result, feedback)
        return result
    zone, undecided = zones_of_xy(xy, prepared)
    result[:] = np.where(undecided, -1, zone)
    _zone_one_by_one(zones, points, np.flatnonzero(undecided), result, feedback)
    return result


class _XYPoints:
    """Point geometries made from coordinates when asked for (None for a NaN row)."""

    def __init__(self, xy):
        self.xy = xy

    def __getitem__(self, i):
        x, y = self.xy[i]
        if np.isnan(x) or np.isnan(y):
            return None
        return QgsGeometry(QgsPoint(float(x), float(y)))


def _zone_one_by_one(zones, geometries, rows, result, feedback=None):
    """GEOS per point for ``rows``: the first zone of the spatial index that intersects."""
    if len(rows) == 0:
        return
    index = _index(zones)
    engines = {}
    for i in rows:
        if feedback is not None and feedback.isCanceled():
            break
        geometry = geometries[i]
        if geometry is None:
            continue
        point = geometry.pointOnSurface() if geometry.type() != 0 else geometry
        for z in index.intersects(point.boundingBox()):
            engine = engines.get(z) or engines.setdefault(z, _engine(zones[z]))
            if engine.intersects(point.constGet()):
                result[i] = z
                break


def raster_mean_over(pieces_by_zone, raster, band=1, feedback=None):
    """Area-weighted mean of raster cells over each zone's pieces (geometries in raster CRS).

    Each cell counts with the area of its overlap with the pieces, so patches smaller than a
    cell still get the value of the cells they lie in. NaN where a zone has no piece or only
    no-data cells under it.

    Each zone's window of cells is read once into numpy and each piece's cells are classified
    there (:func:`.raster_cells.ring_cells`): cells wholly inside weigh their whole area, cells
    outside nothing, and only the cells its boundary crosses are intersected with GEOS (a zone
    whose pieces are all under three cells across goes cell by cell). Areas and sums are the
    ones a GEOS intersection per cell and piece gives, added in the same order, so the means
    are those of that loop to the last bit.
    """
    provider = raster.dataProvider()
    extent = raster.extent()
    cell_x = raster.rasterUnitsPerPixelX()
    cell_y = raster.rasterUnitsPerPixelY()
    means = np.full(len(pieces_by_zone), math.nan)
    for z, pieces in enumerate(pieces_by_zone):
        if feedback is not None and feedback.isCanceled():
            break
        if not pieces:
            continue
        box = QgsRectangle(pieces[0].boundingBox())
        for piece in pieces[1:]:
            box.combineExtentWith(piece.boundingBox())
        col0 = max(int(math.floor((box.xMinimum() - extent.xMinimum()) / cell_x)), 0)
        col1 = min(int(math.ceil((box.xMaximum() - extent.xMinimum()) / cell_x)), raster.width())
        row0 = max(int(math.floor((extent.yMaximum() - box.yMaximum()) / cell_y)), 0)
        row1 = min(int(math.ceil((extent.yMaximum() - box.yMinimum()) / cell_y)), raster.height())
        if col1 <= col0 or row1 <= row0:
            continue
        window = QgsRectangle(
            extent.xMinimum() + col0 * cell_x,
            extent.yMaximum() - row1 * cell_y,
            extent.xMinimum() + col1 * cell_x,
            extent.yMaximum() - row0 * cell_y,
        )
        rows, cols = row1 - row0, col1 - col0
        values, no_data = block_values(provider.block(band, window, cols, rows), rows, cols)
        grid = _CellGrid(window.xMinimum(), window.yMaximum(), cell_x, cell_y, (rows, cols))
        area = np.zeros((rows, cols))
        if all(grid.small(piece) for piece in pieces):  # no cell can be wholly inside
            if not grid.cell_by_cell(pieces, ~no_data, area, feedback):
                return means
        else:
            for piece in pieces:
                if not grid.add_overlap(piece, ~no_data, area, feedback):
                    return means
        # summed cell by cell in row order, as a loop over the cells adds them
        used = (area > 0) & ~no_data
        if used.any():
            weight = np.cumsum(area[used])[-1]
            if weight > 0:
                means[z] = np.cumsum(values[used] * area[used])[-1] / weight
    return means


class _CellGrid:
    """The cells of one raster window: cell (r, c) spans x from ``x_min + c·cell_x`` to that
    plus ``cell_x`` and y from ``y_max − r·cell_y`` down by ``cell_y``."""

    def __init__(self, x_min, y_max, cell_x, cell_y, shape):
        self.x_min, self.y_max, self.cell_x, self.cell_y = x_min, y_max, cell_x, cell_y
        self.shape = shape
        self._whole = None

    @property
    def whole(self):
        """GEOS's area of each whole cell (its ring's shoelace sum from the first vertex):
        the rounded width times the rounded height, whichever corner the ring starts at."""
        if self._whole is None:
            x0 = self.x_min + np.arange(self.shape[1]) * self.cell_x
            y1 = self.y_max - np.arange(self.shape[0]) * self.cell_y
            self._whole = (y1 - (y1 - self.cell_y))[:, None] * ((x0 + self.cell_x) - x0)[None, :]
        return self._whole

    def cell(self, r, c):
        x0 = self.x_min + c * self.cell_x
        y1 = self.y_max - r * self.cell_y
        return QgsGeometry.fromRect(QgsRectangle(x0, y1 - self.cell_y, x0 + self.cell_x, y1))

    def box(self, piece):
        """Rows and columns (first, last) of the cells within the tolerance of the piece's
        box, not limited to the window."""
        box = piece.boundingBox()
        return (
            math.floor((self.y_max - box.yMaximum()) / self.cell_y - TOLERANCE),
            math.floor((self.y_max - box.yMinimum()) / self.cell_y + TOLERANCE),
            math.floor((box.xMinimum() - self.x_min) / self.cell_x - TOLERANCE),
            math.floor((box.xMaximum() - self.x_min) / self.cell_x + TOLERANCE),
        )

    def small(self, piece):
        """Less than three cells across: no cell can lie wholly inside the piece."""
        row0, row1, col0, col1 = self.box(piece)
        return min(row1 - row0, col1 - col0) < 2

    def cell_by_cell(self, pieces, valid, area, feedback=None):
        """Each valid cell's overlap with the pieces by GEOS, cell by cell (pieces smaller than
        three cells, such as settlements under VIIRS's ~460 m cells); False when canceled."""
        engines = [_engine(piece) for piece in pieces]
        for i, j in zip(*(k.tolist() for k in np.nonzero(valid))):
            if feedback is not None and feedback.isCanceled():
                return False
            cell = self.cell(i, j)
            for piece, engine in zip(pieces, engines):
                if engine.intersects(cell.constGet()):
                    area[i, j] += piece.intersection(cell).area()
        return True

    def add_overlap(self, piece, valid, area, feedback=None):
        """Add each valid cell's overlap with ``piece`` to ``area``; False when canceled.

        Cells are classified by :func:`.raster_cells.ring_cells` for a valid (multi)polygon
        at least three cells across; for a smaller piece (no cell can be wholly inside it)
        and anything else (curves, collections, invalid) every cell of its box goes to GEOS.
        """
        row0, row1, col0, col1 = self.box(piece)
        classes = None
        if (
            min(row1 - row0, col1 - col0) >= 2
            and not QgsWkbTypes.isCurvedType(piece.wkbType())
            and piece.isGeosValid()
        ):
            parsed = wkb_rings(bytes(piece.asWkb()))
            if parsed is not None:
                rings = [
                    np.column_stack(
                        [(r[:, 0] - self.x_min) / self.cell_x, (self.y_max - r[:, 1]) / self.cell_y]
                    )
                    for r in parsed[0]
                ]
                classes = ring_cells(rings, *self.shape)
        if classes is None:  # the box
            row0, row1 = max(row0, 0), min(row1, self.shape[0] - 1)
            col0, col1 = max(col0, 0), min(col1, self.shape[1] - 1)
            cells = [
                (i, j) for i in range(row0, row1 + 1) for j in range(col0, col1 + 1) if valid[i, j]
            ]
        else:
            row0, col0, inside, boundary = classes
            window = valid[row0 : row0 + inside.shape[0], col0 : col0 + inside.shape[1]]
            r, c = np.nonzero(inside & window)
            r, c = r + row0, c + col0
            area[r, c] += self.whole[r, c]
            r, c = np.nonzero(boundary & window)
            cells = zip((r + row0).tolist(), (c + col0).tolist())
        # a classified boundary cell nearly always meets the piece: no intersects() first (an
        # empty intersection adds 0, as skipping the cell does); a box cell often does not
        engine = None
        for i, j in cells:
            if feedback is not None and feedback.isCanceled():
                return False
            if engine is None:
                engine = _engine(piece) if classes is None else _unprepared(piece)
            cell = self.cell(i, j)
            if classes is None and not engine.intersects(cell.constGet()):
                continue
            # piece.intersection(cell), without converting the piece for GEOS again
            result = engine.intersection(cell.constGet())
            if result is None:  # GEOS failed: as the loop did, where the two intersect
                if classes is None or _engine(piece).intersects(cell.constGet()):
                    area[i, j] += piece.intersection(cell).area()
                continue
            area[i, j] += QgsGeometry(result).area()
        return True

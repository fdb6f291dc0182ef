"""Cutting planned geometries by the three control lines (QGIS side of core.controllines).

Every analysis that asks "does this lie on 永久基本农田 or 生态保护红线, or outside the
城镇开发边界?" cuts its geometries here, so one rule gives one result everywhere. Geometries
are already in the working CRS; areas and lengths are planar there or, with an ellipsoid,
QGIS's own ellipsoidal measures.
"""

import numpy as np
from qgis.core import QgsDistanceArea, QgsFeature, QgsGeometry, QgsSpatialIndex, QgsWkbTypes

POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry
LINE = QgsWkbTypes.GeometryType.LineGeometry
POINT = QgsWkbTypes.GeometryType.PointGeometry
KINDS = {POLYGON: "polygon", LINE: "line", POINT: "point"}
#: Output geometry type of pieces cut from a planned layer of each kind.
MULTI = {
    POLYGON: QgsWkbTypes.Type.MultiPolygon,
    LINE: QgsWkbTypes.Type.MultiLineString,
    POINT: QgsWkbTypes.Type.MultiPoint,
}
#: The CGCS2000 ellipsoid (a = 6 378 137 m, 1/f = 298.257222101). QGIS 3.22's PARAMETER form
#: gives NaN areas, so it is named by its EPSG code; GRS80 (EPSG:7019) differs by 0.1 mm in b.
CGCS2000_ELLIPSOID = "EPSG:1024"
FALLBACK_ELLIPSOID = "EPSG:7019"


class Measure:
    """Area and length of pieces: planar in the working CRS, or ellipsoidal (CGCS2000)."""

    def __init__(self, crs, context, ellipsoidal: bool):
        self.ellipsoidal = ellipsoidal
        self.distance_area = QgsDistanceArea()
        self.distance_area.setSourceCrs(crs, context.transformContext())
        if not self.distance_area.setEllipsoid(CGCS2000_ELLIPSOID):
            self.distance_area.setEllipsoid(FALLBACK_ELLIPSOID)

    def area(self, geometry) -> float:
        if self.ellipsoidal:
            return float(self.distance_area.measureArea(geometry))
        return float(geometry.area())

    def length(self, geometry) -> float:
        if self.ellipsoidal:
            return float(self.distance_area.measureLength(geometry))
        return float(geometry.length())


def repaired(geometry):
    """``(geometry, was_invalid)``: an invalid geometry (kept when Processing is set to ignore
    invalid features) is repaired with makeValid, so overlays never fail silently on it."""
    if geometry is None or geometry.isGeosValid():
        return geometry, False
    fixed = geometry.makeValid()
    return (None if fixed.isNull() or fixed.isEmpty() else fixed), True


class PolygonLayer:
    """Polygons of one control line with a spatial index and prepared engines.

    Invalid polygons are repaired first; ``repaired`` lists their rows.
    """

    def __init__(self, geometries):
        fixed = [repaired(g) for g in geometries]
        self.geometries = [g for g, _ in fixed]
        self.repaired = [i for i, (_, was) in enumerate(fixed) if was]
        self.index = QgsSpatialIndex()
        for i, geometry in enumerate(geometries):
            if geometry is not None:
                feature = QgsFeature(i)
                feature.setGeometry(geometry)
                self.index.addFeature(feature)
        self._engines = {}

    def engine(self, i):
        engine = self._engines.get(i)
        if engine is None:
            engine = QgsGeometry.createGeometryEngine(self.geometries[i].constGet())
            engine.prepareGeometry()
            self._engines[i] = engine
        return engine

    def touching(self, geometry):
        """Rows of the polygons whose interior or boundary meets ``geometry``."""
        return [
            i
            for i in self.index.intersects(geometry.boundingBox())
            if self.engine(i).intersects(geometry.constGet())
        ]


def keep_kind(geometry, kind):
    """The parts of ``geometry`` of ``kind`` (an intersection can add stray points or edges)."""
    if geometry is None or geometry.isEmpty():
        return None
    if geometry.type() == kind and not geometry.isEmpty():
        return geometry
    converted = geometry.convertToType(kind, True)
    return None if converted is None or converted.isNull() or converted.isEmpty() else converted


def size_of(piece, kind, measure):
    """(area_m2, length_m) of a piece of a planned geometry of ``kind``."""
    if kind == POLYGON:
        return measure.area(piece), 0.0
    if kind == LINE:
        return 0.0, measure.length(piece)
    return 0.0, 0.0


def inside_pieces(geometry, kind, layer: PolygonLayer):
    """Pieces of ``geometry`` inside ``layer``'s polygons as ``[(row, piece)]``.

    A part covered by two overlapping polygons of the layer is given to the first only, so
    it is counted once; ``overlapped`` says whether that happened.
    """
    pieces, taken, overlapped = [], None, False
    for row in layer.touching(geometry):
        if kind == POINT:
            pieces.append((row, geometry))
            break
        if layer.engine(row).contains(geometry.constGet()):
            piece = geometry
        else:
            piece = keep_kind(geometry.intersection(layer.geometries[row]), kind)
        if piece is None:
            continue
        if taken is not None and piece.intersects(taken):
            rest = keep_kind(piece.difference(taken), kind)
            overlapped = overlapped or rest is None or _size(rest, kind) < _size(piece, kind)
            piece = rest
            if piece is None:
                continue
        taken = piece if taken is None else taken.combine(piece)
        pieces.append((row, piece))
    return pieces, overlapped


def outside_piece(geometry, kind, layer: PolygonLayer):
    """The part of ``geometry`` outside every polygon of ``layer`` (None when none is)."""
    rows = layer.touching(geometry)
    if kind == POINT:
        return None if rows else geometry
    if not rows:
        return geometry
    if any(layer.engine(r).contains(geometry.constGet()) for r in rows):
        return None
    cover = QgsGeometry.unaryUnion([layer.geometries[r] for r in rows])
    return keep_kind(geometry.difference(cover), kind)


def _size(geometry, kind) -> float:
    return geometry.area() if kind == POLYGON else geometry.length()


def layer_overlaps(first: PolygonLayer, second: PolygonLayer, measure, canceled):
    """Pieces where two control lines overlap each other: ``[(piece, area_m2)]``."""
    out = []
    for geometry in first.geometries:
        if canceled():
            break
        if geometry is None:
            continue
        pieces, _ = inside_pieces(geometry, POLYGON, second)
        for _row, piece in pieces:
            area = measure.area(piece)
            if area > 0:
                out.append((piece, area))
    return out


def piece_columns(rows):
    """Arrays of ``(feature, line, area, length, kcxs)`` tuples, for core.controllines."""
    if not rows:
        return (
            np.zeros(0, dtype=np.int64),
            np.zeros(0, dtype=object),
            np.zeros(0),
            np.zeros(0),
            np.zeros(0),
        )
    feature, line, area, length, kcxs = zip(*rows)
    return (
        np.asarray(feature, dtype=np.int64),
        np.asarray(line, dtype=object),
        np.asarray(area, dtype=float),
        np.asarray(length, dtype=float),
        np.asarray(kcxs, dtype=float),
    )


class Cut:
    """Overlap pieces of planned geometries with the lines, ready for core.controllines.

    ``columns`` are the arrays (feature, line code, area_m2, length_m, kcxs); ``geometries``
    the pieces in the working CRS; ``overlapped`` the planned rows under which polygons of one
    line overlapped each other (each overlap counted once).
    """

    def __init__(self, rows, geometries, overlapped, repaired):
        self.columns = piece_columns(rows)
        self.geometries = geometries
        self.overlapped = overlapped
        self.repaired = repaired


def cut_by_lines(
    geometries, kind, urban, lines, kcxs, measure, feedback, progress=(10, 80), line_overlaps=True
):
    """Cut planned ``geometries`` (working CRS, None allowed) by the control ``lines``.

    ``lines`` maps ``permanent_farmland``, ``eco_redline`` and ``urban_boundary`` to a
    :class:`PolygonLayer` (missing keys: line not given); ``kcxs`` holds the farmland
    polygons' 田坎 coefficients (None = no deduction); ``urban`` flags the planned features
    that must lie inside the urban boundary. The lines' own overlaps come last (feature −1),
    unless ``line_overlaps`` is False.
    """
    rows, pieces, overlapped, fixed = [], [], [], []
    start, stop = progress
    for i, geometry in enumerate(geometries):
        if feedback.isCanceled():
            break
        feedback.setProgress(start + (stop - start) * i / max(len(geometries), 1))
        geometry, was_invalid = repaired(geometry)
        if was_invalid:
            fixed.append(i)
        if geometry is None:
            continue
        for code in ("permanent_farmland", "eco_redline"):
            if code not in lines:
                continue
            inside, twice = inside_pieces(geometry, kind, lines[code])
            if twice:
                overlapped.append(i)
            for row, piece in inside:
                k = kcxs[row] if kcxs is not None and code == "permanent_farmland" else np.nan
                rows.append((i, code, *size_of(piece, kind, measure), k))
                pieces.append(piece)
        if "urban_boundary" in lines and urban[i]:
            piece = outside_piece(geometry, kind, lines["urban_boundary"])
            if piece is not None:
                rows.append((i, "outside_urban_boundary", *size_of(piece, kind, measure), np.nan))
                pieces.append(piece)
    for first, second, code in (
        ("permanent_farmland", "eco_redline", "farmland_x_redline"),
        ("permanent_farmland", "urban_boundary", "farmland_x_urban"),
        ("eco_redline", "urban_boundary", "redline_x_urban"),
    ):
        if line_overlaps and first in lines and second in lines:
            for piece, area in layer_overlaps(
                lines[first], lines[second], measure, feedback.isCanceled
            ):
                rows.append((-1, code, area, 0.0, np.nan))
                pieces.append(piece)
    return Cut(rows, pieces, overlapped, fixed)

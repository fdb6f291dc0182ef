"""overlay.raster_mean_over (night light per settlement land) reads each window once into numpy
and sends only the cells a piece's boundary crosses to GEOS; its means equal, bit for bit,
those of the loop it replaced (kept below as the reference: one GEOS cell per raster cell and
piece), on random pieces with holes, several parts, slivers smaller than a cell, no-data
cells, pieces over the raster's edge, odd and non-square cells, rotated and degree rasters,
integer cells, and pieces that are curved, collections or invalid (these go the GEOS way)."""

import math

import numpy as np
import pytest
from numpy.testing import assert_array_equal
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingFeedback, QgsRasterLayer, QgsRectangle

from urflow.processing_provider.overlay import _engine, raster_mean_over
from urflow.processing_provider.raster_cells import ring_cells


def reference_raster_mean_over(pieces_by_zone, raster, band=1, feedback=None):
    """The implementation before issue 19: a QgsGeometry per cell, intersected with each piece."""
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
        block = provider.block(band, window, col1 - col0, row1 - row0)
        engines = [_engine(piece) for piece in pieces]
        total = weight = 0.0
        for r in range(row1 - row0):
            for c in range(col1 - col0):
                if block.isNoData(r, c):
                    continue
                x0 = window.xMinimum() + c * cell_x
                y1 = window.yMaximum() - r * cell_y
                cell = QgsGeometry.fromRect(QgsRectangle(x0, y1 - cell_y, x0 + cell_x, y1))
                area = 0.0
                for piece, engine in zip(pieces, engines):
                    if engine.intersects(cell.constGet()):
                        area += piece.intersection(cell).area()
                if area > 0:
                    total += block.value(r, c) * area
                    weight += area
        if weight > 0:
            means[z] = total / weight
    return means


def write_raster(
    path, values, transform, epsg=4548, nodata=-9999.0, gdal_type=None, scale_offset=None
):
    from osgeo import gdal, osr

    values = np.asarray(values)
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), values.shape[1], values.shape[0], 1, gdal_type or gdal.GDT_Float32
    )
    dataset.SetGeoTransform(transform)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    if scale_offset is not None:
        band.SetScale(scale_offset[0])
        band.SetOffset(scale_offset[1])
    band.WriteArray(values)
    dataset = None
    layer = QgsRasterLayer(str(path), "light")
    assert layer.isValid()
    return layer


def star(rng, cx, cy, radius, n=None):
    """A star-shaped (so valid) polygon of n vertices around (cx, cy)."""
    n = n or int(rng.integers(3, 40))
    angles = np.sort(rng.uniform(0, 2 * np.pi, n))
    radii = radius * rng.uniform(0.3, 1.0, n)
    ring = [(cx + r * np.cos(a), cy + r * np.sin(a)) for a, r in zip(angles, radii)]
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring + ring[:1]]])


def random_piece(rng, box, cell):
    """A random settlement piece within ``box`` (x0, y0, x1, y1): stars (some with holes),
    multipolygons, slivers smaller than a cell, grid-aligned rectangles."""
    x0, y0, x1, y1 = box
    cx, cy = rng.uniform(x0, x1), rng.uniform(y0, y1)
    kind = rng.integers(0, 6)
    if kind == 0:  # a sliver smaller than a cell
        return star(rng, cx, cy, cell * rng.uniform(0.05, 0.6), 3)
    if kind == 1:  # a rectangle on the grid lines
        gx = x0 + round((cx - x0) / cell) * cell
        gy = y0 + round((cy - y0) / cell) * cell
        return QgsGeometry.fromRect(QgsRectangle(gx, gy, gx + 3 * cell, gy + 2 * cell))
    shape = star(rng, cx, cy, cell * rng.uniform(1, 12))
    if kind in (2, 3):  # holes
        for _ in range(int(rng.integers(1, 3))):
            hole = star(rng, cx, cy, cell * rng.uniform(0.3, 3))
            shape = shape.difference(hole)
    if kind == 4:  # several parts
        other = star(rng, cx + cell * 20, cy - cell * 7, cell * rng.uniform(0.5, 5))
        shape = shape.combine(other)
    return shape


def random_zones(rng, box, cell, n_zones=40):
    zones = []
    for _ in range(n_zones):
        pieces = [random_piece(rng, box, cell) for _ in range(int(rng.integers(0, 5)))]
        zones.append([p for p in pieces if not p.isEmpty()])
    return zones


def light_values(rng, shape, nodata=-9999.0):
    values = rng.gamma(2.0, 10.0, shape).astype(np.float32)
    values[rng.uniform(size=shape) < 0.07] = nodata
    values[rng.uniform(size=shape) < 0.01] = np.nan
    return values


def same_means(zones, layer):
    ours = raster_mean_over(zones, layer)
    reference = reference_raster_mean_over(zones, layer)
    assert_array_equal(ours, reference)  # to the last bit, NaN where NaN
    return ours


@pytest.mark.parametrize(
    "cell_x, cell_y, x0, y0, epsg",
    [
        (29.97, 30.011, 483_517.123, 3_303_011.77, 4548),  # odd, not square, Gauss-Kruger
        (463.83, 463.83, 483_000.0, 3_310_000.0, 4548),  # VIIRS-like
        (0.004166667, 0.00416, 117.2, 31.9, 4326),  # degrees
    ],
)
def test_random_pieces_equal_the_cell_loop(qgis_app, tmp_path, cell_x, cell_y, x0, y0, epsg):
    rng = np.random.default_rng(int(cell_x * 1000))
    shape = (60, 70)
    layer = write_raster(
        tmp_path / "l.tif", light_values(rng, shape), (x0, cell_x, 0, y0, 0, -cell_y), epsg
    )
    cell = min(cell_x, cell_y)
    # a box a bit larger than the raster: some pieces cross its edge or lie outside
    box = (x0 - 8 * cell, y0 - cell_y * 68, x0 + cell_x * 78, y0 + 8 * cell)
    means = same_means(random_zones(rng, box, cell), layer)
    assert np.isfinite(means).sum() >= 20 and np.isnan(means).any()


def test_pieces_over_the_edge_nodata_and_slivers(qgis_app, tmp_path):
    values = np.arange(1, 5 * 6 + 1, dtype=np.float32).reshape(5, 6)
    values[1, 1] = -9999.0
    values[3, 4] = np.nan
    layer = write_raster(tmp_path / "l.tif", values, (1000.0, 10.0, 0, 2000.0, 0, -10.0))
    w = QgsGeometry.fromWkt
    zones = [
        [w("Polygon ((990 1990, 1015 1990, 1015 2010, 990 2010, 990 1990))")],  # over the edge
        [w("Polygon ((1011 1981, 1019 1981, 1019 1989, 1011 1989, 1011 1981))")],  # no-data cell
        [w("Polygon ((1021 1981, 1021.5 1981, 1021 1981.5, 1021 1981))")],  # a sliver
        [
            w(
                "Polygon ((1000 1950, 1060 1950, 1060 2000, 1000 2000, 1000 1950),"
                "(1010 1960, 1050 1960, 1050 1990, 1010 1990, 1010 1960))"
            )
        ],  # a ring of cells along the border, with a hole
        [w("Polygon ((2000 2000, 2010 2000, 2010 2010, 2000 2000))")],  # off the raster
        [],
        [
            w(
                "MultiPolygon (((1000 1990, 1010 1990, 1010 2000, 1000 1990)),"
                "((1040 1960, 1055 1960, 1055 1975, 1040 1975, 1040 1960)))"
            ),
            w("Polygon ((1000 1950, 1005 1950, 1005 1955, 1000 1955, 1000 1950))"),
        ],
    ]
    means = same_means(zones, layer)
    assert means[0] == pytest.approx((1 * 100 + 2 * 50) / 150)
    assert np.isnan(means[1]) and means[2] == 9.0  # only no-data; a sliver in cell (1, 2)
    assert np.isnan(means[4]) and np.isnan(means[5])


def test_pieces_geos_must_handle_and_other_rasters(qgis_app, tmp_path):
    from osgeo import gdal

    rng = np.random.default_rng(11)
    values = rng.integers(0, 250, (40, 50))
    int_layer = write_raster(
        tmp_path / "b.tif",
        values,
        (5000.0, 20.0, 0, 9000.0, 0, -20.0),
        nodata=0,
        gdal_type=gdal.GDT_Byte,
    )
    plain_layer = write_raster(
        tmp_path / "f.tif",
        values * 1.5,
        (5000.0, 20.0, 0, 9000.0, 0, -20.0),
        nodata=None,
        gdal_type=gdal.GDT_Float64,
    )
    rotated = write_raster(
        tmp_path / "r.tif", values.astype(np.float32), (5000.0, 19.0, 3.0, 9000.0, 2.5, -21.0)
    )
    scaled = write_raster(
        tmp_path / "s.tif",
        values.astype(np.int16) - 100,
        (5000.0, 20.0, 0, 9000.0, 0, -20.0),
        nodata=-100,
        gdal_type=gdal.GDT_Int16,
        scale_offset=(0.25, 3.0),
    )
    w = QgsGeometry.fromWkt
    odd = [
        [w("CurvePolygon (CircularString (5100 8900, 5300 8900, 5100 8900))")],
        [w("Polygon ((5100 8700, 5300 8900, 5300 8700, 5100 8900, 5100 8700))")],  # invalid
        [
            w(
                "GeometryCollection (Polygon ((5400 8400, 5500 8400, 5500 8500, 5400 8400)),"
                "LineString (5500 8500, 5600 8600))"
            )
        ],
        [w("Polygon Z ((5600 8600 3, 5750 8610 3, 5700 8750 3, 5600 8600 3))")],
    ]
    box = (5000.0, 8200.0, 6000.0, 9000.0)
    for layer in (int_layer, plain_layer, rotated, scaled):
        zones = random_zones(rng, box, 20.0, 15) + odd
        means = same_means(zones, layer)
        # GEOS refuses the invalid bow tie (no area, as before); the others have a mean
        assert np.isfinite(means[[-4, -2, -1]]).all() and np.isnan(means[-3])


def test_ring_cells_of_a_square_with_a_hole():
    # the shell 0.5 .. 8.5 and the hole 3.5 .. 5.5 each way, in cell units
    shell = np.array([[0.5, 0.5], [8.5, 0.5], [8.5, 8.5], [0.5, 8.5], [0.5, 0.5]])
    hole = np.array([[3.5, 3.5], [3.5, 5.5], [5.5, 5.5], [5.5, 3.5], [3.5, 3.5]])
    row0, col0, inside, boundary = ring_cells([shell, hole], 10, 12)
    assert (row0, col0) == (0, 0) and inside.shape == (9, 9)
    expected_boundary = np.zeros((9, 9), dtype=bool)
    expected_boundary[[0, 8], :] = expected_boundary[:, [0, 8]] = True
    expected_boundary[3:6, 3:6] = True
    expected_boundary[4, 4] = False  # in the hole, no edge through it
    assert_array_equal(boundary, expected_boundary)
    expected_inside = np.zeros((9, 9), dtype=bool)
    expected_inside[1:8, 1:8] = True
    expected_inside[3:6, 3:6] = False
    assert_array_equal(inside, expected_inside)
    # a vertex on a cell centre line and an edge along a grid line change nothing
    triangle = np.array([[0.2, 2.5], [6.0, 0.2], [6.0, 4.8], [0.2, 2.5]])
    row0, col0, inside, boundary = ring_cells([triangle], 5, 7)
    assert (row0, col0) == (0, 0) and boundary[:, 5:].all() and not inside[:, 5:].any()
    assert inside[2, 2:5].all() and inside[[1, 3], 4].all() and inside.sum() == 5
    assert not (inside & boundary).any()


def test_cancel_is_polled_within_a_zone(qgis_app, tmp_path):
    values = np.ones((200, 200), dtype=np.float32)
    layer = write_raster(tmp_path / "l.tif", values, (0.0, 1.0, 0, 200.0, 0, -1.0))
    rng = np.random.default_rng(2)
    zone = [star(rng, 100, 100, 95, 300)]

    class CancelAfter(QgsProcessingFeedback):
        calls = 0

        def isCanceled(self):  # noqa: N802
            self.calls += 1
            return self.calls > 5

    feedback = CancelAfter()
    means = raster_mean_over([zone, zone], layer, feedback=feedback)
    assert feedback.calls == 6 and np.isnan(means).all()
    assert raster_mean_over([zone], layer)[0] == 1.0
    # pieces under three cells across go cell by cell: polled per cell too
    small = [star(rng, x, 100.5, 0.4, 5) for x in np.arange(10.5, 190, 2.0)]
    feedback = CancelAfter()
    assert np.isnan(raster_mean_over([small], layer, feedback=feedback)[0])
    assert feedback.calls == 6
    assert raster_mean_over([small], layer)[0] == 1.0


def test_only_boundary_cells_go_to_geos(qgis_app, tmp_path, monkeypatch):
    from urflow.processing_provider import overlay

    layer = write_raster(
        tmp_path / "l.tif", np.ones((120, 120), dtype=np.float32), (0.0, 1.0, 0, 120.0, 0, -1.0)
    )
    made = []
    cell = overlay._CellGrid.cell
    monkeypatch.setattr(
        overlay._CellGrid, "cell", lambda self, r, c: made.append(1) or cell(self, r, c)
    )
    disc = QgsGeometry.fromPointXY(QgsPointXY(60.3, 59.8)).buffer(50, 16)
    ring = disc.difference(QgsGeometry.fromPointXY(QgsPointXY(60.3, 59.8)).buffer(20, 16))
    assert same_means([[ring]], layer)[0] == 1.0
    # ~6,600 cells under the ring, ~560 of them on its two boundaries
    assert 400 < len(made) < 1_200 and ring.area() > 5_000

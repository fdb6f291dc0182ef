"""processing_provider/bulk_read.py: geometries' WKB parsed by numpy give exactly the
coordinates QGIS's per-vertex accessors give (asPolyline, asMultiPolyline, asPoint)."""

import numpy as np
from numpy.testing import assert_array_equal
from qgis.core import QgsGeometry, QgsWkbTypes

from urflow.processing_provider.bulk_read import _Buffer, _plain_lines, line_parts, point_xy
from urflow.processing_provider.roads import _vertices_one_by_one

LINES = [
    "LineString (0.1 0.2, 10.333333333333334 20.5, 30 40)",
    None,
    "MultiLineString ((1 2, 3 4), (5 6), (7 8, 9 10, 11 12))",
    "LineString Z (1 2 3, 4 5 6)",
    "LineString M (1 2 3, 4 5 6, 7 8 9)",
    "LineString ZM (1 2 3 4, 5 6 7 8)",
    "MultiLineString Z ((1 1 1, 2 2 2), (3 3 3, 4 4 4))",
    "LineString (5 5)",
    "MultiLineString ((0.30000000000000004 1e-300, 1e300 -7))",
]


def geometries(wkts):
    return [QgsGeometry.fromWkt(w) if w else None for w in wkts]


def test_line_parts_equal_the_per_vertex_reading(qgis_app):
    rng = np.random.default_rng(3)
    wkts = LINES + [
        "LineString (" + ", ".join(f"{x!r} {y!r}" for x, y in rng.normal(0, 1e6, (50, 2))) + ")"
    ]
    geoms = geometries(wkts)
    geoms.append(QgsGeometry.fromWkt("LineString (1 2, 3 4)"))
    geoms[-1].get().addZValue(7)  # a 2.5D-style geometry built in memory
    coords, offsets, part_of = line_parts(geoms)
    slow_coords, slow_offsets, slow_roads, kept = _vertices_one_by_one(geoms)
    assert_array_equal(coords, slow_coords)  # bit for bit
    assert_array_equal(offsets, slow_offsets)
    present = np.array([g is not None for g in geoms])
    assert_array_equal((np.cumsum(present) - 1)[part_of], slow_roads)
    assert kept == np.flatnonzero(present).tolist()


def test_curves_fall_back_to_the_slow_reading(qgis_app):
    curve = QgsGeometry.fromWkt("CircularString (0 0, 1 1, 2 0)")
    assert QgsWkbTypes.isCurvedType(curve.wkbType())
    assert line_parts([curve]) is None


def test_point_xy_equals_as_point(qgis_app):
    geoms = geometries(
        [
            "Point (1.5 -2.25)",
            None,
            "MultiPoint ((3 4), (5 6))",
            "Point Z (7 8 9)",
            "Point (1e-9 3)",
        ]
    )
    xy = point_xy(geoms)
    assert_array_equal(xy[[0, 2, 3, 4]], [[1.5, -2.25], [3, 4], [7, 8], [1e-9, 3]])
    assert np.isnan(xy[1]).all()
    assert point_xy(geometries(["Polygon ((0 0, 1 0, 1 1, 0 0))"])) is None


def test_plain_linestrings_read_at_once_equal_the_per_vertex_reading(qgis_app):
    # every geometry a 2D LineString (the usual road layer): headers cut out in one go
    rng = np.random.default_rng(5)
    wkts = [
        "LineString (" + ", ".join(f"{x!r} {y!r}" for x, y in rng.normal(0, 1e5, (k, 2))) + ")"
        for k in (2, 7, 3, 50)
    ]
    geoms = geometries(wkts[:2] + [None] + wkts[2:])
    assert _plain_lines(_Buffer(geoms), len(geoms)) is not None  # the one-go path is taken
    coords, offsets, part_of = line_parts(geoms)
    slow_coords, slow_offsets, slow_roads, kept = _vertices_one_by_one(geoms)
    assert_array_equal(coords, slow_coords)  # bit for bit
    assert_array_equal(offsets, slow_offsets)
    assert_array_equal(part_of, [0, 1, 3, 4])
    assert_array_equal(np.asarray(kept)[slow_roads], part_of)

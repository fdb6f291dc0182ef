"""overlay.zone_of_points classifies points in bulk (processing_provider/point_in_polygon.py)
and gives exactly what GEOS gives one point at a time: holes, multipolygons, shared borders,
points on edges and vertices, overlapping zones, polygons as points on surface, curves."""

import numpy as np
from numpy.testing import assert_array_equal
from qgis.core import QgsGeometry, QgsPointXY

from urflow.processing_provider.overlay import _zone_one_by_one, zone_of_points
from urflow.processing_provider.point_in_polygon import polygon_edges, zones_of_xy

ZONES = [
    "Polygon ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))",  # with a hole
    "Polygon ((10 0, 20 0, 20 10, 10 10, 10 0))",  # shares x = 10 with the first
    None,
    "MultiPolygon (((30 0, 35 0, 32 7, 30 0)), ((40 0, 45 0, 45 5, 40 0)))",
    "Polygon ((15 5, 25 5, 25 15, 15 15, 15 5))",  # overlaps the second
    "Polygon Z ((50 0 1, 60 0 1, 55 9.5 1, 50 0 1))",
]


def zones():
    return [QgsGeometry.fromWkt(w) if w else None for w in ZONES]


def reference(zone_geometries, geometries):
    result = np.full(len(geometries), -1, dtype=np.int64)
    _zone_one_by_one(zone_geometries, geometries, range(len(geometries)), result)
    return result


def test_random_and_tricky_points_equal_geos(qgis_app):
    rng = np.random.default_rng(5)
    xy = rng.uniform(-2, 62, (4000, 2)) * [1, 0.25]
    tricky = [(10, 5), (3, 2), (2, 3), (0, 0), (20, 10), (32, 7), (42.5, 2.5), (17, 5), (55, 9.5)]
    points = [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in list(xy) + tricky]
    points.insert(7, None)
    points.append(QgsGeometry.fromWkt("MultiPoint ((100 100), (5 5))"))  # second point inside
    z = zones()
    ours = zone_of_points(z, points)
    assert_array_equal(ours, reference(z, points))
    assert (ours >= 0).sum() > 1000 and (ours == 3).any() and (ours == 5).any()
    decided, undecided = zones_of_xy(
        np.array([[10.0, 5.0], [3.0, 3.0], [17.0, 7.0]]), polygon_edges(z)
    )
    assert undecided.tolist() == [True, False, True]  # on the border; in the hole; in 1 and 4
    assert decided[1] == -1


def test_polygons_use_their_point_on_surface(qgis_app):
    rng = np.random.default_rng(6)
    houses = [
        QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(0.3, 2).boundingBox())
        for x, y in rng.uniform(0, 24, (500, 2))
    ]
    z = zones()
    assert_array_equal(zone_of_points(z, houses), reference(z, houses))


def test_curved_zones_go_the_slow_way(qgis_app):
    curved = [QgsGeometry.fromWkt("CurvePolygon (CircularString (0 0, 4 0, 0 0))")]
    assert polygon_edges(curved) is None
    points = [
        QgsGeometry.fromPointXY(QgsPointXY(2, 0.5)),
        QgsGeometry.fromPointXY(QgsPointXY(9, 9)),
    ]
    assert zone_of_points(curved, points).tolist() == reference(curved, points).tolist() == [0, -1]

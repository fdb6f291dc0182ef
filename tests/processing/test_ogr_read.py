"""processing_provider/ogr_read.py: plain point and line files read by GDAL give exactly what
reading them through QGIS gives (ids, NULL as NaN / None, the same doubles), and every source
GDAL cannot read the way Processing would is left to QGIS (None)."""

import numpy as np
from numpy.testing import assert_array_equal
from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
)

from urflow.processing_provider.bulk_read import line_parts, line_parts_of_wkb
from urflow.processing_provider.layers import points_xy, read_features
from urflow.processing_provider.ogr_read import direct_lines, direct_points
from urflow.processing_provider.services.analyse_facility_gaps import (
    AnalyseFacilityGapsAlgorithm,
)

POINTS = [
    ("POINT (483500.123456789 3301500.987654321)", 3, 1.5, "甲村"),
    ("POINT (1e-300 -7.25)", None, None, None),
    (None, 5, 2.0, ""),
    ("POINT (0.30000000000000004 2)", -1, float("nan"), "NULL"),
]
LINES = [
    ("LINESTRING (0 0, 10.333333333333334 20.5, 30 40)", 40.0, "primary", "yes"),
    ("MULTILINESTRING ((1 2, 3 4), (7 8, 9 10, 11 12))", None, None, ""),
    (None, 5.0, "track", None),
    ("LINESTRING Z (1 2 3, 4 5 6)", 20.0, "路", "no"),
]


def write(path, name, kind, fields, rows):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = (
        ogr.Open(str(path), 1)
        if path.exists()
        else ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    )
    layer = ds.CreateLayer(name, srs, kind)
    for field, field_type in fields:
        layer.CreateField(ogr.FieldDefn(field, field_type))
    for wkt, *values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (field, _type), value in zip(fields, values):
            if value is not None:
                feature.SetField(field, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None


def setup(tmp_path):
    gpkg = tmp_path / "plain.gpkg"
    write(
        gpkg,
        "points",
        ogr.wkbPoint,
        [("n", ogr.OFTInteger), ("x", ogr.OFTReal), ("name", ogr.OFTString)],
        POINTS,
    )
    write(
        gpkg,
        "lines",
        ogr.wkbUnknown,
        [("speed", ogr.OFTReal), ("class", ogr.OFTString), ("oneway", ogr.OFTString)],
        LINES,
    )
    write(gpkg, "bad", ogr.wkbLineString, [("speed", ogr.OFTReal)], [("LINESTRING (1 1, 1 1)", 1)])
    return gpkg


def run(gpkg, parameters, key):
    algorithm = AnalyseFacilityGapsAlgorithm()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    source = algorithm.parameterAsSource(parameters, key, context)
    return algorithm, context, source


def test_points_equal_the_qgis_reading(qgis_app, tmp_path):
    gpkg = setup(tmp_path)
    parameters = {"DEMAND": f"{gpkg}|layername=points"}
    algorithm, context, source = run(gpkg, parameters, "DEMAND")
    crs = source.sourceCrs()
    fast = direct_points(
        algorithm, parameters, "DEMAND", context, source, crs, ["n", "x"], ["name"]
    )
    assert fast is not None
    slow = read_features(
        source, crs, context, QgsProcessingFeedback(), numeric=["n", "x"], text=["name"]
    )
    assert_array_equal(fast.fids, slow.fids)
    for field in ("n", "x"):
        assert_array_equal(fast.numeric[field], slow.numeric[field])  # NaN where NULL
    assert fast.text["name"] == slow.text["name"] == ["甲村", None, None, None]
    assert_array_equal(fast.xy, points_xy(slow.geometries))  # bit for bit, NaN without one


def test_lines_equal_the_qgis_reading(qgis_app, tmp_path):
    gpkg = setup(tmp_path)
    parameters = {"NETWORK": f"{gpkg}|layername=lines"}
    algorithm, context, source = run(gpkg, parameters, "NETWORK")
    crs = source.sourceCrs()
    fast = direct_lines(
        algorithm, parameters, "NETWORK", context, source, crs, ["speed"], ["class", "oneway"]
    )
    assert fast is not None
    slow = read_features(
        source, crs, context, QgsProcessingFeedback(), numeric=["speed"], text=["class", "oneway"]
    )
    assert_array_equal(fast.fids, slow.fids)
    assert_array_equal(fast.numeric["speed"], slow.numeric["speed"])
    assert fast.text == slow.text
    assert [w is None for w in fast.wkbs] == [g is None for g in slow.geometries]
    for a, b in zip(line_parts_of_wkb(fast.wkbs)[:3], line_parts(slow.geometries)):
        assert_array_equal(a, b)


def test_what_gdal_cannot_read_like_processing_is_left_to_qgis(qgis_app, tmp_path):
    gpkg = setup(tmp_path)
    # a line GEOS calls invalid (too few points): the invalid-geometry check decides
    parameters = {"NETWORK": f"{gpkg}|layername=bad"}
    algorithm, context, source = run(gpkg, parameters, "NETWORK")
    assert (
        direct_lines(
            algorithm, parameters, "NETWORK", context, source, source.sourceCrs(), ["speed"]
        )
        is None
    )
    # another working CRS: the geometries must be transformed
    parameters = {"DEMAND": f"{gpkg}|layername=points"}
    algorithm, context, source = run(gpkg, parameters, "DEMAND")
    other = QgsCoordinateReferenceSystem("EPSG:4549")
    assert direct_points(algorithm, parameters, "DEMAND", context, source, other, ["n"]) is None
    # selected features only / a feature limit: a source definition
    definition = QgsProcessingFeatureSourceDefinition(f"{gpkg}|layername=points", True)
    parameters = {"DEMAND": definition}
    algorithm, context, source = run(gpkg, parameters, "DEMAND")
    assert (
        direct_points(algorithm, parameters, "DEMAND", context, source, source.sourceCrs()) is None
    )
    # lines given where points are read, and a subset filter
    parameters = {"DEMAND": f"{gpkg}|layername=lines"}
    algorithm, context, source = run(gpkg, parameters, "DEMAND")
    assert (
        direct_points(algorithm, parameters, "DEMAND", context, source, source.sourceCrs()) is None
    )
    parameters = {"DEMAND": f'{gpkg}|layername=points|subset="n" > 0'}
    algorithm, context, source = run(gpkg, parameters, "DEMAND")
    assert (
        direct_points(algorithm, parameters, "DEMAND", context, source, source.sourceCrs()) is None
    )
    assert np.isfinite(source.featureCount())

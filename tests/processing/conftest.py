"""Processing-level fixtures: the URFlow provider registered, and small layers built in memory."""

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

import urflow


@pytest.fixture(scope="module")
def urflow_provider(qgis_processing):
    """Register the provider for one test module (test_plugin.py checks (un)registration)."""
    plugin = urflow.classFactory(None)
    plugin.initProcessing()
    yield QgsApplication.processingRegistry().providerById("urflow")
    plugin.unload()


KINDS = {int: QVariant.Int, float: QVariant.Double, str: QVariant.String}


def memory_layer(geometry_type, crs, fields, rows, name="layer"):
    """A memory layer; ``fields`` = [(name, python type)], rows = [(wkt or None, *values)]."""
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, KINDS[t]) for n, t in fields])
    layer.updateFields()
    features = []
    for wkt, *values in rows:
        feature = QgsFeature(layer.fields())
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture
def make_layer():
    return memory_layer


def square(x, y, size):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


@pytest.fixture
def make_square():
    return square


def write_raster(path, values, x0, y0, cell, epsg=4548, nodata=-9999.0):
    """A Float32 GeoTIFF with ``values`` (rows from the north) and top-left corner (x0, y0)."""
    from osgeo import gdal, osr

    values = np.asarray(values, dtype=np.float32)
    dataset = gdal.GetDriverByName("GTiff").Create(
        str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32
    )
    dataset.SetGeoTransform((x0, cell, 0, y0, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values)
    dataset.FlushCache()
    dataset = None
    layer = QgsRasterLayer(str(path), "raster")
    assert layer.isValid()
    return layer


@pytest.fixture
def make_raster():
    return write_raster


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps every message, to assert on warnings."""

    def __init__(self):
        super().__init__()
        self.messages = []

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.messages.append(error)

    def text(self):
        return "\n".join(self.messages)


@pytest.fixture
def feedback():
    return RecordingFeedback()


@pytest.fixture
def context():
    return QgsProcessingContext()

"""Point and line layers read straight from their file by GDAL, all columns at once.

Reading 250 000 building points through the QGIS API costs a ``nextFeature``, a
``geometry()`` and an ``attributes()`` call each, longer than QGIS's own point-in-polygon
count. When a point or line layer is a plain GeoPackage or shapefile layer, read as Processing
would read it (no selection, filter, subset, feature limit or unsaved edits; already in the
working CRS; no geometry that the invalid-geometry check could drop), GDAL's columnar reader
(``GetArrowStreamAsNumPy``, GDAL ≥ 3.6) gives the same features — same ids, the same doubles
from the same WKB, NULL as NaN — in a fraction of the time. Any other case returns None and
the caller reads through QGIS as before.
"""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

#: GDAL drivers whose feature ids are the ids the QGIS OGR provider gives.
DRIVERS = ("GPKG", "ESRI Shapefile")


class Columns:
    """``fids`` (int64), ``numeric`` {field: float64, NaN for NULL}, ``text`` {field: list of
    str, None for NULL and ''}, and either ``xy`` (points: (n, 2), NaN without geometry) or
    ``wkbs`` (lines: list of WKB bytes, None without geometry)."""

    def __init__(self, fids, numeric, text, xy=None, wkbs=None):
        self.fids = fids
        self.numeric = numeric
        self.text = text
        self.xy = xy
        self.wkbs = wkbs

    def __len__(self):
        return len(self.fids)


_POINTS = (QgsWkbTypes.Type.Point,)
_LINES = (QgsWkbTypes.Type.LineString, QgsWkbTypes.Type.MultiLineString)


def _plain_layer(algorithm, parameters, key, context, source, crs, flat_types):
    """The (path, layer name) of parameter ``key`` when GDAL may read it in Processing's stead."""
    value = parameters.get(key)
    if not isinstance(value, (str, QgsVectorLayer)):
        return None  # a source definition (selection, limit, own geometry check) or a property
    layer = algorithm.parameterAsVectorLayer(parameters, key, context)
    if layer is None or layer.providerType() != "ogr" or layer.isEditable() or layer.isModified():
        return None
    if layer.subsetString() or QgsWkbTypes.flatType(layer.wkbType()) not in flat_types:
        return None
    if flat_types == _POINTS and layer.wkbType() != QgsWkbTypes.Type.Point:
        return None  # 2D points only
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    if not transform.isShortCircuited():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    name = parts.get("layerName")
    if parts.get("subset") or parts.get("layerId") not in (None, 0) or not parts.get("path"):
        return None
    return parts["path"], name if isinstance(name, str) and name else None


def _columns(algorithm, parameters, key, context, source, crs, numeric, text, flat_types):
    """(fids, numeric, text, WKB masked array) read by GDAL, or None."""
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    plain = _plain_layer(algorithm, parameters, key, context, source, crs, flat_types)
    if plain is None:
        return None
    path, name = plain
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None or dataset.GetDriver().ShortName not in DRIVERS:
            return None
        if text and dataset.GetDriver().ShortName != "GPKG":
            return None  # a shapefile's text: QGIS may decode it with the layer's own encoding
        if name is None and dataset.GetLayerCount() != 1:
            return None
        layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
        return None if layer is None else _read(layer, source, numeric, text)
    except (RuntimeError, ValueError, KeyError, UnicodeDecodeError):
        return None  # GDAL refused: read through QGIS


def _read(layer, source, numeric, text):
    from osgeo import ogr

    definition = layer.GetLayerDefn()
    types = {}
    for k in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(k)
        types[field.GetName()] = field.GetType()
    numbers = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
    if any(types.get(f) not in numbers for f in numeric):
        return None
    if any(types.get(f) not in (*numbers, ogr.OFTString) for f in text):
        return None
    if layer.GetFeatureCount() != source.featureCount():
        return None
    wanted = [*numeric, *text]
    layer.SetIgnoredFields([f for f in types if f not in wanted])
    layer.SetAttributeFilter(None)
    layer.SetSpatialFilter(None)
    fid_name = layer.GetFIDColumn() or "OGC_FID"
    geometry_name = layer.GetGeometryColumn() or "wkb_geometry"
    fids, raw, wkbs = [], {f: [] for f in wanted}, []
    for batch in layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
        fids.append(np.asarray(batch[fid_name], dtype=np.int64))
        for f in wanted:
            raw[f].append(batch[f])
        wkbs.append(batch[geometry_name])
    if not fids:
        return None  # nothing to gain: let QGIS read the empty layer
    numeric_values = {}
    for f in numeric:
        values = np.ma.concatenate(raw[f])
        column = np.ma.getdata(values).astype(float)
        column[np.ma.getmaskarray(values)] = np.nan
        numeric_values[f] = column
    text_values = {}
    for f in text:
        values = np.ma.concatenate(raw[f])
        mask = np.ma.getmaskarray(values).tolist()
        data = np.ma.getdata(values).tolist()
        if types[f] == ogr.OFTString:
            data = [v.decode("utf-8") if isinstance(v, bytes) else v for v in data]
        text_values[f] = [
            None if missing or v is None or v == "" or str(v) == "NULL" else str(v)
            for v, missing in zip(data, mask)
        ]
    return np.concatenate(fids), numeric_values, text_values, np.ma.concatenate(wkbs)


def direct_points(algorithm, parameters, key, context, source, crs, numeric=(), text=()):
    """:class:`Columns` (with ``xy``) of point source ``key`` read by GDAL, or None (read it
    through QGIS) when that would not give exactly the features Processing gives."""
    read = _columns(algorithm, parameters, key, context, source, crs, numeric, text, _POINTS)
    if read is None:
        return None
    fids, numeric_values, text_values, wkbs = read
    xy = _points(wkbs)
    return None if xy is None else Columns(fids, numeric_values, text_values, xy=xy)


def direct_lines(algorithm, parameters, key, context, source, crs, numeric=(), text=()):
    """:class:`Columns` (with ``wkbs``) of line source ``key`` read by GDAL, or None. Falls
    back (None) when a line could be invalid for GEOS (a part with fewer than two distinct
    vertices, a coordinate not finite) or empty: those QGIS skips, stops on or reads as no
    geometry, depending on the invalid-geometry setting."""
    from .bulk_read import line_parts_of_wkb

    read = _columns(algorithm, parameters, key, context, source, crs, numeric, text, _LINES)
    if read is None:
        return None
    fids, numeric_values, text_values, wkbs = read
    present = ~np.ma.getmaskarray(wkbs)
    blobs = [bytes(w) if p else None for w, p in zip(np.ma.getdata(wkbs).tolist(), present)]
    parts = line_parts_of_wkb(blobs, whole=True)
    if parts is None:
        return None
    coords, offsets, part_of, n_parts = parts
    if not np.isfinite(coords).all():
        return None
    counts = np.diff(offsets)
    if (counts < 2).any() or (n_parts[present] < 1).any():
        return None
    # a part whose vertices all equal its first is invalid ("too few points")
    first = np.repeat(coords[offsets[:-1]], counts, axis=0)
    moves = (
        np.add.reduceat((coords != first).any(axis=1).astype(np.int64), offsets[:-1])
        if len(counts)
        else []
    )
    if (np.asarray(moves) == 0).any():
        return None
    return Columns(fids, numeric_values, text_values, wkbs=blobs)


def _points(wkbs):
    """(n, 2) from WKB of 2D points (NaN where NULL or empty), or None when one is not a plain
    little-endian 2D point or has a coordinate the invalid-geometry check could refuse."""
    present = ~np.ma.getmaskarray(wkbs)
    chunks = [bytes(w) for w in np.ma.getdata(wkbs)[present]]
    data = b"".join(chunks)
    if len(data) != 21 * len(chunks):
        return None
    octets = np.frombuffer(data, dtype=np.uint8).reshape(len(chunks), 21)
    if not (octets[:, 0] == 1).all() or not (octets[:, 1:5].copy().view("<u4") == 1).all():
        return None
    values = octets[:, 5:21].copy().view("<f8").reshape(-1, 2)
    empty = np.isnan(values).all(axis=1)  # POINT EMPTY: QGIS reads it as no geometry
    if not np.isfinite(values[~empty]).all():
        return None
    xy = np.full((len(wkbs), 2), np.nan)
    xy[present] = values
    return xy

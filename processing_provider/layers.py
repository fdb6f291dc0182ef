"""Reading QGIS layers into numpy arrays once, in one working CRS, with clear messages.

Every algorithm goes through these helpers so that the rules of DESIGN.md §2 and §5 hold the
same way everywhere: a projected working CRS, NULL → NaN (never a fake 0), fields named in
messages, invalid geometries counted.
"""

import math

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.crs import gk3_epsg
from ..core.errors import URFlowError
from .bulk_read import point_xy, read_rows
from .bulk_write import add_copies, result_rows
from .guard import cancelable

#: Projections whose scale error over a county is small (transverse Mercator: Gauss–Krüger,
#: UTM; conic and azimuthal equal-area or conformal ones). Mercator-type projections such as
#: Web Mercator are refused: at 31.6°N they lengthen distances by 17 % and areas by 38 %.
FIT_PROJECTIONS = ("tmerc", "utm", "etmerc", "aea", "laea", "lcc", "eqdc")


def _projection(crs) -> str:
    """The PROJ projection name of ``crs`` (``tmerc``, ``merc``, …), '' when unknown."""
    for part in crs.toProj().split():
        if part.startswith("+proj="):
            return part[len("+proj=") :]
    return ""


def _centre_lon_lat(source, context):
    to_geographic = QgsCoordinateTransform(
        source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4490"), context.transformContext()
    )
    centre = to_geographic.transform(source.sourceExtent().center())
    return centre.x(), centre.y()


def _gk_zone(source, context) -> QgsCoordinateReferenceSystem:
    """The CGCS2000 3-degree Gauss–Krüger zone (no prefix) of ``source``'s centre."""
    try:
        return QgsCoordinateReferenceSystem(f"EPSG:{gk3_epsg(_centre_lon_lat(source, context)[0])}")
    except URFlowError as error:
        raise QgsProcessingException(str(error)) from error


def working_crs(sources, target_crs, context) -> QgsCoordinateReferenceSystem:
    """The projected CRS all distances and areas are measured in.

    Every given source must have a CRS (a layer without one is refused by name).
    ``target_crs`` wins when valid; otherwise the first source's CRS if projected, else the
    CGCS2000 3-degree GK zone (no prefix) of its extent's centre. The CRS chosen must be fit for
    distances and areas (:data:`FIT_PROJECTIONS`); Web Mercator and the like are refused with
    the scale error at the data's latitude and the GK zone to use instead.
    """
    given = [s for s in sources if s is not None]
    for source in given:
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "URFlowLayers", "Layer '{}' has no valid CRS; set its CRS first."
                ).format(source.sourceName())
            )
    if not given:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "URFlowLayers", "The input layer has no valid CRS; set it first."
            )
        )
    first = given[0]
    if target_crs is not None and target_crs.isValid():
        if target_crs.isGeographic():
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "URFlowLayers",
                    "TARGET_CRS {} is geographic; choose a projected CRS such as a CGCS2000 "
                    "Gauss–Krüger zone (EPSG:4534–4554)",
                ).format(target_crs.authid())
            )
        crs, where = target_crs, "TARGET_CRS"
    elif first.sourceCrs().isGeographic():
        return _gk_zone(first, context)
    else:
        crs, where = first.sourceCrs(), first.sourceName()
    if _projection(crs) not in FIT_PROJECTIONS:
        latitude = _centre_lon_lat(first, context)[1]
        scale = 1.0 / max(math.cos(math.radians(latitude)), 1e-9)
        suggestion = _gk_zone(first, context)
        raise QgsProcessingException(
            QCoreApplication.translate(
                "URFlowLayers",
                "{}: {} ({}) is not fit for distances and areas: a {} projection, which here "
                "(latitude {:.1f}°) can stretch lengths by up to {:.0f} % and areas by {:.0f} %. "
                "Reproject the layers or set TARGET_CRS to {} ({}), the CGCS2000 Gauss–Krüger "
                "zone of the data, or another Gauss–Krüger, UTM or Albers equal-area CRS.",
            ).format(
                where,
                crs.authid() or crs.description(),
                crs.description(),
                _projection(crs) or "?",
                latitude,
                (scale - 1) * 100,
                (scale * scale - 1) * 100,
                suggestion.authid(),
                suggestion.description(),
            )
        )
    return crs


def require_fields(source, layer_label, fields, numeric=()):
    """Raise naming the layer and field if a field is missing or not numeric."""
    names = source.fields().names()
    for field in fields:
        if field and field not in names:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "URFlowLayers", "Layer {}: there is no field '{}'"
                ).format(layer_label, field)
            )
    for field in numeric:
        if not field or source.fields().field(field).isNumeric():
            continue
        if source.fields().field(field).typeName().lower() in ("string", "text", "varchar"):
            # a CSV read by GDAL has text columns: numbers in text are converted when read
            bad = not_numbers(source, field)
            if not bad:
                continue
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "URFlowLayers",
                    "Layer {}: field '{}' is not numeric: it holds text that is not a number: {}",
                ).format(layer_label, field, ", ".join(bad))
            )
        raise QgsProcessingException(
            QCoreApplication.translate(
                "URFlowLayers", "Layer {}: field '{}' is not numeric ({})"
            ).format(layer_label, field, source.fields().field(field).typeName())
        )


def not_numbers(source, field, most=5) -> list:
    """Up to ``most`` values of text field ``field`` that are neither empty nor a number,
    each as 'feature id: value'."""
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([field], source.fields())
    bad = []
    iterator, feature = source.getFeatures(request), QgsFeature()
    while iterator.nextFeature(feature) and len(bad) < most:
        value = feature[field]
        if value is None or str(value).strip() in ("", "NULL"):
            continue
        if math.isnan(to_float(value)) and str(value).strip().lower() != "nan":
            bad.append(f"{feature.id()}: {value!r}")
    return bad


def to_float(value) -> float:
    """A field value as float; NULL, empty and non-numbers become NaN."""
    if value is None:
        return math.nan
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number


class FeatureTable:
    """Features of one source read once: ids, attribute columns and geometries.

    ``numeric`` columns are float64 arrays with NaN for NULL; ``text`` columns are lists of
    str (None for NULL); ``geometries`` are in the working CRS (None where empty);
    ``skipped`` counts features left out for invalid geometry.
    """

    def __init__(self, fids, numeric, text, geometries, skipped):
        self.fids = fids
        self.numeric = numeric
        self.text = text
        self.geometries = geometries
        self.skipped = skipped

    def __len__(self):
        return len(self.fids)


def read_features(
    source, crs, context, feedback, numeric=(), text=(), geometry=True, progress=(0, 10)
) -> FeatureTable:
    """Read ``source`` once into a :class:`FeatureTable`, transforming geometries to ``crs``."""
    numeric = [f for f in numeric if f]
    text = [f for f in text if f]
    request = QgsFeatureRequest()
    if not geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setInvalidGeometryCheck(context.invalidGeometryCheck())
    # only the fields read are fetched (GeoPackage rows are decoded per attribute)
    request.setSubsetOfAttributes(numeric + text, source.fields())
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    same_crs = transform.isShortCircuited()  # nothing to transform: skip the call per feature
    fids, numeric_values, text_values, geometries = read_rows(
        source,
        request,
        numeric,
        text,
        geometry,
        None if same_crs else transform,
        feedback,
        progress,
    )
    if geometry:
        warn_missing_geometries(source, fids, geometries, feedback)
    # Processing reports each skipped invalid geometry itself; we count them.
    skipped = (
        0
        if feedback.isCanceled() or source.featureCount() < 0
        else max(source.featureCount() - len(fids), 0)
    )
    return FeatureTable(
        np.asarray(fids, dtype=np.int64),
        numeric_values,
        text_values,
        geometries,
        skipped,
    )


def warn_missing_geometries(source, fids, geometries, feedback):
    """One warning naming the features of ``source`` read without a geometry (NULL or empty):
    they are counted, and their results are NULL, never a silent 0."""
    missing = [int(fid) for fid, geom in zip(fids, geometries) if geom is None]
    if missing:
        shown = ", ".join(str(fid) for fid in missing[:10])
        feedback.pushWarning(
            QCoreApplication.translate(
                "URFlowLayers",
                "Layer '{}': {} features have no geometry (NULL or empty): feature ids {}",
            ).format(source.sourceName(), len(missing), shown + (" …" if len(missing) > 10 else ""))
        )


def core_error(error: URFlowError) -> QgsProcessingException:
    """The core's message, unchanged, as a Processing error."""
    return QgsProcessingException(str(error))


def attribute(value):
    """A computed value as a field value: NaN → NULL, numpy scalars → Python numbers."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, (np.integer, np.bool_)):
        return int(value)
    if isinstance(value, np.str_):
        return str(value)
    return value


def points_xy(geometries):
    """(n, 2) point coordinates; lines and polygons give their point on surface, missing → NaN."""
    bulk = point_xy(geometries)  # all points: their WKB read by numpy
    if bulk is not None:
        return bulk
    xy = np.full((len(geometries), 2), np.nan)
    for i, geometry in enumerate(geometries):
        if geometry is None:
            continue
        if geometry.type() != QgsWkbTypes.GeometryType.PointGeometry:
            geometry = geometry.pointOnSurface()
        point = geometry.asMultiPoint()[0] if geometry.isMultipart() else geometry.asPoint()
        xy[i] = (point.x(), point.y())
    return xy


def new_sink(
    algorithm,
    parameters,
    key,
    context,
    spec,
    wkb_type=QgsWkbTypes.Type.NoGeometry,
    crs=None,
    optional=False,
):
    """Sink ``key`` with fields ``spec`` = [(name, QVariant type)]: (sink, dest_id, fields).

    A sink that cannot be made is an error, unless ``optional`` (an output not asked for):
    then ``(None, None, fields)``.
    """
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    sink, dest_id = algorithm.parameterAsSink(
        parameters, key, context, fields, wkb_type, crs or QgsCoordinateReferenceSystem()
    )
    if sink is None:
        if optional:
            return None, None, fields
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
    return cancelable(sink, context), dest_id, fields


def write_copy(algorithm, parameters, key, context, feedback, source, fids, columns, spec):
    """Write ``source``'s features read as ``fids`` to sink ``key``, with result columns added.

    ``spec`` is [(field name, QVariant type)]; ``columns`` maps each name to a sequence indexed
    like ``fids``. Input fields with a result's name (a re-run on an output) are replaced, with
    a warning. Features not in ``fids`` (skipped as invalid) are not written. Returns the
    destination id.
    """
    names = [name for name, _kind in spec]
    kept = QgsFields()
    for field in source.fields():
        if field.name() not in names:
            kept.append(field)
    replaced = [name for name in source.fields().names() if name in names]
    if replaced:
        feedback.pushWarning(
            QCoreApplication.translate(
                "URFlowLayers", "Input fields replaced by this run's results: {}"
            ).format(", ".join(replaced))
        )
    fields = QgsFields(kept)
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    sink, dest_id = algorithm.parameterAsSink(
        parameters, key, context, fields, source.wkbType(), source.sourceCrs()
    )
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
    rows = result_rows(columns, names)
    add_copies(sink, source, fids, fields, [field.name() for field in kept], rows, feedback)
    return dest_id

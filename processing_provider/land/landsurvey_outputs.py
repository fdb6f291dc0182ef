"""Reading the DLTB parcels once and writing urflow:landsurveylayers' three layers."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...core.landsurvey import SurveyParcels
from ...i18n import output_language
from ..layers import attribute
from ..postprocess import style_when_loaded
from .landsurvey_style import style_output

#: Fields each output adds to the input's (an input field of the same name is replaced).
AREA_FIELDS = [("area_m2", QVariant.Double)]
CULTIVATED_FIELDS = [("area_m2", QVariant.Double), ("grade", QVariant.Double)]
#: Processing's invalid-geometry setting → the core's policy.
POLICY = {
    QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck: "repair",
    QgsFeatureRequest.InvalidGeometryCheck.GeometrySkipInvalid: "skip",
    QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid: "stop",
}
POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry


def plain(value):
    """A field value as Python: NULL → None."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def _features(source, feedback):
    """Every feature, whatever Processing's invalid-geometry setting: the core applies it to
    the parcels that matter (an invalid forest polygon does not stop the run)."""
    iterator = source.getFeatures(
        QgsFeatureRequest(), QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    )
    feature = QgsFeature()
    # while/nextFeature, never a for loop (QGIS 3.22 crash on invalid geometry)
    while iterator.nextFeature(feature):
        if feedback.isCanceled():
            return
        yield feature


def polygon_of(geometry):
    """``(polygon, was_invalid)``: the geometry repaired with makeValid and kept to its polygon
    parts when invalid; None when nothing is left."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None, False
    if geometry.isGeosValid():
        return geometry, False
    fixed = geometry.makeValid()
    if fixed.type() != POLYGON:
        fixed = fixed.convertToType(POLYGON, True) if not fixed.isEmpty() else None
    return (None if fixed is None or fixed.isNull() or fixed.isEmpty() else fixed), True


def read_parcels(source, fields, crs, context, feedback) -> SurveyParcels:
    """The parcels' values of ``fields`` (role → field name), planar areas in ``crs`` and
    validity, read in one pass."""
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    ids, invalid, areas = [], [], []
    values = {role: [] for role in fields}
    total = max(source.featureCount(), 1)
    for feature in _features(source, feedback):
        ids.append(feature.id())
        for role, name in fields.items():
            values[role].append(plain(feature[name]))
        polygon, was_invalid = polygon_of(feature.geometry())
        invalid.append(was_invalid)
        area = np.nan
        if polygon is not None:
            polygon = QgsGeometry(polygon)
            try:
                polygon.transform(transform)
                area = polygon.area()
            except QgsCsException as error:
                raise QgsProcessingException(
                    QCoreApplication.translate(
                        "LandSurveyOutputs", "Feature {} of {} cannot be transformed to {}: {}"
                    ).format(feature.id(), source.sourceName(), crs.authid(), error)
                ) from error
        areas.append(area)
        if len(ids) % 2000 == 0:
            feedback.setProgress(60 * len(ids) / total)
    return SurveyParcels(ids, values, np.asarray(areas, dtype=float), np.asarray(invalid))


def overlapping_parcels(source, parcels, result, crs, context, feedback):
    """``[(id, id, m²)]``: pairs of selected parcels whose polygons overlap (more than
    0.01 m² in ``crs``), found with a spatial index in one more pass over the layer."""
    anywhere = np.logical_or.reduce([np.asarray(m) for m in result.selected.values()])
    row_of = {int(fid): i for i, fid in enumerate(parcels.ids)}
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    index, polygons, pairs = QgsSpatialIndex(), {}, []
    for feature in _features(source, feedback):
        i = row_of.get(feature.id())
        if i is None or not anywhere[i]:
            continue
        polygon, _was_invalid = polygon_of(feature.geometry())
        if polygon is None:
            continue
        polygon = QgsGeometry(polygon)
        try:
            polygon.transform(transform)
        except QgsCsException:
            continue  # read_parcels has refused such a feature already
        for other in index.intersects(polygon.boundingBox()):
            common = polygon.intersection(polygons[other])
            area = common.area() if common is not None and not common.isEmpty() else 0.0
            if area > 0.01:
                pairs.append((other, feature.id(), area))
        index.addFeature(feature.id(), polygon.boundingBox())
        polygons[feature.id()] = polygon
    return pairs


def output_fields(source, spec):
    """The input's fields (minus those of ``spec``) followed by ``spec``."""
    names = [name for name, _kind in spec]
    fields = QgsFields()
    for field in source.fields():
        if field.name().casefold() not in names:
            fields.append(field)
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def write_outputs(alg, parameters, context, feedback, source, parcels, result):
    """All three sinks are made first, then one pass writes every selected parcel with its
    planar area (and grade); each output is styled when loaded (:mod:`.landsurvey_style`).
    Returns {output key: destination id}."""
    sinks, row_of = {}, {int(fid): i for i, fid in enumerate(parcels.ids)}
    wkb = QgsWkbTypes.multiType(source.wkbType())
    for key, role in alg.OUTPUT_ROLES.items():
        spec = CULTIVATED_FIELDS if role == "cultivated" else AREA_FIELDS
        fields = output_fields(source, spec)
        sink, dest_id = alg.parameterAsSink(
            parameters, key, context, fields, wkb, source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(alg.invalidSinkError(parameters, key))
        kept = fields.names()[: len(fields) - len(spec)]
        sinks[key] = (sink, dest_id, fields, result.selected[role], kept)
    total, done = max(len(parcels.ids), 1), 0
    for feature in _features(source, feedback):
        done += 1
        if done % 2000 == 0:
            feedback.setProgress(60 + 40 * done / total)
        i = row_of.get(feature.id())
        if i is None or not any(entry[3][i] for entry in sinks.values()):
            continue
        polygon, _was_invalid = polygon_of(feature.geometry())
        geometry = QgsGeometry(polygon) if polygon is not None else QgsGeometry()
        if polygon is not None:
            geometry.convertToMultiType()
        area = attribute(parcels.planar_m2[i])
        for key, (sink, _dest, fields, mask, kept) in sinks.items():
            if not mask[i]:
                continue
            extra = [area]
            if key == alg.OUTPUT_CULTIVATED:
                grade = result.grade[i]
                extra.append(attribute(grade))
            out = QgsFeature(fields)
            out.setGeometry(geometry)
            out.setAttributes([feature[name] for name in kept] + extra)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    language = output_language()
    for key, entry in sinks.items():
        style_when_loaded(
            alg,
            context,
            entry[1],
            style_function=lambda layer, key=key: style_output(key, layer, language),
        )
    return {key: entry[1] for key, entry in sinks.items()}

"""What every URFlow run goes through before and after its own work (issue 12).

:func:`guarded` wraps each algorithm's ``processAlgorithm`` (BaseAlgorithm does it for every
subclass):

- **geometry types first**: a feature-source input whose layer has the wrong geometry type (a
  polygon layer as NETWORK, points as SETTLEMENTS, a table where points are needed) is refused
  naming the parameter and the layer, before anything is read or written. Processing itself only
  filters the layer list of its dialog; a model, a script or ``qgis_process`` can pass any layer.
- **fields**: a field parameter naming a field its layer does not have is refused naming the
  parameter, the layer and the field.
- **every layer's CRS**: a spatial input without a CRS, or whose CRS says degrees while its
  coordinates are not (a GeoPackage or shapefile written without one reads as "undefined
  geographic"), is refused naming the parameter and the layer, before anything is read.
- **all or nothing on disk**: when the run fails (any exception) or is canceled, every output
  file the run created is removed, so a failure never leaves some outputs complete and others
  missing or half-written. Output files that existed before the run (an earlier run's) are
  set aside first and put back unchanged after a failure or cancel.
"""

import gc
import os
import traceback
import uuid
from functools import wraps

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import URFlowError
from .run_record import SIDECAR as RUN_SIDECAR

#: Processing source data types → the geometry type (QgsWkbTypes.GeometryType) they accept.
_ACCEPTS = {
    QgsProcessing.SourceType.TypeVectorPoint: QgsWkbTypes.GeometryType.PointGeometry,
    QgsProcessing.SourceType.TypeVectorLine: QgsWkbTypes.GeometryType.LineGeometry,
    QgsProcessing.SourceType.TypeVectorPolygon: QgsWkbTypes.GeometryType.PolygonGeometry,
}


def _kind_name(kind):
    return {
        QgsWkbTypes.GeometryType.PointGeometry: QCoreApplication.translate("URFlowGuard", "points"),
        QgsWkbTypes.GeometryType.LineGeometry: QCoreApplication.translate("URFlowGuard", "lines"),
        QgsWkbTypes.GeometryType.PolygonGeometry: QCoreApplication.translate(
            "URFlowGuard", "polygons"
        ),
        QgsWkbTypes.GeometryType.NullGeometry: QCoreApplication.translate(
            "URFlowGuard", "no geometry"
        ),
    }.get(kind, QCoreApplication.translate("URFlowGuard", "unknown geometry"))


#: Sidecar files SQLite (GeoPackage) may leave beside an output.
_SIDECARS = ("", "-wal", "-shm", "-journal")


def check_geometry_types(algorithm, parameters, context, feedback=None):
    """Refuse a source whose geometry type its parameter does not accept, naming both."""
    for definition in algorithm.parameterDefinitions():
        _stop_if_canceled(feedback)
        if isinstance(definition, QgsProcessingParameterFeatureSource):
            read = algorithm.parameterAsSource
        elif isinstance(definition, QgsProcessingParameterVectorLayer):
            read = algorithm.parameterAsVectorLayer
        else:
            continue
        accepted = definition.dataTypes()
        if not accepted or any(t not in _ACCEPTS for t in accepted):
            continue  # any geometry, or a table (TypeVector) that may have one
        value = parameters.get(definition.name())
        if value is None or value == "":
            continue
        source = read(parameters, definition.name(), context)
        if source is None:
            continue  # Processing says it cannot load the layer
        kind = QgsWkbTypes.geometryType(source.wkbType())
        allowed = [_ACCEPTS[t] for t in accepted]
        if kind not in allowed:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "URFlowGuard",
                    "{parameter}: layer '{layer}' has {kind}; this input needs {needed}.",
                ).format(
                    parameter=_label(algorithm, definition.name()),
                    layer=_layer_name(value, source),
                    kind=_kind_name(kind),
                    needed=QCoreApplication.translate("URFlowGuard", " or ").join(
                        _kind_name(a) for a in allowed
                    ),
                )
            )


def check_layer_geometries(algorithm, parameters, context, feedback):
    """Layers given as map layers (the report's inputs) read once under Processing's
    invalid-geometry setting: "stop" stops on an invalid feature, "skip" reports it; features
    without geometry are counted and named. (Feature sources are read by the adapters
    through ``layers.read_features``, which does the same.)"""
    if feedback is None:
        return
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterVectorLayer):
            continue
        if parameters.get(definition.name()) in (None, ""):
            continue
        layer = algorithm.parameterAsVectorLayer(parameters, definition.name(), context)
        if layer is None or not layer.isSpatial():
            continue
        source = QgsProcessingFeatureSource(layer, context)
        request = QgsFeatureRequest().setNoAttributes()
        iterator, feature, missing = source.getFeatures(request), QgsFeature(), []
        while iterator.nextFeature(feature):
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                missing.append(feature.id())
            if feedback.isCanceled():
                raise Canceled(QCoreApplication.translate("URFlowGuard", "Canceled."))
        if missing:
            feedback.pushWarning(
                QCoreApplication.translate(
                    "URFlowGuard",
                    "{parameter}: layer '{layer}': {count} features have no geometry (NULL or "
                    "empty) and are not drawn: feature ids {ids}",
                ).format(
                    parameter=_label(algorithm, definition.name()),
                    layer=_layer_name(parameters.get(definition.name()), layer),
                    count=len(missing),
                    ids=", ".join(str(f) for f in missing[:10])
                    + (" …" if len(missing) > 10 else ""),
                )
            )


def check_fields(algorithm, parameters, context, feedback=None):
    """Refuse a field parameter naming a field its layer does not have (a misspelt speed,
    zone-name or value field), naming the parameter, the layer and the field."""
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterField):
            continue
        parent = definition.parentLayerParameterName()
        if not parent or parameters.get(parent) in (None, ""):
            continue
        value = parameters.get(definition.name())
        if value in (None, "", []) or value == definition.defaultValue():
            continue  # a default field may be absent: the algorithm then goes without it
        _stop_if_canceled(feedback)
        names = algorithm.parameterAsFields(parameters, definition.name(), context)
        parent_definition = algorithm.parameterDefinition(parent)
        if isinstance(parent_definition, QgsProcessingParameterFeatureSource):
            source = algorithm.parameterAsSource(parameters, parent, context)
        else:
            source = algorithm.parameterAsVectorLayer(parameters, parent, context)
        if source is None:
            continue
        known = source.fields().names()
        for name in names:
            if name and name not in known:
                raise QgsProcessingException(
                    QCoreApplication.translate(
                        "URFlowGuard",
                        "{parameter}: layer '{layer}' [{parent}]: there is no field '{field}'.",
                    ).format(
                        parameter=_label(algorithm, definition.name()),
                        layer=_layer_name(parameters.get(parent), source),
                        parent=parent,
                        field=name,
                    )
                )


def check_crs(algorithm, parameters, context, feedback=None):
    """Refuse a spatial input without a CRS or with degrees that are not degrees."""
    for definition in algorithm.parameterDefinitions():
        _stop_if_canceled(feedback)
        if isinstance(definition, QgsProcessingParameterFeatureSource):
            read = algorithm.parameterAsSource
        elif isinstance(definition, QgsProcessingParameterVectorLayer):
            read = algorithm.parameterAsVectorLayer
        else:
            continue
        if parameters.get(definition.name()) in (None, ""):
            continue
        source = read(parameters, definition.name(), context)
        if source is None or QgsWkbTypes.geometryType(source.wkbType()) in (
            QgsWkbTypes.GeometryType.NullGeometry,
            QgsWkbTypes.GeometryType.UnknownGeometry,
        ):
            continue
        crs = source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()
        name = _layer_name(parameters.get(definition.name()), source)
        if not crs.isValid() or crs.description().lower().startswith("undefined"):
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "URFlowGuard", "{parameter}: layer '{layer}' has no CRS; set its CRS first."
                ).format(parameter=_label(algorithm, definition.name()), layer=name)
            )
        extent = source.sourceExtent() if hasattr(source, "sourceExtent") else source.extent()
        degrees = crs.isGeographic() or "+proj=longlat" in crs.toProj()
        if degrees and not extent.isEmpty():
            if (
                extent.xMinimum() < -180.5
                or extent.xMaximum() > 360.5
                or extent.yMinimum() < -90.5
                or extent.yMaximum() > 90.5
            ):
                raise QgsProcessingException(
                    QCoreApplication.translate(
                        "URFlowGuard",
                        "{parameter}: layer '{layer}' has a geographic CRS ({crs}) but its "
                        "coordinates ({x:.0f}, {y:.0f}) are not degrees: its CRS is missing "
                        "or wrong. Set the layer's real CRS (e.g. a CGCS2000 Gauss–Krüger zone).",
                    ).format(
                        parameter=_label(algorithm, definition.name()),
                        layer=name,
                        crs=crs.authid() or crs.description() or "?",
                        x=extent.center().x(),
                        y=extent.center().y(),
                    )
                )


def _layer_name(value, source):
    """A layer as messages name it: its ``layername=`` in a GeoPackage, else its name."""
    text = str(value) if isinstance(value, str) else ""
    if "layername=" in text:
        return text.split("layername=", 1)[1].split("|", 1)[0]
    return source.sourceName() if hasattr(source, "sourceName") else source.name()


def _label(algorithm, name):
    definition = algorithm.parameterDefinition(name)
    return f"{definition.description()} [{name}]" if definition is not None else name


def output_files(algorithm, parameters, context):
    """The files the run's destination parameters point at (those on disk only)."""
    files = []
    for definition in algorithm.destinationParameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFileDestination):
            path = algorithm.parameterAsFileOutput(parameters, name, context)
        elif isinstance(
            definition,
            (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination),
        ):
            path = algorithm.parameterAsOutputLayer(parameters, name, context)
        else:
            continue
        path = (path or "").split("|")[0]
        if path and not path.startswith(("memory:", "postgres:", "postgis:")) and "://" not in path:
            files.append(os.path.abspath(path))
    companions = getattr(algorithm, "output_companions", None)  # files written beside them
    if companions is not None:
        files += [os.path.abspath(path) for path in companions(parameters, context)]
    return files


def set_aside(files, parameters, algorithm):
    """Move each output file that exists already (an earlier run's) aside, so that a failed
    or canceled run can put it back unchanged: ``{path: backup}``. A file that is also one of
    the run's inputs (a new layer written into the input GeoPackage) is left in place."""
    destinations = {d.name() for d in algorithm.destinationParameterDefinitions()}
    inputs = " ".join(
        str(value) for key, value in parameters.items() if key not in destinations and value
    )
    backups = {}
    for path in files:
        if os.path.isfile(path) and path not in inputs and os.path.basename(path) not in inputs:
            backup = f"{path}.urflow-{uuid.uuid4().hex[:8]}.bak"
            try:
                os.replace(path, backup)
            except OSError:
                continue
            backups[path] = backup
    return backups


def put_back(backups):
    """The outputs set aside by :func:`set_aside`, back in place (the run wrote nothing)."""
    for path, backup in backups.items():
        for sidecar in _SIDECARS:
            if os.path.isfile(path + sidecar):
                try:
                    os.remove(path + sidecar)
                except OSError:
                    pass
        try:
            os.replace(backup, path)
        except OSError:
            pass


def drop(backups):
    """The set-aside copies, no longer needed after a successful run."""
    for backup in backups.values():
        try:
            os.remove(backup)
        except OSError:
            pass


def remove_new_files(files, existed, feedback=None):
    """Remove each of ``files`` (and its SQLite sidecars) that did not exist before the run."""
    gc.collect()  # close the sinks (GDAL datasets) that went out of scope
    removed = []
    for path in files:
        if path in existed:
            continue
        for sidecar in _SIDECARS:
            candidate = path + sidecar
            if os.path.isfile(candidate):
                try:
                    os.remove(candidate)
                    if not sidecar:
                        removed.append(path)
                except OSError:
                    pass
    if removed and feedback is not None:
        feedback.pushInfo(
            QCoreApplication.translate(
                "URFlowGuard", "No output written; removed the incomplete outputs: {}"
            ).format(", ".join(removed))
        )
    return removed


def code_key(code):
    """How codes are compared: trimmed and case-folded ('PA01 ' and 'pa01' are one code)."""
    return None if code is None else str(code).strip().casefold()


def harmonise_codes(columns, what, feedback):
    """``columns`` (lists of codes, None = NULL) with codes that differ only in case or
    spaces written one way (as first met), and one warning naming the variants merged.

    Codes typed by hand ('PA01' in one table, 'pa01 ' in another) would otherwise match
    nothing, silently."""
    canonical, variants = {}, {}
    for column in columns:
        for code in column:
            if code is None:
                continue
            key = code_key(code)
            first = canonical.setdefault(key, str(code).strip())
            if str(code) != first:
                variants.setdefault(first, set()).add(str(code))
    if variants:
        feedback.pushWarning(
            QCoreApplication.translate(
                "URFlowGuard",
                "{}: {} codes are written in more than one way (case or spaces) and are "
                "compared as one: {}",
            ).format(
                what,
                len(variants),
                "; ".join(
                    f"{first} = " + ", ".join(repr(v) for v in sorted(others))
                    for first, others in sorted(variants.items())
                ),
            )
        )
    return [
        [None if code is None else canonical[code_key(code)] for code in column]
        for column in columns
    ]


class Canceled(QgsProcessingException):
    """Raised by a :class:`CancelableSink` when the run was canceled while writing."""


class CancelableSink:
    """A feature sink that stops the run when it is canceled while outputs are written.

    Writing tens of thousands of features takes seconds; the loops that write them need not
    each poll the feedback: the sink does, and :func:`guarded` turns the stop into a canceled
    run with no outputs.
    """

    def __init__(self, sink, feedback):
        self._sink = sink
        self._feedback = feedback

    def _check(self):
        if self._feedback.isCanceled():
            raise Canceled(
                QCoreApplication.translate("URFlowGuard", "Canceled while writing the outputs.")
            )

    def addFeature(self, feature, flags=None):  # noqa: N802
        self._check()
        return (
            self._sink.addFeature(feature)
            if flags is None
            else self._sink.addFeature(feature, flags)
        )

    def addFeatures(self, features, flags=None):  # noqa: N802
        self._check()
        return (
            self._sink.addFeatures(features)
            if flags is None
            else self._sink.addFeatures(features, flags)
        )

    def __getattr__(self, name):
        return getattr(self._sink, name)


def _stop_if_canceled(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Canceled(QCoreApplication.translate("URFlowGuard", "Canceled."))


def cancelable(sink, context):
    """``sink`` wrapped in a :class:`CancelableSink` when the context has a feedback."""
    feedback = context.feedback() if context is not None else None
    if sink is None or feedback is None:
        return sink
    return CancelableSink(sink, feedback)


def guarded(process):
    """``processAlgorithm`` with the checks before and the all-or-nothing outputs after."""

    @wraps(process)
    def run(self, parameters, context, feedback):
        files = output_files(self, parameters, context)
        files += [path + RUN_SIDECAR for path in files]  # the run's record goes with its output
        backups = set_aside(files, parameters, self)
        existed = {path for path in files if os.path.exists(path)}
        try:
            check_geometry_types(self, parameters, context, feedback)
            check_crs(self, parameters, context, feedback)
            check_fields(self, parameters, context, feedback)
            check_layer_geometries(self, parameters, context, feedback)
            _stop_if_canceled(feedback)
            results = process(self, parameters, context, feedback)
        except BaseException as error:
            # drop the frames' references to the sinks so that GDAL closes the files
            traceback.clear_frames(error.__traceback__)
            remove_new_files(files, existed, feedback)
            put_back(backups)
            if feedback is not None and feedback.isCanceled() and isinstance(error, Exception):
                return {}  # canceled: whatever a stage raised on the way out, no outputs
            if isinstance(error, URFlowError):  # a core check's message, as Processing's error
                raise QgsProcessingException(str(error)) from None
            raise
        if feedback is not None and feedback.isCanceled():
            remove_new_files(files, existed, feedback)
            put_back(backups)
            return {}
        drop(backups)
        return results

    run.urflow_guarded = True
    return run

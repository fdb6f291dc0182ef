"""How a run's parameters reach the report: each analysis records its run on its outputs.

One mechanism for every algorithm: :func:`record_run` stores one JSON record — the algorithm
id, the layers given (by name), the other parameters as given (enums by index), the method as
the run resolved it (stable English ids and numbers, e.g. the standard with its source and
clause) and the language-independent result values — on every output layer of the run:

- as the layer's custom property ``urflow/run`` (memory outputs, layers of a model run, and the
  project the outputs are saved in), and
- for a file output, in a sidecar ``<file>.urflow.json`` beside it (``{layer name: record}``),
  written atomically, so that a layer opened later from the file has its run too.

:func:`run_of` reads it back (the property first, then the sidecar); None for a layer of another
origin, which the report then describes from its fields alone.
"""

import json
import math
import os

from qgis.core import (
    QgsProcessingDestinationParameter,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)

from ..reporting.files import write_atomically

#: The custom property holding the record on a layer.
PROPERTY = "urflow/run"
#: The ending of a sidecar file's name.
SIDECAR = ".urflow.json"


def plain(value):
    """A JSON-able copy of a result or method value (numbers, text, lists, dicts); NaN → None,
    anything else → its text."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    try:  # numpy scalars and arrays
        return plain(value.tolist())
    except AttributeError:
        return str(value)


def layer_name(value, context):
    """The name of the layer a layer parameter's value points to (its text if none)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source.staticValue()
    if hasattr(value, "name") and callable(value.name):
        return value.name()
    text = str(value or "")
    layer = QgsProcessingUtils.mapLayerFromString(text, context) if text else None
    if layer is not None and "|" not in text:  # a layer of the project or context: its name
        return layer.name()
    # a file: the layer inside it (GeoPackage |layername=), else the file's name
    path, _, options = text.partition("|")
    for option in options.split("|"):
        if option.startswith("layername="):
            return option[len("layername=") :]
    return os.path.splitext(os.path.basename(path))[0] or None


#: Parameter types whose values are layers (recorded by name among the inputs).
LAYER_TYPES = ("source", "vector", "raster", "layer", "multilayer")


def parameter_values(algorithm, parameters, context):
    """``({name: layer name}, {name: value})``: the layers given, by name, and the other
    parameters given (numbers, booleans, enum indices, field names and text as read).
    Parameters not given are recorded with their default (the value the run used); layers
    and text not given, and destinations, are left out."""
    values, inputs = {}, {}
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        given = parameters.get(name)
        if isinstance(definition, QgsProcessingDestinationParameter):
            continue
        if given in (None, ""):
            # not given: the default the run used (a layer or text without one: nothing)
            if definition.defaultValue() in (None, "") or definition.type() in LAYER_TYPES:
                continue
            given = definition.defaultValue()
        if isinstance(definition, QgsProcessingParameterEnum):
            read = (
                algorithm.parameterAsEnums
                if definition.allowMultiple()
                else algorithm.parameterAsEnum
            )
            values[name] = plain(read(parameters, name, context))
        elif isinstance(definition, QgsProcessingParameterBoolean):
            values[name] = algorithm.parameterAsBoolean(parameters, name, context)
        elif isinstance(definition, QgsProcessingParameterNumber):
            values[name] = plain(algorithm.parameterAsDouble(parameters, name, context))
        elif isinstance(definition, QgsProcessingParameterField):
            values[name] = algorithm.parameterAsFields(parameters, name, context)
        elif definition.type() in LAYER_TYPES:
            if isinstance(given, (list, tuple)):
                inputs[name] = [layer_name(v, context) for v in given]
            else:
                inputs[name] = layer_name(given, context)
        else:
            values[name] = plain(given if isinstance(given, (int, float, bool)) else str(given))
    return inputs, values


def make_record(algorithm, parameters, context, results, method=None):
    """The record of one run (see the module's text)."""
    inputs, values = parameter_values(algorithm, parameters, context)
    return {
        "algorithm": algorithm.id(),
        "inputs": inputs,
        "parameters": values,
        "method": plain(method or {}),
        "results": {
            key: plain(value)
            for key, value in results.items()
            if not is_output_path(algorithm, key)
        },
    }


#: Output types whose values are layers or files (left out of the record's results).
PLACES = {"outputVector", "outputRaster", "outputLayer", "outputMultilayer", "outputFile"}
PLACES |= {"outputHtml", "outputFolder", "outputPointCloud", "outputVectorTile"}


def is_output_path(algorithm, key):
    definition = algorithm.outputDefinition(key)
    return definition is not None and definition.type() in PLACES


def split_source(source):
    """``(file path, layer name)`` of a file-based layer source or destination; path '' for
    memory and database layers."""
    text = str(source or "")
    if text.startswith(("memory:", "postgres:", "ogr:", "dbname=")):
        return "", ""
    path, _, options = text.partition("|")
    layer = ""
    for option in options.split("|"):
        if option.startswith("layername="):
            layer = option[len("layername=") :]
    if not os.path.isabs(path) or not os.path.isdir(os.path.dirname(path)):
        return "", ""  # not a file in a folder that exists
    return (path, layer) if os.path.isfile(path) or os.path.splitext(path)[1] else ("", "")


def sidecar_path(path):
    return path + SIDECAR


def read_sidecar(path):
    try:
        with open(sidecar_path(path), encoding="utf-8") as stream:
            found = json.load(stream)
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def record_run(algorithm, parameters, context, results, method=None):
    """Store the run's record on each of its output layers (``results`` values that are layers
    of ``context`` or output files); returns the record. Never fails the run: a sidecar that
    cannot be written only leaves that file without its record."""
    record = make_record(algorithm, parameters, context, results, method)
    text = json.dumps(record, ensure_ascii=False)
    for key, value in results.items():
        # only the outputs: a result text (a diagnosis, a status) is never taken for a file
        if not is_output_path(algorithm, key) or not isinstance(value, str) or not value:
            continue
        layer = context.getMapLayer(value) if hasattr(context, "getMapLayer") else None
        if layer is None:
            layer = context.temporaryLayerStore().mapLayer(value)
        if layer is not None:
            layer.setCustomProperty(PROPERTY, text)
            source = layer.source()
        else:
            source = value
        path, name = split_source(source)
        if not path:
            continue
        if not name:
            name = os.path.splitext(os.path.basename(path))[0]
        records = read_sidecar(path)
        records[name] = record
        try:
            write_atomically(sidecar_path(path), json.dumps(records, ensure_ascii=False, indent=1))
        except OSError:
            pass
    return record


def run_of(layer):
    """The record of the run that wrote ``layer`` (dict), or None."""
    if layer is None:
        return None
    text = layer.customProperty(PROPERTY)
    if text:
        try:
            return json.loads(text)
        except ValueError:
            pass
    path, name = split_source(layer.source())
    if not path:
        return None
    records = read_sidecar(path)
    if not name:
        name = os.path.splitext(os.path.basename(path))[0]
    found = records.get(name)
    if found is None and len(records) == 1:  # the layer's name inside the file differs
        found = next(iter(records.values()))
    if found is None:  # a GeoPackage opened without |layername=: its first layer's name
        found = records.get(layer.name())
    return found if isinstance(found, dict) else None

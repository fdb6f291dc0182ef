"""What the parameter and metadata tests of every algorithm share (LoS Tools style).

Each ``test_*_parameters.py`` lists its algorithm's parameters as :class:`Expected` rows and its
outputs by name and type; the checks below return readable problems instead of stopping at the
first one, so a failing test names every parameter that drifted from the contract.
"""

from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from urflow import i18n

LAYER_TYPES = {
    "any": QgsProcessing.SourceType.TypeMapLayer,
    "any_geometry": QgsProcessing.SourceType.TypeVectorAnyGeometry,
    "point": QgsProcessing.SourceType.TypeVectorPoint,
    "line": QgsProcessing.SourceType.TypeVectorLine,
    "polygon": QgsProcessing.SourceType.TypeVectorPolygon,
    "table": QgsProcessing.SourceType.TypeVector,
}
FIELD_TYPES = {
    "any": QgsProcessingParameterField.DataType.Any,
    "numeric": QgsProcessingParameterField.DataType.Numeric,
    "string": QgsProcessingParameterField.DataType.String,
}
NUMBER_TYPES = {
    "integer": QgsProcessingParameterNumber.Type.Integer,
    "double": QgsProcessingParameterNumber.Type.Double,
}
#: ``maximum()`` of a number parameter without an upper bound.
NO_MAXIMUM = 1.7976931348623157e308


@dataclass(frozen=True)
class Expected:
    """One parameter as the contract has it.

    ``kind`` is ``QgsProcessingParameterDefinition.type()`` ("source", "field", "number", ...).
    Only the attributes given are checked: ``parent`` and ``field_type`` for fields,
    ``layer_types`` for layer parameters (keys of :data:`LAYER_TYPES`), ``number_type``,
    ``minimum`` and ``maximum`` for numbers, ``options`` for enums (one lower-case word each
    option label holds, in index order: scripts pass the index), ``sink_type`` for sinks.
    """

    name: str
    kind: str
    optional: bool = False
    default: object = None
    parent: str = None
    field_type: str = None
    layer_types: tuple = None
    number_type: str = None
    minimum: float = None
    maximum: float = None
    options: tuple = None
    sink_type: str = None


def create(algorithm_id):
    """A fresh, initialised instance of a registered algorithm."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    assert algorithm is not None, f"{algorithm_id} is not registered"
    return algorithm


def is_optional(definition):
    return bool(definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional)


def parameter_problems(algorithm, expected_rows):
    """Every way the algorithm's parameters differ from ``expected_rows``."""
    problems = []
    for row in expected_rows:
        definition = algorithm.parameterDefinition(row.name)
        if definition is None:
            problems.append(f"{row.name}: missing")
            continue
        actual = {"kind": definition.type(), "optional": is_optional(definition)}
        wanted = {"kind": row.kind, "optional": row.optional}
        actual["default"], wanted["default"] = definition.defaultValue(), row.default
        if row.parent is not None:
            actual["parent"], wanted["parent"] = definition.parentLayerParameterName(), row.parent
        if row.field_type is not None:
            actual["field_type"] = definition.dataType()
            wanted["field_type"] = FIELD_TYPES[row.field_type]
        if row.layer_types is not None:
            actual["layer_types"] = sorted(int(t) for t in definition.dataTypes())
            wanted["layer_types"] = sorted(int(LAYER_TYPES[t]) for t in row.layer_types)
        if row.number_type is not None:
            actual["number_type"] = definition.dataType()
            wanted["number_type"] = NUMBER_TYPES[row.number_type]
        if row.minimum is not None:
            actual["minimum"], wanted["minimum"] = definition.minimum(), row.minimum
        if row.maximum is not None:
            actual["maximum"], wanted["maximum"] = definition.maximum(), row.maximum
        if row.options is not None:
            labels = [label.lower() for label in definition.options()]
            actual["options"] = len(labels)
            wanted["options"] = len(row.options)
            actual["option_words"] = [w in label for w, label in zip(row.options, labels)]
            wanted["option_words"] = [True] * min(len(labels), len(row.options))
        if row.sink_type is not None:
            actual["sink_type"] = definition.dataType()
            wanted["sink_type"] = LAYER_TYPES[row.sink_type]
        for key, value in wanted.items():
            if actual[key] != value:
                problems.append(f"{row.name}: {key} is {actual[key]!r}, expected {value!r}")
    return problems


def output_problems(algorithm, expected_outputs):
    """Every declared output whose name or type differs from ``{name: type}``."""
    actual = {output.name(): output.type() for output in algorithm.outputDefinitions()}
    return [
        f"{name}: {actual.get(name, 'missing')}, expected {kind}"
        for name, kind in expected_outputs.items()
        if actual.get(name) != kind
    ]


def english_short_help(algorithm, monkeypatch):
    """``shortHelpString()`` as an English QGIS shows it."""
    monkeypatch.setattr(i18n, "QgsApplication", SimpleNamespace(locale=lambda: "en_US"))
    return algorithm.shortHelpString()


def settings_problems(algorithm, name, display_name, group, group_id):
    """Id, names, group, icon and flags of an algorithm that runs in the background."""
    problems = []
    for what, actual, wanted in (
        ("name", algorithm.name(), name),
        ("id", algorithm.id(), f"urflow:{name}"),
        ("displayName", algorithm.displayName(), display_name),
        ("group", algorithm.group(), group),
        ("groupId", algorithm.groupId(), group_id),
    ):
        if actual != wanted:
            problems.append(f"{what} is {actual!r}, expected {wanted!r}")
    if algorithm.icon().isNull():
        problems.append("icon is null")
    if not Path(algorithm.svgIconPath()).is_file():
        problems.append(f"no icon file {algorithm.svgIconPath()}")
    flag = QgsProcessingAlgorithm.Flag
    flags = algorithm.flags()
    for wanted in (flag.FlagSupportsBatch, flag.FlagCanCancel):
        if not flags & wanted:
            problems.append(f"flags lack {wanted}")
    for unwanted in (
        flag.FlagNoThreading,
        flag.FlagHideFromToolbox,
        flag.FlagHideFromModeler,
        flag.FlagDeprecated,
    ):
        if flags & unwanted:
            problems.append(f"flags have {unwanted}")
    return problems

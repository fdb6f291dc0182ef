"""An algorithm's parameters on QGIS's own Processing widgets, with a planner's defaults.

Every input parameter gets the widget wrapper QGIS's Processing registry makes for it
(``QgsGui.processingGuiRegistry().createParameterWidgetWrapper``), the way QGIS's own
``ParametersPanel`` does: a widget context with the project, map canvas and message bar,
a processing-context generator, and ``postInitialize`` over all wrappers so field pickers,
expressions and bands follow their parent layer. So every parameter type, layer picker
(selected features only, feature limits, browsing for a file) and field picker behaves as in
QGIS's own algorithm dialog. URFlow adds only the choice of sensible layers and fields
(``ui/defaults.py``) and remembering the values in the project.
"""

import json

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameters,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsGui,
    QgsProcessingContextGenerator,
    QgsProcessingGui,
    QgsProcessingParametersGenerator,
    QgsProcessingParameterWidgetContext,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

try:  # Qt5: NULL attribute values are QVariants; Qt6 (QGIS 4) gives None
    from qgis.PyQt.QtCore import QVariant
except ImportError:  # pragma: no cover
    QVariant = None

from . import defaults

#: Custom layer property naming the URFlow algorithm that wrote a layer (never an input).
ORIGIN_PROPERTY = "urflow/output_of"
LAYER_TYPES = ("source", "vector", "raster", "layer")

if hasattr(Qgis, "ProcessingParameterFlag"):  # QGIS >= 3.36
    HIDDEN = Qgis.ProcessingParameterFlag.Hidden
    OPTIONAL = Qgis.ProcessingParameterFlag.Optional
    ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    NUMERIC = Qgis.ProcessingFieldParameterDataType.Numeric
else:
    HIDDEN = QgsProcessingParameterDefinition.Flag.FlagHidden
    OPTIONAL = QgsProcessingParameterDefinition.Flag.FlagOptional
    ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    NUMERIC = QgsProcessingParameterField.DataType.Numeric

GEOMETRIES = {
    QgsProcessing.SourceType.TypeVectorPoint: {defaults.POINT},
    QgsProcessing.SourceType.TypeVectorLine: {defaults.LINE},
    QgsProcessing.SourceType.TypeVectorPolygon: {defaults.POLYGON},
    QgsProcessing.SourceType.TypeVectorAnyGeometry: {
        defaults.POINT,
        defaults.LINE,
        defaults.POLYGON,
    },
    QgsProcessing.SourceType.TypeVector: {
        defaults.POINT,
        defaults.LINE,
        defaults.POLYGON,
        defaults.TABLE,
    },
}
if hasattr(Qgis, "GeometryType"):  # QGIS >= 3.30
    VECTOR_GEOMETRY = {
        Qgis.GeometryType.Point: defaults.POINT,
        Qgis.GeometryType.Line: defaults.LINE,
        Qgis.GeometryType.Polygon: defaults.POLYGON,
    }
else:
    VECTOR_GEOMETRY = {
        QgsWkbTypes.GeometryType.PointGeometry: defaults.POINT,
        QgsWkbTypes.GeometryType.LineGeometry: defaults.LINE,
        QgsWkbTypes.GeometryType.PolygonGeometry: defaults.POLYGON,
    }


class ContextGenerator(QgsProcessingContextGenerator):
    """Gives the wrappers the panel's processing context (with the project)."""

    def __init__(self, context):
        super().__init__()
        self.context = context

    def processingContext(self):  # noqa: N802
        return self.context


class ParametersGenerator(QgsProcessingParametersGenerator):
    """Gives the wrappers the other parameters' values (e.g. for expression previews)."""

    def __init__(self, panel):
        super().__init__()
        self.panel = panel

    def createProcessingParameters(self, *_args, **_kwargs):  # noqa: N802 - 3.22 and 3.24+
        return self.panel.values()


def is_null(value) -> bool:
    """None, a NULL QVariant (Qt5) or an invalid one."""
    if value is None:
        return True
    if QVariant is None or not isinstance(value, QVariant):
        return False
    return value.isNull() or not value.isValid()


class ParametersPanel(QObject):
    """One QGIS widget wrapper per input parameter of ``algorithm``, laid out in two forms.

    Output parameters are left out: the dialog writes every output to a temporary layer or
    a new table of the chosen GeoPackage.
    """

    valueChanged = pyqtSignal(str)  # noqa: N815 - a parameter's widget value changed

    def __init__(self, algorithm, layout, advanced_layout, dialog, iface=None, message_bar=None):
        super().__init__(dialog)
        self.algorithm = algorithm
        self.project = QgsProject.instance()
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.context_generator = ContextGenerator(self.context)
        self.parameters_generator = ParametersGenerator(self)
        widget_context = self._widget_context(iface, message_bar)
        self.wrappers = {}
        self.definitions = {}
        self.widgets = {}
        self.labels = {}
        registry = QgsGui.processingGuiRegistry()
        for definition in algorithm.parameterDefinitions():
            if definition.isDestination() or definition.flags() & HIDDEN:
                continue
            wrapper = registry.createParameterWidgetWrapper(
                definition, QgsProcessingGui.WidgetType.Standard
            )
            if wrapper is None:  # QGIS has a wrapper for every core parameter type
                continue
            wrapper.setParent(self)
            wrapper.setWidgetContext(widget_context)
            wrapper.registerProcessingContextGenerator(self.context_generator)
            wrapper.registerProcessingParametersGenerator(self.parameters_generator)
            wrapper.setDialog(dialog)
            widget = wrapper.createWrappedWidget(self.context)
            if widget is None:
                continue
            label = wrapper.createWrappedLabel()
            name = definition.name()
            widget.setObjectName(f"param_{name}")
            target = advanced_layout if definition.flags() & ADVANCED else layout
            if label is not None:
                target.addRow(label, widget)
            else:  # a check box carries its own text
                target.addRow(widget)
            self.wrappers[name] = wrapper
            self.definitions[name] = definition
            self.widgets[name] = widget
            self.labels[name] = label
        wrappers = list(self.wrappers.values())
        for wrapper in wrappers:
            wrapper.postInitialize(wrappers)
        self.parent_layers = {}  # {layer parameter: id of the layer its fields were set for}
        for name, wrapper in self.wrappers.items():
            # after postInitialize: QGIS's own field wrappers update first, then the defaults
            wrapper.widgetValueHasChanged.connect(lambda _w, n=name: self._changed(n))

    def _widget_context(self, iface, message_bar):
        context = QgsProcessingParameterWidgetContext()
        context.setProject(self.project)
        if message_bar is not None:
            context.setMessageBar(message_bar)
        if iface is not None:
            context.setMapCanvas(iface.mapCanvas())
            active = iface.activeLayer()
            if isinstance(active, QgsMapLayer):
                context.setActiveLayer(active)
            try:
                from qgis.gui import QgsBrowserGuiModel

                model = iface.browserModel()
                if isinstance(model, QgsBrowserGuiModel):
                    context.setBrowserModel(model)
            except (AttributeError, ImportError, TypeError):
                pass
        return context

    def _changed(self, name):
        if self.definitions[name].type() in LAYER_TYPES:
            layer = self.layer(name)
            layer_id = layer.id() if layer is not None else None
            if layer_id != self.parent_layers.get(name):  # not for "selected features only"
                self.parent_layers[name] = layer_id
                for child in self.children_of(name):
                    self.apply_field_default(child)
        self.valueChanged.emit(name)

    # values ---------------------------------------------------------------------------

    def is_optional(self, name) -> bool:
        return bool(self.definitions[name].flags() & OPTIONAL)

    def value(self, name):
        """The Processing value of ``name``: a layer id or source, a field name, a number, …;
        None when not set (an empty text too)."""
        value = self.wrappers[name].parameterValue()
        if is_null(value) or (isinstance(value, str) and not value.strip()):
            return None
        return value.strip() if isinstance(value, str) else value

    def values(self) -> dict:
        """{name: value} of the parameters that are set."""
        found = {name: self.value(name) for name in self.wrappers}
        return {name: value for name, value in found.items() if value is not None}

    def layer(self, name):
        """The map layer parameter ``name`` points to (a project layer or one loaded from a
        file), or None."""
        value = self.value(name)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if value is None:
            return None
        if isinstance(value, QgsMapLayer):
            return value
        return QgsProcessingParameters.parameterAsLayer(self.definitions[name], value, self.context)

    def set_value(self, name, value) -> None:
        """Set one widget; a layer may be a QgsMapLayer, a layer id or a file path."""
        wrapper = self.wrappers.get(name)
        if wrapper is None:
            return
        if isinstance(value, dict) and "source" in value:  # remembered "selected only"
            value = QgsProcessingFeatureSourceDefinition(
                value["source"], bool(value.get("selected"))
            )
        if value is None and self.definitions[name].type() == "field":
            value = ""  # the field widget's "not set"
        wrapper.setParameterValue(value, self.context)

    def set_values(self, values: dict) -> None:
        """Set several widgets, layers first so field pickers know the fields."""
        for name, value in sorted(
            values.items(), key=lambda item: self._type(item[0]) not in LAYER_TYPES
        ):
            try:
                self.set_value(name, value)
            except (TypeError, ValueError):
                continue

    def _type(self, name) -> str:
        definition = self.definitions.get(name)
        return definition.type() if definition is not None else ""

    def to_json(self) -> str:
        """The values as JSON: layers by id, CRSs by authid (or WKT)."""
        stored = {}
        for name in self.wrappers:
            value = self.value(name)
            if isinstance(value, QgsProcessingFeatureSourceDefinition):
                value = {
                    "source": value.source.staticValue(),
                    "selected": bool(value.selectedFeaturesOnly),
                }
            elif isinstance(value, QgsMapLayer):
                value = value.id()
            elif isinstance(value, QgsCoordinateReferenceSystem):
                value = value.authid() or value.toWkt()
            elif not isinstance(value, (str, int, float, bool, list, dict, type(None))):
                continue  # e.g. a data-defined property: not remembered
            stored[name] = value
        return json.dumps(stored)

    def from_json(self, text: str) -> None:
        try:
            stored = json.loads(text)
        except ValueError:
            return
        if isinstance(stored, dict):
            self.set_values(
                {name: value for name, value in stored.items() if name in self.wrappers}
            )

    # defaults -------------------------------------------------------------------------

    def children_of(self, layer_name):
        """The field parameters whose parent is ``layer_name``."""
        return [
            name
            for name, definition in self.definitions.items()
            if definition.type() == "field" and definition.parentLayerParameterName() == layer_name
        ]

    def apply_defaults(self) -> None:
        """Choose layers by geometry and name, then fields by name (``ui/defaults.py``)."""
        candidates = self.layer_candidates()
        for name, definition in self.definitions.items():
            if definition.type() not in LAYER_TYPES:
                continue
            choice = defaults.best_layer(name, candidates, self.accepted_geometries(name))
            if choice is not None:
                self.set_value(name, choice)
        for name, definition in self.definitions.items():
            if definition.type() == "field":
                self.apply_field_default(name)
            elif definition.type() in LAYER_TYPES:
                layer = self.layer(name)
                self.parent_layers[name] = layer.id() if layer is not None else None

    def apply_field_default(self, name) -> None:
        """Choose the field of ``name`` on its parent layer; leave it unset rather than guess
        a number (never ``fid`` for a population); keep QGIS's choice of a required id."""
        definition = self.definitions[name]
        if name not in defaults.FIELD_RULES or definition.allowMultiple():
            return
        layer = self.layer(definition.parentLayerParameterName())
        if not isinstance(layer, QgsVectorLayer):
            return
        numeric = definition.dataType() == NUMERIC
        choice = defaults.best_field(name, field_candidates(layer), numeric_only=numeric)
        if choice is not None:
            self.set_value(name, choice)
        elif numeric or self.is_optional(name):
            self.set_value(name, None)

    def accepted_geometries(self, name):
        definition = self.definitions[name]
        kind = definition.type()
        if kind == "raster":
            return {defaults.RASTER}
        if kind == "layer":
            return None
        kinds = set()
        for data_type in definition.dataTypes() or [QgsProcessing.SourceType.TypeVector]:
            kinds |= GEOMETRIES.get(data_type, set())
        return kinds

    def layer_candidates(self):
        """The project's layers in layer-tree order as :class:`defaults.Candidate`."""
        candidates = []
        for node in self.project.layerTreeRoot().findLayers():
            layer = node.layer()
            if isinstance(layer, QgsVectorLayer):
                geometry = VECTOR_GEOMETRY.get(layer.geometryType(), defaults.TABLE)
            elif isinstance(layer, QgsRasterLayer):
                geometry = defaults.RASTER
            else:
                continue
            candidates.append(
                defaults.Candidate(
                    layer.id(),
                    layer_names(layer),
                    geometry,
                    origin=str(layer.customProperty(ORIGIN_PROPERTY, "") or ""),
                )
            )
        return candidates


def layer_names(layer):
    """The names a layer goes by: its title, its table in the data source, its file name."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = str(parts.get("path") or "")
    return (layer.name(), str(parts.get("layerName") or ""), path.rsplit("/", 1)[-1])


def field_candidates(layer):
    return [
        defaults.Candidate(field.name(), (field.name(), field.alias()), numeric=field.isNumeric())
        for field in layer.fields()
    ]

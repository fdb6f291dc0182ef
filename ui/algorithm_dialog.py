"""The shared URFlow dialog: parameters, a background run, progress, cancel, styled outputs.

Dialogs never compute (DESIGN.md §1): they collect the parameters of one Processing
algorithm, run it with :class:`QgsProcessingAlgRunnerTask` in QGIS's task manager and add
what it wrote to the current project, in one layer group named after the run.
"""

import datetime
import json
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFieldProxyModel,
    QgsMapLayer,
    QgsMapLayerProxyModel,
    QgsProcessing,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsProjectionSelectionWidget,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal, pyqtSlot
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
)

UI_DIR = Path(__file__).resolve().parent
FORM_CLASS, BASE_CLASS = uic.loadUiType(str(UI_DIR / "base_dialog.ui"))
SCOPE = "urflow"

LAYER_FILTERS = {
    QgsProcessing.SourceType.TypeVectorPolygon: QgsMapLayerProxyModel.Filter.PolygonLayer,
    QgsProcessing.SourceType.TypeVectorPoint: QgsMapLayerProxyModel.Filter.PointLayer,
    QgsProcessing.SourceType.TypeVectorLine: QgsMapLayerProxyModel.Filter.LineLayer,
    QgsProcessing.SourceType.TypeVectorAnyGeometry: QgsMapLayerProxyModel.Filter.HasGeometry,
    QgsProcessing.SourceType.TypeVector: QgsMapLayerProxyModel.Filter.VectorLayer,
}


class Feedback(QgsProcessingFeedback):
    """Keeps what the algorithm reports and passes it on as signals (queued to the GUI)."""

    message = pyqtSignal(str, int)  # text, level: 0 info, 1 warning, 2 error

    def __init__(self):
        super().__init__()
        self.errors = []

    def pushInfo(self, info):  # noqa: N802
        self.message.emit(info, 0)

    def pushWarning(self, warning):  # noqa: N802
        self.message.emit(warning, 1)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        self.message.emit(error, 2)


# -- parameter widgets -------------------------------------------------------------------


class ParameterForm:
    """One widget per input parameter of an algorithm, built from its definitions.

    Layers get :class:`QgsMapLayerComboBox` (filtered by geometry), fields a
    :class:`QgsFieldComboBox` that follows its parent layer, and the rest simple widgets.
    Output parameters are not shown: every output goes to a temporary layer the dialog adds.
    """

    def __init__(self, algorithm, layout, advanced_layout, parent):
        self.algorithm = algorithm
        self.widgets = {}
        self.definitions = {}
        for definition in algorithm.parameterDefinitions():
            if definition.isDestination():
                continue
            if definition.flags() & definition.FlagHidden:
                continue
            widget = self._create(definition, parent)
            if widget is None:
                continue
            name = definition.name()
            widget.setObjectName(f"param_{name}")
            widget.setToolTip(f"{name}")
            self.widgets[name] = widget
            self.definitions[name] = definition
            target = advanced_layout if definition.flags() & definition.FlagAdvanced else layout
            label = definition.description()
            if definition.flags() & definition.FlagOptional:
                label = QCoreApplication.translate("AlgorithmDialog", "{} [optional]").format(label)
            target.addRow(label, widget)
        for name, definition in self.definitions.items():
            if isinstance(definition, QgsProcessingParameterField):
                parent_widget = self.widgets.get(definition.parentLayerParameterName())
                if isinstance(parent_widget, QgsMapLayerComboBox):
                    field_widget = self.widgets[name]
                    parent_widget.layerChanged.connect(field_widget.setLayer)
                    field_widget.setLayer(parent_widget.currentLayer())

    def _create(self, definition, parent):
        optional = bool(definition.flags() & definition.FlagOptional)
        default = definition.defaultValue()
        if isinstance(definition, QgsProcessingParameterFeatureSource):
            widget = QgsMapLayerComboBox(parent)
            filters = QgsMapLayerProxyModel.Filters()
            for data_type in definition.dataTypes():
                filters |= LAYER_FILTERS.get(data_type, QgsMapLayerProxyModel.Filter.VectorLayer)
            widget.setFilters(filters or QgsMapLayerProxyModel.Filter.VectorLayer)
            widget.setAllowEmptyLayer(optional)
            if optional:
                widget.setLayer(None)
            return widget
        if isinstance(definition, QgsProcessingParameterRasterLayer):
            widget = QgsMapLayerComboBox(parent)
            widget.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
            widget.setAllowEmptyLayer(optional)
            if optional:
                widget.setLayer(None)
            return widget
        if isinstance(definition, QgsProcessingParameterField):
            widget = QgsFieldComboBox(parent)
            if definition.dataType() == QgsProcessingParameterField.DataType.Numeric:
                widget.setFilters(QgsFieldProxyModel.Filter.Numeric)
            widget.setAllowEmptyFieldName(optional)
            return widget
        if isinstance(definition, QgsProcessingParameterEnum):
            widget = QComboBox(parent)
            if optional and default is None:
                widget.addItem(QCoreApplication.translate("AlgorithmDialog", "(not set)"), None)
            for index, option in enumerate(definition.options()):
                widget.addItem(option, index)
            if default is not None:
                widget.setCurrentIndex(widget.findData(int(default)))
            return widget
        if isinstance(definition, QgsProcessingParameterNumber):
            if default is None:
                widget = QLineEdit(parent)
                widget.setValidator(QDoubleValidator(widget))
                widget.setPlaceholderText(
                    QCoreApplication.translate("AlgorithmDialog", "(not set)")
                )
                return widget
            integer = definition.dataType() == QgsProcessingParameterNumber.Type.Integer
            widget = QSpinBox(parent) if integer else QDoubleSpinBox(parent)
            if not integer:
                widget.setDecimals(4)
            big = 2**31 - 1
            low = definition.minimum() if definition.minimum() > -1e300 else -big
            high = definition.maximum() if definition.maximum() < 1e300 else big
            widget.setRange(int(low) if integer else low, int(high) if integer else high)
            widget.setValue(int(default) if integer else float(default))
            return widget
        if isinstance(definition, QgsProcessingParameterBoolean):
            widget = QCheckBox(parent)
            widget.setChecked(bool(default))
            return widget
        if isinstance(definition, QgsProcessingParameterString):
            widget = QLineEdit(parent)
            widget.setText("" if default is None else str(default))
            return widget
        if isinstance(definition, QgsProcessingParameterFile):
            widget = QgsFileWidget(parent)
            if definition.extension():
                widget.setFilter(f"*.{definition.extension()}")
            return widget
        if isinstance(definition, QgsProcessingParameterCrs):
            widget = QgsProjectionSelectionWidget(parent)
            widget.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
            widget.setNotSetText(QCoreApplication.translate("AlgorithmDialog", "(automatic)"))
            widget.setCrs(QgsCoordinateReferenceSystem())
            return widget
        return None

    # values ---------------------------------------------------------------------------

    def value(self, name):
        """The value Processing takes for ``name``: a layer, a text, a number or None."""
        widget = self.widgets[name]
        if isinstance(widget, QgsMapLayerComboBox):
            return widget.currentLayer()
        if isinstance(widget, QgsFieldComboBox):
            return widget.currentField() or None
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QgsFileWidget):
            return widget.filePath() or None
        if isinstance(widget, QgsProjectionSelectionWidget):
            crs = widget.crs()
            return crs if crs.isValid() else None
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            if isinstance(self.definitions[name], QgsProcessingParameterNumber):
                return float(text.replace(",", ".")) if text else None
            return text or None
        return None

    def values(self):
        return {name: self.value(name) for name in self.widgets}

    def set_value(self, name, value):
        """Set one widget; a layer may be given as a layer or a layer id of the project."""
        widget = self.widgets.get(name)
        if widget is None:
            return
        if isinstance(widget, QgsMapLayerComboBox):
            if isinstance(value, str):
                value = QgsProject.instance().mapLayer(value)
            if value is not None or widget.allowEmptyLayer():
                widget.setLayer(value)
        elif isinstance(widget, QgsFieldComboBox):
            widget.setField(value or "")
        elif isinstance(widget, QComboBox):
            index = 0 if value is None and widget.itemData(0) is None else widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QgsFileWidget):
            widget.setFilePath(value or "")
        elif isinstance(widget, QgsProjectionSelectionWidget):
            widget.setCrs(QgsCoordinateReferenceSystem(value or ""))
        elif isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))

    def to_json(self) -> str:
        """The values as JSON: layers by id, CRSs by authid."""
        stored = {}
        for name, value in self.values().items():
            if isinstance(value, QgsMapLayer):
                value = value.id()
            elif isinstance(value, QgsCoordinateReferenceSystem):
                value = value.authid()
            stored[name] = value
        return json.dumps(stored)

    def from_json(self, text: str) -> None:
        try:
            stored = json.loads(text)
        except ValueError:
            return
        # layers first, so the field combos know their fields before fields are set
        ordered = sorted(
            stored.items(),
            key=lambda item: not isinstance(self.widgets.get(item[0]), QgsMapLayerComboBox),
        )
        for name, value in ordered:
            try:
                self.set_value(name, value)
            except (TypeError, ValueError):
                continue


# -- the dialog ----------------------------------------------------------------------------


class AlgorithmDialog(BASE_CLASS, FORM_CLASS):
    """A dialog for one URFlow algorithm; subclasses name the algorithm and style outputs.

    Subclasses set ``ALGORITHM_ID`` and define :meth:`run_title` (the group name's first
    part), :meth:`output_titles` ({output key: layer title}, in layer-tree order),
    :meth:`style_output` (the algorithm's own style function) and :meth:`show_results`.
    Strings are translated in each class's own context: the base never calls a subclass's
    ``tr``.
    """

    ALGORITHM_ID = ""

    runFinished = pyqtSignal(bool)  # noqa: N815 - a run ended: True on success

    def __init__(self, iface=None, parent=None):
        super().__init__(parent or (iface.mainWindow() if iface is not None else None))
        self.setupUi(self)
        self.iface = iface
        self.algorithm = QgsApplication.processingRegistry().createAlgorithmById(self.ALGORITHM_ID)
        if self.algorithm is None:
            raise RuntimeError(f"{self.ALGORITHM_ID} is not registered")
        self.setObjectName(f"URFlowDialog_{self.algorithm.name()}")
        self.setWindowTitle(self.algorithm.displayName())
        self.setWindowIcon(self.algorithm.icon())
        self.descriptionLabel.setText(
            self.algorithm.shortDescription() or self.algorithm.displayName()
        )
        self.form = ParameterForm(
            self.algorithm, self.parametersLayout, self.advancedLayout, self.parametersContents
        )
        self.advancedGroupBox.setVisible(self.advancedLayout.rowCount() > 0)
        self.task = None
        self.context = None
        self.feedback = None
        self.last_group = None
        self.last_layers = {}
        self.last_results = None
        self.last_success = None
        self.runButton.clicked.connect(self.run)
        self.cancelButton.clicked.connect(self.cancel)
        self.restore_parameters()

    # parameters ------------------------------------------------------------------------

    def settings_key(self) -> str:
        return f"dialogs/{self.algorithm.name()}"

    def restore_parameters(self) -> None:
        text, ok = QgsProject.instance().readEntry(SCOPE, self.settings_key(), "")
        if ok and text:
            self.form.from_json(text)
        path, ok = QgsProject.instance().readEntry(SCOPE, self.settings_key() + "_geopackage", "")
        self.outputFileWidget.setFilePath(path if ok else "")

    def remember_parameters(self) -> None:
        QgsProject.instance().writeEntry(SCOPE, self.settings_key(), self.form.to_json())
        QgsProject.instance().writeEntry(
            SCOPE, self.settings_key() + "_geopackage", self.output_geopackage()
        )

    def output_geopackage(self) -> str:
        """The GeoPackage the outputs are written to; "" = temporary layers."""
        path = self.outputFileWidget.filePath().strip()
        if path and not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        return path

    def output_table(self, key) -> str:
        """A new table per output and run, e.g. ``hollowvillages_output_20261124_140312``:
        earlier runs and the file's other tables are never overwritten."""
        started = getattr(self, "run_started", datetime.datetime.now())
        return f"{self.algorithm.name()}_{key.lower()}_{started:%Y%m%d_%H%M%S}"

    def set_parameters(self, values: dict) -> None:
        """Fill the widgets (layers first); for scripts and tests."""
        for name, value in sorted(
            values.items(),
            key=lambda item: not isinstance(self.form.widgets.get(item[0]), QgsMapLayerComboBox),
        ):
            self.form.set_value(name, value)

    def parameters(self) -> dict:
        """The Processing parameters: the form's values and, per output, a temporary layer or
        a new table in the chosen GeoPackage."""
        parameters = {
            name: value for name, value in self.form.values().items() if value is not None
        }
        geopackage = self.output_geopackage()
        for definition in self.algorithm.destinationParameterDefinitions():
            if not geopackage:
                parameters[definition.name()] = QgsProcessing.TEMPORARY_OUTPUT
                continue
            table = self.output_table(definition.name())
            geometry = (
                ""
                if getattr(definition, "dataType", lambda: None)()
                == QgsProcessing.SourceType.TypeVector
                else " (geom)"
            )
            parameters[definition.name()] = QgsProcessingOutputLayerDefinition(
                f"ogr:dbname='{geopackage}' table=\"{table}\"{geometry}"
            )
        return parameters

    def check_geopackage(self):
        """None, or why the chosen GeoPackage cannot take the outputs."""
        path = self.output_geopackage()
        if not path:
            return None
        if "'" in path or '"' in path:
            return QCoreApplication.translate(
                "AlgorithmDialog",
                "The GeoPackage path {} contains a quote; choose another " "name.",
            ).format(path)
        if not Path(path).parent.is_dir():
            return QCoreApplication.translate(
                "AlgorithmDialog", "The folder of {} does not exist."
            ).format(path)
        return None

    # running ---------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.task is not None

    def run(self) -> bool:
        """Check the parameters and start the algorithm in the background; False if refused."""
        if self.is_running():
            return False
        self.messageBar.clearWidgets()
        self.statusLabel.clear()
        problem = self.check_geopackage()
        if problem:
            self.show_error(problem)
            return False
        self.run_started = datetime.datetime.now()
        parameters = self.parameters()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        ok, message = self.algorithm.checkParameterValues(parameters, context)
        if not ok:
            self.show_error(message)
            return False
        self.remember_parameters()
        self.context = context
        self.feedback = Feedback()
        self.feedback.progressChanged.connect(self._on_progress)
        self.feedback.message.connect(self._on_message)
        self.logText.clear()
        self.progressBar.setValue(0)
        self.task = QgsProcessingAlgRunnerTask(
            self.algorithm, parameters, self.context, self.feedback
        )
        self.task.executed.connect(self._on_executed)
        # A task canceled before it starts may end without ``executed``.
        self.task.taskTerminated.connect(self._on_terminated)
        self._set_running(True)
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()
        self.statusLabel.setText(QCoreApplication.translate("AlgorithmDialog", "Canceling …"))

    def _set_running(self, running: bool) -> None:
        self.runButton.setEnabled(not running)
        self.cancelButton.setEnabled(running)
        self.parametersContents.setEnabled(not running)

    @pyqtSlot(float)
    def _on_progress(self, value):
        self.progressBar.setValue(int(value))

    @pyqtSlot(str, int)
    def _on_message(self, text, level):
        prefix = {
            1: QCoreApplication.translate("AlgorithmDialog", "Warning: "),
            2: QCoreApplication.translate("AlgorithmDialog", "Error: "),
        }.get(level, "")
        self.logText.appendPlainText(prefix + text)

    def _on_terminated(self):
        QTimer.singleShot(
            0, lambda: self._on_executed(False, {}) if self.task is not None else None
        )

    def _on_executed(self, ok, results):
        if self.task is None:  # already handled
            return
        canceled = self.feedback is not None and self.feedback.isCanceled()
        errors = list(self.feedback.errors) if self.feedback is not None else []
        self.task = None  # owned and deleted by the task manager
        self._set_running(False)
        success = False
        try:
            if canceled:
                self.show_warning(
                    QCoreApplication.translate(
                        "AlgorithmDialog", "The run was canceled; nothing was added to the project."
                    )
                )
            elif not ok:
                message = "\n".join(errors) or QCoreApplication.translate(
                    "AlgorithmDialog", "The algorithm failed; see the Log tab."
                )
                self.show_error(message)
            else:
                self.last_results = dict(results)
                self.add_outputs(self.last_results)
                self.show_results(self.last_results)
                self.progressBar.setValue(100)
                self.statusLabel.setText(
                    QCoreApplication.translate(
                        "AlgorithmDialog", "Done: the outputs are in the layer group “{}”."
                    ).format(self.last_group.name())
                )
                success = True
        except Exception as error:  # noqa: BLE001 - shown in the dialog, never a traceback
            self.show_error(
                QCoreApplication.translate(
                    "AlgorithmDialog", "Could not show the results: {}"
                ).format(error)
            )
        finally:
            self.context = None
            self.feedback = None
        self.last_success = success
        self.runFinished.emit(success)

    # outputs ---------------------------------------------------------------------------

    def run_name(self) -> str:
        """The group name: the run's title and start time, e.g. "增减挂钩 2026-11-24 14:03"."""
        started = getattr(self, "run_started", datetime.datetime.now())
        return f"{self.run_title()} {started:%Y-%m-%d %H:%M}"

    def run_title(self) -> str:
        return self.algorithm.displayName()

    def output_titles(self) -> dict:
        return {
            definition.name(): definition.description()
            for definition in self.algorithm.destinationParameterDefinitions()
        }

    def add_outputs(self, results) -> None:
        """Take each output layer from the run and add it, styled, in a new group on top."""
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, self.run_name())
        self.last_group = group
        self.last_layers = {}
        for key, title in self.output_titles().items():
            value = results.get(key)
            if not value:
                continue
            layer = self.context.takeResultLayer(value) if isinstance(value, str) else None
            if layer is None and isinstance(value, str):  # a table in the GeoPackage
                layer = QgsVectorLayer(value, title, "ogr")
            if layer is None or not layer.isValid():
                continue
            layer.setName(title)
            self.style_output(key, layer)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            self.last_layers[key] = layer

    def style_output(self, key, layer) -> None:
        """Style one output; subclasses call the algorithm's own style functions."""

    def show_results(self, results) -> None:
        """Show a run's results in the dialog; subclasses add their own page."""

    # messages --------------------------------------------------------------------------

    def show_error(self, text) -> None:
        self._show(
            QCoreApplication.translate("AlgorithmDialog", "Error"), text, Qgis.MessageLevel.Critical
        )

    def show_warning(self, text) -> None:
        self._show(
            QCoreApplication.translate("AlgorithmDialog", "Warning"),
            text,
            Qgis.MessageLevel.Warning,
        )

    def _show(self, title, text, level) -> None:
        """In the message bar until closed, and in the status line."""
        self.messageBar.pushMessage(title, str(text), level, 0)
        self.statusLabel.setText(str(text))

    def reject(self):
        if self.is_running():
            self.cancel()
        super().reject()

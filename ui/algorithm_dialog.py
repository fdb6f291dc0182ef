"""The shared URFlow dialog: parameters, a background run, progress, cancel, styled outputs.

Dialogs never compute (DESIGN.md §1): they collect the parameters of one Processing
algorithm, run it with :class:`QgsProcessingAlgRunnerTask` in QGIS's task manager and add
what it wrote to the current project, in one layer group named after the run.
"""

import datetime
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessing,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal, pyqtSlot

from .parameters_panel import ORIGIN_PROPERTY, ParametersPanel

UI_DIR = Path(__file__).resolve().parent
FORM_CLASS, BASE_CLASS = uic.loadUiType(str(UI_DIR / "base_dialog.ui"))
SCOPE = "urflow"
#: Custom layer property: the parameters (JSON) of the dialog run that wrote a layer, so that
#: the next analysis can start from them (the siting dialog from a facility-gaps result).
PARAMETERS_PROPERTY = "urflow/run_parameters"


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


# -- the dialog ----------------------------------------------------------------------------


class AlgorithmDialog(BASE_CLASS, FORM_CLASS):
    """A dialog for one URFlow algorithm; subclasses name the algorithm and its outputs.

    The parameters are QGIS's own Processing widgets (:class:`ParametersPanel`). Subclasses
    set ``ALGORITHM_ID`` and define :meth:`run_title` (the group name's first part),
    :meth:`output_titles` ({output key: layer title}, in layer-tree order) and
    :meth:`show_results`. Outputs are styled by the algorithm's own post-processors, as when
    Processing loads them. Strings are translated in each class's own context: the base never
    calls a subclass's ``tr``.
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
        self.form = ParametersPanel(
            self.algorithm,
            self.parametersLayout,
            self.advancedLayout,
            self,
            iface=iface,
            message_bar=self.messageBar,
        )
        self.form.apply_defaults()
        # opened on an empty project: choose the layers when it is first shown with some
        self.needs_defaults = not QgsProject.instance().mapLayers()
        QgsProject.instance().readProject.connect(self._project_read)
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

    def showEvent(self, event):  # noqa: N802
        if self.needs_defaults and QgsProject.instance().mapLayers():
            self.needs_defaults = False
            self.form.apply_defaults()
        super().showEvent(event)

    def _project_read(self, *_args):
        """Another project: its layers, then its remembered parameters."""
        if self.is_running():
            return
        self.form.apply_defaults()
        self.restore_parameters()

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
        """Fill the widgets (layers first; fields not given follow their layer's defaults);
        for scripts and tests."""
        self.form.set_values(values)

    def parameters(self) -> dict:
        """The Processing parameters: the widgets' values and, per output, a temporary layer
        or a new table in the chosen GeoPackage, to be loaded into the project (so the
        algorithm attaches its style post-processors)."""
        parameters = self.form.values()
        geopackage = self.output_geopackage()
        titles = self.output_titles()
        for definition in self.algorithm.destinationParameterDefinitions():
            key = definition.name()
            if geopackage:
                table = self.output_table(key)
                geometry = (
                    ""
                    if getattr(definition, "dataType", lambda: None)()
                    == QgsProcessing.SourceType.TypeVector
                    else " (geom)"
                )
                sink = f"ogr:dbname='{geopackage}' table=\"{table}\"{geometry}"
            else:
                sink = QgsProcessing.TEMPORARY_OUTPUT
            output = QgsProcessingOutputLayerDefinition(sink, QgsProject.instance())
            output.destinationName = titles.get(key, definition.description())
            parameters[key] = output
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
        """Take each output layer from the run and add it in a new group on top, styled by
        the algorithm's post-processor (as QGIS does when Processing loads an output)."""
        project = QgsProject.instance()
        group = project.layerTreeRoot().insertGroup(0, self.run_name())
        self.last_group = group
        self.last_layers = {}
        for key, title in self.output_titles().items():
            value = results.get(key)
            if not value or not isinstance(value, str):
                continue
            layer = self.context.takeResultLayer(value)
            if layer is None:  # a table in the GeoPackage
                layer = QgsVectorLayer(value, title, "ogr")
            if not layer.isValid():
                continue
            layer.setName(title)
            layer.setCustomProperty(ORIGIN_PROPERTY, self.algorithm.name())
            layer.setCustomProperty(PARAMETERS_PROPERTY, self.form.to_json())
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            if self.context.willLoadLayerOnCompletion(value):
                processor = self.context.layerToLoadOnCompletionDetails(value).postProcessor()
                if processor is not None:
                    processor.postProcessLayer(layer, self.context, self.feedback)
            self.last_layers[key] = layer

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

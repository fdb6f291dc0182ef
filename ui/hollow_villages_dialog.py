"""The dialog of urflow:hollowvillages (空心村识别): parameters, weights preview, run."""

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ..core import hollow
from ..core.errors import URFlowError
from ..core.stats.composite import WEIGHTING_METHODS
from ..i18n import output_language
from .algorithm_dialog import AlgorithmDialog
from .weights_preview import (
    CENSUS_FIELDS,
    INDICATOR_FIELDS,
    PreviewProblem,
    WeightsPreviewTask,
    computable,
)

PAGE_CLASS, PAGE_BASE = uic.loadUiType(
    str(Path(__file__).resolve().parent / "hollow_villages_dialog.ui")
)


#: The columns of the indicators table.
ID, NAME, WEIGHT, ENTROPY, DIRECTION, SOURCE = range(6)
#: The parameters the previewed weights depend on besides the fields and layers.
WEIGHTING_PARAMETERS = ("WEIGHTING", "AHP_MATRIX", "CUSTOM_WEIGHTS", "COMBINED_ALPHA")


class IndicatorsPage(PAGE_BASE, PAGE_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class HollowVillagesDialog(AlgorithmDialog):
    ALGORITHM_ID = "urflow:hollowvillages"

    previewFinished = pyqtSignal(bool)  # noqa: N815 - a weights preview ended: True if shown

    def __init__(self, iface=None, parent=None):
        super().__init__(iface, parent)
        self.preview = {}
        self.preview_task = None
        self.page = IndicatorsPage(self)
        self.tabWidget.insertTab(1, self.page, self.tr("Indicators and weights"))
        table = self.page.indicatorsTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(True)  # long names and field pairs on two lines, rows follow
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
        self.page.previewButton.clicked.connect(self.preview_weights)
        self.form.valueChanged.connect(self._parameter_changed)
        self.fill_indicators()
        self.resize(800, 760)

    def tr(self, text):
        return QCoreApplication.translate("HollowVillagesDialog", text)

    def run_title(self):
        return self.tr("Hollow villages (空心村)")

    def output_titles(self):
        return {
            "OUTPUT": self.tr("Hollow villages (空心村)"),
            "WEIGHTS_TABLE": self.tr("Indicator weights"),
        }

    def _parameter_changed(self, name):
        if name.endswith("_FIELD") or name in ("VILLAGES", "SETTLEMENTS", "BUILDINGS"):
            self.clear_preview()
        elif name in WEIGHTING_PARAMETERS:
            self.clear_preview()
        elif name == "NIGHT_LIGHT":
            self.fill_indicators()

    def reject(self):
        if self.preview_task is not None:
            self.preview_task.cancel()
            self.preview_task = None
        super().reject()

    def clear_preview(self, *_args):
        self.preview = {}
        if self.preview_task is not None:
            self.preview_task.cancel()
            self.preview_task = None
        self.fill_indicators()

    # the indicators table -------------------------------------------------------------

    def source_text(self, indicator_id):
        if indicator_id in INDICATOR_FIELDS:
            fields = [self.form.value(key) for key in INDICATOR_FIELDS[indicator_id]]
            if indicator_id == "L2" and not fields[0] and self.form.value("SETTLEMENTS"):
                fields[0] = self.tr("settlement polygons")
            if all(fields):
                return " / ".join(fields)
            return self.tr("(not given)")
        if indicator_id == "A1":
            return (
                self.tr("night-time light raster")
                if self.form.value("NIGHT_LIGHT")
                else self.tr("(not given)")
            )
        return (
            self.tr("buildings layer") if self.form.value("BUILDINGS") else self.tr("(not given)")
        )

    def fill_indicators(self):
        zh = output_language() == "zh"
        table = self.page.indicatorsTable
        table.setRowCount(len(hollow.INDICATORS))
        for row, indicator in enumerate(hollow.INDICATORS):
            entropy, weight = self.preview.get(indicator.id, (None, None))
            direction = (
                self.tr("+ (higher = more hollow)")
                if indicator.direction > 0
                else self.tr("− (lower = more hollow)")
            )
            cells = {
                ID: indicator.id,
                NAME: indicator.name_zh if zh else indicator.name_en,
                WEIGHT: "" if weight is None else f"{weight:.4f}",
                ENTROPY: "" if entropy is None else f"{entropy:.4f}",
                DIRECTION: "+" if indicator.direction > 0 else "−",  # the words: tooltip
                SOURCE: self.source_text(indicator.id),
            }
            tips = {
                NAME: f"{indicator.name_zh} {indicator.name_en}: {indicator.formula}",
                DIRECTION: direction,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(tips.get(column, text))
                if column == DIRECTION:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignCenter))
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def preview_weights(self) -> bool:
        """Start the weights preview (the core entry, with the method chosen in the
        parameters) in a background task; False if refused."""
        self.messageBar.clearWidgets()
        layer = self.form.layer("VILLAGES")
        if not isinstance(layer, QgsVectorLayer):
            self.show_error(self.tr("Choose a village layer first."))
            return False
        fields = {key: self.form.value(key) for key in CENSUS_FIELDS}
        if not computable(fields):
            self.show_error(
                self.tr(
                    "No indicator can be computed from the chosen fields: choose at least "
                    "the registered and resident population fields or the homestead fields."
                )
            )
            return False
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        try:  # reads the method parameters only: nothing is computed here
            options = self.algorithm.method_options(self.form.values(), context)
        except URFlowError as error:
            self.show_error(self.tr("Cannot preview the weights: {}").format(error))
            return False
        if self.preview_task is not None:
            self.preview_task.cancel()
        value = self.form.value("VILLAGES")
        selected = (
            isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly
        )
        self.preview = {}
        self.fill_indicators()
        self.page.previewButton.setEnabled(False)
        self.statusLabel.setText(self.tr("Computing the weights …"))
        self.preview_task = WeightsPreviewTask(
            self.tr("Previewing hollow-village weights"),
            layer,
            fields,
            self.form.value("VILLAGE_ID_FIELD"),
            options,
            self._preview_done,
            selected_only=selected,
        )
        self.preview_layer_name = layer.name()
        QgsApplication.taskManager().addTask(self.preview_task)
        return True

    def _preview_done(self, task):
        if task is not self.preview_task:  # an older preview: its parameters changed since
            return
        self.preview_task = None
        self.page.previewButton.setEnabled(True)
        shown = task.result is not None
        if shown:
            result = task.result
            self.preview = {
                name: (None if entropy != entropy else float(entropy), float(weight))
                for name, entropy, weight in zip(result.names, result.entropy, result.weights)
            }
            self.fill_indicators()
            text = self.tr(
                "Weights by {method} previewed on {count} villages of “{layer}”."
            ).format(
                method=self.method_name(result.weighting),
                count=result.villages,
                layer=self.preview_layer_name,
            )
            self.statusLabel.setText(text)
        elif isinstance(task.error, PreviewProblem):
            self.show_error(
                self.tr("Cannot preview the weights: the layer has no field {}.").format(
                    task.error.detail
                )
            )
        elif task.error is not None:
            self.show_error(self.tr("Cannot preview the weights: {}").format(task.error))
        else:
            self.statusLabel.clear()
        self.previewFinished.emit(shown)

    def method_name(self, weighting) -> str:
        """The WEIGHTING option's label (as the parameter shows it) of a method id."""
        options = self.algorithm.parameterDefinition("WEIGHTING").options()
        index = WEIGHTING_METHODS.index(weighting)
        return options[index] if index < len(options) else weighting

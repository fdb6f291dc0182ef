"""The dialog of urflow:hollowvillages (空心村识别): parameters, weights preview, run."""

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ..core import hollow
from ..core.errors import URFlowError
from ..i18n import output_language
from ..processing_provider.layers import read_features
from ..processing_provider.villages import detect_hollow_villages as algorithm_module
from ..processing_provider.villages import hollow_style
from .algorithm_dialog import AlgorithmDialog

PAGE_CLASS, PAGE_BASE = uic.loadUiType(
    str(Path(__file__).resolve().parent / "hollow_villages_dialog.ui")
)
# The field parameters each field-based indicator reads (as the algorithm's _indicators).
INDICATOR_FIELDS = {
    "P1": ("REGISTERED_POP_FIELD", "RESIDENT_POP_FIELD"),
    "P2": ("ELDERLY_POP_FIELD", "RESIDENT_POP_FIELD"),
    "P3": ("OUTMIGRANT_FIELD", "WORKING_AGE_FIELD"),
    "L1": ("IDLE_HOMESTEADS_FIELD", "HOMESTEADS_FIELD"),
    "L2": ("SETTLEMENT_AREA_FIELD", "RESIDENT_POP_FIELD"),
    "L3": ("MULTI_HOMESTEAD_FIELD", "HOUSEHOLDS_FIELD"),
    "L4": ("OVER_STANDARD_FIELD", "HOUSEHOLDS_FIELD"),
}


class IndicatorsPage(PAGE_BASE, PAGE_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class HollowVillagesDialog(AlgorithmDialog):
    ALGORITHM_ID = "urflow:hollowvillages"

    def __init__(self, iface=None, parent=None):
        super().__init__(iface, parent)
        self.preview = {}
        self.page = IndicatorsPage(self)
        self.tabWidget.insertTab(1, self.page, self.tr("Indicators and weights"))
        header = self.page.indicatorsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.page.previewButton.clicked.connect(self.preview_weights)
        for name, widget in self.form.widgets.items():
            if name.endswith("_FIELD") or name == "VILLAGES":
                signal = getattr(widget, "fieldChanged", None) or getattr(
                    widget, "layerChanged", None
                )
                if signal is not None:
                    signal.connect(self.clear_preview)
        self.fill_indicators()
        self.resize(780, 680)

    def tr(self, text):
        return QCoreApplication.translate("HollowVillagesDialog", text)

    def run_title(self):
        return self.tr("Hollow villages (空心村)")

    def output_titles(self):
        return {
            "OUTPUT": self.tr("Hollow villages (空心村)"),
            "WEIGHTS_TABLE": self.tr("Indicator weights"),
        }

    def style_output(self, key, layer):
        label_field = self.form.value("VILLAGE_NAME_FIELD") or self.form.value("VILLAGE_ID_FIELD")
        hollow_style.style_output(key, layer, output_language(), label_field)

    def clear_preview(self, *_args):
        self.preview = {}
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
            cells = [
                indicator.id,
                "" if weight is None else f"{weight:.4f}",
                "" if entropy is None else f"{entropy:.4f}",
                self.tr("+ (higher = more hollow)")
                if indicator.direction > 0
                else self.tr("− (lower = more hollow)"),
                self.source_text(indicator.id),
                indicator.name_zh if zh else f"{indicator.name_en} ({indicator.name_zh})",
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))

    def preview_weights(self) -> bool:
        """Weights on the layer's field-based indicators, through the algorithm's own path."""
        self.messageBar.clearWidgets()
        layer = self.form.value("VILLAGES")
        if layer is None:
            self.show_error(self.tr("Choose a village layer first."))
            return False
        parameters = self.parameters()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        algorithm = self.algorithm.create()
        try:
            options = algorithm.method_options(parameters, context)
            fields = {
                key: parameters.get(key) or ""
                for key in algorithm_module.POPULATION_FIELDS + algorithm_module.COUNT_FIELDS
            }
            source = QgsProcessingFeatureSource(layer, context)
            table = read_features(
                source,
                layer.crs(),
                context,
                feedback,
                numeric=[f for f in fields.values() if f],
                geometry=False,
            )
            columns = {
                key: table.numeric[field] if field else None for key, field in fields.items()
            }
            indicators = algorithm._indicators(columns, feedback)
            evaluation = algorithm._evaluate(
                indicators, options, [str(fid) for fid in table.fids], feedback
            )
        except (URFlowError, QgsProcessingException) as error:
            self.show_error(self.tr("Cannot preview the weights: {}").format(error))
            return False
        self.preview = {
            name: (None if entropy != entropy else float(entropy), float(weight))
            for name, entropy, weight in zip(indicators, evaluation.entropy, evaluation.weights)
        }
        self.fill_indicators()
        self.statusLabel.setText(
            self.tr("Weights ({}) previewed on {} villages of “{}”.").format(
                evaluation.weighting, len(table), layer.name()
            )
        )
        return True

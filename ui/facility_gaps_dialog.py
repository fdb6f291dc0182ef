"""The dialog of urflow:facilitygaps (公共服务设施缺口): parameters, run, standards table."""

import json
from pathlib import Path

from qgis.core import QgsVectorLayer
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QFileDialog, QHeaderView, QPushButton, QTableWidgetItem

from ..about import resource_path
from ..core.access.standards import load_facility_standards
from ..core.errors import URFlowError
from ..i18n import output_language, term
from . import defaults
from .algorithm_dialog import AlgorithmDialog
from .parameters_panel import field_candidates, layer_names

NATIONAL_STANDARDS = resource_path("standards", "china_national.csv")
PAGE_CLASS, PAGE_BASE = uic.loadUiType(
    str(Path(__file__).resolve().parent / "facility_gaps_dialog.ui")
)


class StandardsPage(PAGE_BASE, PAGE_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


class FacilityGapsDialog(AlgorithmDialog):
    ALGORITHM_ID = "urflow:facilitygaps"

    def __init__(self, iface=None, parent=None):
        super().__init__(iface, parent)
        self.standards = {}
        self.page = StandardsPage(self)
        self.tabWidget.insertTab(1, self.page, self.tr("Standards (配置标准)"))
        table = self.page.standardsTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        rows = table.verticalHeader()
        rows.setMinimumSectionSize(table.fontMetrics().height())
        rows.setDefaultSectionSize(table.fontMetrics().height() + 1)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.standardsLayout.setStretchFactor(table, 1)
        self.page.standardsTable.itemSelectionChanged.connect(self.show_standard)
        self.page.loadTableButton.clicked.connect(self.choose_table)
        self.page.nationalTableButton.clicked.connect(
            lambda: self.load_standards(NATIONAL_STANDARDS)
        )
        self.page.useStandardButton.clicked.connect(self.use_standard)
        path = self.form.value("STANDARDS_TABLE") or NATIONAL_STANDARDS
        if not self.load_standards(path):
            self.load_standards(NATIONAL_STANDARDS)
        if not self.form.value("STANDARD"):
            self.suggest_standard()
        self.form.valueChanged.connect(self._parameter_changed)
        self.siting_dialog = None
        self.sitingButton = QPushButton(self.tr("Site new facilities…"), self)  # noqa: N815
        self.sitingButton.setObjectName("sitingButton")
        self.sitingButton.setToolTip(
            self.tr(
                "Open facility siting with this run's villages as the demand, its standard, "
                "population field and road network"
            )
        )
        self.sitingButton.clicked.connect(self.open_siting)
        self.buttonLayout.insertWidget(
            self.buttonLayout.indexOf(self.cancelButton), self.sitingButton
        )
        self.resize(800, 820)

    def tr(self, text):
        return QCoreApplication.translate("FacilityGapsDialog", text)

    def run_title(self):
        return self.tr("Facility gaps (设施缺口)")

    def output_titles(self):
        return {
            "OUTPUT_FACILITIES": self.tr("Facilities: catchment and load"),
            "OUTPUT_DEMAND": self.tr("Villages: access and gaps"),
            "OUTPUT_ZONES": self.tr("Zones: coverage and deficit"),
        }

    def open_siting(self):
        """The facility-siting dialog, started from this dialog's last demand output (else the
        project's newest facility-gaps result) and this dialog's parameters."""
        from .facility_siting_dialog import FacilitySitingDialog

        if self.siting_dialog is None:
            self.siting_dialog = FacilitySitingDialog(self.iface, self)
        layer = self.last_layers.get("OUTPUT_DEMAND")
        parameters = json.loads(self.form.to_json()) if layer is not None else None
        if not self.siting_dialog.start_from_gaps(layer, parameters):
            self.siting_dialog.start_from_gaps()
        self.siting_dialog.show()
        self.siting_dialog.raise_()
        self.siting_dialog.activateWindow()
        return self.siting_dialog

    def _parameter_changed(self, name):
        if name in ("FACILITIES", "DEMAND"):
            self.suggest_standard()

    # the standards table -------------------------------------------------------------

    def choose_table(self):
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a standards table"),
            str(Path(NATIONAL_STANDARDS).parent),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.load_standards(path)

    def load_standards(self, path) -> bool:
        """Show the presets of ``path``; a bad table is an error in the dialog."""
        try:
            standards = load_facility_standards(path)
        except (URFlowError, OSError, UnicodeDecodeError) as error:
            self.show_error(self.tr("Cannot read the standards table {}: {}").format(path, error))
            return False
        self.standards = standards
        national = Path(path).resolve() == Path(NATIONAL_STANDARDS).resolve()
        self.page.tablePathEdit.setText(
            self.tr("National presets (china_national.csv)") if national else str(path)
        )
        self.form.set_value("STANDARDS_TABLE", "" if national else str(path))
        language = output_language()
        zh = language == "zh"
        table = self.page.standardsTable
        table.setRowCount(len(standards))
        for row, standard in enumerate(standards.values()):
            cells = [
                standard.facility_zh if zh else standard.facility_en,
                standard.text("level", language),
                f"{self.threshold_text(standard)} · {term(standard.travel_mode)}",
                ""
                if standard.provision_per_1000 is None
                else f"{standard.provision_per_1000:g} {term(standard.provision_unit)}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, standard.id)
                item.setToolTip(f"{standard.facility_zh} {standard.facility_en} — {standard.id}")
                table.setItem(row, column, item)
        current = self.form.value("STANDARD")
        ids = list(standards)
        table.selectRow(ids.index(current) if current in ids else 0)
        self.show_standard()
        return True

    def threshold_text(self, standard):
        unit = self.tr("m") if standard.cost_unit == "meters" else self.tr("min")
        return f"{standard.threshold:g} {unit}"

    def selected_standard(self):
        items = self.page.standardsTable.selectedItems()
        if not items:
            return None
        return self.standards.get(items[0].data(Qt.ItemDataRole.UserRole))

    def show_standard(self):
        standard = self.selected_standard()
        page = self.page
        page.useStandardButton.setEnabled(standard is not None)
        if standard is None:
            for label in (
                page.idValue,
                page.thresholdValue,
                page.provisionValue,
                page.sourceValue,
                page.noteValue,
            ):
                label.clear()
            return
        language = output_language()
        page.idValue.setText(standard.id)
        page.idValue.setFixedWidth(page.idValue.fontMetrics().horizontalAdvance(standard.id) + 12)
        page.thresholdValue.setText(
            f"— {standard.threshold:g} {term(standard.cost_unit)} · {term(standard.travel_mode)}"
        )
        page.provisionValue.setText(
            self.tr("not set")
            if standard.provision_per_1000 is None
            else self.tr("{} {} per 1000 people ({})").format(
                f"{standard.provision_per_1000:g}",
                term(standard.provision_unit),
                term(standard.population_basis),
            )
        )
        page.sourceValue.setText(
            self.tr("{}, {}").format(standard.source, standard.text("clause", language))
        )
        page.noteValue.setText(
            " — ".join(
                text for text in (term(standard.status), standard.text("note", language)) if text
            )
        )

    def use_standard(self):
        """Put the selected preset's id in STANDARD; explicit values stay unset so it wins."""
        standard = self.selected_standard()
        if standard is None:
            return
        self.choose_standard(standard)
        for key in ("TRAVEL_MODE", "COST_UNIT", "THRESHOLD", "PROVISION_PER_1000"):
            self.form.set_value(key, None)
        self.tabWidget.setCurrentIndex(0)

    def choose_standard(self, standard):
        """STANDARD = ``standard``, its row selected, and the demand's population field the
        one its provision counts (people aged 60+, children 6–11, …) when the layer has it."""
        self.form.set_value("STANDARD", standard.id)
        self.select_row(standard.id)
        demand = self.form.layer("DEMAND")
        rule = defaults.BASIS_FIELD_RULES.get(standard.population_basis)
        if isinstance(demand, QgsVectorLayer) and rule is not None:
            field = defaults.best_field(
                "POPULATION_FIELD", field_candidates(demand), numeric_only=True, rule=rule
            )
            if field:
                self.form.set_value("POPULATION_FIELD", field)

    def suggest_standard(self):
        """Choose the standard for the facilities' kind (by the layer's name), at the village
        and township level unless the demand is urban (residential districts)."""
        facilities = self.form.layer("FACILITIES")
        if facilities is None:
            return None
        demand = self.form.layer("DEMAND")
        rural = demand is None or not defaults.is_urban(layer_names(demand))
        rows = [
            (
                standard.id,
                (
                    standard.facility_en,
                    standard.facility_zh,
                    standard.level,
                    standard.level_zh,
                ),
            )
            for standard in self.standards.values()
        ]
        chosen = defaults.best_standard(
            defaults.facility_kind(layer_names(facilities)), rows, rural
        )
        if chosen is not None:
            self.choose_standard(self.standards[chosen])
        return chosen

    def select_row(self, standard_id):
        ids = list(self.standards)
        if standard_id in ids:
            self.page.standardsTable.selectRow(ids.index(standard_id))

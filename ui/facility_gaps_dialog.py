"""The dialog of urflow:facilitygaps (公共服务设施缺口): parameters, run, standards table."""

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem

from ..core.access.standards import load_facility_standards
from ..core.errors import URFlowError
from ..i18n import output_language, term
from ..processing_provider.services import gap_style
from ..processing_provider.services.analyse_facility_gaps import NATIONAL_STANDARDS
from .algorithm_dialog import AlgorithmDialog

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
        header = self.page.standardsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.page.standardsTable.itemSelectionChanged.connect(self.show_standard)
        self.page.loadTableButton.clicked.connect(self.choose_table)
        self.page.nationalTableButton.clicked.connect(
            lambda: self.load_standards(NATIONAL_STANDARDS)
        )
        self.page.useStandardButton.clicked.connect(self.use_standard)
        table = self.form.value("STANDARDS_TABLE") or NATIONAL_STANDARDS
        if not self.load_standards(table):
            self.load_standards(NATIONAL_STANDARDS)
        self.resize(780, 680)

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

    def style_output(self, key, layer):
        gap_style.style_output(key, layer, output_language())

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
            facility = (
                standard.facility_zh if zh else f"{standard.facility_en} ({standard.facility_zh})"
            )
            cells = [
                facility,
                standard.text("level", language),
                self.threshold_text(standard),
                term(standard.travel_mode),
                ""
                if standard.provision_per_1000 is None
                else f"{standard.provision_per_1000:g} {term(standard.provision_unit)}",
                standard.id,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, standard.id)
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
                page.thresholdValue,
                page.modeValue,
                page.provisionValue,
                page.sourceValue,
                page.noteValue,
            ):
                label.clear()
            return
        language = output_language()
        page.thresholdValue.setText(f"{standard.threshold:g} {term(standard.cost_unit)}")
        page.modeValue.setText(term(standard.travel_mode))
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
        self.form.set_value("STANDARD", standard.id)
        for key in ("TRAVEL_MODE", "COST_UNIT", "THRESHOLD", "PROVISION_PER_1000"):
            self.form.set_value(key, None)
        self.tabWidget.setCurrentIndex(0)

"""The dialog of urflow:landquotalinkage (增减挂钩): parameters, run, and the balance sheet."""

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from .algorithm_dialog import AlgorithmDialog

PAGE_CLASS, PAGE_BASE = uic.loadUiType(str(Path(__file__).resolve().parent / "linkage_dialog.ui"))
PASS_COLOUR = "#c7e9c0"
FAIL_COLOUR = "#fcbba1"
SOFT_FAIL_COLOUR = "#fee6ce"  # a failed rule that is not required


class BalancePage(PAGE_BASE, PAGE_CLASS):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setupUi(self)


def passed(row) -> bool:
    """A rule row passed: its ``passed`` code is 1 (a NULL or missing code is no pass)."""
    try:
        return float(row.get("passed")) != 0
    except (TypeError, ValueError):  # NULL
        return False


def number_text(value, decimals=2):
    if value is None or str(value) == "NULL":
        return ""
    value = float(value)
    if value == int(value) and abs(value) < 1e12:
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}"


class LinkageDialog(AlgorithmDialog):
    ALGORITHM_ID = "urflow:landquotalinkage"

    def __init__(self, iface=None, parent=None):
        super().__init__(iface, parent)
        self.balance_rows = []
        self.page = BalancePage(self)
        self.tabWidget.insertTab(1, self.page, self.tr("Balance sheet"))
        table = self.page.balanceTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # long labels: tooltip
        header.setStretchLastSection(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 4)
        self.page.groupFilterCombo.currentIndexChanged.connect(self.fill_table)
        self.page.rulesOnlyCheckBox.toggled.connect(self.fill_table)
        self.resize(800, 760)

    def tr(self, text):
        return QCoreApplication.translate("LinkageDialog", text)

    def run_title(self):
        return self.tr("Land-quota linkage (增减挂钩)")

    def output_titles(self):
        return {
            "OUTPUT_PAIRS": self.tr("Quota pairs (挂钩指标流向)"),
            "OUTPUT_CONSTRUCTION": self.tr("Construction parcels (建新地块)"),
            "OUTPUT_DEMOLITION": self.tr("Demolition parcels (拆旧地块)"),
            "OUTPUT_BALANCE": self.tr("Balance sheet (挂钩平衡表)"),
        }

    # the balance sheet ---------------------------------------------------------------

    def show_results(self, results):
        table = self.last_layers.get("OUTPUT_BALANCE")
        self.balance_rows = []
        if table is not None:
            names = table.fields().names()
            for feature in table.getFeatures():
                self.balance_rows.append(dict(zip(names, feature.attributes())))
        groups = []
        for row in self.balance_rows:
            if row["group"] not in groups:
                groups.append(row["group"])
        combo = self.page.groupFilterCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for group in groups:
            combo.addItem(str(group), group)
        if groups:  # the total: the group of the last row
            combo.setCurrentIndex(combo.findData(self.balance_rows[-1]["group"]))
        combo.blockSignals(False)
        self.fill_table()
        rules = [row for row in self.balance_rows if row["kind"] == "rule"]
        failed = [row for row in rules if not passed(row)]
        status = {
            "optimal": self.tr("proven optimal"),
            "time_limit": self.tr("time limit reached, best plan found"),
            "infeasible": self.tr("no feasible plan"),
            "solver_error": self.tr("the solver failed; best plan known"),
        }.get(results.get("STATUS"), results.get("STATUS", ""))
        if results.get("DIAGNOSIS"):
            self.show_warning(results["DIAGNOSIS"])
        if failed:
            verdict = self.tr("{} of {} rule checks fail").format(len(failed), len(rules))
        else:
            verdict = self.tr("all {} rule checks pass").format(len(rules))
        self.page.summaryLabel.setText(
            self.tr(
                "Solver status: {status}; {verdict}. Quota {quota} ha, construction {built} ha, "
                "net new cultivated land {net} ha."
            ).format(
                status=status,
                verdict=verdict,
                quota=number_text(results.get("QUOTA_HA")),
                built=number_text(results.get("CONSTRUCTION_HA")),
                net=number_text(results.get("NET_CULTIVATED_HA")),
            )
        )
        self.tabWidget.setCurrentWidget(self.page)

    def fill_table(self, *_args):
        group = self.page.groupFilterCombo.currentData()
        rules_only = self.page.rulesOnlyCheckBox.isChecked()
        rows = [
            row
            for row in self.balance_rows
            if (group is None or row["group"] == group)
            and (not rules_only or row["kind"] == "rule")
        ]
        table = self.page.balanceTable
        table.setColumnHidden(0, group is not None)  # one project area: named in the filter
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            rule = row["kind"] == "rule"
            relation = ""
            if rule and row.get("relation") not in (None, "NULL"):
                relation = f"{row['relation']} {number_text(row.get('limit'))}"
            # the verdict next to the item, so it is seen without scrolling
            cells = [
                str(row["group"]),
                str(row["label"]),
                "" if row["result"] in (None, "NULL") else str(row["result"]),
                number_text(row["value"]),
                number_text(row["value_mu"]),
                "" if row["unit"] in (None, "NULL") else str(row["unit"]),
                relation,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in (3, 4):
                    item.setTextAlignment(
                        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    )
                if rule or row["kind"] == "diagnosis":  # no plan: the reason in red
                    ok = passed(row)
                    required = row.get("required") not in (0, "0")
                    colour = PASS_COLOUR if ok else (FAIL_COLOUR if required else SOFT_FAIL_COLOUR)
                    item.setBackground(QBrush(QColor(colour)))
                    item.setData(Qt.ItemDataRole.UserRole, ok)
                table.setItem(r, c, item)

"""The dialog of urflow:settlementconsolidation (村庄撤并与中心村布局).

Smart defaults beyond those of every dialog (ui/defaults.py): SETTLEMENTS is the natural-village
layer (自然村, natural_villages, ZRC; points before polygons) rather than the hollow analysis'
settlement land; its id, residents, settlement-land, κ and administrative-village fields are
found by their English and Chinese names; and when a result of urflow:villageclassification is
in the project (its ``class_code`` and ``class_label`` fields) it is preselected as
VILLAGE_CLASSES, so the villages classified 搬迁撤并 move and 特色保护 ones stay.
"""

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel

from . import defaults
from .algorithm_dialog import AlgorithmDialog
from .parameters_panel import ORIGIN_PROPERTY, field_candidates

#: Fields of a village-classification output (OUTPUT of urflow:villageclassification).
CLASSES_FIELDS = ("class_code", "class_label")
#: Fields of SETTLEMENTS chosen by the dialog's own rules (other analyses share the names).
OWN_FIELDS = tuple(defaults.SETTLEMENT_FIELD_RULES)


def is_classes_output(layer) -> bool:
    """Whether ``layer`` holds classified villages (urflow:villageclassification)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    names = layer.fields().names()
    return all(name in names for name in CLASSES_FIELDS)


def classes_layers(project=None):
    """The project's village-classification outputs in layer-tree order, those a URFlow
    dialog or Processing marked as such first."""
    project = project or QgsProject.instance()
    found = [
        node.layer()
        for node in project.layerTreeRoot().findLayers()
        if is_classes_output(node.layer())
    ]
    return sorted(
        found,
        key=lambda layer: layer.customProperty(ORIGIN_PROPERTY, "") != "villageclassification",
    )


class SettlementConsolidationDialog(AlgorithmDialog):
    ALGORITHM_ID = "urflow:settlementconsolidation"

    def __init__(self, iface=None, parent=None):
        super().__init__(iface, parent)
        self.classes_layer = None
        self.sourceLabel = QLabel(self)  # noqa: N815 - named like the .ui widgets
        self.sourceLabel.setObjectName("sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.mainLayout.insertWidget(2, self.sourceLabel)
        self.sourceLabel.setVisible(False)
        self.form.valueChanged.connect(self._value_changed)
        if not self.remembered():
            self.choose_defaults()
        self.resize(880, 860)  # the English labels are long: no horizontal scrolling

    def tr(self, text):
        return QCoreApplication.translate("SettlementConsolidationDialog", text)

    def run_title(self):
        return self.tr("Settlement consolidation (村庄撤并)")

    def output_titles(self):
        return {
            "OUTPUT_SETTLEMENTS": self.tr("Settlements: stay, central, move, protected"),
            "OUTPUT_CENTRAL": self.tr("Central villages (中心村)"),
            "OUTPUT_MOVES": self.tr("Moves → central villages"),
            "OUTPUT_DEMOLITION": self.tr("Released settlement land (拆旧)"),
        }

    def remembered(self) -> bool:
        text, _ok = QgsProject.instance().readEntry("urflow", self.settings_key(), "")
        return bool(text)

    def _project_read(self, *args):
        super()._project_read(*args)
        if not self.remembered():
            self.choose_defaults()

    def showEvent(self, event):  # noqa: N802
        prefill = self.needs_defaults and bool(QgsProject.instance().mapLayers())
        super().showEvent(event)
        if prefill:
            self.choose_defaults()

    # defaults --------------------------------------------------------------------------

    def choose_defaults(self):
        """Natural villages as SETTLEMENTS, their fields, the village classes; the label says
        what was chosen. False when the project has no settlement layer."""
        choice = defaults.best_layer(
            "SETTLEMENTS",
            self.form.layer_candidates(),
            self.form.accepted_geometries("SETTLEMENTS"),
            rule=defaults.NATURAL_VILLAGES,
        ) or self.form.layer("SETTLEMENTS")
        if choice is None:
            return False
        self.form.set_value("SETTLEMENTS", choice)
        self.choose_own_fields()
        self.choose_classes()
        self.show_source()
        return True

    def choose_own_fields(self):
        """The administrative-village and priority fields of SETTLEMENTS by the dialog's own
        rules (never the settlement's own id); unset when no field matches."""
        layer = self.form.layer("SETTLEMENTS")
        if not isinstance(layer, QgsVectorLayer):
            return
        for key in OWN_FIELDS:
            numeric = key == "PRIORITY_FIELD"
            field = defaults.best_field(
                key,
                field_candidates(layer),
                numeric_only=numeric,
                rule=defaults.SETTLEMENT_FIELD_RULES[key],
            )
            self.form.set_value(key, field)

    def choose_classes(self):
        """VILLAGE_CLASSES = the project's village-classification output, unless the
        settlements carry the class themselves (CLASS_FIELD)."""
        self.classes_layer = None
        if self.form.value("CLASS_FIELD"):
            self.form.set_value("VILLAGE_CLASSES", None)
            return
        found = classes_layers()
        if not found:
            return
        self.classes_layer = found[0]
        self.form.set_value("VILLAGE_CLASSES", self.classes_layer)
        if not self.form.value("VILLAGE_CLASSES_ID_FIELD"):
            self.form.apply_field_default("VILLAGE_CLASSES_ID_FIELD")

    def _value_changed(self, name):
        if name == "SETTLEMENTS":
            self.choose_own_fields()
        if name in ("SETTLEMENTS", "VILLAGE_CLASSES", "CLASS_FIELD") and self.isVisible():
            self.show_source()

    def show_source(self):
        layer = self.form.layer("SETTLEMENTS")
        if layer is None:
            self.sourceLabel.setVisible(False)
            return
        classes = self.form.layer("VILLAGE_CLASSES")
        if self.form.value("CLASS_FIELD"):
            rule = self.tr("their village class from the field {}").format(
                self.form.value("CLASS_FIELD")
            )
        elif classes is not None:
            rule = self.tr(
                "village classes from “{layer}” (搬迁撤并 villages move, 特色保护 villages stay)"
            ).format(layer=classes.name())
        else:
            rule = self.tr(
                "no village classification in the project: only settlements below the smallest "
                "population to keep move (run 村庄分类 first)"
            )
        self.sourceLabel.setText(
            self.tr(
                "Settlements: “{layer}” (id {id}, residents {population}, village {village}); "
                "{rule}."
            ).format(
                layer=layer.name(),
                id=self.form.value("SETTLEMENT_ID_FIELD") or "—",
                population=self.form.value("POPULATION_FIELD") or "—",
                village=self.form.value("VILLAGE_ID_FIELD") or "—",
                rule=rule,
            )
        )
        self.sourceLabel.setVisible(True)

    # results -------------------------------------------------------------------------

    def show_results(self, results):
        status = results.get("STATUS", "")
        central = results.get("CENTRAL_IDS") or []
        self.logText.appendPlainText(
            self.tr(
                "{status}: {n} central villages ({ids}); {moved} residents of {count} "
                "settlements move; released {released} ha, new land {new} ha, net {net} ha."
            ).format(
                status=status,
                n=len(central),
                ids=", ".join(central) or "—",
                moved=_number(results.get("MOVED_POP")),
                count=results.get("MOVED_COUNT", 0),
                released=_number(results.get("RELEASED_HA"), 2),
                new=_number(results.get("NEW_LAND_HA"), 2),
                net=_number(results.get("NET_RELEASED_HA"), 2),
            )
        )
        unplaced = results.get("UNPLACED_IDS") or []
        if status == "infeasible" or unplaced:
            self.show_warning(
                self.tr(
                    "No plan moves every settlement that must move. Without an admissible "
                    "central village: {}. Raise the largest move cost or the number of "
                    "central villages."
                ).format(", ".join(unplaced) or "—")
            )


def _number(value, decimals=0):
    if value is None:
        return "—"
    return f"{float(value):,.{decimals}f}"

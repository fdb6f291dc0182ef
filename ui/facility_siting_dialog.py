"""The dialog of urflow:facilitysiting (公共服务设施布局优化), started from a facility-gaps result.

When a demand output of urflow:facilitygaps (villages with ``gap_class``) is in the project, the
dialog takes it as DEMAND and carries over what that run used: its population field, standard
or threshold, travel mode and road network. They are read, best first, from what the
facility-gaps dialog passes (its "Site new facilities…" button), from the run's parameters kept
on the layer (:data:`PARAMETERS_PROPERTY`, written by every URFlow dialog) and from the layer's
own ``standard_id`` field. The candidates layer is chosen by name and geometry (ui/defaults.py).
"""

import json

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QLabel

from ..core.access import NATIONAL_STANDARDS
from ..core.access.standards import load_facility_standards
from ..core.errors import URFlowError
from ..i18n import output_language
from . import defaults
from .algorithm_dialog import PARAMETERS_PROPERTY, AlgorithmDialog
from .parameters_panel import ORIGIN_PROPERTY, field_candidates

#: Fields of a facility-gaps demand output (OUTPUT_DEMAND of urflow:facilitygaps).
GAPS_FIELDS = ("gap_class", "nearest_cost", "covered")
#: Parameters of the facility-gaps run that mean the same in the siting run.
CARRIED = (
    "STANDARD",
    "STANDARDS_TABLE",
    "THRESHOLD",
    "TRAVEL_MODE",
    "COST_UNIT",
    "NETWORK",
    "SPEED_FIELD",
    "ROAD_CLASS_FIELD",
    "DIRECTION_FIELD",
    "SNAP_TOLERANCE",
    "DETOUR_FACTOR",
    "TARGET_CRS",
)
LSCP = 0  # MODEL: fewest new sites so that every coverable village is within the threshold
CURVE_FROM_GAPS = 5  # the curve solved up to 5 new sites, unless asked for more


def is_gaps_output(layer) -> bool:
    """Whether ``layer`` is a demand output of urflow:facilitygaps (villages with gap fields)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        return False
    names = layer.fields().names()
    return all(name in names for name in GAPS_FIELDS)


def gaps_layers(project=None):
    """The facility-gaps demand outputs of the project in layer-tree order (the newest run's
    group is on top): those the facility-gaps dialog wrote first."""
    project = project or QgsProject.instance()
    found = [
        node.layer()
        for node in project.layerTreeRoot().findLayers()
        if is_gaps_output(node.layer())
    ]
    return sorted(
        found, key=lambda layer: layer.customProperty(ORIGIN_PROPERTY, "") != "facilitygaps"
    )


def run_parameters(layer) -> dict:
    """The parameters of the run that wrote ``layer`` (kept on it by a URFlow dialog), or {}."""
    text = layer.customProperty(PARAMETERS_PROPERTY, "") if layer is not None else ""
    try:
        found = json.loads(text) if text else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def standard_of(layer):
    """The standard preset id the facility-gaps run used (its ``standard_id`` field), or None."""
    if "standard_id" not in layer.fields().names():
        return None
    for feature in layer.getFeatures():
        value = feature["standard_id"]
        if value is not None and str(value).strip() and str(value) != "NULL":
            return str(value).strip()
    return None


class FacilitySitingDialog(AlgorithmDialog):
    ALGORITHM_ID = "urflow:facilitysiting"

    def __init__(self, iface=None, parent=None):
        super().__init__(iface, parent)
        self.gaps_layer = None
        self.sourceLabel = QLabel(self)  # noqa: N815 - named like the .ui widgets
        self.sourceLabel.setObjectName("sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.mainLayout.insertWidget(2, self.sourceLabel)
        self.sourceLabel.setVisible(False)
        remembered, _ok = QgsProject.instance().readEntry("urflow", self.settings_key(), "")
        if not remembered:
            self.start_from_gaps()
        self.resize(760, 820)

    def tr(self, text):
        return QCoreApplication.translate("FacilitySitingDialog", text)

    def run_title(self):
        return self.tr("Facility siting (设施布局)")

    def output_titles(self):
        return {
            "OUTPUT_SITES": self.tr("Sites: new, existing and load"),
            "OUTPUT_DEMAND": self.tr("Villages: assigned site and cost"),
            "OUTPUT_LINES": self.tr("Villages → sites"),
            "OUTPUT_CURVE": self.tr("What each extra site buys"),
        }

    def _project_read(self, *args):
        super()._project_read(*args)
        remembered, _ok = QgsProject.instance().readEntry("urflow", self.settings_key(), "")
        if not remembered:
            self.start_from_gaps()

    def showEvent(self, event):  # noqa: N802
        prefill = self.needs_defaults and bool(QgsProject.instance().mapLayers())
        super().showEvent(event)
        if prefill and self.gaps_layer is None:
            self.start_from_gaps()

    # starting from a facility-gaps result --------------------------------------------

    def start_from_gaps(self, layer=None, parameters=None):
        """DEMAND = ``layer`` (else the project's newest facility-gaps demand output) with the
        population field, standard or threshold and network of that run (``parameters``: the
        facility-gaps run's values, else those kept on the layer). False without such a layer."""
        if layer is None:
            found = gaps_layers()
            layer = found[0] if found else None
        if not is_gaps_output(layer):
            return False
        used = dict(run_parameters(layer))
        used.update(parameters or {})
        standard = used.get("STANDARD") or standard_of(layer)
        if standard:
            used["STANDARD"] = standard
        self.gaps_layer = layer
        self.form.set_value("DEMAND", layer)
        fields = layer.fields().names()
        carried = {key: used[key] for key in CARRIED if used.get(key) not in (None, "")}
        if carried.get("STANDARD") and "THRESHOLD" not in carried:
            # the preset wins in the siting run too: no threshold left over from before
            carried["THRESHOLD"] = None
        self.form.set_values(carried)
        for key in ("DEMAND_ID_FIELD", "POPULATION_FIELD"):
            if used.get(key) in fields:
                self.form.set_value(key, used[key])
        if used.get("POPULATION_FIELD") not in fields:
            self.choose_population(layer, standard)
        self.choose_candidates(layer)
        self.form.set_value("MODEL", LSCP)
        if not self.form.value("CURVE_MAX"):
            self.form.set_value("CURVE_MAX", CURVE_FROM_GAPS)
        self.show_source(layer, standard, carried.get("THRESHOLD"))
        return True

    def choose_candidates(self, demand):
        """CANDIDATES by name and geometry, never the demand layer itself (a facility-gaps
        output named after its facilities, "Primary schools — villages")."""
        current = self.form.layer("CANDIDATES")
        if current is not None and current.id() != demand.id():
            return
        others = [c for c in self.form.layer_candidates() if c.key != demand.id()]
        choice = defaults.best_layer(
            "CANDIDATES", others, self.form.accepted_geometries("CANDIDATES")
        )
        if choice is not None:
            self.form.set_value("CANDIDATES", choice)

    def preset(self, standard_id):
        """The preset ``standard_id`` of the chosen standards table (national by default)."""
        if not standard_id:
            return None
        table = self.form.value("STANDARDS_TABLE") or NATIONAL_STANDARDS
        try:
            return load_facility_standards(table).get(standard_id)
        except (URFlowError, OSError, UnicodeDecodeError):
            return None

    def choose_population(self, layer, standard_id):
        """POPULATION_FIELD = the field the standard's provision counts (children 6–11, people
        aged 60+, …), else the usual population field."""
        rule = None
        found = self.preset(standard_id)
        if found is not None:
            rule = defaults.BASIS_FIELD_RULES.get(found.population_basis)
        field = defaults.best_field(
            "POPULATION_FIELD", field_candidates(layer), numeric_only=True, rule=rule
        ) or defaults.best_field("POPULATION_FIELD", field_candidates(layer), numeric_only=True)
        if field:
            self.form.set_value("POPULATION_FIELD", field)

    def show_source(self, layer, standard, threshold):
        preset = self.preset(standard)
        if preset is not None:
            unit = self.tr("m") if preset.cost_unit == "meters" else self.tr("min")
            rule = self.tr("standard {id} ({name}, {threshold} {unit})").format(
                id=preset.id,
                name=preset.name(output_language()),
                threshold=f"{preset.threshold:g}",
                unit=unit,
            )
        elif standard:
            rule = self.tr("standard {}").format(standard)
        elif threshold not in (None, ""):
            rule = self.tr("threshold {}").format(threshold)
        else:
            rule = self.tr("no standard recorded: set the threshold")
        self.sourceLabel.setText(
            self.tr(
                "Starting from the facility-gaps result “{layer}”: its villages are the demand, "
                "{rule}, population field {population}. Model: fewest new sites that cover "
                "every village within reach (LSCP)."
            ).format(
                layer=layer.name(),
                rule=rule,
                population=self.form.value("POPULATION_FIELD") or "—",
            )
        )
        self.sourceLabel.setVisible(True)

    # results -------------------------------------------------------------------------

    def show_results(self, results):
        rate = results.get("COVERAGE_RATE")
        self.logText.appendPlainText(
            self.tr("{status}: {n} new sites ({ids}); coverage {rate}.").format(
                status=results.get("STATUS", ""),
                n=len(results.get("NEW_IDS") or []),
                ids=", ".join(results.get("NEW_IDS") or []) or "—",
                rate="—" if rate is None else f"{rate * 100:.1f} %",
            )
        )

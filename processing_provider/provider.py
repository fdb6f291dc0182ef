"""The URFlow Processing provider (id ``urflow``)."""

from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..about import resource_path, version


def algorithm_classes() -> list:
    """Every algorithm class the provider offers, in toolbox and menu order."""
    from .compliance.check_control_lines import CheckControlLinesAlgorithm
    from .flows.analyse_urban_rural_flows import AnalyseUrbanRuralFlowsAlgorithm
    from .land.balance_land_quota import BalanceLandQuotaAlgorithm
    from .land.extract_land_survey import ExtractLandSurveyAlgorithm
    from .report.planning_report import PlanningReportAlgorithm
    from .services.analyse_facility_gaps import AnalyseFacilityGapsAlgorithm
    from .services.site_facilities import SiteFacilitiesAlgorithm
    from .villages.classify_villages import ClassifyVillagesAlgorithm
    from .villages.consolidate_settlements import ConsolidateSettlementsAlgorithm
    from .villages.detect_hollow_villages import DetectHollowVillagesAlgorithm

    return [
        DetectHollowVillagesAlgorithm,
        ClassifyVillagesAlgorithm,
        ConsolidateSettlementsAlgorithm,
        AnalyseFacilityGapsAlgorithm,
        SiteFacilitiesAlgorithm,
        BalanceLandQuotaAlgorithm,
        CheckControlLinesAlgorithm,
        AnalyseUrbanRuralFlowsAlgorithm,
        PlanningReportAlgorithm,
        ExtractLandSurveyAlgorithm,
    ]


# help-content key of a ready-made model holding its display name (scripts/make_models.py)
DISPLAY_NAME_KEY = "URFLOW_DISPLAY_NAME"


def model_files() -> list:
    """The ready-made models (``resources/models/*.model3``), in file name order."""
    return sorted(Path(resource_path("models")).glob("*.model3"))


class URFlowModel(QgsProcessingModelAlgorithm):
    """A ready-made model: id ``urflow:<name>``, shown under its bilingual display name.

    QgsProcessingModelAlgorithm's displayName() is its name(), which is also the id; the
    model files keep the display name in their help content instead.
    """

    def displayName(self):  # noqa: N802
        return self.helpContent().get(DISPLAY_NAME_KEY) or self.name()

    def createInstance(self):  # noqa: N802
        model = URFlowModel()
        model.loadVariant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        return model

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # QGIS 3.22 hands the children None for a model input left out of processing.run or
        # qgis_process, whatever its default: use the defaults (the sample county's field
        # names). An input given as None (cleared in the dialog) stays None.
        filled = dict(parameters)
        for definition in self.parameterDefinitions():
            if (
                not definition.isDestination()
                and definition.name() not in filled
                and definition.defaultValue() is not None
            ):
                filled[definition.name()] = definition.defaultValue()
        return super().processAlgorithm(filled, context, feedback)


def load_model(path) -> QgsProcessingModelAlgorithm:
    """A model read from a ``.model3`` file, or None when the file cannot be read."""
    model = URFlowModel()
    return model if model.fromFile(str(path)) else None


class URFlowProvider(QgsProcessingProvider):
    def loadAlgorithms(self):  # noqa: N802
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
        for path in model_files():
            model = load_model(path)
            if model is not None:
                self.addAlgorithm(model)
        # A model finds its children (urflow: algorithms) through the processing registry,
        # which only knows this provider once load() is done: until then the children do not
        # resolve and the models lack their output parameters. Runs are not affected (a run
        # copies the model, resolving the children again), but the toolbox dialogs are: load
        # once more when the registry has the provider.
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self and not self._reload_connected:
            registry.providerAdded.connect(self._reload_when_registered)
            self._reload_connected = True

    _reload_connected = False

    def _reload_when_registered(self, provider_id):
        if provider_id != self.id():
            return
        registry = QgsApplication.processingRegistry()
        try:
            registry.providerAdded.disconnect(self._reload_when_registered)
        except TypeError:
            pass
        self._reload_connected = False
        if registry.providerById(self.id()) is self:
            self.refreshAlgorithms()

    def id(self):
        return "urflow"

    def name(self):
        return self.tr("URFlow")

    def longName(self):  # noqa: N802
        return self.tr("URFlow {} — urban–rural flow planning toolkit").format(version())

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        return resource_path("icons", "provider.svg")

    def tr(self, text):
        return QCoreApplication.translate("URFlowProvider", text)

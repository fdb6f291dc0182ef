"""The URFlow Processing provider (id ``urflow``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..about import resource_path, version


def algorithm_classes() -> list:
    """Every algorithm class the provider offers, in toolbox and menu order."""
    from .land.balance_land_quota import BalanceLandQuotaAlgorithm
    from .report.planning_report import PlanningReportAlgorithm
    from .services.analyse_facility_gaps import AnalyseFacilityGapsAlgorithm
    from .villages.detect_hollow_villages import DetectHollowVillagesAlgorithm

    return [DetectHollowVillagesAlgorithm, AnalyseFacilityGapsAlgorithm,
            BalanceLandQuotaAlgorithm, PlanningReportAlgorithm]


class URFlowProvider(QgsProcessingProvider):
    def loadAlgorithms(self):  # noqa: N802
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())

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

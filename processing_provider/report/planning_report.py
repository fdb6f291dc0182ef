"""urflow:planningreport — 规划报告: one self-contained HTML page from the other algorithms'
outputs (maps styled as the algorithms style them, the tables planners paste, charts).

This adapter reads the given layers into plain data (readers.py), renders the maps (maps.py),
lets reporting/ build the page in the output language and writes it."""

import datetime
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...about import version
from ...i18n import output_language
from ...reporting import Linkage, build_report, north_arrow_label, write_atomically
from ..base import BaseAlgorithm
from ..services.gap_style import GAP_COLOURS
from ..villages.hollow_style import LEVEL_COLOURS
from . import readers
from .language import report_translator
from .maps import ReportMaps

SOURCE = QgsProcessing.SourceType


class PlanningReportAlgorithm(BaseAlgorithm):
    TITLE = "TITLE"
    HOLLOW_VILLAGES = "HOLLOW_VILLAGES"
    TOWNSHIP_FIELD = "TOWNSHIP_FIELD"
    FACILITY_GAPS = "FACILITY_GAPS"
    LINKAGE_BALANCE = "LINKAGE_BALANCE"
    LINKAGE_DEMOLITION = "LINKAGE_DEMOLITION"
    LINKAGE_CONSTRUCTION = "LINKAGE_CONSTRUCTION"
    LINKAGE_PAIRS = "LINKAGE_PAIRS"
    OUTPUT = "OUTPUT"
    #: The map layers of the linkage section, top first.
    LINKAGE_LAYERS = (LINKAGE_PAIRS, LINKAGE_CONSTRUCTION, LINKAGE_DEMOLITION)
    INPUTS = (HOLLOW_VILLAGES, FACILITY_GAPS, LINKAGE_BALANCE) + LINKAGE_LAYERS

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Report title"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.HOLLOW_VILLAGES,
                self.tr("Hollow villages (output of hollowvillages)"),
                [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TOWNSHIP_FIELD,
                self.tr("Township field"),
                defaultValue="town_name",
                parentLayerParameterName=self.HOLLOW_VILLAGES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.FACILITY_GAPS,
                self.tr("Facility gaps (demand or zone outputs of facilitygaps)"),
                SOURCE.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        for key, label, kind in (
            (
                self.LINKAGE_BALANCE,
                self.tr("Linkage balance sheet (table of landquotalinkage)"),
                SOURCE.TypeVector,
            ),
            (self.LINKAGE_DEMOLITION, self.tr("Linkage 拆旧 parcels"), SOURCE.TypeVectorPolygon),
            (self.LINKAGE_CONSTRUCTION, self.tr("Linkage 建新 parcels"), SOURCE.TypeVectorPolygon),
            (self.LINKAGE_PAIRS, self.tr("Linkage pair lines"), SOURCE.TypeVectorLine),
        ):
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, [kind], optional=True))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Report (HTML)"), self.tr("HTML files (*.html *.htm)")
            )
        )
        for key, label in (
            ("SECTIONS", self.tr("Analysis sections")),
            ("TABLES", self.tr("Tables")),
            ("MAPS", self.tr("Maps")),
            ("CHARTS", self.tr("Charts")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok and not any(parameters.get(key) for key in self.INPUTS):
            return False, self.tr(
                "Give at least one input: HOLLOW_VILLAGES, FACILITY_GAPS, "
                "LINKAGE_BALANCE or a linkage layer."
            )
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if os.path.isdir(path):  # said before the maps are drawn
            raise self.cannot_write(path)
        hollow = self.parameterAsVectorLayer(parameters, self.HOLLOW_VILLAGES, context)
        gap_layers = self.parameterAsLayerList(parameters, self.FACILITY_GAPS, context)
        balance = self.parameterAsVectorLayer(parameters, self.LINKAGE_BALANCE, context)
        parcels = [
            self.parameterAsVectorLayer(parameters, key, context) for key in self.LINKAGE_LAYERS
        ]
        has_parcels = any(layer is not None for layer in parcels)
        if hollow is None and not gap_layers and balance is None and not has_parcels:
            raise QgsProcessingException(self.tr("Give at least one input layer."))
        town_field = self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context) or "town_name"
        tr = report_translator(output_language())
        maps = ReportMaps(context, output_language(), north_arrow_label(tr))
        villages = facilities = linkage = None
        if hollow is not None:
            villages = self.hollow_data(hollow, town_field, maps, feedback)
        feedback.setProgress(30)
        if gap_layers and not feedback.isCanceled():
            facilities = self.facility_data(gap_layers, hollow, town_field, maps, feedback)
        feedback.setProgress(60)
        if (balance is not None or has_parcels) and not feedback.isCanceled():
            linkage = self.linkage_data(balance, parcels, hollow, maps)
        if feedback.isCanceled():
            return {}
        report = build_report(
            self.parameterAsString(parameters, self.TITLE, context),
            villages,
            facilities or (),
            linkage,
            maps.language,
            tr,
            datetime.date.today().isoformat(),
            version(),
        )
        self.write(path, report.html)
        counts = {
            "SECTIONS": report.sections,
            "TABLES": report.tables,
            "MAPS": report.maps,
            "CHARTS": report.charts,
        }
        feedback.pushInfo(
            self.tr("Report written to {}: {} sections, {} tables, {} maps, {} charts").format(
                path, *counts.values()
            )
        )
        return {self.OUTPUT: path, **counts}

    def write(self, path, html):
        """The report at ``path``, or an error naming OUTPUT; never a half-written file."""
        try:
            write_atomically(path, html)
        except OSError as error:
            raise self.cannot_write(path, error) from None

    def cannot_write(self, path, error=None):
        """The error naming OUTPUT when the report cannot be written to ``path``."""
        if error is None or isinstance(error, IsADirectoryError):
            text = self.tr("{parameter}: {path} is a folder; give a file such as report.html.")
        else:
            text = self.tr("{parameter}: cannot write {path} ({error}).")
        reason = error.strerror or error if error is not None else ""
        return QgsProcessingException(
            text.format(parameter=self.parameter_label(self.OUTPUT), path=path, error=reason)
        )

    # -- reading the outputs (and drawing their maps) ------------------------------------

    def require(self, layer, fields, message):
        for field in fields:
            if field not in layer.fields().names():
                raise QgsProcessingException(message.format(field))

    def hollow_data(self, layer, town_field, maps, feedback):
        self.require(
            layer,
            ("hollow_level", "hollow_score"),
            self.tr(
                "Layer HOLLOW_VILLAGES: there is no field '{}' (is it the output of "
                "urflow:hollowvillages?)"
            ),
        )
        names = layer.fields().names()
        if town_field not in names:
            feedback.pushWarning(
                self.tr(
                    "Layer HOLLOW_VILLAGES has no field '{}': all villages are counted together."
                ).format(town_field)
            )
        image = maps.hollow(layer, "village_name" if "village_name" in names else town_field)
        return readers.hollow_villages(layer, town_field, maps.language, LEVEL_COLOURS, image)

    def facility_data(self, layers, hollow, town_field, maps, feedback):
        zones = next((layer for layer in layers if readers.is_zones(layer)), None)
        background = zones if zones is not None else hollow
        facilities = []
        for layer in layers:
            if feedback.isCanceled():
                break
            name = readers.facility_type(layer)
            if readers.is_zones(layer):
                facilities.append(readers.zone_gaps(layer, name, maps.zones(layer)))
            elif readers.is_demand(layer):
                image = maps.demand(layer, background)
                facilities.append(
                    readers.demand_gaps(
                        layer, name, town_field, zones, maps.context, GAP_COLOURS, image
                    )
                )
            else:
                feedback.pushWarning(
                    self.tr(
                        "Layer FACILITY_GAPS '{}' has neither gap_class (demand output) nor "
                        "zone_name and coverage_rate (zones output) and is left out"
                    ).format(name)
                )
        return facilities

    def linkage_data(self, balance, parcels, hollow, maps):
        rows = None
        if balance is not None:
            # tables written before the passed code field existed have only the result word
            result = () if "passed" in balance.fields().names() else ("result",)
            self.require(
                balance,
                ("group", "kind", "label", "value") + result,
                self.tr(
                    "Layer LINKAGE_BALANCE: there is no field '{}' (is it the OUTPUT_BALANCE "
                    "table of urflow:landquotalinkage?)"
                ),
            )
            rows = readers.balance_rows(balance)
        return Linkage(rows, maps.linkage(*parcels, background=hollow))

    # -- metadata -----------------------------------------------------------------------

    def name(self):
        return "planningreport"

    def displayName(self):  # noqa: N802
        return self.tr("Planning report (规划分析报告)")

    def group(self):
        return self.tr("Reports")

    def groupId(self):  # noqa: N802
        return "reports"

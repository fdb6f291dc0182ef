"""The parameters of urflow:planningreport: names (stable: scripts, models and checks use
them), labels and defaults, in dialog order."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from . import siting_sections
from .report_sections import LINKAGE_LAYERS

SOURCE = QgsProcessing.SourceType
#: PAGE_SIZE options, by index.
PAGE_SIZES = ("A3", "A4")


class PlanningReportKeys:
    """Parameter and output names; the algorithm class has them as attributes."""

    TITLE = "TITLE"
    HOLLOW_VILLAGES = "HOLLOW_VILLAGES"
    TOWNSHIP_FIELD = "TOWNSHIP_FIELD"
    FACILITY_GAPS = "FACILITY_GAPS"
    LINKAGE_BALANCE = "LINKAGE_BALANCE"
    LINKAGE_DEMOLITION = "LINKAGE_DEMOLITION"
    LINKAGE_CONSTRUCTION = "LINKAGE_CONSTRUCTION"
    LINKAGE_PAIRS = "LINKAGE_PAIRS"
    CONTROL_CONFLICTS = "CONTROL_CONFLICTS"
    CONTROL_PLANNED = "CONTROL_PLANNED"
    CONTROL_SUMMARY = "CONTROL_SUMMARY"
    CONTROL_FARMLAND = "CONTROL_FARMLAND"
    CONTROL_REDLINE = "CONTROL_REDLINE"
    CONTROL_URBAN_BOUNDARY = "CONTROL_URBAN_BOUNDARY"
    FLOW_LINES = "FLOW_LINES"
    FLOW_NODES = "FLOW_NODES"
    FLOW_MATRIX = "FLOW_MATRIX"
    FLOW_UNIT = "FLOW_UNIT"
    VILLAGE_CLASSES = "VILLAGE_CLASSES"
    CONSOLIDATION_SETTLEMENTS = "CONSOLIDATION_SETTLEMENTS"
    BOUNDARIES = "BOUNDARIES"
    BOUNDARY_NAME_FIELD = "BOUNDARY_NAME_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    PAGE_SIZE = "PAGE_SIZE"
    PRODUCER = "PRODUCER"
    DATA_SOURCES = "DATA_SOURCES"
    FICTITIOUS = "FICTITIOUS"
    ATLAS_PROJECT = "ATLAS_PROJECT"
    PAGES = "PAGES"
    SHEETS = "SHEETS"
    LINKAGE_LAYERS = LINKAGE_LAYERS
    CONTROL_LAYERS = (CONTROL_CONFLICTS, CONTROL_PLANNED, CONTROL_SUMMARY)
    #: The control lines drawn under the compliance map (not analysed: no section of their own)
    #: in drawing order, top first: the boundary's outline above the two fills
    CONTROL_LINES = {
        CONTROL_URBAN_BOUNDARY: "urban_boundary",
        CONTROL_FARMLAND: "permanent_farmland",
        CONTROL_REDLINE: "eco_redline",
    }
    FLOW_LAYERS = (FLOW_LINES, FLOW_NODES, FLOW_MATRIX)
    INPUTS = (HOLLOW_VILLAGES, FACILITY_GAPS, LINKAGE_BALANCE) + LINKAGE_LAYERS
    INPUTS += CONTROL_LAYERS + FLOW_LAYERS + (VILLAGE_CLASSES,)
    INPUTS += siting_sections.KEYS
    INPUTS += (CONSOLIDATION_SETTLEMENTS,)


class ReportParameters(PlanningReportKeys):
    """The declarations (translated in this class's context)."""

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        found = []
        add = found.append
        add(QgsProcessingParameterString(self.TITLE, self.tr("Report title"), optional=True))
        villages = [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint]
        add(
            self.layer(
                self.HOLLOW_VILLAGES,
                self.tr("Hollow villages (output of hollowvillages)"),
                villages,
            )
        )
        add(self.field(self.TOWNSHIP_FIELD, self.tr("Township field"), self.HOLLOW_VILLAGES))
        add(
            self.layer(
                self.VILLAGE_CLASSES,
                self.tr("Classified villages (OUTPUT of villageclassification)"),
                villages,
            )
        )
        add(
            self.layer(
                self.CONSOLIDATION_SETTLEMENTS,
                self.tr("Settlements by role (OUTPUT_SETTLEMENTS of settlementconsolidation)"),
                villages,
            )
        )
        add(
            QgsProcessingParameterMultipleLayers(
                self.FACILITY_GAPS,
                self.tr("Facility gaps (demand or zone outputs of facilitygaps)"),
                SOURCE.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        found += siting_sections.parameters()
        for key, label, kind in (
            (
                self.LINKAGE_BALANCE,
                self.tr("Linkage balance sheet (table of landquotalinkage)"),
                SOURCE.TypeVector,
            ),
            (self.LINKAGE_DEMOLITION, self.tr("Linkage 拆旧 parcels"), SOURCE.TypeVectorPolygon),
            (self.LINKAGE_CONSTRUCTION, self.tr("Linkage 建新 parcels"), SOURCE.TypeVectorPolygon),
            (self.LINKAGE_PAIRS, self.tr("Linkage pair lines"), SOURCE.TypeVectorLine),
            (
                self.CONTROL_CONFLICTS,
                self.tr("Control-line conflicts (OUTPUT_CONFLICTS of controllinecheck)"),
                SOURCE.TypeVectorAnyGeometry,
            ),
            (
                self.CONTROL_PLANNED,
                self.tr("Planned features checked (OUTPUT_PLANNED of controllinecheck)"),
                SOURCE.TypeVectorAnyGeometry,
            ),
            (
                self.CONTROL_SUMMARY,
                self.tr("Control-line summary (OUTPUT_SUMMARY of controllinecheck)"),
                SOURCE.TypeVector,
            ),
            (
                self.CONTROL_FARMLAND,
                self.tr("Permanent basic farmland (drawn under the compliance map)"),
                SOURCE.TypeVectorPolygon,
            ),
            (
                self.CONTROL_REDLINE,
                self.tr("Ecological protection red line (drawn under the compliance map)"),
                SOURCE.TypeVectorPolygon,
            ),
            (
                self.CONTROL_URBAN_BOUNDARY,
                self.tr("Urban development boundary (drawn under the compliance map)"),
                SOURCE.TypeVectorPolygon,
            ),
            (
                self.FLOW_LINES,
                self.tr("Flow lines (OUTPUT_LINES of urbanruralflows)"),
                SOURCE.TypeVectorLine,
            ),
            (
                self.FLOW_NODES,
                self.tr("Flow nodes (OUTPUT_NODES of urbanruralflows)"),
                SOURCE.TypeVectorPoint,
            ),
            (
                self.FLOW_MATRIX,
                self.tr("Urban–rural flow matrix (OUTPUT_MATRIX of urbanruralflows)"),
                SOURCE.TypeVector,
            ),
            (
                self.BOUNDARIES,
                self.tr("Township boundaries (drawn and named on the maps)"),
                SOURCE.TypeVectorPolygon,
            ),
        ):
            add(self.layer(key, label, [kind]))
        add(self.field(self.BOUNDARY_NAME_FIELD, self.tr("Township name field"), self.BOUNDARIES))
        add(
            QgsProcessingParameterEnum(
                self.FLOW_UNIT,
                self.tr("Unit of the flows"),
                [
                    self.tr("Units of the flow table"),
                    self.tr("Persons (人)"),
                    self.tr("Households (户)"),
                    self.tr("10,000 yuan (万元)"),
                    self.tr("Hectares (ha)"),
                    self.tr("Mu (亩)"),
                ],
                defaultValue=0,
                optional=True,
            )
        )
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Report (HTML)"), self.tr("HTML files (*.html *.htm)")
            )
        )
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("Map atlas (PDF, one page per map)"),
                self.tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=False,
            )
        )
        add(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_XLSX,
                self.tr("Tables (Excel workbook, one sheet per table)"),
                self.tr("Excel workbooks (*.xlsx)"),
                optional=True,
                createByDefault=False,
            )
        )
        add(
            QgsProcessingParameterEnum(
                self.PAGE_SIZE,
                self.tr("Atlas page size"),
                [self.tr("A3 landscape"), self.tr("A4 landscape")],
                defaultValue=0,
                optional=True,
            )
        )
        for key, label in (
            (self.PRODUCER, self.tr("Producer (编制单位) on the atlas pages")),
            (self.DATA_SOURCES, self.tr("Data sources named on the atlas pages")),
        ):
            add(QgsProcessingParameterString(key, label, optional=True))
        add(
            QgsProcessingParameterBoolean(
                self.FICTITIOUS,
                self.tr("Mark the atlas as fictitious sample data"),
                defaultValue=False,
                optional=True,
            )
        )
        for key, label in (
            ("SECTIONS", self.tr("Analysis sections")),
            ("TABLES", self.tr("Tables")),
            ("MAPS", self.tr("Maps")),
            ("CHARTS", self.tr("Charts")),
            (self.PAGES, self.tr("Atlas pages")),
            (self.SHEETS, self.tr("Workbook sheets")),
        ):
            add(QgsProcessingOutputNumber(key, label))
        add(QgsProcessingOutputFile(self.ATLAS_PROJECT, self.tr("Atlas project (QGZ)")))
        return found

    def layer(self, key, label, kinds):
        """An optional input layer of the geometry ``kinds`` given."""
        return QgsProcessingParameterVectorLayer(key, label, kinds, optional=True)

    def field(self, key, label, parent):
        return QgsProcessingParameterField(
            key, label, defaultValue="town_name", parentLayerParameterName=parent, optional=True
        )

"""urflow:planningreport — 规划报告: one self-contained HTML page from the other algorithms'
outputs (maps styled as the algorithms style them, the tables planners paste, charts) and, on
request, a PDF map atlas (图集) of print layouts saved in a QGIS project beside it.

This adapter reads the given layers into plain data (readers.py), renders the maps (maps.py),
lets reporting/ build the page in the output language and writes it; the atlas pages are chosen
in atlas_pages.py and laid out in atlas.py."""

import datetime
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
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

from ...about import version
from ...i18n import output_language
from ...reporting import Credits, build_report, north_arrow_label, write_atomically
from ...reporting.workbook import build_workbook
from ..base import BaseAlgorithm
from . import readers, siting_sections
from .atlas import AtlasSettings, write_atlas
from .atlas_pages import Boundaries, atlas_pages
from .language import report_translator
from .maps import ReportMaps
from .report_sections import LINKAGE_LAYERS, ReportInputs, ReportSections
from .workbook_file import write_sheets

SOURCE = QgsProcessing.SourceType
#: PAGE_SIZE options, by index.
PAGE_SIZES = ("A3", "A4")


class PlanningReportAlgorithm(BaseAlgorithm):
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
    CONTROL_LINES = {
        CONTROL_FARMLAND: "permanent_farmland",
        CONTROL_REDLINE: "eco_redline",
        CONTROL_URBAN_BOUNDARY: "urban_boundary",
    }
    FLOW_LAYERS = (FLOW_LINES, FLOW_NODES, FLOW_MATRIX)
    INPUTS = (HOLLOW_VILLAGES, FACILITY_GAPS, LINKAGE_BALANCE) + LINKAGE_LAYERS
    INPUTS += CONTROL_LAYERS + FLOW_LAYERS + (VILLAGE_CLASSES,)
    INPUTS += siting_sections.KEYS
    INPUTS += (CONSOLIDATION_SETTLEMENTS,)

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
        self.add_field(self.TOWNSHIP_FIELD, self.tr("Township field"), self.HOLLOW_VILLAGES)
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.VILLAGE_CLASSES,
                self.tr("Classified villages (OUTPUT of villageclassification)"),
                [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CONSOLIDATION_SETTLEMENTS,
                self.tr("Settlements by role (OUTPUT_SETTLEMENTS of settlementconsolidation)"),
                [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint],
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
        siting_sections.add_parameters(self)
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
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, [kind], optional=True))
        self.add_field(self.BOUNDARY_NAME_FIELD, self.tr("Township name field"), self.BOUNDARIES)
        self.addParameter(
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
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Report (HTML)"), self.tr("HTML files (*.html *.htm)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF,
                self.tr("Map atlas (PDF, one page per map)"),
                self.tr("PDF files (*.pdf)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_XLSX,
                self.tr("Tables (Excel workbook, one sheet per table)"),
                self.tr("Excel workbooks (*.xlsx)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
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
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))
        self.addParameter(
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
            self.addOutput(QgsProcessingOutputNumber(key, label))
        self.addOutput(QgsProcessingOutputFile(self.ATLAS_PROJECT, self.tr("Atlas project (QGZ)")))

    def add_field(self, key, label, parent):
        self.addParameter(
            QgsProcessingParameterField(
                key, label, defaultValue="town_name", parentLayerParameterName=parent, optional=True
            )
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok and not any(parameters.get(key) for key in self.INPUTS):
            return False, self.tr(
                "Give at least one input: HOLLOW_VILLAGES, VILLAGE_CLASSES, FACILITY_GAPS, "
                "LINKAGE_BALANCE, a linkage layer, a control-line output or a flows output."
            )
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        xlsx = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
        for key, target in ((self.OUTPUT, path), (self.OUTPUT_PDF, pdf), (self.OUTPUT_XLSX, xlsx)):
            if target and os.path.isdir(target):  # said before the maps are drawn
                raise self.cannot_write(target, key=key)
        inputs = self.report_inputs(parameters, context)
        if not inputs.given():
            raise QgsProcessingException(self.tr("Give at least one input layer."))
        compliance = (inputs.layers[self.CONTROL_CONFLICTS], inputs.layers[self.CONTROL_PLANNED])
        if inputs.control_lines and all(layer is None for layer in compliance):
            feedback.pushWarning(
                self.tr(
                    "{lines}: drawn only under the compliance map, which needs CONTROL_CONFLICTS "
                    "or CONTROL_PLANNED; not drawn."
                ).format(lines=", ".join(key for key in self.CONTROL_LINES if parameters.get(key)))
            )
        language = output_language()
        tr = report_translator(language)
        maps = ReportMaps(context, language, north_arrow_label(tr), tr=tr)
        sections = ReportSections(inputs, maps, tr, feedback)
        data = sections.read()
        if data is None:
            return {}
        report = build_report(
            self.parameterAsString(parameters, self.TITLE, context),
            language=language,
            tr=tr,
            date=datetime.date.today().isoformat(),
            version=version(),
            **data,
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
        results = {self.OUTPUT: path, **counts}
        results.update({self.OUTPUT_PDF: None, self.ATLAS_PROJECT: None, self.PAGES: 0})
        results.update({self.OUTPUT_XLSX: None, self.SHEETS: 0})
        if xlsx:
            results.update(self.workbook(xlsx, build_workbook(language, tr, **data), feedback))
        if pdf:
            atlas = atlas_pages(sections.atlas_inputs(), language, tr)
            results.update(self.atlas(parameters, context, feedback, pdf, atlas, tr))
        return results

    def output_companions(self, parameters, context):
        """Files the atlas writes beside OUTPUT_PDF (its project and the layers it copies),
        which the guard removes with the declared outputs when a run fails or is canceled."""
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if not pdf:
            return []
        stem = os.path.splitext(pdf)[0]
        return [f"{stem}.qgz", f"{stem}_layers.gpkg"]

    def report_inputs(self, parameters, context) -> ReportInputs:
        """The layers given (None where not), and how to read them."""
        layers = {
            key: self.parameterAsVectorLayer(parameters, key, context)
            for key in self.INPUTS + (self.BOUNDARIES,)
            if key != self.FACILITY_GAPS
        }
        gap_layers = self.parameterAsLayerList(parameters, self.FACILITY_GAPS, context)
        groups = readers.facility_groups(gap_layers)
        boundaries = None
        if layers[self.BOUNDARIES] is not None:
            name = self.parameterAsString(parameters, self.BOUNDARY_NAME_FIELD, context)
            boundaries = Boundaries(layers[self.BOUNDARIES], name or "town_name")
        else:  # the townships of the first zones output
            zones = next((g.zones for g in groups if g.zones is not None), None)
            boundaries = Boundaries(zones, "zone_name") if zones is not None else None
        control_lines = [
            (line, layer)
            for line, layer in (
                (line, self.parameterAsVectorLayer(parameters, key, context))
                for key, line in self.CONTROL_LINES.items()
            )
            if layer is not None
        ]
        return ReportInputs(
            layers,
            gap_layers,
            self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context) or "town_name",
            self.parameterAsEnum(parameters, self.FLOW_UNIT, context),
            boundaries,
            groups,
            control_lines,
        )

    def write(self, path, html):
        """The report at ``path``, or an error naming OUTPUT; never a half-written file."""
        try:
            write_atomically(path, html)
        except OSError as error:
            raise self.cannot_write(path, error) from None

    def cannot_write(self, path, error=None, key=OUTPUT):
        """The error naming OUTPUT (or ``key``) when it cannot be written to ``path``."""
        if error is None or isinstance(error, IsADirectoryError):
            if key == self.OUTPUT_PDF:
                text = self.tr("{parameter}: {path} is a folder; give a file such as atlas.pdf.")
            elif key == self.OUTPUT_XLSX:
                text = self.tr("{parameter}: {path} is a folder; give a file such as tables.xlsx.")
            else:
                text = self.tr("{parameter}: {path} is a folder; give a file such as report.html.")
        else:
            text = self.tr("{parameter}: cannot write {path} ({error}).")
        reason = (getattr(error, "strerror", None) or error) if error is not None else ""
        return QgsProcessingException(
            text.format(parameter=self.parameter_label(key), path=path, error=reason)
        )

    def workbook(self, path, sheets, feedback):
        """The tables written to ``path`` (.xlsx), or an error naming OUTPUT_XLSX."""
        try:
            write_sheets(path, sheets)
        except OSError as error:
            raise self.cannot_write(path, error, self.OUTPUT_XLSX) from None
        feedback.pushInfo(
            self.tr("Tables written to {}: {} sheets ({})").format(
                path, len(sheets), ", ".join(sheet.name for sheet in sheets)
            )
        )
        return {self.OUTPUT_XLSX: path, self.SHEETS: len(sheets)}

    def atlas(self, parameters, context, feedback, pdf, pages, tr):
        """The atlas ``pages`` written to ``pdf`` and its project beside it."""
        settings = AtlasSettings(
            PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)],
            self.parameterAsString(parameters, self.TITLE, context).strip(),
            Credits(
                self.parameterAsString(parameters, self.PRODUCER, context),
                datetime.date.today().isoformat(),
                self.parameterAsString(parameters, self.DATA_SOURCES, context),
                self.parameterAsBoolean(parameters, self.FICTITIOUS, context),
                version(),
            ),
        )
        try:
            atlas = write_atlas(pages, settings, pdf, context, feedback, tr)
        except OSError as error:
            raise self.cannot_write(pdf, error, self.OUTPUT_PDF) from None
        if atlas is None:  # cancelled
            return {}
        feedback.pushInfo(
            self.tr("Atlas written to {}: {} pages; its layouts are in {}").format(
                pdf, atlas.pages, atlas.project
            )
        )
        return {self.OUTPUT_PDF: pdf, self.ATLAS_PROJECT: atlas.project, self.PAGES: atlas.pages}

    # -- metadata -----------------------------------------------------------------------

    def name(self):
        return "planningreport"

    def displayName(self):  # noqa: N802
        return self.tr("Planning report (规划分析报告)")

    def group(self):
        return self.tr("Reports")

    def groupId(self):  # noqa: N802
        return "reports"

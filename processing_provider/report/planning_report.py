"""urflow:planningreport — 规划报告: one self-contained HTML page from the other algorithms'
outputs (maps styled as the algorithms style them, the tables planners paste, charts) and, on
request, a PDF map atlas (图集) of print layouts saved in a QGIS project beside it.

This adapter reads the given layers into plain data (readers.py), renders the maps (maps.py),
lets reporting/ build the page in the output language and writes it; the atlas pages are chosen
in atlas_pages.py and laid out in atlas.py."""

import datetime
import os

from qgis.core import QgsProcessingException, QgsProcessingOutputDefinition

from ...about import version
from ...i18n import output_language
from ...reporting import Credits, build_report, north_arrow_label, write_atomically
from ...reporting.workbook import build_workbook
from ..base import BaseAlgorithm
from . import readers
from .atlas import AtlasSettings, write_atlas
from .atlas_pages import Boundaries, atlas_pages
from .language import report_translator
from .maps import ReportMaps
from .report_parameters import PAGE_SIZES, PlanningReportKeys, ReportParameters
from .report_sections import ReportInputs, ReportSections
from .workbook_file import write_sheets


class PlanningReportAlgorithm(PlanningReportKeys, BaseAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802
        for definition in ReportParameters().definitions():
            if isinstance(definition, QgsProcessingOutputDefinition):
                self.addOutput(definition)
            else:
                self.addParameter(definition)

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

    def cannot_write(self, path, error=None, key=PlanningReportKeys.OUTPUT):
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

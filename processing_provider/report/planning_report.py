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
from ...reporting import (
    FLOW_UNITS,
    Compliance,
    Credits,
    Flows,
    Linkage,
    build_report,
    north_arrow_label,
    unit_name,
    write_atomically,
)
from ..base import BaseAlgorithm
from ..compliance.control_style import LINE_COLOURS
from ..services.gap_style import GAP_COLOURS
from ..villages.hollow_style import LEVEL_COLOURS
from . import readers
from .atlas import AtlasSettings, write_atlas
from .atlas_pages import AtlasInputs, Boundaries, atlas_pages
from .language import report_translator
from .maps import ReportMaps

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
    FLOW_LINES = "FLOW_LINES"
    FLOW_NODES = "FLOW_NODES"
    FLOW_MATRIX = "FLOW_MATRIX"
    FLOW_UNIT = "FLOW_UNIT"
    BOUNDARIES = "BOUNDARIES"
    BOUNDARY_NAME_FIELD = "BOUNDARY_NAME_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_PDF = "OUTPUT_PDF"
    PAGE_SIZE = "PAGE_SIZE"
    PRODUCER = "PRODUCER"
    DATA_SOURCES = "DATA_SOURCES"
    FICTITIOUS = "FICTITIOUS"
    ATLAS_PROJECT = "ATLAS_PROJECT"
    PAGES = "PAGES"
    #: The map layers of the linkage section, top first.
    LINKAGE_LAYERS = (LINKAGE_PAIRS, LINKAGE_CONSTRUCTION, LINKAGE_DEMOLITION)
    CONTROL_LAYERS = (CONTROL_CONFLICTS, CONTROL_PLANNED, CONTROL_SUMMARY)
    FLOW_LAYERS = (FLOW_LINES, FLOW_NODES, FLOW_MATRIX)
    INPUTS = (HOLLOW_VILLAGES, FACILITY_GAPS, LINKAGE_BALANCE) + LINKAGE_LAYERS
    INPUTS += CONTROL_LAYERS + FLOW_LAYERS

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
                "Give at least one input: HOLLOW_VILLAGES, FACILITY_GAPS, "
                "LINKAGE_BALANCE, a linkage layer, a control-line output or a flows output."
            )
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        for key, target in ((self.OUTPUT, path), (self.OUTPUT_PDF, pdf)):
            if target and os.path.isdir(target):  # said before the maps are drawn
                raise self.cannot_write(target, key=key)
        layers = {
            key: self.parameterAsVectorLayer(parameters, key, context)
            for key in self.INPUTS + (self.BOUNDARIES,)
            if key != self.FACILITY_GAPS
        }
        gap_layers = self.parameterAsLayerList(parameters, self.FACILITY_GAPS, context)
        if not gap_layers and all(layer is None for layer in layers.values()):
            raise QgsProcessingException(self.tr("Give at least one input layer."))
        language = output_language()
        tr = report_translator(language)
        maps = ReportMaps(context, language, north_arrow_label(tr))
        groups = readers.facility_groups(gap_layers)
        boundaries = self.boundaries(parameters, context, layers, groups)
        data = self.read_sections(
            parameters, context, layers, gap_layers, groups, boundaries, maps, tr, feedback
        )
        if data is None:
            return {}
        report = build_report(
            self.parameterAsString(parameters, self.TITLE, context),
            data["hollow"],
            data["facilities"] or (),
            data["linkage"],
            maps.language,
            tr,
            datetime.date.today().isoformat(),
            version(),
            compliance=data["compliance"],
            flows=data["flows"],
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
        if pdf:
            inputs = self.atlas_inputs(parameters, context, layers, groups, boundaries)
            results.update(self.atlas(parameters, context, feedback, pdf, inputs, tr, language))
        return results

    def read_sections(
        self, parameters, context, layers, gap_layers, groups, boundaries, maps, tr, feedback
    ):
        """Each analysis given read into the report's plain data (None where not given), its
        maps drawn; None when cancelled."""
        town_field = self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context) or "town_name"
        hollow = layers[self.HOLLOW_VILLAGES]
        background = boundaries.layer if boundaries is not None else hollow
        steps = {
            "hollow": lambda: (
                self.hollow_data(hollow, town_field, maps, feedback) if hollow is not None else None
            ),
            "facilities": lambda: self.facility_data(
                gap_layers, groups, hollow, town_field, maps, feedback
            ),
            "linkage": lambda: self.linkage_data(layers, hollow, maps),
            "compliance": lambda: self.compliance_data(layers, background, maps),
            "flows": lambda: self.flow_data(parameters, context, layers, background, maps, tr),
        }
        data = {}
        for step, (name, read) in enumerate(steps.items()):
            if feedback.isCanceled():
                return None
            data[name] = read() or None
            feedback.setProgress(60 * (step + 1) / len(steps))
        return data

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
            else:
                text = self.tr("{parameter}: {path} is a folder; give a file such as report.html.")
        else:
            text = self.tr("{parameter}: cannot write {path} ({error}).")
        reason = (getattr(error, "strerror", None) or error) if error is not None else ""
        return QgsProcessingException(
            text.format(parameter=self.parameter_label(key), path=path, error=reason)
        )

    # -- reading the outputs (and drawing their maps) ------------------------------------

    def require(self, layer, fields, message):
        for field in fields:
            if field not in layer.fields().names():
                raise QgsProcessingException(message.format(field))

    def require_output(self, layer, key, fields, output, algorithm):
        """Refuse a layer of ``key`` that lacks a field of the ``output`` of ``algorithm``."""
        if layer is not None:
            text = self.tr(
                "Layer {key}: there is no field '{field}' (is it the {output} of {algorithm}?)"
            )
            for field in fields:
                if field not in layer.fields().names():
                    raise QgsProcessingException(
                        text.format(key=key, field=field, output=output, algorithm=algorithm)
                    )
        return layer

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

    def facility_data(self, layers, groups, hollow, town_field, maps, feedback):
        zones = next((layer for layer in layers if readers.is_zones(layer)), None)
        background = zones if zones is not None else hollow
        served = {id(g.demand): g.facilities for g in groups if g.demand is not None}
        facilities = []
        for layer in layers:
            if feedback.isCanceled():
                break
            name = readers.facility_type(layer)
            if readers.is_zones(layer):
                facilities.append(readers.zone_gaps(layer, name, maps.zones(layer)))
            elif readers.is_demand(layer):
                image = maps.demand(layer, background, served.get(id(layer)))
                facilities.append(
                    readers.demand_gaps(
                        layer, name, town_field, zones, maps.context, GAP_COLOURS, image
                    )
                )
            elif not readers.is_facilities(layer):
                feedback.pushWarning(
                    self.tr(
                        "Layer FACILITY_GAPS '{}' is none of the demand (gap_class), zones "
                        "(zone_name, coverage_rate) or facilities (catchment_pop, load) outputs "
                        "of facilitygaps and is left out"
                    ).format(name)
                )
        return facilities

    def linkage_data(self, layers, hollow, maps):
        balance = layers[self.LINKAGE_BALANCE]
        parcels = [layers[key] for key in self.LINKAGE_LAYERS]
        if balance is None and all(layer is None for layer in parcels):
            return None
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

    def compliance_data(self, layers, background, maps):
        algorithm = "urflow:controllinecheck"
        conflicts, planned, summary = (
            self.require_output(
                layers[key], key, fields, key.replace("CONTROL", "OUTPUT"), algorithm
            )
            for key, fields in (
                (self.CONTROL_CONFLICTS, ("planned_id", "line", "area_ha")),
                (self.CONTROL_PLANNED, ("conflict",)),
                (self.CONTROL_SUMMARY, ("zone", "is_total", "line", "area_ha")),
            )
        )
        if conflicts is None and planned is None and summary is None:
            return None
        return Compliance(
            summary=readers.table_rows(summary) if summary is not None else None,
            conflicts=readers.conflict_pieces(conflicts, planned)
            if conflicts is not None
            else None,
            planned=readers.planned_codes(planned) if planned is not None else None,
            colours=LINE_COLOURS,
            map=maps.compliance(conflicts, planned, background),
        )

    def flow_data(self, parameters, context, layers, background, maps, tr):
        algorithm = "urflow:urbanruralflows"
        lines, nodes, matrix = (
            self.require_output(layers[key], key, fields, key.replace("FLOW", "OUTPUT"), algorithm)
            for key, fields in (
                (self.FLOW_LINES, ("kind", "gross", "net", "flow_class", "estimated")),
                (self.FLOW_NODES, readers.NODE_FIELDS),
                (self.FLOW_MATRIX, ("kind", "rural_to_urban", "urban_to_rural")),
            )
        )
        if lines is None and nodes is None and matrix is None:
            return None
        shown = lines if lines is not None else nodes
        found = readers.kinds(shown) if shown is not None else []
        unit = FLOW_UNITS[self.parameterAsEnum(parameters, self.FLOW_UNIT, context)]
        return Flows(
            matrix=readers.table_rows(matrix) if matrix is not None else None,
            nodes=readers.flow_nodes(nodes) if nodes is not None else None,
            unit=unit_name(unit, tr),
            maps={kind: maps.flows(lines, nodes, kind, background) for kind in found},
        )

    def boundaries(self, parameters, context, layers, groups):
        """BOUNDARIES with its name field, else the first zones output of FACILITY_GAPS."""
        layer = layers[self.BOUNDARIES]
        if layer is not None:
            field = self.parameterAsString(parameters, self.BOUNDARY_NAME_FIELD, context)
            return Boundaries(layer, field or "town_name")
        zones = next((g.zones for g in groups if g.zones is not None), None)
        return Boundaries(zones, "zone_name") if zones is not None else None

    # -- the atlas ----------------------------------------------------------------------

    def atlas_inputs(self, parameters, context, layers, groups, boundaries):
        hollow = layers[self.HOLLOW_VILLAGES]
        label = "village_name"
        if hollow is not None and label not in hollow.fields().names():
            label = self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context)
        return AtlasInputs(
            hollow,
            label,
            groups,
            *(layers[key] for key in self.LINKAGE_LAYERS),
            *(layers[key] for key in (self.CONTROL_CONFLICTS, self.CONTROL_PLANNED)),
            *(layers[key] for key in (self.FLOW_LINES, self.FLOW_NODES)),
            boundaries,
        )

    def atlas(self, parameters, context, feedback, pdf, inputs, tr, language):
        """The atlas of ``inputs`` written to ``pdf`` and its project beside it."""
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
        pages = atlas_pages(inputs, language, tr)
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

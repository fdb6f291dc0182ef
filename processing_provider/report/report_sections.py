"""The analyses' outputs given to urflow:planningreport, read into the report's plain data
(reporting/) with their maps drawn, and handed on to the atlas (atlas_pages.py).

Each layer is checked for the fields its section reads: a layer that is not the output it is
given as is refused with a message naming the parameter and the field."""

from dataclasses import dataclass, field, replace
from typing import Mapping, Optional, Sequence

from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...reporting import FLOW_UNITS, Compliance, Flows, Linkage, unit_name
from ...reporting.method import run_from
from ..compliance.control_style import LINE_COLOURS
from ..run_record import run_of
from ..services.gap_style import GAP_COLOURS
from ..villages.class_style import CLASS_COLOURS
from ..villages.hollow_style import LEVEL_COLOURS
from . import readers, siting_sections
from .atlas_pages import AtlasInputs, Boundaries

#: The map layers of the linkage section, top first.
LINKAGE_LAYERS = ("LINKAGE_PAIRS", "LINKAGE_CONSTRUCTION", "LINKAGE_DEMOLITION")
#: Fields each control-line and flows input must have (the outputs they are).
CONTROL_FIELDS = {
    "CONTROL_CONFLICTS": ("planned_id", "line", "area_ha"),
    "CONTROL_PLANNED": ("conflict",),
    "CONTROL_SUMMARY": ("zone", "is_total", "line", "area_ha"),
}
#: Fields the VILLAGE_CLASSES input must have (OUTPUT of urflow:villageclassification).
CLASS_FIELDS = readers.CLASS_FIELDS
#: Names of the village name field of the classified villages, best first.
VILLAGE_NAME_FIELDS = ("village_name", "name", "村名", "cun_mc", "village_id")
FLOW_FIELDS = {
    "FLOW_LINES": ("kind", "gross", "net", "flow_class", "estimated"),
    "FLOW_NODES": readers.NODE_FIELDS,
    "FLOW_MATRIX": ("kind", "rural_to_urban", "urban_to_rural"),
}


def run_record(layer):
    """The record of the run that wrote ``layer`` (reporting.method.Run), or None."""
    return run_from(run_of(layer)) if layer is not None else None


def facility_name(layer, language):
    """What a facility-gaps layer was analysed for, in the report's language: the standard
    of its run, else its ``facility_type`` (the language of the run), else the layer's name."""
    run = run_record(layer)
    key = "standard_facility_zh" if language == "zh" else "standard_facility_en"
    found = run.method.get(key) if run is not None else None
    return str(found) if found else readers.facility_type(layer)


def analysed(group):
    """The demand output of a facility group, else its zones output (None: neither)."""
    return group.demand if group.demand is not None else group.zones


def first_run(*layers):
    """The first record found on ``layers`` (the outputs of one run), or None."""
    return next((found for found in map(run_record, layers) if found is not None), None)


@dataclass(frozen=True)
class ReportInputs:
    """The layers given, by parameter name (None where not given), the FACILITY_GAPS layers,
    the hollow villages' township field, the index of FLOW_UNIT and the township boundaries
    (BOUNDARIES with its name field, else the first zones output)."""

    layers: Mapping[str, Optional[object]]
    gap_layers: Sequence = ()
    town_field: str = "town_name"
    flow_unit: int = 0
    boundaries: Optional[Boundaries] = None
    groups: Sequence = field(default_factory=tuple)
    #: (line, layer) of CONTROL_URBAN_BOUNDARY, CONTROL_FARMLAND, CONTROL_REDLINE given, in
    #: drawing order (top first)
    control_lines: Sequence = ()

    def given(self) -> bool:
        return bool(self.gap_layers) or any(layer is not None for layer in self.layers.values())


class ReportSections:
    """Reads ``inputs`` into the report's sections, drawing the maps with ``maps``
    (:class:`maps.ReportMaps`); ``tr`` translates the report's own text."""

    def __init__(self, inputs: ReportInputs, maps, tr, feedback):
        self.inputs = inputs
        self.layers = inputs.layers
        self.maps = maps
        self.report_tr = tr
        self.feedback = feedback

    def tr(self, text):
        return QCoreApplication.translate("ReportSections", text)

    def read(self):
        """Each analysis given as the report's plain data (None where not given), keyed by
        section; None when cancelled."""
        steps = {  # one line per section (reporting.report.SECTIONS has the same keys)
            "hollow": self.hollow_data,
            "village_classes": self.village_class_data,
            "consolidation": self.consolidation_data,
            "facilities": self.facility_data,
            "siting": self.siting_data,
            "linkage": self.linkage_data,
            "compliance": self.compliance_data,
            "flows": self.flow_data,
        }
        data = {}
        for step, (name, read) in enumerate(steps.items()):
            if self.feedback.isCanceled():
                return None
            data[name] = read() or None
            self.feedback.setProgress(60 * (step + 1) / len(steps))
        return data

    @property
    def hollow(self):
        return self.layers["HOLLOW_VILLAGES"]

    @property
    def background(self):
        """What the control-line and flow maps are drawn over."""
        found = self.inputs.boundaries
        return found.layer if found is not None else self.hollow

    def require(self, layer, fields, message):
        for name in fields:
            if name not in layer.fields().names():
                raise QgsProcessingException(message.format(name))

    def require_output(self, key, fields, output, algorithm):
        """The layer of ``key``, refused when it lacks a field of ``output`` of ``algorithm``."""
        layer = self.layers[key]
        if layer is not None:
            text = self.tr(
                "Layer {key}: there is no field '{field}' (is it the {output} of {algorithm}?)"
            )
            for name in fields:
                if name not in layer.fields().names():
                    raise QgsProcessingException(
                        text.format(key=key, field=name, output=output, algorithm=algorithm)
                    )
        return layer

    def hollow_data(self):
        layer, town_field = self.hollow, self.inputs.town_field
        if layer is None:
            return None
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
            self.feedback.pushWarning(
                self.tr(
                    "Layer HOLLOW_VILLAGES has no field '{}': all villages are counted together."
                ).format(town_field)
            )
        image = self.maps.hollow(layer, "village_name" if "village_name" in names else town_field)
        return readers.hollow_villages(
            layer, town_field, self.maps.language, LEVEL_COLOURS, image, run_record(layer)
        )

    def village_name_field(self, layer):
        names = layer.fields().names()
        return next((name for name in VILLAGE_NAME_FIELDS if name in names), "")

    def village_class_data(self):
        layer = self.require_output(
            "VILLAGE_CLASSES", CLASS_FIELDS, "OUTPUT", "urflow:villageclassification"
        )
        if layer is None:
            return None
        label = self.village_name_field(layer)
        found = self.inputs.boundaries
        image = self.maps.village_classes(layer, label, found.layer if found else None)
        return readers.village_classes(
            layer, label, self.inputs.town_field, CLASS_COLOURS, image, run_record(layer)
        )

    def consolidation_data(self):
        layer = self.require_output(
            "CONSOLIDATION_SETTLEMENTS",
            readers.CONSOLIDATION_FIELDS,
            "OUTPUT_SETTLEMENTS",
            "urflow:settlementconsolidation",
        )
        if layer is None:
            return None
        found = self.inputs.boundaries
        image = self.maps.consolidation(layer, found.layer if found else None)
        return readers.consolidation(layer, image, run_record(layer))

    def facility_data(self):
        layers, maps = self.inputs.gap_layers, self.maps
        zones = next((layer for layer in layers if readers.is_zones(layer)), None)
        # township outlines named on the map: the zones output, else BOUNDARIES, else villages
        background, label = zones, "zone_name"
        if zones is None and self.inputs.boundaries is not None:
            background, label = self.inputs.boundaries.layer, self.inputs.boundaries.name_field
        elif zones is None:
            background, label = self.hollow, ""
        served = {id(g.demand): g.facilities for g in self.inputs.groups if g.demand is not None}
        facilities = []
        for layer in layers:
            if self.feedback.isCanceled():
                break
            name = facility_name(layer, maps.language)
            if readers.is_zones(layer):
                facilities.append(
                    readers.zone_gaps(layer, name, maps.zones(layer), run_record(layer))
                )
            elif readers.is_demand(layer):
                image = maps.demand(layer, background, served.get(id(layer)), label)
                facilities.append(
                    readers.demand_gaps(
                        layer,
                        name,
                        self.inputs.town_field,
                        zones,
                        maps.context,
                        GAP_COLOURS,
                        image,
                        run_record(layer),
                        maps.language,
                    )
                )
            elif not readers.is_facilities(layer):
                self.feedback.pushWarning(
                    self.tr(
                        "Layer FACILITY_GAPS '{}' is none of the demand (gap_class), zones "
                        "(zone_name, coverage_rate) or facilities (catchment_pop, load) outputs "
                        "of facilitygaps and is left out"
                    ).format(name)
                )
        return facilities

    def siting_data(self):
        found = siting_sections.checked(self.layers)
        return siting_sections.siting_data(
            found, self.maps, self.inputs.town_field, self.inputs.boundaries
        )

    def linkage_data(self):
        balance = self.layers["LINKAGE_BALANCE"]
        parcels = [self.layers[key] for key in LINKAGE_LAYERS]
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
        demolition, construction, pairs = reversed(parcels)
        run = first_run(demolition, construction, pairs, balance)
        return Linkage(
            rows,
            self.maps.linkage(*parcels, background=self.hollow),
            readers.parcel_rows(demolition, "DEMOLITION_ID_FIELD", run),
            readers.parcel_rows(construction, "CONSTRUCTION_ID_FIELD", run),
            readers.table_rows(pairs) if pairs is not None else None,
            run,
        )

    def compliance_data(self):
        conflicts, planned, summary = (
            self.require_output(
                key, fields, key.replace("CONTROL", "OUTPUT"), "urflow:controllinecheck"
            )
            for key, fields in CONTROL_FIELDS.items()
        )
        if conflicts is None and planned is None and summary is None:
            return None
        return Compliance(
            summary=readers.table_rows(summary) if summary is not None else None,
            conflicts=(
                readers.conflict_pieces(conflicts, planned) if conflicts is not None else None
            ),
            planned=readers.planned_codes(planned) if planned is not None else None,
            colours=LINE_COLOURS,
            map=self.maps.compliance(
                conflicts, planned, self.background, self.inputs.control_lines
            ),
            run=first_run(conflicts, planned, summary),
        )

    def flow_data(self):
        lines, nodes, matrix = (
            self.require_output(
                key, fields, key.replace("FLOW", "OUTPUT"), "urflow:urbanruralflows"
            )
            for key, fields in FLOW_FIELDS.items()
        )
        if lines is None and nodes is None and matrix is None:
            return None
        shown = lines if lines is not None else nodes
        found = readers.kinds(shown) if shown is not None else []
        return Flows(
            matrix=readers.table_rows(matrix) if matrix is not None else None,
            nodes=readers.flow_nodes(nodes) if nodes is not None else None,
            unit=unit_name(FLOW_UNITS[self.inputs.flow_unit], self.report_tr),
            maps={kind: self.maps.flows(lines, nodes, kind, self.background) for kind in found},
            run=first_run(lines, nodes, matrix),
        )

    def atlas_inputs(self) -> AtlasInputs:
        """The layers of the atlas: the same outputs, villages labelled by name."""
        hollow, layers = self.hollow, self.layers
        label = "village_name"
        if hollow is not None and label not in hollow.fields().names():
            label = self.inputs.town_field
        groups = [  # facility types named in the atlas' language (the run's standard)
            replace(group, name=facility_name(analysed(group), self.maps.language))
            if analysed(group) is not None
            else group
            for group in self.inputs.groups
        ]
        return AtlasInputs(
            hollow,
            label,
            groups,
            *(layers[key] for key in LINKAGE_LAYERS),
            layers["CONTROL_CONFLICTS"],
            layers["CONTROL_PLANNED"],
            layers["FLOW_LINES"],
            layers["FLOW_NODES"],
            self.inputs.boundaries,
            layers["VILLAGE_CLASSES"],
            self.village_name_field(layers["VILLAGE_CLASSES"])
            if layers["VILLAGE_CLASSES"] is not None
            else "",
            siting=siting_sections.checked(layers),
            consolidation=layers["CONSOLIDATION_SETTLEMENTS"],
            control_lines=self.inputs.control_lines,
        )

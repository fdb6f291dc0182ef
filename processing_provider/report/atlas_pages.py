"""Which pages the atlas has and what each page's map shows, styled as the algorithms style their
outputs (their own ``style_output``), with what a printed county map needs on top: township
boundaries and names, and small parcels marked so that they stay visible at county scale."""

from dataclasses import dataclass, replace
from typing import Callable, List, Optional, Sequence

from qgis.core import (
    Qgis,
    QgsExpression,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ...reporting import layer_name, page_title, unplaced_note
from ..compliance import control_style
from ..flows import flow_style
from ..land import linkage_style
from ..services import gap_style, siting_style
from ..villages import class_style, consolidation_style, hollow_style
from .maps import centroid_markers
from .readers import kinds, read_layer

#: The siting inputs drawn on its atlas page (the curve is a table).
SITING_MAP_KEYS = ("SITING_SITES", "SITING_DEMAND", "SITING_LINES")


@dataclass(frozen=True)
class AtlasLayer:
    """One layer of a page's map: the input ``layer`` (never changed: the atlas loads its own
    copy), the legend ``name``, ``style(copy)`` and an optional ``subset`` filter."""

    layer: object
    name: str
    style: Callable
    subset: str = ""


@dataclass(frozen=True)
class AtlasPage:
    """One page: its title (图名), its map's layers (top first) and the township boundaries
    drawn over them (outlines and names; last in the legend)."""

    title: str
    layers: Sequence[AtlasLayer]
    boundaries: Optional[AtlasLayer] = None
    notes: Sequence[str] = ()
    #: drawn under ``layers`` for context (the control lines); the map is framed on the others
    underlays: Sequence[AtlasLayer] = ()


@dataclass(frozen=True)
class Boundaries:
    """Township polygons and the field naming them, drawn on every page."""

    layer: object
    name_field: str


@dataclass(frozen=True)
class AtlasInputs:
    """The layers the atlas draws (each may be missing)."""

    hollow: Optional[object] = None
    hollow_label_field: str = ""
    facility_groups: Sequence = ()
    pairs: Optional[object] = None
    construction: Optional[object] = None
    demolition: Optional[object] = None
    conflicts: Optional[object] = None
    planned: Optional[object] = None
    flow_lines: Optional[object] = None
    flow_nodes: Optional[object] = None
    boundaries: Optional[Boundaries] = None
    village_classes: Optional[object] = None
    village_classes_label_field: str = ""
    siting: Optional[dict] = None  # {SITING_SITES, SITING_DEMAND, SITING_LINES: layer or None}
    consolidation: Optional[object] = None
    #: (line, layer) of the control lines given, drawn under the conflicts in this order, top
    #: first (line: a key of control_style.LINE_LAYER_SYMBOLS)
    control_lines: Sequence = ()


def text_format(size, colour="#1b1b1b", bold=False, buffer=1.0):
    """A label text format: ``size`` points, a white buffer of ``buffer`` mm (0: none)."""
    text = QgsTextFormat()
    font = QFont(text.font())
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    if buffer:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(buffer)
        text.setBuffer(halo)
    return text


def style_boundaries(layer, name_field):
    """Township boundaries as dash-dot outlines, named in bold above other labels."""
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": "#404040",
            "outline_width": "0.45",
            "outline_style": "dash dot",
        }
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    if name_field and name_field in layer.fields().names():
        settings = QgsPalLayerSettings()
        settings.fieldName = name_field
        settings.setFormat(text_format(11, "#262626", bold=True, buffer=1.2))
        settings.priority = 10
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)


def label_conflicts(layer, tr):
    """Each conflict piece labelled beside its marker with its planned feature and its area
    in ha and mu."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = (
        "coalesce(\"planned_id\" || '  ', '') || format_number(\"area_ha\", 2) || ' ha / ' || "
        'format_number("area_ha" * 15, 1) || ' + QgsExpression.quotedString(" " + tr("mu"))
    )
    settings.setFormat(text_format(8, "#67001f", bold=True))
    placement = getattr(Qgis, "LabelPlacement", None) or QgsPalLayerSettings.Placement
    settings.placement = placement.AroundPoint  # around the centroid, clear of the marker
    settings.dist = 1.5
    settings.priority = 9
    settings.displayAll = True  # a conflict is never left unlabelled
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def boundary_layer(inputs, tr) -> Optional[AtlasLayer]:
    found = inputs.boundaries
    if found is None:
        return None
    return AtlasLayer(
        found.layer,
        layer_name("boundaries", tr),
        lambda copy: style_boundaries(copy, found.name_field),
    )


def hollow_page(inputs, language, tr):
    layer = AtlasLayer(
        inputs.hollow,
        layer_name("hollow", tr),
        lambda copy: hollow_style.style_hollow_villages(copy, language, inputs.hollow_label_field),
    )
    return AtlasPage(page_title("hollow", tr), [layer])


def village_class_page(inputs, language, tr):
    """Villages by class in the planners' colours, labelled with their names."""
    layer = AtlasLayer(
        inputs.village_classes,
        layer_name("villageclass", tr),
        lambda copy: class_style.style_classes(copy, language, inputs.village_classes_label_field),
    )
    return AtlasPage(page_title("villageclass", tr), [layer])


def consolidation_page(inputs, language, tr):
    """Settlements by role of urflow:settlementconsolidation."""
    layer = AtlasLayer(
        inputs.consolidation,
        layer_name("consolidation", tr),
        lambda copy: consolidation_style.style_settlements(copy, language),
    )
    return AtlasPage(page_title("consolidation", tr), [layer])


def facility_page(group, language, tr):
    """Villages by gap class above the facilities (a village clinic stands in its village:
    the village's class stays visible); without demand, the zones by coverage rate."""
    layers = []
    if group.demand is not None:
        layers.append(
            AtlasLayer(
                group.demand,
                layer_name("demand", tr),
                lambda copy: gap_style.style_demand(copy, language),
            )
        )
    elif group.zones is not None:
        layers.append(AtlasLayer(group.zones, layer_name("zones", tr), gap_style.style_zones))
    if group.facilities is not None:
        layers.append(
            AtlasLayer(group.facilities, layer_name("facilities", tr), gap_style.style_facilities)
        )
    return AtlasPage(page_title("facility", tr, group.name), layers)


def siting_page(inputs, language, tr):
    """New sites as stars and existing facilities as circles above the village → site lines
    (by cost) and the villages, green when covered within the threshold, red when not."""
    found = inputs.siting
    sites = found.get("SITING_SITES")
    layers = []
    if sites is not None:
        layers.append(
            AtlasLayer(
                sites,
                layer_name("sites", tr),
                lambda copy: siting_style.style_open_sites(copy, language),
                "\"site_role\" IN ('new', 'existing')",
            )
        )
    if found.get("SITING_LINES") is not None:
        layers.append(
            AtlasLayer(
                found["SITING_LINES"], layer_name("assignment", tr), siting_style.style_lines
            )
        )
    if found.get("SITING_DEMAND") is not None:
        layers.append(
            AtlasLayer(
                found["SITING_DEMAND"],
                layer_name("covered", tr),
                lambda copy: siting_style.style_demand(copy, language),
            )
        )
    return AtlasPage(page_title("siting", tr), layers)


def linkage_page(inputs, language, tr):
    def construction(copy):
        linkage_style.style_construction(copy, language)  # exclusions labelled in ha
        centroid_markers(copy, {"selected", "excluded"}, size=2.2)

    def demolition(copy):
        linkage_style.style_demolition(copy, language)
        centroid_markers(copy, {"selected"}, size=1.4)

    layers = [  # the parcels above the pairs, so that the lines hide no parcel
        AtlasLayer(layer, layer_name(key, tr), style)
        for layer, key, style in (
            (inputs.construction, "construction", construction),
            (inputs.demolition, "demolition", demolition),
            (inputs.pairs, "pairs", linkage_style.style_pairs),
        )
        if layer is not None
    ]
    return AtlasPage(page_title("linkage", tr), layers)


def compliance_page(inputs, language, tr):
    def conflicts(copy):
        control_style.style_output("OUTPUT_CONFLICTS", copy, language)
        centroid_markers(copy, set(control_style.LINE_COLOURS), size=3.0)
        label_conflicts(copy, tr)

    def planned(copy):
        control_style.style_output("OUTPUT_PLANNED", copy, language)
        centroid_markers(copy, {1}, size=1.2)

    layers = [
        AtlasLayer(layer, layer_name(key, tr), style)
        for layer, key, style in (
            (inputs.conflicts, "conflicts", conflicts),
            (inputs.planned, "planned", planned),
        )
        if layer is not None
    ]
    lines = [  # in drawing order (report_parameters.CONTROL_LINES)
        AtlasLayer(
            layer,
            layer_name(line, tr),
            lambda copy, line=line: control_style.style_line_layer(copy, line),
        )
        for line, layer in inputs.control_lines
    ]
    return AtlasPage(page_title("compliance", tr), layers, underlays=lines)


def flow_pages(inputs, language, tr):
    """One page per flow kind (of the lines, else of the nodes)."""
    found = kinds(inputs.flow_lines if inputs.flow_lines is not None else inputs.flow_nodes)
    notes = []
    if inputs.flow_nodes is not None:
        if any(shape is None for shape in read_layer(inputs.flow_nodes, [], True)[1]):
            notes.append(unplaced_note(tr))
    pages = []
    for kind in found or [None]:
        subset = QgsExpression.createFieldEqualityExpression("kind", kind) if kind else ""
        layers = [
            AtlasLayer(
                layer,
                layer_name(key, tr),
                lambda copy, output=output: flow_style.style_output(output, copy, language),
                subset,
            )
            for layer, key, output in (  # the nodes above the lines' arrow heads
                (inputs.flow_nodes, "flow_nodes", "OUTPUT_NODES"),
                (inputs.flow_lines, "flow_lines", "OUTPUT_LINES"),
            )
            if layer is not None
        ]
        name = kind if len(found) > 1 else ""
        pages.append(AtlasPage(page_title("flows", tr, name), layers, notes=notes))
    return pages


def atlas_pages(inputs: AtlasInputs, language: str, tr) -> List[AtlasPage]:
    """The pages in the order of the plan chain: hollow villages, village classes, facility
    gaps per type, linkage, compliance, flows per kind; township boundaries on every map."""
    pages = []
    if inputs.hollow is not None:
        pages.append(hollow_page(inputs, language, tr))
    if inputs.village_classes is not None:
        pages.append(village_class_page(inputs, language, tr))
    if inputs.consolidation is not None:
        pages.append(consolidation_page(inputs, language, tr))
    for group in inputs.facility_groups:
        if group.demand is not None or group.zones is not None:
            pages.append(facility_page(group, language, tr))
    if inputs.siting and any(inputs.siting.get(k) is not None for k in SITING_MAP_KEYS):
        pages.append(siting_page(inputs, language, tr))
    if any(layer is not None for layer in (inputs.pairs, inputs.construction, inputs.demolition)):
        pages.append(linkage_page(inputs, language, tr))
    if inputs.conflicts is not None or inputs.planned is not None:
        pages.append(compliance_page(inputs, language, tr))
    if inputs.flow_lines is not None or inputs.flow_nodes is not None:
        pages += flow_pages(inputs, language, tr)
    boundaries = boundary_layer(inputs, tr)
    return [replace(page, boundaries=boundaries) for page in pages]

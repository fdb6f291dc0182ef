"""The look of urflow:facilitysiting's outputs: new sites as red stars, existing facilities as
blue circles, candidates not chosen as small grey dots; assignment lines coloured by cost."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsWkbTypes,
)

from ...core.labels import LabelTable
from ...core.siting import SITE_ROLE_LABELS

ROLE = "site_role"  # the stable code field written by siting_outputs
MARKERS = {
    "new": {"name": "star", "color": "#e31a1c", "size": "5.0", "outline_color": "#67000d"},
    "existing": {"name": "circle", "color": "#2171b5", "size": "3.4", "outline_color": "#08306b"},
    "candidate": {"name": "circle", "color": "#bdbdbd", "size": "1.6", "outline_color": "#737373"},
}


def prop(name):
    """A data-defined symbol property by its short name (``PropertyStrokeColor`` up to QGIS
    3.34, ``StrokeColor`` in later versions and QGIS 4)."""
    return getattr(QgsSymbolLayer.Property, name, None) or getattr(
        QgsSymbolLayer.Property, "Property" + name
    )


def style_sites(layer, language):
    """Stars, circles and dots by role, labelled from SITE_ROLE_LABELS in ``language``."""
    layer.setRenderer(
        QgsCategorizedSymbolRenderer(
            ROLE,
            [
                QgsRendererCategory(
                    code,
                    QgsMarkerSymbol.createSimple(MARKERS[code]),
                    SITE_ROLE_LABELS.label(code, language),
                )
                for code in MARKERS
            ],
        )
    )


def style_open_sites(layer, language):
    """Only the open sites' symbols (new stars, existing circles): for maps and legends that
    leave the candidates not chosen out."""
    style_sites(layer, language)
    renderer = layer.renderer()
    index = renderer.categoryIndexForValue("candidate")
    if index >= 0:
        renderer.deleteCategory(index)


#: OUTPUT_DEMAND's ``covered`` code as the report and the atlas name it.
COVERED_LABELS = LabelTable(
    "covered",
    {1: ("covered within the threshold", "标准内覆盖"), 0: ("not covered", "未覆盖")},
)
COVERED_COLOURS = {1: "#a6d96a", 0: "#d7191c"}


def style_demand(layer, language):
    """Villages by ``covered``: green within the threshold, red outside."""
    layer.setRenderer(
        QgsCategorizedSymbolRenderer(
            "covered",
            [
                QgsRendererCategory(
                    code,
                    QgsMarkerSymbol.createSimple(
                        {
                            "name": "circle",
                            "color": COVERED_COLOURS[code],
                            "size": "2.2" if code else "2.8",
                            "outline_color": "#404040",
                            "outline_width": "0.2",
                        }
                    )
                    if layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
                    else QgsFillSymbol.createSimple(
                        {"color": COVERED_COLOURS[code], "outline_color": "#404040"}
                    ),
                    COVERED_LABELS.label(code, language),
                )
                for code in (0, 1)
            ],
        )
    )


def style_lines(layer):
    """Thin lines from yellow (cheap) to dark red (the largest cost of the run)."""
    index = layer.fields().indexOf("cost")
    top = layer.maximumValue(index) if index >= 0 else None
    top = float(top) if top not in (None, 0) else 1.0
    symbol = QgsLineSymbol.createSimple({"line_width": "0.35", "line_color": "#fd8d3c"})
    symbol.symbolLayer(0).setDataDefinedProperty(
        prop("StrokeColor"),
        QgsProperty.fromExpression(
            f"ramp_color('Reds', scale_linear(coalesce(\"cost\", 0), 0, {top!r}, 0.25, 1))"
        ),
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_output(key, layer, language):
    """Style the output ``key`` of urflow:facilitysiting."""
    if key == "OUTPUT_SITES":
        style_sites(layer, language)
    elif key == "OUTPUT_LINES":
        style_lines(layer)

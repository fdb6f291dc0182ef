"""The look of urflow:settlementconsolidation's outputs: settlements by role, central villages
as large stars sized by their final population, moves as arrows, released land hatched."""

from qgis.core import (
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ...core.consolidation import CENTRAL, ROLE_LABELS

#: stays grey, central red, moves blue, protected green.
ROLE_COLOURS = {0: "#bdbdbd", 1: "#e31a1c", 2: "#4a90d9", 3: "#6aa84f"}


def style_settlements(layer, language):
    polygons = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    categories = []
    for code in ROLE_LABELS.codes:
        colour = ROLE_COLOURS[code]
        if polygons:
            symbol = QgsFillSymbol.createSimple(
                {"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.2"}
            )
        else:
            size = {0: "1.6", 1: "4.6"}.get(code, "2.6")
            shape = "star" if code == CENTRAL else "circle"
            symbol = QgsMarkerSymbol.createSimple(
                {
                    "name": shape,
                    "color": colour,
                    "size": size,
                    "outline_color": "#4d4d4d",
                    "outline_width": "0.15",
                }
            )
        label = f"{code} {ROLE_LABELS.label(code, language)}"
        categories.append(QgsRendererCategory(code, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("role", categories))


def style_central(layer):
    """Red stars, area proportional to the final population (4–12 mm)."""
    index = layer.fields().indexOf("final_pop")
    top = layer.maximumValue(index) if index >= 0 else None
    top = float(top) if top not in (None, 0) else 1.0
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#e31a1c", "outline_color": "#67000d", "size": "6"}
    )
    symbol.setDataDefinedSize(
        QgsProperty.fromExpression(f'4 + 8 * sqrt(coalesce("final_pop", 0) / {top!r})')
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_moves(layer):
    """Blue arrows from the moving settlement to its central village."""
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(0.35)
    arrow.setArrowStartWidth(0.35)
    arrow.setHeadLength(2.6)
    arrow.setHeadThickness(1.6)
    fill = arrow.subSymbol()
    fill.setColor(QColor("#2b6cb0"))
    fill.symbolLayer(0).setStrokeColor(QColor("#1c4f8a"))
    fill.symbolLayer(0).setStrokeWidth(0.1)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_demolition(layer):
    """Released land: dark-green diagonal hatching with an outline."""
    symbol = QgsFillSymbol()
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setColor(QColor("#006d2c"))
    symbol.changeSymbolLayer(0, hatch)
    outline = QgsSimpleLineSymbolLayer()
    outline.setColor(QColor("#006d2c"))
    outline.setWidth(0.3)
    symbol.appendSymbolLayer(outline)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_output(key, layer, language):
    """Style the output ``key`` of urflow:settlementconsolidation."""
    if key == "OUTPUT_SETTLEMENTS":
        style_settlements(layer, language)
    elif key == "OUTPUT_CENTRAL":
        style_central(layer)
    elif key == "OUTPUT_MOVES":
        style_moves(layer)
    elif key == "OUTPUT_DEMOLITION":
        style_demolition(layer)

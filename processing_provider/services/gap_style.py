"""The look of urflow:facilitygaps' outputs."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsWkbTypes,
)

from ...core.access import GAP_CLASS_LABELS

#: colour of each gap_class code drawn (labels from core.access.GAP_CLASS_LABELS)
GAP_COLOURS = {0: "#d7191c", 1: "#fdae61", 2: "#1a9641"}


def _symbol(layer, colour):
    if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        return QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#7f7f7f", "outline_width": "0.2"}
        )
    return QgsMarkerSymbol.createSimple(
        {"color": colour, "size": "2.6", "outline_color": "#333333"}
    )


def style_demand(layer, language):
    """Red blind spots, orange under-served, green adequate, labelled in ``language``."""
    layer.setRenderer(
        QgsCategorizedSymbolRenderer(
            "gap_class",
            [
                QgsRendererCategory(
                    code,
                    _symbol(layer, colour),
                    GAP_CLASS_LABELS.label(code, language),
                )
                for code, colour in GAP_COLOURS.items()
            ],
        )
    )


def style_facilities(layer):
    """Markers sized by load (1 = at the standard or serving its catchment fully)."""
    symbol = QgsMarkerSymbol.createSimple(
        {"color": "#2c7bb6", "name": "square", "outline_color": "#08306b"}
    )
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertySize,
        QgsProperty.fromExpression('2 + 3 * min(coalesce("load", 0), 3)'),
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_zones(layer):
    """Zones graduated by population coverage rate."""
    ranges = [
        (0.0, 0.5, "< 50 %", "#d7191c"),
        (0.5, 0.8, "50–80 %", "#fdae61"),
        (0.8, 0.95, "80–95 %", "#a6d96a"),
        (0.95, 1.0001, "≥ 95 %", "#1a9641"),
    ]
    layer.setRenderer(
        QgsGraduatedSymbolRenderer(
            "coverage_rate",
            [
                QgsRendererRange(
                    low,
                    high,
                    QgsFillSymbol.createSimple(
                        {"color": colour, "outline_color": "#4d4d4d", "outline_width": "0.4"}
                    ),
                    label,
                )
                for low, high, label, colour in ranges
            ],
        )
    )
    layer.setOpacity(0.6)


def style_output(key, layer, language):
    """Style the output ``key`` of urflow:facilitygaps."""
    if key == "OUTPUT_DEMAND":
        style_demand(layer, language)
    elif key == "OUTPUT_FACILITIES":
        style_facilities(layer)
    elif key == "OUTPUT_ZONES":
        style_zones(layer)

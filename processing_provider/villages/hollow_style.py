"""The look of urflow:hollowvillages' output: a red ramp by level, legend in the run's language."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsWkbTypes,
)

from ...core.hollow import HOLLOW_LEVELS
from ...styling import label_features

LEVEL_COLOURS = {0: "#fee5d9", 1: "#fcae91", 2: "#fb6a4a", 3: "#cb181d"}


def style_hollow_villages(layer, language, label_field):
    """Categories per ``hollow_level`` code (only the codes present), legend from
    :data:`HOLLOW_LEVELS` in ``language``, and village-name labels."""
    polygons = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    present = {
        value
        for value in layer.uniqueValues(layer.fields().indexOf("hollow_level"))
        if value is not None and str(value) != "NULL"
    }
    categories = []
    for level in HOLLOW_LEVELS.codes:
        if level not in present:
            continue
        colour = LEVEL_COLOURS[level]
        if polygons:
            symbol = QgsFillSymbol.createSimple(
                {"color": colour, "outline_color": "#7f7f7f", "outline_width": "0.2"}
            )
        else:
            symbol = QgsMarkerSymbol.createSimple(
                {"color": colour, "size": "3.2", "outline_color": "#4d4d4d"}
            )
        label = HOLLOW_LEVELS.label(level, language)
        categories.append(QgsRendererCategory(level, symbol, f"{level} {label}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("hollow_level", categories))

    label_features(layer, label_field)


def style_output(key, layer, language, label_field="village_name"):
    """Style the output ``key`` of urflow:hollowvillages (the weights table has no style)."""
    if key == "OUTPUT":
        style_hollow_villages(layer, language, label_field)

"""The look of urflow:hollowvillages' output: a red ramp by level, legend in the run's language."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ...core.hollow import LEVEL_LABELS

LEVEL_COLOURS = {0: "#fee5d9", 1: "#fcae91", 2: "#fb6a4a", 3: "#cb181d"}


def style_hollow_villages(layer, language, label_field):
    """Categories per ``hollow_level`` (only the levels present) and village-name labels."""
    polygons = layer.geometryType() == QgsWkbTypes.PolygonGeometry
    present = {value for value in layer.uniqueValues(layer.fields().indexOf("hollow_level"))
               if value is not None and str(value) != "NULL"}
    categories = []
    for level, (zh, en) in LEVEL_LABELS[4].items():
        if level not in present:
            continue
        colour = LEVEL_COLOURS[level]
        if polygons:
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#7f7f7f",
                                                 "outline_width": "0.2"})
        else:
            symbol = QgsMarkerSymbol.createSimple({"color": colour, "size": "3.2",
                                                   "outline_color": "#4d4d4d"})
        label = zh if language == "zh" else en
        categories.append(QgsRendererCategory(level, symbol, f"{level} {label}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("hollow_level", categories))

    settings = QgsPalLayerSettings()
    settings.fieldName = label_field
    text = QgsTextFormat()
    text.setSize(7)
    text.setColor(QColor("#1b1b1b"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)

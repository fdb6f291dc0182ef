"""The look of urflow:controllinecheck's outputs, legends in the run's language."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ...core.controllines import COMPLIANCE_LABELS, LINE_LABELS
from ...i18n import output_language
from ...styling import label_features

#: Each line's conventional colour: farmland yellow-brown, red line red, urban boundary purple;
#: the lines' own overlaps in darker tones of the first line.
LINE_COLOURS = {
    "permanent_farmland": "#b8860b",
    "eco_redline": "#d7191c",
    "outside_urban_boundary": "#7b3294",
    "farmland_x_redline": "#8c2d04",
    "farmland_x_urban": "#5e3c99",
    "redline_x_urban": "#67001f",
}

#: The control lines themselves, drawn under a compliance map in the colours of their conflicts:
#: farmland a pale fill, the red line a pale fill with its edge, the urban development boundary
#: a dashed outline only (the land inside it is where building is allowed).
LINE_LAYER_SYMBOLS = {
    "permanent_farmland": {
        "color": "184,134,11,55",
        "style": "solid",
        "outline_color": "184,134,11,110",
        "outline_width": "0.1",
    },
    "eco_redline": {
        "color": "215,25,28,50",
        "style": "solid",
        "outline_color": "#d7191c",
        "outline_width": "0.3",
    },
    "urban_boundary": {
        "color": "#7b3294",
        "style": "no",
        "outline_color": "#7b3294",
        "outline_width": "0.6",
        "outline_style": "dash",
    },
}


def style_line_layer(layer, line):
    """A control-line layer (``line``: a key of :data:`LINE_LAYER_SYMBOLS`) as drawn under the
    conflicts: one symbol, no labels."""
    symbol = QgsFillSymbol.createSimple(LINE_LAYER_SYMBOLS[line])
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabelsEnabled(False)


def _symbol(layer, colour, hatched=True):
    """Conflicts: hatched fill in the line's colour; planned features: a coloured outline only,
    so the conflict pieces beneath stay visible."""
    if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        fill = {"color": colour, "style": "b_diagonal"} if hatched else {"style": "no"}
        return QgsFillSymbol.createSimple(
            {**fill, "outline_color": colour, "outline_width": "0.5" if hatched else "0.8"}
        )
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(colour))
    if layer.geometryType() == QgsWkbTypes.GeometryType.LineGeometry:
        symbol.setWidth(1.2)
    else:
        symbol.setSize(3.0)
    return symbol


def style_conflicts(layer):
    """Conflict pieces hatched in their line's colour, labelled with the area in ha."""
    language = output_language()
    categories = [
        QgsRendererCategory(code, _symbol(layer, colour), LINE_LABELS.label(code, language))
        for code, colour in LINE_COLOURS.items()
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("line", categories))
    if layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        label_features(
            layer, "format_number(\"area_ha\", 2) || ' ha'", colour="#3f007d", is_expression=True
        )


def style_planned(layer):
    """Planned features: green when compliant, red when in conflict, grey when not checked."""
    language = output_language()
    categories = [
        QgsRendererCategory(
            0, _symbol(layer, "#1a9641", False), COMPLIANCE_LABELS.label(0, language)
        ),
        QgsRendererCategory(
            1, _symbol(layer, "#d7191c", False), COMPLIANCE_LABELS.label(1, language)
        ),
        QgsRendererCategory(None, _symbol(layer, "#bdbdbd", False), ""),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("conflict", categories))


def style_output(key, layer, language=None):
    """Style the output ``key`` of urflow:controllinecheck (the summary table has no style)."""
    if key == "OUTPUT_CONFLICTS":
        style_conflicts(layer)
    elif key == "OUTPUT_PLANNED":
        style_planned(layer)

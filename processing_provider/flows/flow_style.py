"""Flow maps: curved arrows whose width follows the value (square-root scale), coloured by
flow class, thin flows hidden; nodes sized by gross flow and coloured by the sign of net."""

import numpy as np
from qgis.core import (
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSymbolLayer,
)
from qgis.PyQt.QtGui import QColor

from ...core.flows import FLOW_CLASS_LABELS
from ...styling import label_features

CLASS_COLOURS = {
    "rural_to_urban": "#d95f02",
    "urban_to_rural": "#1b9e77",
    "rural_rural": "#7570b3",
    "urban_urban": "#666666",
}


def prop(name):
    """A data-defined symbol property by its short name: ``Size`` is ``PropertySize`` up to
    QGIS 3.34 and ``Size`` in later versions and QGIS 4."""
    return getattr(QgsSymbolLayer.Property, name, None) or getattr(
        QgsSymbolLayer.Property, "Property" + name
    )


LINES_SHOWN = 300  # the thickest lines drawn; thinner ones are hidden by the renderer's rule
LABELLED = 10  # the largest flows are labelled


def _threshold(layer, field, rank):
    values = np.sort([f[field] or 0.0 for f in layer.getFeatures()])[::-1]
    return float(values[min(rank, values.size) - 1]) if values.size else 0.0


def style_lines(layer, language):
    shown = _threshold(layer, "gross", LINES_SHOWN)
    top = max(_threshold(layer, "gross", 1), 1e-12)
    width = f'0.15 + 1.8 * sqrt(coalesce("gross", 0) / {top!r})'
    root = QgsRuleBasedRenderer.Rule(None)
    for code, colour in CLASS_COLOURS.items():
        arrow = QgsArrowSymbolLayer()
        arrow.setIsCurved(True)
        arrow.setHeadType(QgsArrowSymbolLayer.HeadType.HeadSingle)
        arrow.setArrowType(QgsArrowSymbolLayer.ArrowType.ArrowPlain)
        arrow.setDataDefinedProperty(prop("ArrowWidth"), QgsProperty.fromExpression(width))
        arrow.setDataDefinedProperty(prop("ArrowStartWidth"), QgsProperty.fromExpression(width))
        arrow.setDataDefinedProperty(
            prop("ArrowHeadLength"), QgsProperty.fromExpression(f"1.2 + 1.2 * ({width})")
        )
        arrow.setDataDefinedProperty(
            prop("ArrowHeadThickness"), QgsProperty.fromExpression(f"0.5 + 0.8 * ({width})")
        )
        arrow.subSymbol().setColor(QColor(colour))
        arrow.subSymbol().setOpacity(0.7)
        symbol = QgsLineSymbol()
        symbol.changeSymbolLayer(0, arrow)
        rule = QgsRuleBasedRenderer.Rule(
            symbol,
            filterExp=f'"flow_class" = \'{code}\' AND "estimated" = 0 AND "gross" >= {shown!r}',
            label=FLOW_CLASS_LABELS.label(code, language),
        )
        root.appendChild(rule)
    estimated = QgsLineSymbol.createSimple(
        {"line_color": "#9e9e9e", "line_width": "0.2", "line_style": "dash"}
    )
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            estimated,
            filterExp=f'"estimated" = 1 AND "gross" >= {shown!r}',
            label="estimated (gravity model)" if language != "zh" else "重力模型估计",
        )
    )
    layer.setRenderer(QgsRuleBasedRenderer(root))
    largest = _threshold(layer, "gross", LABELLED)
    label_features(
        layer,
        f'CASE WHEN "gross" >= {largest!r} THEN format_number("gross", 0) END',
        colour="#4d4d4d",
        is_expression=True,
    )


def style_nodes(layer, language):
    top = max(_threshold(layer, "gross", 1), 1e-12)
    categories = []
    for value, colour, en, zh in (
        (1, "#2166ac", "net receiver", "净流入"),
        (-1, "#b2182b", "net sender", "净流出"),
        (0, "#999999", "balanced", "平衡"),
    ):
        symbol = QgsMarkerSymbol.createSimple({"color": colour, "outline_color": "white"})
        symbol.symbolLayer(0).setDataDefinedProperty(
            prop("Size"),
            QgsProperty.fromExpression(f'1.5 + 8 * sqrt(coalesce("gross", 0) / {top!r})'),
        )
        categories.append(QgsRendererCategory(value, symbol, zh if language == "zh" else en))
    renderer = QgsCategorizedSymbolRenderer('if("net" > 0, 1, if("net" < 0, -1, 0))', categories)
    layer.setRenderer(renderer)


def style_output(key, layer, language):
    """Style the output ``key`` of urflow:urbanruralflows (the matrix table has no style)."""
    if key == "OUTPUT_LINES":
        style_lines(layer, language)
    elif key == "OUTPUT_NODES":
        style_nodes(layer, language)

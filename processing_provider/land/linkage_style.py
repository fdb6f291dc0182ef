"""The look of urflow:landquotalinkage's outputs, legends in the run's language."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayerSimpleLabeling,
)

from ...core.linkage.labels import CONSTRUCTION_STATES, DEMOLITION_STATES, EXCLUSIONS
from ...styling import label_features

#: The fill of each ``state`` code; the legend is the code's label (``core.linkage.labels``).
STATE_STYLE = {
    "demolition": (
        DEMOLITION_STATES,
        {
            "selected": {"color": "#b2182b"},
            "not_selected": {"color": "#f4e3d7"},
            "protected": {"color": "#4d9221", "style": "fdiagonal"},
            "unusable": {"color": "#bdbdbd", "style": "no"},
        },
    ),
    "construction": (
        CONSTRUCTION_STATES,
        {
            "selected": {"color": "#2166ac"},
            "not_selected": {"color": "#d1e5f0"},
            "excluded": {"color": "#d6604d", "style": "b_diagonal"},
            "unusable": {"color": "#bdbdbd", "style": "no"},
        },
    ),
}


def _categories(kind, language):
    table, fills = STATE_STYLE[kind]
    categories = []
    for code, props in fills.items():
        symbol = QgsFillSymbol.createSimple(
            {"outline_color": "#4d4d4d", "outline_width": "0.2", **props}
        )
        categories.append(QgsRendererCategory(code, symbol, table.label(code, language)))
    return categories


def style_demolition(layer, language):
    """拆旧 parcels: dark red when selected, pale when not, hatched green when protected."""
    layer.setRenderer(QgsCategorizedSymbolRenderer("state", _categories("demolition", language)))


def style_construction(layer, language):
    """建新 parcels: blue when selected, hatched red when excluded, labelled with the line
    broken and the overlap in ha."""
    layer.setRenderer(QgsCategorizedSymbolRenderer("state", _categories("construction", language)))
    label_exclusions(layer, language)


def label_exclusions(layer, language):
    """Excluded 建新 parcels labelled with the control line and the overlap in ha in
    ``language`` (the ``excluded_reason`` field says m², exact, for the tables), wrapped so
    that a label stays inside a report's map."""
    overlaps = {
        "permanent_farmland": "pbf_overlap_m2",
        "eco_redline": "redline_overlap_m2",
        "outside_urban_boundary": "outside_ugb_m2",
    }
    names = layer.fields().names()
    if "excluded_code" not in names:  # written before the code field: the reason as it is
        if "excluded_reason" in names:
            label_features(
                layer,
                'CASE WHEN "state" = \'excluded\' THEN "excluded_reason" END',
                colour="#67001f",
                is_expression=True,
            )
        return
    cases = " ".join(
        f'WHEN "excluded_code" = {QgsExpression.quotedValue(code)} THEN '
        f"{QgsExpression.quotedValue(EXCLUSIONS.label(code, language) + ' ')}"
        + (f" || format_number(\"{field}\" / 10000, 2) || ' ha'" if field in names else "")
        for code, field in overlaps.items()
    )
    label_features(layer, f"CASE {cases} END", colour="#67001f", is_expression=True)
    settings = layer.labeling().settings()
    settings.autoWrapLength = 16
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def style_pairs(layer):
    """Pair lines 拆旧 → 建新, width growing with the quota carried (ha)."""
    symbol = QgsLineSymbol.createSimple({"color": "#762a83", "capstyle": "round"})
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.PropertyStrokeWidth,
        QgsProperty.fromExpression('0.2 + 0.5 * sqrt(coalesce("quota_ha", 0))'),
    )
    symbol.setOpacity(0.8)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_output(key, layer, language):
    """Style the output ``key`` of urflow:landquotalinkage (the balance table has no style)."""
    if key == "OUTPUT_DEMOLITION":
        style_demolition(layer, language)
    elif key == "OUTPUT_CONSTRUCTION":
        style_construction(layer, language)
    elif key == "OUTPUT_PAIRS":
        style_pairs(layer)

"""The look of urflow:villageclassification: the four classes in planners' colours, grey for
unclassified, legend in the run's language, village-name labels."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsWkbTypes,
)

from ...core.villageclass import VILLAGE_CLASSES
from ...styling import label_features

#: 集聚提升 orange, 城郊融合 red, 特色保护 green, 搬迁撤并 blue, 暂不分类 grey.
CLASS_COLOURS = {1: "#f6b26b", 2: "#e06666", 3: "#6aa84f", 4: "#6fa8dc", 0: "#bdbdbd"}


def style_classes(layer, language, label_field):
    polygons = layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    categories = []
    for code in (1, 2, 3, 4, 0):
        colour = CLASS_COLOURS[code]
        if polygons:
            symbol = QgsFillSymbol.createSimple(
                {"color": colour, "outline_color": "#7f7f7f", "outline_width": "0.2"}
            )
        else:
            symbol = QgsMarkerSymbol.createSimple(
                {"color": colour, "size": "3.2", "outline_color": "#4d4d4d"}
            )
        label = VILLAGE_CLASSES.label(code, language)
        categories.append(QgsRendererCategory(code, symbol, f"{code} {label}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("class_code", categories))
    if label_field:
        label_features(layer, label_field)


def style_output(key, layer, language, label_field="village_name"):
    """Style the output ``key`` of urflow:villageclassification (the summary has no style)."""
    if key == "OUTPUT":
        style_classes(layer, language, label_field)

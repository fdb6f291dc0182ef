"""Write resources/styles/sample_*.qml: the look of the sample county's layers.

Styles are built with PyQGIS renderers on empty memory layers (only the geometry type and the
field names matter) and saved as QML, so a planner can open and restyle them in QGIS.
Run: make styles
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"


def fill(color, outline="#666666", width="0.2", style="solid", outline_style="solid"):
    return QgsFillSymbol.createSimple(
        {
            "color": color,
            "outline_color": outline,
            "outline_width": width,
            "style": style,
            "outline_style": outline_style,
        }
    )


def line(color, width, style="solid"):
    return QgsLineSymbol.createSimple(
        {"color": color, "width": str(width), "line_style": style, "capstyle": "round"}
    )


def marker(color, name="circle", size=2.4, outline="#222222"):
    return QgsMarkerSymbol.createSimple(
        {
            "color": color,
            "name": name,
            "size": str(size),
            "outline_color": outline,
            "outline_width": "0.2",
        }
    )


def categorized(field, entries):
    """entries: (value, label, symbol)."""
    return QgsCategorizedSymbolRenderer(
        field, [QgsRendererCategory(value, symbol, label) for value, label, symbol in entries]
    )


def labels(layer, field, size=8, max_scale_denominator=0, color="#222222"):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setFont(QFont("Noto Sans CJK SC"))
    text.setSize(size)
    text.setColor(QColor(color))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    if max_scale_denominator:
        settings.scaleVisibility = True
        settings.minimumScale = max_scale_denominator  # most zoomed-out scale shown
        settings.maximumScale = 1
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def layer(geometry, fields):
    spec = "&".join(f"field={name}:{kind}" for name, kind in fields)
    return QgsVectorLayer(f"{geometry}?crs=EPSG:4548&{spec}", "style", "memory")


def save(vector_layer, name):
    path = STYLES / f"{name}.qml"
    message, ok = vector_layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"could not write {path}: {message}")
    print(path.name)


def build():
    county = layer("Polygon", [("county_name", "string")])
    county.setRenderer(QgsSingleSymbolRenderer(fill("#ffffff", "#1b1b1b", "0.9", style="no")))
    save(county, "sample_county")

    towns = layer("Polygon", [("town_name", "string")])
    towns.setRenderer(
        QgsSingleSymbolRenderer(fill("#ffffff", "#3d3d3d", "0.5", style="no", outline_style="dash"))
    )
    labels(towns, "town_name", size=11, color="#1b1b1b")
    save(towns, "sample_townships")

    villages = layer("Polygon", [("terrain", "string"), ("village_name", "string")])
    villages.setRenderer(
        categorized(
            "terrain",
            [
                ("seat_fringe", "County-seat fringe 城郊", fill("#f6d6d0", "#9a9a9a")),
                ("plain", "Plain 平原", fill("#fbf3d5", "#9a9a9a")),
                ("hill", "Hills 丘陵山区", fill("#dcebd2", "#9a9a9a")),
            ],
        )
    )
    labels(villages, "village_name", size=7, max_scale_denominator=60000)
    save(villages, "sample_villages")

    points = layer("Point", [("village_name", "string")])
    points.setRenderer(QgsSingleSymbolRenderer(marker("#5a5a5a", size=1.4, outline="#ffffff")))
    labels(points, "village_name", size=7, max_scale_denominator=40000)
    save(points, "sample_village_points")

    for name, color in (("settlements", "#b07d4f"), ("homesteads", "#d9b38c")):
        patches = layer("Polygon", [("village_id", "string")])
        patches.setRenderer(QgsSingleSymbolRenderer(fill(color, "#7a5230", "0.1")))
        save(patches, f"sample_{name}")

    buildings = layer("Polygon", [("vacant", "integer")])
    buildings.setRenderer(
        categorized(
            "vacant",
            [
                (0, "In use 在用", fill("#8c8c8c", "#4d4d4d", "0.1")),
                (1, "Vacant 空置", fill("#d7301f", "#7f0000", "0.1")),
            ],
        )
    )
    save(buildings, "sample_buildings")

    town_areas = layer("Polygon", [("czcsxm", "string")])
    town_areas.setRenderer(QgsSingleSymbolRenderer(fill("#c9a3a3", "#7f4f4f", "0.2")))
    save(town_areas, "sample_town_areas")

    roads = layer("LineString", [("road_class", "string")])
    roads.setRenderer(
        categorized(
            "road_class",
            [
                ("county", "County road 县道", line("#e66101", 0.9)),
                ("township", "Township road 乡道", line("#fdb863", 0.6)),
                ("village", "Village road 村道", line("#8c8c8c", 0.3)),
                ("urban", "Urban street 城市道路", line("#5e3c99", 0.4)),
            ],
        )
    )
    save(roads, "sample_roads")

    schools = layer("Point", [("school_type", "string"), ("name", "string")])
    schools.setRenderer(
        categorized(
            "school_type",
            [
                ("primary", "Primary school 小学", marker("#2166ac", "square", 3.0)),
                ("teaching_point", "Teaching point 教学点", marker("#67a9cf", "square", 2.2)),
                ("junior", "Junior middle school 初中", marker("#053061", "diamond", 3.4)),
            ],
        )
    )
    save(schools, "sample_schools")

    for name, color, shape in (
        ("kindergartens", "#f768a1", "circle"),
        ("clinics", "#e31a1c", "cross_fill"),
        ("elderly_homes", "#6a3d9a", "pentagon"),
    ):
        facilities = layer("Point", [("name", "string")])
        facilities.setRenderer(QgsSingleSymbolRenderer(marker(color, shape, 2.6)))
        save(facilities, f"sample_{name}")

    centres = layer("Point", [("level", "string")])
    centres.setRenderer(
        categorized(
            "level",
            [
                ("county", "County hospital 县医院", marker("#a50f15", "cross_fill", 4.6)),
                (
                    "township",
                    "Township health centre 乡镇卫生院",
                    marker("#e31a1c", "cross_fill", 3.4),
                ),
            ],
        )
    )
    save(centres, "sample_health_centres")

    cultivated = layer("Polygon", [("grade", "integer")])
    ranges = [
        (1, 6, "等别 1–6 (best)", "#1a9850"),
        (7, 8, "等别 7–8", "#66bd63"),
        (9, 10, "等别 9–10", "#a6d96a"),
        (11, 12, "等别 11–12", "#d9ef8b"),
        (13, 15, "等别 13–15 (poorest)", "#fee08b"),
    ]
    cultivated.setRenderer(
        QgsGraduatedSymbolRenderer(
            "grade",
            [
                QgsRendererRange(low - 0.5, high + 0.5, fill(color, color, "0"), label)
                for low, high, label, color in ranges
            ],
        )
    )
    save(cultivated, "sample_cultivated")

    farmland = layer("Polygon", [("pbf_id", "string")])
    symbol = fill("#006d2c", "#00441b", "0.4", style="b_diagonal")
    farmland.setRenderer(QgsSingleSymbolRenderer(symbol))
    save(farmland, "sample_permanent_farmland")

    redline = layer("Polygon", [("kind", "string")])
    redline.setRenderer(QgsSingleSymbolRenderer(fill("#e31a1c55", "#e31a1c", "0.6")))
    save(redline, "sample_eco_redline")

    boundary = layer("Polygon", [("name", "string")])
    boundary.setRenderer(
        QgsSingleSymbolRenderer(fill("#ffffff", "#7b3294", "0.7", style="no", outline_style="dash"))
    )
    save(boundary, "sample_urban_boundary")

    candidates = layer("Polygon", [("cand_type", "string")])
    candidates.setRenderer(
        categorized(
            "cand_type",
            [
                ("urban", "Urban 城镇建设", fill("#fb6a4a", "#a50f15", "0.4")),
                ("resettlement", "Resettlement 安置", fill("#fd8d3c", "#a63603", "0.4")),
                ("industrial", "Industrial 产业", fill("#9e9ac8", "#54278f", "0.4")),
            ],
        )
    )
    save(candidates, "sample_construction_candidates")

    natural = layer("Point", [("is_seat", "integer"), ("nv_name", "string")])
    natural.setRenderer(
        categorized(
            "is_seat",
            [
                (1, "Village seat 村委会驻地", marker("#7a5230", "circle", 2.4, "#ffffff")),
                (0, "Natural village 自然村", marker("#b07d4f", "circle", 1.6, "#ffffff")),
            ],
        )
    )
    labels(natural, "nv_name", size=6, max_scale_denominator=25000)
    save(natural, "sample_natural_villages")

    hazard = layer("Polygon", [("hazard_type", "string")])
    hazard.setRenderer(
        QgsSingleSymbolRenderer(fill("#b2182b", "#b2182b", "0.5", style="f_diagonal"))
    )
    save(hazard, "sample_hazard_zones")

    # 三调 DLTB by its first-level class (the first two digits of DLBM)
    dltb = layer("Polygon", [("DLBM", "string")])
    dltb.setRenderer(
        categorized(
            'left("DLBM", 2)',
            [
                ("01", "01 Cultivated land 耕地", fill("#f5e97a", "#b8a93a", "0.05")),
                ("02", "02 Orchards 园地", fill("#d6c26b", "#9c8a3a", "0.05")),
                ("03", "03 Forest 林地", fill("#7fbf7b", "#4d8a4a", "0.05")),
                ("04", "04 Grassland 草地", fill("#c2e699", "#7aa35a", "0.05")),
                ("05", "05 Commercial 商业服务业用地", fill("#e78ac3", "#9c4f80", "0.05")),
                ("06", "06 Industrial and mining 工矿用地", fill("#bc80bd", "#7a4f7b", "0.05")),
                ("07", "07 Residential 住宅用地", fill("#d9b38c", "#7a5230", "0.05")),
                (
                    "08",
                    "08 Public services 公共管理与公共服务用地",
                    fill("#fb8072", "#a04f47", "0.05"),
                ),
                ("09", "09 Special use 特殊用地", fill("#bebada", "#75718a", "0.05")),
                ("10", "10 Transport 交通运输用地", fill("#bdbdbd", "#737373", "0.05")),
                ("11", "11 Water 水域及水利设施用地", fill("#80b1d3", "#4f7a99", "0.05")),
                ("12", "12 Other land 其他土地", fill("#f0f0f0", "#a0a0a0", "0.05")),
            ],
        )
    )
    save(dltb, "sample_DLTB")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    try:
        STYLES.mkdir(parents=True, exist_ok=True)
        build()
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())

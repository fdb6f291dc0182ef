"""urflow:planningreport's compliance and flows sections and its PDF map atlas (图集).

The atlas is checked as a planner receives it: the PDF has one page per map asked for, no page
is blank (rendered with poppler's pdftoppm, else GDAL's PDF driver), and the QGIS project saved
beside it holds one layout per page with the title, map, legend, north arrow, scale bar and text
block, its layers readable.
"""

import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import processing
import pytest
from qgis.core import (
    QgsApplication,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import Qt

from urflow import i18n

REPO = Path(__file__).resolve().parents[3]
SAMPLE = f"{REPO / 'resources' / 'sample' / 'sample_county.gpkg'}|layername="
#: A3 landscape in PDF points, A4 landscape.
A3, A4 = (1191, 842), (842, 595)


@pytest.fixture(scope="module")
def provider(urflow_provider):
    return urflow_provider


@pytest.fixture(scope="module")
def plan_outputs(provider, tmp_path_factory):
    """The five analyses on the sample county (one facility type), written to files."""
    out = tmp_path_factory.mktemp("plan")
    processing.run(
        "urflow:hollowvillages",
        {
            "VILLAGES": SAMPLE + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "VILLAGE_NAME_FIELD": "village_name",
            "REGISTERED_POP_FIELD": "registered_pop",
            "RESIDENT_POP_FIELD": "resident_pop",
            "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
            "HOMESTEADS_FIELD": "homesteads",
            "OUTPUT": str(out / "hollow.gpkg"),
            "WEIGHTS_TABLE": str(out / "weights.csv"),
        },
    )
    processing.run(
        "urflow:facilitygaps",
        {
            "DEMAND": SAMPLE + "village_points",
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "resident_pop",
            "FACILITIES": SAMPLE + "clinics",
            "FACILITY_ID_FIELD": "fac_id",
            "CAPACITY_FIELD": "doctors",
            "NETWORK": SAMPLE + "roads",
            "SPEED_FIELD": "speed_kmh",
            "STANDARD": "rural_village_clinic",
            "ZONES": SAMPLE + "townships",
            "ZONE_NAME_FIELD": "town_name",
            "OUTPUT_DEMAND": str(out / "clinic_villages.gpkg"),
            "OUTPUT_FACILITIES": str(out / "clinic_facilities.gpkg"),
            "OUTPUT_ZONES": str(out / "clinic_townships.gpkg"),
        },
    )
    processing.run(
        "urflow:landquotalinkage",
        {
            "DEMOLITION": SAMPLE + "settlements",
            "DEMOLITION_ID_FIELD": "settle_id",
            "KAPPA_FIELD": "kappa",
            "PROTECTED_FIELD": "protected",
            "CONSTRUCTION": SAMPLE + "construction_candidates",
            "CONSTRUCTION_ID_FIELD": "cand_id",
            "MANDATORY_FIELD": "mandatory",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "MAX_PAIR_DISTANCE": 8000,
            "OUTPUT_DEMOLITION": str(out / "demolition.gpkg"),
            "OUTPUT_CONSTRUCTION": str(out / "construction.gpkg"),
            "OUTPUT_PAIRS": str(out / "pairs.gpkg"),
            "OUTPUT_BALANCE": str(out / "balance.csv"),
        },
    )
    processing.run(
        "urflow:controllinecheck",
        {
            "PLANNED": SAMPLE + "construction_candidates",
            "PLANNED_ID_FIELD": "cand_id",
            "PLANNED_TYPE_FIELD": "cand_type",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "ZONES": SAMPLE + "townships",
            "ZONE_NAME_FIELD": "town_name",
            "OUTPUT_CONFLICTS": str(out / "conflicts.gpkg"),
            "OUTPUT_PLANNED": str(out / "checked.gpkg"),
            "OUTPUT_SUMMARY": str(out / "control_summary.csv"),
        },
    )
    processing.run(
        "urflow:urbanruralflows",
        {
            "NODES": SAMPLE + "flow_nodes",
            "NODE_ID_FIELD": "node_id",
            "NODE_TYPE_FIELD": "node_type",
            "NAME_FIELD": "name",
            "FLOWS": SAMPLE + "migration_od",
            "ORIGIN_FIELD": "origin_village_id",
            "DESTINATION_FIELD": "dest_code",
            "VALUE_FIELD": "workers",
            "YEAR_FIELD": "year",
            "YEAR": 2023,
            "MIN_VALUE": 5,
            "OUTPUT_LINES": str(out / "flow_lines.gpkg"),
            "OUTPUT_NODES": str(out / "flow_nodes.gpkg"),
            "OUTPUT_MATRIX": str(out / "flow_matrix.csv"),
        },
    )
    return {
        "HOLLOW_VILLAGES": str(out / "hollow.gpkg"),
        "FACILITY_GAPS": [
            str(out / f"clinic_{part}.gpkg") for part in ("villages", "facilities", "townships")
        ],
        "LINKAGE_BALANCE": str(out / "balance.csv"),
        "LINKAGE_DEMOLITION": str(out / "demolition.gpkg"),
        "LINKAGE_CONSTRUCTION": str(out / "construction.gpkg"),
        "LINKAGE_PAIRS": str(out / "pairs.gpkg"),
        "CONTROL_CONFLICTS": str(out / "conflicts.gpkg"),
        "CONTROL_PLANNED": str(out / "checked.gpkg"),
        "CONTROL_SUMMARY": str(out / "control_summary.csv"),
        "CONTROL_FARMLAND": SAMPLE + "permanent_farmland",
        "CONTROL_REDLINE": SAMPLE + "eco_redline",
        "CONTROL_URBAN_BOUNDARY": SAMPLE + "urban_boundary",
        "FLOW_LINES": str(out / "flow_lines.gpkg"),
        "FLOW_NODES": str(out / "flow_nodes.gpkg"),
        "FLOW_MATRIX": str(out / "flow_matrix.csv"),
        "BOUNDARIES": SAMPLE + "townships",
    }


@pytest.fixture(scope="module")
def sample_atlas(plan_outputs, tmp_path_factory, qgis_processing):
    """The report and atlas of the sample county, made through qgis_process as a script would."""
    out = tmp_path_factory.mktemp("atlas")
    arguments = []
    for key, value in plan_outputs.items():
        arguments += [f"{key}={item}" for item in (value if isinstance(value, list) else [value])]
    completed = subprocess.run(
        [
            "bash",
            str(REPO / "scripts" / "qgis_process.sh"),
            "run",
            "urflow:planningreport",
            "--json",
            "--",
            *arguments,
            "TITLE=Qingxi County (fictitious)",
            "FLOW_UNIT=1",
            "PRODUCER=Qingxi County Natural Resources Bureau (fictitious)",
            "FICTITIOUS=true",
            f"OUTPUT={out / 'report.html'}",
            f"OUTPUT_PDF={out / 'atlas.pdf'}",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    results = json.loads(completed.stdout[completed.stdout.index("{") :])["results"]
    return out, results


# -- reading PDFs ---------------------------------------------------------------------------


def pdf_pages(path):
    """The page sizes (points, rounded) of a PDF written by Qt, in order."""
    data = Path(path).read_bytes()
    count = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    sizes = [(round(float(w)), round(float(h))) for w, h in boxes]
    assert len(sizes) == count
    return sizes


def render_pages(path, dpi=20):
    """Each page as (width, height, grey bytes): pdftoppm, else GDAL's PDF driver."""
    if shutil.which("pdftoppm"):
        folder = Path(path).parent / f"{Path(path).stem}_pages"
        folder.mkdir(exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-gray", str(path), str(folder / "p")], check=True
        )
        pages = []
        for pgm in sorted(folder.glob("p-*.pgm")):
            data = pgm.read_bytes()
            header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
            width, height = int(header.group(1)), int(header.group(2))
            pages.append((width, height, data[header.end() : header.end() + width * height]))
        return pages
    from osgeo import gdal

    pages = []
    for number in range(1, len(pdf_pages(path)) + 1):
        dataset = gdal.OpenEx(f"PDF:{number}:{path}", open_options=[f"DPI={dpi}"])
        bands = [dataset.GetRasterBand(b).ReadAsArray() for b in (1, 2, 3)]
        grey = (sum(band.astype(float) for band in bands) / 3).astype("uint8")
        pages.append((dataset.RasterXSize, dataset.RasterYSize, grey.tobytes()))
    return pages


def inked_share(page, box):
    """The share of pixels darker than light grey in ``box`` (fractions x0, y0, x1, y1)."""
    width, height, pixels = page
    x0, y0, x1, y1 = (int(f * n) for f, n in zip(box, (width, height, width, height)))
    inked = total = 0
    for y in range(y0, y1):
        row = pixels[y * width + x0 : y * width + x1]
        inked += sum(1 for value in row if value < 200)
        total += len(row)
    return inked / max(total, 1)


#: Inside the map frame (A3: 10–322 × 30–287 mm), a little in from its border.
MAP_BOX = (14 / 420, 34 / 297, 318 / 420, 283 / 297)
#: The right-hand column: legend, scale and text block.
PANEL_BOX = (330 / 420, 30 / 297, 410 / 420, 287 / 297)


def assert_pages_drawn(path, count, size=A3):
    assert pdf_pages(path) == [size] * count
    for number, page in enumerate(render_pages(path), 1):
        assert inked_share(page, MAP_BOX) > 0.01, f"page {number}: the map is empty"
        assert inked_share(page, PANEL_BOX) > 0.005, f"page {number}: no legend or text"


def layouts_of(project_path):
    project = QgsProject()
    assert project.read(str(project_path))
    return project, sorted(project.layoutManager().printLayouts(), key=lambda x: x.name())


def items(layout, kind):
    return [item for item in layout.items() if isinstance(item, kind)]


def map_layer_names(layout):
    """The names of the layers drawn in a page's map, top first."""
    return [layer.name() for layer in items(layout, QgsLayoutItemMap)[0].layers()]


def legend_layer_names(layout):
    """The names of the layers in a page's legend."""
    legend = items(layout, QgsLayoutItemLegend)[0]
    return [node.name() for node in legend.model().rootGroup().findLayers()]


# -- the sample county through qgis_process -----------------------------------------------------


def test_the_sample_county_atlas_has_one_drawn_page_per_map(sample_atlas):
    out, results = sample_atlas
    # hollow villages, clinics, linkage, compliance, flows (one kind)
    assert results["PAGES"] == 5 and results["SECTIONS"] == 5
    assert results["OUTPUT_PDF"] == str(out / "atlas.pdf")
    assert results["ATLAS_PROJECT"] == str(out / "atlas.qgz")
    assert_pages_drawn(out / "atlas.pdf", 5)
    assert not list(out.glob(".*.part*"))
    assert not (out / "atlas_layers.gpkg").exists()  # every input was a lasting file


def test_the_sample_county_layouts_have_their_items(sample_atlas):
    out, _results = sample_atlas
    project, layouts = layouts_of(out / "atlas.qgz")
    assert [layout.name() for layout in layouts] == [
        "01 Hollow villages by level",
        "02 Public service facility gaps: Village clinic",
        "03 Land-quota linkage: 拆旧, 建新 and their pairs",
        "04 Three-control-line compliance",
        "05 Urban–rural flows",
    ]
    for layout in layouts:
        title = layout.name()[3:]
        labels = [label.text() for label in items(layout, QgsLayoutItemLabel)]
        assert title in labels and "Qingxi County (fictitious)" in labels
        (credits,) = [text for text in labels if text.startswith("Producer:")]
        for part in ("Date: ", "Data sources: ", "EPSG:4548", "fictitious sample data"):
            assert part in credits, (layout.name(), part)
        assert any(text.startswith("Scale 1:") for text in labels)
        (map_item,) = items(layout, QgsLayoutItemMap)
        assert map_item.layers() and all(layer.isValid() for layer in map_item.layers())
        assert map_item.scale() > 0 and map_item.crs().authid() == "EPSG:4548"
        (legend,) = items(layout, QgsLayoutItemLegend)
        assert legend.title() == "Legend"
        (arrow,) = items(layout, QgsLayoutItemPicture)
        assert Path(arrow.picturePath()).exists() and arrow.linkedMap() is map_item
        (bar,) = items(layout, QgsLayoutItemScaleBar)
        assert bar.linkedMap() is map_item and bar.unitLabel() == "km"
    # the linkage map shows 建新, 拆旧 and the pairs, each named in the legend
    names = map_layer_names(layouts[2])
    assert names == [
        "Township boundary",
        "建新 parcels",
        "拆旧 parcels",
        "Quota pairs 拆旧 → 建新 (width: quota)",
    ]
    assert sorted(legend_layer_names(layouts[2])) == sorted(names)
    # the compliance map shows the three lines under the conflicts, each in the legend
    compliance = map_layer_names(layouts[3])
    assert compliance == [
        "Township boundary",
        "Conflicts with a control line",
        "Planned features checked",
        "Urban development boundary",
        "Permanent basic farmland",
        "Ecological protection red line",
    ]
    assert sorted(legend_layer_names(layouts[3])) == sorted(compliance)
    clinics = map_layer_names(layouts[1])
    assert clinics == ["Township boundary", "Villages by gap class", "Facilities (size: load)"]
    flows = [label.text() for label in items(layouts[4], QgsLayoutItemLabel)]
    assert any("counted in the report but not drawn" in text for text in flows)
    hollow = items(layouts[0], QgsLayoutItemMap)[0].layers()[1]
    assert hollow.labelsEnabled() and hollow.labeling().settings().fieldName == "village_name"


def test_the_sample_county_report_has_the_compliance_and_flows_sections(sample_atlas):
    out, results = sample_atlas
    page = (out / "report.html").read_text(encoding="utf-8")
    for text in (
        "Three-control-line compliance",
        "JX042",
        "JX045",
        "北塘镇集镇扩容安置区",  # the planned feature's name, from CONTROL_PLANNED
        "permanent basic farmland",
        "Urban–rural flows",
        "Top 10 sending villages (largest outflow)",
        "青溪县城",
        "<td>persons</td>",
    ):
        assert text in page, text


# -- hand-made layers -----------------------------------------------------------------------


def square(x, y, size=400):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


@pytest.fixture
def plan_layers(provider, make_layer):
    """Conflicts, planned features, townships and flows of two kinds, in memory."""
    conflicts = make_layer(
        "MultiPolygon",
        "EPSG:4548",
        [("planned_id", str), ("line", str), ("line_label", str), ("area_ha", float),
         ("net_area_ha", float), ("length_m", float), ("zone", str)],
        [
            (square(501000, 3501000), "P1", "permanent_farmland", "x", 16.0, 16.0, 0.0, "东乡"),
            (square(506000, 3506000), "P2", "eco_redline", "x", 16.0, 16.0, 0.0, "西乡"),
        ],
        "conflicts",
    )  # fmt: skip
    planned = make_layer(
        "Polygon",
        "EPSG:4548",
        [("pid", str), ("name", str), ("conflict", int)],
        [
            (square(500800, 3500800, 800), "P1", "<b>东乡安置区</b>", 1),
            (square(505800, 3505800, 800), "P2", "西乡旅游地块", 1),
            (square(503000, 3503000, 800), "P3", "合规地块", 0),
        ],
        "planned",
    )
    townships = make_layer(
        "Polygon",
        "EPSG:4548",
        [("town_name", str)],
        [
            (square(500000, 3500000, 5000), "东乡"),
            (square(505000, 3500000, 5000), "西乡"),
            (square(500000, 3505000, 10000), "北乡"),
        ],
        "townships",
    )
    line_fields = [
        ("from_id", str), ("to_id", str), ("kind", str), ("gross", float), ("net", float),
        ("flow_class", str), ("estimated", int),
    ]  # fmt: skip
    lines = make_layer(
        "LineString",
        "EPSG:4548",
        line_fields,
        [
            ("LINESTRING(501000 3501000,505000 3506000,509000 3509000)", "V1", "T1", "labour",
             120.0, 80.0, "rural_to_urban", 0),
            ("LINESTRING(506000 3501000,508000 3505000,509000 3509000)", "V2", "T1", "labour",
             40.0, 40.0, "rural_to_urban", 0),
            ("LINESTRING(509000 3509000,505000 3503000,501000 3501000)", "T1", "V1", "capital",
             7.5, 7.5, "urban_to_rural", 0),
        ],
        "lines",
    )  # fmt: skip
    node_fields = [
        ("node_id", str), ("name", str), ("node_type", str), ("kind", str), ("inflow", float),
        ("outflow", float), ("gross", float), ("net", float),
    ]  # fmt: skip
    nodes = make_layer(
        "Point",
        "EPSG:4548",
        node_fields,
        [
            ("POINT(501000 3501000)", "V1", "甲村", "rural", "labour", 20, 100, 120, -80),
            ("POINT(506000 3501000)", "V2", "乙村", "rural", "labour", 0, 40, 40, -40),
            ("POINT(509000 3509000)", "T1", "县城", "urban", "labour", 140, 20, 160, 120),
            ("POINT(501000 3501000)", "V1", "甲村", "rural", "capital", 7.5, 0, 7.5, 7.5),
            ("POINT(509000 3509000)", "T1", "县城", "urban", "capital", 0, 7.5, 7.5, -7.5),
        ],
        "nodes",
    )
    return {
        "CONTROL_CONFLICTS": conflicts,
        "CONTROL_PLANNED": planned,
        "FLOW_LINES": lines,
        "FLOW_NODES": nodes,
        "BOUNDARIES": townships,
    }


def english(monkeypatch):
    monkeypatch.setattr(i18n, "current_locale", lambda: "en_US")


def test_hand_made_layers_give_their_names_to_the_report(plan_layers, tmp_path, monkeypatch):
    english(monkeypatch)
    result = processing.run(
        "urflow:planningreport", {**plan_layers, "OUTPUT": str(tmp_path / "r.html")}
    )
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert result["SECTIONS"] == 2 and result["PAGES"] == 0 and result["OUTPUT_PDF"] is None
    for text in (
        "&lt;b&gt;东乡安置区&lt;/b&gt;",  # named through the planned layer's id field
        "西乡旅游地块",
        "ecological red line",
        '<td class="num">16.00</td><td class="num">240.0</td>',  # ha and 亩
        "2 of 3 planned features conflict with a control line (32.00 ha, 480.0 mu 亩).",
        "甲村",
        "县城",
        "<h3>labour</h3>",
        "<h3>capital</h3>",
        "<td>units of the flow table</td>",
    ):
        assert text in page, text
    assert "合规地块" not in page
    assert not (tmp_path / "r.pdf").exists()


def test_the_pages_follow_the_maps_asked_for(plan_layers, tmp_path, monkeypatch):
    english(monkeypatch)
    result = processing.run(
        "urflow:planningreport",
        {**plan_layers, "OUTPUT": str(tmp_path / "r.html"), "OUTPUT_PDF": str(tmp_path / "a.pdf")},
    )
    # compliance, then one flows page per kind
    assert result["PAGES"] == 3
    assert_pages_drawn(tmp_path / "a.pdf", 3)
    # memory layers do not outlive the run: the project reads copies beside the PDF
    assert (tmp_path / "a_layers.gpkg").exists()
    project, layouts = layouts_of(tmp_path / "a.qgz")
    assert [layout.name() for layout in layouts] == [
        "01 Three-control-line compliance",
        "02 Urban–rural flows: labour",
        "03 Urban–rural flows: capital",
    ]
    for layout in layouts:
        (map_item,) = items(layout, QgsLayoutItemMap)
        layers = map_item.layers()
        assert layers[0].name() == "Township boundary"
        assert all(layer.isValid() and "a_layers.gpkg" in layer.source() for layer in layers)
    capital = items(layouts[2], QgsLayoutItemMap)[0].layers()
    assert [layer.featureCount() for layer in capital[1:]] == [2, 1]  # nodes, lines of one kind
    for layer in plan_layers.values():  # the inputs are never restyled
        assert layer.renderer().type() == "singleSymbol" and not layer.labelsEnabled()


def test_a4_pages(plan_layers, tmp_path, monkeypatch):
    english(monkeypatch)
    inputs = {key: plan_layers[key] for key in ("CONTROL_CONFLICTS", "BOUNDARIES")}
    processing.run(
        "urflow:planningreport",
        {
            **inputs,
            "PAGE_SIZE": 1,
            "OUTPUT": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "a4.pdf"),
        },
    )
    assert_pages_drawn(tmp_path / "a4.pdf", 1, A4)


def test_a_chinese_qgis_writes_the_atlas_in_chinese(plan_layers, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "current_locale", lambda: "zh_CN")
    inputs = {key: plan_layers[key] for key in ("CONTROL_CONFLICTS", "BOUNDARIES")}
    processing.run(
        "urflow:planningreport",
        {
            **inputs,
            "PRODUCER": "某县自然资源局",
            "FICTITIOUS": True,
            "OUTPUT": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "zh.pdf"),
        },
    )
    _project, (layout,) = layouts_of(tmp_path / "zh.qgz")
    assert layout.name() == "01 三线合规检查图"
    labels = [label.text() for label in items(layout, QgsLayoutItemLabel)]
    (credits,) = [text for text in labels if text.startswith("编制单位：某县自然资源局")]
    assert "编制日期：" in credits and "数据来源：" in credits and "虚构" in credits
    assert any(text.startswith("比例尺 1:") for text in labels)
    assert items(layout, QgsLayoutItemLegend)[0].title() == "图例"
    assert items(layout, QgsLayoutItemScaleBar)[0].unitLabel() == "千米"
    layers = items(layout, QgsLayoutItemMap)[0].layers()
    assert [layer.name() for layer in layers] == ["乡镇界", "与管控线冲突图斑"]


def control_lines(make_layer):
    """Hand-made farmland, red line and urban boundary around the plan_layers' conflicts."""
    return {
        key: make_layer("Polygon", "EPSG:4548", [("name", str)], [(square(x, y, 900), key)], key)
        for key, x, y in (
            ("CONTROL_FARMLAND", 500900, 3500900),
            ("CONTROL_REDLINE", 505900, 3505900),
            ("CONTROL_URBAN_BOUNDARY", 502500, 3502500),
        )
    }


def test_the_control_lines_are_drawn_under_the_compliance_map(
    plan_layers, make_layer, tmp_path, monkeypatch
):
    english(monkeypatch)
    lines = control_lines(make_layer)
    inputs = {key: plan_layers[key] for key in ("CONTROL_CONFLICTS", "CONTROL_PLANNED")}
    result = processing.run(
        "urflow:planningreport",
        {
            **inputs,
            **lines,
            "OUTPUT": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "a.pdf"),
        },
    )
    assert result["PAGES"] == 1 and result["MAPS"] == 1
    _project, (layout,) = layouts_of(tmp_path / "a.qgz")
    drawn = items(layout, QgsLayoutItemMap)[0].layers()
    assert [layer.name() for layer in drawn] == [
        "Conflicts with a control line",
        "Planned features checked",
        "Urban development boundary",  # an outline above the two fills
        "Permanent basic farmland",
        "Ecological protection red line",
    ]
    symbols = {layer.name(): layer.renderer().symbol() for layer in drawn[2:]}
    assert (
        symbols["Urban development boundary"].symbolLayer(0).brushStyle() == Qt.BrushStyle.NoBrush
    )
    assert (
        symbols["Ecological protection red line"].symbolLayer(0).strokeColor().name() == "#d7191c"
    )
    assert all(
        symbol.symbolLayer(0).fillColor().alpha() < 100 for symbol in list(symbols.values())[1:]
    )
    # the report's own map has them in its legend too
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    for name in (
        "Permanent basic farmland",
        "Ecological protection red line",
        "Urban development boundary",
    ):
        assert name in page, name
    for layer in lines.values():  # the inputs are never restyled
        assert layer.renderer().symbol().symbolLayer(0).brushStyle() == Qt.BrushStyle.SolidPattern


def test_a_province_wide_line_layer_in_web_mercator_neither_reframes_nor_reprojects(
    plan_layers, make_layer, tmp_path, monkeypatch
):
    """Real 三区三线 layers often cover a whole city or province, in any CRS: the compliance
    map stays framed on the conflicts and in their CRS (Web Mercator would be refused as a
    map CRS)."""
    english(monkeypatch)
    province = make_layer(  # 114–120°E, 29–35°N in EPSG:3857
        "Polygon",
        "EPSG:3857",
        [("name", str)],
        [("POLYGON((12690605 3375646,13358338 3375646,13358338 4163881,12690605 4163881,"
          "12690605 3375646))", "province")],
        "province",
    )  # fmt: skip
    inputs = {key: plan_layers[key] for key in ("CONTROL_CONFLICTS", "CONTROL_PLANNED")}
    result = processing.run(
        "urflow:planningreport",
        {
            **inputs,
            "CONTROL_FARMLAND": province,
            "OUTPUT": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "a.pdf"),
        },
    )
    assert result["PAGES"] == 1 and result["MAPS"] == 1
    _project, (layout,) = layouts_of(tmp_path / "a.qgz")
    (map_item,) = items(layout, QgsLayoutItemMap)
    assert map_item.crs().authid() == "EPSG:4548"
    assert [layer.name() for layer in map_item.layers()][-1] == "Permanent basic farmland"
    assert map_item.extent().width() < 20_000  # the conflicts span 5.4 km, the province 600 km
    assert_pages_drawn(tmp_path / "a.pdf", 1)


def test_control_lines_without_a_compliance_output_are_said_not_drawn(
    plan_layers, make_layer, tmp_path, monkeypatch
):
    english(monkeypatch)
    feedback = QgsProcessingFeedback()
    result = processing.run(
        "urflow:planningreport",
        {
            "FLOW_LINES": plan_layers["FLOW_LINES"],
            "CONTROL_REDLINE": control_lines(make_layer)["CONTROL_REDLINE"],
            "OUTPUT": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "a.pdf"),
        },
        feedback=feedback,
    )
    assert result["PAGES"] == 2  # the flows pages only
    assert "CONTROL_REDLINE: drawn only under the compliance map" in feedback.textLog()
    assert "Ecological protection red line" not in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_the_atlas_is_built_in_processing_s_worker_thread(plan_layers, tmp_path, monkeypatch):
    """As the toolbox runs it: the layers in the open project, a QgsProcessingAlgRunnerTask
    on the task manager's thread; the open project gets no layout."""
    english(monkeypatch)
    project = QgsProject.instance()
    for layer in plan_layers.values():
        project.addMapLayer(layer, False)
    try:
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("urflow:planningreport")
        context = QgsProcessingContext()
        context.setProject(project)
        feedback = QgsProcessingFeedback()
        parameters = {key: layer.id() for key, layer in plan_layers.items()}
        parameters["OUTPUT"] = str(tmp_path / "t.html")
        parameters["OUTPUT_PDF"] = str(tmp_path / "t.pdf")
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        outcome = {}
        task.executed.connect(lambda ok, results: outcome.update(ok=ok, results=results))
        QgsApplication.taskManager().addTask(task)
        deadline = time.time() + 300
        while "ok" not in outcome and time.time() < deadline:
            QgsApplication.processEvents()
            time.sleep(0.05)
    finally:
        for layer in plan_layers.values():
            project.takeMapLayer(layer)
    assert outcome.get("ok"), feedback.textLog()[-2000:]
    assert outcome["results"]["PAGES"] == 3 and outcome["results"]["MAPS"] == 3
    assert_pages_drawn(tmp_path / "t.pdf", 3)
    assert (tmp_path / "t_layers.gpkg").exists()
    assert not project.layoutManager().printLayouts()
    assert task.status() in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated)


def test_a_folder_as_the_pdf_is_named(plan_layers, tmp_path):
    (tmp_path / "atlas").mkdir()
    with pytest.raises(QgsProcessingException, match=r"\[OUTPUT_PDF\].*atlas\.pdf"):
        processing.run(
            "urflow:planningreport",
            {
                **plan_layers,
                "OUTPUT": str(tmp_path / "r.html"),
                "OUTPUT_PDF": str(tmp_path / "atlas"),
            },
        )
    assert not (tmp_path / "r.html").exists()


def test_a_layer_that_is_not_a_flows_output_is_named(make_layer, provider, tmp_path):
    layer = make_layer("LineString", "EPSG:4548", [("name", str)], [("LINESTRING(0 0,1 1)", "a")])
    with pytest.raises(QgsProcessingException, match=r"FLOW_LINES.*'kind'.*urbanruralflows"):
        processing.run(
            "urflow:planningreport", {"FLOW_LINES": layer, "OUTPUT": str(tmp_path / "bad.html")}
        )
    assert not (tmp_path / "bad.html").exists()


@pytest.fixture
def classified(make_layer):
    """Five classified villages (OUTPUT of urflow:villageclassification, made by hand); the
    class_label words are wrong on purpose: the report reads class_code only."""
    fields = [
        ("village_id", str), ("village_name", str), ("town_name", str), ("class_code", int),
        ("class_label", str), ("rule_order", int), ("rule_source", str), ("also_matched", str),
        ("potential", float),
    ]  # fmt: skip
    return make_layer(
        "Polygon",
        "EPSG:4548",
        fields,
        [
            (square(501000, 3501000), "V1", "大冲村", "东乡", 4, "x", 20, "灾害", None, 0.1),
            (square(502000, 3502000), "V2", "古镇村", "东乡", 3, "x", 10, "名录", "20,40", 0.5),
            (square(506000, 3501000), "V3", "城郊村", "西乡", 2, "x", 30, "城郊", None, 0.7),
            (square(507000, 3502000), "V4", "吴楼村", "西乡", 1, "x", None, None, None, 0.6),
            (square(503000, 3507000), "V5", "桃源村", "北乡", 3, "x", 10, "名录", None, 0.4),
        ],
        "classified",
    )


def test_the_classification_gives_a_section_and_one_more_page(
    plan_layers, classified, tmp_path, monkeypatch
):
    english(monkeypatch)
    inputs = {key: plan_layers[key] for key in ("CONTROL_CONFLICTS", "BOUNDARIES")}
    result = processing.run(
        "urflow:planningreport",
        {
            **inputs,
            "VILLAGE_CLASSES": classified,
            "OUTPUT": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "a.pdf"),
        },
    )
    assert result["SECTIONS"] == 2 and result["PAGES"] == 2  # classification, compliance
    assert_pages_drawn(tmp_path / "a.pdf", 2)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    for text in (
        "Village classification (村庄分类)",
        '<td>东乡</td><td class="num">0</td><td class="num">0</td><td class="num">1</td>'
        '<td class="num">1</td><td class="num">2</td>',
        '<td>Total</td><td class="num">1</td><td class="num">1</td><td class="num">2</td>'
        '<td class="num">1</td><td class="num">5</td>',
        "<td>大冲村</td><td>东乡</td><td>Relocation and merger</td><td>20</td><td>灾害</td>",
        "<td>古镇村</td><td>东乡</td><td>Characteristic protection</td><td>10</td>",
        "<td>20, 40</td>",
        "5 villages classified",
    ):
        assert text in page, text
    assert "<td>x</td>" not in page
    project, layouts = layouts_of(tmp_path / "a.qgz")
    assert [layout.name() for layout in layouts] == [
        "01 Village classification (村庄分类)",
        "02 Three-control-line compliance",
    ]
    layers = items(layouts[0], QgsLayoutItemMap)[0].layers()
    assert [layer.name() for layer in layers] == ["Township boundary", "Villages by class"]
    assert layers[1].renderer().classAttribute() == "class_code" and layers[1].labelsEnabled()
    (legend,) = items(layouts[0], QgsLayoutItemLegend)
    assert classified.renderer().type() == "singleSymbol"  # the input is never restyled


def test_a_classification_layer_without_its_fields_is_named(provider, make_layer, tmp_path):
    layer = make_layer("Point", "EPSG:4548", [("class_label", str)], [("POINT(1 1)", "x")], "c")
    with pytest.raises(QgsProcessingException, match="VILLAGE_CLASSES.*class_code"):
        processing.run(
            "urflow:planningreport", {"VILLAGE_CLASSES": layer, "OUTPUT": str(tmp_path / "r.html")}
        )

"""urflow:planningreport on the outputs of the three analyses run on the sample county."""

import base64
import html
import json
import re
from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from urflow import i18n

REPO = Path(__file__).resolve().parents[3]
SAMPLE = f"{REPO / 'resources' / 'sample' / 'sample_county.gpkg'}|layername="
FACILITY_RUNS = (
    (
        "schools",
        "schools|subset=\"school_type\" IN ('primary','teaching_point')",
        "seats",
        "pop_6_11",
        "rural_primary_school",
    ),
    ("clinics", "clinics", "doctors", "resident_pop", "rural_village_clinic"),
)
IMG = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"')


@pytest.fixture(scope="module")
def provider(urflow_provider):
    assert urflow_provider.algorithm("planningreport") is not None
    return urflow_provider


@pytest.fixture(scope="module")
def county_outputs(provider, tmp_path_factory):
    """The three analyses on the sample county, written to files as a planner would."""
    out = tmp_path_factory.mktemp("analyses")
    processing.run(
        "urflow:hollowvillages",
        {
            "VILLAGES": SAMPLE + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "VILLAGE_NAME_FIELD": "village_name",
            "REGISTERED_POP_FIELD": "registered_pop",
            "RESIDENT_POP_FIELD": "resident_pop",
            "ELDERLY_POP_FIELD": "pop_60plus",
            "OUTMIGRANT_FIELD": "outmigrant_workers",
            "WORKING_AGE_FIELD": "working_age_pop",
            "HOMESTEADS_FIELD": "homesteads",
            "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
            "SETTLEMENTS": SAMPLE + "settlements",
            "OUTPUT": str(out / "hollow.gpkg"),
            "WEIGHTS_TABLE": str(out / "weights.csv"),
        },
    )
    facility = []
    for key, facilities, capacity, population, standard in FACILITY_RUNS:
        processing.run(
            "urflow:facilitygaps",
            {
                "DEMAND": SAMPLE + "village_points",
                "DEMAND_ID_FIELD": "village_id",
                "POPULATION_FIELD": population,
                "FACILITIES": SAMPLE + facilities,
                "FACILITY_ID_FIELD": "fac_id",
                "CAPACITY_FIELD": capacity,
                "NETWORK": SAMPLE + "roads",
                "SPEED_FIELD": "speed_kmh",
                "ROAD_CLASS_FIELD": "road_class",
                "DIRECTION_FIELD": "direction",
                "STANDARD": standard,
                "ZONES": SAMPLE + "townships",
                "ZONE_NAME_FIELD": "town_name",
                "OUTPUT_DEMAND": str(out / f"gaps_{key}_villages.gpkg"),
                "OUTPUT_FACILITIES": str(out / f"gaps_{key}_facilities.gpkg"),
                "OUTPUT_ZONES": str(out / f"gaps_{key}_townships.gpkg"),
            },
        )
        facility += [
            str(out / f"gaps_{key}_villages.gpkg"),
            str(out / f"gaps_{key}_townships.gpkg"),
        ]
    processing.run(
        "urflow:landquotalinkage",
        {
            "DEMOLITION": SAMPLE + "settlements",
            "DEMOLITION_ID_FIELD": "settle_id",
            "KAPPA_FIELD": "kappa",
            "DEMOLITION_GRADE_FIELD": "reclaim_grade",
            "COST_FIELD": "cost_10k",
            "PROTECTED_FIELD": "protected",
            "PRIORITY_LAYER": str(out / "hollow.gpkg"),
            "PRIORITY_WEIGHT": 300,
            "CONSTRUCTION": SAMPLE + "construction_candidates",
            "CONSTRUCTION_ID_FIELD": "cand_id",
            "VALUE_FIELD": "value_10k",
            "MANDATORY_FIELD": "mandatory",
            "CONSTRUCTION_TYPE_FIELD": "cand_type",
            "CULTIVATED": SAMPLE + "cultivated",
            "CULTIVATED_GRADE_FIELD": "grade",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "GROUP_FIELD": "project_area",
            "MAX_PAIR_DISTANCE": 8000,
            "DISTANCE_WEIGHT": 1,
            "OUTPUT_DEMOLITION": str(out / "demolition.gpkg"),
            "OUTPUT_CONSTRUCTION": str(out / "construction.gpkg"),
            "OUTPUT_PAIRS": str(out / "pairs.gpkg"),
            "OUTPUT_BALANCE": str(out / "balance.csv"),
        },
    )
    return {
        "HOLLOW_VILLAGES": str(out / "hollow.gpkg"),
        "FACILITY_GAPS": facility,
        "LINKAGE_BALANCE": str(out / "balance.csv"),
        "LINKAGE_DEMOLITION": str(out / "demolition.gpkg"),
        "LINKAGE_CONSTRUCTION": str(out / "construction.gpkg"),
        "LINKAGE_PAIRS": str(out / "pairs.gpkg"),
    }


def english(monkeypatch):
    monkeypatch.setattr(i18n, "current_locale", lambda: "en_US")


def run_report(inputs, path, **extra):
    result = processing.run("urflow:planningreport", {**inputs, "OUTPUT": str(path), **extra})
    return result, Path(path).read_text(encoding="utf-8")


def test_metadata(provider):
    algorithm = provider.algorithm("planningreport")
    assert algorithm.id() == "urflow:planningreport"
    assert algorithm.groupId() == "reports"
    names = [p.name() for p in algorithm.parameterDefinitions()]
    for key in (
        "TITLE",
        "HOLLOW_VILLAGES",
        "TOWNSHIP_FIELD",
        "FACILITY_GAPS",
        "LINKAGE_BALANCE",
        "LINKAGE_DEMOLITION",
        "LINKAGE_CONSTRUCTION",
        "LINKAGE_PAIRS",
        "OUTPUT",
    ):
        assert key in names
    assert all(
        algorithm.parameterDefinition(key).flags() & algorithm.parameterDefinition(key).FlagOptional
        for key in names
        if key != "OUTPUT"
    )


def test_report_on_the_sample_county(county_outputs, tmp_path, monkeypatch):
    english(monkeypatch)
    path = tmp_path / "report.html"
    result, page = run_report(county_outputs, path, TITLE="Qingxi County (fictitious)")
    assert result["OUTPUT"] == str(path)
    assert result["SECTIONS"] == 3
    # hollow: level table, method, one village list per level (4); facilities: 4 tables, a
    # method per demand output, blind-spot and under-served lists of each that has villages;
    # linkage: method, selected 拆旧, selected 建新, excluded 建新, pairs, (figures + rules) ×
    # (4 areas + total)
    gaps = [features(p) for p in county_outputs["FACILITY_GAPS"] if p.endswith("villages.gpkg")]
    lists = sum(any(v["gap_class"] == code for v in vs) for vs in gaps for code in (0, 1))
    # on the sample every village in reach of a primary school has seats enough: no
    # under-served school list, but both clinic lists and the schools' blind spots
    assert lists == 3
    assert result["TABLES"] == (1 + 1 + 4) + (4 + 2 + lists) + (1 + 4 + 2 * 5)
    assert "<p>Under-served: Rural primary school, 0 villages</p>" in page  # said, not a table
    assert result["MAPS"] == 1 + 4 + 1
    assert result["CHARTS"] >= 3
    assert page.startswith("<!DOCTYPE html>") and "Qingxi County (fictitious)" in page
    # tables planners paste: townships, level labels, facility coverage, the balance sheet
    for text in (
        "城关镇",
        "云岭乡",
        "Villages per hollowing level by township",
        "severe",
        "Coverage and deficit by township",
        "Blind spots",
        "Population coverage",
        "Balance sheet",
        "PA01",
        "B &lt; A",
        "cultivated land not reduced",
    ):
        assert text in page, text
    assert page.count('<td class="pass">pass</td>') >= 3 * 5
    # facility sections are headed by what was analysed, not by the (file) layer names
    headings = re.findall(r"<h3>(.*?)</h3>", page)
    for facility in ("Rural primary school", "Village clinic"):
        assert headings.count(facility) == 2, (facility, headings)  # villages and townships
    assert '<td class="fail">' not in page
    # maps and charts are embedded PNGs; nothing is fetched from elsewhere
    images = IMG.findall(page)
    assert len(images) == result["MAPS"] + result["CHARTS"]
    for data in images:
        assert base64.b64decode(data).startswith(b"\x89PNG")
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"""(src|href)=["'](?!data:)""", page)
    # the inputs were not restyled or changed
    assert Path(county_outputs["HOLLOW_VILLAGES"]).exists()


def test_text_from_layers_is_escaped(provider, make_layer, tmp_path, monkeypatch):
    english(monkeypatch)
    hollow = make_layer(
        "Polygon",
        "EPSG:4548",
        [
            ("village_name", str),
            ("town_name", str),
            ("hollow_level", int),
            ("hollow_label", str),
            ("hollow_score", float),
        ],
        [
            (
                "POLYGON((500000 3500000,501000 3500000,501000 3501000,500000 3500000))",
                "<b>bold</b>",
                "<script>alert(1)</script>",
                3,
                "severe",
                0.8,
            ),
            (
                "POLYGON((501000 3500000,502000 3500000,502000 3501000,501000 3500000))",
                "B",
                "城关镇",
                1,
                "light & <i>",
                0.3,
            ),
        ],
        "x<script>y",
    )
    _, page = run_report({"HOLLOW_VILLAGES": hollow}, tmp_path / "escaped.html")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "light &amp; &lt;i&gt;" in page
    assert "城关镇" in page


def test_hollow_without_the_township_field_counts_all_villages(
    provider, make_layer, tmp_path, monkeypatch
):
    english(monkeypatch)
    hollow = make_layer(
        "Point",
        "EPSG:4548",
        [("hollow_level", int), ("hollow_score", float)],
        [("POINT(500000 3500000)", 2, 0.6), ("POINT(500100 3500000)", 0, 0.1)],
    )
    result, page = run_report({"HOLLOW_VILLAGES": hollow}, tmp_path / "no_town.html")
    assert result["SECTIONS"] == 1 and result["TABLES"] == 1 and result["MAPS"] == 1
    assert "(no township)" in page and "not hollow" in page


def test_chinese_headings_in_a_chinese_qgis(county_outputs, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "current_locale", lambda: "zh_CN")
    _, page = run_report(
        {
            "HOLLOW_VILLAGES": county_outputs["HOLLOW_VILLAGES"],
            "LINKAGE_BALANCE": county_outputs["LINKAGE_BALANCE"],
        },
        tmp_path / "zh.html",
    )
    for text in (
        "规划分析报告",
        "空心村识别",
        "各乡镇空心村分级统计",
        "乡镇",
        "城关镇",
        "城乡建设用地增减挂钩",
        "规则核查",
        '<td class="pass">通过</td>',
    ):
        assert text in page, text
    assert 'lang="zh-CN"' in page
    assert "Villages per hollowing level" not in page
    assert "上北下南" in page  # the maps' note


def read_sidecar(path):
    return next(iter(json.loads(Path(f"{path}.urflow.json").read_text("utf-8")).values()))


def features(path):
    layer = QgsVectorLayer(str(path), "", "ogr")
    assert layer.isValid(), path

    def plain(value):
        return None if isinstance(value, QVariant) and value.isNull() else value

    return [
        {name: plain(value) for name, value in zip(layer.fields().names(), f.attributes())}
        for f in layer.getFeatures()
    ]


def table_after(page, caption):
    """The rows (cell texts) of the table whose caption is ``caption``."""
    start = page.index(f"<caption>{caption}</caption>")
    body = page[start : page.index("</table>", start)]
    return [
        [html.unescape(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body)
        if "<td" in row
    ]


@pytest.fixture(scope="module")
def english_page(county_outputs, tmp_path_factory):
    i18n_locale = i18n.current_locale
    i18n.current_locale = lambda: "en_US"
    try:
        path = tmp_path_factory.mktemp("report") / "report.html"
        _, page = run_report(county_outputs, path)
    finally:
        i18n.current_locale = i18n_locale
    return page


def test_the_method_section_states_the_run(county_outputs, english_page):
    page = english_page
    hollow = read_sidecar(county_outputs["HOLLOW_VILLAGES"])
    assert hollow["algorithm"] == "urflow:hollowvillages"
    assert hollow["method"]["weighting"] == "entropy"
    assert page.count("<h3>Method and parameters</h3>") == 4  # hollow, 2 facilities, linkage
    for code, weight in hollow["results"]["WEIGHTS"].items():
        row = re.search(rf"<td>Weight of {code} [^<]*</td><td>([0-9.]+)</td>", page)
        assert row is not None and row.group(1) == f"{weight:.4f}", code
    breaks = ", ".join(f"{b:,.3f}" for b in hollow["results"]["BREAKS"])
    assert (
        f"4 levels by natural breaks (Jenks); upper bound of each level on the score: {breaks}"
        in (page)
    )
    assert "entropy weights (objective" in page and "150 m² per resident" in page
    assert "<td>Village layer</td><td>layer “villages”</td>" in page  # the layer in the file
    schools = read_sidecar(county_outputs["FACILITY_GAPS"][0])
    assert schools["method"]["standard_id"] == "rural_primary_school"
    threshold = schools["method"]["threshold"]
    assert f"<td>Threshold (inclusive)</td><td>{threshold:,.0f} minutes</td>" in page
    assert html.escape(schools["method"]["standard_source"]) in page
    assert "field “pop_6_11” — children aged 6–11" in page
    assert "Population (人, children aged 6–11)" in page  # the school table's population
    linkage = read_sidecar(county_outputs["LINKAGE_DEMOLITION"])
    assert linkage["method"]["max_distance_m"] == 8000
    assert "<td>Largest 拆旧–建新 pair distance</td><td>8,000 m</td>" in page
    assert "<td>Budget</td><td>no limit</td>" in page
    status = {"optimal": "optimal", "time_limit": "stopped at the time limit"}
    assert f"<td>Solver status</td><td>{status[linkage['results']['STATUS']]}" in page
    assert f"{linkage['results']['GAP'] * 100:.2f} %" in page
    assert "<td>Cost</td>" not in page and "万元" in page


def test_the_named_lists_are_the_outputs(county_outputs, english_page):
    page = english_page
    villages = features(county_outputs["HOLLOW_VILLAGES"])
    severe = sorted((v for v in villages if v["hollow_level"] == 3), key=lambda v: v["hollow_rank"])
    rows = table_after(page, f"severe: {len(severe)} villages")
    assert [row[1] for row in rows] == [v["village_name"] for v in severe]
    assert [int(row[0]) for row in rows] == [v["hollow_rank"] for v in severe]
    assert [row[3] for row in rows] == [f"{v['hollow_score']:.3f}" for v in severe]
    assert all(row[4].split()[0] in ("P1", "P2", "P3", "L1", "L2") for row in rows)
    demand = features(county_outputs["FACILITY_GAPS"][0])
    blind = [v for v in demand if v["gap_class"] == 0]
    rows = table_after(page, f"Blind spots: Rural primary school, {len(blind)} villages")
    assert sorted(row[0] for row in rows) == sorted(v["village_name"] for v in blind)
    cost = {v["village_name"]: v["nearest_cost"] for v in blind}
    assert [row[4] for row in rows] == [
        "—" if cost[row[0]] is None else f"{cost[row[0]]:,.1f}" for row in rows
    ]
    built = [c for c in features(county_outputs["LINKAGE_CONSTRUCTION"]) if c["selected"] == 1]
    rows = table_after(page, f"Selected 建新 parcels: {len(built)}")
    assert [row[0] for row in rows[:-1]] == [c["cand_id"] for c in built]
    total = sum(c["area_ha"] for c in built)
    assert rows[-1][2:4] == [f"{total:,.2f}", f"{total * 15:,.1f}"]
    pairs = features(county_outputs["LINKAGE_PAIRS"])
    assert len(table_after(page, f"拆旧–建新 pairs: {len(pairs)}")) == len(pairs) + 1
    excluded = [c for c in features(county_outputs["LINKAGE_CONSTRUCTION"]) if c["excluded"]]
    rows = table_after(page, f"建新 candidates excluded: {len(excluded)}")
    assert [row[0] for row in rows] == [c["cand_id"] for c in excluded]
    assert any("permanent basic farmland" in row[1] for row in rows)


def test_a_chinese_report_states_the_method_in_chinese(county_outputs, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "current_locale", lambda: "zh_CN")
    _, page = run_report(county_outputs, tmp_path / "zh.html")
    for text in ("方法与参数", "熵权法", "主导指标", "出行方式", "入选建新地块", "复垦耕地"):
        assert text in page, text
    for english in ("Method and parameters", "Weighting method", "Driving indicator", "no limit"):
        assert english not in page, english


def read_workbook(path):
    """{sheet name: (header, rows)} of an .xlsx read back with GDAL."""
    from osgeo import gdal

    source = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=["HEADERS=FORCE"])
    assert source is not None, path
    sheets = {}
    for k in range(source.GetLayerCount()):
        layer = source.GetLayer(k)
        definition = layer.GetLayerDefn()
        header = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        rows = [[feature.GetField(i) for i in range(len(header))] for feature in layer]
        sheets[layer.GetName()] = (header, rows)
    return sheets


def test_the_workbook_holds_the_tables_with_the_outputs_totals(
    county_outputs, tmp_path, monkeypatch
):
    english(monkeypatch)
    target = tmp_path / "tables.xlsx"
    result, _ = run_report(county_outputs, tmp_path / "report.html", OUTPUT_XLSX=str(target))
    assert result["OUTPUT_XLSX"] == str(target) and target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
    sheets = read_workbook(target)
    assert list(sheets) == [
        "Villages per level",
        "Hollow villages",
        "Coverage Rural primary school",
        "Gaps Rural primary school",
        "Zones Rural primary school",
        "Coverage Village clinic",
        "Gaps Village clinic",
        "Zones Village clinic",
        "Linkage balance",
        "Linkage parcels",
        "Linkage pairs",
        "Method",
    ]
    assert result["SHEETS"] == len(sheets)
    hollow = read_sidecar(county_outputs["HOLLOW_VILLAGES"])["results"]
    header, rows = sheets["Villages per level"]
    total = dict(zip(header, rows[-1]))
    assert total["Township"] == "Total" and total["Villages"] == hollow["VILLAGE_COUNT"]
    assert [total[name] for name in ("not hollow", "light", "moderate", "severe")] == [
        hollow["LEVEL_COUNTS"][code] for code in "0123"
    ]
    header, rows = sheets["Hollow villages"]
    assert len(rows) == hollow["VILLAGE_COUNT"] and [row[0] for row in rows] == sorted(
        row[0] for row in rows
    )
    demand = features(county_outputs["FACILITY_GAPS"][0])
    header, rows = sheets["Coverage Rural primary school"]
    total = dict(zip(header, rows[-1]))
    assert total["Blind spots"] == sum(v["gap_class"] == 0 for v in demand)
    assert total["Demand points"] == len(demand)
    deficit = sum(max(0.0, -v["gap"]) for v in demand if v["gap"] is not None)
    assert total["Deficit (seats)"] == pytest.approx(deficit, abs=0.05)
    header, rows = sheets["Gaps Rural primary school"]
    assert len(rows) == sum(v["gap_class"] in (0, 1) for v in demand)
    zones = features(county_outputs["FACILITY_GAPS"][1])
    header, rows = sheets["Zones Rural primary school"]
    assert rows[-1][2] == round(sum(z["population"] for z in zones))
    linkage = read_sidecar(county_outputs["LINKAGE_DEMOLITION"])["results"]
    header, rows = sheets["Linkage pairs"]
    assert len(rows) == len(features(county_outputs["LINKAGE_PAIRS"]))
    # the pairs carry the quota used: every selected 建新 parcel is covered by its pairs
    assert sum(row[3] for row in rows) == pytest.approx(linkage["CONSTRUCTION_HA"], abs=1e-3)
    header, rows = sheets["Linkage balance"]
    rules = [dict(zip(header, row)) for row in rows if row[1] == "Rule"]
    assert len(rules) == 36 and all(rule["Result"] == "pass" for rule in rules)
    header, rows = sheets["Linkage parcels"]
    kinds = [row[0] for row in rows]
    assert kinds.count("拆旧") == linkage["N_DEMOLITION"]
    assert kinds.count("建新") == linkage["N_CONSTRUCTION"]
    built = sum(row[3] for row in rows if row[0] == "建新")
    assert built == pytest.approx(linkage["CONSTRUCTION_HA"], abs=1e-3)


def test_a_workbook_path_that_is_a_folder_is_named(county_outputs, tmp_path):
    with pytest.raises(QgsProcessingException, match="OUTPUT_XLSX"):
        run_report(
            {"HOLLOW_VILLAGES": county_outputs["HOLLOW_VILLAGES"]},
            tmp_path / "r.html",
            OUTPUT_XLSX=str(tmp_path),
        )


def test_scale_bar_lengths_are_round_numbers():
    from urflow.processing_provider.report.maps import nice_length

    assert [nice_length(x) for x in (7300, 1999, 2000, 480, 0.7)] == [5000, 1000, 2000, 200, 0.5]


def test_no_input_is_refused(provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        processing.run("urflow:planningreport", {"OUTPUT": str(tmp_path / "empty.html")})
    assert not (tmp_path / "empty.html").exists()


def test_a_layer_that_is_not_a_hollow_output_is_named(provider, make_layer, tmp_path):
    layer = make_layer("Point", "EPSG:4548", [("name", str)], [("POINT(0 0)", "a")])
    with pytest.raises(QgsProcessingException, match="hollow_level"):
        processing.run(
            "urflow:planningreport",
            {"HOLLOW_VILLAGES": layer, "OUTPUT": str(tmp_path / "bad.html")},
        )
    assert not (tmp_path / "bad.html").exists()


def test_an_infeasible_linkage_run_shows_its_diagnosis(provider, tmp_path, monkeypatch):
    english(monkeypatch)
    table = tmp_path / "balance.csv"
    table.write_text(
        "group,kind,item,label,value,value_mu,unit,relation,limit,result,required\n"
        'total,diagnosis,infeasible,"No feasible linkage plan: C1 needs 4.00 ha <b>",'
        ",,,,,no feasible plan,\n"
        "total,rule,mandatory_built,mandatory 建新 parcels not selected,1,,,=,0,fail,1\n",
        encoding="utf-8",
    )
    result, page = run_report({"LINKAGE_BALANCE": str(table)}, tmp_path / "infeasible.html")
    assert '<p class="fail">No feasible linkage plan: C1 needs 4.00 ha &lt;b&gt;</p>' in page
    assert '<td class="fail">fail</td>' in page
    assert result["TABLES"] == 2  # figures (none) and rules of the total


BALANCE_HEADER = "group,kind,item,label,value,value_mu,unit,relation,limit,result,required"


def write_balance(path, rows, header=BALANCE_HEADER):
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("where", ["folder", "below_a_file"])
def test_a_report_path_that_cannot_be_written_is_named(provider, tmp_path, where):
    table = write_balance(tmp_path / "balance.csv", ["total,rule,budget,cost,1,,,<=,2,pass,1"])
    if where == "folder":
        target = tmp_path / "reports"
        target.mkdir()
    else:
        (tmp_path / "notes.txt").write_text("keep", encoding="utf-8")
        target = tmp_path / "notes.txt" / "report.html"
    with pytest.raises(QgsProcessingException, match=r"\[OUTPUT\]"):
        processing.run("urflow:planningreport", {"LINKAGE_BALANCE": table, "OUTPUT": str(target)})
    assert not list(tmp_path.rglob("*.part"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["balance.csv", "reports" if where == "folder" else "notes.txt"]
    )


def test_rules_are_read_from_the_passed_code(provider, tmp_path, monkeypatch):
    english(monkeypatch)
    table = write_balance(
        tmp_path / "balance.csv",
        [
            # the code wins over the word (a word in another language, or a stale one)
            "total,rule,construction_lt_demolition,B < A,2,,ha,<,3,不通过,1,1",
            "total,rule,budget,cost within the budget,5,,,<=,4,pass,0,0",
        ],
        header=BALANCE_HEADER + ",passed",
    )
    result, page = run_report({"LINKAGE_BALANCE": table}, tmp_path / "coded.html")
    assert page.count('<td class="pass">pass</td>') == 1
    assert page.count('<td class="fail">fail</td>') == 1
    assert "1 of 2 balance rules pass." in page
    assert result["TABLES"] == 2


def test_map_rendering_uses_qt6_compatible_spellings():
    """Unscoped Qt enums (QIODevice.WriteOnly, ...) are refused by PyQt6 (QGIS 4)."""
    folder = REPO / "processing_provider" / "report"
    unscoped = re.compile(
        r"QIODevice\.(WriteOnly|ReadOnly|ReadWrite)\b"
        r"|QgsMapSettings\.(Antialiasing|DrawLabeling)\b"
        r"|QgsProcessing\.Type\w+"
        r"|QgsWkbTypes\.(Point|Line|Polygon)Geometry\b"
        r"|QgsFeatureRequest\.NoGeometry\b"
        r"|Qt\.Align(Left|Right|HCenter|VCenter|Center|Top|Bottom)\b"
    )
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(folder.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if unscoped.search(line)
    ]
    assert offenders == []

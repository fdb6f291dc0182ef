"""urflow:settlementconsolidation through processing.run: the hand-computed line of six
settlements of tests/core/consolidation (straight metres, detour 1), masks, a cost table, the
bad inputs of issue 17 named, polygons released as 拆旧 and read by urflow:landquotalinkage,
and a qgis_process run."""

import re

import processing
import pytest
from qgis.core import QgsProcessingException

from ..report.test_planning_report import read_workbook

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3000000.0
FIELDS = [("sid", str), ("pop", float), ("area", float), ("cls", int), ("fix", str)]
FIELDS += [("kap", float), ("score", float)]
# A B C D E at 0, 1, 2, 3, 4 km, F at 10 km; C and E class 4, F class 3 (protected)
ROWS = [
    (f"POINT({X0} {Y0})", "A", 100.0, 40000.0, 1, "0", None, 0.7),
    (f"POINT({X0 + 1000} {Y0})", "B", 300.0, 60000.0, 1, "0", None, 0.1),
    (f"POINT({X0 + 2000} {Y0})", "C", 50.0, 25000.0, 4, "0", None, 0.5),
    (f"POINT({X0 + 3000} {Y0})", "D", 400.0, 70000.0, 1, "0", None, 0.2),
    (f"POINT({X0 + 4000} {Y0})", "E", 80.0, 30000.0, 4, "0", 0.6, 0.9),
    (f"POINT({X0 + 10000} {Y0})", "F", 200.0, 50000.0, 3, "0", None, 0.3),
]


def square(x, y, size):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


@pytest.fixture
def points(make_layer):
    return make_layer("Point", CRS, FIELDS, ROWS, "settlements")


def run(settlements, feedback=None, **extra):
    parameters = {
        "SETTLEMENTS": settlements,
        "SETTLEMENT_ID_FIELD": "sid",
        "POPULATION_FIELD": "pop",
        "AREA_FIELD": "area",
        "CLASS_FIELD": "cls",
        "FIXED_FIELD": "fix",
        "KAPPA_FIELD": "kap",
        "PRIORITY_FIELD": "score",
        "MIN_KEEP_POP": 120.0,
        "COST_UNIT": 1,
        "DETOUR_FACTOR": 1.0,
        "CENTRAL_COUNT": 1,
        "MAX_MOVE_COST": 3000.0,
        "OUTPUT_SETTLEMENTS": "memory:",
        "OUTPUT_CENTRAL": "memory:",
        "OUTPUT_MOVES": "memory:",
        "OUTPUT_DEMOLITION": "memory:",
        **extra,
    }
    return processing.run("urflow:settlementconsolidation", parameters, feedback=feedback)


def by_id(layer, field="sid"):
    return {f[field]: f for f in layer.getFeatures()}


def test_one_central_village_hand_computed(urflow_provider, points, feedback):
    # B: 100·1000 + 50·1000 + 80·3000 = 390 000 person-metres (D: 430 000)
    result = run(points, feedback)
    assert result["STATUS"] == "optimal"
    assert result["OBJECTIVE"] == pytest.approx(390000.0)
    assert result["CENTRAL_IDS"] == ["B"]
    assert result["MOVED_COUNT"] == 3 and result["MOVED_POP"] == 230.0
    assert result["RELEASED_HA"] == pytest.approx(9.5)
    assert result["NEW_LAND_HA"] == pytest.approx(3.45)
    assert result["NET_RELEASED_HA"] == pytest.approx(6.05)
    assert result["POTENTIAL_CULTIVATED_HA"] == pytest.approx((65000 * 0.85 + 30000 * 0.6) / 1e4)
    assert result["VIOLATIONS"] == [] and result["UNPLACED_IDS"] == []
    rows = by_id(result["OUTPUT_SETTLEMENTS"])
    assert [rows[k]["role"] for k in "ABCDEF"] == [2, 1, 2, 0, 2, 3]
    assert [rows[k]["central_id"] for k in "ABCDEF"] == ["B", "B", "B", None, "B", None]
    assert rows["E"]["move_cost"] == pytest.approx(3000.0)
    assert rows["E"]["potential_cultivated_m2"] == pytest.approx(18000.0)
    central = by_id(result["OUTPUT_CENTRAL"], "settlement_id")
    assert list(central) == ["B"]
    assert (central["B"]["received_pop"], central["B"]["final_pop"]) == (230.0, 530.0)
    assert central["B"]["new_land_m2"] == 34500.0 and central["B"]["movers"] == 3
    moves = by_id(result["OUTPUT_MOVES"], "settlement_id")
    assert sorted(moves) == ["A", "C", "E"]
    assert moves["E"].geometry().length() == pytest.approx(3000.0)
    demolition = by_id(result["OUTPUT_DEMOLITION"], "settlement_id")
    assert sorted(demolition) == ["A", "C", "E"]
    assert demolition["E"]["released_m2"] == 30000.0 and demolition["E"]["priority"] == 0.9
    assert demolition["C"]["kappa"] == 0.85
    # point settlements release a square of their area
    assert demolition["A"].geometry().area() == pytest.approx(40000.0)


def test_hazard_mask_and_capacity(urflow_provider, points, make_layer):
    hazard = make_layer("Polygon", CRS, [], [(square(X0 + 900, Y0 - 100, 200),)], "hazard")
    result = run(points, HAZARD=hazard)
    assert result["CENTRAL_IDS"] == ["D"]
    assert result["OBJECTIVE"] == pytest.approx(430000.0)
    result = run(points, CENTRAL_COUNT=2, MAX_CENTRAL_POP=500.0)
    assert result["CENTRAL_IDS"] == ["B", "D"]
    assert result["OBJECTIVE"] == pytest.approx(230000.0)


def test_infeasible_names_the_settlement(urflow_provider, points, make_layer, feedback):
    hazard = make_layer("Polygon", CRS, [], [(square(X0 + 2900, Y0 - 100, 200),)], "hazard")
    result = run(points, feedback, HAZARD=hazard, MAX_MOVE_COST=2000.0)
    assert result["STATUS"] == "infeasible"
    assert result["UNPLACED_IDS"] == ["E"]
    assert "admissible central village within MAX_MOVE_COST: E" in feedback.text()
    assert by_id(result["OUTPUT_SETTLEMENTS"])["E"]["unplaced"] == 1
    assert result["OUTPUT_DEMOLITION"].featureCount() == 0


def test_cost_table(urflow_provider, points, make_layer):
    costs = [
        (None, a, b, abs("ABCDEF".index(a) - "ABCDEF".index(b)) * 10.0) for a in "ACE" for b in "BD"
    ]
    table = make_layer("None", CRS, [("f", str), ("t", str), ("c", float)], costs, "costs")
    result = run(
        points,
        COST_TABLE=table,
        COST_FROM_FIELD="f",
        COST_TO_FIELD="t",
        COST_FIELD="c",
        MAX_MOVE_COST=30.0,
    )
    assert result["CENTRAL_IDS"] == ["B"] and result["OBJECTIVE"] == pytest.approx(3900.0)
    missing = [row for row in costs if row[1] != "E"]
    table = make_layer("None", CRS, [("f", str), ("t", str), ("c", float)], missing, "costs")
    with pytest.raises(QgsProcessingException, match="no costs.*E"):
        run(points, COST_TABLE=table, COST_FROM_FIELD="f", COST_TO_FIELD="t", COST_FIELD="c")


def test_bad_inputs_name_the_settlements(urflow_provider, make_layer):
    def layer(fix):
        rows = [row[:5] + (fix.get(row[1], "0"),) + row[6:] for row in ROWS]
        return make_layer("Point", CRS, FIELDS, rows, "s")

    with pytest.raises(QgsProcessingException, match="must move.*: C"):
        run(layer({"C": "1"}))
    with pytest.raises(QgsProcessingException, match="protected.*F"):
        run(layer({"F": "是"}))
    with pytest.raises(QgsProcessingException, match="CENTRAL_COUNT is 1, fewer than the 2.*B, D"):
        run(layer({"B": "1", "D": "true"}))


def test_polygons_chain_into_land_quota_linkage(urflow_provider, make_layer):
    rows = [(square(X0 + 1000 * i, Y0, 100),) + row[1:] for i, row in enumerate(ROWS)]
    polygons = make_layer("Polygon", CRS, FIELDS, rows, "settlement polygons")
    result = run(polygons, AREA_FIELD=None)
    assert result["CENTRAL_IDS"] == ["B"]
    assert result["RELEASED_HA"] == pytest.approx(3.0)  # three 1 ha squares
    demolition = result["OUTPUT_DEMOLITION"]
    assert demolition.featureCount() == 3
    construction = make_layer(
        "Polygon",
        CRS,
        [("cid", str), ("value", float)],
        [(square(X0 + 1000, Y0 + 500, 150), "N1", 100.0)],
        "construction",
    )
    linkage = processing.run(
        "urflow:landquotalinkage",
        {
            "DEMOLITION": demolition,
            "DEMOLITION_ID_FIELD": "settlement_id",
            "DEMOLITION_AREA_FIELD": "released_m2",
            "KAPPA_FIELD": "kappa",
            "PRIORITY_FIELD": "priority",
            "CONSTRUCTION": construction,
            "CONSTRUCTION_ID_FIELD": "cid",
            "VALUE_FIELD": "value",
            "OUTPUT_DEMOLITION": "memory:",
            "OUTPUT_CONSTRUCTION": "memory:",
            "OUTPUT_PAIRS": "memory:",
            "OUTPUT_BALANCE": "memory:",
        },
    )
    assert linkage["STATUS"] == "optimal"
    chosen = {f["settlement_id"]: f["selected"] for f in linkage["OUTPUT_DEMOLITION"].getFeatures()}
    assert set(chosen) == {"A", "C", "E"} and sum(chosen.values()) >= 1


def test_through_qgis_process(qgis_process_json, tmp_path):
    from osgeo import ogr, osr

    path = tmp_path / "settlements.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    layer = ds.CreateLayer("settlements", srs, ogr.wkbPoint)
    kinds = {str: ogr.OFTString, float: ogr.OFTReal, int: ogr.OFTInteger}
    for field, kind in FIELDS:
        layer.CreateField(ogr.FieldDefn(field, kinds[kind]))
    for wkt, *values in ROWS:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for (field, _), value in zip(FIELDS, values):
            if value is not None:
                feature.SetField(field, value)
        layer.CreateFeature(feature)
    ds = None
    result = qgis_process_json(
        "urflow:settlementconsolidation",
        {
            "SETTLEMENTS": f"{path}|layername=settlements",
            "SETTLEMENT_ID_FIELD": "sid",
            "POPULATION_FIELD": "pop",
            "AREA_FIELD": "area",
            "CLASS_FIELD": "cls",
            "MIN_KEEP_POP": 120,
            "COST_UNIT": 1,
            "DETOUR_FACTOR": 1.0,
            "CENTRAL_COUNT": 1,
            "MAX_MOVE_COST": 3000,
            "OUTPUT_SETTLEMENTS": "TEMPORARY_OUTPUT",
            "OUTPUT_DEMOLITION": "TEMPORARY_OUTPUT",
        },
    )
    results = result["results"]
    assert results["STATUS"] == "optimal"
    assert results["CENTRAL_IDS"] == ["B"]
    assert results["OBJECTIVE"] == pytest.approx(390000.0)
    assert results["RELEASED_HA"] == pytest.approx(9.5)


def test_classes_from_the_classified_villages(urflow_provider, make_layer, feedback):
    # the same six settlements in two administrative villages; V1 relocates (class 4), V2 keeps
    # (class 1); V3 is not in the classified layer: G gets no class and is named
    fields = [("sid", str), ("pop", float), ("area", float), ("vid", str)]
    rows = [
        (f"POINT({X0 + 1000 * x} {Y0})", sid, pop, 1000.0, vid)
        for x, sid, pop, vid in (
            (0, "A", 100.0, "V1"),
            (1, "B", 300.0, "V2"),
            (3, "D", 400.0, "V2"),
            (4, "E", 80.0, "V1"),
            (6, "G", 50.0, "V3"),
        )
    ]
    settlements = make_layer("Point", CRS, fields, rows, "natural villages")
    classes = make_layer(
        "None",
        CRS,
        [("village_id", str), ("class_code", int), ("hollow_score", float)],
        [(None, "V1", 4, 0.8), (None, "V2", 1, 0.2)],
        "classes",
    )
    result = run(
        settlements,
        feedback,
        CLASS_FIELD=None,
        FIXED_FIELD=None,
        KAPPA_FIELD=None,
        PRIORITY_FIELD=None,
        MIN_KEEP_POP=0.0,
        VILLAGE_CLASSES=classes,
        VILLAGE_CLASSES_ID_FIELD="village_id",
        VILLAGE_ID_FIELD="vid",
    )
    # A and E (V1) move: to B (100·1000 + 80·3000 = 340 000) or D (100·3000 + 80·1000 = 380 000)
    assert result["CENTRAL_IDS"] == ["B"]
    assert result["OBJECTIVE"] == pytest.approx(340000.0)
    roles = {f["sid"]: f["role"] for f in result["OUTPUT_SETTLEMENTS"].getFeatures()}
    assert roles == {"A": 2, "B": 1, "D": 0, "E": 2, "G": 0}
    priorities = {
        f["settlement_id"]: f["priority"] for f in result["OUTPUT_DEMOLITION"].getFeatures()
    }
    assert priorities == {"A": 0.8, "E": 0.8}
    assert "1 settlements name no village of VILLAGE_CLASSES; their class is NULL: G" in (
        feedback.text()
    )
    with pytest.raises(QgsProcessingException, match="replaces CLASS_FIELD"):
        run(
            settlements,
            CLASS_FIELD="pop",
            VILLAGE_CLASSES=classes,
            VILLAGE_CLASSES_ID_FIELD="village_id",
            VILLAGE_ID_FIELD="vid",
            FIXED_FIELD=None,
            KAPPA_FIELD=None,
            PRIORITY_FIELD=None,
        )


def test_planning_report_has_the_consolidation_section(urflow_provider, points, tmp_path):
    result = run(points)
    path = tmp_path / "report.html"
    report = processing.run(
        "urflow:planningreport",
        {
            "CONSOLIDATION_SETTLEMENTS": result["OUTPUT_SETTLEMENTS"],
            "OUTPUT": str(path),
            "OUTPUT_XLSX": str(tmp_path / "tables.xlsx"),
        },
    )
    # roles, central villages, moves, and the method read from the run's record
    assert report["SECTIONS"] == 1 and report["TABLES"] == 4 and report["MAPS"] == 1
    page = path.read_text(encoding="utf-8")
    assert "Settlement consolidation (村庄撤并与中心村布局)" in page
    assert "<td>Largest move cost (inclusive)</td><td>3,000 m</td>" in page
    assert "<td>Settlements</td><td>layer “settlements”</td>" in page
    sheets = read_workbook(tmp_path / "tables.xlsx")
    assert list(sheets) == ["Settlements per role", "Central villages", "Moves", "Method"]
    assert sheets["Central villages"][1] == [["B", 300, 230, 530, 3]]
    moves = sheets["Moves"][1]
    assert moves[-1][0] == "Total" and moves[-1][2] == result["MOVED_POP"] == 230
    assert moves[-1][4] == pytest.approx(result["RELEASED_HA"])
    # the central village B with what it receives, named by its id (no name field)
    assert re.search(
        r"<td>B</td>\s*<td[^>]*>300</td>\s*<td[^>]*>230</td>\s*<td[^>]*>530</td>", page
    )
    assert "3 settlements move (230 residents) to 1 central villages; 9.50 ha" in page


def test_atlas_has_the_consolidation_page(urflow_provider, points, tmp_path):
    result = run(points)
    report = processing.run(
        "urflow:planningreport",
        {
            "CONSOLIDATION_SETTLEMENTS": result["OUTPUT_SETTLEMENTS"],
            "OUTPUT": str(tmp_path / "report.html"),
            "OUTPUT_PDF": str(tmp_path / "atlas.pdf"),
        },
    )
    assert report["PAGES"] == 1
    assert (tmp_path / "atlas.pdf").stat().st_size > 0

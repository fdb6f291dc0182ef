"""urflow:landsurveylayers through processing.run on hand-built DLTB parcels with known areas.

Every parcel is a rectangle (or a bow-tie of two triangles) whose planar area in EPSG:4548 is
exact: the sums below are hand-computed.
"""

import processing
import pytest
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

CRS = "EPSG:4548"
X0, Y0 = 520000.0, 3510000.0
FIELDS = [
    ("BSM", str),
    ("DLBM", str),
    ("DLMC", str),
    ("CZCSXM", str),
    ("TBMJ", float),
    ("TBDLMJ", float),
    ("GDDB", str),
]


def rect(x, y, width, height):
    x, y = X0 + x, Y0 + y
    return f"POLYGON(({x} {y},{x + width} {y},{x + width} {y + height},{x} {y + height},{x} {y}))"


def bowtie(x, y, size):
    x, y = X0 + x, Y0 + y
    return f"POLYGON(({x} {y},{x + size} {y + size},{x + size} {y},{x} {y + size},{x} {y}))"


# fid 1 homestead 5 000 m²; 2 village road in a 203a village 2 000 m²; 3 paddy 20 000 m² 等别 8;
# 4 dry land 10 000 m² 等别 12; 5 invalid forest (not selected); 6 homestead without geometry;
# 7 invalid irrigated land: a bow-tie of two 2 500 m² triangles, 等别 '99' (no grade).
PARCELS = [
    (rect(0, 0, 100, 50), "B1", "0702", "农村宅基地", "203", 5003.0, 5003.0, None),
    (rect(200, 0, 40, 50), "B2", "1004", "城镇村道路用地", "203a", 2001.0, 2001.0, None),
    (rect(0, 200, 200, 100), "B3", "0101", "水田", None, 20010.0, 18009.0, "8"),
    (rect(300, 200, 100, 100), "B4", "0103", "旱地", "", 10005.0, 9004.5, "12"),
    (bowtie(600, 0, 100), "B5", "0301", "乔木林地", None, 5002.0, 5002.0, None),
    (None, "B6", "0702", "农村宅基地", "203", 800.0, 800.0, None),
    (bowtie(600, 300, 100), "B7", "0102", "水浇地", None, 5002.0, 4501.8, "99"),
]


@pytest.fixture
def dltb(make_layer):
    return make_layer("Polygon", CRS, FIELDS, PARCELS, "DLTB")


def context_for(setting):
    check = QgsFeatureRequest.InvalidGeometryCheck
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(
        {
            "stop": check.GeometryAbortOnInvalid,
            "skip": check.GeometrySkipInvalid,
            "ignore": check.GeometryNoCheck,
        }[setting]
    )
    return context


def run(layer, setting="ignore", feedback=None, **extra):
    parameters = {
        "DLTB": layer,
        "OUTPUT_SETTLEMENTS": "memory:",
        "OUTPUT_HOMESTEADS": "memory:",
        "OUTPUT_CULTIVATED": "memory:",
        **extra,
    }
    return processing.run(
        "urflow:landsurveylayers", parameters, context=context_for(setting), feedback=feedback
    )


def by_bsm(layer):
    return {f["BSM"]: f for f in layer.getFeatures()}


def test_layers_areas_grades_and_tbmj_by_hand(urflow_provider, dltb, feedback):
    result = run(dltb, feedback=feedback)
    assert result["SETTLEMENT_HA"] == pytest.approx(0.7)  # 5 000 + 2 000 m²; B6 has no area
    assert result["HOMESTEAD_HA"] == pytest.approx(0.5)
    assert result["CULTIVATED_HA"] == pytest.approx(3.5)  # 20 000 + 10 000 + 5 000 (repaired)
    assert result["SETTLEMENT_TBMJ_HA"] == pytest.approx(0.7804)  # 5 003 + 2 001 + 800
    assert result["HOMESTEAD_TBMJ_HA"] == pytest.approx(0.5803)
    assert result["CULTIVATED_TBMJ_HA"] == pytest.approx(3.5017)
    settlements = by_bsm(result["OUTPUT_SETTLEMENTS"])
    homesteads = by_bsm(result["OUTPUT_HOMESTEADS"])
    cultivated = by_bsm(result["OUTPUT_CULTIVATED"])
    assert set(settlements) == {"B1", "B2", "B6"} and set(homesteads) == {"B1", "B6"}
    assert set(cultivated) == {"B3", "B4", "B7"}
    assert settlements["B2"]["area_m2"] == pytest.approx(2000.0)
    assert settlements["B2"]["DLMC"] == "城镇村道路用地"  # input fields kept, Chinese text intact
    assert settlements["B6"]["area_m2"] is None or str(settlements["B6"]["area_m2"]) == "NULL"
    # TBMJ and TBDLMJ are kept as delivered, never overwritten by the planar area
    assert (cultivated["B3"]["TBMJ"], cultivated["B3"]["TBDLMJ"]) == (20010.0, 18009.0)
    assert (cultivated["B3"]["grade"], cultivated["B4"]["grade"]) == (8, 12)
    assert cultivated["B7"]["grade"] is None or str(cultivated["B7"]["grade"]) == "NULL"
    assert cultivated["B7"]["area_m2"] == pytest.approx(5000.0)
    assert cultivated["B7"].geometry().isGeosValid()
    assert cultivated["B7"].geometry().area() == pytest.approx(5000.0)
    log = feedback.text()
    assert "三调 working classification" in log and "DLBM 0702" in log
    assert "value '203a' read as code '203A'" in log
    assert "1 invalid polygons repaired (makeValid): 7" in log  # fid 5 is not selected
    assert "without geometry (area_m2 NULL): 6" in log
    assert "without a grade 1–15: 7" in log


@pytest.mark.parametrize("setting", ["stop", "skip", "ignore"])
def test_invalid_polygons_under_each_processing_setting(urflow_provider, dltb, setting):
    for _attempt in range(2):  # a second run proves the interpreter survived the first
        if setting == "stop":
            with pytest.raises(QgsProcessingException, match=r"feature ids 7\b"):
                run(dltb, setting)
            continue
        result = run(dltb, setting)
        cultivated = set(by_bsm(result["OUTPUT_CULTIVATED"]))
        assert cultivated == ({"B3", "B4"} if setting == "skip" else {"B3", "B4", "B7"})
        assert result["CULTIVATED_HA"] == pytest.approx(3.0 if setting == "skip" else 3.5)


def test_yongdi_yonghai_reads_0703_and_warns_about_0702(urflow_provider, dltb, feedback):
    result = run(dltb, CLASSIFICATION=1, feedback=feedback)
    assert result["HOMESTEAD_HA"] == 0
    assert result["OUTPUT_HOMESTEADS"].featureCount() == 0
    assert "用地用海 classification" in feedback.text() and "DLBM 0703" in feedback.text()
    assert "2 parcels carry the other classification's homestead code" in feedback.text()


def test_a_missing_field_is_named_with_parameter_and_layer(urflow_provider, make_layer):
    fields = [f for f in FIELDS if f[0] != "CZCSXM"]
    rows = [(wkt, *values[:3], *values[4:]) for wkt, *values in PARCELS[:2]]
    layer = make_layer("Polygon", CRS, fields, rows, "dltb_2019")
    with pytest.raises(
        QgsProcessingException, match=r"\[DLTB\]: layer 'dltb_2019' has no field 'CZCSXM'"
    ):
        run(layer)


def test_no_tbmj_field_gives_no_tbmj_results_and_no_gddb_null_grades(
    urflow_provider, make_layer, feedback
):
    fields = [("bsm", str), ("dlbm", str), ("czcsxm", str)]  # lower case, as some GPKGs hold
    rows = [(wkt, bsm, dlbm, czcsxm) for wkt, bsm, dlbm, _mc, czcsxm, *_rest in PARCELS]
    result = run(make_layer("Polygon", CRS, fields, rows), feedback=feedback)
    assert "SETTLEMENT_TBMJ_HA" not in result and "CULTIVATED_TBMJ_HA" not in result
    assert result["SETTLEMENT_HA"] == pytest.approx(0.7)
    grades = [f["grade"] for f in result["OUTPUT_CULTIVATED"].getFeatures()]
    assert all(g is None or str(g) == "NULL" for g in grades) and len(grades) == 3
    assert "no field 'GDDB'" in feedback.text() and "no field 'TBMJ'" in feedback.text()


def test_a_custom_gbk_code_table(urflow_provider, dltb, tmp_path):
    table = tmp_path / "省标.csv"
    text = "role,classification,field,codes,note\nsettlement,*,czcsxm,203,仅村庄\n"
    text += "homestead,*,dlbm,0702,宅基地\ncultivated,*,dlbm,0101,仅水田\ngrade,*,gddb,,等别\n"
    table.write_bytes(text.encode("gbk"))
    result = run(dltb, CODE_TABLE=str(table))
    assert set(by_bsm(result["OUTPUT_CULTIVATED"])) == {"B3"}
    assert result["SETTLEMENT_HA"] == pytest.approx(0.5)  # 203a is not in this table
    assert "SETTLEMENT_TBMJ_HA" not in result  # no tbmj row
    bad = tmp_path / "bad.csv"
    bad.write_text("role,classification,field,codes\nhouse,*,DLBM,0702\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="unknown role 'house'"):
        run(dltb, CODE_TABLE=str(bad))


def test_a_gbk_shapefile(urflow_provider, dltb, tmp_path):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    options.fileEncoding = "GBK"
    path = str(tmp_path / "DLTB.shp")
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        dltb, path, QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.NoError
    assert "GBK" in (tmp_path / "DLTB.cpg").read_text().upper()
    result = run(QgsVectorLayer(path, "DLTB", "ogr"))
    names = {f["DLMC"] for f in result["OUTPUT_SETTLEMENTS"].getFeatures()}
    assert names == {"农村宅基地", "城镇村道路用地"}
    assert result["SETTLEMENT_HA"] == pytest.approx(0.7)


def test_a_layer_without_crs_is_refused(urflow_provider, make_layer):
    layer = make_layer("Polygon", "", FIELDS, PARCELS[:1], "no_prj")
    with pytest.raises(QgsProcessingException, match="no_prj"):
        run(layer)


def test_points_are_refused_and_the_input_is_left_unchanged(urflow_provider, dltb, make_layer):
    points = make_layer("Point", CRS, FIELDS, [(f"POINT({X0} {Y0})", *PARCELS[0][1:])], "pts")
    with pytest.raises(QgsProcessingException, match="DLTB"):
        run(points)
    before = [(f.attributes(), f.geometry().asWkt()) for f in dltb.getFeatures()]
    run(dltb)
    assert [(f.attributes(), f.geometry().asWkt()) for f in dltb.getFeatures()] == before

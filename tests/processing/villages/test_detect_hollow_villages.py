"""urflow:hollowvillages through processing.run on small layers with hand-computed answers."""

import processing
import pytest
from numpy.testing import assert_allclose
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProject,
)

from urflow import i18n
from urflow.processing_provider.villages.detect_hollow_villages import (
    DetectHollowVillagesAlgorithm,
)

ALG = "urflow:hollowvillages"
CELL = 1000.0
X0, Y0 = 500000.0, 3500000.0

# DOMAIN.md E6: P1, L1, L2 (m²/person), A1 (night light) for V1..V5.
E6 = [
    ("V1", 0.35, 0.28, 210, 1.2),
    ("V2", 0.10, 0.05, 140, 6.5),
    ("V3", 0.22, 0.31, 175, 3.0),
    ("V4", 0.48, 0.18, 260, 0.9),
    ("V5", 0.30, 0.12, 230, 2.2),
]


FIELD_PARAMETERS = [
    "REGISTERED_POP_FIELD",
    "RESIDENT_POP_FIELD",
    "ELDERLY_POP_FIELD",
    "OUTMIGRANT_FIELD",
    "WORKING_AGE_FIELD",
    "HOUSEHOLDS_FIELD",
    "HOMESTEADS_FIELD",
    "IDLE_HOMESTEADS_FIELD",
    "MULTI_HOMESTEAD_FIELD",
    "OVER_STANDARD_FIELD",
    "SETTLEMENT_AREA_FIELD",
]


def test_parameters():
    algorithm = DetectHollowVillagesAlgorithm()
    algorithm.initAlgorithm()
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names == [
        "VILLAGES",
        "VILLAGE_ID_FIELD",
        "VILLAGE_NAME_FIELD",
        *FIELD_PARAMETERS,
        "SETTLEMENTS",
        "BUILDINGS",
        "BUILDING_VACANT_FIELD",
        "NIGHT_LIGHT",
        "WEIGHTING",
        "AHP_MATRIX",
        "CUSTOM_WEIGHTS",
        "COMBINED_ALPHA",
        "SCORING",
        "CLASSIFICATION",
        "CLASSES",
        "THRESHOLDS",
        "TYPE_THRESHOLDS",
        "LAND_STANDARD",
        "RECLAMATION_COEFFICIENT",
        "TARGET_CRS",
        "OUTPUT",
        "WEIGHTS_TABLE",
    ]
    definition = algorithm.parameterDefinition
    polygon, point = QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint
    assert definition("VILLAGES").type() == "source"
    assert definition("VILLAGES").dataTypes() == [polygon, point]
    assert not definition("VILLAGES").flags() & QgsProcessingParameterDefinition.FlagOptional
    assert definition("VILLAGE_ID_FIELD").parentLayerParameterName() == "VILLAGES"
    assert (
        not definition("VILLAGE_ID_FIELD").flags() & QgsProcessingParameterDefinition.FlagOptional
    )
    for name in FIELD_PARAMETERS + ["VILLAGE_NAME_FIELD", "SETTLEMENTS", "BUILDINGS"]:
        assert definition(name).flags() & QgsProcessingParameterDefinition.FlagOptional, name
    for name in FIELD_PARAMETERS:
        assert definition(name).type() == "field"
        assert definition(name).parentLayerParameterName() == "VILLAGES"
        assert definition(name).dataType() == QgsProcessingParameterField.Numeric
    assert definition("SETTLEMENTS").dataTypes() == [polygon]
    assert definition("BUILDING_VACANT_FIELD").parentLayerParameterName() == "BUILDINGS"
    assert definition("NIGHT_LIGHT").type() == "raster"
    assert definition("NIGHT_LIGHT").flags() & QgsProcessingParameterDefinition.FlagOptional
    assert len(definition("WEIGHTING").options()) == 5
    assert definition("WEIGHTING").defaultValue() == 0
    assert len(definition("SCORING").options()) == 2
    assert len(definition("CLASSIFICATION").options()) == 4
    classes = definition("CLASSES")
    assert (classes.defaultValue(), classes.minimum(), classes.maximum()) == (4, 3, 4)
    assert definition("TYPE_THRESHOLDS").defaultValue() == "0.2, 0.2"
    assert definition("LAND_STANDARD").defaultValue() == 150.0
    kappa = definition("RECLAMATION_COEFFICIENT")
    assert (kappa.defaultValue(), kappa.minimum(), kappa.maximum()) == (0.85, 0.0, 1.0)
    alpha = definition("COMBINED_ALPHA")
    assert (alpha.defaultValue(), alpha.minimum(), alpha.maximum()) == (0.5, 0.0, 1.0)
    for name in (
        "AHP_MATRIX",
        "CUSTOM_WEIGHTS",
        "COMBINED_ALPHA",
        "THRESHOLDS",
        "TYPE_THRESHOLDS",
        "TARGET_CRS",
    ):
        assert definition(name).flags() & QgsProcessingParameterDefinition.FlagAdvanced, name
    assert definition("TARGET_CRS").type() == "crs"
    assert definition("OUTPUT").type() == "sink"
    assert definition("WEIGHTS_TABLE").dataType() == QgsProcessing.TypeVector


def test_alg_settings():
    algorithm = DetectHollowVillagesAlgorithm()
    assert algorithm.name() == "hollowvillages"
    assert algorithm.displayName() == "Hollow-village detection (空心村识别)"
    assert (algorithm.group(), algorithm.groupId()) == ("Villages", "villages")
    assert "P1" in algorithm.shortHelpString()
    assert algorithm.svgIconPath().endswith("hollowvillages.svg")
    assert isinstance(algorithm.createInstance(), DetectHollowVillagesAlgorithm)


def e6_layers(make_layer, make_square, make_raster, tmp_path):
    """Five 1 km villages in a row, one settlement each, one raster cell each.

    Registered 1000, resident 1000·(1 − P1), 100 homesteads with 100·L1 idle; the settlement
    is a 350 m tall rectangle of area L2 · resident inside the village's raster cell.
    """
    villages, settlements = [], []
    for i, (vid, p1, l1, l2, _a1) in enumerate(E6):
        x = X0 + i * CELL
        resident = round(1000 * (1 - p1))
        villages.append(
            (
                make_square(x, Y0, CELL),
                vid,
                f"村{i + 1}",
                1000.0,
                float(resident),
                100.0,
                float(round(100 * l1)),
            )
        )
        width = l2 * resident / 350.0
        settlements.append(
            (
                f"POLYGON(({x + 100} {Y0 + 100},{x + 100 + width} {Y0 + 100},"
                f"{x + 100 + width} {Y0 + 450},{x + 100} {Y0 + 450},"
                f"{x + 100} {Y0 + 100}))",
                i,
            )
        )
    village_layer = make_layer(
        "Polygon",
        "EPSG:4548",
        [
            ("vid", str),
            ("name", str),
            ("reg", float),
            ("res", float),
            ("homes", float),
            ("idle", float),
        ],
        villages,
    )
    settlement_layer = make_layer("Polygon", "EPSG:4548", [("sid", int)], settlements)
    raster = make_raster(tmp_path / "light.tif", [[row[4] for row in E6]], X0, Y0 + CELL, CELL)
    return village_layer, settlement_layer, raster


def run(parameters, context=None, feedback=None):
    parameters = {"OUTPUT": "memory:", "WEIGHTS_TABLE": "memory:", **parameters}
    return processing.run(ALG, parameters, context=context, feedback=feedback)


def e6_parameters(villages, settlements, raster, **extra):
    return {
        "VILLAGES": villages,
        "VILLAGE_ID_FIELD": "vid",
        "VILLAGE_NAME_FIELD": "name",
        "REGISTERED_POP_FIELD": "reg",
        "RESIDENT_POP_FIELD": "res",
        "HOMESTEADS_FIELD": "homes",
        "IDLE_HOMESTEADS_FIELD": "idle",
        "SETTLEMENTS": settlements,
        "NIGHT_LIGHT": raster,
        "CLASSES": 3,
        **extra,
    }


def by_id(layer, field="vid"):
    return {feature[field]: feature for feature in layer.getFeatures()}


def test_e6_entropy_weighted_sum_and_jenks(
    urflow_provider, make_layer, make_square, make_raster, tmp_path
):
    layers = e6_layers(make_layer, make_square, make_raster, tmp_path)
    result = run(e6_parameters(*layers))
    out = by_id(result["OUTPUT"])
    ids = [row[0] for row in E6]
    for column, j in (("P1", 1), ("L1", 2), ("L2", 3), ("A1", 4)):
        # A1 comes from a Float32 raster: equal to single precision
        assert_allclose([out[v][column] for v in ids], [row[j] for row in E6], rtol=1e-7)
    assert result["INDICATORS"] == ["P1", "L1", "L2", "A1"]
    assert_allclose(
        [result["WEIGHTS"][k] for k in ("P1", "L1", "L2", "A1")],
        [0.2570, 0.2796, 0.2598, 0.2036],
        atol=5e-5,
    )
    assert_allclose(
        [out[v]["hollow_score"] for v in ids], [0.7607, 0.0000, 0.5638, 0.8602, 0.5617], atol=5e-5
    )
    assert [out[v]["hollow_rank"] for v in ids] == [2, 5, 3, 1, 4]
    assert [out[v]["hollow_level"] for v in ids] == [3, 1, 2, 3, 2]
    assert [out[v]["hollow_label_zh"] for v in ids] == [
        "重度空心化",
        "轻度空心化",
        "中度空心化",
        "重度空心化",
        "中度空心化",
    ]
    assert out["V1"]["hollow_label_en"] == "severe"
    assert_allclose(result["BREAKS"], [0.0, 0.5638, 0.8602], atol=5e-5)
    assert sorted(result["LEVEL_COUNTS"].values()) == [1, 2, 2]
    assert result["LEVEL_COUNTS"] == {"1": 1, "2": 2, "3": 2}  # keyed by hollow_level code
    assert [out[v]["hollow_type_code"] for v in ids] == [3, 0, 3, 1, 1]
    weights = by_id(result["WEIGHTS_TABLE"], "indicator")
    assert_allclose(weights["P1"]["entropy"], 0.8122, atol=5e-5)
    assert weights["A1"]["direction"] == "−"
    assert weights["L2"]["n_valid"] == 5


def test_results_and_codes_do_not_depend_on_the_language(
    urflow_provider, make_layer, make_square, make_raster, tmp_path, monkeypatch
):
    layers = e6_layers(make_layer, make_square, make_raster, tmp_path)
    runs = {}
    for locale in ("en_US", "zh_CN"):
        monkeypatch.setattr(i18n, "current_locale", lambda locale=locale: locale)
        runs[locale] = run(e6_parameters(*layers))
    en, zh = runs["en_US"], runs["zh_CN"]
    assert set(en) == set(zh)
    for key in en.keys() - {"OUTPUT", "WEIGHTS_TABLE"}:
        assert en[key] == zh[key], key
    en_out, zh_out = by_id(en["OUTPUT"]), by_id(zh["OUTPUT"])
    for field in ("hollow_level", "hollow_type_code", "hollow_label_zh", "hollow_label_en"):
        assert [en_out[v][field] for v in en_out] == [zh_out[v][field] for v in en_out]
    assert en_out["V1"]["hollow_label"] == "severe" and zh_out["V1"]["hollow_label"] == "重度空心化"
    assert (
        en_out["V1"]["hollow_type"] == "dual hollowing"
        and zh_out["V1"]["hollow_type"] == "双重空心"
    )


def test_e6_topsis(urflow_provider, make_layer, make_square, make_raster, tmp_path):
    layers = e6_layers(make_layer, make_square, make_raster, tmp_path)
    result = run(e6_parameters(*layers, SCORING=1))
    out = by_id(result["OUTPUT"])
    assert_allclose(
        [out[row[0]]["hollow_score"] for row in E6],
        [0.7904, 0.0000, 0.6086, 0.7475, 0.5262],
        atol=5e-5,
    )
    assert out["V1"]["hollow_rank"] == 1 and out["V4"]["hollow_rank"] == 2


def test_consolidation_potential_from_overlay(
    urflow_provider, make_layer, make_square, make_raster, tmp_path
):
    layers = e6_layers(make_layer, make_square, make_raster, tmp_path)
    result = run(e6_parameters(*layers, LAND_STANDARD=150, RECLAMATION_COEFFICIENT=0.8))
    out = by_id(result["OUTPUT"])
    # V1: 650 residents × 210 m² = 136 500 m²; standard 650 × 150 = 97 500 → surplus 39 000.
    assert_allclose(out["V1"]["settlement_m2"], 136500.0, rtol=1e-9)
    assert_allclose(out["V1"]["surplus_land_m2"], 39000.0, rtol=1e-9)
    assert_allclose(out["V1"]["potential_cultivated_m2"], 31200.0, rtol=1e-9)
    assert out["V2"]["surplus_land_m2"] == 0.0  # 140 m² per person is under the standard
    assert_allclose(out["V4"]["L2_excess"], (260 - 150) / 150, rtol=1e-9)


def test_settlement_split_between_villages_and_buildings(
    urflow_provider, make_layer, make_square, feedback
):
    villages = make_layer(
        "Polygon",
        "EPSG:4548",
        [("vid", str), ("reg", float), ("res", float)],
        [
            (make_square(0, 0, 100), "A", 100.0, 80.0),
            (make_square(100, 0, 100), "B", 100.0, 40.0),
            (make_square(200, 0, 100), "C", 100.0, 50.0),
        ],
    )
    # 60 m × 10 m straddling A|B at x = 100: 400 m² in A, 200 m² in B; 25 m² inside C.
    settlements = make_layer(
        "Polygon",
        "EPSG:4548",
        [("sid", int)],
        [
            ("POLYGON((60 10,120 10,120 20,60 20,60 10))", 1),
            ("POLYGON((250 50,255 50,255 55,250 55,250 50))", 2),
        ],
    )
    buildings = make_layer(
        "Point",
        "EPSG:4548",
        [("vacant", int)],
        [
            ("POINT(10 10)", 1),
            ("POINT(20 10)", 0),
            ("POINT(30 10)", 0),
            ("POINT(40 10)", None),
            ("POINT(150 50)", 1),
            ("POINT(500 500)", 1),
        ],
    )
    result = run(
        {
            "VILLAGES": villages,
            "VILLAGE_ID_FIELD": "vid",
            "REGISTERED_POP_FIELD": "reg",
            "RESIDENT_POP_FIELD": "res",
            "SETTLEMENTS": settlements,
            "BUILDINGS": buildings,
            "BUILDING_VACANT_FIELD": "vacant",
            "CLASSES": 3,
        },
        feedback=feedback,
    )
    out = by_id(result["OUTPUT"])
    assert_allclose([out[v]["settlement_m2"] for v in "ABC"], [400.0, 200.0, 25.0])
    assert_allclose([out[v]["L2"] for v in "ABC"], [5.0, 5.0, 0.5])
    assert_allclose(out["A"]["A2"], 1 / 3)  # the NULL flag is not counted
    assert out["B"]["A2"] == 1.0
    assert out["C"]["A2"] is None or str(out["C"]["A2"]) == "NULL"  # no building: NULL, not 0
    assert "1 buildings have a NULL vacancy flag" in feedback.text()
    assert "1 buildings lie outside every village" in feedback.text()


def point_villages(make_layer, rows, crs="EPSG:4548"):
    return make_layer(
        "Point",
        crs,
        [("vid", str), ("reg", float), ("res", float), ("old", float)],
        [(f"POINT({500000 + i * 10} 3500000)", *row) for i, row in enumerate(rows)],
    )


POINT_ROWS = [
    ("a", 1000.0, 600.0, 200.0),
    ("b", 800.0, 700.0, 150.0),
    ("c", 500.0, 450.0, 90.0),
    ("d", 1200.0, 500.0, 210.0),
]


def point_parameters(layer, **extra):
    return {
        "VILLAGES": layer,
        "VILLAGE_ID_FIELD": "vid",
        "REGISTERED_POP_FIELD": "reg",
        "RESIDENT_POP_FIELD": "res",
        "ELDERLY_POP_FIELD": "old",
        "CLASSES": 3,
        **extra,
    }


def test_point_villages_use_attribute_indicators(
    urflow_provider, make_layer, feedback, make_raster, tmp_path
):
    raster = make_raster(tmp_path / "l.tif", [[1.0]], 499000, 3501000, 5000)
    result = run(
        point_parameters(point_villages(make_layer, POINT_ROWS), NIGHT_LIGHT=raster),
        feedback=feedback,
    )
    out = by_id(result["OUTPUT"])
    assert result["INDICATORS"] == ["P1", "P2"]
    assert_allclose(out["a"]["P1"], 0.4)
    assert_allclose(out["a"]["P2"], 200 / 600)
    assert out["a"]["A1"] is None or str(out["a"]["A1"]) == "NULL"
    assert "need village polygons" in feedback.text()


def test_null_and_zero_population_give_null_indicators(urflow_provider, make_layer, feedback):
    rows = POINT_ROWS + [("e", None, 300.0, 60.0), ("f", 0.0, 0.0, 0.0)]
    result = run(point_parameters(point_villages(make_layer, rows)), feedback=feedback)
    out = by_id(result["OUTPUT"])
    assert str(out["e"]["P1"]) == "NULL" and str(out["f"]["P1"]) == "NULL"
    assert_allclose(out["e"]["P2"], 0.2)  # still scored on what it has
    assert out["e"]["hollow_level"] is not None
    assert "Registered population is 0 or NULL for 2 villages (e, f)" in feedback.text()


def test_in_migration_keeps_negative_p1(urflow_provider, make_layer, feedback):
    rows = POINT_ROWS + [("g", 1000.0, 1150.0, 100.0)]
    result = run(point_parameters(point_villages(make_layer, rows)), feedback=feedback)
    assert_allclose(by_id(result["OUTPUT"])["g"]["P1"], -0.15)
    assert "more residents than registered" in feedback.text()


def test_geographic_villages_work_in_the_gauss_kruger_zone(urflow_provider, make_layer, feedback):
    layer = point_villages(make_layer, POINT_ROWS, crs="EPSG:4490")
    for feature in layer.getFeatures():  # move the points to about 117.2°E 31.8°N
        moved = feature.geometry().fromWkt(f"POINT({117.2 + feature.id() * 0.01} 31.8)")
        layer.dataProvider().changeGeometryValues({feature.id(): moved})
    result = run(point_parameters(layer), feedback=feedback)
    assert "Working CRS: EPSG:4548" in feedback.text()
    assert result["OUTPUT"].crs().authid() == "EPSG:4490"  # outputs keep the input CRS


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda p, m: {**p, "VILLAGE_ID_FIELD": "nope"}, "there is no field 'nope'"),
        (lambda p, m: {**p, "RESIDENT_POP_FIELD": "vid"}, "field 'vid' is not numeric"),
        (lambda p, m: {**p, "VILLAGES": point_villages(m, [])}, "has no features"),
        (
            lambda p, m: {**p, "VILLAGES": point_villages(m, POINT_ROWS + [("a", 10.0, 5.0, 1.0)])},
            "village ids appear more than once: a",
        ),
        (
            lambda p, m: {
                **p,
                "VILLAGES": point_villages(m, POINT_ROWS + [("z", 10.0, -5.0, 1.0)]),
            },
            "field 'res': negative values for villages z",
        ),
        (
            lambda p, m: {**p, "VILLAGES": point_villages(m, POINT_ROWS[:2])},
            "cannot make 3 classes",
        ),
        (lambda p, m: {**p, "WEIGHTING": 2, "AHP_MATRIX": "1,9;1/9,1;"}, None),
        (lambda p, m: {**p, "WEIGHTING": 2, "AHP_MATRIX": "1,9,1/9;1/9,1,9;9,1/9,1"}, "CR"),
        (lambda p, m: {**p, "WEIGHTING": 3}, "CUSTOM_WEIGHTS"),
        (lambda p, m: {**p, "WEIGHTING": 3, "CUSTOM_WEIGHTS": "Q9=1"}, "unknown indicator 'Q9'"),
        (
            lambda p, m: {**p, "CLASSIFICATION": 3, "THRESHOLDS": "0.5"},
            "3 levels need 2 THRESHOLDS",
        ),
    ],
)
def test_bad_input_gets_a_clear_message(urflow_provider, make_layer, change, words):
    parameters = change(point_parameters(point_villages(make_layer, POINT_ROWS)), make_layer)
    if words is None:  # a valid 2×2 AHP matrix: runs
        assert run(parameters)["AHP_CR"] == 0.0
        return
    with pytest.raises(QgsProcessingException, match=words):
        run(parameters)


def test_invalid_geometries_are_skipped_and_counted(
    urflow_provider, make_layer, make_square, feedback
):
    bowtie = "POLYGON((0 0,10 10,10 0,0 10,0 0))"
    rows = [
        (make_square(i * 100, 0, 100), v, r, s, o) for i, (v, r, s, o) in enumerate(POINT_ROWS)
    ] + [(bowtie, "bad", 100.0, 50.0, 10.0)]
    layer = make_layer(
        "Polygon", "EPSG:4548", [("vid", str), ("reg", float), ("res", float), ("old", float)], rows
    )
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometrySkipInvalid)
    result = run(point_parameters(layer), context=context, feedback=feedback)
    assert set(by_id(result["OUTPUT"])) == {"a", "b", "c", "d"}
    assert "1 village features with invalid geometry were skipped" in feedback.text()


def test_selected_features_only_and_input_untouched(urflow_provider, make_layer):
    layer = point_villages(make_layer, POINT_ROWS + [("e", 900.0, 800.0, 100.0)])
    before = [f.attributes() for f in layer.getFeatures()]
    layer.selectByIds([f.id() for f in layer.getFeatures() if f["vid"] != "e"])
    QgsProject.instance().addMapLayer(layer)
    try:
        result = run(point_parameters(QgsProcessingFeatureSourceDefinition(layer.id(), True)))
    finally:
        QgsProject.instance().takeMapLayer(layer)
    assert set(by_id(result["OUTPUT"])) == {"a", "b", "c", "d"}
    assert [f.attributes() for f in layer.getFeatures()] == before
    assert layer.fields().names() == ["vid", "reg", "res", "old"]


def test_cancel_stops_without_output(urflow_provider, make_layer, feedback):
    feedback.cancel()
    result = run(point_parameters(point_villages(make_layer, POINT_ROWS)), feedback=feedback)
    assert result == {}

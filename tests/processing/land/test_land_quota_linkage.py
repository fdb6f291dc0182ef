"""urflow:landquotalinkage through processing.run on hand-drawn polygons (DOMAIN.md E9, E10).

Areas, occupied cultivated land and its grade, and control-line exclusions all come from real
overlays here, not from fields: the rectangles are sized so that the overlays give exactly the
E9/E10 numbers.
"""

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

CRS = "EPSG:4548"
PBF_REASON_EN = "overlaps permanent basic farmland (1000.00 m²)"


def rect(x, y, width, height):
    return (
        f"POLYGON(({x} {y},{x + width} {y},{x + width} {y + height},{x} {y + height}," f"{x} {y}))"
    )


X0, Y0 = 500000.0, 3000000.0
# E10 拆旧: D1 2.0 ha, D2 1.2 ha, D3 1.5 ha (rectangles 100 m high)
DEMOLITION_ROWS = [
    (rect(X0, Y0, 200, 100), "D1", 0.85, 8, 60.0, 0.2, 0, "PA"),
    (rect(X0 + 300, Y0, 120, 100), "D2", 0.80, 9, 40.0, 0.9, 0, "PA"),
    (rect(X0 + 500, Y0, 150, 100), "D3", 0.75, 10, 45.0, 0.5, 0, "PA"),
]
DEMOLITION_FIELDS = [
    ("did", str),
    ("kappa", float),
    ("grade", int),
    ("cost", float),
    ("score", float),
    ("heritage", int),
    ("pa", str),
]
# E10 建新: C1 1.5 ha, C2 1.0 ha, C3 0.8 ha (inside permanent basic farmland by 0.1 ha)
CONSTRUCTION_ROWS = [
    (rect(X0, Y0 + 300, 150, 100), "C1", 150.0, 0, "urban", "PA"),
    (rect(X0 + 300, Y0 + 300, 100, 100), "C2", 90.0, 0, "安置", "PA"),
    (rect(X0 + 500, Y0 + 300, 80, 100), "C3", 50.0, 0, "industrial", "PA"),
]
CONSTRUCTION_FIELDS = [("cid", str), ("value", float), ("must", int), ("kind", str), ("pa", str)]
# C1 occupies 0.6 ha of 等别 6 and 0.6 ha of 等别 8 (area-weighted 7, as E9's 1.2 ha at 7);
# C2 occupies 0.8 ha of 等别 8; a cultivated block away from every candidate.
CULTIVATED_ROWS = [
    (rect(X0, Y0 + 300, 60, 100), 6),
    (rect(X0 + 60, Y0 + 300, 60, 100), 8),
    (rect(X0 + 300, Y0 + 300, 80, 100), 8),
    (rect(X0 + 2000, Y0 + 2000, 100, 100), 3),
]
PBF_ROWS = [(rect(X0 + 570, Y0 + 300, 100, 100),)]  # 10 m × 100 m of C3
UGB_ROWS = [(rect(X0 - 50, Y0 + 250, 700, 300),)]  # holds every 建新 candidate


@pytest.fixture
def layers(make_layer):
    def build(demolition=DEMOLITION_ROWS, construction=CONSTRUCTION_ROWS, crs=CRS):
        return {
            "DEMOLITION": make_layer("Polygon", crs, DEMOLITION_FIELDS, demolition, "d"),
            "CONSTRUCTION": make_layer("Polygon", crs, CONSTRUCTION_FIELDS, construction, "c"),
            "CULTIVATED": make_layer("Polygon", CRS, [("grade", int)], CULTIVATED_ROWS, "cult"),
            "PERMANENT_FARMLAND": make_layer("Polygon", CRS, [], PBF_ROWS, "pbf"),
            "URBAN_BOUNDARY": make_layer("Polygon", CRS, [], UGB_ROWS, "ugb"),
        }

    return build


def parameters(layer_set, **extra):
    values = dict(layer_set)
    values.update(
        {
            "DEMOLITION_ID_FIELD": "did",
            "KAPPA_FIELD": "kappa",
            "DEMOLITION_GRADE_FIELD": "grade",
            "COST_FIELD": "cost",
            "CONSTRUCTION_ID_FIELD": "cid",
            "VALUE_FIELD": "value",
            "MANDATORY_FIELD": "must",
            "CONSTRUCTION_TYPE_FIELD": "kind",
            "CULTIVATED_GRADE_FIELD": "grade",
            "OUTPUT_DEMOLITION": "memory:",
            "OUTPUT_CONSTRUCTION": "memory:",
            "OUTPUT_PAIRS": "memory:",
            "OUTPUT_BALANCE": "memory:",
        }
    )
    values.update(extra)
    return values


def run(values, feedback=None, context=None):
    return processing.run("urflow:landquotalinkage", values, feedback=feedback, context=context)


def by_id(layer, field):
    return {f[field]: f for f in layer.getFeatures()}


def balance(result, group="total"):
    rows = {}
    for f in result["OUTPUT_BALANCE"].getFeatures():
        if f["group"] == group:
            rows[f["item"]] = f
    return rows


def test_e10_optimum_and_e9_balance_from_polygons(urflow_provider, layers, feedback):
    result = run(parameters(layers()), feedback)
    assert result["STATUS"] == "optimal"
    assert result["OBJECTIVE"] == pytest.approx(140.0, abs=1e-6)
    assert result["ALL_RULES_PASSED"] is True
    demolition = by_id(result["OUTPUT_DEMOLITION"], "did")
    construction = by_id(result["OUTPUT_CONSTRUCTION"], "cid")
    assert {k: f["selected"] for k, f in demolition.items()} == {"D1": 1, "D2": 1, "D3": 0}
    assert {k: f["selected"] for k, f in construction.items()} == {"C1": 1, "C2": 1, "C3": 0}
    # overlay-derived areas and cultivated land, to 4 decimals
    assert demolition["D1"]["area_ha"] == pytest.approx(2.0, abs=1e-4)
    assert demolition["D2"]["reclaimed_ha"] == pytest.approx(0.96, abs=1e-4)
    assert construction["C1"]["occupied_cultivated_ha"] == pytest.approx(1.2, abs=1e-4)
    assert construction["C1"]["occupied_grade"] == pytest.approx(7.0, abs=1e-6)
    assert construction["C2"]["occupied_cultivated_ha"] == pytest.approx(0.8, abs=1e-4)
    assert construction["C3"]["occupied_cultivated_ha"] == pytest.approx(0.0, abs=1e-9)
    # C3 excluded by permanent basic farmland, with the overlap area
    assert construction["C3"]["excluded"] == 1
    assert construction["C3"]["state"] == "excluded"
    assert construction["C3"]["pbf_overlap_m2"] == pytest.approx(1000.0, abs=1e-3)
    assert construction["C3"]["excluded_reason"] in (PBF_REASON_EN, "占用永久基本农田 1000.00 m²")
    assert construction["C2"]["ctype"] == "resettlement"
    # E9 figures in the balance table, ha and mu
    total = balance(result)
    expected = {
        "demolition_ha": 3.2,
        "reclaimed_ha": 2.66,
        "construction_ha": 2.5,
        "occupied_ha": 2.0,
        "net_cultivated_ha": 0.66,
        "quality_demolition": 20.32,
        "quality_construction": 17.2,
        "surplus_ha": 0.16,
        "resettlement_ha": 1.0,
        "cost": 100.0,
        "value": 240.0,
    }
    for item, value in expected.items():
        assert total[item]["value"] == pytest.approx(value, abs=1e-4), item
    assert total["demolition_ha"]["value_mu"] == pytest.approx(48.0, abs=1e-3)
    assert total["new_cultivated_ratio"]["value"] == pytest.approx(66 / 3.2, abs=1e-3)
    rules = {item: f for item, f in total.items() if f["kind"] == "rule"}
    assert set(rules) >= {
        "construction_lt_demolition",
        "quota_repaid",
        "cultivated_not_reduced",
        "quality",
        "protected_untouched",
        "excluded_untouched",
        "mandatory_built",
        "budget",
    }
    assert {f["result"] for f in rules.values()} <= {"pass", "通过"}
    assert result["DEMOLITION_HA"] == pytest.approx(3.2, abs=1e-4)
    assert result["SURPLUS_HA"] == pytest.approx(0.16, abs=1e-4)
    # pair lines carry every 建新 ha, in ha and mu, from a selected 拆旧 parcel
    pairs = list(result["OUTPUT_PAIRS"].getFeatures())
    received = {}
    for pair in pairs:
        assert pair["from_id"] in ("D1", "D2")
        assert pair["quota_mu"] == pytest.approx(15 * pair["quota_ha"])
        assert pair["distance_m"] > 0
        assert pair.geometry().length() == pytest.approx(pair["distance_m"], rel=1e-9)
        received[pair["to_id"]] = received.get(pair["to_id"], 0.0) + pair["quota_ha"]
    assert received == pytest.approx({"C1": 1.5, "C2": 1.0})
    given = sum(f["quota_used_ha"] for f in demolition.values())
    assert given == pytest.approx(2.5)


def test_priority_from_hollow_village_polygons_changes_the_choice(
    urflow_provider, layers, make_layer
):
    villages = make_layer(
        "Polygon",
        CRS,
        [("hollow_score", float)],
        [
            (rect(X0 - 10, Y0 - 10, 450, 130), 0.1),  # holds D1 and D2
            (rect(X0 + 480, Y0 - 10, 200, 130), 1.0),
        ],
        "villages",
    )  # holds D3: very hollow
    result = run(parameters(layers(), PRIORITY_LAYER=villages, PRIORITY_WEIGHT=30.0))
    demolition = by_id(result["OUTPUT_DEMOLITION"], "did")
    assert demolition["D3"]["priority_used"] == pytest.approx(1.0)
    # {D1, D3}: 240 − 105 + 30·1.1 = 168 beats {D1, D2}: 240 − 100 + 30·0.2 = 146
    assert {k for k, f in demolition.items() if f["selected"]} == {"D1", "D3"}
    assert result["OBJECTIVE"] == pytest.approx(168.0, abs=1e-6)


def test_priority_field_and_layer_are_exclusive(urflow_provider, layers, make_layer):
    villages = make_layer("Polygon", CRS, [("hollow_score", float)], [], "villages")
    with pytest.raises(QgsProcessingException, match="PRIORITY_FIELD or PRIORITY_LAYER"):
        run(parameters(layers(), PRIORITY_LAYER=villages, PRIORITY_FIELD="score"))


def test_urban_parcel_outside_the_growth_boundary_is_excluded(urflow_provider, layers, make_layer):
    layer_set = layers()
    # the boundary now stops 20 m into C1 (urban) and C2 (resettlement: not concerned)
    layer_set["URBAN_BOUNDARY"] = make_layer(
        "Polygon", CRS, [], [(rect(X0 - 50, Y0 + 250, 180, 300),)], "ugb"
    )
    result = run(parameters(layer_set))
    construction = by_id(result["OUTPUT_CONSTRUCTION"], "cid")
    assert construction["C1"]["excluded"] == 1
    assert construction["C1"]["outside_ugb_m2"] == pytest.approx(20 * 100, abs=1e-3)
    assert (
        "urban growth boundary" in construction["C1"]["excluded_reason"]
        or "城镇开发边界" in construction["C1"]["excluded_reason"]
    )
    assert construction["C2"]["excluded"] == 0
    assert construction["C1"]["selected"] == 0


def test_mandatory_parcel_on_a_control_line_is_a_clear_conflict(urflow_provider, layers):
    rows = [r if r[1] != "C3" else r[:3] + (1,) + r[4:] for r in CONSTRUCTION_ROWS]
    with pytest.raises(
        QgsProcessingException,
        match=r"Mandatory 建新 parcels break a control " r"line.*C3.*1000\.00 m²",
    ):
        run(parameters(layers(construction=rows)))


def test_infeasible_mandatory_construction_says_by_how_much(urflow_provider, layers, feedback):
    """No plan is a result (STATUS infeasible, DESIGN §3.3), not an error: the outputs show the
    candidates and the failing rule, and the diagnosis says by how much."""
    # C1 made mandatory and 4.0 ha: more than the 3.785 ha all 拆旧 parcels can reclaim
    rows = [(rect(X0 - 500, Y0 + 300, 400, 100), "C1", 150.0, 1, "安置", "PA")] + list(
        CONSTRUCTION_ROWS[1:2]
    )
    result = run(parameters(layers(construction=rows)), feedback)
    assert result["STATUS"] == "infeasible"
    assert result["ALL_RULES_PASSED"] is False and result["OBJECTIVE"] is None
    message = result["DIAGNOSIS"]
    assert message.startswith("No feasible linkage plan: ")
    assert "C1" in message and "4.00 ha" in message, message
    assert result["N_DEMOLITION"] == 0 and result["N_CONSTRUCTION"] == 0
    assert all(f["selected"] == 0 for f in result["OUTPUT_DEMOLITION"].getFeatures())
    assert by_id(result["OUTPUT_CONSTRUCTION"], "cid")["C1"]["is_mandatory"] == 1
    assert result["OUTPUT_PAIRS"].featureCount() == 0
    rows = balance(result)
    assert rows["infeasible"]["kind"] == "diagnosis" and rows["infeasible"]["label"] == message
    assert rows["mandatory_built"]["result"] == "fail"
    assert rows["mandatory_built"]["value"] == 1
    assert next(result["OUTPUT_BALANCE"].getFeatures())["item"] == "infeasible"  # first row
    assert message in feedback.messages


def test_project_areas_and_pair_distance(urflow_provider, layers):
    # D3 and C3 form their own project area; C3 is off the farmland here
    demolition = [r[:7] + ("PB" if r[1] == "D3" else "PA",) for r in DEMOLITION_ROWS]
    construction = [
        (rect(X0 + 800, Y0 + 300, 80, 100), "C3", 50.0, 0, "industrial", "PB")
        if r[1] == "C3"
        else r
        for r in CONSTRUCTION_ROWS
    ]
    result = run(
        parameters(layers(demolition, construction), GROUP_FIELD="pa", MAX_PAIR_DISTANCE=2000.0)
    )
    assert result["STATUS"] == "optimal"
    for pair in result["OUTPUT_PAIRS"].getFeatures():
        assert (pair["from_id"] == "D3") == (pair["to_id"] == "C3")
        assert pair["group"] == ("PB" if pair["to_id"] == "C3" else "PA")
    groups = {f["group"] for f in result["OUTPUT_BALANCE"].getFeatures()}
    assert groups >= {"PA", "PB"}
    pb = balance(result, "PB")
    # PB alone: D3 (1.5 ha, cost 45) pays for C3 (0.8 ha, value 50): +5
    assert pb["construction_ha"]["value"] == pytest.approx(0.8, abs=1e-4)
    assert pb["demolition_ha"]["value"] == pytest.approx(1.5, abs=1e-4)
    assert result["OBJECTIVE"] == pytest.approx(145.0, abs=1e-6)
    # a pair limit shorter than any 拆旧–建新 distance leaves nothing to build
    far = run(
        parameters(layers(demolition, construction), GROUP_FIELD="pa", MAX_PAIR_DISTANCE=50.0)
    )
    assert far["N_CONSTRUCTION"] == 0 and far["OBJECTIVE"] == pytest.approx(0.0)


def test_protected_parcel_is_never_demolished(urflow_provider, layers):
    rows = [r[:6] + ((1,) if r[1] == "D2" else (0,)) + r[7:] for r in DEMOLITION_ROWS]
    result = run(parameters(layers(demolition=rows), PROTECTED_FIELD="heritage"))
    demolition = by_id(result["OUTPUT_DEMOLITION"], "did")
    assert demolition["D2"]["selected"] == 0 and demolition["D2"]["state"] == "protected"
    assert result["OBJECTIVE"] == pytest.approx(135.0, abs=1e-6)  # E10's runner-up


def test_layers_in_other_and_geographic_crs_give_the_same_plan(urflow_provider, layers, make_layer):
    to_geographic = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS),
        QgsCoordinateReferenceSystem("EPSG:4490"),
        QgsProject.instance(),
    )
    geographic = []
    for wkt, *values in DEMOLITION_ROWS:
        from qgis.core import QgsGeometry

        geometry = QgsGeometry.fromWkt(wkt)
        geometry.transform(to_geographic)
        geographic.append((geometry.asWkt(12), *values))
    layer_set = layers()
    layer_set["DEMOLITION"] = make_layer("Polygon", "EPSG:4490", DEMOLITION_FIELDS, geographic, "d")
    result = run(parameters(layer_set))
    assert result["OBJECTIVE"] == pytest.approx(140.0, abs=1e-6)
    assert result["DEMOLITION_HA"] == pytest.approx(3.2, rel=1e-4)
    assert result["OUTPUT_DEMOLITION"].crs().authid() == "EPSG:4490"  # written as read


def test_bad_kappa_and_grade_name_layer_field_and_parcels(urflow_provider, layers):
    rows = [r[:2] + (1.3,) + r[3:] if r[1] == "D2" else r for r in DEMOLITION_ROWS]
    with pytest.raises(
        QgsProcessingException, match=r"DEMOLITION, field 'kappa': κ must lie in \(0, 1\].*D2=1\.3"
    ):
        run(parameters(layers(demolition=rows)))
    rows = [r[:3] + (16,) + r[4:] if r[1] == "D3" else r for r in DEMOLITION_ROWS]
    with pytest.raises(
        QgsProcessingException, match=r"field 'grade': grades must lie in " r"1–15.*D3=16"
    ):
        run(parameters(layers(demolition=rows)))


def test_overlapping_and_shared_candidates_are_refused(urflow_provider, layers):
    overlapping = DEMOLITION_ROWS + [
        (rect(X0 + 150, Y0, 100, 100), "D4", 0.8, 9, 10.0, 0.0, 0, "PA")
    ]
    with pytest.raises(
        QgsProcessingException, match=r"拆旧 parcels overlap each other: " r"D1 × D4 \(5000\.0 m²\)"
    ):
        run(parameters(layers(demolition=overlapping)))
    shared = DEMOLITION_ROWS + [
        (rect(X0 + 300, Y0 + 300, 50, 50), "D5", 0.8, 9, 10.0, 0.0, 0, "PA")
    ]
    with pytest.raises(
        QgsProcessingException, match=r"拆旧 parcels are also 建新 candidates: " r"D5 × C2"
    ):
        run(parameters(layers(demolition=shared)))


def test_duplicate_ids_empty_layers_unknown_types(urflow_provider, layers):
    duplicate = DEMOLITION_ROWS + [(rect(X0, Y0 - 500, 10, 10),) + DEMOLITION_ROWS[0][1:]]
    with pytest.raises(QgsProcessingException, match=r"field 'did': ids must be unique.*D1"):
        run(parameters(layers(demolition=duplicate)))
    with pytest.raises(QgsProcessingException, match="DEMOLITION has no features"):
        run(parameters(layers(demolition=[])))
    rows = [r[:4] + ("商业",) + r[5:] if r[1] == "C1" else r for r in CONSTRUCTION_ROWS]
    with pytest.raises(QgsProcessingException, match=r"unknown type.*C1=商业"):
        run(parameters(layers(construction=rows)))


def test_parcel_without_area_is_a_counted_warning(urflow_provider, layers, feedback):
    rows = DEMOLITION_ROWS + [(None, "D0", 0.8, 9, 0.0, 0.0, 0, "PA")]
    result = run(parameters(layers(demolition=rows)), feedback)
    assert result["OBJECTIVE"] == pytest.approx(140.0, abs=1e-6)
    assert "1 拆旧 parcels have no area" in feedback.text() and "D0" in feedback.text()
    states = {f["did"]: f["state"] for f in result["OUTPUT_DEMOLITION"].getFeatures()}
    assert states["D0"] == "unusable"


def test_defaults_without_fields_and_cultivated_needs_grade(urflow_provider, layers, feedback):
    layer_set = layers()
    del layer_set["CULTIVATED"]
    values = parameters(
        layer_set,
        KAPPA_FIELD=None,
        DEMOLITION_GRADE_FIELD=None,
        COST_FIELD=None,
        UNIT_COST=30.0,
        DEFAULT_KAPPA=0.8,
        DEFAULT_GRADE=9,
    )
    result = run(values, feedback)
    demolition = by_id(result["OUTPUT_DEMOLITION"], "did")
    assert demolition["D1"]["cost_used"] == pytest.approx(60.0, abs=1e-6)  # 2 ha × 30
    assert demolition["D1"]["kappa_used"] == pytest.approx(0.8)
    assert "No CULTIVATED layer" in feedback.text()
    with pytest.raises(QgsProcessingException, match="CULTIVATED_GRADE_FIELD"):
        run(parameters(layers(), CULTIVATED_GRADE_FIELD=None))


def test_inputs_untouched_and_cancel(urflow_provider, layers, feedback):
    layer_set = layers()
    before = [f.attributes() for f in layer_set["DEMOLITION"].getFeatures()]
    run(parameters(layer_set))
    assert [f.attributes() for f in layer_set["DEMOLITION"].getFeatures()] == before
    assert layer_set["DEMOLITION"].fields().names() == [n for n, _t in DEMOLITION_FIELDS]
    feedback.cancel()
    assert run(parameters(layers()), feedback) == {}


def test_styles_follow_the_state(urflow_provider, layers):
    from urflow.processing_provider.land.linkage_style import (
        style_construction,
        style_demolition,
        style_pairs,
    )

    result = run(parameters(layers()))
    style_demolition(result["OUTPUT_DEMOLITION"], "zh")
    categories = result["OUTPUT_DEMOLITION"].renderer().categories()
    assert [c.value() for c in categories][:2] == ["selected", "not_selected"]
    assert categories[0].label() == "拆旧入选"
    construction = result["OUTPUT_CONSTRUCTION"]
    style_construction(construction, "en")
    assert construction.renderer().classAttribute() == "state"
    assert construction.labelsEnabled()
    # an excluded parcel is labelled with the line it breaks and the overlap in ha (the field
    # excluded_reason says m²), as on the report's and atlas's maps
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    label = QgsExpression(construction.labeling().settings().fieldName)
    excluded = [f for f in construction.getFeatures() if f["state"] == "excluded"]
    assert excluded
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(construction))
    for feature in excluded:
        context.setFeature(feature)
        text = label.evaluate(context)
        assert text.endswith(" ha") and "m²" not in text, text
    style_pairs(result["OUTPUT_PAIRS"])
    assert isinstance(result["OUTPUT_PAIRS"], QgsVectorLayer)


def test_priority_layer_needs_its_field(urflow_provider, layers, make_layer):
    villages = make_layer("Polygon", CRS, [("hollow_score", float)], [], "villages")
    with pytest.raises(QgsProcessingException, match="PRIORITY_LAYER_FIELD"):
        run(parameters(layers(), PRIORITY_LAYER=villages, PRIORITY_LAYER_FIELD=""))
    # an empty priority layer: every parcel outside it, priority 0, the E10 optimum
    result = run(parameters(layers(), PRIORITY_LAYER=villages, PRIORITY_WEIGHT=30.0))
    assert result["OBJECTIVE"] == pytest.approx(140.0, abs=1e-6)


def test_overlapping_cultivated_land_is_capped_at_the_parcel_area(
    urflow_provider, layers, make_layer, feedback
):
    layer_set = layers()
    # the same 1.2 ha under C1 drawn twice, plus the 0.3 ha beyond it: 2.7 ha over 1.5 ha
    rows = CULTIVATED_ROWS + [(rect(X0, Y0 + 300, 150, 100), 8)]
    layer_set["CULTIVATED"] = make_layer("Polygon", CRS, [("grade", int)], rows, "cult")
    result = run(parameters(layer_set), feedback)
    construction = by_id(result["OUTPUT_CONSTRUCTION"], "cid")
    assert construction["C1"]["occupied_cultivated_ha"] == pytest.approx(1.5, abs=1e-6)
    assert "capped at the parcel area (C1)" in feedback.text()
    assert result["OCCUPIED_HA"] == pytest.approx(2.3, abs=1e-4)


def test_no_plan_within_the_time_limit_is_said_plainly(urflow_provider, layers, monkeypatch):
    from urflow.core.linkage import plan
    from urflow.core.linkage.outcome import no_plan_result

    def out_of_time(problem, *_args, **_kwargs):
        return no_plan_result(problem, "time_limit", 0.0, "no plan yet")

    monkeypatch.setattr(plan, "optimise", out_of_time)
    with pytest.raises(QgsProcessingException, match=r"No plan was found within TIME_LIMIT"):
        run(parameters(layers(), TIME_LIMIT=5))


def test_area_field_without_geometry_is_left_out(urflow_provider, make_layer, layers, feedback):
    fields = DEMOLITION_FIELDS + [("tbmj", float)]
    rows = [r + (area,) for r, area in zip(DEMOLITION_ROWS, (20000.0, 12000.0, 15000.0))]
    rows.append((None, "D9", 0.8, 9, 1.0, 0.0, 0, "PA", 5000.0))
    layer_set = layers()
    layer_set["DEMOLITION"] = make_layer("Polygon", CRS, fields, rows, "d")
    result = run(parameters(layer_set, DEMOLITION_AREA_FIELD="tbmj"), feedback)
    assert result["OBJECTIVE"] == pytest.approx(140.0, abs=1e-6)
    assert "D9" in feedback.text()


@pytest.mark.parametrize("gap", [0.0, 1e-4, 0.05])
def test_mip_gap_is_the_proof_threshold_and_the_result_keeps_its_keys(urflow_provider, layers, gap):
    default = run(parameters(layers()))
    result = run(parameters(layers(), MIP_GAP=gap))
    assert set(result) == set(default)
    assert result["STATUS"] == "optimal"
    assert 0.0 <= result["GAP"] <= gap + 1e-9
    assert result["BOUND"] >= result["OBJECTIVE"] - 1e-9
    assert result["OBJECTIVE"] >= 140.0 * (1 - gap) - 1e-6  # E10's optimum is 140

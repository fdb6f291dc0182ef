"""urflow:facilitysiting through processing.run: hand-computable cases (threshold inclusive,
existing sites open and not new), capacities, cost tables with unknown ids, bad input, and a
qgis_process run."""

import processing
import pytest
from qgis.core import NULL, QgsProcessingException

CRS = "EPSG:4548"
X0, Y0 = 500000.0, 3500000.0
# demand A, B, C on a line; candidates E (existing), N1, N2 -- straight metres, detour 1
DEMAND = [
    (f"POINT({X0} {Y0})", "A", 100.0),
    (f"POINT({X0 + 1000} {Y0})", "B", 50.0),
    (f"POINT({X0 + 3000} {Y0})", "C", 20.0),
]
CANDIDATES = [
    (f"POINT({X0 - 400} {Y0})", "E", "是", 200.0),
    (f"POINT({X0 + 1400} {Y0})", "N1", "0", 200.0),
    (f"POINT({X0 + 3500} {Y0})", "N2", None, 200.0),
]
# costs (m): A: E 400, N1 1400, N2 3500; B: E 1400, N1 400, N2 2500; C: E 3400, N1 1600, N2 500


@pytest.fixture
def layers(make_layer):
    demand = make_layer("Point", CRS, [("vid", str), ("pop", float)], DEMAND, "demand")
    candidates = make_layer(
        "Point", CRS, [("sid", str), ("ex", str), ("cap", float)], CANDIDATES, "candidates"
    )
    return demand, candidates


def run(demand, candidates, feedback=None, **extra):
    parameters = {
        "DEMAND": demand,
        "DEMAND_ID_FIELD": "vid",
        "POPULATION_FIELD": "pop",
        "CANDIDATES": candidates,
        "CANDIDATE_ID_FIELD": "sid",
        "EXISTING_FIELD": "ex",
        "COST_UNIT": 1,
        "DETOUR_FACTOR": 1.0,
        "MODEL": 1,
        "NEW_FACILITIES": 1,
        "THRESHOLD": 500.0,
        "OUTPUT_SITES": "memory:",
        "OUTPUT_DEMAND": "memory:",
        "OUTPUT_LINES": "memory:",
        "OUTPUT_CURVE": "memory:",
        **extra,
    }
    return processing.run("urflow:facilitysiting", parameters, feedback=feedback)


def by_id(layer, field):
    return {f[field]: f for f in layer.getFeatures()}


def test_mclp_threshold_inclusive_existing_open_not_new(urflow_provider, layers, feedback):
    result = run(*layers, feedback)
    # E covers A (400 m); one new site: N1 covers B (50) or N2 covers C (20, at exactly the
    # 500 m threshold) -> N1
    assert result["STATUS"] == "optimal"
    assert result["OBJECTIVE"] == 150.0
    assert result["NEW_IDS"] == ["N1"]
    assert result["COVERED_POP"] == 150.0
    assert result["COVERAGE_RATE"] == pytest.approx(150 / 170)
    assert result["UNCOVERABLE"] == 0
    assert result["VIOLATIONS"] == []
    sites = by_id(result["OUTPUT_SITES"], "sid")
    assert [(sites[s]["selected"], sites[s]["existing"], sites[s]["new"]) for s in sites] == [
        (1, 1, 0),
        (1, 0, 1),
        (0, 0, 0),
    ]
    demand = by_id(result["OUTPUT_DEMAND"], "vid")
    assert [
        (demand[v]["site_id"], demand[v]["site_cost"], demand[v]["covered"]) for v in "ABC"
    ] == [
        ("E", 400.0, 1),
        ("N1", 400.0, 1),
        ("N1", 1600.0, 0),
    ]
    assert result["MEAN_COST"] == pytest.approx((100 * 400 + 50 * 400 + 20 * 1600) / 170)
    assert result["MAX_COST"] == 1600.0
    lines = list(result["OUTPUT_LINES"].getFeatures())
    assert len(lines) == 3 and {f["cost"] for f in lines} == {400.0, 1600.0}
    curve = [f.attributes() for f in result["OUTPUT_CURVE"].getFeatures()]
    assert curve == []  # CURVE_MAX 0: no curve


def test_curve_lscp_pmedian_pcenter(urflow_provider, layers):
    result = run(*layers, CURVE_MAX=5)
    curve = {f["k"]: f for f in result["OUTPUT_CURVE"].getFeatures()}
    assert sorted(curve) == [0, 1, 2]  # only two new candidates
    # k = 2 covers C at exactly 500 m: the threshold is inclusive
    assert [curve[k]["covered_pop"] for k in (0, 1, 2)] == [100.0, 150.0, 170.0]
    assert curve[2]["new_ids"] == "N1,N2"
    lscp = run(*layers, MODEL=0)
    assert lscp["OBJECTIVE"] == 2.0 and sorted(lscp["NEW_IDS"]) == ["N1", "N2"]
    median = run(*layers, MODEL=2)
    # N1: 100*400 + 50*400 + 20*1600 = 92000; N2: 100*400 + 50*1400 + 20*500 = 120000
    assert median["OBJECTIVE"] == 92000.0 and median["NEW_IDS"] == ["N1"]
    center = run(*layers, MODEL=3, THRESHOLD=None)
    assert center["OBJECTIVE"] == 1400.0 and center["NEW_IDS"] == ["N2"]


def test_the_demand_output_says_how_the_sites_were_chosen(urflow_provider, layers):
    """weight and the run's settings on every demand feature, for the report."""
    result = run(*layers, CURVE_MAX=1)
    demand = by_id(result["OUTPUT_DEMAND"], "vid")
    assert [demand[v]["weight"] for v in "ABC"] == [100.0, 50.0, 20.0]
    fields = ("run_model", "run_threshold", "run_cost_unit", "run_standard", "run_population")
    fields += ("run_status", "run_gap")
    for v in "ABC":
        assert [demand[v][f] for f in fields[:3]] == ["mclp", 500.0, "meters"]
        assert demand[v]["run_standard"] in (None, NULL)
        assert demand[v]["run_population"] == "pop" and demand[v]["run_status"] == "optimal"
        assert 0 <= demand[v]["run_gap"] < 1e-6
    preset = by_id(
        run(*layers, THRESHOLD=None, COST_UNIT=None, STANDARD="rural_primary_school")[
            "OUTPUT_DEMAND"
        ],
        "vid",
    )
    assert preset["A"]["run_standard"] == "rural_primary_school"
    assert preset["A"]["run_threshold"] == 30.0 and preset["A"]["run_cost_unit"] == "minutes"
    center = by_id(run(*layers, MODEL=3, THRESHOLD=None)["OUTPUT_DEMAND"], "vid")
    assert center["A"]["run_model"] == "pcenter" and center["A"]["run_threshold"] in (None, NULL)


def test_capacity_shortfall_is_infeasible_not_an_error(urflow_provider, layers, feedback):
    result = run(*layers, feedback, MODEL=2, CAPACITY_FIELD="cap", NEW_FACILITIES=0)
    # 170 people, only E open with 200 places: feasible; A+B+C all to E
    assert result["STATUS"] == "optimal"
    sites = by_id(result["OUTPUT_SITES"], "sid")
    assert sites["E"]["assigned_pop"] == 170.0 and sites["E"]["load"] == pytest.approx(0.85)
    demand, candidates = layers
    candidates.startEditing()
    for f in candidates.getFeatures():
        candidates.changeAttributeValue(f.id(), 2, 60.0)
    candidates.commitChanges()
    result = run(demand, candidates, feedback, MODEL=2, CAPACITY_FIELD="cap")
    assert result["STATUS"] == "infeasible"
    assert result["SHORTFALL"] == 50.0  # 170 - (60 + 60)
    assert result["NEW_IDS"] == []
    assert "shortfall 50" in feedback.text()


def test_cost_table_unknown_ids_counted_and_named(urflow_provider, layers, make_layer, feedback):
    table = make_layer(
        "None",
        "",
        [("d", str), ("s", str), ("c", float)],
        [
            (None, "A", "E", 5.0),
            (None, "B", "N1", 5.0),
            (None, "B", "E", 20.0),
            (None, "C", "N2", 10.0),
            (None, "C", "N1", 10.0),
            (None, "Z", "E", 1.0),  # unknown demand
            (None, "A", "N9", 1.0),  # unknown candidate
        ],
        "costs",
    )
    result = run(
        *layers,
        feedback,
        COST_TABLE=table,
        COST_DEMAND_FIELD="d",
        COST_CANDIDATE_FIELD="s",
        COST_FIELD="c",
        THRESHOLD=10.0,
    )
    assert result["OBJECTIVE"] == 170.0  # E covers A; N1 covers B and C (10 = threshold)
    assert result["NEW_IDS"] == ["N1"]
    assert "2 cost table rows name unknown ids" in feedback.text()
    assert "Z" in feedback.text() and "N9" in feedback.text()


def test_uncoverable_named_in_the_log(urflow_provider, layers, feedback):
    result = run(*layers, feedback, THRESHOLD=300.0)
    assert result["UNCOVERABLE"] == 3
    assert "A, B, C" in feedback.text()


def test_bad_input_clear_messages(urflow_provider, layers, make_layer):
    demand, candidates = layers
    with pytest.raises(QgsProcessingException, match="only 2 candidate sites"):
        run(demand, candidates, NEW_FACILITIES=3)
    twice = make_layer(
        "Point",
        CRS,
        [("sid", str), ("ex", str), ("cap", float)],
        CANDIDATES + [(f"POINT({X0} {Y0})", "N1", "0", 1.0)],
    )
    with pytest.raises(QgsProcessingException, match="duplicate ids: N1"):
        run(demand, twice)
    null = make_layer(
        "Point",
        CRS,
        [("sid", str), ("ex", str), ("cap", float)],
        CANDIDATES + [(f"POINT({X0} {Y0})", None, "0", 1.0)],
    )
    with pytest.raises(QgsProcessingException, match="empty ids"):
        run(demand, null)
    negative = make_layer(
        "Point",
        CRS,
        [("sid", str), ("ex", str), ("cap", float)],
        CANDIDATES[:2] + [(f"POINT({X0} {Y0})", "N2", "0", -5.0)],
    )
    with pytest.raises(QgsProcessingException, match="negative at N2"):
        run(demand, negative, CAPACITY_FIELD="cap")
    with pytest.raises(QgsProcessingException, match="need a threshold"):
        run(demand, candidates, THRESHOLD=None)


def test_through_qgis_process(qgis_process_json, tmp_path):
    from osgeo import ogr, osr

    path = tmp_path / "siting.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    for name, fields, rows in (
        ("demand", [("vid", ogr.OFTString), ("pop", ogr.OFTReal)], DEMAND),
        (
            "candidates",
            [("sid", ogr.OFTString), ("ex", ogr.OFTString), ("cap", ogr.OFTReal)],
            CANDIDATES,
        ),
    ):
        layer = ds.CreateLayer(name, srs, ogr.wkbPoint)
        for field, kind in fields:
            layer.CreateField(ogr.FieldDefn(field, kind))
        for wkt, *values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            for (field, _), value in zip(fields, values):
                if value is not None:
                    feature.SetField(field, value)
            layer.CreateFeature(feature)
    ds = None
    result = qgis_process_json(
        "urflow:facilitysiting",
        {
            "DEMAND": f"{path}|layername=demand",
            "DEMAND_ID_FIELD": "vid",
            "POPULATION_FIELD": "pop",
            "CANDIDATES": f"{path}|layername=candidates",
            "CANDIDATE_ID_FIELD": "sid",
            "EXISTING_FIELD": "ex",
            "COST_UNIT": 1,
            "DETOUR_FACTOR": 1.0,
            "MODEL": 2,
            "NEW_FACILITIES": 1,
            "OUTPUT_SITES": "TEMPORARY_OUTPUT",
            "OUTPUT_DEMAND": "TEMPORARY_OUTPUT",
        },
    )
    results = result["results"]
    assert results["STATUS"] == "optimal"
    assert results["OBJECTIVE"] == 92000.0
    assert results["NEW_IDS"] == ["N1"]

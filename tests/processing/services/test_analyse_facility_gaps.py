"""urflow:facilitygaps through processing.run: DOMAIN.md E2–E5 over a real line network."""

from pathlib import Path

import processing
import pytest
from numpy.testing import assert_allclose
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from urflow.processing_provider.services.analyse_facility_gaps import (
    NATIONAL_STANDARDS,
    AnalyseFacilityGapsAlgorithm,
)

ALG = "urflow:facilitygaps"
# E2: F1 (0, 1000), F2 (2000, 1000); V1 (0, 0), V2 (1000, 0), V3 (2000, 0). One straight road
# per pair with the speed that makes its travel time the E2 cost; V3–F1 (35 min) is left out:
# its best route V3→F2→V2→F1 takes 41 min, beyond the 30-min catchment either way.
POINTS = {"F1": (0, 1000), "F2": (2000, 1000), "V1": (0, 0), "V2": (1000, 0), "V3": (2000, 0)}
COSTS = {("V1", "F1"): 5, ("V1", "F2"): 25, ("V2", "F1"): 15, ("V2", "F2"): 8, ("V3", "F2"): 18}


SOURCE = QgsProcessing.SourceType
FIELD = QgsProcessingParameterField.DataType
#: name -> (class, optional, advanced, parent layer / field type / enum options / default)
PARAMETERS = {
    "DEMAND": (QgsProcessingParameterFeatureSource, False, False, None),
    "DEMAND_ID_FIELD": (QgsProcessingParameterField, False, False, ("DEMAND", FIELD.Any)),
    "POPULATION_FIELD": (QgsProcessingParameterField, False, False, ("DEMAND", FIELD.Numeric)),
    "FACILITIES": (QgsProcessingParameterFeatureSource, False, False, None),
    "FACILITY_ID_FIELD": (QgsProcessingParameterField, False, False, ("FACILITIES", FIELD.Any)),
    "CAPACITY_FIELD": (QgsProcessingParameterField, True, False, ("FACILITIES", FIELD.Numeric)),
    "NETWORK": (QgsProcessingParameterFeatureSource, True, False, None),
    "SPEED_FIELD": (QgsProcessingParameterField, True, False, ("NETWORK", FIELD.Numeric)),
    "ROAD_CLASS_FIELD": (QgsProcessingParameterField, True, False, ("NETWORK", FIELD.Any)),
    "DIRECTION_FIELD": (QgsProcessingParameterField, True, False, ("NETWORK", FIELD.Any)),
    "STANDARD": (QgsProcessingParameterString, True, False, None),
    "STANDARDS_TABLE": (QgsProcessingParameterFile, True, True, None),
    "TRAVEL_MODE": (QgsProcessingParameterEnum, True, False, 4),
    "COST_UNIT": (QgsProcessingParameterEnum, True, False, 2),
    "THRESHOLD": (QgsProcessingParameterNumber, True, False, None),
    "PROVISION_PER_1000": (QgsProcessingParameterNumber, True, False, None),
    "METHOD": (QgsProcessingParameterEnum, False, False, 3),
    "E2SFCA_WEIGHTS": (QgsProcessingParameterString, True, True, None),
    "SNAP_TOLERANCE": (QgsProcessingParameterNumber, False, True, 500.0),
    "DETOUR_FACTOR": (QgsProcessingParameterNumber, False, True, 1.3),
    "ZONES": (QgsProcessingParameterFeatureSource, True, False, None),
    "ZONE_NAME_FIELD": (QgsProcessingParameterField, True, False, ("ZONES", FIELD.Any)),
    "TARGET_CRS": (QgsProcessingParameterCrs, True, True, None),
    "OUTPUT_DEMAND": (QgsProcessingParameterFeatureSink, False, False, None),
    "OUTPUT_FACILITIES": (QgsProcessingParameterFeatureSink, False, False, None),
    "OUTPUT_ZONES": (QgsProcessingParameterFeatureSink, True, False, None),
}


def test_parameters(qgis_app):
    algorithm = AnalyseFacilityGapsAlgorithm()
    algorithm.initAlgorithm()
    assert [p.name() for p in algorithm.parameterDefinitions()] == list(PARAMETERS)
    for name, (kind, optional, advanced, detail) in PARAMETERS.items():
        parameter = algorithm.parameterDefinition(name)
        flags = parameter.flags()
        assert isinstance(parameter, kind), name
        assert bool(flags & QgsProcessingParameterDefinition.Flag.FlagOptional) == optional, name
        assert bool(flags & QgsProcessingParameterDefinition.Flag.FlagAdvanced) == advanced, name
        if kind is QgsProcessingParameterField:
            assert (parameter.parentLayerParameterName(), parameter.dataType()) == detail, name
        elif kind is QgsProcessingParameterEnum:
            assert len(parameter.options()) == detail, name
        elif kind is QgsProcessingParameterNumber:
            assert parameter.defaultValue() == detail, name
    layer_types = {
        "DEMAND": [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint],
        "FACILITIES": [SOURCE.TypeVectorPoint],
        "NETWORK": [SOURCE.TypeVectorLine],
        "ZONES": [SOURCE.TypeVectorPolygon],
    }
    for name, types in layer_types.items():
        assert algorithm.parameterDefinition(name).dataTypes() == types, name
    assert algorithm.parameterDefinition("METHOD").defaultValue() == 0
    assert algorithm.parameterDefinition("DETOUR_FACTOR").minimum() == 1.0
    assert algorithm.parameterDefinition("THRESHOLD").minimum() == 0.0
    assert algorithm.parameterDefinition("STANDARDS_TABLE").extension() == "csv"
    assert [o.name() for o in algorithm.outputDefinitions()] == [
        "OUTPUT_DEMAND",
        "OUTPUT_FACILITIES",
        "OUTPUT_ZONES",
    ]


def test_alg_settings(qgis_app):
    algorithm = AnalyseFacilityGapsAlgorithm()
    assert algorithm.name() == "facilitygaps"
    assert algorithm.groupId() == "services"
    assert "公共服务设施缺口分析" in algorithm.displayName()
    assert isinstance(algorithm.createInstance(), AnalyseFacilityGapsAlgorithm)
    assert Path(algorithm.svgIconPath()).exists()
    assert "2SFCA" in algorithm.shortHelpString()
    assert Path(NATIONAL_STANDARDS).name == "china_national.csv"


def e2_layers(make_layer):
    roads = []
    for (v, f), minutes in COSTS.items():
        (x0, y0), (x1, y1) = POINTS[v], POINTS[f]
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        roads.append(
            (f"LINESTRING({x0} {y0},{x1} {y1})", f"{v}-{f}", length / 1000 / (minutes / 60))
        )
    network = make_layer("LineString", "EPSG:4548", [("rid", str), ("kmh", float)], roads)
    demand = make_layer(
        "Point",
        "EPSG:4548",
        [("vid", str), ("pop", float)],
        [
            (f"POINT({POINTS[v][0]} {POINTS[v][1]})", v, p)
            for v, p in (("V1", 1000.0), ("V2", 600.0), ("V3", 400.0))
        ],
    )
    facilities = make_layer(
        "Point",
        "EPSG:4548",
        [("fid_", str), ("doctors", float)],
        [(f"POINT({POINTS[f][0]} {POINTS[f][1]})", f, s) for f, s in (("F1", 2.0), ("F2", 1.0))],
    )
    return demand, facilities, network


def run(demand, facilities, network, **extra):
    parameters = {
        "DEMAND": demand,
        "DEMAND_ID_FIELD": "vid",
        "POPULATION_FIELD": "pop",
        "FACILITIES": facilities,
        "FACILITY_ID_FIELD": "fid_",
        "CAPACITY_FIELD": "doctors",
        "NETWORK": network,
        "SPEED_FIELD": "kmh",
        "TRAVEL_MODE": 3,
        "COST_UNIT": 0,
        "THRESHOLD": 30,
        "PROVISION_PER_1000": 1,
        "OUTPUT_DEMAND": "memory:",
        "OUTPUT_FACILITIES": "memory:",
        **extra,
    }
    return processing.run(ALG, parameters)


def by_id(layer, field):
    return {feature[field]: feature for feature in layer.getFeatures()}


@pytest.mark.parametrize(
    "method, access, ratios",
    [
        (0, [1.7500, 1.7500, 0.5000], [1.25, 0.5]),
        (1, [1.6219, 1.8817, 0.6227], [1.420455, 0.9157509]),
        (2, [1.6388, 1.8937, 0.5624], [1.443246, 0.9673814]),
    ],
)
def test_e2_e4_accessibility_over_the_network(urflow_provider, make_layer, method, access, ratios):
    result = run(*e2_layers(make_layer), METHOD=method)
    demand = by_id(result["OUTPUT_DEMAND"], "vid")
    assert_allclose([demand[v]["access"] for v in ("V1", "V2", "V3")], access, atol=5e-5)
    facilities = by_id(result["OUTPUT_FACILITIES"], "fid_")
    assert_allclose([facilities[f]["supply_ratio"] for f in ("F1", "F2")], ratios, rtol=1e-5)
    # Σ P_i A_i = Σ S_j = 3 doctors
    assert_allclose(
        sum(p * demand[v]["access"] / 1000 for v, p in (("V1", 1000), ("V2", 600), ("V3", 400))),
        3.0,
        rtol=1e-9,
    )


def test_e5_gaps_nearest_and_blind_spot(urflow_provider, make_layer):
    result = run(*e2_layers(make_layer))
    demand = by_id(result["OUTPUT_DEMAND"], "vid")
    assert_allclose([demand[v]["gap"] for v in ("V1", "V2", "V3")], [0.75, 0.45, -0.20], atol=1e-9)
    assert_allclose(result["TOTAL_DEFICIT"], 0.2, atol=1e-9)
    assert_allclose([demand[v]["nearest_cost"] for v in ("V1", "V2", "V3")], [5, 8, 18], rtol=1e-9)
    assert [demand[v]["nearest_id"] for v in ("V1", "V2", "V3")] == ["F1", "F2", "F2"]
    assert [demand[v]["gap_class"] for v in ("V1", "V2", "V3")] == [2, 2, 1]
    assert result["COVERAGE_RATE"] == 1.0
    at_15 = run(*e2_layers(make_layer), THRESHOLD=15)
    assert_allclose(at_15["COVERAGE_RATE"], 0.8)
    assert by_id(at_15["OUTPUT_DEMAND"], "vid")["V3"]["gap_class"] == 0  # blind spot


def test_threshold_is_inclusive(urflow_provider, make_layer):
    result = run(*e2_layers(make_layer), THRESHOLD=18)
    demand = by_id(result["OUTPUT_DEMAND"], "vid")
    assert demand["V3"]["covered"] == 1  # nearest cost exactly 18


def test_preset_supplies_the_threshold_and_is_overridden(urflow_provider, make_layer, feedback):
    demand, facilities, network = e2_layers(make_layer)
    result = processing.run(
        ALG,
        {
            "DEMAND": demand,
            "DEMAND_ID_FIELD": "vid",
            "POPULATION_FIELD": "pop",
            "FACILITIES": facilities,
            "FACILITY_ID_FIELD": "fid_",
            "CAPACITY_FIELD": "doctors",
            "NETWORK": network,
            "SPEED_FIELD": "kmh",
            "TRAVEL_MODE": 3,
            "STANDARD": "rural_village_clinic",
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_FACILITIES": "memory:",
        },
        feedback=feedback,
    )
    # the preset: 15 minutes, 1 doctor per 1000; the explicit car mode wins over its walk
    assert "村卫生室" in feedback.text()
    assert_allclose(result["COVERAGE_RATE"], 0.8)  # V3's 18 minutes exceed the 15


def test_without_network_uses_straight_lines(urflow_provider, make_layer):
    demand, facilities, _network = e2_layers(make_layer)
    result = run(demand, facilities, None, COST_UNIT=1, THRESHOLD=1300, DETOUR_FACTOR=1.3)
    nearest = by_id(result["OUTPUT_DEMAND"], "vid")
    assert_allclose(nearest["V1"]["nearest_cost"], 1300.0)  # 1000 m × 1.3
    assert nearest["V1"]["covered"] == 1


@pytest.mark.parametrize(
    "extra, words",
    [
        ({"THRESHOLD": None}, "Set THRESHOLD"),
        ({"STANDARD": "no_such_rule"}, "STANDARD 'no_such_rule' is not in"),
        ({"POPULATION_FIELD": "vid"}, "field 'vid' is not numeric"),
    ],
)
def test_bad_input_gets_a_clear_message(urflow_provider, make_layer, extra, words):
    with pytest.raises(QgsProcessingException, match=words):
        run(*e2_layers(make_layer), **extra)


def test_no_facilities_is_refused(urflow_provider, make_layer):
    demand, _facilities, network = e2_layers(make_layer)
    empty = make_layer("Point", "EPSG:4548", [("fid_", str), ("doctors", float)], [])
    with pytest.raises(QgsProcessingException, match="FACILITIES has no features"):
        run(demand, empty, network)


def test_disconnected_village_is_flagged_not_a_crash(urflow_provider, make_layer, feedback):
    _demand, facilities, network = e2_layers(make_layer)
    island = make_layer(
        "Point", "EPSG:4548", [("vid", str), ("pop", float)], [("POINT(9000 9000)", "V9", 100.0)]
    )
    network.dataProvider().addFeatures(
        list(
            make_layer(
                "LineString",
                "EPSG:4548",
                [("rid", str), ("kmh", float)],
                [("LINESTRING(9000 9000,9500 9000)", "island", 30.0)],
            ).getFeatures()
        )
    )
    result = processing.run(
        ALG,
        {
            "DEMAND": island,
            "DEMAND_ID_FIELD": "vid",
            "POPULATION_FIELD": "pop",
            "FACILITIES": facilities,
            "FACILITY_ID_FIELD": "fid_",
            "NETWORK": network,
            "SPEED_FIELD": "kmh",
            "TRAVEL_MODE": 3,
            "THRESHOLD": 30,
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_FACILITIES": "memory:",
        },
        feedback=feedback,
    )
    row = next(result["OUTPUT_DEMAND"].getFeatures())
    assert str(row["nearest_cost"]) == "NULL" and row["gap_class"] == 0
    assert result["UNREACHABLE"] == 1
    assert "cannot reach any facility" in feedback.text()


def test_codes_beside_labels(urflow_provider, make_layer):
    """gap_class is the code, gap_label its label; standard_id the code of facility_type."""
    preset = run(*e2_layers(make_layer), STANDARD="rural_village_clinic", THRESHOLD=15)
    rows = by_id(preset["OUTPUT_DEMAND"], "vid")
    assert [(rows[v]["gap_class"], rows[v]["gap_label"]) for v in ("V1", "V2", "V3")] == [
        (2, "adequate"),
        (2, "adequate"),
        (0, "blind spot"),
    ]
    assert {(r["standard_id"], r["facility_type"]) for r in rows.values()} == {
        ("rural_village_clinic", "Village clinic")
    }
    custom = run(*e2_layers(make_layer))
    row = next(custom["OUTPUT_DEMAND"].getFeatures())
    assert str(row["standard_id"]) == "NULL" and row["facility_type"] == "layer"
    assert sorted(custom) == [
        "BLIND_SPOTS",
        "COVERAGE_RATE",
        "GINI",
        "OUTPUT_DEMAND",
        "OUTPUT_FACILITIES",
        "TOTAL_DEFICIT",
        "UNDER_SERVED",
        "UNREACHABLE",
    ]

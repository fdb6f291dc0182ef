"""urflow:villageclassification: parameters, outputs and metadata as the contract has them."""

import pytest

from ..parameter_spec import (
    NO_MAXIMUM,
    Expected,
    create,
    english_short_help,
    output_problems,
    parameter_problems,
    settings_problems,
)

POLYGON = ("polygon",)
PARAMETERS = [
    Expected("VILLAGES", "source", layer_types=("polygon", "point")),
    Expected("VILLAGE_ID_FIELD", "field", parent="VILLAGES", field_type="any"),
    Expected("VILLAGE_NAME_FIELD", "field", optional=True, parent="VILLAGES", field_type="any"),
    Expected("ZONE_FIELD", "field", optional=True, parent="VILLAGES", field_type="any"),
    Expected("POPULATION_FIELD", "field", optional=True, parent="VILLAGES", field_type="numeric"),
    Expected(
        "SETTLEMENT_AREA_FIELD", "field", optional=True, parent="VILLAGES", field_type="numeric"
    ),
    Expected("HERITAGE_FIELD", "field", optional=True, parent="VILLAGES", field_type="any"),
    Expected("RULES", "file", optional=True),
    Expected("URBAN_BOUNDARY", "source", optional=True, layer_types=POLYGON),
    Expected("BUILT_UP", "source", optional=True, layer_types=POLYGON),
    Expected("ECO_REDLINE", "source", optional=True, layer_types=POLYGON),
    Expected("HAZARD", "source", optional=True, layer_types=POLYGON),
    Expected("PERMANENT_FARMLAND", "source", optional=True, layer_types=POLYGON),
    Expected("TOWNS", "source", optional=True, layer_types=("point",)),
    Expected("TOWN_ID_FIELD", "field", optional=True, parent="TOWNS", field_type="any"),
    Expected("NETWORK", "source", optional=True, layer_types=("line",)),
    Expected("SPEED_FIELD", "field", optional=True, parent="NETWORK", field_type="numeric"),
    Expected("ROAD_CLASS_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("DIRECTION_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("TRAVEL_MODE", "enum", default=3, options=("walk", "bicycle", "e-bike", "car")),
    Expected("COST_UNIT", "enum", default=0, options=("minutes", "meters")),
    Expected(
        "SNAP_TOLERANCE",
        "number",
        default=500.0,
        number_type="double",
        minimum=0.0,
        maximum=NO_MAXIMUM,
    ),
    Expected(
        "DETOUR_FACTOR",
        "number",
        default=1.3,
        number_type="double",
        minimum=1.0,
        maximum=NO_MAXIMUM,
    ),
    Expected("HOLLOW", "source", optional=True, layer_types=("table",)),
    Expected("POTENTIAL_FIELDS", "string", optional=True),
    Expected("POTENTIAL_DIRECTIONS", "string", optional=True),
    Expected(
        "WEIGHTING", "enum", default=0, options=("entropy", "equal", "ahp", "custom", "combined")
    ),
    Expected("AHP_MATRIX", "string", optional=True),
    Expected("CUSTOM_WEIGHTS", "string", optional=True),
    Expected(
        "COMBINED_ALPHA", "number", default=0.5, number_type="double", minimum=0.0, maximum=1.0
    ),
    Expected("SCORING", "enum", default=0, options=("weighted", "topsis")),
    Expected("TARGET_CRS", "crs", optional=True),
    Expected("OUTPUT", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_SUMMARY", "sink", optional=True, sink_type="table"),
]
OUTPUTS = {"OUTPUT": "outputVector", "OUTPUT_SUMMARY": "outputVector"}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:villageclassification")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    problems = settings_problems(
        algorithm,
        name="villageclassification",
        display_name="Village classification (村庄分类)",
        group="Villages",
        group_id="villages",
    )
    assert problems == []
    assert english_short_help(algorithm, monkeypatch).strip()


def test_custom_weighting_needs_weights(algorithm, qgis_processing):
    from qgis.core import QgsProcessingContext

    ok, message = algorithm.checkParameterValues(
        {"VILLAGES": "x", "VILLAGE_ID_FIELD": "id", "WEIGHTING": 3, "OUTPUT": "memory:"},
        QgsProcessingContext(),
    )
    assert not ok

"""urflow:facilitysiting: parameters, outputs and metadata as the contract has them."""

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

PARAMETERS = [
    Expected("DEMAND", "source", layer_types=("polygon", "point")),
    Expected("DEMAND_ID_FIELD", "field", parent="DEMAND", field_type="any"),
    Expected("POPULATION_FIELD", "field", parent="DEMAND", field_type="numeric"),
    Expected("CANDIDATES", "source", layer_types=("point",)),
    Expected("CANDIDATE_ID_FIELD", "field", parent="CANDIDATES", field_type="any"),
    Expected("EXISTING_FIELD", "field", optional=True, parent="CANDIDATES", field_type="any"),
    Expected("CAPACITY_FIELD", "field", optional=True, parent="CANDIDATES", field_type="numeric"),
    Expected("NETWORK", "source", optional=True, layer_types=("line",)),
    Expected("SPEED_FIELD", "field", optional=True, parent="NETWORK", field_type="numeric"),
    Expected("ROAD_CLASS_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("DIRECTION_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("TRAVEL_MODE", "enum", optional=True, options=("walk", "bicycle", "e-bike", "car")),
    Expected("COST_UNIT", "enum", optional=True, options=("minutes", "meters")),
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
    Expected("COST_TABLE", "source", optional=True, layer_types=("table",)),
    Expected("COST_DEMAND_FIELD", "field", optional=True, parent="COST_TABLE", field_type="any"),
    Expected("COST_CANDIDATE_FIELD", "field", optional=True, parent="COST_TABLE", field_type="any"),
    Expected("COST_FIELD", "field", optional=True, parent="COST_TABLE", field_type="numeric"),
    Expected("MODEL", "enum", default=2, options=("lscp", "mclp", "p-median", "p-center")),
    Expected("NEW_FACILITIES", "number", default=1, number_type="integer", minimum=0),
    Expected("THRESHOLD", "number", optional=True, number_type="double", minimum=0.0),
    Expected("STANDARD", "string", optional=True),
    Expected("STANDARDS_TABLE", "file", optional=True),
    Expected("CURVE_MAX", "number", default=0, number_type="integer", minimum=0),
    Expected("TIME_LIMIT", "number", default=0.0, number_type="double", minimum=0.0),
    Expected("TARGET_CRS", "crs", optional=True),
    Expected("OUTPUT_SITES", "sink", sink_type="point"),
    Expected("OUTPUT_DEMAND", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_LINES", "sink", optional=True, sink_type="line"),
    Expected("OUTPUT_CURVE", "sink", optional=True, sink_type="table"),
]
OUTPUTS = {
    key: "outputVector" for key in ("OUTPUT_SITES", "OUTPUT_DEMAND", "OUTPUT_LINES", "OUTPUT_CURVE")
}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:facilitysiting")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    problems = settings_problems(
        algorithm,
        name="facilitysiting",
        display_name="Facility siting (公共服务设施布局优化)",
        group="Public services",
        group_id="services",
    )
    assert problems == []
    assert english_short_help(algorithm, monkeypatch).strip()

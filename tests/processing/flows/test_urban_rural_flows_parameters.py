"""urflow:urbanruralflows: parameters, outputs and metadata as the contract has them."""

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
    Expected("NODES", "source", layer_types=("point", "polygon")),
    Expected("NODE_ID_FIELD", "field", parent="NODES", field_type="any"),
    Expected("NODE_TYPE_FIELD", "field", parent="NODES", field_type="any"),
    Expected("MASS_FIELD", "field", optional=True, parent="NODES", field_type="numeric"),
    Expected("NAME_FIELD", "field", optional=True, parent="NODES", field_type="any"),
    Expected("FLOWS", "source", layer_types=("table",)),
    Expected("ORIGIN_FIELD", "field", parent="FLOWS", field_type="any"),
    Expected("DESTINATION_FIELD", "field", parent="FLOWS", field_type="any"),
    Expected("VALUE_FIELD", "field", parent="FLOWS", field_type="numeric"),
    Expected("KIND_FIELD", "field", optional=True, parent="FLOWS", field_type="any"),
    Expected("YEAR_FIELD", "field", optional=True, parent="FLOWS", field_type="numeric"),
    Expected("YEAR", "number", optional=True, number_type="integer"),
    Expected("DISTANCE", "enum", default=0, options=("straight", "road")),
    Expected("NETWORK", "source", optional=True, layer_types=("line",)),
    Expected("SPEED_FIELD", "field", optional=True, parent="NETWORK", field_type="numeric"),
    Expected("ROAD_CLASS_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("DIRECTION_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("TRAVEL_MODE", "enum", default=3, options=("walk", "bicycle", "e-bike", "car")),
    Expected("COST_UNIT", "enum", default=1, options=("minutes", "meters")),
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
    Expected("GRAVITY", "enum", default=0, options=("none", "unconstrained", "doubly")),
    Expected(
        "MIN_VALUE", "number", default=0.0, number_type="double", minimum=0.0, maximum=NO_MAXIMUM
    ),
    Expected("TARGET_CRS", "crs", optional=True),
    Expected("OUTPUT_LINES", "sink", sink_type="line"),
    Expected("OUTPUT_NODES", "sink", sink_type="point"),
    Expected("OUTPUT_MATRIX", "sink", sink_type="table"),
]
OUTPUTS = {key: "outputVector" for key in ("OUTPUT_LINES", "OUTPUT_NODES", "OUTPUT_MATRIX")}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:urbanruralflows")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    problems = settings_problems(
        algorithm,
        name="urbanruralflows",
        display_name="Urban–rural flows 城乡要素流动分析",
        group="Flows",
        group_id="flows",
    )
    assert problems == []
    assert english_short_help(algorithm, monkeypatch).strip()

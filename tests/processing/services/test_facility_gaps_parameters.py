"""urflow:facilitygaps: parameters, outputs and metadata as the contract has them."""

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
    Expected("FACILITIES", "source", layer_types=("point",)),
    Expected("FACILITY_ID_FIELD", "field", parent="FACILITIES", field_type="any"),
    Expected("CAPACITY_FIELD", "field", optional=True, parent="FACILITIES", field_type="numeric"),
    Expected("NETWORK", "source", optional=True, layer_types=("line",)),
    Expected("SPEED_FIELD", "field", optional=True, parent="NETWORK", field_type="numeric"),
    Expected("ROAD_CLASS_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("DIRECTION_FIELD", "field", optional=True, parent="NETWORK", field_type="any"),
    Expected("STANDARD", "string", optional=True),
    Expected("STANDARDS_TABLE", "file", optional=True),
    Expected("TRAVEL_MODE", "enum", optional=True, options=("walk", "bicycle", "e-bike", "car")),
    Expected("COST_UNIT", "enum", optional=True, options=("minutes", "meters")),
    Expected(
        "THRESHOLD", "number", optional=True, number_type="double", minimum=0.0, maximum=NO_MAXIMUM
    ),
    Expected(
        "PROVISION_PER_1000",
        "number",
        optional=True,
        number_type="double",
        minimum=0.0,
        maximum=NO_MAXIMUM,
    ),
    Expected("METHOD", "enum", default=0, options=("2sfca", "enhanced", "gaussian")),
    Expected("E2SFCA_WEIGHTS", "string", optional=True),
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
    Expected("ZONES", "source", optional=True, layer_types=("polygon",)),
    Expected("ZONE_NAME_FIELD", "field", optional=True, parent="ZONES", field_type="any"),
    Expected("TARGET_CRS", "crs", optional=True),
    Expected("OUTPUT_DEMAND", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_FACILITIES", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_ZONES", "sink", optional=True, sink_type="polygon"),
]

OUTPUTS = {
    "OUTPUT_DEMAND": "outputVector",
    "OUTPUT_FACILITIES": "outputVector",
    "OUTPUT_ZONES": "outputVector",
}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:facilitygaps")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_standards_table_takes_csv_files(algorithm):
    assert algorithm.parameterDefinition("STANDARDS_TABLE").extension() == "csv"


def test_zones_output_is_created_by_default(algorithm):
    assert algorithm.parameterDefinition("OUTPUT_ZONES").createByDefault()


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    assert (
        settings_problems(
            algorithm,
            name="facilitygaps",
            display_name="Facility gap analysis (公共服务设施缺口分析)",
            group="Public services",
            group_id="services",
        )
        == []
    )
    assert english_short_help(algorithm, monkeypatch).strip()

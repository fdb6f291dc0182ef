"""urflow:controllinecheck: parameters, outputs and metadata as the contract has them."""

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
    Expected("PLANNED", "source", layer_types=("any_geometry",)),
    Expected("PLANNED_ID_FIELD", "field", parent="PLANNED", field_type="any"),
    Expected("PLANNED_TYPE_FIELD", "field", optional=True, parent="PLANNED", field_type="any"),
    Expected(
        "URBAN_TYPES", "string", default="urban,城镇,城镇建设,城镇建设用地,城市,城市建设,town,city"
    ),
    Expected("PERMANENT_FARMLAND", "source", optional=True, layer_types=("polygon",)),
    Expected(
        "KCXS_FIELD", "field", optional=True, parent="PERMANENT_FARMLAND", field_type="numeric"
    ),
    Expected("ECO_REDLINE", "source", optional=True, layer_types=("polygon",)),
    Expected("URBAN_BOUNDARY", "source", optional=True, layer_types=("polygon",)),
    Expected("ZONES", "source", optional=True, layer_types=("polygon",)),
    Expected("ZONE_NAME_FIELD", "field", optional=True, parent="ZONES", field_type="any"),
    Expected("AREA_METHOD", "enum", default=0, options=("planar", "ellipsoidal")),
    Expected(
        "MIN_AREA", "number", default=0.01, number_type="double", minimum=0.0, maximum=NO_MAXIMUM
    ),
    Expected("TARGET_CRS", "crs", optional=True),
    Expected("OUTPUT_CONFLICTS", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_PLANNED", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_SUMMARY", "sink", sink_type="table"),
]
OUTPUTS = {key: "outputVector" for key in ("OUTPUT_CONFLICTS", "OUTPUT_PLANNED", "OUTPUT_SUMMARY")}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:controllinecheck")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    problems = settings_problems(
        algorithm,
        name="controllinecheck",
        display_name="Three-control-line compliance check 三线合规检查",
        group="Land",
        group_id="land",
    )
    assert problems == []
    assert english_short_help(algorithm, monkeypatch).strip()

"""urflow:hollowvillages: parameters, outputs and metadata as the contract has them."""

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

STATISTICS_FIELDS = (
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
)

PARAMETERS = [
    Expected("VILLAGES", "source", layer_types=("polygon", "point")),
    Expected("VILLAGE_ID_FIELD", "field", parent="VILLAGES", field_type="any"),
    Expected("VILLAGE_NAME_FIELD", "field", optional=True, parent="VILLAGES", field_type="any"),
    *[
        Expected(name, "field", optional=True, parent="VILLAGES", field_type="numeric")
        for name in STATISTICS_FIELDS
    ],
    Expected("SETTLEMENTS", "source", optional=True, layer_types=("polygon",)),
    Expected("BUILDINGS", "source", optional=True, layer_types=("polygon", "point")),
    Expected(
        "BUILDING_VACANT_FIELD", "field", optional=True, parent="BUILDINGS", field_type="numeric"
    ),
    Expected("NIGHT_LIGHT", "raster", optional=True),
    Expected(
        "WEIGHTING", "enum", default=0, options=("entropy", "equal", "ahp", "custom", "combined")
    ),
    Expected("AHP_MATRIX", "string", optional=True),
    Expected("CUSTOM_WEIGHTS", "string", optional=True),
    Expected(
        "COMBINED_ALPHA", "number", default=0.5, number_type="double", minimum=0.0, maximum=1.0
    ),
    Expected("SCORING", "enum", default=0, options=("weighted sum", "topsis")),
    Expected(
        "CLASSIFICATION",
        "enum",
        default=0,
        options=("jenks", "quantile", "equal interval", "threshold"),
    ),
    Expected("CLASSES", "number", default=4, number_type="integer", minimum=3, maximum=4),
    Expected("THRESHOLDS", "string", optional=True),
    Expected("TYPE_THRESHOLDS", "string", default="0.2, 0.2"),
    Expected(
        "LAND_STANDARD",
        "number",
        default=150.0,
        number_type="double",
        minimum=1.0,
        maximum=NO_MAXIMUM,
    ),
    Expected(
        "RECLAMATION_COEFFICIENT",
        "number",
        default=0.85,
        number_type="double",
        minimum=0.0,
        maximum=1.0,
    ),
    Expected("TARGET_CRS", "crs", optional=True),
    Expected("OUTPUT", "sink", sink_type="any_geometry"),
    Expected("WEIGHTS_TABLE", "sink", sink_type="table"),
]

OUTPUTS = {"OUTPUT": "outputVector", "WEIGHTS_TABLE": "outputVector"}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:hollowvillages")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    assert (
        settings_problems(
            algorithm,
            name="hollowvillages",
            display_name="Hollow-village detection (空心村识别)",
            group="Villages",
            group_id="villages",
        )
        == []
    )
    assert english_short_help(algorithm, monkeypatch).strip()

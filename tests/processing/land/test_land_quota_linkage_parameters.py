"""urflow:landquotalinkage: parameters, outputs and metadata as the contract has them."""

import importlib.util
from pathlib import Path

import pytest


def _shared_helpers():
    """tests/processing/parameter_spec.py. This folder is a package of its own (it has an
    ``__init__.py``), so the relative import the other groups use cannot reach it."""
    path = Path(__file__).resolve().parents[1] / "parameter_spec.py"
    spec = importlib.util.spec_from_file_location("urflow_tests_parameter_spec", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_spec = _shared_helpers()
NO_MAXIMUM, Expected, create = _spec.NO_MAXIMUM, _spec.Expected, _spec.create
english_short_help, output_problems = _spec.english_short_help, _spec.output_problems
parameter_problems, settings_problems = _spec.parameter_problems, _spec.settings_problems

POLYGONS = ("polygon",)


def field(name, parent, field_type="any", optional=True, default=None):
    return Expected(
        name, "field", optional=optional, default=default, parent=parent, field_type=field_type
    )


def amount(name, default, minimum=0.0, maximum=NO_MAXIMUM):
    """A double with a default and no upper bound unless given (areas, money, weights)."""
    return Expected(
        name, "number", default=default, number_type="double", minimum=minimum, maximum=maximum
    )


PARAMETERS = [
    Expected("DEMOLITION", "source", layer_types=POLYGONS),
    field("DEMOLITION_ID_FIELD", "DEMOLITION", optional=False),
    field("DEMOLITION_AREA_FIELD", "DEMOLITION", "numeric"),
    field("KAPPA_FIELD", "DEMOLITION", "numeric"),
    amount("DEFAULT_KAPPA", 0.85, 0.0, 1.0),
    field("DEMOLITION_GRADE_FIELD", "DEMOLITION", "numeric"),
    amount("DEFAULT_GRADE", 10.0, 1.0, 15.0),
    field("COST_FIELD", "DEMOLITION", "numeric"),
    amount("UNIT_COST", 0.0),
    field("PRIORITY_FIELD", "DEMOLITION", "numeric"),
    Expected("PRIORITY_LAYER", "source", optional=True, layer_types=POLYGONS),
    field("PRIORITY_LAYER_FIELD", "PRIORITY_LAYER", "numeric", default="hollow_score"),
    field("PROTECTED_FIELD", "DEMOLITION"),
    Expected("CONSTRUCTION", "source", layer_types=POLYGONS),
    field("CONSTRUCTION_ID_FIELD", "CONSTRUCTION", optional=False),
    field("VALUE_FIELD", "CONSTRUCTION", "numeric"),
    amount("UNIT_VALUE", 0.0),
    field("MANDATORY_FIELD", "CONSTRUCTION"),
    field("CONSTRUCTION_TYPE_FIELD", "CONSTRUCTION"),
    Expected("CULTIVATED", "source", optional=True, layer_types=POLYGONS),
    field("CULTIVATED_GRADE_FIELD", "CULTIVATED", "numeric"),
    Expected("PERMANENT_FARMLAND", "source", optional=True, layer_types=POLYGONS),
    Expected("ECO_REDLINE", "source", optional=True, layer_types=POLYGONS),
    Expected("URBAN_BOUNDARY", "source", optional=True, layer_types=POLYGONS),
    Expected("QUOTA_BASIS", "enum", default=0, options=("cultivated", "construction")),
    Expected("REQUIRE_QUALITY", "boolean", default=True),
    Expected("GRADE_SCALE", "enum", default=0, options=("等别", "等级")),
    amount("MAX_PAIR_DISTANCE", 0.0),  # 0 = no limit
    amount("BUDGET", 0.0),  # 0 = no limit
    amount("PRIORITY_WEIGHT", 0.0),
    amount("DISTANCE_WEIGHT", 0.0),
    field("GROUP_FIELD", "DEMOLITION"),
    amount("TIME_LIMIT", 60.0, 1.0),
    Expected("TARGET_CRS", "crs", optional=True),
    Expected("OUTPUT_DEMOLITION", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_CONSTRUCTION", "sink", sink_type="any_geometry"),
    Expected("OUTPUT_PAIRS", "sink", sink_type="line"),
    Expected("OUTPUT_BALANCE", "sink", sink_type="table"),
]

OUTPUTS = {
    "OUTPUT_DEMOLITION": "outputVector",
    "OUTPUT_CONSTRUCTION": "outputVector",
    "OUTPUT_PAIRS": "outputVector",
    "OUTPUT_BALANCE": "outputVector",
}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:landquotalinkage")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    assert (
        settings_problems(
            algorithm,
            name="landquotalinkage",
            display_name="Land-quota linkage balancing (城乡建设用地增减挂钩)",
            group="Land",
            group_id="land",
        )
        == []
    )
    assert english_short_help(algorithm, monkeypatch).strip()

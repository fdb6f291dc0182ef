"""urflow:planningreport: parameters, outputs and metadata as they stand."""

import pytest
from qgis.core import QgsProcessing

from ..parameter_spec import (
    Expected,
    create,
    english_short_help,
    output_problems,
    parameter_problems,
    settings_problems,
)

PARAMETERS = [
    Expected("TITLE", "string", optional=True),
    Expected("HOLLOW_VILLAGES", "vector", optional=True, layer_types=("polygon", "point")),
    Expected(
        "TOWNSHIP_FIELD",
        "field",
        optional=True,
        default="town_name",
        parent="HOLLOW_VILLAGES",
        field_type="any",
    ),
    Expected("VILLAGE_CLASSES", "vector", optional=True, layer_types=("polygon", "point")),
    Expected("FACILITY_GAPS", "multilayer", optional=True),
    Expected("SITING_SITES", "vector", optional=True, layer_types=("point",)),
    Expected("SITING_DEMAND", "vector", optional=True, layer_types=("any_geometry",)),
    Expected("SITING_LINES", "vector", optional=True, layer_types=("line",)),
    Expected("SITING_CURVE", "vector", optional=True, layer_types=("table",)),
    Expected("LINKAGE_BALANCE", "vector", optional=True, layer_types=("table",)),
    Expected("LINKAGE_DEMOLITION", "vector", optional=True, layer_types=("polygon",)),
    Expected("LINKAGE_CONSTRUCTION", "vector", optional=True, layer_types=("polygon",)),
    Expected("LINKAGE_PAIRS", "vector", optional=True, layer_types=("line",)),
    Expected("CONTROL_CONFLICTS", "vector", optional=True, layer_types=("any_geometry",)),
    Expected("CONTROL_PLANNED", "vector", optional=True, layer_types=("any_geometry",)),
    Expected("CONTROL_SUMMARY", "vector", optional=True, layer_types=("table",)),
    Expected("CONTROL_FARMLAND", "vector", optional=True, layer_types=("polygon",)),
    Expected("CONTROL_REDLINE", "vector", optional=True, layer_types=("polygon",)),
    Expected("CONTROL_URBAN_BOUNDARY", "vector", optional=True, layer_types=("polygon",)),
    Expected("FLOW_LINES", "vector", optional=True, layer_types=("line",)),
    Expected("FLOW_NODES", "vector", optional=True, layer_types=("point",)),
    Expected("FLOW_MATRIX", "vector", optional=True, layer_types=("table",)),
    Expected("BOUNDARIES", "vector", optional=True, layer_types=("polygon",)),
    Expected(
        "BOUNDARY_NAME_FIELD",
        "field",
        optional=True,
        default="town_name",
        parent="BOUNDARIES",
        field_type="any",
    ),
    Expected(
        "FLOW_UNIT",
        "enum",
        optional=True,
        default=0,
        options=("flow table", "persons", "households", "yuan", "hectares", "mu"),
    ),
    Expected("OUTPUT", "fileDestination"),
    Expected("OUTPUT_PDF", "fileDestination", optional=True),
    Expected("PAGE_SIZE", "enum", optional=True, default=0, options=("a3", "a4")),
    Expected("PRODUCER", "string", optional=True),
    Expected("DATA_SOURCES", "string", optional=True),
    Expected("FICTITIOUS", "boolean", optional=True, default=False),
]

OUTPUTS = {
    "OUTPUT": "outputHtml",
    "SECTIONS": "outputNumber",
    "TABLES": "outputNumber",
    "MAPS": "outputNumber",
    "CHARTS": "outputNumber",
    "OUTPUT_PDF": "outputFile",
    "PAGES": "outputNumber",
    "ATLAS_PROJECT": "outputFile",
}


@pytest.fixture
def algorithm(urflow_provider):
    return create("urflow:planningreport")


def test_parameters(algorithm):
    assert parameter_problems(algorithm, PARAMETERS) == []


def test_facility_gaps_take_vector_layers_of_any_geometry(algorithm):
    layer_type = algorithm.parameterDefinition("FACILITY_GAPS").layerType()
    assert layer_type == QgsProcessing.SourceType.TypeVectorAnyGeometry


def test_output_is_an_html_file(algorithm):
    assert algorithm.parameterDefinition("OUTPUT").defaultFileExtension() == "html"


def test_the_atlas_is_a_pdf_made_only_when_asked(algorithm):
    pdf = algorithm.parameterDefinition("OUTPUT_PDF")
    assert pdf.defaultFileExtension() == "pdf"
    assert not pdf.createByDefault()


def test_outputs(algorithm):
    assert output_problems(algorithm, OUTPUTS) == []


def test_alg_settings(algorithm, monkeypatch):
    assert (
        settings_problems(
            algorithm,
            name="planningreport",
            display_name="Planning report (规划分析报告)",
            group="Reports",
            group_id="reports",
        )
        == []
    )
    assert english_short_help(algorithm, monkeypatch).strip()

"""Every analysis records its run on its outputs; the report reads it back (run_record.py)."""

import json
from pathlib import Path

import processing
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

from urflow.processing_provider.run_record import SIDECAR, run_of, split_source

REPO = Path(__file__).resolve().parents[3]
SAMPLE = f"{REPO / 'resources' / 'sample' / 'sample_county.gpkg'}|layername="
HOLLOW = {
    "VILLAGES": SAMPLE + "villages",
    "VILLAGE_ID_FIELD": "village_id",
    "REGISTERED_POP_FIELD": "registered_pop",
    "RESIDENT_POP_FIELD": "resident_pop",
    "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
    "HOMESTEADS_FIELD": "homesteads",
    "WEIGHTING": 1,  # equal
    "CLASSIFICATION": 1,  # quantile
    "LAND_STANDARD": 140,
    "WEIGHTS_TABLE": "TEMPORARY_OUTPUT",
}


def test_a_memory_output_carries_its_run(urflow_provider):
    context = QgsProcessingContext()
    result = processing.run(
        "urflow:hollowvillages",
        {**HOLLOW, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    layer = result["OUTPUT"]  # processing.run hands the memory layer itself back
    if isinstance(layer, str):
        layer = context.getMapLayer(layer)
    record = run_of(layer)
    assert record["algorithm"] == "urflow:hollowvillages"
    assert record["inputs"] == {"VILLAGES": "villages"}
    assert record["parameters"]["RESIDENT_POP_FIELD"] == ["resident_pop"]
    assert record["parameters"]["LAND_STANDARD"] == 140
    # parameters not given are recorded with the default the run used
    assert record["parameters"]["CLASSES"] == 4
    assert record["parameters"]["RECLAMATION_COEFFICIENT"] == 0.85
    assert "SETTLEMENTS" not in record["inputs"]  # a layer not given is not an input
    assert record["method"]["weighting"] == "equal"
    assert record["method"]["classification"] == "quantile"
    assert record["method"]["land_standard_m2"] == 140
    assert record["results"]["WEIGHTS"] == result["WEIGHTS"]
    assert record["results"]["VILLAGE_COUNT"] == result["VILLAGE_COUNT"]
    assert "OUTPUT" not in record["results"]  # where the output went is not part of the run


def test_a_file_output_has_its_run_beside_it(urflow_provider, tmp_path):
    target = tmp_path / "hollow.gpkg"
    result = processing.run("urflow:hollowvillages", {**HOLLOW, "OUTPUT": str(target)})
    sidecar = json.loads(Path(f"{target}{SIDECAR}").read_text("utf-8"))
    assert list(sidecar) == ["hollow"]
    layer = QgsVectorLayer(str(target), "any name", "ogr")
    record = run_of(layer)
    assert record == sidecar["hollow"]
    assert record["results"]["BREAKS"] == result["BREAKS"]
    assert run_of(QgsVectorLayer(SAMPLE + "villages", "villages", "ogr")) is None  # no run


def test_sources_split_into_file_and_layer(tmp_path):
    gpkg, csv = tmp_path / "b.gpkg", tmp_path / "b.csv"
    assert split_source(f"{gpkg}|layername=x|subset=y") == (str(gpkg), "x")
    assert split_source(str(csv)) == (str(csv), "")
    assert split_source("memory:?geometry=Point") == ("", "")
    # a result text (an infeasible run's diagnosis) is never taken for a file
    assert split_source("No feasible plan: at most 0.01 ha can be reclaimed.") == ("", "")
    assert split_source("/no/such/folder/out.gpkg") == ("", "")

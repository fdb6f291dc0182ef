"""scripts/urflow_batch.py (issue 19, item 3): urflow:facilitygaps on a 2-worker local Dask
cluster, read and written with GDAL, equals the Processing algorithm to the last decimal."""

import json
import math
import subprocess
import sys
from pathlib import Path

import processing
import pytest
from osgeo import ogr

REPO = Path(__file__).resolve().parents[3]
RUNNER = REPO / "scripts" / "urflow_batch.py"

pytest.importorskip("distributed", reason="make test installs dask[distributed]")


def sample_params(gpkg, **extra):
    layer = f"{gpkg}|layername="
    params = {
        "DEMAND": layer + "village_points",
        "DEMAND_ID_FIELD": "village_id",
        "POPULATION_FIELD": "pop_60plus",
        "FACILITIES": layer + "elderly_homes",
        "FACILITY_ID_FIELD": "fac_id",
        "CAPACITY_FIELD": "beds",
        "NETWORK": layer + "roads",
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "STANDARD": "rural_nursing_home",
        "ZONES": layer + "townships",
        "ZONE_NAME_FIELD": "town_name",
    }
    params.update(extra)
    return params


def run_batch(command, params, out, *more):
    args = [sys.executable, str(RUNNER), "--workers", "2", command, "urflow:facilitygaps"]
    for key, value in params.items():
        args += ["--param", f"{key}={value}"]
    args += ["--out", str(out), *more]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return json.loads((out / "result.json").read_text(encoding="utf-8"))


def rows(path):
    """{fid: (geometry WKB, {field: value})} of a GeoPackage's one layer, read with OGR."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    out = {}
    for feature in layer:
        geometry = feature.GetGeometryRef()
        out[feature.GetFID()] = (
            bytes(geometry.ExportToIsoWkb()) if geometry else None,
            {name: feature.GetField(name) for name in names},
        )
    return names, out


def assert_same_layer(ours, theirs):
    our_names, our_rows = rows(ours)
    their_names, their_rows = rows(theirs)
    assert our_names == their_names
    assert sorted(our_rows) == sorted(their_rows)
    for fid, (geometry, values) in their_rows.items():
        assert our_rows[fid][0] == geometry, fid
        assert our_rows[fid][1] == values, fid  # floats compared exactly


def assert_same_results(ours, theirs):
    for key in ("COVERAGE_RATE", "TOTAL_DEFICIT", "GINI", "BLIND_SPOTS", "UNDER_SERVED"):
        expected = theirs[key]
        if isinstance(expected, float) and math.isnan(expected):
            assert ours[key] is None, key
        else:
            assert ours[key] == expected, key
    assert ours["UNREACHABLE"] == theirs["UNREACHABLE"]


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {
            "STANDARD": "",
            "THRESHOLD": "2500",
            "TRAVEL_MODE": "0",
            "COST_UNIT": "1",
            "METHOD": "2",
            "PROVISION_PER_1000": "30",
            "ZONES": "",
            "ZONE_NAME_FIELD": "",
        },
    ],
    ids=["nursing-homes-with-zones", "custom-gaussian"],
)
def test_run_equals_the_processing_algorithm(urflow_provider, sample_gpkg, tmp_path, extra):
    params = {k: v for k, v in sample_params(sample_gpkg, **extra).items() if v != ""}
    qgis_dir = tmp_path / "qgis"
    qgis_dir.mkdir()
    outputs = {
        "OUTPUT_DEMAND": str(qgis_dir / "output_demand.gpkg"),
        "OUTPUT_FACILITIES": str(qgis_dir / "output_facilities.gpkg"),
    }
    if "ZONES" in params:
        outputs["OUTPUT_ZONES"] = str(qgis_dir / "output_zones.gpkg")
    qgis_params = {
        k: (int(v) if k in ("TRAVEL_MODE", "COST_UNIT", "METHOD") else v) for k, v in params.items()
    }
    theirs = processing.run("urflow:facilitygaps", {**qgis_params, **outputs})
    ours = run_batch("run", params, tmp_path / "dask")
    assert_same_results(ours, theirs)
    for key, path in outputs.items():
        assert_same_layer(tmp_path / "dask" / Path(path).name, path)
        assert ours[key] == str(tmp_path / "dask" / Path(path).name)


def test_counties_with_halos_merge_to_the_whole_run(sample_gpkg, tmp_path):
    """One run per township (2 km walk: real halos, not the whole county), merged: every
    value within the threshold equals the single run's; a nearest cost beyond the threshold may
    be larger (the nearest facility can lie outside the halo, see docs/en/batch.md)."""
    params = sample_params(
        sample_gpkg,
        STANDARD="",
        THRESHOLD="2000",
        TRAVEL_MODE="0",
        COST_UNIT="1",
        PROVISION_PER_1000="30",
        METHOD="1",
    )
    whole = run_batch("run", params, tmp_path / "whole")
    merged = run_batch("counties", params, tmp_path / "towns", "--partition", "town_code")
    manifest = json.loads((tmp_path / "towns" / "manifest.json").read_text(encoding="utf-8"))
    assert merged["PARTITIONS"] == 9 and len(manifest["runs"]) == 9
    assert all(run["status"] == "done" for run in manifest["runs"])
    assert manifest["halo_m"] == 2000.0
    assert sum(run["n_demand"] for run in manifest["runs"]) == 150
    assert max(run["n_demand_with_halo"] for run in manifest["runs"]) < 150  # real halos
    for key in ("BLIND_SPOTS", "UNDER_SERVED", "UNREACHABLE"):
        assert merged[key] == whole[key], key
    for key in ("COVERAGE_RATE", "TOTAL_DEFICIT", "GINI"):
        assert merged[key] == pytest.approx(whole[key], rel=1e-12), key
    for name, fields in (
        ("output_demand.gpkg", ("covered", "access", "access_ratio", "gap", "gap_class")),
        ("output_facilities.gpkg", ("catchment_pop", "supply_ratio", "load", "unserved")),
        ("output_zones.gpkg", ("n_demand", "covered_pop", "coverage_rate", "deficit")),
    ):
        _names, ours = rows(tmp_path / "towns" / name)
        _names, theirs = rows(tmp_path / "whole" / name)
        assert sorted(ours) == sorted(theirs)
        for fid, (geometry, values) in theirs.items():
            assert ours[fid][0] == geometry
            for field in fields:
                assert ours[fid][1][field] == pytest.approx(values[field], rel=1e-12), (fid, field)
            if name == "output_demand.gpkg" and values["covered"]:
                assert ours[fid][1]["nearest_cost"] == values["nearest_cost"], fid
                assert ours[fid][1]["nearest_id"] == values["nearest_id"], fid

"""scripts/urflow_batch.py ``counties`` (issue 19, item 3): each worker reads its own halo
boxes from the files; what it reads equals the selection from layers read whole, and the
client never reads the roads."""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "scripts"))

pytest.importorskip("distributed", reason="make test installs dask[distributed]")

import batch_io  # noqa: E402
import urflow_batch  # noqa: E402

from .test_facility_gaps_batch import sample_params  # noqa: E402

TOWNS = {
    "STANDARD": "",
    "THRESHOLD": "2000",
    "TRAVEL_MODE": "0",
    "COST_UNIT": "1",
    "PROVISION_PER_1000": "30",
    "METHOD": "1",
}
CAR = {
    "STANDARD": "",
    "THRESHOLD": "5",
    "TRAVEL_MODE": "2",
    "COST_UNIT": "0",
    "DIRECTION_FIELD": "direction",
}


def same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    assert a.shape == b.shape
    if a.dtype.kind == "f":
        np.testing.assert_array_equal(a, b)  # NaN where NaN, else equal to the last bit
    else:
        assert a.tolist() == b.tolist()


@pytest.mark.parametrize(
    "extra",
    [TOWNS, CAR, {**TOWNS, "TARGET_CRS": "EPSG:32650"}, {**CAR, "NETWORK": ""}],
    ids=["walk-2km", "car-5min", "walk-2km-utm", "car-no-network"],
)
def test_a_worker_reads_what_the_whole_layers_select(sample_gpkg, extra):
    params = {k: v for k, v in sample_params(sample_gpkg, **extra).items() if v != ""}
    _choice, rule, travel = batch_io.settings(params)
    inputs = batch_io.read_inputs(params, rule, travel)
    towns = batch_io.read_table(inputs.layers["DEMAND"], inputs.srs, text=["town_code"])
    plans, h = urflow_batch.plan_partitions(inputs, towns.text["town_code"], rule, travel)
    specs, _parts = urflow_batch.county_specs(params, inputs, towns.text["town_code"], h, travel)
    assert [s["name"] for s in specs] == [p["name"] for p in plans] and len(plans) == 9
    for spec, plan in zip(specs, plans):
        dfid, dxy, pop, ffid, fxy, cap, roads = urflow_batch.read_partition(spec)
        same(dfid, inputs.demand.fids[plan["demand"]])
        same(dxy, inputs.demand.xy[plan["demand"]])
        same(pop, inputs.demand.values[plan["demand"]])
        same(ffid, inputs.supply.fids[plan["facilities"]])
        same(fxy, inputs.supply.xy[plan["facilities"]])
        same(cap, inputs.supply.values[plan["facilities"]])
        if inputs.roads is None:
            assert roads is None
            continue
        expected = urflow_batch.subset_roads(inputs.roads, plan["roads"])
        assert roads.n_roads == expected.n_roads
        for key in ("coords", "offsets", "line_road", "speed_kmh"):
            same(getattr(roads, key), getattr(expected, key))
        assert roads.road_class == expected.road_class
        assert roads.direction == expected.direction
    if extra is TOWNS:  # real halos: no partition reads the whole county
        assert max(len(p["demand"]) for p in plans) < len(inputs.demand.fids)
        assert max(int(p["roads"].sum()) for p in plans) < inputs.roads.n_roads


def xy(points):
    points = np.asarray(points, dtype=float)
    return points[:, :2] if points.ndim == 2 else points.reshape(0, 2)


@pytest.mark.parametrize(
    "wkt",
    [
        "LINESTRING (1 2, 3.25 4, 5 6)",
        "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8.5, 9 10))",
        "MULTILINESTRING ((1 2), (5 6, 7 8))",
        "LINESTRING Z (1 2 3, 4 5 6)",
        "MULTILINESTRING EMPTY",
        "LINESTRING EMPTY",
        "POINT (1.5 2.5)",
        "POINT Z (1 2 3)",
        "MULTIPOINT ((3 4), (5 6))",
        "POLYGON ((0 0, 4 0, 4 1, 0 3, 0 0))",
    ],
)
def test_wkb_parsed_with_numpy_equals_ogr(wkt):
    from osgeo import ogr

    geometry = ogr.CreateGeometryFromWkt(wkt)
    wkb = bytes(geometry.ExportToIsoWkb())
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat in (ogr.wkbLineString, ogr.wkbMultiLineString):
        parts = batch_io.wkb_lines(wkb)
        if geometry.IsEmpty():
            assert parts is None
        else:
            expected = batch_io._parts_xy(geometry)
            assert len(parts) == len(expected)
            for ours, theirs in zip(parts, expected):  # roads_of keeps x, y
                same(xy(ours), xy(theirs))
    else:
        same(batch_io.wkb_points_xy([wkb]), batch_io.points_xy([geometry]))


def test_the_client_reads_no_road_and_ships_no_arrays(sample_gpkg, tmp_path, monkeypatch):
    params = sample_params(sample_gpkg, **TOWNS)
    reads = []
    read_table = batch_io.read_table

    def counted(layer, *args, **kwargs):
        table = read_table(layer, *args, **kwargs)
        reads.append((layer.name, len(table)))
        return table

    def refused(*_args, **_kwargs):
        raise AssertionError("the client read the roads")

    monkeypatch.setattr(batch_io, "read_table", counted)
    monkeypatch.setattr(batch_io, "roads_of", refused)
    monkeypatch.setattr(batch_io, "read_box", refused)
    submitted = []
    args = argparse.Namespace(scheduler=None, workers=1, memory_limit=None)
    client, _n, close = urflow_batch.connect(args)  # worker processes: unpatched
    real_submit = client.submit

    def submit(fn, *task, **options):
        submitted.append(task)
        return real_submit(fn, *task, **options)

    monkeypatch.setattr(client, "submit", submit)
    try:
        result = urflow_batch.run_counties(params, "town_code", str(tmp_path), client)
    finally:
        close()
    assert result["PARTITIONS"] == 9
    assert "roads" not in {name for name, _n in reads}
    # the demand points, the partition field, the facility points and the zones: once each
    assert sorted(reads) == [
        ("elderly_homes", 20),
        ("townships", 9),
        ("village_points", 150),
        ("village_points", 150),
    ]
    for name in ("village_points", "elderly_homes", "roads"):  # the workers' spatial index
        layer = batch_io.open_layer(f"{sample_gpkg}|layername={name}", name)
        assert batch_io.rtree_name(layer) == f"rtree_{name}_geom"
    for spec, *_rest in submitted:  # paths, a box and fids: no coordinates, no roads
        assert set(spec) == {
            "name",
            "params",
            "srs",
            "box",
            "demand_halo",
            "halo_m",
            "snap",
            "core_fids",
            "own_fids",
        }
        assert all(isinstance(v, str) for v in spec["params"].values())
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["client_read_seconds"] > 0
    assert all(run["read_seconds"] > 0 for run in manifest["runs"])
    assert sum(run["n_demand"] for run in manifest["runs"]) == 150

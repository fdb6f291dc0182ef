"""The ``counties`` command of scripts/urflow_batch.py on a synthetic region in a GeoPackage:
the client's time and peak memory when the workers read their own halo boxes (this checkout)
against a checkout where the client reads every layer and ships arrays (``--before REPO``,
e.g. ``git archive cbb30c9 | tar -x -C /tmp/base``), with 1 and 2 local workers (issue 19).

Run:  python benchmarks/bench_dask_counties.py [--size 500] [--counties 4] [--demand 20000]
          [--facilities 500] [--threshold 5] [--mode car] [--workers 1,2]
          [--before /tmp/base] [--json FILE]

Region: bench_network_core's jittered street grid (``--size`` × ``--size`` nodes at 100 m,
county roads 40 km/h, township 30, village 15-20) written as line features with a speed
field, ``--demand`` villages with population and a county code (a ``--counties`` ×
``--counties`` grid of square counties), ``--facilities`` facilities with capacity, all in
EPSG:4548; ``--mode`` (car: the speed field), ``--threshold`` minutes. Each run is a
separate process (``--one``); its peak RSS (VmHWM) is the client's alone (the workers are
other processes). The outputs of the two versions are compared field by field.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def make_region(path, size, counties, n_demand, n_facilities, seed=7):
    sys.path.insert(0, str(HERE))
    from bench_network_core import synthetic_network
    from osgeo import ogr, osr

    ogr.UseExceptions()
    coords, offsets, speeds, _dirs = synthetic_network(size, seed)
    extent = coords.max(axis=0)
    rng = np.random.default_rng(seed + 1)
    demand = rng.uniform(0, 1, (n_demand, 2)) * extent
    facilities = rng.uniform(0, 1, (n_facilities, 2)) * extent
    population = np.round(np.clip(rng.lognormal(np.log(600), 0.7, n_demand), 50, 8000))
    capacity = rng.integers(1, 31, n_facilities).astype(float)
    origin = np.array([500000.0, 3400000.0])  # EPSG:4548 (CM 117E), near 30.7N
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))

    def layer(name, kind, fields):
        out = dataset.CreateLayer(name, srs, kind, options=["FID=fid"])
        for field, ftype in fields:
            out.CreateField(ogr.FieldDefn(field, ftype))
        return out

    roads = layer("roads", ogr.wkbLineString, [("speed_kmh", ogr.OFTReal)])
    roads.StartTransaction()
    for k in range(len(offsets) - 1):
        line = ogr.Geometry(ogr.wkbLineString)
        for x, y in coords[offsets[k] : offsets[k + 1]] + origin:
            line.AddPoint_2D(float(x), float(y))
        feature = ogr.Feature(roads.GetLayerDefn())
        feature.SetGeometry(line)
        feature.SetField(0, float(speeds[k]))
        roads.CreateFeature(feature)
    roads.CommitTransaction()
    cell = np.floor(demand / (extent / counties)).clip(0, counties - 1).astype(int)
    villages = layer(
        "villages",
        ogr.wkbPoint,
        [("village_id", ogr.OFTString), ("pop", ogr.OFTReal), ("county", ogr.OFTString)],
    )
    villages.StartTransaction()
    for i, (x, y) in enumerate(demand + origin):
        feature = ogr.Feature(villages.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x!r} {y!r})"))
        feature.SetField(0, f"V{i}")
        feature.SetField(1, float(population[i]))
        feature.SetField(2, f"C{cell[i, 0]}{cell[i, 1]}")
        villages.CreateFeature(feature)
    villages.CommitTransaction()
    homes = layer("facilities", ogr.wkbPoint, [("fac_id", ogr.OFTString), ("beds", ogr.OFTReal)])
    homes.StartTransaction()
    for i, (x, y) in enumerate(facilities + origin):
        feature = ogr.Feature(homes.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x!r} {y!r})"))
        feature.SetField(0, f"F{i}")
        feature.SetField(1, float(capacity[i]))
        homes.CreateFeature(feature)
    homes.CommitTransaction()
    dataset = None
    return len(offsets) - 1


def vm_hwm_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def one(repo, gpkg, workers, threshold, out, mode="car"):
    """In a fresh process: the counties command of ``repo``; prints the client's figures."""
    sys.path.insert(0, str(Path(repo) / "scripts"))
    import urflow_batch

    layer = f"{gpkg}|layername="
    argv = ["--workers", str(workers), "counties", "urflow:facilitygaps", "--partition"]
    argv += ["county", "--out", out]
    for key, value in {
        "DEMAND": layer + "villages",
        "DEMAND_ID_FIELD": "village_id",
        "POPULATION_FIELD": "pop",
        "FACILITIES": layer + "facilities",
        "FACILITY_ID_FIELD": "fac_id",
        "CAPACITY_FIELD": "beds",
        "NETWORK": layer + "roads",
        "SPEED_FIELD": "speed_kmh",
        "STANDARD": "",
        "THRESHOLD": str(threshold),
        "TRAVEL_MODE": mode,
        "COST_UNIT": "0",
        "PROVISION_PER_1000": "5",
    }.items():
        argv += ["--param", f"{key}={value}"]
    finish, written = urflow_batch.finish, {}

    def timed_finish(*args, **kwargs):  # the client's writing of the merged outputs
        begin = time.perf_counter()
        try:
            return finish(*args, **kwargs)
        finally:
            written["seconds"] = time.perf_counter() - begin

    urflow_batch.finish = timed_finish
    start = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        stdout, sys.stdout = sys.stdout, quiet
        try:
            code = urflow_batch.main(argv)
        finally:
            sys.stdout = stdout
    seconds = time.perf_counter() - start
    manifest = json.loads(Path(out, "manifest.json").read_text(encoding="utf-8"))
    result = json.loads(Path(out, "result.json").read_text(encoding="utf-8"))
    runs = manifest["runs"]
    print(
        json.dumps(
            {
                "code": code,
                "seconds": seconds,
                "client_peak_mb": vm_hwm_mb(),
                "client_read_s": manifest.get("client_read_seconds"),
                "client_write_s": written.get("seconds"),
                "partitions": len(runs),
                "worker_s": sum(r["seconds"] for r in runs),
                "worker_read_s": sum(r.get("read_seconds", 0.0) for r in runs),
                "max_roads_per_partition": max(r["n_roads_with_halo"] for r in runs),
                "coverage": result["COVERAGE_RATE"],
                "gini": result["GINI"],
            }
        )
    )


def rows(path):
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    return {f.GetFID(): (f.GetGeometryRef().ExportToWkt(), f.items()) for f in layer}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--size", type=int, default=500)
    p.add_argument("--counties", type=int, default=4)
    p.add_argument("--demand", type=int, default=20000)
    p.add_argument("--facilities", type=int, default=500)
    p.add_argument("--threshold", type=float, default=5.0)
    p.add_argument("--mode", default="car", help="TRAVEL_MODE: walk, bicycle, ebike, car")
    p.add_argument("--workers", default="1,2")
    p.add_argument("--before", help="a checkout of the runner before this change")
    p.add_argument("--gpkg", help="reuse this region (written there if missing)")
    p.add_argument("--json")
    p.add_argument("--one", nargs=4, metavar=("REPO", "GPKG", "WORKERS", "OUT"))
    args = p.parse_args()
    if args.one:
        repo, gpkg, workers, out = args.one
        return one(repo, gpkg, int(workers), args.threshold, out, args.mode)
    folder = tempfile.mkdtemp()
    gpkg = Path(args.gpkg or Path(folder) / "region.gpkg")
    if not gpkg.exists():
        start = time.perf_counter()
        n_roads = make_region(gpkg, args.size, args.counties, args.demand, args.facilities)
        print(f"region: {n_roads} road features, {time.perf_counter() - start:.1f} s to write")
    table = []
    repos = [("after", REPO)] + ([("before", Path(args.before))] if args.before else [])
    for workers in [int(w) for w in args.workers.split(",")]:
        for label, repo in repos:
            out = Path(folder) / f"{label}-{workers}"
            done = subprocess.run(
                [sys.executable, __file__, "--threshold", str(args.threshold), "--mode", args.mode]
                + ["--one"]
                + [str(repo), str(gpkg), str(workers), str(out)],
                capture_output=True,
                text=True,
            )
            if done.returncode:
                print(done.stderr[-3000:])
                raise SystemExit(done.returncode)
            row = {"version": label, "workers": workers, **json.loads(done.stdout.splitlines()[-1])}
            table.append(row)
            print(json.dumps(row))
    if args.before:  # the same outputs, field by field
        for workers in [int(w) for w in args.workers.split(",")]:
            for name in ("output_demand.gpkg", "output_facilities.gpkg"):
                after = rows(Path(folder) / f"after-{workers}" / name)
                before = rows(Path(folder) / f"before-{workers}" / name)
                print(f"{workers} worker(s), {name}: identical = {after == before}")
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

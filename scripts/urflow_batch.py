#!/usr/bin/env python3
"""Run URFlow's QGIS-free core on a Dask cluster, from the command line (issue 19, item 3).

    urflow_batch.py [--workers N | --scheduler ADDRESS] run urflow:facilitygaps \\
        --param DEMAND=county.gpkg|layername=village_points --param THRESHOLD=30 ... --out DIR
    urflow_batch.py --workers 8 counties urflow:facilitygaps --partition county_code \\
        --param ... --out DIR

``run``: one analysis with the Processing algorithm's parameter names; layers are read with
GDAL (``path.gpkg|layername=NAME``), the road graph is built once here and broadcast to the
workers, the facilities' Dijkstra batches run on the workers and their pairs come back
(:func:`urflow.core.access.paths.batch_pairs`); outputs ``DIR/output_demand.gpkg``,
``DIR/output_facilities.gpkg`` (``DIR/output_zones.gpkg`` with ZONES) and ``DIR/result.json``
equal the algorithm's.

``counties``: one run per value of the DEMAND field ``--partition`` (a county, a township), each
with the facilities, demand and roads of a halo around it wide enough for the threshold (see
docs/en/batch.md), submitted with retries; this process plans from the demand and facility
points and the roads' distinct speeds, each worker reads its own halo from the files
(:func:`read_partition`); ``DIR/manifest.json`` lists what ran; the results are merged into
the same outputs as ``run``.

Workers need numpy, scipy, GDAL's Python bindings and Dask; no QGIS; for ``counties`` the
layers at the same paths as here (a shared filesystem).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
REPO = SCRIPTS.parent
PLUGINS = REPO / ".build" / "plugins"


def _link_plugin():
    """.build/plugins/urflow -> the checkout (as scripts/link_plugin.sh), on sys.path."""
    link = PLUGINS / "urflow"
    if not link.exists():
        PLUGINS.mkdir(parents=True, exist_ok=True)
        link.symlink_to(REPO, target_is_directory=True)
    for path in (str(PLUGINS), str(SCRIPTS)):
        if path not in sys.path:
            sys.path.insert(0, path)


_link_plugin()

import batch_io  # noqa: E402
import numpy as np  # noqa: E402

from urflow.core import access  # noqa: E402
from urflow.core.access import gaps as gap_rules  # noqa: E402
from urflow.core.access.paths import batch_pairs  # noqa: E402
from urflow.core.access.roads import road_lines  # noqa: E402
from urflow.core.errors import URFlowError  # noqa: E402

ALGORITHMS = ("urflow:facilitygaps",)
TASKS_PER_WORKER = 4


# --- the cluster --------------------------------------------------------------------------


def _package_zip(folder) -> str:
    """urflow.zip (the package's Python files) for workers that do not share this disk."""
    import zipfile

    path = os.path.join(folder, "urflow.zip")
    with zipfile.ZipFile(path, "w") as archive:
        for name in ("__init__.py", "about.py"):
            archive.write(REPO / name, f"urflow/{name}")
        for file in (REPO / "core").rglob("*.py"):
            archive.write(file, f"urflow/{file.relative_to(REPO)}")
        archive.write(SCRIPTS / "batch_io.py", "batch_io.py")
    return path


def connect(args):
    """``(client, n_workers, close)``: a local cluster of ``--workers`` processes (one thread
    each: scipy's Dijkstra holds the GIL) or the scheduler at ``--scheduler``."""
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        folder = tempfile.mkdtemp()
        client.upload_file(_package_zip(folder))
        shutil.rmtree(folder, ignore_errors=True)
        n = max(len(client.scheduler_info()["workers"]), 1)
        return client, n, client.close
    paths = [str(PLUGINS), str(SCRIPTS), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    cluster = LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        memory_limit=args.memory_limit or "auto",
    )
    client = Client(cluster)

    def close():
        client.close()
        cluster.close()

    return client, args.workers, close


def dask_mapper(client, n_workers, retries=2):
    """A ``map_batches`` for :func:`urflow.core.access.analyse_gaps`: the plan (graph with
    the points attached) goes once to every worker, the source batches are spread over them."""

    def run(plan):
        n_sources = plan.sources.size
        size = min(plan.batch_size, max(1, math.ceil(n_sources / (TASKS_PER_WORKER * n_workers))))
        batches = plan.batches(size)
        if not batches:
            return []
        from dask.distributed import as_completed

        [shared] = client.scatter([plan], broadcast=True, hash=False)
        futures = client.map(
            batch_pairs, [shared] * len(batches), batches, retries=retries, pure=False
        )
        # each batch's pairs fetched as soon as it is done and then released on its worker,
        # so a worker holds only the batches it is computing, whatever the facilities
        position = {future.key: k for k, future in enumerate(futures)}
        parts = [None] * len(futures)
        for future in as_completed(futures):
            parts[position[future.key]] = future.result()
            future.release()
        return parts

    return run


# --- run ----------------------------------------------------------------------------------


def run_gaps(params, out_dir, client=None, n_workers=1, language="en", retries=2):
    """urflow:facilitygaps with ``params`` -> outputs in ``out_dir``; returns the result dict."""
    choice, rule, travel = batch_io.settings(params)
    inputs = batch_io.read_inputs(params, rule, travel)
    mapper = dask_mapper(client, n_workers, retries) if client is not None else None
    result = access.analyse_gaps(
        access.Demand(inputs.demand.xy, inputs.demand.values),
        access.Facilities(inputs.supply.xy, inputs.supply.values),
        rule,
        travel,
        inputs.roads,
        inputs.zones,
        map_batches=mapper,
    )
    return finish(out_dir, inputs, result, batch_io.labels_of(choice, inputs, language), language)


def finish(out_dir, inputs, result, labels, language, extra=None):
    paths = batch_io.write_outputs(out_dir, inputs, result, labels, language)
    results = dict(paths)
    results.update(batch_io.result_dict(result))
    results.update(extra or {})
    with open(os.path.join(out_dir, "result.json"), "w", encoding="utf-8") as stream:
        json.dump(results, stream, indent=2, ensure_ascii=False)
    return results


# --- counties -----------------------------------------------------------------------------


def halo_metres(rule, travel, roads) -> float:
    """The farthest a trip within the threshold can go in a straight line, metres."""
    if travel.unit == "meters":
        return float(rule.threshold)
    kmh = travel.access_speed_kmh
    if roads is not None:
        lines = road_lines(roads, travel.mode, travel.speeds)
        if lines.speed_kmh.size:
            kmh = max(kmh, float(np.nanmax(lines.speed_kmh)))
    else:
        kmh = travel.speed_kmh
    return float(rule.threshold) / 60.0 * kmh * 1000.0


def _within(xy, box, margin):
    x0, y0, x1, y1 = box
    return (
        (xy[:, 0] >= x0 - margin)
        & (xy[:, 0] <= x1 + margin)
        & (xy[:, 1] >= y0 - margin)
        & (xy[:, 1] <= y1 + margin)
    )


def subset_roads(roads, keep):
    """The roads whose mask ``keep`` (per road) is True, with their line parts."""
    part_keep = keep[roads.line_road]
    starts, stops = roads.offsets[:-1][part_keep], roads.offsets[1:][part_keep]
    chunks = [roads.coords[a:b] for a, b in zip(starts, stops)]
    offsets = np.concatenate([[0], np.cumsum(stops - starts)]).astype(np.int64)
    new_id = np.cumsum(keep) - 1
    picked = np.flatnonzero(keep)
    return access.Roads(
        coords=np.concatenate(chunks) if chunks else np.zeros((0, 2)),
        offsets=offsets,
        line_road=new_id[roads.line_road[part_keep]].astype(np.int64),
        n_roads=int(keep.sum()),
        speed_kmh=None if roads.speed_kmh is None else np.asarray(roads.speed_kmh)[picked],
        road_class=None if roads.road_class is None else [roads.road_class[i] for i in picked],
        direction=None if roads.direction is None else [roads.direction[i] for i in picked],
    )


def road_boxes(roads):
    """Per road: (xmin, ymin, xmax, ymax) of its parts."""
    starts = roads.offsets[:-1]
    lo = np.column_stack([np.minimum.reduceat(roads.coords[:, k], starts) for k in range(2)])
    hi = np.column_stack([np.maximum.reduceat(roads.coords[:, k], starts) for k in range(2)])
    boxes = np.full((roads.n_roads, 4), np.nan)
    boxes[:, :2], boxes[:, 2:] = np.inf, -np.inf
    np.minimum.at(boxes[:, 0], roads.line_road, lo[:, 0])
    np.minimum.at(boxes[:, 1], roads.line_road, lo[:, 1])
    np.maximum.at(boxes[:, 2], roads.line_road, hi[:, 0])
    np.maximum.at(boxes[:, 3], roads.line_road, hi[:, 1])
    return boxes


RESULT_KEYS = (
    "nearest_facility nearest_cost covered access access_ratio gap deficit gap_class "
    "catchment_pop supply_ratio load unserved weighted_demand"
).split()


def partitions(dxy, fxy, field_values):
    """Per partition value (sorted): ``(name, core, box, own)``: the indices of its demand,
    the box of their points (None when none has one) and of the facilities it reports (each
    facility is reported by the partition of its nearest demand point)."""
    from scipy.spatial import cKDTree

    keys = sorted({v if v is not None else "" for v in field_values})
    values = np.array([v if v is not None else "" for v in field_values], dtype=object)
    finite = np.isfinite(dxy).all(axis=1)
    tree = cKDTree(dxy[finite])
    _d, nearest = tree.query(np.nan_to_num(fxy, nan=1e18))
    owner = values[np.flatnonzero(finite)[nearest]]
    out = []
    for key in keys:
        core = np.flatnonzero(values == key)
        pts = dxy[core][np.isfinite(dxy[core]).all(axis=1)]
        box = (*pts.min(axis=0), *pts.max(axis=0)) if pts.size else None
        out.append((key, core, box, np.flatnonzero(owner == key)))
    return out


def road_keep(boxes, box, margin):
    """Per road: its box meets ``box`` grown by ``margin``."""
    x0, y0, x1, y1 = box
    return (
        (boxes[:, 0] <= x1 + margin)
        & (boxes[:, 2] >= x0 - margin)
        & (boxes[:, 1] <= y1 + margin)
        & (boxes[:, 3] >= y0 - margin)
    )


def plan_partitions(inputs, field_values, rule, travel):
    """For each partition value: its core demand, and the demand, facilities and roads of
    its halo (demand within 2 H of the core's box, facilities within H, roads within
    2 H + snap; H = :func:`halo_metres`), selected from layers read whole (the rule
    :func:`read_partition` applies on a worker to what it reads of the box)."""
    h = halo_metres(rule, travel, inputs.roads)
    snap = travel.snap_distance
    dxy, fxy = inputs.demand.xy, inputs.supply.xy
    boxes = road_boxes(inputs.roads) if inputs.roads is not None else None
    plans = []
    for key, core, box, own in partitions(dxy, fxy, field_values):
        if box is None:
            box = (0.0, 0.0, 0.0, 0.0)
            demand = core
        else:
            demand = np.union1d(core, np.flatnonzero(_within(dxy, box, 2 * h)))
        plans.append(
            {
                "name": key,
                "core": core,
                "demand": demand,
                "facilities": np.union1d(own, np.flatnonzero(_within(fxy, box, h))),
                "own_facilities": own,
                "roads": road_keep(boxes, box, 2 * h + snap) if boxes is not None else None,
            }
        )
    return plans, h


def read_partition(spec):
    """One partition's demand, facilities and roads, read from the files (on a worker): the
    features of the halo boxes through each layer's spatial index, then exactly the rule of
    :func:`plan_partitions` (and the partition's own demand and facilities by fid). Returns
    ``(demand fids, demand xy, population, facility fids, facility xy, capacity, roads)``,
    each in the layer's order."""
    from osgeo import osr

    params, box, h = spec["params"], spec["box"], spec["halo_m"]
    srs = osr.SpatialReference()
    srs.ImportFromWkt(spec["srs"][0])
    srs.SetAxisMappingStrategy(spec["srs"][1])
    get = params.get

    def points(key, value_field, margin, fids, halo):
        layer = batch_io.open_layer(params[key], key)
        rect = batch_io.layer_rect(layer, srs, box, margin) if halo else None
        numeric = [value_field] if value_field else []
        table = batch_io.read_box(layer, srs, rect, fids, numeric, columns=True)
        xy = (batch_io.wkb_points_xy if table.wkb else batch_io.points_xy)(table.geometries)
        keep = np.isin(table.fids, np.asarray(fids, dtype=np.int64))
        if halo:
            keep |= _within(xy, box, margin)
        values = table.numeric[value_field][keep] if value_field else None
        return table.fids[keep], xy[keep], values

    dfid, dxy, pop = points(
        "DEMAND", get("POPULATION_FIELD", ""), 2 * h, spec["core_fids"], spec["demand_halo"]
    )
    ffid, fxy, cap = points("FACILITIES", get("CAPACITY_FIELD", ""), h, spec["own_fids"], True)
    roads = None
    if get("NETWORK"):
        margin = 2 * h + spec["snap"]
        layer = batch_io.open_layer(params["NETWORK"], "NETWORK")
        fields = [get(k, "") for k in ("SPEED_FIELD", "ROAD_CLASS_FIELD", "DIRECTION_FIELD")]
        table = batch_io.read_box(
            layer,
            srs,
            batch_io.layer_rect(layer, srs, box, margin),
            (),
            fields[:1],
            fields[1:],
            columns=True,
        )
        read, _missing = batch_io.roads_of(table, *fields)
        if read.offsets.size > 1:
            keep = road_keep(road_boxes(read), box, margin)
        else:
            keep = np.zeros(read.n_roads, dtype=bool)
        roads = subset_roads(read, keep)
    return dfid, dxy, pop, ffid, fxy, cap, roads


def partition_task(spec, rule, travel):
    """One partition's run on a worker: read its boxes, run the core; the core's arrays, the
    fids they belong to, and how long the reading and the run took."""
    import socket

    start = time.perf_counter()
    dfid, dxy, pop, ffid, fxy, cap, roads = read_partition(spec)
    read = time.perf_counter() - start
    result = access.analyse_gaps(
        access.Demand(dxy, pop if pop is not None else np.ones(len(dfid))),
        access.Facilities(fxy, cap),
        rule,
        travel,
        roads,
    )
    return {
        "name": spec["name"],
        "arrays": {key: getattr(result, key) for key in RESULT_KEYS},
        "demand_fids": dfid,
        "facility_fids": ffid,
        "n_roads": int(roads.n_roads) if roads is not None else 0,
        "read_seconds": read,
        "seconds": time.perf_counter() - start,
        "worker": f"{socket.gethostname()}:{os.getpid()}",
    }


def _positions(fids):
    """A function: fids -> their rows in ``fids``."""
    order = np.argsort(fids, kind="stable")
    ordered = np.asarray(fids)[order]

    def rows(wanted):
        return order[np.searchsorted(ordered, wanted)]

    return rows


def county_specs(params, inputs, field_values, h, travel):
    """What each partition's task is sent: the layers' paths and fields, the working CRS,
    its box, the halo and the fids of its own demand and facilities; and per partition
    ``(core, own)`` (rows of the client's demand and facilities)."""
    dfids, ffids = inputs.demand.fids, inputs.supply.fids
    srs = (inputs.srs.ExportToWkt(["FORMAT=WKT2_2018"]), inputs.srs.GetAxisMappingStrategy())
    layer_params = {k: v for k, v in params.items() if k not in ("ZONES", "ZONE_NAME_FIELD")}
    specs, by_name = [], {}
    for key, core, box, own in partitions(inputs.demand.xy, inputs.supply.xy, field_values):
        by_name[key] = (core, own)
        specs.append(
            {
                "name": key,
                "params": layer_params,
                "srs": srs,
                "box": box if box is not None else (0.0, 0.0, 0.0, 0.0),
                "demand_halo": box is not None,
                "halo_m": h,
                "snap": travel.snap_distance,
                "core_fids": dfids[core].tolist(),
                "own_fids": ffids[own].tolist(),
            }
        )
    return specs, by_name


def run_counties(params, field, out_dir, client, language="en", retries=2):
    """One run per value of DEMAND's ``field`` with its halo, read on the workers, retried,
    merged. The client reads the demand points, the facility points and the roads' distinct
    speeds and classes (for the halo), never the roads."""
    from dask.distributed import as_completed

    client_start = time.perf_counter()
    choice, rule, travel = batch_io.settings(params)
    inputs = batch_io.read_inputs(params, rule, travel, with_roads=False)
    batch_io.require_fields(inputs.layers["DEMAND"], "DEMAND", [field])
    demand_layer = inputs.layers["DEMAND"].layer
    demand_layer.SetIgnoredFields(["OGR_GEOMETRY"])  # the field only
    try:
        table = batch_io.read_table(inputs.layers["DEMAND"], inputs.srs, text=[field])
    finally:
        demand_layer.SetIgnoredFields([])
    speeds = None
    if "NETWORK" in inputs.layers:
        get = params.get
        speeds = batch_io.road_speeds(
            inputs.layers["NETWORK"],
            inputs.srs,
            get("SPEED_FIELD", ""),
            get("ROAD_CLASS_FIELD", ""),
        )
        batch_io.require_fields(inputs.layers["NETWORK"], "NETWORK", [get("DIRECTION_FIELD", "")])
        if speeds.n_roads == 0:
            raise batch_io.RunnerError("NETWORK has no usable lines")
    h = halo_metres(rule, travel, speeds)
    specs, by_name = county_specs(params, inputs, table.text[field], h, travel)
    n, m = len(inputs.demand.fids), len(inputs.supply.fids)
    demand_row, facility_row = _positions(inputs.demand.fids), _positions(inputs.supply.fids)
    futures = [
        client.submit(
            partition_task,
            spec,
            rule,
            travel,
            retries=retries,
            pure=False,
            key=f"partition-{spec['name']}-{time.monotonic_ns()}",
        )
        for spec in specs
    ]
    client_seconds = time.perf_counter() - client_start
    merged = {
        "nearest_facility": np.full(n, -1, dtype=np.int64),
        "nearest_cost": np.full(n, np.nan),
        "covered": np.zeros(n, dtype=bool),
        "access": np.full(n, np.nan),
        "access_ratio": np.full(n, np.nan),
        "gap": np.full(n, np.nan),
        "deficit": np.full(n, np.nan),
        "gap_class": np.zeros(n, dtype=np.int8),
        "catchment_pop": np.full(m, np.nan),
        "supply_ratio": np.full(m, np.nan),
        "load": np.full(m, np.nan),
        "unserved": np.zeros(m, dtype=bool),
        "weighted_demand": np.full(m, np.nan),
    }
    manifest = []
    failed = []
    for future in as_completed(futures):
        try:
            done = future.result()
        except Exception as error:  # noqa: BLE001 (reported in the manifest)
            failed.append(str(error))
            manifest.append({"partition": None, "status": "failed", "error": repr(error)})
            continue
        name, arrays = done["name"], done["arrays"]
        core, own = by_name[name]
        demand_rows = demand_row(done["demand_fids"])
        facility_rows = facility_row(done["facility_fids"])
        local_core = np.flatnonzero(np.isin(demand_rows, core))
        rows = demand_rows[local_core]
        for key in ("nearest_cost", "covered", "access", "access_ratio", "gap", "deficit"):
            merged[key][rows] = arrays[key][local_core]
        merged["gap_class"][rows] = arrays["gap_class"][local_core]
        near = arrays["nearest_facility"][local_core]
        if facility_rows.size:
            merged["nearest_facility"][rows] = np.where(
                near >= 0, facility_rows[np.maximum(near, 0)], -1
            )
        local_own = np.flatnonzero(np.isin(facility_rows, own))
        for key in ("catchment_pop", "supply_ratio", "load", "unserved", "weighted_demand"):
            merged[key][facility_rows[local_own]] = arrays[key][local_own]
        manifest.append(
            {
                "partition": name,
                "status": "done",
                "n_demand": int(core.size),
                "n_demand_with_halo": int(done["demand_fids"].size),
                "n_facilities_with_halo": int(done["facility_fids"].size),
                "n_roads_with_halo": done["n_roads"],
                "read_seconds": round(done["read_seconds"], 3),
                "seconds": round(done["seconds"], 3),
                "worker": done["worker"],
            }
        )
    manifest.sort(key=lambda row: str(row["partition"]))
    with open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8") as stream:
        json.dump(
            {
                "partition_field": field,
                "halo_m": h,
                "retries": retries,
                "client_read_seconds": round(client_seconds, 3),
                "runs": manifest,
            },
            stream,
            indent=2,
            ensure_ascii=False,
        )
    if failed:
        raise batch_io.RunnerError(f"{len(failed)} partition(s) failed: {failed[0]}")
    result = merged_analysis(merged, inputs, rule)
    return finish(
        out_dir,
        inputs,
        result,
        batch_io.labels_of(choice, inputs, language),
        language,
        {"PARTITIONS": len(by_name), "HALO_M": h},
    )


def merged_analysis(merged, inputs, rule):
    """A :class:`GapAnalysis` of the merged per-point arrays, totals recomputed."""
    raw = inputs.demand.values
    n = len(inputs.demand.fids)
    raw = np.ones(n) if raw is None else raw
    population_unknown = ~(raw >= 0)
    population = np.where(population_unknown, np.nan, raw)
    known = np.where(np.isnan(population), 0.0, population)
    reach = gap_rules.coverage(merged["nearest_cost"], known, rule.threshold)
    provision = rule.provision_per_1000 / 1000.0 if rule.provision_per_1000 else None
    deficit = merged["deficit"]
    zones = None
    if inputs.zones is not None:
        zone_deficit = deficit if provision else np.zeros(n)
        zones = gap_rules.zone_summary(
            inputs.zones.index, known, reach.covered, zone_deficit, inputs.zones.count
        )
    access_values = merged["access"] / 1000.0
    cap = inputs.supply.values
    m = len(inputs.supply.fids)
    cap = np.ones(m) if cap is None else cap
    return access.GapAnalysis(
        population=population,
        population_unknown=population_unknown,
        nearest_facility=merged["nearest_facility"],
        nearest_cost=merged["nearest_cost"],
        covered=merged["covered"],
        access=merged["access"],
        access_ratio=merged["access_ratio"],
        gap=merged["gap"],
        deficit=deficit,
        gap_class=merged["gap_class"],
        capacity=np.where(cap >= 0, cap, 0.0),
        capacity_unknown=~(cap >= 0),
        catchment_pop=merged["catchment_pop"],
        supply_ratio=merged["supply_ratio"],
        load=merged["load"],
        unserved=merged["unserved"],
        weighted_demand=merged["weighted_demand"],
        coverage_rate=float(reach.rate),
        covered_population=reach.covered_population,
        total_population=reach.total_population,
        total_deficit=float(np.nansum(deficit)) if provision else None,
        gini=float(gap_rules.weighted_gini(access_values, known)) if known.sum() > 0 else math.nan,
        provision_per_person=provision,
        zones=zones,
        costs=None,
        road_notes=None,
    )


# --- command line -------------------------------------------------------------------------


def parser():
    p = argparse.ArgumentParser(
        prog="urflow_batch.py", description="URFlow's QGIS-free core on a Dask cluster."
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, default=2, help="local cluster of N processes")
    where.add_argument("--scheduler", help="address of an existing Dask scheduler")
    p.add_argument("--memory-limit", help="per local worker, e.g. 2GB (default: auto)")
    p.add_argument("--retries", type=int, default=2, help="retries of a failed task")
    p.add_argument("--language", choices=("en", "zh"), default="en", help="labels written")
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("run", "counties"):
        s = sub.add_parser(name)
        s.add_argument("algorithm", choices=ALGORITHMS)
        s.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
        s.add_argument("--out", required=True, help="output folder")
        if name == "counties":
            s.add_argument("--partition", required=True, help="DEMAND field: one run per value")
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    try:
        params = batch_io.parse_params(args.param)
        os.makedirs(args.out, exist_ok=True)
        client, n_workers, close = connect(args)
        try:
            start = time.perf_counter()
            if args.command == "run":
                results = run_gaps(params, args.out, client, n_workers, args.language, args.retries)
            else:
                results = run_counties(
                    params, args.partition, args.out, client, args.language, args.retries
                )
            print(json.dumps(results, indent=2, ensure_ascii=False))
            print(f"{time.perf_counter() - start:.2f} s", file=sys.stderr)
        finally:
            close()
    except (batch_io.RunnerError, URFlowError) as error:
        print(f"urflow_batch: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""make bench: urflow:facilitygaps at a large synthetic scale beside QGIS's network algorithms.

Run:  python benchmarks/bench_facility_gaps_large.py [--scale 0.05] [--shortest-samples 3]
          [--service-samples 50] [--threshold 30] [--seed 42] [--size N --demand N --facilities N]

At full size it takes about 7 minutes on 2 cores, 90-110 s of them per shortest-path sample.

The network is bench_network_core's seeded jittered street grid (330 x 330 nodes: ~206 000
edges in ~35 000 polylines of 1-11 blocks on ~33 x 33 km; county roads 40 km/h, township roads
30, village roads 15-20; 3 % one-way lines, 5 % missing pieces), moved into EPSG:4548 and
written with 20 000 demand points (villages, with population) and 1 000 facilities (with
capacity) to a GeoPackage in a temporary folder. ``--scale F`` shrinks edges, demand points and
facilities to about a fraction F for a quick check.

Timed on the same data, car, 30-minute threshold:

* ``urflow:facilitygaps`` through ``processing.run``: read the layers, build the graph, every
  pair within the threshold, the nearest facility without cutoff, 2SFCA, write the outputs;
* plain scipy: the graph built from the same edge arrays with numpy, points put on their
  nearest node, one multi-source ``csgraph.dijkstra`` with ``limit`` from every facility, its
  costs read at the demand nodes, and one ``min_only`` pass for the nearest (layer reading not
  timed; no snapping onto edges, no access legs, no 2SFCA, no output layers);
* ``native:serviceareafromlayer`` (lines only): one Dijkstra per start point over one graph
  build. Its output lines take ~50 MB per facility, so it runs on a seeded sample of 1 and of
  ``--service-samples`` facilities and the straight line through the two times is extrapolated
  to all facilities (fixed graph build + cost per facility);
* ``native:shortestpathpointtolayer``: one run per facility, as a planner would need for the
  same cost table (each run builds the graph and ties all demand points to it), on a seeded
  sample of ``--shortest-samples`` facilities; the mean is extrapolated to all facilities.

Each contender runs in its own Python process (``processing.run`` inside it, not
``qgis_process``) so that its peak RSS (``ru_maxrss``) is its own. The QGIS algorithms route
from the facility outwards (urflow routes village -> facility), which only changes the one-way
streets, not the work.
"""

import argparse
import json
import os
import resource
import struct
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_facility_gaps import timed  # noqa: E402  (also puts the plugin and QGIS on sys.path)
from bench_network_core import synthetic_network  # noqa: E402

FULL_SIZE, FULL_DEMAND, FULL_FACILITIES = 330, 20_000, 1_000
ORIGIN = (483_500.0, 3_301_500.0)  # south-west corner in EPSG:4548 (CGCS2000 3° GK CM 117E)
CRS = "EPSG:4548"
THRESHOLD_MIN = 30.0
WORKERS = ("urflow", "scipy", "servicearea", "shortestpath")
CLASS_OF_SPEED = {40.0: "county", 30.0: "township", 20.0: "village", 15.0: "village"}
NATIVE_NETWORK = {
    "STRATEGY": 1,
    "SPEED_FIELD": "speed_kmh",
    "DEFAULT_SPEED": 40,
    "DIRECTION_FIELD": "direction",
    "VALUE_FORWARD": "forward",
    "VALUE_BACKWARD": "backward",
    "VALUE_BOTH": "both",
    "DEFAULT_DIRECTION": 2,
    "TOLERANCE": 0,
}


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- data ---------------------------------------------------------------------------------


def synthetic_data(size, n_demand, n_facilities, seed):
    """Network arrays (bench_network_core's generator) and points with population/capacity."""
    coords, offsets, speeds, directions = synthetic_network(size, seed)
    extent = coords.max(axis=0)
    rng = np.random.default_rng(seed + 1)  # the same points as bench_network_core
    demand = rng.uniform(0, 1, (n_demand, 2)) * extent
    facilities = rng.uniform(0, 1, (n_facilities, 2)) * extent
    rng = np.random.default_rng(seed + 2)
    population = np.round(np.clip(rng.lognormal(np.log(600), 0.7, n_demand), 50, 8000))
    capacity = rng.integers(1, 31, n_facilities).astype(float)  # doctors, seats or beds
    origin = np.asarray(ORIGIN)
    return {
        "coords": coords + origin,
        "offsets": offsets,
        "speed": speeds,
        "direction": directions,
        "demand_xy": demand + origin,
        "population": population,
        "facility_xy": facilities + origin,
        "capacity": capacity,
    }


def write_gpkg(path, data):
    """roads (road_id, road_class, speed_kmh, direction), demand, facilities in EPSG:4548."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))

    def layer(name, kind, fields, rows):
        out = dataset.CreateLayer(name, srs, kind)
        for field, field_type in fields:
            out.CreateField(ogr.FieldDefn(field, field_type))
        definition = out.GetLayerDefn()
        out.StartTransaction()
        for wkb, values in rows:
            feature = ogr.Feature(definition)
            for i, value in enumerate(values):
                feature.SetField(i, value)
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))
            out.CreateFeature(feature)
        out.CommitTransaction()

    coords, offsets = data["coords"], data["offsets"]
    words = {0: "both", 1: "forward", -1: "backward"}

    def roads():
        for k in range(offsets.size - 1):
            part = np.ascontiguousarray(coords[offsets[k] : offsets[k + 1]])
            speed = float(data["speed"][k])
            yield (
                struct.pack("<BII", 1, 2, len(part)) + part.tobytes(),
                (f"R{k:06d}", CLASS_OF_SPEED[speed], speed, words[int(data["direction"][k])]),
            )

    def points(xy, prefix, values):
        for i, (x, y) in enumerate(xy):
            yield struct.pack("<BIdd", 1, 1, x, y), (f"{prefix}{i:05d}", float(values[i]))

    layer(
        "roads",
        ogr.wkbLineString,
        [
            ("road_id", ogr.OFTString),
            ("road_class", ogr.OFTString),
            ("speed_kmh", ogr.OFTReal),
            ("direction", ogr.OFTString),
        ],
        roads(),
    )
    layer(
        "demand",
        ogr.wkbPoint,
        [("village_id", ogr.OFTString), ("population", ogr.OFTReal)],
        points(data["demand_xy"], "V", data["population"]),
    )
    layer(
        "facilities",
        ogr.wkbPoint,
        [("fac_id", ogr.OFTString), ("capacity", ogr.OFTReal)],
        points(data["facility_xy"], "F", data["capacity"]),
    )
    dataset = None


# -- workers: one contender per process -----------------------------------------------------


def start_qgis(with_urflow=False):
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    plugin = None
    if with_urflow:
        import urflow

        plugin = urflow.classFactory(None)
        plugin.initProcessing()
    return app, plugin


def layers(folder):
    from qgis.core import QgsVectorLayer

    gpkg = Path(folder) / "bench.gpkg"
    return {
        name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        for name in ("roads", "demand", "facilities")
    }


def facility_sample(facilities, fids):
    """A memory copy of the sampled facilities (a subset string on the GeoPackage would do,
    but QGIS 3.22 then fails to count it: 'unable to open database file')."""
    from qgis.core import QgsFeatureRequest

    return facilities.materialize(QgsFeatureRequest().setFilterFids([int(f) for f in fids]))


def worker_urflow(folder, meta):
    import processing

    app, plugin = start_qgis(with_urflow=True)
    data = layers(folder)
    before = peak_mb()
    seconds, result = timed(
        "urflow:facilitygaps",
        lambda: processing.run(
            "urflow:facilitygaps",
            {
                "DEMAND": data["demand"],
                "DEMAND_ID_FIELD": "village_id",
                "POPULATION_FIELD": "population",
                "FACILITIES": data["facilities"],
                "FACILITY_ID_FIELD": "fac_id",
                "CAPACITY_FIELD": "capacity",
                "NETWORK": data["roads"],
                "SPEED_FIELD": "speed_kmh",
                "ROAD_CLASS_FIELD": "road_class",
                "DIRECTION_FIELD": "direction",
                "TRAVEL_MODE": 3,
                "COST_UNIT": 0,
                "THRESHOLD": meta["threshold"],
                "PROVISION_PER_1000": 1.0,
                "OUTPUT_DEMAND": "memory:",
                "OUTPUT_FACILITIES": "memory:",
            },
        ),
    )
    peak = peak_mb()
    costs = np.array(
        [f["nearest_cost"] for f in result["OUTPUT_DEMAND"].getFeatures()], dtype=object
    )
    costs = np.array([c if isinstance(c, float) else np.nan for c in costs], dtype=float)
    out = {
        "seconds": seconds,
        "peak_mb": peak,
        "before_mb": before,
        "median_nearest": float(np.nanmedian(costs)),
        "coverage": result["COVERAGE_RATE"],
        "unreachable": result["UNREACHABLE"],
    }
    return out


def worker_scipy(folder, meta):
    import scipy.sparse as sp
    from scipy.sparse.csgraph import dijkstra
    from scipy.spatial import cKDTree

    arrays = np.load(Path(folder) / "arrays.npz")
    xy, offsets = arrays["coords"], arrays["offsets"]
    speed, direction = arrays["speed"], arrays["direction"]
    demand_xy, facility_xy = arrays["demand_xy"], arrays["facility_xy"]
    before = peak_mb()

    def build():
        _, first, node = np.unique(xy, axis=0, return_index=True, return_inverse=True)
        node = node.ravel()
        line = np.repeat(np.arange(offsets.size - 1), np.diff(offsets))
        a = np.flatnonzero(line[:-1] == line[1:])
        u, v = node[a], node[a + 1]
        minutes = np.hypot(*(xy[a + 1] - xy[a]).T) * 0.06 / speed[line[a]]
        way = direction[line[a]]
        fwd, bwd = way >= 0, way <= 0
        n = first.size
        forward = sp.csr_matrix(
            (
                np.concatenate([minutes[fwd], minutes[bwd]]),
                (np.concatenate([u[fwd], v[bwd]]), np.concatenate([v[fwd], u[bwd]])),
            ),
            shape=(n, n),
        )
        tree = cKDTree(xy[first])
        return forward.T.tocsr(), tree.query(facility_xy)[1], tree.query(demand_xy)[1]

    build_s, (reverse, fac_node, dem_node) = timed("  scipy: graph build + nearest nodes", build)

    def within():
        dist = dijkstra(reverse, directed=True, indices=fac_node, limit=meta["threshold"])
        return int(np.isfinite(dist[:, dem_node]).sum())

    within_s, pairs = timed(
        f"  scipy: dijkstra(limit={meta['threshold']:g}) from " f"{fac_node.size} facilities",
        within,
    )
    nearest_s, nearest = timed(
        "  scipy: dijkstra(min_only) for the nearest",
        lambda: dijkstra(reverse, directed=True, indices=fac_node, min_only=True)[dem_node],
    )
    return {
        "seconds": build_s + within_s + nearest_s,
        "peak_mb": peak_mb(),
        "before_mb": before,
        "pairs": pairs,
        "median_nearest": float(np.nanmedian(np.where(np.isfinite(nearest), nearest, np.nan))),
        "detail": f"build {build_s:.1f} s + limit {within_s:.1f} s + min_only "
        f"{nearest_s:.1f} s",
    }


def worker_servicearea(folder, meta):
    import processing

    app, _ = start_qgis()
    data = layers(folder)
    before = peak_mb()
    times = {}
    for k in sorted({1, meta["service_samples"]}):
        parameters = {
            "INPUT": data["roads"],
            **NATIVE_NETWORK,
            "START_POINTS": facility_sample(data["facilities"], meta["sample_fids"][:k]),
            "TRAVEL_COST2": meta["threshold"] / 60.0,  # hours (fastest strategy)
            "OUTPUT_LINES": "memory:",
        }
        times[k], _ = timed(
            f"native:serviceareafromlayer, {k} start point(s)",
            partial(processing.run, "native:serviceareafromlayer", parameters),
        )
    return {
        "times": {str(k): t for k, t in times.items()},
        "peak_mb": peak_mb(),
        "before_mb": before,
    }


def worker_shortestpath(folder, meta):
    import processing

    app, _ = start_qgis()
    data = layers(folder)
    before = peak_mb()
    sample = facility_sample(data["facilities"], meta["sample_fids"][: meta["shortest_samples"]])
    times = []
    for feature in sample.getFeatures():
        point = feature.geometry().asPoint()
        parameters = {
            "INPUT": data["roads"],
            **NATIVE_NETWORK,
            "START_POINT": f"{point.x()},{point.y()} [{CRS}]",
            "END_POINTS": data["demand"],
            "OUTPUT": "memory:",
        }
        seconds, _ = timed(
            f"native:shortestpathpointtolayer from {feature['fac_id']}",
            partial(processing.run, "native:shortestpathpointtolayer", parameters),
        )
        times.append(seconds)
    return {"times": times, "peak_mb": peak_mb(), "before_mb": before}


def run_worker(name, folder):
    """Run one contender in a child process, echo its lines, return its result dict."""
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--data", str(folder)],
        stdout=subprocess.PIPE,
        text=True,
    )
    result = None
    for line in child.stdout:
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT ") :])
        else:
            print(line, end="", flush=True)
    if child.wait() != 0 or result is None:
        raise SystemExit(f"benchmark worker '{name}' failed (exit code {child.returncode})")
    return result


# -- main ---------------------------------------------------------------------------------


def arguments():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="fraction of the full size (edges, demand points, facilities)",
    )
    ap.add_argument(
        "--size", type=int, help=f"grid nodes per side (default {FULL_SIZE} x " "sqrt(scale))"
    )
    ap.add_argument("--demand", type=int, help=f"demand points (default {FULL_DEMAND} x scale)")
    ap.add_argument(
        "--facilities", type=int, help=f"facilities (default {FULL_FACILITIES} x scale)"
    )
    ap.add_argument(
        "--service-samples",
        type=int,
        default=50,
        help="facilities in the larger native service-area sample",
    )
    ap.add_argument(
        "--shortest-samples",
        type=int,
        default=3,
        help="facilities sampled for native shortest paths (~110 s each at full " "scale)",
    )
    ap.add_argument("--threshold", type=float, default=THRESHOLD_MIN, help="minutes by car")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--worker", choices=WORKERS, help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    return ap.parse_args()


def row(label, seconds, ours, result, note):
    memory = f"{result['peak_mb']:6.0f} MB (+{result['peak_mb'] - result['before_mb']:.0f})"
    print(f"  {label:<44} {seconds:10.2f} {seconds / ours:9.2f}x  {memory}")
    print(f"      {note}")


def main():
    args = arguments()
    if args.worker:
        meta = json.loads((Path(args.data) / "meta.json").read_text())
        result = globals()[f"worker_{args.worker}"](args.data, meta)
        print("RESULT " + json.dumps(result), flush=True)
        sys.stderr.flush()
        # no exitQgis(): layers still referenced from Python after it crash the interpreter
        # at exit (SIGSEGV); the worker's job is done, so leave without any teardown
        os._exit(0)

    scale = args.scale
    size = args.size or max(10, round(FULL_SIZE * scale**0.5))
    n_demand = args.demand or max(10, round(FULL_DEMAND * scale))
    n_fac = args.facilities or max(2, round(FULL_FACILITIES * scale))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="urflow-bench-") as folder:
        data = synthetic_data(size, n_demand, n_fac, args.seed)
        write_gpkg(Path(folder) / "bench.gpkg", data)
        np.savez(Path(folder) / "arrays.npz", **data)
        line = np.repeat(np.arange(data["offsets"].size - 1), np.diff(data["offsets"]))
        n_edges = int(np.count_nonzero(line[:-1] == line[1:]))
        n_lines = data["offsets"].size - 1
        one_way = int(np.count_nonzero(data["direction"]))
        rng = np.random.default_rng(args.seed + 3)
        service_k = max(1, min(args.service_samples, n_fac))
        shortest_k = max(1, min(args.shortest_samples, n_fac))
        fids = rng.choice(n_fac, max(service_k, shortest_k), replace=False) + 1  # GPKG fid
        meta = {
            "threshold": args.threshold,
            "service_samples": service_k,
            "shortest_samples": shortest_k,
            "sample_fids": fids.tolist(),
        }
        (Path(folder) / "meta.json").write_text(json.dumps(meta))
        print(
            f"Large synthetic scale (seed {args.seed}): {n_lines} road lines, {n_edges} road "
            f"edges ({one_way} one-way lines), {n_demand} demand points, {n_fac} facilities; "
            f"car, {args.threshold:g}-minute threshold, {CRS}"
        )

        ours = run_worker("urflow", folder)
        base = run_worker("scipy", folder)
        service = run_worker("servicearea", folder)
        shortest = run_worker("shortestpath", folder)

    # straight line through the two service-area runs: graph build + cost per start point
    times = {int(k): t for k, t in service["times"].items()}
    if len(times) > 1:
        (k0, t0), (k1, t1) = sorted(times.items())
        per = max((t1 - t0) / (k1 - k0), 0.0)
        fixed = max(t0 - per * k0, 0.0)
        service_label = f"{fixed:.1f} s + {per:.2f} s/facility, from runs with {k0} and {k1}"
    else:
        ((k0, t0),) = times.items()
        fixed, per = 0.0, t0 / k0
        service_label = f"{per:.2f} s/facility, from a run with {k0}"
    service_s = fixed + per * n_fac
    shortest_mean = float(np.mean(shortest["times"]))
    shortest_s = shortest_mean * n_fac
    u = ours["seconds"]

    print()
    print(
        f"Facility gaps, large synthetic scale: {n_lines} lines / {n_edges} edges, {n_demand} "
        f"demand points, {n_fac} facilities, car, {args.threshold:g} min"
    )
    print(f"  {'':<44} {'seconds':>10} {'/ urflow':>10}  peak RSS (+ in the run)")
    row(
        "urflow:facilitygaps",
        u,
        u,
        ours,
        "processing.run: read layers, graph, all pairs <= "
        "threshold, nearest, 2SFCA, gaps, write",
    )
    row(
        "plain scipy.sparse.csgraph",
        base["seconds"],
        u,
        base,
        base["detail"] + " (no edge snapping or legs)",
    )
    row(
        f"native:serviceareafromlayer x {n_fac}",
        service_s,
        u,
        service,
        f"EXTRAPOLATED: {service_label} facilities (lines only)",
    )
    row(
        f"native:shortestpathpointtolayer x {n_fac}",
        shortest_s,
        u,
        shortest,
        f"EXTRAPOLATED: mean {shortest_mean:.1f} s per facility (min "
        f"{min(shortest['times']):.1f}, max {max(shortest['times']):.1f}) over "
        f"{len(shortest['times'])} sampled facilities, x {n_fac}",
    )
    print("  (EXTRAPOLATED rows: peak RSS of the sampled runs only)")
    print(
        f"  check: median nearest cost urflow {ours['median_nearest']:.2f} min, plain scipy "
        f"(node to node) {base['median_nearest']:.2f} min; coverage {ours['coverage']:.1%}, "
        f"unreachable {ours['unreachable']}; {base['pairs']} node pairs <= threshold"
    )
    print(
        f"  peak RSS of the urflow run: {ours['peak_mb']:.0f} MB "
        f"({ours['peak_mb'] - ours['before_mb']:.0f} MB above QGIS with the layers open)"
    )
    print(f"  whole benchmark {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()

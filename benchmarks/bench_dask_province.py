"""make bench: a province-scale facility-gap run on 1 and 2 local Dask workers (issue 19, item 4).

Run:  python benchmarks/bench_dask_province.py [--size 730] [--demand 100000]
          [--facilities 10000] [--threshold 30] [--workers 1,2] [--json FILE]

Synthetic province: bench_network_core's jittered street grid (``--size`` × ``--size`` nodes at
100 m: 730 gives ~1.01 M edges on 73 × 73 km; county roads 40 km/h, township 30, village
15-20; 3 % one-way lines), ``--demand`` villages with population and ``--facilities``
facilities with capacity, car, ``--threshold`` minutes. The arrays go straight to the core
(no GeoPackage: reading a million road features is measured by the county benchmarks).

For each worker count: a LocalCluster of N one-thread processes, ``analyse_gaps`` with
``scripts/urflow_batch.dask_mapper`` (graph and points prepared here, the plan broadcast,
facility batches on the workers), timed in two parts: the Dijkstra batches on the workers
(parallel) and everything else in this process (graph, snapping, nearest pass, merge, 2SFCA:
serial). Peak RSS of each worker process and of this process. Scaling efficiency
T1 / (N · TN); the 16-worker and national projections are Amdahl's law on the measured
serial and parallel parts (docs/en/batch.md states the assumptions).
"""

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "scripts"))

import urflow_batch  # noqa: E402  (links the plugin as "urflow" and puts it on sys.path)
from bench_network_core import synthetic_network  # noqa: E402

from urflow.core import access  # noqa: E402


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_mb():
    """Peak RSS of this process since it started (VmHWM; ru_maxrss would carry the parent's
    peak over fork and exec)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def province(size, n_demand, n_facilities, seed=7):
    coords, offsets, speeds, directions = synthetic_network(size, seed)
    extent = coords.max(axis=0)
    rng = np.random.default_rng(seed + 1)
    demand = rng.uniform(0, 1, (n_demand, 2)) * extent
    facilities = rng.uniform(0, 1, (n_facilities, 2)) * extent
    population = np.round(np.clip(rng.lognormal(np.log(600), 0.7, n_demand), 50, 8000))
    capacity = rng.integers(1, 31, n_facilities).astype(float)
    roads = access.RoadLines(coords, offsets, speeds, directions.astype(np.int8))
    return roads, demand, population, facilities, capacity


def run(workers, data, threshold, memory_limit):
    from dask.distributed import Client, LocalCluster

    roads, demand, population, facilities, capacity = data
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        memory_limit=memory_limit,
    )
    client = Client(cluster)
    try:
        mapper = urflow_batch.dask_mapper(client, workers)
        parallel = {}

        def timed_mapper(plan):
            start = time.perf_counter()
            parts = mapper(plan)
            parallel["seconds"] = time.perf_counter() - start
            parallel["sources"] = int(plan.sources.size)
            parallel["nodes"] = int(plan.n_nodes)
            return parts

        stamps = []

        def progress(fraction):
            stamps.append((fraction, time.perf_counter()))

        start = time.perf_counter()
        result = access.analyse_gaps(
            access.Demand(demand, population),
            access.Facilities(facilities, capacity),
            access.GapRule(threshold, 1.0, "2sfca"),
            access.Travel("car", "minutes", 500.0),
            roads,
            map_batches=timed_mapper,
            progress=progress,
        )
        total = time.perf_counter() - start
        # od_costs reports 0.25 after the graph and snapping, 0.75 after the pairs, 1.0 after
        # the nearest pass (scaled by 0.9 in analyse_gaps); 2SFCA and totals follow
        at = dict(stamps)
        steps = {
            "graph_and_snapping_s": at[0.9 * 0.25] - start,
            "pairs_s": at[0.9 * 0.75] - at[0.9 * 0.25],
            "nearest_s": at[0.9] - at[0.9 * 0.75],
            "fca_and_totals_s": total - (at[0.9] - start),
        }
        peaks = client.run(worker_peak_mb)
    finally:
        client.close()
        cluster.close()
    return {
        "workers": workers,
        "seconds": total,
        "parallel_seconds": parallel["seconds"],
        "serial_seconds": total - parallel["seconds"],
        **steps,
        "pairs": int(result.costs.nnz),
        "coverage": float(result.coverage_rate),
        "worker_peak_mb": sorted(peaks.values()),
        "client_peak_mb": worker_peak_mb(),
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--size", type=int, default=730)
    p.add_argument("--demand", type=int, default=100_000)
    p.add_argument("--facilities", type=int, default=10_000)
    p.add_argument("--threshold", type=float, default=30.0)
    p.add_argument("--workers", default="1,2")
    p.add_argument("--memory-limit", default="3GB")
    p.add_argument("--json", help="write the figures here")
    args = p.parse_args()
    start = time.perf_counter()
    data = province(args.size, args.demand, args.facilities)
    edges = int((np.diff(data[0].offsets) - 1).sum())
    print(
        f"Province: {edges:,} edges, {args.demand:,} demand points, {args.facilities:,} "
        f"facilities, car, {args.threshold:g} min (built in {time.perf_counter() - start:.1f} s)"
    )
    rows = []
    for workers in [int(w) for w in args.workers.split(",")]:
        row = run(workers, data, args.threshold, args.memory_limit)
        rows.append(row)
        print(
            f"  {workers} worker(s): {row['seconds']:8.1f} s  (Dijkstra batches on the workers "
            f"{row['parallel_seconds']:.1f} s, here {row['serial_seconds']:.1f} s)  "
            f"pairs {row['pairs']:,}  peak RSS per worker "
            f"{', '.join(f'{m:.0f}' for m in row['worker_peak_mb'])} MB, here "
            f"{row['client_peak_mb']:.0f} MB",
            flush=True,
        )
        print(
            "      graph + snapping {graph_and_snapping_s:.1f} s, pairs (batches + merge) "
            "{pairs_s:.1f} s, nearest pass {nearest_s:.1f} s, 2SFCA + totals "
            "{fca_and_totals_s:.1f} s".format(**row),
            flush=True,
        )
    one = rows[0]
    figures = {"edges": edges, "demand": args.demand, "facilities": args.facilities}
    figures["runs"] = rows
    for row in rows[1:] if one["workers"] == 1 else []:
        efficiency = one["seconds"] / (row["workers"] * row["seconds"])
        parallel_eff = one["parallel_seconds"] / (row["workers"] * row["parallel_seconds"])
        row["efficiency"] = efficiency
        row["parallel_efficiency"] = parallel_eff
        print(
            f"  scaling 1 -> {row['workers']} workers: efficiency {efficiency:.0%} "
            f"(Dijkstra part alone {parallel_eff:.0%})"
        )
    if one["workers"] == 1:  # Amdahl needs the parts of a 1-worker run
        serial, parallel = one["serial_seconds"], one["parallel_seconds"]
        projected_16 = serial + parallel / 16
        figures["projected_16_seconds"] = projected_16
        print(
            f"  projection, 16 workers (Amdahl on the 1-worker parts): {projected_16:.0f} s "
            f"= {serial:.0f} s here + {parallel:.0f} s / 16"
        )
    print(f"  whole benchmark {time.perf_counter() - start:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

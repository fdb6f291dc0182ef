"""Benchmark of the network-cost core (core/access) on a synthetic county-sized road network.

Run:  python benchmarks/bench_network_core.py [--size 320] [--demand 20000] [--facilities 1000]

A seeded, jittered grid of streets (100 m blocks; 330 x 330 nodes gives ~206 000 edges on
~33 x 33 km), cut into polylines of 2-12 vertices, with road classes (county roads every 10th
street at 40 km/h, township roads at 30, village roads at 15-20) and 3 % one-way lines.
Times build_graph, snap_points, travel_costs (30-min cutoff) and nearest_facility separately,
then od_costs (all of them from road lines, as every analysis calls it), and a plain
scipy.sparse.csgraph.dijkstra baseline from the facilities' nearest nodes with the same cutoff
(no snapping, no virtual nodes, no result collection). Not a test.
"""

import argparse
import resource
import sys
import time
from importlib import import_module
from pathlib import Path

import numpy as np
from scipy.sparse.csgraph import dijkstra

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / ".build" / "plugins"))


def _core_access():
    """urflow.core.access, or the checkout's own package when the tests' symlink is missing."""
    try:
        return import_module("urflow.core.access")
    except ImportError:
        sys.path.insert(0, str(HERE.parents[2]))
        return import_module(HERE.parents[1].name + ".core.access")


access = _core_access()
build_graph = import_module(access.__name__ + ".graph").build_graph
prepare_network = import_module(access.__name__ + ".snapping").prepare_network
snap_points = import_module(access.__name__ + ".snapping").snap_points
travel_costs = import_module(access.__name__ + ".paths").travel_costs
nearest_facility = import_module(access.__name__ + ".paths").nearest_facility


def synthetic_network(size, seed=42, spacing=100.0):
    """Polylines along a jittered grid: (coords, offsets, speed_kmh, direction)."""
    rng = np.random.default_rng(seed)
    gx, gy = np.meshgrid(np.arange(size) * spacing, np.arange(size) * spacing)
    pos = np.column_stack([gx.ravel(), gy.ravel()]) + rng.uniform(-20, 20, (size * size, 2))
    streets = [np.arange(r * size, (r + 1) * size) for r in range(size)]  # rows
    streets += [np.arange(c, size * size, size) for c in range(size)]  # columns
    klass = np.concatenate([np.arange(size), np.arange(size)])
    coords, offsets, speeds, dirs = [], [0], [], []
    for s, k in zip(streets, klass):
        if k % 10 == 0:
            base = 40.0
        elif k % 5 == 0:
            base = 30.0
        else:
            base = 15.0
        # cut the street into pieces of 1-11 blocks (shared end vertices)
        cuts = np.cumsum(rng.integers(1, 12, size))
        cuts = np.concatenate([[0], cuts[cuts < size - 1], [size - 1]])
        for a, b in zip(cuts[:-1], cuts[1:]):
            piece = s[a : b + 1]
            if rng.random() < 0.05:  # a few missing pieces
                continue
            coords.append(pos[piece])
            offsets.append(offsets[-1] + piece.size)
            speeds.append(base if base > 15 else rng.choice([15.0, 20.0]))
            dirs.append(rng.choice([1, -1]) if rng.random() < 0.03 else 0)
    return (
        np.vstack(coords),
        np.asarray(offsets, dtype=np.int64),
        np.asarray(speeds),
        np.asarray(dirs, dtype=np.int8),
    )


def timed(label, fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    dt = time.perf_counter() - t0
    print(f"{label:<44s}{dt:9.2f} s")
    return out, dt


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=330)
    ap.add_argument("--demand", type=int, default=20000)
    ap.add_argument("--facilities", type=int, default=1000)
    ap.add_argument("--cutoff", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()

    coords, offs, speeds, dirs = synthetic_network(args.size, args.seed)
    extent = coords.max(axis=0)
    rng = np.random.default_rng(args.seed + 1)
    dem = rng.uniform(0, 1, (args.demand, 2)) * extent
    fac = rng.uniform(0, 1, (args.facilities, 2)) * extent
    print(
        f"network: {len(offs) - 1} lines, {len(coords)} vertices, extent "
        f"{extent[0] / 1000:.1f} x {extent[1] / 1000:.1f} km; {args.demand} demand points, "
        f"{args.facilities} facilities, cutoff {args.cutoff:g} min"
    )

    g, _ = timed("build_graph", build_graph, coords, offs, speeds, dirs)
    print(f"  -> {g.n_nodes} nodes, {g.n_edges} edges ({g.n_dropped_edges} dropped)")
    s, _ = timed(
        "snap_points (demand + facilities)",
        lambda: (snap_points(g, dem, 500.0), snap_points(g, fac, 500.0)),
    )
    print(f"  -> unsnapped: {int((~s[0].snapped).sum())} demand, {int((~s[1].snapped).sum())} fac.")
    net, _ = timed("prepare_network (snap + legs)", prepare_network, g, dem, fac)
    cm, _ = timed(
        f"travel_costs (cutoff {args.cutoff:g} min)", travel_costs, net, None, None, args.cutoff
    )
    print(f"  -> {cm.nnz} pairs <= cutoff ({cm.nnz / (args.demand * args.facilities):.1%})")
    near, _ = timed("nearest_facility (no cutoff)", nearest_facility, net)
    print(f"  -> median nearest {np.nanmedian(near.cost):.2f} min, max {np.nanmax(near.cost):.2f}")
    _, _ = timed("travel_costs from a Graph (all steps)", travel_costs, g, dem, fac, args.cutoff)
    lines = access.RoadLines(coords, offs, speeds, dirs)
    od, _ = timed(
        "od_costs from road lines (all steps)",
        access.od_costs,
        dem,
        fac,
        access.Travel(mode="car"),
        lines,
        cutoff=args.cutoff,
    )
    assert od.matrix.nnz == cm.nnz

    # baseline: plain scipy Dijkstra from the facilities' nearest nodes, same cutoff, reversed
    src = np.unique(g.edge_u[net.facility_snap.edge[net.facility_snap.snapped]])
    rev = g.adjacency_min.T.tocsr()

    def baseline():
        bs = max(1, 24_000_000 // g.n_nodes)
        reached = 0
        for i in range(0, src.size, bs):
            d = dijkstra(rev, directed=True, indices=src[i : i + bs], limit=args.cutoff)
            reached += int(np.isfinite(d).sum())
        return reached

    timed(f"baseline csgraph.dijkstra ({src.size} sources)", baseline)
    timed(
        "baseline multi-source min_only", dijkstra, rev, directed=True, indices=src, min_only=True
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()

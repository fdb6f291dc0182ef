"""Benchmark of facility siting (core/siting) on seeded instances. Not a test.

Run:  python benchmarks/bench_facility_siting.py [--demand 2000] [--candidates 200]

1. A 205 x 16 instance shaped like spopt's San Francisco case (seeded random points, straight
   costs; the public network-distance matrix is not fetched): LSCP, MCLP, p-median and
   p-center against brute-force enumeration of all site sets, and against PySAL spopt (same
   models, same matrix) when spopt is importable.
2. A capacitated p-median with two existing sites fixed open (60 x 12): the independent
   checker, and spopt's capacitated p-median (predefined sites) when importable.
3. The 2,000 x 200 p-median (p = 5 and p = 20): time to proven optimality.
"""

import argparse
import itertools
import sys
import time
from importlib import import_module
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / ".build" / "plugins"))


def _siting():
    try:
        return import_module("urflow.core.siting")
    except ImportError:
        sys.path.insert(0, str(HERE.parents[2]))
        return import_module(HERE.parents[1].name + ".core.siting")


siting = _siting()


def instance(seed, n, m, size=10000.0):
    rng = np.random.default_rng(seed)
    d = rng.uniform(0, size, (n, 2))
    f = rng.uniform(0, size, (m, 2))
    cost = np.hypot(d[:, None, 0] - f[None, :, 0], d[:, None, 1] - f[None, :, 1])
    return cost, rng.integers(10, 1000, n).astype(float)


def brute(model, cost, w, p, radius):
    best = None
    m = cost.shape[1]
    for chosen in itertools.combinations(range(m), p):
        near = cost[:, chosen].min(axis=1)
        value = {
            "mclp": -float(w[near <= radius].sum()),
            "pmedian": float((w * near).sum()),
            "pcenter": float(near.max()),
        }[model]
        best = value if best is None or value < best else best
    return -best if model == "mclp" else best


def brute_lscp(cost, radius):
    cover = cost <= radius
    coverable = cover.any(axis=1)
    for size in range(cost.shape[1] + 1):
        for chosen in itertools.combinations(range(cost.shape[1]), size):
            if cover[:, list(chosen)].any(axis=1)[coverable].all():
                return float(size)
    return None


def spopt_objectives(cost, w, p, radius, capacity=None, existing=None):
    """spopt's objectives for the same matrix, or None when spopt is not importable."""
    try:
        import pulp
        from spopt.locate import LSCP, MCLP, PCenter, PMedian
    except ImportError:
        return None
    solver = pulp.PULP_CBC_CMD(msg=False)
    out = {}
    if capacity is None:
        coverable = (cost <= radius).any(axis=1)  # spopt's LSCP needs every row coverable
        lscp = LSCP.from_cost_matrix(cost[coverable], radius).solve(solver)
        out["lscp"] = lscp.problem.objective.value()
        mclp = MCLP.from_cost_matrix(cost, w, radius, p_facilities=p).solve(solver)
        out["mclp"] = mclp.problem.objective.value()
        out["pmedian"] = (
            PMedian.from_cost_matrix(cost, w, p_facilities=p)
            .solve(solver)
            .problem.objective.value()
        )
        out["pcenter"] = (
            PCenter.from_cost_matrix(cost, p_facilities=p).solve(solver).problem.objective.value()
        )
    else:
        model = PMedian.from_cost_matrix(
            cost,
            w,
            p_facilities=p + int(existing.sum()),
            facility_capacities=capacity,
            predefined_facilities_arr=existing,
        )
        out["pmedian_capacitated"] = model.solve(solver).problem.objective.value()
    return out


def timed(*args):
    """``(result, seconds)`` of one :func:`site_facilities` call."""
    start = time.perf_counter()
    value = siting.site_facilities(*args)
    return value, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--demand", type=int, default=2000)
    parser.add_argument("--candidates", type=int, default=200)
    args = parser.parse_args()

    print("1. 205 x 16, p = 4, radius 2500 m (seeded; brute force over all site sets)")
    cost, w = instance(205, 205, 16)
    p, radius = 4, 2500.0
    expected = {m: brute(m, cost, w, p, radius) for m in ("mclp", "pmedian", "pcenter")}
    expected["lscp"] = brute_lscp(cost, radius)
    ours = {}
    for model in ("lscp", "mclp", "pmedian", "pcenter"):
        rule = siting.SitingRule(model, p, radius)
        result, seconds = timed(w, np.zeros(16, bool), siting.SiteCosts.from_dense(cost), rule)
        ours[model] = result.objective
        agree = np.isclose(result.objective, expected[model], rtol=1e-9)
        print(
            f"   {model:8s} {result.status:8s} objective {result.objective:.6f} "
            f"brute force {expected[model]:.6f} {'==' if agree else '!='} "
            f"checked {list(result.violations) or 'ok'} {seconds:.2f} s"
        )
    theirs = spopt_objectives(cost, w, p, radius)
    if theirs is None:
        print("   spopt not importable: comparison skipped")
    else:
        for model, value in theirs.items():
            print(f"   spopt {model:8s} {value:.6f} (ours {ours[model]:.6f})")

    print("2. capacitated p-median, 60 x 12, 2 existing sites fixed open, 3 new")
    cost, w = instance(60, 60, 12)
    existing = np.zeros(12, bool)
    existing[:2] = True
    capacity = np.full(12, w.sum() / 4)
    rule = siting.SitingRule("pmedian", 3)
    result, seconds = timed(w, existing, siting.SiteCosts.from_dense(cost), rule, capacity)
    print(
        f"   {result.status} objective {result.objective:.3f} gap {result.gap:.2e} "
        f"checked {list(result.violations) or 'ok'} {seconds:.2f} s"
    )
    theirs = spopt_objectives(cost, w, 3, 0.0, capacity, existing)
    if theirs is not None:
        print(f"   spopt capacitated p-median {theirs['pmedian_capacitated']:.3f}")

    n, m = args.demand, args.candidates
    print(f"3. p-median {n} x {m} (seeded random points, straight costs)")
    cost, w = instance(1, n, m)
    for p in (p for p in (5, 20) if p <= m):
        rule = siting.SitingRule("pmedian", p)
        result, seconds = timed(w, np.zeros(m, bool), siting.SiteCosts.from_dense(cost), rule)
        print(
            f"   p = {p:3d}: {result.status} objective {result.objective:.1f} gap {result.gap:.1e} "
            f"checked {list(result.violations) or 'ok'} {seconds:.1f} s"
        )


if __name__ == "__main__":
    main()

"""Benchmark of the linkage core (城乡建设用地增减挂钩) on seeded synthetic counties.

Plain script, not a test:

    python benchmarks/bench_linkage_core.py [--time-limit 60] [--gap 1e-4]
        [--sizes small,medium,large] [--budget-shares 0,0.3] [--max-distance 5000]

Each county has project areas (项目区) centred on towns; 拆旧 homestead parcels scatter around
the centre, 建新 candidates cluster near it; pairs are limited to ``--max-distance`` m inside a
project area. Prints pair count, build+solve time, status, gap, objective and the greedy
objective (and its time).
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the plugin folder: `core`

from core.linkage import candidate_pairs, check_solution, greedy, linkage_problem, optimise  # noqa

SIZES = {"small": (1000, 100, 5), "medium": (5000, 300, 10), "large": (20000, 800, 20)}


def synthetic_county(n, m, n_groups, seed):
    """Seeded synthetic county: coordinates (m), areas (ha), costs/values (万元)."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(10_000, 90_000, (n_groups, 2))
    gd = rng.integers(0, n_groups, n)
    gc = rng.integers(0, n_groups, m)
    xy_d = centres[gd] + rng.normal(0, 4000, (n, 2))
    xy_c = centres[gc] + rng.normal(0, 2000, (m, 2))
    a = np.clip(rng.lognormal(np.log(0.35), 0.6, n), 0.03, 3.0)
    b = np.clip(rng.lognormal(np.log(1.5), 0.6, m), 0.2, 8.0)
    occ = b * rng.uniform(0, 0.8, m) * (rng.random(m) < 0.8)
    return dict(
        xy_d=xy_d,
        xy_c=xy_c,
        group_d=gd,
        group_c=gc,
        area_d=a,
        kappa=rng.uniform(0.7, 0.9, n),
        grade_d=rng.integers(5, 13, n),
        cost=a * rng.uniform(30, 60, n),
        priority=rng.uniform(0, 1, n),
        protected=rng.random(n) < 0.05,
        area_c=b,
        occupied=occ,
        grade_c=rng.integers(3, 12, m),
        value=b * rng.uniform(40, 120, m),
        ctype=rng.choice(["urban", "resettlement", "industrial"], m, p=[0.6, 0.25, 0.15]),
        excluded=rng.random(m) < 0.08,
    )


def run(name, n, m, n_groups, args, budget_share):
    c = synthetic_county(n, m, n_groups, seed=20240 + n)
    t0 = time.perf_counter()
    pairs = candidate_pairs(c["xy_d"], c["xy_c"], args.max_distance, c["group_d"], c["group_c"])
    p = linkage_problem(
        c["area_d"],
        c["kappa"],
        c["grade_d"],
        c["area_c"],
        c["occupied"],
        c["grade_c"],
        cost=c["cost"],
        priority=c["priority"],
        protected=c["protected"],
        group_d=c["group_d"],
        value=c["value"],
        ctype=c["ctype"],
        excluded=c["excluded"],
        group_c=c["group_c"],
        pairs=pairs,
        max_distance_m=args.max_distance,
        budget=budget_share * c["cost"].sum(),
        priority_weight=5.0,
        distance_weight=0.5,
    )
    t_prep = time.perf_counter() - t0
    res = optimise(p, time_limit=args.time_limit, mip_rel_gap=args.gap)
    viol = check_solution(p, res.x, res.y, res.flows)
    g = greedy(p)
    gviol = check_solution(p, g.x, g.y, g.flows)
    print(
        f"{name:7s} n={n:6d} m={m:4d} groups={n_groups:3d} budget={budget_share:4.0%} "
        f"pairs={pairs[0].size:8d} "
        f"prep={t_prep:6.2f}s solve={res.seconds:7.2f}s status={res.status:10s} "
        f"gap={res.gap:9.2e} obj={res.objective:11.2f} bound={res.bound:11.2f} "
        f"greedy={g.objective:11.2f} ({g.seconds:5.2f}s) "
        f"x={int(res.x.sum())} y={int(res.y.sum())} check={'ok' if not viol else viol[:2]} "
        f"greedy_check={'ok' if not gviol else gviol[:2]}",
        flush=True,
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time-limit", type=float, default=60.0)
    ap.add_argument("--gap", type=float, default=1e-6)
    ap.add_argument("--max-distance", type=float, default=5000.0)
    ap.add_argument(
        "--budget-shares",
        default="0,0.3",
        help="budgets as shares of the total 拆旧 cost, comma-separated (0 = no budget)",
    )
    ap.add_argument("--sizes", default="small,medium,large")
    args = ap.parse_args(argv)
    print(
        f"time limit {args.time_limit:g} s, mip_rel_gap {args.gap:g}, pair limit "
        f"{args.max_distance:g} m; budget as a share of the total 拆旧 cost"
    )
    for share in (float(v) for v in args.budget_shares.split(",")):
        for name in args.sizes.split(","):
            run(name, *SIZES[name], args, share)


if __name__ == "__main__":
    main()

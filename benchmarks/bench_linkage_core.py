"""Benchmark of the linkage core (城乡建设用地增减挂钩) on seeded synthetic counties.

Plain script, not a test:

    python benchmarks/bench_linkage_core.py [--time-limit 20] [--gap 1e-4]
        [--sizes small,medium,county,large] [--budget-shares 0,0.3] [--max-distance 5000]

Each county has project areas (项目区) centred on towns; 拆旧 homestead parcels scatter around
the centre, 建新 candidates cluster near it; pairs are limited to ``--max-distance`` m inside a
project area. ``county`` is the case of issue 20: 5,000 拆旧 and 500 建新 parcels in 10
project areas; with ``--budget-shares 0.3`` the budget is 30 % of the total demolition cost,
which binds (the plan without it costs about 38 %).

``--distance-weight 0 --max-distance 0`` (the algorithm's defaults) lets the model carry quota
per class of 拆旧 parcels (``--formulation pairs``: the old per-pair model);
``--cancellable`` runs every solve in a worker process, as inside QGIS. ``--area-workers 1,0``
runs each case twice, side by side: project areas solved one after the other, then up to the
CPU count at once (``decompose.AREA_WORKERS``; 0 = the CPU count).

Each run goes through the core's one entry, ``plan_linkage``, with ``--time-limit`` as its
TIME_LIMIT, and prints: the wall time of the whole call (pairs, problem, solve, outputs), the
status, the objective, the bound and the gap, the greedy plan's objective and how much better
the plan is, and whether the independent checker accepts the plan.
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the plugin folder: `core`

from core.linkage import (  # noqa: E402
    ConstructionParcels,
    ControlLineOverlaps,
    DemolitionParcels,
    LinkageRules,
    PlanOptions,
    decompose,  # noqa: E402
    model,  # noqa: E402
    plan_linkage,
)
from core.linkage.accounting import check_solution  # noqa: E402
from core.linkage.greedy import greedy  # noqa: E402

SIZES = {
    "small": (1000, 100, 5),
    "medium": (5000, 300, 10),
    "county": (5000, 500, 10),
    "large": (20000, 800, 20),
}


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


def parcels(c):
    """The county as the core's parcels; the excluded 建新 parcels lie on permanent farmland."""
    n, m = c["area_d"].size, c["area_c"].size
    demolition = DemolitionParcels(
        ids=np.array([f"D{i}" for i in range(n)], dtype=object),
        area_ha=c["area_d"],
        xy=c["xy_d"],
        kappa=c["kappa"],
        grade=c["grade_d"],
        cost=c["cost"],
        priority=c["priority"],
        protected=c["protected"],
        group=c["group_d"].astype(str).astype(object),
    )
    construction = ConstructionParcels(
        ids=np.array([f"C{j}" for j in range(m)], dtype=object),
        area_ha=c["area_c"],
        xy=c["xy_c"],
        value=c["value"],
        ctype=c["ctype"].astype(object),
        mandatory=np.zeros(m, dtype=bool),
        group=c["group_c"].astype(str).astype(object),
        occupied_ha=c["occupied"],
        occupied_grade=c["grade_c"].astype(float),
        overlaps=ControlLineOverlaps(np.where(c["excluded"], 100.0, 0.0), np.zeros(m)),
    )
    return demolition, construction


def run(name, n, m, n_groups, args, budget_share, workers=None):
    c = synthetic_county(n, m, n_groups, seed=20240 + n)
    demolition, construction = parcels(c)
    rules = LinkageRules(
        max_distance_m=args.max_distance,
        budget=budget_share * c["cost"].sum(),
        priority_weight=5.0,
        distance_weight=args.distance_weight,
    )
    decompose.AREA_WORKERS = workers
    t0 = time.perf_counter()
    canceled = (lambda: False) if args.cancellable else None  # solves in a worker process
    plan = plan_linkage(
        demolition,
        construction,
        rules,
        PlanOptions(args.time_limit, args.gap),
        is_canceled=canceled,
    )
    wall = time.perf_counter() - t0
    p, res = plan.problem, plan.result
    viol = check_solution(p, res.x, res.y, res.flows)
    g = greedy(p)
    better = (plan.objective - g.objective) / abs(g.objective) if g.objective else float("nan")
    print(
        f"{name:7s} workers={workers or 'cpus':>4} n={n:6d} m={m:4d} groups={n_groups:3d} "
        f"budget={budget_share:4.0%} "
        f"pairs={p.pair_i.size:8d} wall={wall:6.2f}s status={plan.status:12s} "
        f"obj={plan.objective:11.2f} bound={plan.bound:11.2f} gap={plan.gap:8.3%} "
        f"greedy={g.objective:11.2f} ({g.seconds:4.2f}s) vs greedy={better:+7.3%} "
        f"cost={plan.balance.total.cost:10.1f} check={'ok' if not viol else viol[:2]}",
        flush=True,
    )


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time-limit", type=float, default=20.0)
    ap.add_argument("--gap", type=float, default=1e-4, help="MIP_GAP (the algorithm's default)")
    ap.add_argument("--max-distance", type=float, default=5000.0)
    ap.add_argument(
        "--budget-shares",
        default="0,0.3",
        help="budgets as shares of the total 拆旧 cost, comma-separated (0 = no budget)",
    )
    ap.add_argument("--sizes", default="small,medium,county,large")
    ap.add_argument(
        "--distance-weight", type=float, default=0.5, help="λ per ha of quota per km (0: none)"
    )
    ap.add_argument(
        "--formulation",
        default="auto",
        choices=("auto", "pairs"),
        help="auto: flows per class of 拆旧 parcels when λ = 0; pairs: per pair (the old model)",
    )
    ap.add_argument(
        "--cancellable",
        action="store_true",
        help="pass a cancel callable, as QGIS does: every solve runs in a worker process",
    )
    ap.add_argument(
        "--area-workers",
        default="0",
        help="project areas solved at once, comma-separated to compare (0 = the CPU count)",
    )
    args = ap.parse_args(argv)
    model.AGGREGATE_FLOWS = args.formulation == "auto"
    print(
        f"TIME_LIMIT {args.time_limit:g} s, mip_rel_gap {args.gap:g}, pair limit "
        f"{args.max_distance:g} m, λ {args.distance_weight:g}, flows {args.formulation}"
        f"{', cancellable (worker process)' if args.cancellable else ''}; "
        "budget as a share of the total 拆旧 cost"
    )
    for share in (float(v) for v in args.budget_shares.split(",")):
        for name in args.sizes.split(","):
            for workers in (int(v) for v in args.area_workers.split(",")):
                run(name, *SIZES[name], args, share, workers or None)


if __name__ == "__main__":
    main()

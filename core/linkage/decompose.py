"""Using the structure: project areas share nothing but the county budget.

Without a budget the optimum is the sum of the project areas' optima, each a small model.
A binding budget ``Σ k_i x_i ≤ K`` is relaxed with a price ``μ ≥ 0`` (Lagrangian
relaxation): each project area then solves ``max objective_g − μ·cost_g`` on its own, a model
as easy as one without a budget, and

    L(μ) = Σ_g max_g (objective_g − μ·cost_g) + μ·K  ≥  the county optimum,

so every price gives an upper bound. The county LP relaxation gives a good first price (the
dual value of its budget row). The plans found, one ``(objective, cost)`` pair per area and
price, are combined by a small multiple-choice knapsack (:func:`choose_plans`: one plan per
area, the largest objective within the budget) into a feasible county plan.

The areas of one round are independent, so :func:`solve_areas` solves up to
:data:`AREA_WORKERS` of them at once, each in its own solver process (:mod:`core.solver`;
HiGHS holds the GIL, so threads alone would not overlap): the same models and plans as one
after the other, in the time of the slowest areas rather than their sum.
"""

from __future__ import annotations

import math
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable, List, Optional, Sequence

import numpy as np
from scipy.optimize import LinearConstraint

from ..solver import SolveCanceled, cancel_scope, milp, worker_python  # core/solver.py
from .accounting import Selection, objective_value
from .model import build_model, solve_model
from .problem import LinkageProblem, project_area

#: Seconds below which a solve is not started: the solver could not find anything in it.
MIN_SOLVE_SECONDS = 0.05
#: Most project areas solved at once (each in a solver process of ~100 MB); None: the CPU
#: count, at most :data:`MAX_AREA_WORKERS`. 1 solves them one after the other in this process.
AREA_WORKERS: Optional[int] = None
MAX_AREA_WORKERS = 8


@dataclass(frozen=True, eq=False)
class AreaPlan:
    """A plan of one project area (area rows): its objective and its cost ``Σ k x``."""

    selection: Selection
    objective: float
    cost: float

    def priced(self, price: float) -> float:
        return self.objective - price * self.cost


@dataclass(frozen=True, eq=False)
class AreaSolve:
    """One project area solved: status, plan (or None), and an upper bound on the area's
    ``objective − price·cost`` (always finite)."""

    status: str
    plan: Optional[AreaPlan]
    bound: float
    message: str = ""


class Areas:
    """The project areas of a problem, each with its model built once, on demand."""

    def __init__(self, p: LinkageProblem, vb):
        self.p = p
        self.parts = [project_area(p, g) for g in range(len(p.group_names))]
        self.bounds = [vb.rows(rows_d, rows_c) for _sub, rows_d, rows_c in self.parts]
        self.sizes = np.array([rd.size + rc.size for _s, rd, rc in self.parts], dtype=float)
        self.buildable = np.array([bool(np.any(b.hi_y > 0)) for b in self.bounds])
        self._models = {}

    def __len__(self):
        return len(self.parts)

    def problem(self, g: int) -> LinkageProblem:
        return self.parts[g][0]

    def model(self, g: int, budget: float = math.inf):
        """The model of area ``g``; with a finite ``budget`` its own budget row (not kept)."""
        if math.isfinite(budget):
            return build_model(replace(self.problem(g), budget=budget), self.bounds[g])
        if g not in self._models:
            self._models[g] = build_model(self.problem(g), self.bounds[g])
        return self._models[g]

    def plan(self, g: int, selection: Selection) -> AreaPlan:
        sub = self.problem(g)
        return AreaPlan(
            selection,
            objective_value(sub, selection.x, selection.y, selection.flows),
            float(sub.cost[selection.x].sum()),
        )

    def restrict(self, g: int, county: Selection) -> AreaPlan:
        """The part in area ``g`` of a county selection."""
        _sub, rows_d, rows_c = self.parts[g]
        keep = np.isin(county.flow_j, rows_c)
        new_i = np.full(self.p.n_demolition, -1, dtype=np.int64)
        new_i[rows_d] = np.arange(rows_d.size)
        new_j = np.full(self.p.n_construction, -1, dtype=np.int64)
        new_j[rows_c] = np.arange(rows_c.size)
        sel = Selection.of(
            county.x[rows_d],
            county.y[rows_c],
            new_i[county.flow_i[keep]],
            new_j[county.flow_j[keep]],
            county.flow_ha[keep],
        )
        return self.plan(g, sel)

    def combine(self, plans: Sequence[AreaPlan]) -> Selection:
        """The county selection made of one plan per area."""
        x = np.zeros(self.p.n_demolition, dtype=bool)
        y = np.zeros(self.p.n_construction, dtype=bool)
        fi, fj, ff = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], [np.zeros(0)]
        for (_sub, rows_d, rows_c), plan in zip(self.parts, plans):
            s = plan.selection
            x[rows_d], y[rows_c] = s.x, s.y
            fi.append(rows_d[s.flow_i])
            fj.append(rows_c[s.flow_j])
            ff.append(s.flow_ha)
        return Selection.of(x, y, np.concatenate(fi), np.concatenate(fj), np.concatenate(ff))

    def trivial_bound(self, g: int, price: float = 0.0) -> float:
        """An upper bound on ``objective − price·cost`` of area ``g`` from signs alone."""
        sub, b = self.problem(g), self.bounds[g]
        c = sub.effective_cost + price * sub.cost
        forced, free = b.lo_x > 0, (b.hi_x > 0) & (b.lo_x == 0)
        mand, opt = b.lo_y > 0, (b.hi_y > 0) & (b.lo_y == 0)
        return float(
            -c[forced].sum()
            + np.maximum(-c[free], 0).sum()
            + sub.value[mand].sum()
            + np.maximum(sub.value[opt], 0).sum()
        )

    def closed_form(self, g: int, price: float = 0.0, budget: float = math.inf) -> AreaSolve:
        """Area ``g`` where nothing can be built: reclaim what pays for itself (at ``price``),
        the most rewarding first, within ``budget``."""
        sub, b = self.problem(g), self.bounds[g]
        c = sub.effective_cost + price * sub.cost
        x = b.lo_x > 0
        spent = float(sub.cost[x].sum())
        for i in np.argsort(c, kind="stable"):
            if c[i] < 0 and b.hi_x[i] > 0 and not x[i] and spent + sub.cost[i] <= budget:
                x[i] = True
                spent += sub.cost[i]
        plan = self.plan(g, Selection.nothing(sub, x))
        if np.all(x[(c < 0) & (b.hi_x > 0)]):  # every parcel that pays for itself: optimal
            return AreaSolve("optimal", plan, plan.priced(price))
        return AreaSolve("heuristic", plan, self.trivial_bound(g, price))

    def solve(
        self,
        g: int,
        time_limit: float,
        mip_rel_gap: float,
        price: float = 0.0,
        budget: float = math.inf,
    ) -> AreaSolve:
        """Area ``g`` at budget ``price`` (and with its own ``budget`` when finite), within
        ``time_limit`` seconds."""
        if not self.buildable[g]:
            return self.closed_form(g, price, budget)
        out = solve_model(self.model(g, budget), time_limit, mip_rel_gap, price)
        plan = None
        if out.selection is not None:
            plan = AreaPlan(out.selection, out.objective, out.cost)
        bound = out.bound
        if not math.isfinite(bound) or math.isfinite(budget):
            bound = self.trivial_bound(g, price)  # an area budget's bound binds the area only
        if plan is not None:
            bound = max(bound, plan.priced(price))
        return AreaSolve(out.status, plan, bound, out.message)


def area_workers(n: int) -> int:
    """How many of ``n`` area solves run at once: :data:`AREA_WORKERS` (default the CPU
    count, at most :data:`MAX_AREA_WORKERS`), at most ``n``; 1 when no solver process can be
    started (:func:`worker_python`)."""
    k = min(int(AREA_WORKERS or min(os.cpu_count() or 1, MAX_AREA_WORKERS)), n)
    if k > 1 and worker_python() is None:
        return 1
    return max(k, 1)


def solve_areas(
    areas: Areas,
    end: float,
    mip_rel_gap: float,
    canceled: Callable[[], bool],
    price: float = 0.0,
    first: Sequence[bool] = (),
) -> Optional[List[AreaSolve]]:
    """Every area at budget ``price``, until ``end`` (a ``perf_counter`` time); the areas
    flagged in ``first`` first, then small areas first (large ones first when several run at
    once, so that the small ones fill in at the end). ``k`` = :func:`area_workers` areas run
    at once; an area starting gets ``k`` times its share by size of the time left for the
    areas not started yet (at most all of it), so time an area does not use passes to the
    next (``k = 1``: one after the other, in this process). None if canceled."""
    first = list(first) or [False] * len(areas)
    out: List[Optional[AreaSolve]] = [None] * len(areas)
    todo = []
    for g in range(len(areas)):
        if not areas.buildable[g]:
            out[g] = areas.closed_form(g, price)
        else:
            todo.append(g)
    k = area_workers(len(todo))
    sign = 1.0 if k == 1 else -1.0  # at once: the largest first, the small ones fill in
    todo.sort(key=lambda g: (not first[g], sign * areas.sizes[g]))
    left = [float(areas.sizes[todo].sum())]
    lock = threading.Lock()

    def one(g: int) -> Optional[AreaSolve]:
        if canceled():
            return None
        with lock:
            share = min(k * areas.sizes[g] / left[0], 1.0) if left[0] > 0 else 1.0
            left[0] -= areas.sizes[g]
        seconds = (end - time.perf_counter()) * share
        if seconds < MIN_SOLVE_SECONDS:
            return AreaSolve("time_limit", None, areas.trivial_bound(g, price))
        if k == 1:
            return areas.solve(g, seconds, mip_rel_gap, price)
        with cancel_scope(canceled):  # this thread's solves in a solver process
            return areas.solve(g, seconds, mip_rel_gap, price)

    if k == 1:
        for g in todo:
            out[g] = one(g)
            if out[g] is None:
                return None
        return out
    with ThreadPoolExecutor(max_workers=k) as pool:
        futures = [(g, pool.submit(one, g)) for g in todo]
        stopped = False
        for g, future in futures:
            try:
                out[g] = future.result()
            except SolveCanceled:
                stopped = True
            stopped = stopped or out[g] is None
    return None if stopped else out


def choose_plans(options: List[List[AreaPlan]], budget: float, time_limit: float):
    """Multiple-choice knapsack: one plan per area, the largest total objective with total
    cost ≤ ``budget``. Returns the chosen plan of each area, or None when none fits.

    Solved exactly as a small MILP; should the solver fail, plans are upgraded greedily from
    the cheapest per area, by objective gained per cost added.
    """
    sizes = [len(o) for o in options]
    if min(sizes, default=1) == 0:
        return None
    flat = [p for o in options for p in o]
    value = np.array([p.objective for p in flat])
    cost = np.array([p.cost for p in flat])
    area = np.repeat(np.arange(len(options)), sizes)
    if float(sum(min(p.cost for p in o) for o in options)) > budget:
        return None
    rows = np.zeros((len(options) + 1, value.size))
    rows[area, np.arange(value.size)] = 1.0
    rows[-1] = cost
    lo = np.r_[np.ones(len(options)), -np.inf]
    hi = np.r_[np.ones(len(options)), budget]
    try:
        res = milp(
            -value,
            integrality=np.ones(value.size),
            bounds=(0, 1),
            constraints=LinearConstraint(rows, lo, hi),
            options={"time_limit": max(float(time_limit), 0.05), "disp": False},
        )
        z = getattr(res, "x", None)
        pick = None if z is None else np.flatnonzero(np.asarray(z, dtype=float) > 0.5)
    except SolveCanceled:
        raise
    except Exception:  # noqa: BLE001 (fall back to the greedy choice below)
        pick = None
    if (
        pick is not None
        and np.array_equal(np.sort(area[pick]), np.arange(len(options)))
        and cost[pick].sum() <= budget
    ):
        chosen = [None] * len(options)
        for k in pick:
            chosen[area[k]] = flat[k]
        return chosen
    return _upgrade_greedily(options, budget)


def _upgrade_greedily(options, budget):
    chosen = [min(o, key=lambda p: (p.cost, -p.objective)) for o in options]
    spent = sum(p.cost for p in chosen)
    while True:
        best, best_rate = None, 0.0
        for g, o in enumerate(options):
            for p in o:
                dv, dc = p.objective - chosen[g].objective, p.cost - chosen[g].cost
                if dv <= 0 or spent + dc > budget:
                    continue
                rate = dv / dc if dc > 1e-12 else math.inf
                if best is None or rate > best_rate:
                    best, best_rate = (g, p), rate
        if best is None:
            return chosen
        g, p = best
        spent += p.cost - chosen[g].cost
        chosen[g] = p

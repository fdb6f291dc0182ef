"""The consolidation MILP, solved exactly by HiGHS (``scipy.optimize.milp``).

Variables: ``y_j`` (settlement j is central, binary) for the settlements that may be central
(fixed ones have lower bound 1), and ``x_ij`` (mover i goes wholly to j, binary) only for the
admissible pairs: i must move, j may be central, cost c_ij <= MAX_MOVE_COST.

- minimise Σ pop_i · c_ij · x_ij
- Σ_j y_j = CENTRAL_COUNT
- Σ_j x_ij = 1 for every mover i (single-source)
- x_ij <= y_j for every pair (the disaggregated, tight linking)
- Σ_i pop_i x_ij + (pop_j − MIN_CENTRAL_POP) y_j >= 0 where pop_j < MIN_CENTRAL_POP
- Σ_i pop_i x_ij + (pop_j − MAX_CENTRAL_POP) y_j <= 0 when a capacity is given
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint

from ..errors import URFlowError
from ..messages import tr
from ..solver import milp, require_milp  # cancellable under a cancel_scope
from .problem import Problem

MIP_REL_GAP = 1e-9


@dataclass(frozen=True, eq=False)
class Plan:
    """A solve's outcome: ``central`` (n, bool), ``target`` (n, index of the central village a
    mover goes to, -1 none), ``cost`` (n, NaN none), ``objective``, ``gap``, ``status``."""

    status: str
    central: np.ndarray
    target: np.ndarray
    cost: np.ndarray
    objective: float
    gap: float


def no_plan(problem: Problem, status: str) -> Plan:
    n = problem.n
    return Plan(
        status,
        problem.fixed.copy(),
        np.full(n, -1, dtype=np.int64),
        np.full(n, np.nan),
        math.nan,
        math.nan,
    )


def solve(problem: Problem) -> Plan:
    """The optimal plan (see the module doc), or an infeasible / time-limit status."""
    rule = problem.rule
    if problem.unplaced.any():
        return no_plan(problem, "infeasible")
    require_milp()  # a clear message on SciPy < 1.9
    n = problem.n
    pop = problem.population
    cand = np.flatnonzero(problem.eligible)
    m = cand.size
    col_of = -np.ones(n, dtype=np.int64)
    col_of[cand] = np.arange(m)
    movers = np.flatnonzero(problem.must_move)
    row_of = -np.ones(n, dtype=np.int64)
    row_of[movers] = np.arange(movers.size)
    pr, pc, pv = problem.pair_rows, problem.pair_cols, problem.pair_costs
    k = pr.size
    nv = m + k
    ycol = col_of[pc]
    xcol = m + np.arange(k)
    c = np.zeros(nv)
    c[m:] = pop[pr] * pv
    lb = np.zeros(nv)
    lb[:m][problem.fixed[cand]] = 1.0
    ub = np.ones(nv)
    blocks = []  # (rows, cols, values, lower, upper)
    blocks.append(
        (np.zeros(m, int), np.arange(m), np.ones(m), [rule.central_count], [rule.central_count])
    )
    if movers.size:
        one = np.ones(movers.size)
        blocks.append((row_of[pr], xcol, np.ones(k), one, one))
    if k:
        r = np.arange(k)
        blocks.append(
            (
                np.concatenate([r, r]),
                np.concatenate([xcol, ycol]),
                np.concatenate([np.ones(k), -np.ones(k)]),
                np.full(k, -np.inf),
                np.zeros(k),
            )
        )
    if rule.min_central_pop > 0:
        small = np.flatnonzero(pop[cand] < rule.min_central_pop)
        if small.size:
            index = -np.ones(m, dtype=np.int64)
            index[small] = np.arange(small.size)
            ok = index[ycol] >= 0
            blocks.append(
                (
                    np.concatenate([index[ycol[ok]], np.arange(small.size)]),
                    np.concatenate([xcol[ok], small]),
                    np.concatenate([pop[pr[ok]], pop[cand[small]] - rule.min_central_pop]),
                    np.zeros(small.size),
                    np.full(small.size, np.inf),
                )
            )
    if math.isfinite(rule.max_central_pop):
        blocks.append(
            (
                np.concatenate([ycol, np.arange(m)]),
                np.concatenate([xcol, np.arange(m)]),
                np.concatenate([pop[pr], pop[cand] - rule.max_central_pop]),
                np.full(m, -np.inf),
                np.zeros(m),
            )
        )
    constraints = []
    for rr, cc, vv, lower, upper in blocks:
        lower = np.asarray(lower, dtype=float)
        a = sp.csr_matrix((np.asarray(vv, float), (rr, cc)), shape=(lower.size, nv))
        constraints.append(LinearConstraint(a, lower, np.asarray(upper, dtype=float)))
    options = {"mip_rel_gap": MIP_REL_GAP, "disp": False}
    if math.isfinite(rule.time_limit):
        options["time_limit"] = float(rule.time_limit)
    bounds = Bounds(lb, ub)
    res = milp(c, integrality=np.ones(nv), bounds=bounds, constraints=constraints, options=options)
    if res.status == 2:
        return no_plan(problem, "infeasible")
    if res.status == 1 and res.x is None:
        return no_plan(problem, "time_limit")
    if res.status not in (0, 1) or res.x is None:
        raise URFlowError(
            tr("The solver stopped without a solution: {message}").format(message=res.message)
        )
    central = np.zeros(n, dtype=bool)
    central[cand[res.x[:m] > 0.5]] = True
    chosen = res.x[m:] > 0.5
    target = np.full(n, -1, dtype=np.int64)
    cost = np.full(n, np.nan)
    target[pr[chosen]] = pc[chosen]
    cost[pr[chosen]] = pv[chosen]
    moved = target >= 0
    objective = float((pop[moved] * cost[moved]).sum())
    gap = getattr(res, "mip_gap", None)
    gap = 0.0 if gap is None or not np.isfinite(gap) else max(0.0, float(gap))
    return Plan(
        "optimal" if res.status == 0 else "time_limit", central, target, cost, objective, gap
    )

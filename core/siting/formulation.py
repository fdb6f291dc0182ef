"""The four models as exact MILPs solved by HiGHS (``scipy.optimize.milp``).

Variables: ``y_j`` (open site j, binary; existing sites fixed to 1), ``x_ij`` for the pairs
:func:`~.sparsify.needed_pairs` keeps (assign demand i to site j; binary with capacities, i.e.
single-source, else continuous: for a fixed set of open sites the LP puts each point on its
nearest open site), ``z_i`` (MCLP, uncapacitated: i covered) and ``D`` (p-center: the largest
cost). New sites: ``Σ_{j new} y_j = p`` (MCLP, p-median, p-center); LSCP minimises it.

- LSCP: every coverable point has an open site within S (with capacities: is assigned to one
  within S).
- MCLP: maximise Σ w_i z_i, z_i <= Σ_{j: c_ij <= S} y_j (with capacities: z_i = Σ_j x_ij
  over pairs within S).
- p-median: minimise Σ w_i c_ij x_ij, Σ_j x_ij = 1 for every reachable point (uncapacitated:
  by the Benders decomposition of :mod:`.benders`, far faster on large instances).
- p-center: minimise D, Σ_j c_ij x_ij <= D (uncapacitated: by the search over cost levels of
  :mod:`.pcenter`, each level an LSCP).
- Capacities: Σ_i w_i x_ij <= cap_j y_j.

The reported solution is re-derived from the open sites (uncapacitated: nearest open site over
all listed pairs) or from the binary assignment (capacitated), and its objective recomputed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint

from ..errors import URFlowError
from ..messages import tr
from ..solver import milp  # cancellable under a cancel_scope (core/solver.py)
from .benders import solve_pmedian
from .pcenter import solve_pcenter
from .problem import Problem
from .sparsify import cover_pairs, needed_pairs

MIP_REL_GAP = 1e-9


@dataclass(frozen=True, eq=False)
class Solution:
    """One solve's outcome.

    Attributes
    ----------
    status : str
        'optimal', 'time_limit' or 'infeasible'.
    open : ndarray of bool, shape (m,)
        Open sites (existing ones included); all False when there is no solution.
    site : ndarray of int64, shape (n,)
        Assigned site per demand point, -1 = none.
    cost : ndarray of float, shape (n,)
        Cost to the assigned site, NaN = none.
    objective : float
        Recomputed from the solution (NaN without one): LSCP new sites, MCLP covered population,
        p-median Σ w·cost, p-center largest cost.
    gap : float
        HiGHS's relative MIP gap (0 when proven optimal, NaN without a solution).
    shortfall : float
        Capacity missing however sites are chosen (> 0 only for an infeasible capacitated run).
    p : int
        New sites asked for (LSCP: the number found).
    """

    status: str
    open: np.ndarray
    site: np.ndarray
    cost: np.ndarray
    objective: float
    gap: float
    shortfall: float
    p: int

    @property
    def has_solution(self) -> bool:
        return bool(self.open.any()) or self.status == "optimal"


def must_assign(problem: Problem, model: str) -> np.ndarray:
    """Points the model must assign: coverable (LSCP) or reachable (p-median, p-center)."""
    costs = problem.costs
    rows = costs.rows[cover_pairs(problem)] if model == "lscp" else costs.rows
    mask = np.zeros(problem.n, dtype=bool)
    mask[rows] = True
    if model == "mclp":
        mask[:] = False
    return mask


def capacity_shortfall(problem: Problem, model: str, p: int) -> float:
    """Population to assign minus the most capacity ``p`` new sites can add (>= 0)."""
    if problem.capacity is None:
        return 0.0
    need = float(problem.weights[must_assign(problem, model)].sum())
    cap = problem.capacity
    if model == "lscp":
        best = float(cap.sum())
    else:
        new = np.sort(cap[~problem.existing])[::-1]
        best = float(cap[problem.existing].sum() + new[:p].sum())
    return max(0.0, need - best)


def nearest_open(problem: Problem, is_open: np.ndarray):
    """``(site, cost)``: each point's nearest open site over all listed pairs (-1, NaN: none)."""
    costs = problem.costs
    keep = is_open[costs.cols]
    rows, cols, values = costs.rows[keep], costs.cols[keep], costs.values[keep]
    order = np.lexsort((cols, values, rows))
    rows, cols, values = rows[order], cols[order], values[order]
    first = np.ones(rows.size, dtype=bool)
    first[1:] = rows[1:] != rows[:-1]
    site = np.full(problem.n, -1, dtype=np.int64)
    cost = np.full(problem.n, np.nan)
    site[rows[first]] = cols[first]
    cost[rows[first]] = values[first]
    return site, cost


def objective_of(problem: Problem, model: str, is_open, site, cost) -> float:
    """The model's objective recomputed from a solution."""
    w = problem.weights
    assigned = site >= 0
    if model == "lscp":
        return float((is_open & ~problem.existing).sum())
    if model == "mclp":
        return float(w[assigned & (cost <= problem.threshold)].sum())
    if model == "pmedian":
        return float((w[assigned] * cost[assigned]).sum())
    return float(cost[assigned].max()) if assigned.any() else 0.0


def solve(problem: Problem, model: str, p: int, time_limit: float = math.inf) -> Solution:
    """Solve ``model`` with ``p`` new sites (LSCP: the fewest) exactly; see the module doc."""
    n, m = problem.n, problem.m
    none = Solution(
        "infeasible",
        np.zeros(m, dtype=bool),
        np.full(n, -1, dtype=np.int64),
        np.full(n, np.nan),
        math.nan,
        math.nan,
        0.0,
        p,
    )
    shortfall = capacity_shortfall(problem, model, p)
    if shortfall > 0:
        return Solution(**{**none.__dict__, "shortfall": shortfall})
    if model == "pmedian" and problem.capacity is None:
        status, is_open, gap = solve_pmedian(problem, p, time_limit)
        if is_open is None:
            return Solution(**{**none.__dict__, "status": status})
        site, cost = nearest_open(problem, is_open)
        objective = objective_of(problem, model, is_open, site, cost)
        return Solution(status, is_open, site, cost, objective, gap, 0.0, p)
    if model == "pcenter" and problem.capacity is None:
        status, is_open, gap = solve_pcenter(problem, p, time_limit)
        if is_open is None:
            return Solution(**{**none.__dict__, "status": status})
        site, cost = nearest_open(problem, is_open)
        objective = objective_of(problem, model, is_open, site, cost)
        return Solution(status, is_open, site, cost, objective, gap, 0.0, p)
    built = build(problem, model, p)
    options = {"mip_rel_gap": MIP_REL_GAP, "disp": False}
    if math.isfinite(time_limit):
        options["time_limit"] = float(time_limit)
    res = milp(
        built.c,
        integrality=built.integrality,
        bounds=Bounds(built.lb, built.ub),
        constraints=built.constraints,
        options=options,
    )
    if res.status == 2 or (res.status == 1 and res.x is None):
        status = "infeasible" if res.status == 2 else "time_limit"
        return Solution(**{**none.__dict__, "status": status})
    if res.status not in (0, 1) or res.x is None:
        raise URFlowError(
            tr("The solver stopped without a solution: {message}").format(message=res.message)
        )
    is_open = res.x[:m] > 0.5
    if problem.capacity is None:
        site, cost = nearest_open(problem, is_open)
    else:
        x = res.x[m : m + built.pair_rows.size] > 0.5
        site = np.full(n, -1, dtype=np.int64)
        cost = np.full(n, np.nan)
        site[built.pair_rows[x]] = built.pair_cols[x]
        cost[built.pair_rows[x]] = built.pair_costs[x]
    objective = objective_of(problem, model, is_open, site, cost)
    gap = getattr(res, "mip_gap", None)
    gap = 0.0 if gap is None or not np.isfinite(gap) else max(0.0, float(gap))
    status = "optimal" if res.status == 0 else "time_limit"
    if model == "lscp":
        p = int((is_open & ~problem.existing).sum())
    return Solution(status, is_open, site, cost, objective, gap, 0.0, p)


@dataclass(frozen=True, eq=False)
class Built:
    c: np.ndarray
    integrality: np.ndarray
    lb: np.ndarray
    ub: np.ndarray
    constraints: list
    pair_rows: np.ndarray
    pair_cols: np.ndarray
    pair_costs: np.ndarray


def build(problem: Problem, model: str, p: int) -> Built:
    """The MILP arrays of ``model`` (see the module docstring)."""
    n, m = problem.n, problem.m
    w, existing, cap = problem.weights, problem.existing, problem.capacity
    costs = problem.costs
    capacitated = cap is not None
    uses_x = capacitated or model in ("pmedian", "pcenter")
    keep = needed_pairs(problem, model) if uses_x else np.zeros(costs.values.size, bool)
    pr, pc, pv = costs.rows[keep], costs.cols[keep], costs.values[keep]
    k = pr.size
    rows_cov = np.zeros(n, dtype=bool)
    if model == "mclp" and not capacitated:
        cover = cover_pairs(problem)
        covered_by_existing = np.zeros(n, dtype=bool)
        covered_by_existing[costs.rows[cover & existing[costs.cols]]] = True
        rows_cov[costs.rows[cover]] = True
        rows_cov &= ~covered_by_existing & (w > 0)
    zi = np.flatnonzero(rows_cov)
    n_z = zi.size
    n_d = 1 if model == "pcenter" else 0
    nv = m + k + n_z + n_d
    c = np.zeros(nv)
    lb = np.zeros(nv)
    ub = np.ones(nv)
    lb[:m][existing] = 1.0
    integrality = np.zeros(nv)
    integrality[:m] = 1
    if capacitated:
        integrality[m : m + k] = 1
    if n_d:
        ub[-1] = np.inf
        c[-1] = 1.0
    if model == "lscp":
        c[:m][~existing] = 1.0
    elif model == "mclp":
        if capacitated:
            c[m : m + k] = -w[pr]
        else:
            c[m + k : m + k + n_z] = -w[zi]
    elif model == "pmedian":
        c[m : m + k] = w[pr] * pv
    cons = []  # (rows, cols, values, lower, upper) of each block of constraints
    if model != "lscp":
        new = np.flatnonzero(~existing)
        cons.append((np.zeros(new.size, int), new, np.ones(new.size), [p], [p]))
    xcols = m + np.arange(k)
    if uses_x:
        # assignment rows
        if model in ("pmedian", "pcenter", "lscp"):
            need = must_assign(problem, model)
            rows_idx = np.flatnonzero(need)
            index = -np.ones(n, dtype=np.int64)
            index[rows_idx] = np.arange(rows_idx.size)
            ok = index[pr] >= 0
            lo = np.ones(rows_idx.size)
            cons.append((index[pr][ok], xcols[ok], np.ones(ok.sum()), lo, lo))
        else:  # capacitated MCLP: at most one site
            uniq, inv = np.unique(pr, return_inverse=True)
            cons.append((inv, xcols, np.ones(k), np.zeros(uniq.size), np.ones(uniq.size)))
        # linking x_ij <= y_j (sites not fixed open)
        link = ~existing[pc]
        nl = int(link.sum())
        if nl:
            r = np.arange(nl)
            cons.append(
                (
                    np.concatenate([r, r]),
                    np.concatenate([xcols[link], pc[link]]),
                    np.concatenate([np.ones(nl), -np.ones(nl)]),
                    np.full(nl, -np.inf),
                    np.zeros(nl),
                )
            )
        if capacitated:
            cons.append(
                (
                    np.concatenate([pc, np.arange(m)]),
                    np.concatenate([xcols, np.arange(m)]),
                    np.concatenate([w[pr], -cap]),
                    np.full(m, -np.inf),
                    np.zeros(m),
                )
            )
        if model == "pcenter":
            rr = np.concatenate([pr, np.arange(n)])
            cc = np.concatenate([xcols, np.full(n, nv - 1)])
            vv = np.concatenate([pv, -np.ones(n)])
            cons.append((rr, cc, vv, np.full(n, -np.inf), np.zeros(n)))
    elif model == "lscp":
        cover = cover_pairs(problem)
        covered_by_existing = np.zeros(n, dtype=bool)
        covered_by_existing[costs.rows[cover & existing[costs.cols]]] = True
        need = must_assign(problem, "lscp") & ~covered_by_existing
        rows_idx = np.flatnonzero(need)
        index = -np.ones(n, dtype=np.int64)
        index[rows_idx] = np.arange(rows_idx.size)
        ok = cover & (index[costs.rows] >= 0)
        lo = np.ones(rows_idx.size)
        cons.append((index[costs.rows[ok]], costs.cols[ok], np.ones(ok.sum()), lo, np.inf * lo))
    else:  # uncapacitated MCLP: z_i - Σ y_j <= 0
        cover = cover_pairs(problem)
        index = -np.ones(n, dtype=np.int64)
        index[zi] = np.arange(n_z)
        ok = cover & (index[costs.rows] >= 0)
        rr = np.concatenate([index[costs.rows[ok]], np.arange(n_z)])
        cc = np.concatenate([costs.cols[ok], m + k + np.arange(n_z)])
        vv = np.concatenate([-np.ones(ok.sum()), np.ones(n_z)])
        cons.append((rr, cc, vv, np.full(n_z, -np.inf), np.zeros(n_z)))
    constraints = []
    for rr, cc, vv, lower, upper in cons:
        lower = np.asarray(lower, dtype=float)
        if lower.size == 0:
            continue
        a = sp.csr_matrix((vv, (rr, cc)), shape=(lower.size, nv))
        constraints.append(LinearConstraint(a, lower, np.asarray(upper, dtype=float)))
    return Built(c, integrality, lb, ub, constraints, pr, pc, pv)

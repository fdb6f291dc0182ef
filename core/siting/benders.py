"""Uncapacitated p-median by Benders decomposition (Duran-Mateluna, Ales & Elloumi 2023).

The master keeps only the sites ``y_j`` and one cost variable ``θ_i`` per reachable demand
point: minimise ``Σ_i w_i θ_i`` subject to ``Σ_{j new} y_j = p``, existing sites fixed open,
``Σ_{j listed for i} y_j >= 1`` and the cuts

    θ_i >= D - Σ_{j: c_ij < D} (D - c_ij) y_j      for any cost level D of point i.

Each cut is valid (if i's nearest open site costs c* < D the right side is at most c*, else it
is at most D <= c*) and for binary y the cut at D = c* is tight, so the master with all cuts is
the p-median exactly. Cuts are added lazily: for a (fractional) y the most violated cut of
point i is at the first level where the open share of its sites within D reaches 1. First the
LP relaxation is closed by cuts, then the MILP master is re-solved with HiGHS until the true
cost of its sites equals its bound (the optimum, proven: the master bound is a lower bound and
the sites' true cost an upper bound).

A pair not listed is never used, nor a pair beyond the bound ``b_i`` of
:mod:`.sparsify`; only pairs cheaper than a point's current level enter a cut, so the cuts
stay as sparse as the solution is spread.
"""

from __future__ import annotations

import math
import time

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint

from ..solver import milp  # cancellable under a cancel_scope (core/solver.py)
from .sparsify import bound_per_demand

TOLERANCE = 1e-7
MAX_LP_ROUNDS = 200
TAIL = 1e-5


class Master:
    """The growing master problem and its cuts."""

    def __init__(self, problem, p):
        self.problem = problem
        self.p = p
        dense = problem.costs.dense()
        # the safe sparsification of :mod:`.sparsify`: i's nearest open site never costs more
        # than b_i, so pairs beyond it never serve i and never set a cut level
        bound = bound_per_demand(problem, p)
        dense = np.where(dense <= bound[:, None], dense, np.inf)
        self.reach = np.flatnonzero(np.isfinite(dense).any(axis=1))
        self.c = dense[self.reach]
        self.order = np.argsort(self.c, axis=1, kind="stable")
        self.sorted = np.take_along_axis(self.c, self.order, axis=1)
        self.w = problem.weights[self.reach]
        self.m = problem.m
        self.r = self.reach.size
        self.cut_rows, self.cut_cols, self.cut_vals, self.cut_rhs = [], [], [], []
        self.n_cuts = 0

    def base_constraints(self):
        m, r = self.m, self.r
        nv = m + r
        existing = self.problem.existing
        rows = [np.zeros((~existing).sum(), int)]
        cols = [np.flatnonzero(~existing)]
        vals = [np.ones((~existing).sum())]
        lower, upper = [float(self.p)], [float(self.p)]
        listed = np.isfinite(self.c)
        needs = ~(listed & existing[None, :]).any(axis=1) & ~listed.all(axis=1)
        for k, i in enumerate(np.flatnonzero(needs), start=1):
            js = np.flatnonzero(listed[i])
            rows.append(np.full(js.size, k))
            cols.append(js)
            vals.append(np.ones(js.size))
            lower.append(1.0)
            upper.append(np.inf)
        a = sp.csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
            shape=(len(lower), nv),
        )
        return LinearConstraint(a, np.array(lower), np.array(upper))

    def separate(self, y, theta, at=None):
        """Add, for every point whose θ lies below it, the cut that is tightest at sites ``at``
        (default ``y``) when it is violated at ``(y, θ)``; the count added."""
        at = y if at is None else at
        # unlisted sites (inf cost) never serve i: the level is the first listed cost at which
        # the open share reaches 1, else i's largest listed cost (every such cut is valid)
        ys = np.where(np.isfinite(self.sorted), at[self.order], 0.0)
        cum = np.cumsum(ys, axis=1)
        level = np.argmax(cum >= 1 - 1e-9, axis=1)
        has = (cum >= 1 - 1e-9).any(axis=1)
        level = np.where(has, level, np.isfinite(self.sorted).sum(axis=1) - 1)
        d = self.sorted[np.arange(self.r), level]
        below = self.c < d[:, None]
        gain = np.where(below, d[:, None] - self.c, 0.0)
        value = d - (gain * y[None, :]).sum(axis=1)
        violated = np.flatnonzero(theta < value - TOLERANCE * np.maximum(1.0, np.abs(value)))
        for i in violated:
            js = np.flatnonzero(below[i])
            self.cut_rows.append(np.full(js.size + 1, self.n_cuts))
            self.cut_cols.append(np.concatenate([js, [self.m + i]]))
            self.cut_vals.append(np.concatenate([gain[i, js], [1.0]]))
            self.cut_rhs.append(d[i])
            self.n_cuts += 1
        return violated.size

    def prune(self, x):
        """Drop the cuts that are slack at ``x`` (the LP rounds stay small; any subset of
        valid cuts still gives a lower bound)."""
        if not self.n_cuts:
            return
        slack = np.array(
            [
                float(vals @ x[cols]) - rhs
                for cols, vals, rhs in zip(self.cut_cols, self.cut_vals, self.cut_rhs)
            ]
        )
        keep = slack <= TOLERANCE * np.maximum(1.0, np.abs(self.cut_rhs))
        self.cut_cols = [c for c, k in zip(self.cut_cols, keep) if k]
        self.cut_vals = [v for v, k in zip(self.cut_vals, keep) if k]
        self.cut_rhs = [r for r, k in zip(self.cut_rhs, keep) if k]
        self.n_cuts = len(self.cut_rhs)
        self.cut_rows = [np.full(c.size, k) for k, c in enumerate(self.cut_cols)]

    def solve(self, integral, time_limit):
        m, r = self.m, self.r
        nv = m + r
        c = np.concatenate([np.zeros(m), self.w])
        lb = np.concatenate([self.problem.existing.astype(float), np.nanmin(self.c, axis=1)])
        ub = np.concatenate([np.ones(m), np.full(r, np.inf)])
        constraints = [self.base_constraints()]
        if self.n_cuts:
            a = sp.csr_matrix(
                (
                    np.concatenate(self.cut_vals),
                    (np.concatenate(self.cut_rows), np.concatenate(self.cut_cols)),
                ),
                shape=(self.n_cuts, nv),
            )
            constraints.append(LinearConstraint(a, np.array(self.cut_rhs), np.inf))
        integrality = np.zeros(nv)
        if integral:
            integrality[:m] = 1
        options = {"disp": False, "mip_rel_gap": 1e-9}
        if math.isfinite(time_limit):
            options["time_limit"] = max(time_limit, 0.01)
        return milp(
            c,
            integrality=integrality,
            bounds=Bounds(lb, ub),
            constraints=constraints,
            options=options,
        )

    def true_cost(self, y):
        opened = y > 0.5
        near = np.where(opened[None, :], self.c, np.inf).min(axis=1)
        return float((self.w * near).sum())


def solve_pmedian(problem, p, time_limit=math.inf):
    """``(status, is_open, gap)``: 'optimal', 'time_limit' or 'infeasible' (see module doc)."""
    start = time.perf_counter()
    master = Master(problem, p)

    def left():
        return time_limit - (time.perf_counter() - start)

    if master.r == 0:
        is_open = problem.existing.copy()
        new = np.flatnonzero(~problem.existing)[:p]
        is_open[new] = True
        return "optimal", is_open, 0.0
    # in-out stabilisation (Ben-Ameur & Neto 2007): cuts are first taken at a point between the
    # LP optimum and a stability centre, which converges in far fewer rounds; only when no such
    # cut is violated is the LP optimum itself separated (the exact test that ends the phase).
    centre = np.where(problem.existing, 1.0, p / max(problem.n_new_candidates, 1))
    previous, slow = -math.inf, 0
    for _ in range(MAX_LP_ROUNDS):
        res = master.solve(False, left())
        if res.status == 2:
            return "infeasible", None, math.nan
        if res.x is None:
            return "time_limit", None, math.nan
        # tailing off: two rounds in a row that raise the bound by < 1e-5 (relative) end the
        # LP phase; the integer rounds below still prove optimality
        slow = slow + 1 if res.fun - previous < TAIL * max(abs(res.fun), 1.0) else 0
        previous = res.fun
        if slow >= 2:
            break
        master.prune(res.x)
        y = res.x[: master.m]
        middle = 0.5 * (y + centre)
        centre = middle
        if master.separate(y, res.x[master.m :], at=middle) > 0:
            continue
        if master.separate(y, res.x[master.m :]) == 0:
            if np.all(np.abs(y - np.round(y)) <= 1e-9):
                # the LP optimum is integral and no cut is violated: it is the optimum
                return "optimal", np.round(y) > 0.5, 0.0
            break
        if left() <= 0:
            break
    best, best_cost = None, math.inf
    while True:
        res = master.solve(True, left())
        if res.status == 2:
            return "infeasible", None, math.nan
        if res.x is None:
            return "time_limit", best, math.nan if best is None else 1.0
        y = np.round(res.x[: master.m])
        cost = master.true_cost(y)
        if cost < best_cost:
            best, best_cost = y > 0.5, cost
        bound = float(res.fun) if res.status == 0 else float(getattr(res, "mip_dual_bound", 0))
        gap = max(0.0, (best_cost - bound) / max(abs(best_cost), 1e-12))
        if gap <= 1e-9 and res.status == 0:
            return "optimal", best, 0.0
        if res.status != 0 or left() <= 0:
            return "time_limit", best, gap
        if master.separate(y, res.x[master.m :]) == 0:
            return "optimal", best, 0.0

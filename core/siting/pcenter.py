"""Uncapacitated p-center by a search over cost levels, each a set-covering MILP.

The optimum of a p-center is one of the listed costs. For a level r, "p new sites can put every
reachable point within r of an open site" is an LSCP with threshold r whose fewest new sites
is <= p. Feasibility only grows with r, so a binary search over the sorted distinct costs (from
the largest nearest-candidate cost, below which some point cannot be within r at all) finds
the smallest feasible level r*, which is the optimum. Extra new sites (up to p) are opened at
no harm (more open sites never raise a nearest cost); each point goes to its nearest open site.
"""

from __future__ import annotations

import math
import time

import numpy as np

from .problem import Problem


def solve_pcenter(problem: Problem, p: int, time_limit: float = math.inf):
    """``(status, is_open, gap)``: 'optimal', 'time_limit' or 'infeasible'."""
    from .formulation import solve  # the LSCP of each level

    start = time.perf_counter()
    costs = problem.costs
    if costs.values.size == 0:
        is_open = problem.existing.copy()
        is_open[np.flatnonzero(~problem.existing)[:p]] = True
        return "optimal", is_open, 0.0
    nearest = np.full(problem.n, np.inf)
    np.minimum.at(nearest, costs.rows, costs.values)
    low = float(nearest[np.isfinite(nearest)].max())
    levels = np.unique(costs.values[costs.values >= low])
    best = None
    lo, hi = 0, levels.size - 1
    status = "optimal"
    while lo <= hi:
        left = time_limit - (time.perf_counter() - start)
        if left <= 0:
            status = "time_limit"
            break
        mid = (lo + hi) // 2
        level = Problem(problem.weights, problem.existing, None, costs, float(levels[mid]))
        cover = solve(level, "lscp", 0, left)
        if cover.status == "optimal" and cover.p <= p:
            best, hi = cover.open, mid - 1
        elif cover.status in ("optimal", "infeasible"):
            lo = mid + 1
        else:
            status = "time_limit"
            break
    if best is None:
        return ("infeasible" if status == "optimal" else status), None, math.nan
    is_open = best.copy()
    extra = np.flatnonzero(~is_open)[: p - int((is_open & ~problem.existing).sum())]
    is_open[extra] = True
    return status, is_open, 0.0 if status == "optimal" else math.nan

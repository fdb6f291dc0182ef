"""An independent check of a solution against every constraint of its model.

It reads only the problem's arrays and the solution's open sites and assignment (not the MILP),
and returns the codes of the rules broken (empty = the solution is valid):

``existing_closed`` an existing site is not open; ``new_count`` the number of new sites is not
``p``; ``closed_site`` a point is assigned to a closed site; ``unlisted_pair`` to a site it has no
cost to; ``cost_mismatch`` its reported cost differs from the listed one; ``unassigned`` a point
the model must assign (LSCP: coverable; p-median, p-center: reachable) is not assigned;
``uncovered`` (LSCP) a coverable point has no open site within the threshold; ``beyond_threshold``
(capacitated LSCP, MCLP) an assignment costs more than the threshold; ``capacity`` a site's load
exceeds its capacity; ``not_nearest`` (uncapacitated) a point is not on its nearest open site;
``objective`` the reported objective differs from the recomputed one.
"""

from __future__ import annotations

import math

import numpy as np

from .problem import Problem

TOLERANCE = 1e-6


def check_solution(problem: Problem, model: str, p: int, solution) -> list:
    """Codes of the broken rules of ``solution`` (a :class:`~.formulation.Solution`)."""
    broken = []
    costs = problem.costs
    dense = np.full(problem.costs.shape, np.inf)
    dense[costs.rows, costs.cols] = costs.values
    is_open = np.asarray(solution.open, dtype=bool)
    site = np.asarray(solution.site)
    cost = np.asarray(solution.cost, dtype=float)
    w = problem.weights
    s = problem.threshold
    if not is_open[problem.existing].all():
        broken.append("existing_closed")
    n_new = int((is_open & ~problem.existing).sum())
    if model != "lscp" and n_new != p:
        broken.append("new_count")
    assigned = site >= 0
    rows = np.flatnonzero(assigned)
    if (~is_open[site[rows]]).any():
        broken.append("closed_site")
    listed = dense[rows, site[rows]]
    if np.isinf(listed).any():
        broken.append("unlisted_pair")
    elif not np.allclose(listed, cost[rows], rtol=0, atol=TOLERANCE):
        broken.append("cost_mismatch")
    reachable = np.isfinite(dense).any(axis=1)
    coverable = (dense <= s).any(axis=1)
    if model in ("pmedian", "pcenter") and (reachable & ~assigned).any():
        broken.append("unassigned")
    if model == "lscp":
        open_cover = (dense[:, is_open] <= s).any(axis=1)
        if (coverable & ~open_cover).any():
            broken.append("uncovered")
        if problem.capacity is not None and (coverable & ~assigned).any():
            broken.append("unassigned")
    if problem.capacity is not None:
        if model in ("lscp", "mclp") and (cost[rows] > s + TOLERANCE).any():
            broken.append("beyond_threshold")
        load = np.bincount(site[rows], weights=w[rows], minlength=problem.m)
        if (load > problem.capacity * (1 + 1e-9) + TOLERANCE).any():
            broken.append("capacity")
    else:
        nearest = np.where(is_open[None, :], dense, np.inf).min(axis=1)
        near_rows = np.flatnonzero(np.isfinite(nearest))
        if (~assigned[near_rows]).any() or not np.allclose(
            cost[near_rows], nearest[near_rows], rtol=0, atol=TOLERANCE
        ):
            broken.append("not_nearest")
    if model == "lscp":
        value = float(n_new)
    elif model == "mclp":
        value = float(w[assigned & (cost <= s)].sum())
    elif model == "pmedian":
        value = float((w[rows] * cost[rows]).sum())
    else:
        value = float(cost[rows].max()) if rows.size else 0.0
    if not math.isclose(value, solution.objective, rel_tol=1e-9, abs_tol=TOLERANCE):
        broken.append("objective")
    return broken

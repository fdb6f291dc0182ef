"""Which demand–candidate pairs a model needs: a reduction proven not to change the optimum.

LSCP and MCLP need only the pairs within the threshold (a pair beyond it covers nothing).

Uncapacitated p-median and p-center: an optimal assignment sends each demand point to its
nearest open site (moving it there never raises its cost, so neither the sum nor the maximum
rises). Let ``e_i`` be the cost to i's nearest existing site (always open) and, with ``N`` new
candidates of which exactly ``p`` open, ``f_i`` the cost of i's ``(N - p + 1)``-th nearest new
candidate: at most ``N - p`` new candidates are closed, so at least one of those ``N - p + 1``
is open. Hence i's nearest open site costs at most ``b_i = min(e_i, f_i)`` in every solution,
and pairs costing more than ``b_i`` are never used by a nearest assignment: dropping them keeps
an optimal solution feasible and leaves the optimum unchanged. (When i lists fewer than
``N - p + 1`` new candidates, ``f_i`` is inf.)

The uncapacitated p-median (:mod:`.benders`) drops the pairs beyond ``b_i``; the uncapacitated
p-center (:mod:`.pcenter`) only ever looks at pairs within the level it tests. Capacitated
models may have to send a point past its nearest open site, so no pair is dropped.
"""

from __future__ import annotations

import numpy as np

from .problem import Problem


def cover_pairs(problem: Problem) -> np.ndarray:
    """Mask of the pairs within the threshold (inclusive)."""
    return problem.costs.values <= problem.threshold


def bound_per_demand(problem: Problem, p: int) -> np.ndarray:
    """``b_i``, shape (n,): an upper bound on i's nearest open cost with ``p`` new sites."""
    costs = problem.costs
    n = problem.n
    existing_pair = problem.existing[costs.cols]
    e = np.full(n, np.inf)
    np.minimum.at(e, costs.rows[existing_pair], costs.values[existing_pair])
    k = problem.n_new_candidates - p + 1
    f = np.full(n, np.inf)
    if k >= 1:
        rows, values = costs.rows[~existing_pair], costs.values[~existing_pair]
        order = np.lexsort((values, rows))
        rows, values = rows[order], values[order]
        starts = np.searchsorted(rows, np.arange(n))
        counts = np.bincount(rows, minlength=n)
        has = counts >= k
        f[has] = values[starts[has] + k - 1]
    return np.minimum(e, f)


def needed_pairs(problem: Problem, model: str) -> np.ndarray:
    """Mask of the pairs the compact MILP of ``model`` needs: within the threshold (LSCP,
    MCLP), else all (the capacitated p-median and p-center; the uncapacitated ones are solved
    by :mod:`.benders`, which applies :func:`bound_per_demand`, and :mod:`.pcenter`)."""
    if model in ("lscp", "mclp"):
        return cover_pairs(problem)
    return np.ones(problem.costs.values.size, dtype=bool)

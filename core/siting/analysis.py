"""The one public entry of facility siting: :func:`site_facilities`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from ..access.gaps import weighted_gini
from ..solver import SolveCanceled, cancel_scope
from .checker import check_solution
from .formulation import Solution, solve
from .problem import SiteCosts, SitingRule, checked_problem


class Canceled(Exception):
    """Raised between solves when ``is_canceled()`` returns True, and during a solve within
    about 0.1 s (the solve then runs in a worker process, killed on cancel; core/solver.py)."""


@dataclass(frozen=True)
class CurvePoint:
    """The best solution with ``k`` new sites (LSCP runs draw the MCLP curve).

    ``objective`` is that model's objective; ``covered_pop`` and ``coverage_rate`` count people
    whose assigned cost is within the threshold; ``mean_cost`` (population-weighted),
    ``max_cost`` and ``gini`` (of cost over population) are over assigned points; ``new`` holds
    the candidate indices opened.
    """

    k: int
    status: str
    objective: float
    covered_pop: float
    coverage_rate: float
    mean_cost: float
    max_cost: float
    gini: float
    new: tuple


@dataclass(frozen=True, eq=False)
class SitingResult:
    """Everything :func:`site_facilities` computes.

    Arrays by candidate, shape (m,): ``selected`` (open, existing included), ``existing``,
    ``new`` (open and not existing), ``assigned_pop`` (population assigned), ``load``
    (assigned / capacity; NaN without capacities or where capacity is 0).
    Arrays by demand point, shape (n,): ``site`` (index of the assigned site, -1 none),
    ``site_cost`` (NaN none), ``covered`` (assigned at cost <= threshold), ``uncoverable`` (no
    candidate within the threshold), ``unreachable`` (no listed cost to any candidate).
    Figures: ``status`` ('optimal', 'time_limit', 'infeasible'), ``objective``, ``gap``,
    ``shortfall`` (capacity missing, > 0 only when infeasible for capacity), ``covered_pop``,
    ``coverage_rate`` (population-weighted), ``mean_cost``, ``max_cost``, ``gini``; ``curve``
    (one :class:`CurvePoint` per k, empty without a curve); ``violations`` (codes of
    :func:`~.checker.check_solution`, empty for a valid solution).
    """

    model: str
    status: str
    objective: float
    gap: float
    shortfall: float
    selected: np.ndarray
    existing: np.ndarray
    new: np.ndarray
    assigned_pop: np.ndarray
    load: np.ndarray
    site: np.ndarray
    site_cost: np.ndarray
    covered: np.ndarray
    uncoverable: np.ndarray
    unreachable: np.ndarray
    covered_pop: float
    coverage_rate: float
    mean_cost: float
    max_cost: float
    gini: float
    curve: tuple
    violations: tuple

    @property
    def new_indices(self) -> np.ndarray:
        return np.flatnonzero(self.new)

    @property
    def site_role(self) -> np.ndarray:
        """Stable code of each candidate: ``new``, ``existing`` or ``candidate`` (not chosen),
        labelled by :data:`~.problem.SITE_ROLE_LABELS`."""
        return np.where(self.new, "new", np.where(self.existing, "existing", "candidate")).astype(
            object
        )


def site_facilities(
    weights,
    existing,
    costs: SiteCosts,
    rule: SitingRule,
    capacity=None,
    is_canceled: Optional[Callable[[], bool]] = None,
    progress: Optional[Callable[[float], None]] = None,
) -> SitingResult:
    """Choose new facility sites by LSCP, MCLP, p-median or p-center, solved exactly.

    Parameters
    ----------
    weights : array_like, shape (n,)
        Population of each demand point (>= 0).
    existing : array_like of bool, shape (m,)
        Candidates that are existing facilities: always open, never counted as new.
    costs : SiteCosts
        Demand-to-candidate costs; a pair not listed cannot be assigned.
    rule : SitingRule
        Model, new sites, threshold (inclusive), curve, time limit.
    capacity : array_like, shape (m,), optional
        Places per site; when given, assignment is single-source within capacity.
    is_canceled, progress : callables, optional

    Returns
    -------
    SitingResult
    """
    problem, rule = checked_problem(weights, existing, costs, rule, capacity)
    try:
        with cancel_scope(is_canceled):
            return _site(problem, rule, is_canceled, progress)
    except SolveCanceled:
        raise Canceled() from None


def _site(problem, rule, is_canceled, progress) -> SitingResult:
    report = progress or (lambda fraction: None)
    canceled = is_canceled or (lambda: False)
    n_new = problem.n_new_candidates
    ks = list(range(min(rule.curve_max, n_new) + 1)) if rule.curve_max > 0 else []
    steps = len(ks) + 1
    main = solve(problem, rule.model, rule.new_facilities, rule.time_limit)
    report(1 / steps)
    curve_model = "mclp" if rule.model == "lscp" else rule.model
    curve = []
    for done, k in enumerate(ks, start=2):
        if canceled():
            raise Canceled()
        if curve_model == rule.model and k == rule.new_facilities:
            point = main
        else:
            point = solve(problem, curve_model, k, rule.time_limit)
        figures = summary(problem, point)
        curve.append(
            CurvePoint(
                k,
                point.status,
                point.objective,
                *figures,
                tuple(int(j) for j in np.flatnonzero(point.open & ~problem.existing)),
            )
        )
        report(done / steps)
    return result_of(problem, rule, main, tuple(curve))


def summary(problem, solution: Solution):
    """``(covered_pop, coverage_rate, mean_cost, max_cost, gini)`` of one solution."""
    w = problem.weights
    assigned = solution.site >= 0
    covered = assigned & (solution.cost <= problem.threshold)
    total = float(w.sum())
    covered_pop = float(w[covered].sum())
    rate = covered_pop / total if total > 0 else math.nan
    wa, ca = w[assigned], solution.cost[assigned]
    mean = float((wa * ca).sum() / wa.sum()) if wa.sum() > 0 else math.nan
    top = float(ca.max()) if ca.size else math.nan
    gini = weighted_gini(ca, wa) if ca.size else math.nan
    return covered_pop, rate, mean, top, gini


def result_of(problem, rule, solution: Solution, curve) -> SitingResult:
    w = problem.weights
    site, cost = solution.site, solution.cost
    assigned = site >= 0
    assigned_pop = np.bincount(site[assigned], weights=w[assigned], minlength=problem.m)
    load = np.full(problem.m, np.nan)
    if problem.capacity is not None:
        positive = problem.capacity > 0
        load[positive] = assigned_pop[positive] / problem.capacity[positive]
    dense = problem.costs.dense()
    unreachable = ~np.isfinite(dense).any(axis=1)
    uncoverable = ~(dense <= problem.threshold).any(axis=1)
    violations = ()
    if solution.status != "infeasible":
        violations = tuple(check_solution(problem, rule.model, solution.p, solution))
    figures = summary(problem, solution)
    return SitingResult(
        rule.model,
        solution.status,
        solution.objective,
        solution.gap,
        solution.shortfall,
        solution.open.copy(),
        problem.existing.copy(),
        solution.open & ~problem.existing,
        assigned_pop,
        load,
        site,
        cost,
        assigned & (cost <= problem.threshold),
        uncoverable,
        unreachable,
        *figures,
        curve,
        violations,
    )

"""The exact optimiser: one clock for the whole run, the models it solves, the plan it returns.

``time_limit`` is the limit of the whole run — greedy plan, every project-area model, the
county LP and model, the diagnosis — apart from building the models and the final accounting
(about 5 % of the time, at most 1 s, is kept for that). The time is shared as follows:

1. the greedy plan first (a fraction of a second): the fallback, checked like any plan;
2. **one project area** (no GROUP_FIELD): the county model gets all the time left;
3. **several areas, no budget**: the areas are solved apart, the time left shared by size
   (parcels), small areas first, time an area does not use passing to the next; up to one
   area per CPU core at once, the largest first (:func:`~.decompose.solve_areas`). The gap
   that counts is the county's, and most areas end well inside their own, so each area is
   first solved to :data:`AREA_GAP_FACTOR` times ``mip_rel_gap``; while the county's gap is
   still wider than ``mip_rel_gap``, the area with the widest gap has its bound lowered by
   what is missing, by a short solve that counts only the plans above the lower bound (or,
   failing that, is solved again to ``mip_rel_gap``);
4. **several areas and a budget**: the county LP relaxation (at most 20 % of the time)
   gives a bound and the budget's price μ (the dual value of its budget row). When it gives
   no price in its time, or the budget does not bind in it, the areas are first solved
   without the budget (60 % of the time left; 90 % when the budget does not bind in the LP):
   if their plans fit the budget, that is the plan; else a first price comes from their
   value per cost. Then up to three Lagrangian
   rounds share 75 % of the time left (:mod:`.decompose`): each solves every area once at
   one price, as in 3, and gives the bound ``L(μ)``; the next price is where the lines of the
   combined plans above and within the budget cross. Every area plan found is combined by a
   multiple-choice knapsack under the budget; the budget left unused goes to the areas in
   turn, each re-solved with its own budget (60 % of the time left; all of it when an area
   solve already needed its whole share, for then the county model could not do better in
   less); the county model gets the rest, unless the plan is proven optimal.

The best plan known at the end is returned — a model's, the combined areas', or the greedy
one — after the independent checker (:func:`~.accounting.check_solution`) accepts it, with the
best bound known: the minimum of the LP bound, the Lagrangian bounds, the county model's bound,
the sum of the areas' bounds without the budget and a bound from signs alone. A solver that
fails (an exception, numerical trouble, no solution when one was expected) never stops the
run: its model is skipped and said in ``message``, and the status is ``solver_error`` unless
the plan is proven optimal anyway.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Callable, List, Optional

import numpy as np

from ..checks import positive_number
from ..errors import InfeasibleError, InputError
from ..messages import tr
from ..solver import SolveCanceled, cancel_scope
from .accounting import Selection, check_solution, objective_value, within_budget
from .decompose import (
    MIN_SOLVE_SECONDS,
    AreaPlan,
    Areas,
    AreaSolve,
    choose_plans,
    solve_areas,
)
from .diagnosis import diagnose_infeasibility, no_plan, quick_diagnosis
from .greedy import greedy
from .model import build_model, solve_model, solve_relaxation, variable_bounds
from .outcome import LinkageResult, make_result, no_plan_result, relative_gap
from .problem import LinkageProblem

#: Share of the time for the county LP relaxation (several areas and a budget).
LP_SHARE = 0.2
#: Share of the time left for the Lagrangian rounds.
LAGRANGE_SHARE = 0.75
#: Most Lagrangian rounds (each solves every project area once).
MAX_ROUNDS = 3
#: Share of the time left for the other phases (areas apart, re-solves with the budget left).
PHASE_SHARE = 0.6
#: Share of the time left for the areas apart when the budget does not bind in the LP.
UNBOUND_SHARE = 0.9
#: Without a budget, project areas are first solved to this many times ``mip_rel_gap``: the
#: areas' gaps add up to the county's, most areas end well inside their target, and a solver
#: spends much of its time on the last part of an area's gap.
AREA_GAP_FACTOR = 2.0
#: When the county's gap is still too wide, the widest area's bound is first lowered by what is
#: missing (times this margin) in a solve of at most this many seconds: measured 0.2–0.7 s in
#: 3 of 8 cases, 6–40 s in the others, against 5–14 s to solve the area again; so a proof
#: that is not quick is dropped and the area solved again.
#: Issue 19, whole call, 5,000 × 500 county, 5 km pairs, λ 0.5, one area after the other:
#: 58 → 30 s on the benchmark's seed, 72 → 59, 57 → 54 and 65 → 47 s on three others.
NARROW_MARGIN = 1.05
NARROW_SECONDS = 2.0


class _Clock:
    """The run's deadline, minus a reserve for the final accounting."""

    def __init__(self, t0: float, seconds: float):
        self.t0 = t0
        self.seconds = seconds
        self.deadline = t0 + seconds - min(0.05 * seconds + 0.01, 1.0)

    def left(self) -> float:
        return max(self.deadline - time.perf_counter(), 0.0)

    def until(self, share: float) -> float:
        """The time at which ``share`` of the time left is used."""
        return time.perf_counter() + share * self.left()


class _Known:
    """The plans known so far, the best bound, and what happened on the way."""

    def __init__(self, p: LinkageProblem, mip_rel_gap: float):
        self.p = p
        self.gap = mip_rel_gap
        self.plans = []  # (objective, order, selection, source)
        self.bound = math.inf
        self.proven_at = -math.inf  # objective a solver proved optimal
        self.errors: List[str] = []
        self.timed_out = False

    def offer(self, selection: Selection, source: str, objective: Optional[float] = None):
        if objective is None:
            objective = objective_value(self.p, selection.x, selection.y, selection.flows)
        if math.isfinite(objective):
            self.plans.append((float(objective), len(self.plans), selection, source))

    def tighten(self, bound: float):
        if math.isfinite(bound):
            self.bound = min(self.bound, bound)

    def solver_said(self, status: str, message: str):
        if status == "error" and message and message not in self.errors:
            self.errors.append(message)
        if status == "time_limit":
            self.timed_out = True

    @property
    def best(self) -> float:
        return max((t[0] for t in self.plans), default=-math.inf)

    def proven(self) -> bool:
        best = self.best
        if not math.isfinite(best):
            return False
        if best >= self.proven_at - 1e-9 * max(abs(best), 1.0) and math.isfinite(self.proven_at):
            return True
        return self.bound - best <= max(self.gap, 1e-9) * max(abs(best), 1.0) + 1e-9


def optimise(
    problem: LinkageProblem,
    time_limit: float = 60.0,
    mip_rel_gap: float = 1e-9,
    *,
    fix_x=None,
    fix_y=None,
    raise_infeasible: bool = True,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> LinkageResult:
    """The best linkage selection and pairing found within ``time_limit`` (module notes).

    Parameters
    ----------
    problem : LinkageProblem
        From :func:`~.problem.linkage_problem`.
    time_limit : float, default 60
        Seconds for the whole run (module notes); > 0.
    mip_rel_gap : float, default 1e-9
        Relative optimality gap at which a plan counts as proven optimal.
    fix_x, fix_y : dict {row: 0 or 1}, optional
        Force single variables (what-if runs, runner-up solutions).
    raise_infeasible : bool, default True
        Raise :class:`InfeasibleError` with the diagnosis; if False return a result with status
        ``'infeasible'`` and the diagnosis in ``message``.
    is_canceled : callable, optional
        Polled between solves and, during a solve, every 0.1 s (the solve then runs in a
        worker process that is killed on cancel, :mod:`core.solver`); returns status
        ``'canceled'`` within a second.

    Returns
    -------
    LinkageResult
        Status ``'optimal'``, ``'time_limit'`` (best plan known, with ``gap`` and ``bound``),
        ``'solver_error'`` (a model failed; best plan known), ``'infeasible'`` or
        ``'canceled'``. An empty selection (objective 0) is a valid optimum when nothing is
        worth doing. Without any plan (the greedy plan failed and no model gave one in time)
        the objective is NaN.

    Raises
    ------
    InfeasibleError
        When the mandatory 建新 parcels (or fixes) cannot be met; the message names the rule,
        the project area, the parcels and the numbers (see :func:`diagnose_infeasibility`).
    """
    t0 = time.perf_counter()
    p = problem
    seconds = positive_number(time_limit, "time_limit")
    if not (np.isfinite(mip_rel_gap) and mip_rel_gap >= 0):
        raise InputError(
            tr("mip_rel_gap must be >= 0, got {value}.").format(value=repr(mip_rel_gap))
        )
    canceled = is_canceled or (lambda: False)
    vb = variable_bounds(p, fix_x, fix_y)
    quick = quick_diagnosis(p, vb)
    if quick:
        return _infeasible(p, quick, t0, raise_infeasible)
    if canceled():
        return no_plan_result(p, "canceled", t0, tr("canceled before the solve"))
    search = _Search(p, vb, _Clock(t0, seconds), mip_rel_gap, canceled)
    try:
        with cancel_scope(canceled if is_canceled is not None else None):
            outcome = search.run()
    except SolveCanceled:
        outcome = "canceled"
    if outcome == "canceled":
        return no_plan_result(p, "canceled", t0, tr("canceled"))
    if outcome == "infeasible":
        sub, sub_bounds = search.infeasible_part
        reasons = diagnose_infeasibility(sub, bounds=sub_bounds, time_limit=search.clock.left())
        return _infeasible(p, reasons, t0, raise_infeasible)
    return _final(p, search.known, seconds, t0)


def _infeasible(p, reasons, t0, raise_infeasible):
    text = no_plan(reasons)
    if raise_infeasible:
        raise InfeasibleError(text)
    return no_plan_result(p, "infeasible", t0, text)


def _final(p: LinkageProblem, known: _Known, seconds: float, t0: float) -> LinkageResult:
    """The best known plan the checker accepts, its status and gap."""
    notes = []
    chosen, rejected = None, 0
    for plan in sorted(known.plans, key=lambda t: (-t[0], t[1])):
        if not check_solution(p, plan[2].x, plan[2].y, plan[2].flows):
            chosen = plan
            break
        rejected += 1
    if rejected:
        known.errors.append(
            tr("{n} plans failed the independent check and were dropped").format(n=rejected)
        )
    objective, _order, selection, source = chosen or (math.nan, 0, None, "")
    bound = known.bound if math.isfinite(known.bound) else math.nan
    if selection is not None and known.proven() and not rejected:
        return make_result(p, "optimal", selection, t0, objective=objective, bound=bound)
    status = "solver_error" if known.errors else "time_limit"
    if status == "solver_error":
        notes.insert(0, tr("the solver failed: {message}").format(message=known.errors[0]))
    elif known.timed_out or selection is None:
        notes.insert(0, tr("time limit of {seconds:g} s reached").format(seconds=seconds))
    if selection is None:
        notes.append(tr("no plan was found in time."))
        return no_plan_result(p, status, t0, "; ".join(notes), bound=bound)
    notes.append(
        tr("best plan known: {source}; gap to the bound {gap:.3%}.").format(
            source=source, gap=relative_gap(bound, objective)
        )
    )
    return make_result(
        p, status, selection, t0, objective=objective, bound=bound, message="; ".join(notes)
    )


class _Search:
    """One run of the optimiser (module notes); the plans go to ``self.known``."""

    def __init__(self, p, vb, clock: _Clock, mip_rel_gap: float, canceled):
        self.p, self.vb, self.clock = p, vb, clock
        self.gap = mip_rel_gap
        self.canceled = canceled
        self.known = _Known(p, mip_rel_gap)
        self.areas = Areas(p, vb)
        self.options: List[List[AreaPlan]] = [[] for _ in range(len(self.areas))]
        self.infeasible_part = (p, vb)
        self.greedy_plan: Optional[Selection] = None
        #: (price, objective, cost) of the areas' plans without the budget, when above it
        self.above = None
        self._county = None
        #: an area solve hit its time limit: the county model would not do better in less
        self.hard = False
        #: per area: the last solve was proven optimal (for its budget)
        self.settled = [not b for b in self.areas.buildable]
        #: per area: a solve gave a plan
        self.planned = [not b for b in self.areas.buildable]

    def county_model(self):
        if self._county is None:
            self._county = build_model(self.p, self.vb)
        return self._county

    # -- the phases -------------------------------------------------------------------

    def run(self) -> str:
        """'done', 'infeasible' or 'canceled'."""
        p, areas = self.p, self.areas
        self.known.tighten(sum(areas.trivial_bound(g) for g in range(len(areas))))
        try:
            g = greedy(p, is_canceled=self.canceled, bounds=self.vb)
        except InfeasibleError:
            g = None
        if g is not None and g.status == "canceled":
            return "canceled"
        if g is not None:
            self.greedy_plan = Selection.of(g.x, g.y, *g.flows)
            self.known.offer(self.greedy_plan, tr("the greedy plan"), g.objective)
            for a in range(len(areas)):
                self.options[a].append(areas.restrict(a, self.greedy_plan))
        for a in range(len(areas)):
            nothing = self._nothing(a)
            if nothing is not None:
                self.options[a].append(nothing)
        if len(areas) == 1:
            return self.county(self.clock.until(1.0))
        if not p.has_budget:
            return self.areas_apart(self.clock.until(1.0)) or "done"
        return self.with_budget()

    def with_budget(self) -> str:
        p, clock = self.p, self.clock
        lp = solve_relaxation(self.county_model(), clock.until(LP_SHARE) - time.perf_counter())
        if lp.status == "infeasible":
            return "infeasible"
        self.known.solver_said(lp.status, lp.message)
        self.known.tighten(lp.bound)
        price = lp.price
        if not price > 1e-12:  # the LP said nothing, or the budget does not bind in it
            share = UNBOUND_SHARE if lp.status == "optimal" else PHASE_SHARE
            stop = self.areas_apart(clock.until(share))
            if stop:
                return stop
            if self.known.proven():
                return "done"
            price = self._price_guess()
        if self.canceled():
            return "canceled"
        if math.isfinite(price) and price > 1e-12:
            stop = self.lagrange(price, clock.until(LAGRANGE_SHARE))
            if stop:
                return stop
        chosen = choose_plans(self.options, p.budget, min(1.0, clock.left()))
        if chosen is not None:
            self.known.offer(self.areas.combine(chosen), tr("the project-area plans combined"))
            stop = self.share_budget(chosen, clock.until(1.0 if self.hard else PHASE_SHARE))
            if stop:
                return stop
        if self.known.proven() or self.hard:
            return "done"
        return self.county(clock.until(1.0))

    def areas_apart(self, end: float) -> Optional[str]:
        """Every area without the budget, first to ``AREA_GAP_FACTOR`` times the gap, their
        plans combined; then, while the county's gap is wider than the gap, the area with the
        widest gap narrowed (:meth:`_narrow`), one at a time. None when the run goes on."""
        loose = self.gap * AREA_GAP_FACTOR
        solves = solve_areas(self.areas, end, loose, self.canceled)
        if solves is None:
            return "canceled"
        for a, s in enumerate(solves):
            if s.status == "infeasible":
                self.infeasible_part = (self.areas.problem(a), self.areas.bounds[a])
                return "infeasible"
            self._heard(a, s)
        self._combine_apart(solves, proven=loose <= self.gap)
        if self.above is not None:  # over the budget: the Lagrangian rounds take it from here
            return None
        again = set()  # areas solved again to the gap: their bounds stay
        for _round in range(3 * len(solves)):
            known = self.known
            need = known.bound - known.best - self.gap * max(abs(known.best), 1.0)
            open_areas = [
                a
                for a, s in enumerate(solves)
                if s.plan is not None
                and self.areas.buildable[a]
                and a not in again
                and s.bound > s.plan.objective
            ]
            if known.proven() or need <= 0 or not open_areas:
                break
            if self.canceled():
                return "canceled"
            if end - time.perf_counter() < MIN_SOLVE_SECONDS:
                break
            a = max(open_areas, key=lambda a: solves[a].bound - solves[a].plan.objective)
            solves[a], solved_again = self._narrow(a, solves[a], need, end)
            if solved_again:
                again.add(a)
            self._combine_apart(solves, proven=False)
        return None

    def _narrow(self, a: int, first: AreaSolve, need: float, end: float):
        """Area ``a``'s bound lowered by ``need`` (at most half its gap), and whether the area
        was solved again: a solve that counts only the plans reaching that floor, within
        ``NARROW_SECONDS``, either proves there is none (the floor is the new bound) or finds
        one; failing both, the area is solved again to the gap."""
        floor = first.bound - min(NARROW_MARGIN * need, 0.5 * (first.bound - first.plan.objective))
        seconds = min(end - time.perf_counter(), NARROW_SECONDS)
        if seconds >= MIN_SOLVE_SECONDS:
            out = solve_model(self.areas.model(a), seconds, self.gap, floor=floor)
            if out.status == "error":
                self.known.solver_said(out.status, out.message)
            if out.status == "infeasible":
                return replace(first, bound=min(first.bound, floor)), False
            if out.selection is not None:
                bound = max(floor, out.bound) if math.isfinite(out.bound) else first.bound
                found = AreaPlan(out.selection, out.objective, out.cost)
                return _tighter(first, AreaSolve(out.status, found, bound)), False
        seconds = end - time.perf_counter()
        if seconds < MIN_SOLVE_SECONDS:
            return first, True
        again = self.areas.solve(a, seconds, self.gap)
        self._heard(a, again)
        return _tighter(first, again), True

    def _combine_apart(self, solves, proven: bool):
        """The areas' plans combined and their bounds summed; ``proven``: every solve's
        optimum is within the gap."""
        plans = [s.plan or self._fallback(a) for a, s in enumerate(solves)]
        self.known.tighten(sum(s.bound for s in solves))
        if any(pl is None for pl in plans):
            return
        objective = sum(pl.objective for pl in plans)
        cost = sum(pl.cost for pl in plans)
        if within_budget(cost, self.p.budget):
            combined = self.areas.combine(plans)
            self.known.offer(combined, tr("the project-area models"), objective)
            if proven and all(s.status == "optimal" for s in solves):
                self.known.proven_at = objective
        else:
            self.above = (0.0, objective, cost)

    def lagrange(self, price: float, end: float) -> Optional[str]:
        """Up to ``MAX_ROUNDS`` budget prices; each round solves every area at one price,
        gives the bound ``L(μ)`` and the plans for the knapsack."""
        K = self.p.budget
        above, within = self.above, None  # (price, objective, cost) of combined plans
        tried = set()
        for r in range(MAX_ROUNDS):
            now = time.perf_counter()
            round_end = now + (end - now) / (MAX_ROUNDS - r)
            if round_end - now < MIN_SOLVE_SECONDS * self.areas.buildable.sum():
                break
            unsolved = [not got for got in self.planned]
            solves = solve_areas(
                self.areas, round_end, self.gap, self.canceled, price, first=unsolved
            )
            if solves is None:
                return "canceled"
            tried.add(price)
            plans = []
            for a, s in enumerate(solves):
                self._heard(a, s)
                plans.append(s.plan or self._fallback(a))
            if all(s.status != "infeasible" for s in solves):  # μ changes the objective only
                self.known.tighten(sum(s.bound for s in solves) + price * K)
            if any(pl is None for pl in plans):
                break
            objective = sum(pl.objective for pl in plans)
            cost = sum(pl.cost for pl in plans)
            if within_budget(cost, K):
                self.known.offer(self.areas.combine(plans), tr("a Lagrangian round"), objective)
                within = (price, objective, cost)
            else:
                above = (price, objective, cost)
            price = _next_price(price, above, within, K)
            if price is None or price in tried:
                break
        return None

    def share_budget(self, chosen: List[AreaPlan], end: float) -> Optional[str]:
        """Areas re-solved with their chosen plan's cost plus the budget left unused, those
        not proven optimal first; a better plan within that budget replaces the chosen one."""
        areas = self.areas
        slack = self.p.budget - sum(pl.cost for pl in chosen)
        order = [a for a in range(len(areas)) if areas.buildable[a]]
        order = [a for a in order if not self.settled[a] or slack > 1e-9 * self.p.budget]
        order.sort(key=lambda a: (self.settled[a], -areas.sizes[a]))
        left = float(sum(areas.sizes[a] for a in order))
        improved = False
        for a in order:
            if self.canceled():
                return "canceled"
            share = areas.sizes[a] / left if left > 0 else 1.0
            left -= areas.sizes[a]
            budget = chosen[a].cost + max(slack, 0.0)
            seconds = (end - time.perf_counter()) * share
            if seconds < MIN_SOLVE_SECONDS:
                continue
            s = areas.solve(a, seconds, self.gap, budget=budget)
            self._heard(a, s)
            pl = s.plan
            if (
                pl is not None
                and pl.objective > chosen[a].objective + 1e-9 * max(abs(pl.objective), 1.0)
                and within_budget(pl.cost, budget)
            ):
                slack -= pl.cost - chosen[a].cost
                chosen[a] = pl
                improved = True
        if improved:
            self.known.offer(areas.combine(chosen), tr("the project-area plans combined"))
        return None

    def county(self, end: float) -> str:
        """The county model (with the budget) until ``end``."""
        if self.canceled():
            return "canceled"
        seconds = end - time.perf_counter()
        if seconds < MIN_SOLVE_SECONDS:
            self.known.timed_out = True
            return "done"
        out = solve_model(self.county_model(), seconds, self.gap)
        if out.status == "infeasible":
            self.infeasible_part = (self.p, self.vb)
            return "infeasible"
        self.known.solver_said(out.status, out.message)
        if out.selection is not None:
            self.known.offer(out.selection, tr("the county model"), out.objective)
            if out.status == "optimal":
                self.known.proven_at = out.objective
        if out.status in ("optimal", "time_limit"):
            self.known.tighten(out.bound)
        return "done"

    # -- helpers ----------------------------------------------------------------------

    def _heard(self, a: int, s):
        """Take in area ``a``'s solve: its plan, its status."""
        self.known.solver_said(s.status, s.message)
        if s.plan is not None:
            self.options[a].append(s.plan)
            self.planned[a] = True
        self.hard |= s.status == "time_limit"
        self.settled[a] = s.status == "optimal"

    def _nothing(self, a: int) -> Optional[AreaPlan]:
        """Area ``a`` with nothing built (only fixed 拆旧), if that is allowed."""
        sub, b = self.areas.problem(a), self.areas.bounds[a]
        if np.any(b.lo_y > 0):
            return None
        return self.areas.plan(a, Selection.nothing(sub, b.lo_x > 0))

    def _fallback(self, a: int) -> Optional[AreaPlan]:
        """A plan of area ``a`` when its solve gave none: the greedy part or nothing built."""
        if self.greedy_plan is not None:
            return self.areas.restrict(a, self.greedy_plan)
        return self._nothing(a)

    def _price_guess(self) -> float:
        """A first budget price when the LP gave none: from the plans without the budget."""
        if self.above is None:
            return math.nan
        _price, objective, cost = self.above
        return max(objective, 1.0) / cost * (1.0 - self.p.budget / cost)


def _tighter(first: AreaSolve, again: AreaSolve) -> AreaSolve:
    """One area solved twice: the better plan and the lower bound."""
    plans = [s.plan for s in (first, again) if s.plan is not None]
    plan = max(plans, key=lambda pl: pl.objective) if plans else None
    return AreaSolve(again.status, plan, min(first.bound, again.bound), again.message)


def _next_price(price, above, within, budget):
    """The next Lagrangian price. With combined plans above and within the budget: where
    their lines ``objective − μ (cost − K)`` cross, the minimum of the dual's cutting-plane
    model (bisection if that leaves the bracket). With plans on one side only: a step away
    from it in proportion to the miss, at least 5 %. None to stop."""
    if above is not None and within is not None:
        if above[0] >= within[0]:
            return None  # inexact solves gave a non-monotone answer
        nxt = math.nan
        if above[2] > within[2]:
            nxt = (above[1] - within[1]) / (above[2] - within[2])
        if not (above[0] < nxt < within[0]):
            nxt = 0.5 * (above[0] + within[0])
        return nxt
    if above is not None:
        return price * (1.0 + max(2.0 * (above[2] - budget) / budget, 0.05))
    return price * (1.0 - min(max(2.0 * (budget - within[2]) / budget, 0.05), 0.5))

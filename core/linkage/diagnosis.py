"""Why no linkage plan exists: cheap necessary conditions first, then relaxations.

The sentences name the rule, the project area, the parcels and the numbers, in the user's
language (``core.messages.tr``), so that a planner can act on them.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np

from ..messages import tr
from .accounting import TOL_HA, strictly_less_holds, within_budget
from .model import build_model, run_model, variable_bounds
from .problem import LinkageProblem, group_text, with_all_pairs

#: Seconds one relaxed re-solve of :func:`diagnose_infeasibility` may take at most.
RELAXATION_SECONDS = 10.0


def no_plan(reasons) -> str:
    """The text of an infeasible outcome: translated lead-in, then the reasons."""
    return tr("No feasible linkage plan: {reasons}").format(reasons=" ".join(reasons))


def _fmt2(u: float, v: float, area: bool = True):
    """Format two numbers with enough decimals (2..4) to show they differ (in ha if ``area``)."""
    for d in (2, 3, 4):
        su, sv = f"{u:.{d}f}", f"{v:.{d}f}"
        if su != sv:
            break
    if not area:
        return su, sv
    return tr("{value} ha").format(value=su), tr("{value} ha").format(value=sv)


def _max_within_budget(gain, cost, budget):
    """Fractional-knapsack upper bound of ``Σ gain t`` with ``Σ cost t ≤ budget``, t in [0,1]."""
    if not np.isfinite(budget):
        return float(gain.sum())
    free = cost <= 0
    total = float(gain[free].sum())
    g, k = gain[~free], cost[~free]
    left = budget
    for t in np.argsort(-g / k, kind="stable"):
        if left <= 0:
            break
        take = min(1.0, left / k[t])
        total += take * g[t]
        left -= take * k[t]
    return total


def _min_cost_for(need, gain, cost):
    """Fractional lower bound of the cost of reaching ``Σ gain t ≥ need`` (inf if impossible)."""
    if need <= TOL_HA:
        return 0.0
    if gain.sum() < need - TOL_HA:
        return np.inf
    total, got = 0.0, 0.0
    for t in np.argsort(cost / np.maximum(gain, 1e-300), kind="stable"):
        if got >= need:
            break
        take = min(1.0, (need - got) / gain[t]) if gain[t] > 0 else 0.0
        total += take * cost[t]
        got += take * gain[t]
    return total


def quick_diagnosis(p: LinkageProblem, vb) -> list:
    """Cheap necessary conditions for the mandatory 建新 parcels and the fixes.

    Every sentence returned is a *proof* that no plan exists (empty list: none found).
    ``vb`` are the :class:`~.model.VariableBounds` of the run.
    """
    ids_d, ids_c = p.demolition_ids, p.construction_ids
    reach = np.bincount(p.pair_j, minlength=p.n_construction) > 0
    dist = (
        tr(" within {distance:g} m").format(distance=p.max_distance_m)
        if math.isfinite(p.max_distance_m)
        else ""
    )
    out = []
    for j in np.flatnonzero(vb.lo_y > vb.hi_y):
        if p.excluded[j]:
            out.append(
                tr("建新 {parcel} is mandatory but excluded ({reason}).").format(
                    parcel=ids_c[j], reason=p.excluded_reason[j]
                )
            )
        elif not reach[j]:
            out.append(
                tr(
                    "mandatory 建新 {parcel} ({area:.2f} ha) has no 拆旧 candidate"
                    "{within} in project area {project_area}."
                ).format(
                    parcel=ids_c[j],
                    area=p.area_c[j],
                    within=dist,
                    project_area=group_text(p.group_names[p.group_c[j]]),
                )
            )
        else:
            out.append(tr("建新 {parcel} is mandatory but fixed to 0.").format(parcel=ids_c[j]))
    for i in np.flatnonzero(vb.lo_x > vb.hi_x):
        out.append(tr("拆旧 {parcel} is fixed to 1 but protected.").format(parcel=ids_d[i]))
    if out:
        return out
    K = p.budget
    sunk = float(p.cost[vb.lo_x > 0].sum())
    if not within_budget(sunk, K):
        return [
            tr(
                "the 拆旧 parcels fixed to 1 cost {cost:.2f}, more than the budget {budget:.2f}."
            ).format(cost=sunk, budget=K)
        ]
    return _mandatory_diagnosis(p, vb, K - sunk, dist)


def _mandatory_diagnosis(p: LinkageProblem, vb, left: float, dist: str) -> list:
    ids_c = p.construction_ids
    avail, forced, mand = vb.hi_x > 0, vb.lo_x > 0, vb.lo_y > 0
    q = p.quota
    out = []
    starts = p.pair_starts
    for j in np.flatnonzero(mand):  # per mandatory parcel: quota reachable through its pairs
        ii = p.pair_i[starts[j] : starts[j + 1]]
        ii = ii[avail[ii]]
        sup = float(q[ii].sum())
        if p.area_c[j] > sup + TOL_HA:
            s1, s2 = _fmt2(p.area_c[j], sup)
            out.append(
                tr(
                    "mandatory 建新 {parcel} needs {need} of quota; the "
                    "{n} non-protected 拆旧 parcels{within} in project area "
                    "{project_area} can supply at most {supply}."
                ).format(
                    parcel=ids_c[j],
                    need=s1,
                    n=ii.size,
                    within=dist,
                    project_area=group_text(p.group_names[p.group_c[j]]),
                    supply=s2,
                )
            )
    min_cost = 0.0
    for g, name in enumerate(p.group_names):
        mj = np.flatnonzero(mand & (p.group_c == g))
        if mj.size == 0:
            continue
        need_b = float(p.area_c[mj].sum())
        ing = avail & (p.group_d == g)
        reachable = np.zeros(p.n_demolition, dtype=bool)
        reachable[p.pair_i[np.isin(p.pair_j, mj)]] = True
        reachable &= avail
        sup_q = float(q[reachable].sum())
        label = tr("mandatory 建新 in project area {project_area} ({n} parcels)").format(
            project_area=group_text(name), n=mj.size
        )
        if need_b > sup_q + TOL_HA:
            s1, s2 = _fmt2(need_b, sup_q)
            out.append(
                tr(
                    "{label} needs {need} of quota; at most {supply} can be reclaimed from "
                    "the {n} non-protected 拆旧 parcels{within} in reach."
                ).format(label=label, need=s1, supply=s2, n=int(reachable.sum()), within=dist)
            )
            continue
        opt = reachable & ~forced
        sup_b = float(q[reachable & forced].sum()) + _max_within_budget(q[opt], p.cost[opt], left)
        if need_b > sup_b + TOL_HA:
            s1, s2 = _fmt2(need_b, sup_b)
            out.append(
                tr(
                    "{label} needs {need} of quota; within the budget of {budget:.2f} at most "
                    "{supply} can be reclaimed."
                ).format(label=label, need=s1, budget=p.budget, supply=s2)
            )
            continue
        out += _area_rules(p, mj, ing, label)
        need_rest = max(0.0, need_b - float(q[reachable & forced].sum()))
        min_cost += _min_cost_for(need_rest, q[opt], p.cost[opt])
    if not out and math.isfinite(left) and min_cost > left * (1 + 1e-9) + 1e-9:
        s1, s2 = _fmt2(min_cost + p.budget - left, p.budget, area=False)
        out.append(
            tr(
                "funding every mandatory 建新 parcel costs at least {cost}; the budget is {budget}."
            ).format(cost=s1, budget=s2)
        )
    return out


def _area_rules(p: LinkageProblem, mj, ing, label: str) -> list:
    """The strict-area, cultivated-land and quality rules for the mandatory parcels ``mj``."""
    out = []
    need_b = float(p.area_c[mj].sum())
    max_a = float(p.area_d[ing].sum())
    if not strictly_less_holds(need_b, max_a, p.epsilon):
        s1, s2 = _fmt2(need_b, max_a)
        out.append(
            tr(
                "{label} covers {need}, but 建新 area must stay below 拆旧 area and "
                "all non-protected 拆旧 parcels there total {supply}."
            ).format(label=label, need=s1, supply=s2)
        )
    need_o, max_r = float(p.occupied[mj].sum()), float(p.reclaimed[ing].sum())
    if need_o > max_r + TOL_HA:
        s1, s2 = _fmt2(need_o, max_r)
        out.append(
            tr(
                "{label} occupies {need} of cultivated land; all non-protected 拆旧 "
                "parcels there reclaim at most {supply}."
            ).format(label=label, need=s1, supply=s2)
        )
    need_qc, max_qd = float(p.quality_c[mj].sum()), float(p.quality_d[ing].sum())
    if p.require_quality and need_qc > max_qd + TOL_HA:
        s1, s2 = _fmt2(need_qc, max_qd, area=False)
        out.append(
            tr(
                "{label} loses {need} quality points; all non-protected 拆旧 parcels "
                "there give at most {supply}."
            ).format(label=label, need=s1, supply=s2)
        )
    return out


def diagnose_infeasibility(
    problem: LinkageProblem,
    *,
    fix_x=None,
    fix_y=None,
    time_limit: float = RELAXATION_SECONDS,
    bounds=None,
):
    """Explain why no plan meets the mandatory 建新 parcels (and fixes).

    First cheap necessary conditions, per mandatory parcel and per project area: mandatory
    and excluded at once; no 拆旧 candidate in reach; quota needed vs the most that the
    non-protected 拆旧 parcels in reach can give (also within the budget, fractional bound);
    建新 area vs all 拆旧 area (strict rule); occupied vs reclaimable cultivated land; quality
    points; least cost vs budget. If none of these fires, the MILP is re-solved with one rule
    family relaxed at a time (quality, cultivated, strict area, budget, distance limit) and
    the relaxations that restore feasibility are named.

    Parameters
    ----------
    time_limit : float
        Seconds for all the re-solves together (each gets an equal share, at most
        ``RELAXATION_SECONDS``).
    bounds : VariableBounds, optional
        The variable bounds of the run, instead of ``fix_x`` and ``fix_y``.

    Returns
    -------
    list of str
        Planner-readable sentences; empty if the problem is in fact feasible.
    """
    p = problem
    vb = variable_bounds(p, fix_x, fix_y) if bounds is None else bounds
    quick = quick_diagnosis(p, vb)
    if quick:
        return quick
    deadline = time.perf_counter() + max(float(time_limit), 0.0)
    relaxations = [
        rel
        for rel in ("quality", "cultivated", "strict", "budget", "distance")
        if not (rel == "quality" and not p.require_quality or rel == "budget" and not p.has_budget)
    ]

    def seconds(k):
        return min(RELAXATION_SECONDS, (deadline - time.perf_counter()) / k)

    report = run_model(build_model(p, vb), seconds(len(relaxations) + 1), 1.0)
    if report.status != "infeasible":
        if report.status == "time_limit" and report.x is None:
            return [tr("no plan was found in the time left to explain why.")]
        return []
    names = {
        "quality": tr("the quality-points rule"),
        "cultivated": tr("the rule that cultivated land must not shrink (R >= O)"),
        "strict": tr("the strict 建新 < 拆旧 rule"),
        "budget": tr("the budget of {budget:.2f}").format(budget=p.budget),
        "distance": tr("the pair distance limit"),
    }
    helps = []
    for k, rel in enumerate(relaxations):
        q, qb, relax = p, vb, (rel,)
        if rel == "distance":
            q, relax = with_all_pairs(p), ()
            newly = np.bincount(q.pair_j, minlength=q.n_construction) > 0
            newly &= np.bincount(p.pair_j, minlength=p.n_construction) == 0
            qb = replace(vb, hi_y=np.where(newly & ~p.excluded, 1.0, vb.hi_y))
        r = run_model(build_model(q, qb, relax), seconds(len(relaxations) - k), 1.0)
        if r.x is not None:
            helps.append(names[rel])
    if helps:
        return [
            tr(
                "each rule can be met on its own, but not all together for the mandatory 建新 "
                "parcels; a plan exists without {rules}."
            ).format(rules=tr(" or without ").join(helps))
        ]
    return [
        tr(
            "the mandatory 建新 parcels cannot be funded together even with any single rule "
            "relaxed (check pairing, budget and project-area membership)."
        )
    ]

"""Greedy linkage plan: a fast feasible baseline, and the fallback of the exact optimiser."""

from __future__ import annotations

import time
from typing import Callable, Optional

import numpy as np

from ..errors import InfeasibleError
from ..messages import tr
from .accounting import TOL_HA, Selection, strictly_less_holds
from .diagnosis import no_plan, quick_diagnosis
from .model import variable_bounds
from .outcome import LinkageResult, make_result, no_plan_result
from .problem import LinkageProblem


def greedy(
    problem: LinkageProblem,
    *,
    fix_x=None,
    fix_y=None,
    is_canceled: Optional[Callable[[], bool]] = None,
    bounds=None,
    price: float = 0.0,
) -> LinkageResult:
    """Greedy baseline: fund 建新 parcels by value per ha, each from the cheapest 拆旧 quota.

    Mandatory 建新 parcels first (largest first), then the others by ``v_j / b_j``
    descending. Each is paid from its paired 拆旧 parcels, cheapest per ha of quota first
    (already-selected parcels with quota left cost only the distance term; a new parcel costs
    ``(k_i − β h_i) / q_i + λ d_ij``), then, if a group rule (strict area, cultivated land,
    quality) still fails, more 拆旧 parcels of the group are added, cheapest per ha first.
    A parcel is kept when all rules and the budget hold and it raises the objective (or is
    mandatory). Finally 拆旧 parcels with negative effective cost (``β h_i > k_i``) are
    added within the budget.

    ``bounds`` (:class:`~.model.VariableBounds`) may replace ``fix_x`` and ``fix_y``. With a
    budget ``price`` μ > 0 every 拆旧 parcel is judged at ``k_i − β h_i + μ k_i``: the plan
    then spends the budget where it buys most (the budget itself is always kept).

    Returns
    -------
    LinkageResult
        Status ``'heuristic'`` (``'canceled'`` if canceled); gap and bound NaN.

    Raises
    ------
    InfeasibleError
        If a mandatory 建新 parcel could not be funded (the heuristic does not prove that no
        plan exists; :func:`~.solve.optimise` does).
    """
    t0 = time.perf_counter()
    p = problem
    canceled = is_canceled or (lambda: False)
    vb = variable_bounds(p, fix_x, fix_y) if bounds is None else bounds
    if np.any(vb.lo_x > vb.hi_x) or np.any(vb.lo_y > vb.hi_y):
        raise InfeasibleError(no_plan(quick_diagnosis(p, vb)))
    state = _Greedy(p, vb, price)
    for i in np.flatnonzero(vb.lo_x > 0):
        state.select(i)
    b = p.area_c
    mand = np.flatnonzero(vb.lo_y > 0)
    mand = mand[np.argsort(-b[mand], kind="stable")]
    opt = np.flatnonzero((vb.lo_y == 0) & (vb.hi_y > 0) & (p.value > 0))
    opt = opt[np.argsort(-p.value[opt] / b[opt], kind="stable")]
    failed = []
    for j in np.concatenate([mand, opt]).astype(np.int64):
        if canceled():
            return no_plan_result(p, "canceled", t0, tr("canceled"))
        if not state.fund(j, vb.lo_y[j] > 0) and vb.lo_y[j] > 0:
            failed.append(j)
    if failed:
        names = ", ".join(str(p.construction_ids[j]) for j in failed[:8])
        raise InfeasibleError(
            tr(
                "The greedy heuristic could not fund the mandatory 建新 parcels {parcels}; run the "
                "exact optimiser for a definite answer."
            ).format(parcels=names)
        )
    state.self_paying()
    return make_result(p, "heuristic", state.selection(), t0)


class _Greedy:
    """The running sums of the greedy plan."""

    def __init__(self, p: LinkageProblem, vb, price: float = 0.0):
        NG = len(p.group_names)
        self.p = p
        self.allowed = vb.hi_x > 0
        self.starts = p.pair_starts
        self.dkm = p.pair_distance_m / 1000.0
        self.eff = eff = p.effective_cost + price * p.cost
        a = p.area_d
        by_group = [np.flatnonzero(self.allowed & (p.group_d == g)) for g in range(NG)]
        self.by_group = [ii[np.argsort(eff[ii] / a[ii], kind="stable")] for ii in by_group]
        self.x = np.zeros(p.n_demolition, dtype=bool)
        self.rem = np.zeros(p.n_demolition)
        self.sA, self.sR, self.sQD = np.zeros(NG), np.zeros(NG), np.zeros(NG)
        self.sB, self.sO, self.sQC = np.zeros(NG), np.zeros(NG), np.zeros(NG)
        self.y = np.zeros(p.n_construction, dtype=bool)
        self.flows = []
        self.spent = 0.0
        self.K = p.budget

    def select(self, i):
        p = self.p
        self.x[i] = True
        self.rem[i] = p.quota[i]
        g = p.group_d[i]
        self.sA[g] += p.area_d[i]
        self.sR[g] += p.reclaimed[i]
        self.sQD[g] += p.quality_d[i]
        self.spent += p.cost[i]

    def fits(self, extra_cost) -> bool:
        return self.spent + extra_cost <= self.K * (1 + 1e-12)

    def rules_hold(self, g, dA, dR, dQD, j) -> bool:
        p = self.p
        return (
            strictly_less_holds(self.sB[g] + p.area_c[j], self.sA[g] + dA, p.epsilon)
            and self.sO[g] + p.occupied[j] <= self.sR[g] + dR + TOL_HA
            and (
                not p.require_quality or self.sQC[g] + p.quality_c[j] <= self.sQD[g] + dQD + TOL_HA
            )
        )

    def fund(self, j, is_mand) -> bool:
        """Try to build 建新 parcel ``j``; True when it is built."""
        p = self.p
        q, k, eff, lam = p.quota, p.cost, self.eff, p.distance_weight
        g = p.group_c[j]
        ci = p.pair_i[self.starts[j] : self.starts[j + 1]]
        cd = self.dkm[self.starts[j] : self.starts[j + 1]]
        x = self.x
        usable = (x[ci] & (self.rem[ci] > 1e-12)) | (~x[ci] & self.allowed[ci])
        price = np.where(x[ci], 0.0, eff[ci] / q[ci]) + lam * cd
        need, new, takes = p.area_c[j], [], []
        add_cost, add_eff, dist_cost = 0.0, 0.0, 0.0
        for t in np.argsort(price, kind="stable"):
            if not usable[t]:
                continue
            i = ci[t]
            if x[i]:
                cap = self.rem[i]
            else:
                if not self.fits(add_cost + k[i]):
                    continue
                cap = q[i]
                new.append(i)
                add_cost += k[i]
                add_eff += eff[i]
            take = min(cap, need)
            takes.append((i, take))
            dist_cost += lam * cd[t] * take
            need -= take
            if need <= 1e-12:
                break
        ok = need <= 1e-9
        if ok:
            newset = set(new)
            dA, dR, dQD = (
                float(sum(arr[i] for i in new)) for arr in (p.area_d, p.reclaimed, p.quality_d)
            )
            if not self.rules_hold(g, dA, dR, dQD, j):
                ok = False
                for i in self.by_group[g]:
                    if x[i] or i in newset or not self.fits(add_cost + k[i]):
                        continue
                    new.append(i)
                    newset.add(i)
                    add_cost += k[i]
                    add_eff += eff[i]
                    dA, dR, dQD = dA + p.area_d[i], dR + p.reclaimed[i], dQD + p.quality_d[i]
                    if self.rules_hold(g, dA, dR, dQD, j):
                        ok = True
                        break
        gain = p.value[j] - add_eff - dist_cost
        if not (ok and (is_mand or gain > 1e-12)):
            return False
        for i in new:
            self.select(i)
        for i, take in takes:
            self.rem[i] -= take
            self.flows.append((i, j, take))
        self.y[j] = True
        self.sB[g] += p.area_c[j]
        self.sO[g] += p.occupied[j]
        self.sQC[g] += p.quality_c[j]
        return True

    def self_paying(self):
        """Add the 拆旧 parcels whose priority bonus exceeds their cost, within the budget."""
        eff, k = self.eff, self.p.cost
        free = self.allowed & ~self.x & (eff < 0)
        for i in np.flatnonzero(free)[np.argsort(eff[free])]:
            if self.fits(k[i]):
                self.select(i)

    def selection(self) -> Selection:
        fl = np.array(self.flows, dtype=float).reshape(-1, 3)
        fl = fl[fl[:, 2] > 1e-12]
        return Selection.of(self.x, self.y, fl[:, 0], fl[:, 1], fl[:, 2])

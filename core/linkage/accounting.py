"""Accounting of a given selection: objective, the E9 balance sheet (DOMAIN.md §3.4) and the
independent checker.

Nothing here optimises; every optimiser's plan is judged by these functions. The strict rule
**建新 < 拆旧** (DOMAIN.md §3.2 rule 4) is decided in one place, :func:`strictly_less_holds`:
``B <= A - epsilon`` with ``epsilon = STRICT_EPS_HA = 1e-4 ha`` (1 m², the last digit of a
planning table in ha). A tie ``B == A`` therefore *fails*; ``B == A - 1e-4`` passes; a project
area where nothing is built (``B == 0``) passes whatever its ``A``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Tuple

import numpy as np

from ..errors import InputError
from ..messages import tr
from .problem import GRADE_SCALES, LinkageProblem, group_text

MU_PER_HA = 15.0
#: Absolute tolerance (ha, or quality points) when comparing recomputed sums.
TOL_HA = 1e-6
#: Tolerance on pair flows returned by a solver (ha).
TOL_FLOW_HA = 1e-5
#: Relative slack of the budget comparison.
BUDGET_RTOL = 1e-9


def ha_to_mu(ha):
    """Hectares → mu (亩), ``1 ha = 15 mu``; scalar or array."""
    return np.asarray(ha, dtype=float) * MU_PER_HA


def mu_to_ha(mu):
    """Mu (亩) → hectares, ``1 ha = 15 mu``; scalar or array."""
    return np.asarray(mu, dtype=float) / MU_PER_HA


def strictly_less_holds(construction_ha: float, demolition_ha: float, epsilon: float) -> bool:
    """The one place that decides "建新 area B < 拆旧 area A" (ha).

    True when nothing is built (``B <= TOL_HA``) or ``B <= A - epsilon`` (with ``TOL_HA``
    slack for rounding). A tie ``B == A`` fails.
    """
    return construction_ha <= TOL_HA or construction_ha <= demolition_ha - epsilon + TOL_HA


def within_budget(cost: float, budget: float) -> bool:
    """``cost <= budget`` with a relative slack of ``BUDGET_RTOL`` (``budget`` may be inf)."""
    return cost <= budget * (1 + BUDGET_RTOL) + TOL_HA


@dataclass(frozen=True, eq=False)
class Selection:
    """A plan: selected 拆旧 ``x`` (n,) and 建新 ``y`` (m,), and the quota flows.

    ``flow_i``, ``flow_j`` (int64) are the 0-based 拆旧 and 建新 rows of each flow and
    ``flow_ha`` the quota it carries (ha), sorted by ``j`` then ``i``.
    """

    x: np.ndarray
    y: np.ndarray
    flow_i: np.ndarray
    flow_j: np.ndarray
    flow_ha: np.ndarray

    @property
    def flows(self):
        """``(i, j, f_ha)`` as accepted by :func:`check_solution`."""
        return self.flow_i, self.flow_j, self.flow_ha

    @classmethod
    def of(cls, x, y, fi=(), fj=(), ff=()) -> Selection:
        fi = np.asarray(fi, dtype=np.int64).ravel()
        fj = np.asarray(fj, dtype=np.int64).ravel()
        ff = np.asarray(ff, dtype=float).ravel()
        order = np.lexsort((fi, fj))
        return cls(
            np.asarray(x, dtype=bool).ravel(),
            np.asarray(y, dtype=bool).ravel(),
            fi[order],
            fj[order],
            ff[order],
        )

    @classmethod
    def nothing(cls, p: LinkageProblem, x=None) -> Selection:
        """Nothing built; ``x`` selected (default nothing)."""
        x = np.zeros(p.n_demolition, dtype=bool) if x is None else x
        return cls.of(x, np.zeros(p.n_construction, dtype=bool))


def _selection(problem: LinkageProblem, x, y):
    xs = np.asarray(x, dtype=float).ravel()
    ys = np.asarray(y, dtype=float).ravel()
    if xs.size != problem.n_demolition or ys.size != problem.n_construction:
        raise InputError(
            tr(
                "selection sizes ({nx}, {ny}) do not match the problem ({n} 拆旧, {m} 建新)."
            ).format(nx=xs.size, ny=ys.size, n=problem.n_demolition, m=problem.n_construction)
        )
    return xs > 0.5, ys > 0.5


def _flows(flows):
    if flows is None:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    fi, fj, ff = flows
    return (
        np.asarray(fi).astype(np.int64).ravel(),
        np.asarray(fj).astype(np.int64).ravel(),
        np.asarray(ff, dtype=float).ravel(),
    )


def objective_value(problem: LinkageProblem, x, y, flows=None) -> float:
    """``Σ v_j y_j − Σ k_i x_i + β Σ h_i x_i − λ Σ d_ij(km) f_ij`` for a selection.

    ``flows`` is ``(i, j, f_ha)``; needed only when ``distance_weight > 0``. Distances are
    looked up from the problem's pairs.
    """
    xs, ys = _selection(problem, x, y)
    obj = float(problem.value[ys].sum() - problem.effective_cost[xs].sum())
    fi, fj, ff = _flows(flows)
    if problem.distance_weight > 0 and ff.size:
        pos = problem.pair_positions(fi, fj)
        if np.any(pos < 0):
            raise InputError(tr("flows use a (拆旧, 建新) pair that is not a candidate pair."))
        obj -= problem.distance_weight * float(np.sum(problem.pair_distance_m[pos] / 1000.0 * ff))
    return obj


# --------------------------------------------------------------------------- balance sheet


@dataclass(frozen=True)
class RuleCheck:
    """One rule of the balance: ``left relation right`` and whether it holds.

    ``rule`` is the stable code (labelled by :data:`.labels.RULE_LABELS`). ``required`` is
    False for rules reported but not enforced (quality when not required, budget when there
    is none).
    """

    rule: str
    left: float
    relation: str
    right: float
    passed: bool
    required: bool = True


@dataclass(frozen=True)
class GroupBalance:
    """E9 accounting of one project area (or the county total). Areas in ha.

    ``surplus_ha`` is the 节余指标 ``quota − B`` (``R − B`` or ``A − B`` by quota basis);
    ``surplus_resettlement_ha`` is ``quota − B_resettle`` (DOMAIN.md §3.4). Quality points are
    ``Σ a κ (G − g)`` (拆旧) and ``Σ o (G − g')`` (建新). ``group`` is the group name of the
    problem (``COUNTY_GROUP``, ``NO_GROUP`` or a project-area code), or ``'total'``.
    """

    group: str
    n_demolition: int
    n_construction: int
    demolition_ha: float
    reclaimed_ha: float
    construction_ha: float
    occupied_ha: float
    resettlement_ha: float
    quota_ha: float
    net_cultivated_ha: float
    new_cultivated_ratio: float
    quality_demolition: float
    quality_construction: float
    surplus_ha: float
    surplus_resettlement_ha: float
    cost: float
    value: float
    rules: Tuple[RuleCheck, ...]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.rules if r.required)


TOTAL_GROUP = "total"


@dataclass(frozen=True)
class BalanceSheet:
    """Per-group balances plus the county total; ``feasible`` = every required rule holds."""

    groups: Tuple[GroupBalance, ...]
    total: GroupBalance

    @property
    def feasible(self) -> bool:
        return self.total.passed and all(g.passed for g in self.groups)


def _group_balance(p: LinkageProblem, name, dsel, csel, in_group) -> GroupBalance:
    A = float(p.area_d[dsel].sum())
    R = float(p.reclaimed[dsel].sum())
    Q = float(p.quota[dsel].sum())
    B = float(p.area_c[csel].sum())
    O = float(p.occupied[csel].sum())  # noqa: E741 (DOMAIN notation)
    qd = float(p.quality_d[dsel].sum())
    qc = float(p.quality_c[csel].sum())
    cost = float(p.cost[dsel].sum())
    n_prot = int(np.count_nonzero(dsel & p.protected))
    n_excl = int(np.count_nonzero(csel & p.excluded))
    n_mand = int(np.count_nonzero(~csel & p.mandatory & in_group))
    rules = [
        RuleCheck("construction_lt_demolition", B, "<", A, strictly_less_holds(B, A, p.epsilon)),
        RuleCheck("quota_repaid", B, "<=", Q, B <= Q + TOL_HA),
        RuleCheck("cultivated_not_reduced", R, ">=", O, R >= O - TOL_HA),
        RuleCheck("quality", qd, ">=", qc, qd >= qc - TOL_HA, p.require_quality),
        RuleCheck("protected_untouched", n_prot, "==", 0, n_prot == 0),
        RuleCheck("excluded_untouched", n_excl, "==", 0, n_excl == 0),
        RuleCheck("mandatory_built", n_mand, "==", 0, n_mand == 0),
    ]
    if name == TOTAL_GROUP:
        rules.append(
            RuleCheck("budget", cost, "<=", p.budget, within_budget(cost, p.budget), p.has_budget)
        )
    return GroupBalance(
        group=name,
        n_demolition=int(np.count_nonzero(dsel)),
        n_construction=int(np.count_nonzero(csel)),
        demolition_ha=A,
        reclaimed_ha=R,
        construction_ha=B,
        occupied_ha=O,
        resettlement_ha=float(p.area_c[csel & (p.ctype == "resettlement")].sum()),
        quota_ha=Q,
        net_cultivated_ha=R - O,
        new_cultivated_ratio=(R - O) / A if A > 0 else math.nan,
        quality_demolition=qd,
        quality_construction=qc,
        surplus_ha=Q - B,
        surplus_resettlement_ha=Q - float(p.area_c[csel & (p.ctype == "resettlement")].sum()),
        cost=cost,
        value=float(p.value[csel].sum()),
        rules=tuple(rules),
    )


def balance_sheet(problem: LinkageProblem, x, y) -> BalanceSheet:
    """E9 accounting of a selection, per project area and for the county total.

    Parameters
    ----------
    problem : LinkageProblem
    x : array_like of bool/0-1, shape (n,)
        Selected 拆旧 parcels.
    y : array_like of bool/0-1, shape (m,)
        Selected 建新 parcels.

    Returns
    -------
    BalanceSheet
        One :class:`GroupBalance` per group (in ``problem.group_names`` order) and the total;
        each holds A, R, B, O (ha), net new cultivated ``R − O``, ratio ``(R − O)/A``, quality
        points, quota, surplus (节余指标), cost, value and one :class:`RuleCheck` per rule.
        The per-group rules use the group's own sums; the total row checks county sums and
        the budget. Pairing and distances are not part of the accounting (see
        :func:`check_solution`).
    """
    xs, ys = _selection(problem, x, y)
    groups = tuple(
        _group_balance(
            problem,
            name,
            xs & (problem.group_d == g),
            ys & (problem.group_c == g),
            problem.group_c == g,
        )
        for g, name in enumerate(problem.group_names)
    )
    everywhere = np.ones(problem.n_construction, dtype=bool)
    return BalanceSheet(groups, _group_balance(problem, TOTAL_GROUP, xs, ys, everywhere))


# --------------------------------------------------------------------------- checker


def check_solution(problem: LinkageProblem, x, y, flows=None):
    """Independent check of a solution; written with plain loops, apart from the model.

    Parameters
    ----------
    problem : LinkageProblem
    x, y : array_like, shape (n,), (m,)
        0/1 selections (values within 1e-6 of 0 or 1).
    flows : tuple (i, j, f_ha), optional
        Quota carried along pairs (ha). ``None`` means no flows, so any selected 建新 fails.

    Returns
    -------
    list of str
        One planner-readable line per violated rule; empty when the solution is feasible.
    """
    p = problem
    ids_d, ids_c = p.demolition_ids, p.construction_ids
    n, m = p.n_demolition, p.n_construction
    xv = [float(t) for t in np.asarray(x, dtype=float).ravel()]
    yv = [float(t) for t in np.asarray(y, dtype=float).ravel()]
    if len(xv) != n or len(yv) != m:
        return [
            tr("selection sizes ({nx}, {ny}) differ from the problem ({n}, {m})").format(
                nx=len(xv), ny=len(yv), n=n, m=m
            )
        ]
    out = []
    for name, vals, ids in (("拆旧", xv, ids_d), ("建新", yv, ids_c)):
        for r, t in enumerate(vals):
            if min(abs(t), abs(t - 1.0)) > 1e-6:
                out.append(
                    tr("{kind} {parcel}: selection {value} is not 0 or 1").format(
                        kind=name, parcel=ids[r], value=t
                    )
                )
    xb = [t > 0.5 for t in xv]
    yb = [t > 0.5 for t in yv]
    for i in range(n):
        if xb[i] and p.protected[i]:
            out.append(tr("protected 拆旧 {parcel} is selected").format(parcel=ids_d[i]))
    for j in range(m):
        if yb[j] and p.excluded[j]:
            out.append(
                tr("excluded 建新 {parcel} is selected ({reason})").format(
                    parcel=ids_c[j], reason=p.excluded_reason[j]
                )
            )
        if p.mandatory[j] and not yb[j]:
            out.append(tr("mandatory 建新 {parcel} is not selected").format(parcel=ids_c[j]))
    out += _check_flows(p, xb, yb, flows)
    out += _check_groups(p, xb, yb)
    if p.has_budget:
        spent = sum(p.cost[i] for i in range(n) if xb[i])
        if not within_budget(spent, p.budget):
            out.append(
                tr("cost {cost:.4f} exceeds the budget {budget:.4f}").format(
                    cost=spent, budget=p.budget
                )
            )
    return out


def _quota_of(p: LinkageProblem, i: int) -> float:
    rec = p.area_d[i] * p.kappa[i]
    return rec if p.quota_basis == "reclaimed_cultivated" else p.area_d[i]


def _check_flows(p: LinkageProblem, xb, yb, flows):
    ids_d, ids_c = p.demolition_ids, p.construction_ids
    n, m = p.n_demolition, p.n_construction
    out = []
    allowed = set(zip(p.pair_i.tolist(), p.pair_j.tolist()))
    inflow = [0.0] * m
    outflow = [0.0] * n
    fi, fj, ff = _flows(flows)
    for i, j, f in zip(fi.tolist(), fj.tolist(), ff.tolist()):
        if not (0 <= i < n and 0 <= j < m):
            out.append(
                tr("flow ({i}, {j}) refers to a parcel that does not exist").format(i=i, j=j)
            )
            continue
        if f < -TOL_FLOW_HA:
            out.append(
                tr(
                    "negative flow {flow:.6f} ha from 拆旧 {demolition} to 建新 {construction}"
                ).format(flow=f, demolition=ids_d[i], construction=ids_c[j])
            )
        if abs(f) > TOL_FLOW_HA and (i, j) not in allowed:
            out.append(
                tr(
                    "flow from 拆旧 {demolition} to 建新 {construction} is not a candidate pair "
                    "(too far apart or in different project areas)"
                ).format(demolition=ids_d[i], construction=ids_c[j])
            )
        inflow[j] += f
        outflow[i] += f
    for j in range(m):
        need = p.area_c[j] if yb[j] else 0.0
        if abs(inflow[j] - need) > TOL_FLOW_HA * max(1.0, need):
            out.append(
                tr("建新 {parcel} receives {got:.4f} ha of quota but needs {need:.4f} ha").format(
                    parcel=ids_c[j], got=inflow[j], need=need
                )
            )
    for i in range(n):
        cap = _quota_of(p, i) if xb[i] else 0.0
        if outflow[i] > cap + TOL_FLOW_HA * max(1.0, cap):
            out.append(
                tr("拆旧 {parcel} gives {given:.4f} ha of quota but has {quota:.4f} ha").format(
                    parcel=ids_d[i], given=outflow[i], quota=cap
                )
            )
    return out


def _check_groups(p: LinkageProblem, xb, yb):
    G = GRADE_SCALES[p.grade_scale]
    sums = {
        g: dict.fromkeys(("A", "R", "Q", "B", "O", "QD", "QC"), 0.0)
        for g in range(len(p.group_names))
    }
    for i in range(p.n_demolition):
        if xb[i]:
            s = sums[int(p.group_d[i])]
            rec = p.area_d[i] * p.kappa[i]
            s["A"] += p.area_d[i]
            s["R"] += rec
            s["Q"] += _quota_of(p, i)
            s["QD"] += rec * (G - p.grade_d[i])
    for j in range(p.n_construction):
        if yb[j]:
            s = sums[int(p.group_c[j])]
            s["B"] += p.area_c[j]
            s["O"] += p.occupied[j]
            if p.occupied[j] > 0:
                s["QC"] += p.occupied[j] * (G - p.grade_c[j])
    out = []
    for gidx, s in sums.items():
        name = group_text(p.group_names[gidx])
        if not strictly_less_holds(s["B"], s["A"], p.epsilon):
            out.append(
                tr(
                    "{area}: 建新 area {construction:.4f} ha is not below 拆旧 area "
                    "{demolition:.4f} ha (margin {margin} ha)"
                ).format(area=name, construction=s["B"], demolition=s["A"], margin=p.epsilon)
            )
        if s["B"] > s["Q"] + TOL_HA:
            out.append(
                tr(
                    "{area}: 建新 area {construction:.4f} ha exceeds the quota {quota:.4f} ha"
                ).format(area=name, construction=s["B"], quota=s["Q"])
            )
        if s["O"] > s["R"] + TOL_HA:
            out.append(
                tr(
                    "{area}: occupied cultivated land {occupied:.4f} ha exceeds reclaimed "
                    "{reclaimed:.4f} ha"
                ).format(area=name, occupied=s["O"], reclaimed=s["R"])
            )
        if p.require_quality and s["QC"] > s["QD"] + TOL_HA:
            out.append(
                tr(
                    "{area}: quality points lost {lost:.4f} exceed points gained {gained:.4f}"
                ).format(area=name, lost=s["QC"], gained=s["QD"])
            )
    return out

"""Land-quota linkage (城乡建设用地增减挂钩): exact MILP, infeasibility diagnosis, greedy baseline.

The model (DOMAIN.md §3.5, pairing version), with ``n`` 拆旧 candidates ``i``, ``m`` 建新
candidates ``j``, candidate pairs ``p = (i, j)`` and project areas (groups) ``g``:

* variables ``x_i, y_j ∈ {0, 1}``; ``f_p ≥ 0`` quota (ha) carried along pair ``p``, bounded by
  ``min(b_j, q_i)``; ``w_g ∈ [0, 1]``, forced to 1 when anything is built in group ``g``;
* ``Σ_i f_ij = b_j y_j`` (every built ha is paid by quota from paired demolitions);
* ``Σ_j f_ij ≤ q_i x_i``;
* per group: ``y_j ≤ w_g``; ``Σ b_j y_j − Σ a_i x_i + ε w_g ≤ 0`` (strict 建新 < 拆旧 when
  something is built); ``Σ o_j y_j ≤ Σ a_i κ_i x_i``; quality points
  ``Σ o_j (G − g'_j) y_j ≤ Σ a_i κ_i (G − g_i) x_i`` when required;
* county-wide budget ``Σ k_i x_i ≤ K`` when ``K > 0``;
* maximise ``Σ v_j y_j − Σ k_i x_i + β Σ h_i x_i − λ Σ d_ij(km) f_ij``.

Solved with ``scipy.optimize.milp`` (HiGHS). Project areas are coupled only by the budget, so
they are first solved one by one without it (each model is small and proves optimality fast);
when there is no budget, or the per-area optima fit in it, their sum is the optimum. Otherwise
one county model is solved, with the per-area bound as an upper bound. Conventions (units in
ha, ε, groups) are those of :mod:`.linkage_balance`.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from ..errors import InfeasibleError, InputError
from ..messages import tr
from .balance import (
    TOL_HA,
    BalanceSheet,
    LinkageProblem,
    _group_text,
    balance_sheet,
    objective_value,
    strictly_less_holds,
)

__all__ = ["LinkageResult", "optimise", "greedy", "diagnose_infeasibility"]

_RELAXABLE = ("quality", "cultivated", "strict", "budget", "distance")


@dataclass(frozen=True, eq=False)
class LinkageResult:
    """Outcome of :func:`optimise` or :func:`greedy`.

    Attributes
    ----------
    status : str
        ``'optimal'``, ``'time_limit'`` (best solution found, see ``gap``), ``'infeasible'``,
        ``'heuristic'`` (greedy) or ``'canceled'``.
    objective : float
        Objective of the returned selection (NaN when there is none).
    gap : float
        Relative gap ``(bound − objective) / max(|objective|, 1)``; NaN if unknown.
    bound : float
        Best proven upper bound on the objective (NaN if unknown).
    x, y : ndarray of bool, shape (n,), (m,)
        Selected 拆旧 / 建新 parcels (all False when infeasible or canceled).
    flow_i, flow_j : ndarray of int64, shape (F,)
        Pair flows, 0-based 拆旧 and 建新 rows.
    flow_ha, flow_distance_m : ndarray of float, shape (F,)
        Quota carried (ha) and the pair distance (m).
    balance : BalanceSheet
        Accounting of the returned selection (per group and total).
    message : str
        Diagnosis when infeasible; notes otherwise.
    seconds : float
        Wall time.
    """

    status: str
    objective: float
    gap: float
    bound: float
    x: np.ndarray
    y: np.ndarray
    flow_i: np.ndarray
    flow_j: np.ndarray
    flow_ha: np.ndarray
    flow_distance_m: np.ndarray
    balance: BalanceSheet
    message: str
    seconds: float

    @property
    def flows(self):
        """``(i, j, f_ha)`` as accepted by :func:`check_solution`."""
        return self.flow_i, self.flow_j, self.flow_ha


def _result(p, status, x, y, fi, fj, ff, t0, objective=None, gap=np.nan, bound=np.nan, message=""):
    x = np.asarray(x, dtype=bool)
    y = np.asarray(y, dtype=bool)
    fi = np.asarray(fi, dtype=np.int64)
    fj = np.asarray(fj, dtype=np.int64)
    ff = np.asarray(ff, dtype=float)
    dist = np.zeros(ff.size)
    if ff.size:
        n = max(p.n_demolition, 1)
        pos = np.searchsorted(p.pair_j * n + p.pair_i, fj * n + fi)
        dist = p.pair_distance_m[pos]
    if objective is None:
        objective = objective_value(p, x, y, (fi, fj, ff))
    return LinkageResult(
        status=status,
        objective=float(objective),
        gap=float(gap),
        bound=float(bound),
        x=x,
        y=y,
        flow_i=fi,
        flow_j=fj,
        flow_ha=ff,
        flow_distance_m=dist,
        balance=balance_sheet(p, x, y),
        message=message,
        seconds=time.perf_counter() - t0,
    )


def _empty(p, status, t0, message="", objective=np.nan):
    e = np.zeros(0)
    return _result(
        p,
        status,
        np.zeros(p.n_demolition, bool),
        np.zeros(p.n_construction, bool),
        e,
        e,
        e,
        t0,
        objective=objective,
        message=message,
    )


def _fixed_bounds(p: LinkageProblem, fix_x, fix_y):
    """0/1 bounds of x and y from protected/excluded/mandatory/reach and user fixes."""
    n, m = p.n_demolition, p.n_construction
    lo_x, hi_x = np.zeros(n), np.where(p.protected, 0.0, 1.0)
    lo_y, hi_y = np.where(p.mandatory, 1.0, 0.0), np.where(p.excluded, 0.0, 1.0)
    reach = np.bincount(p.pair_j, minlength=m) > 0
    hi_y[~reach] = 0.0
    for name, fix, lo, hi, size in (
        ("fix_x", fix_x, lo_x, hi_x, n),
        ("fix_y", fix_y, lo_y, hi_y, m),
    ):
        if fix is None:
            continue
        if not isinstance(fix, dict):
            raise InputError(tr("{name} must be a dict {{row index: 0 or 1}}.").format(name=name))
        for r, val in fix.items():
            if not (isinstance(r, (int, np.integer)) and 0 <= r < size) or val not in (0, 1):
                raise InputError(
                    tr("{name}: bad entry {row}: {value} (row 0..{last}: 0 or 1).").format(
                        name=name, row=repr(r), value=repr(val), last=size - 1
                    )
                )
            if val == 1:
                lo[r] = 1.0
            else:
                hi[r] = 0.0
    return lo_x, hi_x, lo_y, hi_y


def _all_pairs(p: LinkageProblem) -> LinkageProblem:
    n, m = p.n_demolition, p.n_construction
    pi = np.tile(np.arange(n, dtype=np.int64), m)
    pj = np.repeat(np.arange(m, dtype=np.int64), n)
    keep = p.group_d[pi] == p.group_c[pj]
    return dataclasses.replace(
        p, pair_i=pi[keep], pair_j=pj[keep], pair_distance_m=np.zeros(int(keep.sum()))
    )


def _build(p: LinkageProblem, bounds_xy, relax=()):
    """Sparse MILP arrays: c, integrality, Bounds, LinearConstraint (or None)."""
    n, m, P, NG = p.n_demolition, p.n_construction, p.pair_i.size, len(p.group_names)
    F, W = n + m, n + m + P
    nv = W + NG
    a, b, q, o = p.area_d, p.area_c, p.quota, p.occupied
    lo_x, hi_x, lo_y, hi_y = bounds_xy

    c = np.zeros(nv)
    c[:n] = p.effective_cost
    c[n:F] = -p.value
    c[F:W] = p.distance_weight * p.pair_distance_m / 1000.0
    integrality = np.zeros(nv, dtype=np.uint8)
    integrality[:F] = 1
    lb = np.concatenate([lo_x, lo_y, np.zeros(P), np.zeros(NG)])
    ub = np.concatenate([hi_x, hi_y, np.minimum(b[p.pair_j], q[p.pair_i]), np.ones(NG)])

    rows, cols, vals, lo, hi = [], [], [], [], []
    r0 = 0

    def add(r, cc, v, nrows, low, high):
        nonlocal r0
        rows.append(np.asarray(r, dtype=np.int64) + r0)
        cols.append(np.asarray(cc, dtype=np.int64))
        vals.append(np.asarray(v, dtype=float))
        lo.append(np.broadcast_to(np.asarray(low, dtype=float), (nrows,)))
        hi.append(np.broadcast_to(np.asarray(high, dtype=float), (nrows,)))
        r0 += nrows

    ar_n, ar_m, ar_p, ar_g = np.arange(n), np.arange(m), np.arange(P), np.arange(NG)
    gd, gc = p.group_d, p.group_c
    # flow balance per j: Σ_i f_ij − b_j y_j = 0
    add(
        np.concatenate([p.pair_j, ar_m]),
        np.concatenate([F + ar_p, n + ar_m]),
        np.concatenate([np.ones(P), -b]),
        m,
        0.0,
        0.0,
    )
    # supply per i: Σ_j f_ij − q_i x_i ≤ 0
    add(
        np.concatenate([p.pair_i, ar_n]),
        np.concatenate([F + ar_p, ar_n]),
        np.concatenate([np.ones(P), -q]),
        n,
        -np.inf,
        0.0,
    )
    # y_j − w_g ≤ 0
    add(
        np.concatenate([ar_m, ar_m]),
        np.concatenate([n + ar_m, W + gc]),
        np.concatenate([np.ones(m), -np.ones(m)]),
        m,
        -np.inf,
        0.0,
    )
    # strict area per group: Σ b y − Σ a x + ε w ≤ 0
    eps = 0.0 if "strict" in relax else p.epsilon
    add(
        np.concatenate([gc, gd, ar_g]),
        np.concatenate([n + ar_m, ar_n, W + ar_g]),
        np.concatenate([b, -a, np.full(NG, eps)]),
        NG,
        -np.inf,
        0.0,
    )
    if "cultivated" not in relax:
        add(
            np.concatenate([gc, gd]),
            np.concatenate([n + ar_m, ar_n]),
            np.concatenate([o, -p.reclaimed]),
            NG,
            -np.inf,
            0.0,
        )
    if p.require_quality and "quality" not in relax:
        add(
            np.concatenate([gc, gd]),
            np.concatenate([n + ar_m, ar_n]),
            np.concatenate([p.quality_c, -p.quality_d]),
            NG,
            -np.inf,
            0.0,
        )
    if p.budget > 0 and "budget" not in relax:
        add(np.zeros(n), ar_n, p.cost, 1, -np.inf, p.budget)

    vals, rows, cols = np.concatenate(vals), np.concatenate(rows), np.concatenate(cols)
    nz = vals != 0
    A = sparse.csr_matrix((vals[nz], (rows[nz], cols[nz])), shape=(r0, nv))
    cons = LinearConstraint(A, np.concatenate(lo), np.concatenate(hi)) if r0 else None
    return c, integrality, Bounds(lb, ub), cons


def _solve(p, bounds_xy, time_limit, mip_rel_gap, relax=()):
    c, integrality, bounds, cons = _build(p, bounds_xy, relax)
    options = {"time_limit": float(time_limit), "mip_rel_gap": float(mip_rel_gap), "disp": False}
    return milp(
        c,
        integrality=integrality,
        bounds=bounds,
        constraints=[cons] if cons is not None else None,
        options=options,
    )


def _extract(p, sol):
    n, m = p.n_demolition, p.n_construction
    x = sol[:n] > 0.5
    y = sol[n : n + m] > 0.5
    f = sol[n + m : n + m + p.pair_i.size]
    keep = f > 1e-9
    return x, y, p.pair_i[keep], p.pair_j[keep], f[keep]


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
    """Exact linkage selection and pairing by MILP (HiGHS through ``scipy.optimize.milp``).

    Parameters
    ----------
    problem : LinkageProblem
        From :func:`linkage_problem`.
    time_limit : float, default 60
        Solver wall-time limit (s). When it is hit the best solution found is returned with
        status ``'time_limit'`` (or the greedy solution if that is better or the solver found
        none).
    mip_rel_gap : float, default 1e-9
        Relative optimality gap at which the solver stops.
    fix_x, fix_y : dict {row: 0 or 1}, optional
        Force single variables (what-if runs, runner-up solutions).
    raise_infeasible : bool, default True
        Raise :class:`InfeasibleError` with the diagnosis; if False return a result with status
        ``'infeasible'`` and the diagnosis in ``message``.
    is_canceled : callable, optional
        Polled before and after the solve (the solve itself cannot be interrupted; bound it
        with ``time_limit``); returns status ``'canceled'``.

    Returns
    -------
    LinkageResult
        An empty selection (objective 0) is a valid optimum when nothing is worth doing.

    Raises
    ------
    InfeasibleError
        When the mandatory 建新 parcels (or fixes) cannot be met; the message names the rule,
        the project area, the parcels and the numbers (see :func:`diagnose_infeasibility`).
    """
    t0 = time.perf_counter()
    p = problem
    if not (np.isfinite(time_limit) and time_limit > 0):
        raise InputError(
            tr("time_limit must be > 0 s, got {value}.").format(value=repr(time_limit))
        )
    if not (np.isfinite(mip_rel_gap) and mip_rel_gap >= 0):
        raise InputError(
            tr("mip_rel_gap must be >= 0, got {value}.").format(value=repr(mip_rel_gap))
        )
    canceled = is_canceled or (lambda: False)
    bxy = _fixed_bounds(p, fix_x, fix_y)

    def infeasible(msgs):
        text = _no_plan(msgs)
        if raise_infeasible:
            raise InfeasibleError(text)
        return _empty(p, "infeasible", t0, message=text)

    quick = _quick_diagnosis(p, bxy)
    if quick and any(q.startswith("!") for q in quick):
        return infeasible([q.lstrip("!") for q in quick])
    if canceled():
        return _empty(p, "canceled", t0, tr("canceled before the solve"))
    deadline = t0 + time_limit
    solved = None
    relaxed_bound = np.inf
    if len(p.group_names) > 1:
        # Project areas only share the budget: without one (or when the per-area optima fit
        # in it) the optimum is the sum of per-area optima, found much faster apart.
        solved = _solve_by_group(p, bxy, deadline, mip_rel_gap, canceled)
        if solved == "canceled":
            return _empty(p, "canceled", t0, tr("canceled"))
        if solved is not None and solved["status"] == "infeasible":
            return infeasible(
                [q.lstrip("!") for q in quick]
                or diagnose_infeasibility(
                    p, fix_x=fix_x, fix_y=fix_y, time_limit=min(10.0, time_limit)
                )
            )
        if (
            solved is not None
            and p.budget > 0
            and p.cost[solved["x"]].sum() > p.budget * (1 + 1e-9)
        ):
            relaxed_bound = solved["bound"]  # a bound for the budgeted problem too
            solved = None
    if solved is None:
        res = _solve(p, bxy, max(deadline - time.perf_counter(), 1.0), mip_rel_gap)
        if canceled():
            return _empty(p, "canceled", t0, tr("canceled"))
        if res.status == 2:
            msgs = [q.lstrip("!") for q in quick] or diagnose_infeasibility(
                p, fix_x=fix_x, fix_y=fix_y, time_limit=min(10.0, time_limit)
            )
            return infeasible(msgs)
        if res.status not in (0, 1):
            raise InfeasibleError(
                tr("The MILP solver failed (status {status}): {message}").format(
                    status=res.status, message=res.message
                )
            )
        dual = getattr(res, "mip_dual_bound", None)
        bound = -float(dual) if dual is not None and np.isfinite(dual) else np.nan
        solved = {
            "status": "optimal" if res.status == 0 else "time_limit",
            "bound": min(bound, relaxed_bound) if np.isfinite(bound) else relaxed_bound,
            "mip_gap": float(getattr(res, "mip_gap", np.nan)),
        }
        if res.x is not None:
            solved.update(zip(("x", "y", "fi", "fj", "ff"), _extract(p, res.x)))
    status, bound = solved["status"], solved["bound"]
    bound = bound if np.isfinite(bound) else np.nan
    note = ""
    cand = None
    if "x" in solved:
        x, y, fi, fj, ff = (solved[k] for k in ("x", "y", "fi", "fj", "ff"))
        cand = (x, y, fi, fj, ff, objective_value(p, x, y, (fi, fj, ff)))
    if status == "time_limit":
        try:
            g = greedy(p, fix_x=fix_x, fix_y=fix_y)
            if cand is None or g.objective > cand[5] + 1e-9:
                cand = (g.x, g.y, g.flow_i, g.flow_j, g.flow_ha, g.objective)
                note = (
                    tr("time limit reached; returning the greedy solution, which was better.") + " "
                )
        except InfeasibleError:
            pass
        if cand is None:
            return _empty(
                p, "time_limit", t0, tr("time limit reached before any feasible plan was found")
            )
        note += tr("time limit of {seconds:g} s reached").format(seconds=time_limit)
    x, y, fi, fj, ff, obj = cand
    gap = (bound - obj) / max(abs(obj), 1.0) if np.isfinite(bound) else np.nan
    if status == "optimal":
        gap = max(gap, 0.0) if np.isfinite(gap) else solved.get("mip_gap", np.nan)
    return _result(
        p, status, x, y, fi, fj, ff, t0, objective=obj, gap=gap, bound=bound, message=note
    )


def _group_problem(p: LinkageProblem, g: int):
    """Project area ``g`` alone (no budget), with the row maps back to ``p``."""
    di = np.flatnonzero(p.group_d == g)
    cj = np.flatnonzero(p.group_c == g)
    keep = p.group_c[p.pair_j] == g
    new_i = np.full(p.n_demolition, -1, dtype=np.int64)
    new_i[di] = np.arange(di.size)
    new_j = np.full(p.n_construction, -1, dtype=np.int64)
    new_j[cj] = np.arange(cj.size)
    per_d = ("demolition_ids", "area_d", "kappa", "grade_d", "cost", "priority", "protected")
    per_c = (
        "construction_ids",
        "area_c",
        "occupied",
        "grade_c",
        "value",
        "ctype",
        "mandatory",
        "excluded",
        "excluded_reason",
    )
    sub = dataclasses.replace(
        p,
        **{k: getattr(p, k)[di] for k in per_d},
        **{k: getattr(p, k)[cj] for k in per_c},
        group_d=np.zeros(di.size, dtype=p.group_d.dtype),
        group_c=np.zeros(cj.size, dtype=p.group_c.dtype),
        pair_i=new_i[p.pair_i[keep]],
        pair_j=new_j[p.pair_j[keep]],
        pair_distance_m=p.pair_distance_m[keep],
        group_names=(p.group_names[g],),
        budget=0.0,
    )
    return sub, di, cj


def _solve_by_group(p: LinkageProblem, bxy, deadline, mip_rel_gap, canceled):
    """Solve each project area apart, budget ignored; combined arrays and summed bound.

    Returns ``None`` when a group's solve gave no solution in its time, ``'canceled'``, or a
    dict with ``status`` ('optimal', 'time_limit' or 'infeasible'), ``bound`` and, unless
    infeasible, the combined ``x, y, fi, fj, ff``.
    """
    n, m = p.n_demolition, p.n_construction
    x, y = np.zeros(n, dtype=bool), np.zeros(m, dtype=bool)
    fi, fj, ff = [], [], []
    bound, status = 0.0, "optimal"
    groups = range(len(p.group_names))
    sizes = [np.count_nonzero(p.group_d == g) + np.count_nonzero(p.group_c == g) for g in groups]
    left = float(sum(sizes))
    for g in sorted(groups, key=lambda g: sizes[g]):
        if canceled():
            return "canceled"
        sub, di, cj = _group_problem(p, g)
        share = sizes[g] / left if left > 0 else 1.0
        left -= sizes[g]
        if cj.size == 0 or not np.any(bxy[3][cj] > 0):
            # nothing can be built here: demolish only parcels that pay for themselves
            sel = (bxy[1][di] > 0) & ((sub.effective_cost < 0) | (bxy[0][di] > 0))
            x[di] = sel
            bound -= float(sub.effective_cost[sel].sum())
            continue
        sub_bounds = (bxy[0][di], bxy[1][di], bxy[2][cj], bxy[3][cj])
        time_left = max((deadline - time.perf_counter()) * share, 1.0)
        res = _solve(sub, sub_bounds, time_left, mip_rel_gap)
        if res.status == 2:
            return {"status": "infeasible", "bound": np.nan}
        if res.status not in (0, 1) or res.x is None:
            return None
        if res.status == 1:
            status = "time_limit"
        dual = getattr(res, "mip_dual_bound", None)
        bound += -float(dual) if dual is not None and np.isfinite(dual) else -float(res.fun)
        sx, sy, si, sj, sf = _extract(sub, res.x)
        x[di], y[cj] = sx, sy
        fi.append(di[si])
        fj.append(cj[sj])
        ff.append(sf)
    fi = np.concatenate(fi) if fi else np.zeros(0, dtype=np.int64)
    fj = np.concatenate(fj) if fj else np.zeros(0, dtype=np.int64)
    ff = np.concatenate(ff) if ff else np.zeros(0)
    order = np.lexsort((fi, fj))
    return {
        "status": status,
        "bound": bound,
        "x": x,
        "y": y,
        "fi": fi[order],
        "fj": fj[order],
        "ff": ff[order],
    }


# --------------------------------------------------------------------------- diagnosis


def _no_plan(reasons) -> str:
    """The text of an :class:`InfeasibleError`: translated lead-in, then the reasons."""
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
    order = np.argsort(-g / k, kind="stable")
    left = budget
    for t in order:
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
    order = np.argsort(cost / np.maximum(gain, 1e-300), kind="stable")
    total, got = 0.0, 0.0
    for t in order:
        if got >= need:
            break
        take = min(1.0, (need - got) / gain[t]) if gain[t] > 0 else 0.0
        total += take * cost[t]
        got += take * gain[t]
    return total


def _quick_diagnosis(p: LinkageProblem, bxy):
    """Cheap necessary conditions for the mandatory 建新 parcels; '!'-prefixed = certain."""
    lo_x, hi_x, lo_y, hi_y = bxy
    ids_d, ids_c = p.demolition_ids, p.construction_ids
    out = []
    n = p.n_demolition
    reach = np.bincount(p.pair_j, minlength=p.n_construction) > 0
    dist = (
        tr(" within {distance:g} m").format(distance=p.max_distance_m)
        if p.max_distance_m > 0
        else ""
    )
    for j in np.flatnonzero(lo_y > hi_y):
        if p.excluded[j]:
            out.append(
                "!"
                + tr("建新 {parcel} is mandatory but excluded ({reason}).").format(
                    parcel=ids_c[j], reason=p.excluded_reason[j]
                )
            )
        elif not reach[j]:
            out.append(
                "!"
                + tr(
                    "mandatory 建新 {parcel} ({area:.2f} ha) has no 拆旧 candidate"
                    "{within} in project area {project_area}."
                ).format(
                    parcel=ids_c[j],
                    area=p.area_c[j],
                    within=dist,
                    project_area=_group_text(p.group_names[p.group_c[j]]),
                )
            )
        else:
            out.append(
                "!" + tr("建新 {parcel} is mandatory but fixed to 0.").format(parcel=ids_c[j])
            )
    for i in np.flatnonzero(lo_x > hi_x):
        out.append("!" + tr("拆旧 {parcel} is fixed to 1 but protected.").format(parcel=ids_d[i]))
    if out:
        return out
    K = p.budget if p.budget > 0 else np.inf
    sunk = float(p.cost[lo_x > 0].sum())
    if sunk > K * (1 + 1e-9):
        return [
            "!"
            + tr(
                "the 拆旧 parcels fixed to 1 cost {cost:.2f}, more than the budget {budget:.2f}."
            ).format(cost=sunk, budget=K)
        ]
    avail = hi_x > 0
    forced = lo_x > 0
    left = K - sunk
    mand = lo_y > 0
    q = p.quota
    # per mandatory parcel: quota reachable through its own pairs
    starts = np.searchsorted(p.pair_j, np.arange(p.n_construction + 1))
    for j in np.flatnonzero(mand):
        ii = p.pair_i[starts[j] : starts[j + 1]]
        ii = ii[avail[ii]]
        sup = float(q[ii].sum())
        if p.area_c[j] > sup + TOL_HA:
            s1, s2 = _fmt2(p.area_c[j], sup)
            out.append(
                "!"
                + tr(
                    "mandatory 建新 {parcel} needs {need} of quota; the "
                    "{n} non-protected 拆旧 parcels{within} in project area "
                    "{project_area} can supply at most {supply}."
                ).format(
                    parcel=ids_c[j],
                    need=s1,
                    n=ii.size,
                    within=dist,
                    project_area=_group_text(p.group_names[p.group_c[j]]),
                    supply=s2,
                )
            )
    min_cost = 0.0
    for g, name in enumerate(p.group_names):
        mj = np.flatnonzero(mand & (p.group_c == g))
        if mj.size == 0:
            continue
        need_b = float(p.area_c[mj].sum())
        need_o = float(p.occupied[mj].sum())
        need_qc = float(p.quality_c[mj].sum())
        ing = avail & (p.group_d == g)
        reachable = np.zeros(n, dtype=bool)
        reachable[p.pair_i[np.isin(p.pair_j, mj)]] = True
        reachable &= avail
        sup_q = float(q[reachable].sum())
        label = tr("mandatory 建新 in project area {project_area} ({n} parcels)").format(
            project_area=_group_text(name), n=mj.size
        )
        if need_b > sup_q + TOL_HA:
            s1, s2 = _fmt2(need_b, sup_q)
            out.append(
                "!"
                + tr(
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
                "!"
                + tr(
                    "{label} needs {need} of quota; within the budget of {budget:.2f} at most "
                    "{supply} can be reclaimed."
                ).format(label=label, need=s1, budget=K, supply=s2)
            )
            continue
        max_a = float(p.area_d[ing].sum())
        if not strictly_less_holds(need_b, max_a, p.epsilon):
            s1, s2 = _fmt2(need_b, max_a)
            out.append(
                "!"
                + tr(
                    "{label} covers {need}, but 建新 area must stay below 拆旧 area and "
                    "all non-protected 拆旧 parcels there total {supply}."
                ).format(label=label, need=s1, supply=s2)
            )
        max_r = float(p.reclaimed[ing].sum())
        if need_o > max_r + TOL_HA:
            s1, s2 = _fmt2(need_o, max_r)
            out.append(
                "!"
                + tr(
                    "{label} occupies {need} of cultivated land; all non-protected 拆旧 "
                    "parcels there reclaim at most {supply}."
                ).format(label=label, need=s1, supply=s2)
            )
        max_qd = float(p.quality_d[ing].sum())
        if p.require_quality and need_qc > max_qd + TOL_HA:
            s1, s2 = _fmt2(need_qc, max_qd, area=False)
            out.append(
                "!"
                + tr(
                    "{label} loses {need} quality points; all non-protected 拆旧 parcels "
                    "there give at most {supply}."
                ).format(label=label, need=s1, supply=s2)
            )
        need_rest = max(0.0, need_b - float(q[reachable & forced].sum()))
        min_cost += _min_cost_for(need_rest, q[opt], p.cost[opt])
    if not out and np.isfinite(K) and min_cost > left * (1 + 1e-9) + 1e-9:
        s1, s2 = _fmt2(min_cost + sunk, K, area=False)
        out.append(
            "!"
            + tr(
                "funding every mandatory 建新 parcel costs at least {cost}; the budget is {budget}."
            ).format(cost=s1, budget=s2)
        )
    return out


def diagnose_infeasibility(
    problem: LinkageProblem, *, fix_x=None, fix_y=None, time_limit: float = 10.0
):
    """Explain why no plan meets the mandatory 建新 parcels (and fixes).

    First cheap necessary conditions, per mandatory parcel and per project area: mandatory
    and excluded at once; no 拆旧 candidate in reach; quota needed vs the most that the
    non-protected 拆旧 parcels in reach can give (also within the budget, fractional bound);
    建新 area vs all 拆旧 area (strict rule); occupied vs reclaimable cultivated land; quality
    points; least cost vs budget. If none of these fires, the MILP is re-solved with one rule
    family relaxed at a time (quality, cultivated, strict area, budget, distance limit) and
    the relaxations that restore feasibility are named.

    Returns
    -------
    list of str
        Planner-readable sentences; empty if the problem is in fact feasible.
    """
    p = problem
    bxy = _fixed_bounds(p, fix_x, fix_y)
    quick = _quick_diagnosis(p, bxy)
    if quick:
        return [q.lstrip("!") for q in quick]
    res = _solve(p, bxy, time_limit, 1.0)
    if res.status != 2:
        return []
    names = {
        "quality": tr("the quality-points rule"),
        "cultivated": tr("the rule that cultivated land must not shrink (R >= O)"),
        "strict": tr("the strict 建新 < 拆旧 rule"),
        "budget": tr("the budget of {budget:.2f}").format(budget=p.budget),
        "distance": tr("the pair distance limit"),
    }
    helps = []
    for rel in _RELAXABLE:
        if rel == "quality" and not p.require_quality or rel == "budget" and p.budget <= 0:
            continue
        q = _all_pairs(p) if rel == "distance" else p
        r = _solve(q, _fixed_bounds(q, fix_x, fix_y), time_limit, 1.0, (rel,))
        if r.status in (0, 1) and r.x is not None:
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


# --------------------------------------------------------------------------- greedy


def greedy(
    problem: LinkageProblem,
    *,
    fix_x=None,
    fix_y=None,
    is_canceled: Optional[Callable[[], bool]] = None,
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

    Returns
    -------
    LinkageResult
        Status ``'heuristic'`` (``'canceled'`` if canceled); gap and bound NaN.

    Raises
    ------
    InfeasibleError
        If a mandatory 建新 parcel could not be funded (the heuristic does not prove that no
        plan exists; :func:`optimise` does).
    """
    t0 = time.perf_counter()
    p = problem
    canceled = is_canceled or (lambda: False)
    n, m, NG = p.n_demolition, p.n_construction, len(p.group_names)
    lo_x, hi_x, lo_y, hi_y = _fixed_bounds(p, fix_x, fix_y)
    quick = [s for s in _quick_diagnosis(p, (lo_x, hi_x, lo_y, hi_y)) if s.startswith("!")]
    if quick and (np.any(lo_x > hi_x) or np.any(lo_y > hi_y)):
        raise InfeasibleError(_no_plan(s[1:] for s in quick))
    a, q, rec, qd = p.area_d, p.quota, p.reclaimed, p.quality_d
    b, o, qc, k, eff = p.area_c, p.occupied, p.quality_c, p.cost, p.effective_cost
    lam, dkm = p.distance_weight, p.pair_distance_m / 1000.0
    K = p.budget if p.budget > 0 else np.inf
    starts = np.searchsorted(p.pair_j, np.arange(m + 1))
    allowed = hi_x > 0
    by_group = [np.flatnonzero(allowed & (p.group_d == g)) for g in range(NG)]
    by_group = [ii[np.argsort(eff[ii] / a[ii], kind="stable")] for ii in by_group]

    x = np.zeros(n, dtype=bool)
    rem = np.zeros(n)
    sA, sR, sQD = np.zeros(NG), np.zeros(NG), np.zeros(NG)
    sB, sO, sQC = np.zeros(NG), np.zeros(NG), np.zeros(NG)
    y = np.zeros(m, dtype=bool)
    flows = []
    spent = 0.0

    def select(i):
        nonlocal spent
        x[i] = True
        rem[i] = q[i]
        g = p.group_d[i]
        sA[g] += a[i]
        sR[g] += rec[i]
        sQD[g] += qd[i]
        spent += k[i]

    for i in np.flatnonzero(lo_x > 0):
        select(i)

    def rules_hold(g, dA, dR, dQD, j):
        return (
            strictly_less_holds(sB[g] + b[j], sA[g] + dA, p.epsilon)
            and sO[g] + o[j] <= sR[g] + dR + TOL_HA
            and (not p.require_quality or sQC[g] + qc[j] <= sQD[g] + dQD + TOL_HA)
        )

    mand = np.flatnonzero(lo_y > 0)
    mand = mand[np.argsort(-b[mand], kind="stable")]
    opt = np.flatnonzero((lo_y == 0) & (hi_y > 0) & (p.value > 0))
    opt = opt[np.argsort(-p.value[opt] / b[opt], kind="stable")]
    failed = []
    for j in np.concatenate([mand, opt]).astype(np.int64):
        if canceled():
            return _empty(p, "canceled", t0, tr("canceled"))
        is_mand = lo_y[j] > 0
        g = p.group_c[j]
        ci = p.pair_i[starts[j] : starts[j + 1]]
        cd = dkm[starts[j] : starts[j + 1]]
        usable = (x[ci] & (rem[ci] > 1e-12)) | (~x[ci] & allowed[ci])
        price = np.where(x[ci], 0.0, eff[ci] / q[ci]) + lam * cd
        need, new, take_list = b[j], [], []
        add_cost, add_eff, dist_cost = 0.0, 0.0, 0.0
        for t in np.argsort(price, kind="stable"):
            if not usable[t]:
                continue
            i = ci[t]
            if x[i]:
                cap = rem[i]
            else:
                if spent + add_cost + k[i] > K * (1 + 1e-12):
                    continue
                cap = q[i]
                new.append(i)
                add_cost += k[i]
                add_eff += eff[i]
            take = min(cap, need)
            take_list.append((i, take))
            dist_cost += lam * cd[t] * take
            need -= take
            if need <= 1e-12:
                break
        ok = need <= 1e-9
        if ok:
            newset = set(new)
            dA, dR, dQD = (float(sum(arr[i] for i in new)) for arr in (a, rec, qd))
            if not rules_hold(g, dA, dR, dQD, j):
                ok = False
                for i in by_group[g]:
                    if x[i] or i in newset or spent + add_cost + k[i] > K * (1 + 1e-12):
                        continue
                    new.append(i)
                    newset.add(i)
                    add_cost += k[i]
                    add_eff += eff[i]
                    dA, dR, dQD = dA + a[i], dR + rec[i], dQD + qd[i]
                    if rules_hold(g, dA, dR, dQD, j):
                        ok = True
                        break
        gain = p.value[j] - add_eff - dist_cost
        if ok and (is_mand or gain > 1e-12):
            for i in new:
                select(i)
            for i, take in take_list:
                rem[i] -= take
                flows.append((i, j, take))
            y[j] = True
            sB[g] += b[j]
            sO[g] += o[j]
            sQC[g] += qc[j]
        elif is_mand:
            failed.append(j)
    if failed:
        names = ", ".join(str(p.construction_ids[j]) for j in failed[:8])
        raise InfeasibleError(
            tr(
                "The greedy heuristic could not fund the mandatory 建新 parcels {parcels}; run the "
                "exact optimiser for a definite answer."
            ).format(parcels=names)
        )
    for i in np.flatnonzero(allowed & ~x & (eff < 0))[np.argsort(eff[allowed & ~x & (eff < 0)])]:
        if spent + k[i] <= K * (1 + 1e-12):
            select(i)
    fl = np.array(flows, dtype=float).reshape(-1, 3)
    order = np.lexsort((fl[:, 0], fl[:, 1]))
    fl = fl[order]
    fl = fl[fl[:, 2] > 1e-12]
    return _result(
        p, "heuristic", x, y, fl[:, 0].astype(np.int64), fl[:, 1].astype(np.int64), fl[:, 2], t0
    )

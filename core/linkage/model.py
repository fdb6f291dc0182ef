"""The exact linkage model (DOMAIN.md §3.5, pairing version) and one solve of it with HiGHS.

With ``n`` 拆旧 candidates ``i``, ``m`` 建新 candidates ``j``, candidate pairs ``p = (i, j)``
and project areas (groups) ``g``:

* variables ``x_i, y_j ∈ {0, 1}``; ``f_p ≥ 0`` quota (ha) carried along pair ``p``, bounded by
  ``min(b_j, q_i)``; ``w_g ∈ [0, 1]``, forced to 1 when anything is built in group ``g``;
* ``Σ_i f_ij = b_j y_j`` (every built ha is paid by quota from paired demolitions);
* ``Σ_j f_ij ≤ q_i x_i``;
* per group: ``y_j ≤ w_g``; ``Σ b_j y_j − Σ a_i x_i + ε w_g ≤ 0`` (strict 建新 < 拆旧 when
  something is built); ``Σ o_j y_j ≤ Σ a_i κ_i x_i``; quality points
  ``Σ o_j (G − g'_j) y_j ≤ Σ a_i κ_i (G − g_i) x_i`` when required;
* county-wide budget ``Σ k_i x_i ≤ K`` when there is one;
* maximise ``Σ v_j y_j − Σ k_i x_i + β Σ h_i x_i − λ Σ d_ij(km) f_ij`` (− ``μ Σ k_i x_i``
  at a budget price ``μ``, for the Lagrangian relaxation of :mod:`.decompose`).

:func:`solve_model` runs ``scipy.optimize.milp`` (HiGHS) and maps *every* outcome — a proven
optimum, a time limit with or without a plan, infeasibility, numerical trouble, an exception,
a result object that lacks a field or holds None — to a :class:`SolveOutcome`; it never raises
but for :class:`~core.solver.SolveCanceled`, when the solve is canceled inside a
:func:`~core.solver.cancel_scope` (the solver then runs in a worker process, killed at once).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint

from ..errors import InputError
from ..messages import tr
from ..solver import SolveCanceled, linprog, milp  # cancellable (core/solver.py)
from .accounting import Selection, objective_value
from .problem import LinkageProblem


@dataclass(frozen=True, eq=False)
class VariableBounds:
    """0/1 bounds of ``x`` (n,) and ``y`` (m,): protected, excluded, mandatory, out of reach
    and the caller's fixes."""

    lo_x: np.ndarray
    hi_x: np.ndarray
    lo_y: np.ndarray
    hi_y: np.ndarray

    def rows(self, rows_d, rows_c) -> VariableBounds:
        """The bounds of a sub-problem made of rows ``rows_d`` and ``rows_c``."""
        return VariableBounds(
            self.lo_x[rows_d], self.hi_x[rows_d], self.lo_y[rows_c], self.hi_y[rows_c]
        )


def variable_bounds(p: LinkageProblem, fix_x=None, fix_y=None) -> VariableBounds:
    """0/1 bounds of x and y from protected/excluded/mandatory/reach and ``fix_x``/``fix_y``.

    ``fix_x``, ``fix_y`` are dicts ``{row: 0 or 1}`` (what-if runs, runner-up solutions).
    """
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
    return VariableBounds(lo_x, hi_x, lo_y, hi_y)


#: Aggregate the flows by class of 拆旧 parcels when λ = 0 (:class:`FlowClasses`); False
#: builds the per-pair model everywhere (benchmarks compare the two).
AGGREGATE_FLOWS = True


@dataclass(frozen=True, eq=False)
class Model:
    """The MILP arrays of one problem: minimise ``c·z`` (``c`` = −objective)."""

    problem: LinkageProblem
    c: np.ndarray
    integrality: np.ndarray
    bounds: Bounds
    constraints: Optional[LinearConstraint]
    budget_row: Optional[int] = None
    #: the flow columns are per (class of 拆旧 parcels, 建新 parcel): see :func:`flow_classes`
    classes: Optional[FlowClasses] = None


@dataclass(frozen=True, eq=False)
class FlowClasses:
    """拆旧 parcels grouped by their set of candidate 建新 partners.

    ``of_i`` (n,) is each parcel's class; ``pair_class``, ``pair_j`` the (class, 建新) pairs,
    one flow column each. With ``λ = 0`` a flow costs nothing, so quota from parcels with the
    same partners is interchangeable: ``Σ_j F_Cj ≤ Σ_{i∈C} q_i x_i`` per class replaces the
    per-parcel supply rows, and any split of ``F_Cj`` among the selected members that respects
    their quota is a plan of the pair model with the same objective (exact; :func:`extract`).
    Without MAX_PAIR_DISTANCE a project area is one class: one flow column per 建新 parcel.
    """

    of_i: np.ndarray
    pair_class: np.ndarray
    pair_j: np.ndarray

    @property
    def n_classes(self) -> int:
        return int(self.of_i.max()) + 1 if self.of_i.size else 0


def flow_classes(p: LinkageProblem) -> FlowClasses:
    """The classes of :class:`FlowClasses` (parcels without partners form one class)."""
    n = p.n_demolition
    order = np.lexsort((p.pair_j, p.pair_i))
    pi, pj = p.pair_i[order], p.pair_j[order]
    starts = np.searchsorted(pi, np.arange(n + 1))
    index, of_i, class_j = {}, np.empty(n, dtype=np.int64), []
    for i in range(n):
        key = pj[starts[i] : starts[i + 1]].tobytes()
        k = index.get(key)
        if k is None:
            k = index[key] = len(class_j)
            class_j.append(pj[starts[i] : starts[i + 1]])
        of_i[i] = k
    sizes = np.array([js.size for js in class_j], dtype=np.int64)
    pair_class = np.repeat(np.arange(len(class_j), dtype=np.int64), sizes)
    pair_j = np.concatenate(class_j) if class_j else np.zeros(0, dtype=np.int64)
    return FlowClasses(of_i, pair_class, pair_j.astype(np.int64))


def build_model(
    p: LinkageProblem,
    vb: VariableBounds,
    relax: Tuple[str, ...] = (),
    aggregate: Optional[bool] = None,
) -> Model:
    """The sparse MILP of ``p`` under bounds ``vb``, without the rule families in ``relax``
    (any of "quality", "cultivated", "strict", "budget"; for the infeasibility diagnosis).

    ``aggregate`` (default: when ``λ = 0``) carries quota per class of 拆旧 parcels with the
    same partners (:class:`FlowClasses`) instead of per pair: the same optimum, far fewer
    columns. With ``λ > 0`` it is refused (the pairs' distances differ within a class).
    """
    if aggregate is None:
        aggregate = AGGREGATE_FLOWS and p.distance_weight == 0
    if aggregate and p.distance_weight != 0:
        raise ValueError("aggregate flows need distance_weight 0")
    classes = flow_classes(p) if aggregate else None
    n, m, NG = p.n_demolition, p.n_construction, len(p.group_names)
    a, b, q, o = p.area_d, p.area_c, p.quota, p.occupied
    if classes is None:
        flow_from, flow_j, supplies = p.pair_i, p.pair_j, n
        flow_ub = np.minimum(b[p.pair_j], q[p.pair_i])
    else:
        flow_from, flow_j, supplies = classes.pair_class, classes.pair_j, classes.n_classes
        class_quota = np.bincount(classes.of_i, weights=q * vb.hi_x, minlength=supplies)
        flow_ub = np.minimum(b[flow_j], class_quota[flow_from])
    P = flow_from.size
    F, W = n + m, n + m + P
    nv = W + NG

    c = np.zeros(nv)
    c[:n] = p.effective_cost
    c[n:F] = -p.value
    if classes is None:
        c[F:W] = p.distance_weight * p.pair_distance_m / 1000.0
    integrality = np.zeros(nv, dtype=np.uint8)
    integrality[:F] = 1
    lb = np.concatenate([vb.lo_x, vb.lo_y, np.zeros(P), np.zeros(NG)])
    ub = np.concatenate([vb.hi_x, vb.hi_y, flow_ub, np.ones(NG)])

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
    ones_p, inf = np.ones(P), np.inf
    # flow balance per j: Σ_i f_ij − b_j y_j = 0
    add(np.r_[flow_j, ar_m], np.r_[F + ar_p, n + ar_m], np.r_[ones_p, -b], m, 0.0, 0.0)
    # supply per i: Σ_j f_ij − q_i x_i ≤ 0 (per class: Σ_j F_Cj − Σ_{i∈C} q_i x_i ≤ 0)
    supplier = ar_n if classes is None else classes.of_i
    add(np.r_[flow_from, supplier], np.r_[F + ar_p, ar_n], np.r_[ones_p, -q], supplies, -inf, 0.0)
    # y_j − w_g ≤ 0
    add(np.r_[ar_m, ar_m], np.r_[n + ar_m, W + gc], np.r_[np.ones(m), -np.ones(m)], m, -inf, 0.0)
    # strict area per group: Σ b y − Σ a x + ε w ≤ 0
    eps = 0.0 if "strict" in relax else p.epsilon
    add(
        np.r_[gc, gd, ar_g],
        np.r_[n + ar_m, ar_n, W + ar_g],
        np.r_[b, -a, np.full(NG, eps)],
        NG,
        -inf,
        0.0,
    )
    if "cultivated" not in relax:
        add(np.r_[gc, gd], np.r_[n + ar_m, ar_n], np.r_[o, -p.reclaimed], NG, -inf, 0.0)
    if p.require_quality and "quality" not in relax:
        add(np.r_[gc, gd], np.r_[n + ar_m, ar_n], np.r_[p.quality_c, -p.quality_d], NG, -inf, 0.0)
    budget_row = None
    if p.has_budget and "budget" not in relax:
        budget_row = r0
        add(np.zeros(n), ar_n, p.cost, 1, -inf, p.budget)

    vals, rows, cols = np.concatenate(vals), np.concatenate(rows), np.concatenate(cols)
    nz = vals != 0
    A = sparse.csr_matrix((vals[nz], (rows[nz], cols[nz])), shape=(r0, nv))
    cons = LinearConstraint(A, np.concatenate(lo), np.concatenate(hi)) if r0 else None
    return Model(p, c, integrality, Bounds(lb, ub), cons, budget_row, classes)


# --------------------------------------------------------------------------- solving


@dataclass(frozen=True)
class SolverReport:
    """What a solver result says, whatever the scipy version: every field may be missing.

    ``status`` is ``'optimal'``, ``'time_limit'``, ``'infeasible'`` or ``'error'``; ``x`` the
    solution vector (None when there is none); ``bound`` an upper bound on the *maximised*
    objective ``−c·z`` (NaN if unknown); ``message`` the solver's words.
    """

    status: str
    x: Optional[np.ndarray]
    bound: float
    message: str


def _number(value) -> float:
    """``value`` as a float; NaN for None, non-numbers and non-finite values."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return math.nan
    return v if math.isfinite(v) else math.nan


def read_result(res, size: int) -> SolverReport:
    """Map a ``scipy.optimize.milp`` result (or anything like it) to a :class:`SolverReport`.

    scipy's status codes: 0 optimal, 1 iteration or time limit, 2 infeasible, 3 unbounded,
    4 other. A solution vector is kept only when it has ``size`` finite entries. ``mip_gap``,
    ``mip_dual_bound`` and ``fun`` may be missing or None (older scipy, no solution).
    """
    try:
        code = int(getattr(res, "status", None))
    except (TypeError, ValueError):
        code = None
    message = str(getattr(res, "message", "") or "")
    x = getattr(res, "x", None)
    try:
        x = None if x is None else np.asarray(x, dtype=float).ravel()
    except (TypeError, ValueError):
        x = None
    if x is not None and (x.size != size or not np.all(np.isfinite(x))):
        x = None
    fun = _number(getattr(res, "fun", None))
    dual = _number(getattr(res, "mip_dual_bound", None))
    gap = _number(getattr(res, "mip_gap", None))
    bound = -dual
    if math.isnan(bound) and not math.isnan(fun) and not math.isnan(gap):
        bound = -fun + gap * max(abs(fun), 1e-12)
    if code == 0 and x is not None:
        if math.isnan(bound) and not math.isnan(fun):
            bound = -fun
        return SolverReport("optimal", x, bound, message)
    if code == 1:
        return SolverReport("time_limit", x, bound, message)
    if code == 2:
        return SolverReport("infeasible", None, math.nan, message)
    if code == 0:
        message = tr("the solver reported an optimum but returned no solution")
    elif code == 3:
        message = tr(
            "the solver reported an unbounded model (numerical trouble): {message}"
        ).format(message=message)
    elif not message:
        message = tr("the solver stopped with status {status}").format(status=code)
    return SolverReport("error", x, bound, message)


def run_model(
    model: Model,
    time_limit: float,
    mip_rel_gap: float,
    price: float = 0.0,
    floor: Optional[float] = None,
) -> SolverReport:
    """Solve ``model`` once; with a budget ``price`` μ > 0 the 拆旧 costs become
    ``k_i − β h_i + μ k_i`` (the Lagrangian relaxation of the budget, :mod:`.decompose`).

    With a ``floor``, only plans whose maximised objective reaches it count (one more row):
    ``'infeasible'`` then proves that none does, so the floor bounds the model.

    Never raises (but :class:`~core.solver.SolveCanceled` on a cancel): a solver exception
    becomes status ``'error'`` with its message; a time limit ≤ 0 returns ``'time_limit'``
    without a solution at once.
    """
    size = model.c.size
    if not time_limit > 0:
        return SolverReport("time_limit", None, math.nan, tr("no time left"))
    c = model.c
    if price:
        c = c.copy()
        c[: model.problem.n_demolition] += price * model.problem.cost
    options = {"time_limit": float(time_limit), "mip_rel_gap": float(mip_rel_gap), "disp": False}
    constraints = [model.constraints] if model.constraints is not None else []
    if floor is not None:
        constraints.append(LinearConstraint(sparse.csr_matrix(c.reshape(1, -1)), -np.inf, -floor))
    try:
        res = milp(
            c,
            integrality=model.integrality,
            bounds=model.bounds,
            constraints=constraints or None,
            options=options,
        )
    except SolveCanceled:
        raise
    except Exception as error:  # noqa: BLE001 (the solver's failure is an outcome, not a crash)
        return SolverReport("error", None, math.nan, f"{type(error).__name__}: {error}")
    return read_result(res, size)


def extract(p: LinkageProblem, z: np.ndarray, classes: Optional[FlowClasses] = None) -> Selection:
    """The selection in a solution vector ``z`` of :func:`build_model`'s model; with
    ``classes`` (an aggregated model) each class flow is split among the class's selected
    parcels, filling them in row order."""
    n, m = p.n_demolition, p.n_construction
    x, y = z[:n] > 0.5, z[n : n + m] > 0.5
    if classes is None:
        f = z[n + m : n + m + p.pair_i.size]
        keep = f > 1e-9
        return Selection.of(x, y, p.pair_i[keep], p.pair_j[keep], f[keep])
    f = z[n + m : n + m + classes.pair_class.size]
    keep = np.flatnonzero(f > 1e-9)
    members = {}
    for i in np.flatnonzero(x):
        members.setdefault(int(classes.of_i[i]), []).append(int(i))
    q = p.quota
    fi, fj, ff = [], [], []
    cursor = {}
    left = {}
    for k in keep:
        cls, j, need = int(classes.pair_class[k]), int(classes.pair_j[k]), float(f[k])
        rows = members.get(cls)
        if not rows:
            continue  # numerically zero quota in a class with nothing selected
        t = cursor.get(cls, 0)
        while need > 1e-12:
            i = rows[t]
            have = left.get(i, q[i])
            take = min(have, need) if t < len(rows) - 1 else need
            if take > 0:
                fi.append(i)
                fj.append(j)
                ff.append(take)
            need -= take
            left[i] = have - take
            if need > 1e-12:
                t += 1
        cursor[cls] = t
    return Selection.of(x, y, fi, fj, ff)


@dataclass(frozen=True, eq=False)
class SolveOutcome:
    """One solve: status (as :class:`SolverReport`), the plan found (or None), its objective,
    its cost ``Σ k x``, the bound and the seconds it took."""

    status: str
    selection: Optional[Selection]
    objective: float
    cost: float
    bound: float
    message: str
    seconds: float


def solve_model(
    model: Model,
    time_limit: float,
    mip_rel_gap: float,
    price: float = 0.0,
    floor: Optional[float] = None,
) -> SolveOutcome:
    """:func:`run_model`, then the plan's objective and cost recomputed from the selection.

    ``bound`` bounds what the model maximised: ``objective − price·cost`` (with a ``floor``,
    only among the plans that reach it).
    """
    t0 = time.perf_counter()
    p = model.problem
    report = run_model(model, time_limit, mip_rel_gap, price, floor)
    selection, objective, cost = None, math.nan, math.nan
    if report.x is not None:
        selection = extract(p, report.x, model.classes)
        objective = objective_value(p, selection.x, selection.y, selection.flows)
        cost = float(p.cost[selection.x].sum())
    return SolveOutcome(
        report.status,
        selection,
        objective,
        cost,
        report.bound,
        report.message,
        time.perf_counter() - t0,
    )


@dataclass(frozen=True)
class Relaxation:
    """The LP relaxation of a model: ``status`` (``'optimal'``, ``'infeasible'``,
    ``'time_limit'`` or ``'error'``), its optimum ``bound`` (an upper bound on the maximised
    objective), ``price``, the dual value of the budget row (≥ 0; NaN if unknown), and ``x``
    (n,), ``y`` (m,), the relaxed selections (None unless optimal)."""

    status: str
    bound: float
    price: float
    message: str = ""
    x: Optional[np.ndarray] = None
    y: Optional[np.ndarray] = None


def solve_relaxation(model: Model, time_limit: float) -> Relaxation:
    """The LP relaxation of ``model`` by HiGHS (``scipy.optimize.linprog``); never raises."""
    if not time_limit > 0:
        return Relaxation("time_limit", math.nan, math.nan, tr("no time left"))
    cons = model.constraints
    A, lo, hi = cons.A.tocsr(), np.asarray(cons.lb, float), np.asarray(cons.ub, float)
    eq = lo == hi
    le = ~eq & np.isfinite(hi)
    ge = ~eq & np.isfinite(lo)
    try:
        res = linprog(
            model.c,
            A_ub=sparse.vstack([A[le], -A[ge]]).tocsr(),
            b_ub=np.r_[hi[le], -lo[ge]],
            A_eq=A[eq] if eq.any() else None,
            b_eq=hi[eq] if eq.any() else None,
            bounds=np.c_[model.bounds.lb, model.bounds.ub],
            method="highs",
            options={"time_limit": float(time_limit)},
        )
    except SolveCanceled:
        raise
    except Exception as error:  # noqa: BLE001 (an outcome, not a crash)
        return Relaxation("error", math.nan, math.nan, f"{type(error).__name__}: {error}")
    code = getattr(res, "status", None)
    if code == 2:
        return Relaxation("infeasible", math.nan, math.nan, str(getattr(res, "message", "")))
    bound = -_number(getattr(res, "fun", None))
    if code != 0 or math.isnan(bound):
        return Relaxation("time_limit" if code == 1 else "error", math.nan, math.nan)
    price = math.nan
    if model.budget_row is not None:
        marginals = getattr(getattr(res, "ineqlin", None), "marginals", None)
        row = int(np.count_nonzero(le[: model.budget_row]))
        try:
            price = max(-float(marginals[row]), 0.0)
        except (TypeError, ValueError, IndexError):
            price = math.nan
    z = getattr(res, "x", None)
    n, m = model.problem.n_demolition, model.problem.n_construction
    if z is None or np.size(z) != model.c.size:
        return Relaxation("optimal", bound, price)
    z = np.asarray(z, dtype=float)
    return Relaxation("optimal", bound, price, "", z[:n], z[n : n + m])

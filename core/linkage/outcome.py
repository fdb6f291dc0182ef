"""The outcome of one optimiser run on a :class:`~.problem.LinkageProblem`."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from .accounting import BalanceSheet, Selection, balance_sheet, objective_value
from .problem import LinkageProblem


@dataclass(frozen=True, eq=False)
class LinkageResult:
    """Outcome of :func:`~.solve.optimise` or :func:`~.greedy.greedy`.

    Attributes
    ----------
    status : str
        ``'optimal'`` (proven within the relative gap), ``'time_limit'`` (best plan known when
        the time ran out, see ``gap``), ``'solver_error'`` (the solver failed on a model; best
        plan known), ``'infeasible'``, ``'heuristic'`` (greedy) or ``'canceled'``.
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
        Diagnosis when infeasible; notes otherwise (time limit, solver trouble).
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
        """``(i, j, f_ha)`` as accepted by :func:`~.accounting.check_solution`."""
        return self.flow_i, self.flow_j, self.flow_ha

    @property
    def has_plan(self) -> bool:
        return math.isfinite(self.objective)


def relative_gap(bound: float, objective: float) -> float:
    """``(bound − objective) / max(|objective|, 1)``, ≥ 0; NaN when either is unknown."""
    if not (math.isfinite(bound) and math.isfinite(objective)):
        return math.nan
    return max(bound - objective, 0.0) / max(abs(objective), 1.0)


def make_result(
    p: LinkageProblem,
    status: str,
    selection: Selection,
    t0: float,
    *,
    objective=None,
    bound=math.nan,
    message: str = "",
) -> LinkageResult:
    """A :class:`LinkageResult` of ``selection``, its balance sheet and gap to ``bound``."""
    pos = p.pair_positions(selection.flow_i, selection.flow_j)
    dist = np.where(pos >= 0, p.pair_distance_m[np.maximum(pos, 0)], np.nan) if pos.size else []
    if objective is None:
        objective = objective_value(p, selection.x, selection.y, selection.flows)
    return LinkageResult(
        status=status,
        objective=float(objective),
        gap=relative_gap(bound, objective),
        bound=float(bound),
        x=selection.x,
        y=selection.y,
        flow_i=selection.flow_i,
        flow_j=selection.flow_j,
        flow_ha=selection.flow_ha,
        flow_distance_m=np.asarray(dist, dtype=float),
        balance=balance_sheet(p, selection.x, selection.y),
        message=message,
        seconds=time.perf_counter() - t0,
    )


def no_plan_result(p: LinkageProblem, status: str, t0: float, message: str = "", bound=math.nan):
    """A result without a plan: nothing selected, objective NaN."""
    return make_result(
        p, status, Selection.nothing(p), t0, objective=math.nan, bound=bound, message=message
    )

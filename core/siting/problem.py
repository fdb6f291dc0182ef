"""The siting problem as plain arrays: demand weights, candidate sites, sparse costs, the rule.

Costs are explicit ``(rows, cols, values)`` pairs (demand index, candidate index, cost). A pair
not listed cannot be assigned (beyond a network cutoff, missing from a cost table, or off the
roads); a listed cost of 0 is a real cost of 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..checks import bool_vector, float_vector, limit, nonnegative
from ..errors import InputError
from ..labels import LabelTable
from ..messages import tr

MODELS = ("lscp", "mclp", "pmedian", "pcenter")
STATUSES = ("optimal", "time_limit", "infeasible")

SITE_ROLE_LABELS = LabelTable(
    "site_role",
    {
        "new": ("new site", "新增设施"),
        "existing": ("existing facility", "现状设施"),
        "candidate": ("candidate not chosen", "未选候选点"),
    },
)
STATUS_LABELS = LabelTable(
    "status",
    {
        "optimal": ("optimal", "最优"),
        "time_limit": ("time limit reached", "达到时间上限"),
        "infeasible": ("infeasible", "不可行"),
    },
)


@dataclass(frozen=True, eq=False)
class SiteCosts:
    """Demand-to-candidate costs as explicit pairs.

    Attributes
    ----------
    rows, cols : ndarray of int64, shape (nnz,)
        Demand index and candidate index of each listed pair (each pair at most once).
    values : ndarray of float64, shape (nnz,)
        Cost of the pair, >= 0, finite (minutes, metres or the cost table's unit).
    shape : tuple (n_demand, n_candidates)
    """

    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    shape: tuple

    @classmethod
    def from_dense(cls, matrix) -> SiteCosts:
        """Pairs of a dense matrix; NaN or inf entries are "not listed"."""
        m = np.asarray(matrix, dtype=float)
        rows, cols = np.nonzero(np.isfinite(m))
        return cls(rows.astype(np.int64), cols.astype(np.int64), m[rows, cols], m.shape)

    def checked(self) -> SiteCosts:
        rows = np.asarray(self.rows, dtype=np.int64).ravel()
        cols = np.asarray(self.cols, dtype=np.int64).ravel()
        values = np.asarray(self.values, dtype=float).ravel()
        n, m = (int(s) for s in self.shape)
        if not rows.size == cols.size == values.size:
            raise InputError(tr("Cost pairs must have as many rows, columns and values."))
        if rows.size and (rows.min() < 0 or rows.max() >= n or cols.min() < 0 or cols.max() >= m):
            raise InputError(tr("A cost pair names a demand point or candidate out of range."))
        if not np.isfinite(values).all() or (values < 0).any():
            raise InputError(tr("Costs must be finite and >= 0."))
        keys = rows * max(m, 1) + cols
        if np.unique(keys).size != keys.size:
            raise InputError(tr("A demand–candidate pair is listed more than once in the costs."))
        order = np.lexsort((cols, rows))
        return SiteCosts(rows[order], cols[order], values[order], (n, m))

    def dense(self) -> np.ndarray:
        """(n, m) array, inf where a pair is not listed."""
        out = np.full(self.shape, np.inf)
        out[self.rows, self.cols] = self.values
        return out


@dataclass(frozen=True)
class SitingRule:
    """What to solve.

    Attributes
    ----------
    model : str
        One of :data:`MODELS`.
    new_facilities : int
        New sites to open beyond the existing ones (MCLP, p-median, p-center; LSCP finds it).
    threshold : float
        Covering cost, inclusive (cost <= threshold is covered); inf = none (p-median and
        p-center only; then every assigned point counts as covered).
    curve_max : int
        0 = no curve; else solve for 0, 1, ..., curve_max new sites.
    time_limit : float
        Seconds per solve; 0 or None = no limit (decoded by :func:`~core.checks.limit`).
    """

    model: str = "pmedian"
    new_facilities: int = 1
    threshold: float = math.inf
    curve_max: int = 0
    time_limit: Optional[float] = None


@dataclass(frozen=True, eq=False)
class Problem:
    """Checked arrays of one siting run (internal to the package)."""

    weights: np.ndarray
    existing: np.ndarray
    capacity: Optional[np.ndarray]
    costs: SiteCosts
    threshold: float

    @property
    def n(self) -> int:
        return int(self.costs.shape[0])

    @property
    def m(self) -> int:
        return int(self.costs.shape[1])

    @property
    def n_new_candidates(self) -> int:
        return int((~self.existing).sum())


def checked_problem(weights, existing, costs: SiteCosts, rule: SitingRule, capacity=None):
    """``(problem, rule)`` validated; raises :class:`~core.errors.InputError` on bad input."""
    costs = costs.checked()
    n, m = costs.shape
    if rule.model not in MODELS:
        raise InputError(
            tr("Unknown model {model}; use one of: {models}.").format(
                model=repr(rule.model), models=", ".join(MODELS)
            )
        )
    if m == 0:
        raise InputError(tr("There are no candidate sites."))
    w = nonnegative(float_vector(weights, tr("population"), n, allow_nan=False), tr("population"))
    ex = bool_vector(existing, tr("existing"), m)
    cap = None
    if capacity is not None:
        cap = nonnegative(
            float_vector(capacity, tr("capacity"), m, allow_nan=False), tr("capacity")
        )
    threshold = math.inf if rule.threshold is None else float(rule.threshold)
    if math.isnan(threshold) or threshold < 0:
        raise InputError(tr("The threshold must be >= 0."))
    if rule.model in ("lscp", "mclp") and not math.isfinite(threshold):
        raise InputError(tr("LSCP and MCLP need a threshold (or a standard that gives one)."))
    p = int(rule.new_facilities)
    if p < 0 or int(rule.curve_max) < 0:
        raise InputError(tr("The number of new facilities and CURVE_MAX must be >= 0."))
    n_new = int((~ex).sum())
    if rule.model != "lscp" and p > n_new:
        raise InputError(
            tr(
                "{p} new facilities were asked for, but there are only {n} candidate sites "
                "that are not existing facilities."
            ).format(p=p, n=n_new)
        )
    time_limit = limit(rule.time_limit, tr("time limit"))
    rule = SitingRule(rule.model, p, threshold, int(rule.curve_max), time_limit)
    return Problem(w, ex, cap, costs, threshold), rule

"""The consolidation problem as plain arrays: who must move, who may be central, the rule.

Costs are explicit pairs between settlements, ``(rows, cols, values)`` = (from, to, cost), as in
:class:`core.siting.SiteCosts` with shape (n, n). A pair not listed cannot be used.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..checks import bool_vector, float_vector, in_range, limit, nonnegative, where
from ..errors import InputError
from ..labels import LabelTable
from ..messages import tr
from ..siting import SiteCosts

#: Stable role codes of OUTPUT_SETTLEMENTS.
STAYS, CENTRAL, MOVES, PROTECTED = 0, 1, 2, 3
ROLE_LABELS = LabelTable(
    "role",
    {
        STAYS: ("stays", "保留"),
        CENTRAL: ("central village", "中心村"),
        MOVES: ("moves", "搬迁撤并"),
        PROTECTED: ("protected, stays", "特色保护"),
    },
)
STATUSES = ("optimal", "time_limit", "infeasible")
#: Village-classification codes read here (core.villageclass.classes).
HERITAGE_CLASS, RELOCATE_CLASS = 3, 4


@dataclass(frozen=True)
class ConsolidationRule:
    """What to solve.

    Attributes
    ----------
    central_count : int
        Central villages in all, fixed ones included (exactly this many).
    max_move_cost : float
        Largest cost of a move, inclusive; 0 or None = no limit.
    min_central_pop : float
        A central village's population after the moves (own + received) is at least this.
    max_central_pop : float
        ... and at most this; 0 or None = no capacity.
    min_keep_pop : float
        Settlements (not protected) with fewer residents must move too; 0 = none.
    land_standard : float
        m² of new settlement land per moved resident at the central village.
    default_kappa : float
        New-cultivated-land coefficient of released land where no κ is given.
    time_limit : float
        Seconds; 0 or None = no limit.
    """

    central_count: int = 1
    max_move_cost: Optional[float] = None
    min_central_pop: float = 0.0
    max_central_pop: Optional[float] = None
    min_keep_pop: float = 0.0
    land_standard: float = 150.0
    default_kappa: float = 0.85
    time_limit: Optional[float] = None


@dataclass(frozen=True, eq=False)
class Problem:
    """Checked arrays of one run (internal to the package).

    ``must_move``: class 4 or below MIN_KEEP_POP (protected and fixed excepted by the checks);
    ``eligible``: may be central (not protected, not masked, not a mover, own population within
    the capacity); ``fixed``: always central. ``pairs``: the admissible (mover, central) pairs,
    cost within MAX_MOVE_COST, as indices into ``costs``.
    """

    ids: np.ndarray
    population: np.ndarray
    area: np.ndarray
    kappa: np.ndarray
    protected: np.ndarray
    fixed: np.ndarray
    masked: np.ndarray
    must_move: np.ndarray
    eligible: np.ndarray
    costs: SiteCosts
    pair_rows: np.ndarray
    pair_cols: np.ndarray
    pair_costs: np.ndarray
    rule: ConsolidationRule

    @property
    def n(self) -> int:
        return int(self.population.size)

    @property
    def unplaced(self) -> np.ndarray:
        """Movers without any admissible central village (within MAX_MOVE_COST)."""
        has = np.zeros(self.n, dtype=bool)
        has[self.pair_rows] = True
        return self.must_move & ~has


def _names(mask, ids):
    return where(mask, ids, limit=20)


def checked_problem(
    population,
    area,
    costs: SiteCosts,
    rule: ConsolidationRule,
    settlement_class=None,
    fixed=None,
    masked=None,
    kappa=None,
    ids=None,
    unreachable=None,
) -> Problem:
    """The checked :class:`Problem`; raises :class:`~core.errors.InputError` naming
    settlements on bad input."""
    pop = float_vector(population, tr("population"), allow_nan=False, ids=ids)
    n = pop.size
    if n == 0:
        raise InputError(tr("There are no settlements."))
    ids = np.asarray(ids if ids is not None else np.arange(n), dtype=object)
    if ids.size != n:
        raise InputError(tr("There must be one id per settlement."))
    nonnegative(pop, tr("population"), ids)
    costs = costs.checked()
    if tuple(costs.shape) != (n, n):
        raise InputError(
            tr("Costs must run between the {n} settlements; their shape is {shape}.").format(
                n=n, shape=tuple(costs.shape)
            )
        )
    area = nonnegative(float_vector(area, tr("settlement area"), n, default=0.0), tr("area"), ids)
    kap = float_vector(kappa, tr("κ"), n, default=math.nan)
    default_kappa = float(rule.default_kappa)
    if not 0.0 <= default_kappa <= 1.0:
        raise InputError(tr("DEFAULT_KAPPA must lie between 0 and 1."))
    kap = in_range(np.where(np.isnan(kap), default_kappa, kap), tr("κ"), 0.0, 1.0, ids)
    classes = float_vector(settlement_class, tr("class"), n, default=math.nan)
    protected = classes == HERITAGE_CLASS
    fix = bool_vector(fixed, tr("fixed"), n)
    mask = bool_vector(masked, tr("masked"), n)
    p = int(rule.central_count)
    min_keep = float(rule.min_keep_pop or 0.0)
    min_pop = float(rule.min_central_pop or 0.0)
    std = float(rule.land_standard)
    if p < 0 or min_keep < 0 or min_pop < 0 or not math.isfinite(std) or std < 0:
        raise InputError(
            tr("CENTRAL_COUNT, MIN_KEEP_POP, MIN_CENTRAL_POP and LAND_STANDARD must be >= 0.")
        )
    max_cost = limit(rule.max_move_cost, tr("MAX_MOVE_COST"))
    max_pop = limit(rule.max_central_pop, tr("MAX_CENTRAL_POP"))
    if max_pop < min_pop:
        raise InputError(tr("MAX_CENTRAL_POP is smaller than MIN_CENTRAL_POP."))
    rule = ConsolidationRule(
        p,
        max_cost,
        min_pop,
        max_pop,
        min_keep,
        std,
        default_kappa,
        limit(rule.time_limit, tr("TIME_LIMIT")),
    )
    must_move = ~protected & ((classes == RELOCATE_CLASS) | (pop < min_keep))
    if (fix & must_move).any():
        raise InputError(
            tr(
                "Fixed central villages that must move (class 4 搬迁撤并, or fewer residents "
                "than MIN_KEEP_POP): {ids}. Unfix them or change their class."
            ).format(ids=_names(fix & must_move, ids))
        )
    if (fix & protected).any():
        raise InputError(
            tr(
                "Fixed central villages that are protected (class 3 特色保护 receives no one): "
                "{ids}."
            ).format(ids=_names(fix & protected, ids))
        )
    if (fix & mask).any():
        raise InputError(
            tr(
                "Fixed central villages inside a mask (ECO_REDLINE, PERMANENT_FARMLAND or "
                "HAZARD): {ids}."
            ).format(ids=_names(fix & mask, ids))
        )
    if (fix & (pop > max_pop)).any():
        raise InputError(
            tr("Fixed central villages with more residents than MAX_CENTRAL_POP: {ids}.").format(
                ids=_names(fix & (pop > max_pop), ids)
            )
        )
    n_fixed = int(fix.sum())
    if p < n_fixed:
        raise InputError(
            tr("CENTRAL_COUNT is {p}, fewer than the {k} fixed central villages: {ids}.").format(
                p=p, k=n_fixed, ids=_names(fix, ids)
            )
        )
    if (must_move & np.isnan(area)).any():
        raise InputError(
            tr("Settlements that must move have no settlement area: {ids}.").format(
                ids=_names(must_move & np.isnan(area), ids)
            )
        )
    eligible = ~protected & ~mask & ~must_move & (pop <= max_pop)
    if p > int(eligible.sum()):
        raise InputError(
            tr(
                "CENTRAL_COUNT is {p}, but only {k} settlements may become central (not "
                "protected, not masked, not moving, within MAX_CENTRAL_POP)."
            ).format(p=p, k=int(eligible.sum()))
        )
    if unreachable is None:
        listed = np.zeros(n, dtype=bool)
        listed[costs.rows] = True
        off = ~listed
    else:
        off = bool_vector(unreachable, tr("unreachable"), n)
    if (must_move & off).any():
        raise InputError(
            tr(
                "Settlements that must move have no costs (not in the cost table, or off the "
                "road network): {ids}."
            ).format(ids=_names(must_move & off, ids))
        )
    keep = must_move[costs.rows] & eligible[costs.cols] & (costs.values <= max_cost)
    return Problem(
        ids,
        pop,
        area,
        kap,
        protected,
        fix,
        mask,
        must_move,
        eligible,
        costs,
        costs.rows[keep],
        costs.cols[keep],
        costs.values[keep],
        rule,
    )

"""The one public entry of settlement consolidation: :func:`consolidate_settlements`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from ..siting import SiteCosts
from .checker import check_plan
from .formulation import solve
from .problem import (
    CENTRAL,
    MOVES,
    PROTECTED,
    ROLE_LABELS,
    STAYS,
    ConsolidationRule,
    checked_problem,
)


@dataclass(frozen=True, eq=False)
class ConsolidationResult:
    """Everything :func:`consolidate_settlements` computes.

    Arrays by settlement, shape (n,): ``role`` (0 stays, 1 central, 2 moves, 3 protected; see
    :data:`~.problem.ROLE_LABELS`), ``is_central``, ``must_move``, ``eligible`` (may be
    central), ``unplaced`` (must move but no admissible central village within MAX_MOVE_COST),
    ``central_index`` (movers: their central village; central villages: themselves; else -1),
    ``move_cost`` (NaN unless moved), ``moved_pop`` (the residents a mover takes, else 0),
    ``released_m2`` (a mover's settlement area, else 0), ``potential_cultivated_m2``
    (released × κ), ``kappa``, ``received_pop`` (central villages: the residents moved in),
    ``final_pop`` (central: own + received; NaN otherwise), ``new_land_m2`` (received ×
    LAND_STANDARD). Totals: ``moved_count``, ``total_moved_pop``, ``total_released_m2``,
    ``total_new_land_m2``, ``total_net_released_m2`` (released − new),
    ``total_potential_cultivated_m2``. ``status`` ('optimal',
    'time_limit', 'infeasible'), ``objective`` (Σ population × cost, NaN without a plan),
    ``gap``; ``violations`` (codes of :func:`~.checker.check_plan`, empty for a valid plan).
    Without a plan (infeasible) only the fixed villages are central and nobody moves.
    """

    status: str
    objective: float
    gap: float
    role: np.ndarray
    is_central: np.ndarray
    must_move: np.ndarray
    eligible: np.ndarray
    unplaced: np.ndarray
    central_index: np.ndarray
    move_cost: np.ndarray
    moved_pop: np.ndarray
    released_m2: np.ndarray
    potential_cultivated_m2: np.ndarray
    kappa: np.ndarray
    received_pop: np.ndarray
    final_pop: np.ndarray
    new_land_m2: np.ndarray
    moved_count: int
    total_moved_pop: float
    total_released_m2: float
    total_new_land_m2: float
    total_net_released_m2: float
    total_potential_cultivated_m2: float
    violations: tuple

    @property
    def central_indices(self) -> np.ndarray:
        return np.flatnonzero(self.is_central)

    @property
    def mover_indices(self) -> np.ndarray:
        return np.flatnonzero(self.role == MOVES)

    def role_labels(self, language: str = "en") -> np.ndarray:
        return ROLE_LABELS.labels(self.role, language)


def consolidate_settlements(
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
    progress: Optional[Callable[[float], None]] = None,
) -> ConsolidationResult:
    """Choose central villages and move every settlement that must move to one of them.

    Parameters
    ----------
    population : array_like, shape (n,)
        Residents of each settlement (>= 0).
    area : array_like, shape (n,) or None
        Settlement land, m² (released when the settlement moves); None = 0.
    costs : SiteCosts
        Costs between settlements, shape (n, n), (from, to) pairs; a pair not listed cannot be
        used.
    rule : ConsolidationRule
        CENTRAL_COUNT, MAX_MOVE_COST, MIN/MAX_CENTRAL_POP, MIN_KEEP_POP, LAND_STANDARD, κ.
    settlement_class : array_like, shape (n,), optional
        Village-classification codes: 4 (搬迁撤并) must move, 3 (特色保护) stays and receives
        no one; NaN or others may stay or become central.
    fixed : array_like of bool, optional
        Existing central villages or towns: always central.
    masked : array_like of bool, optional
        Inside ECO_REDLINE, PERMANENT_FARMLAND or HAZARD: cannot become central.
    kappa : array_like, optional
        New-cultivated-land coefficient per settlement; NaN = ``rule.default_kappa``.
    ids : array_like, optional
        Settlement ids, used in messages.
    unreachable : array_like of bool, optional
        Settlements without costs (off the network, missing from the cost table); default:
        those without any listed pair. A mover among them is an input error.

    Returns
    -------
    ConsolidationResult
    """
    problem = checked_problem(
        population, area, costs, rule, settlement_class, fixed, masked, kappa, ids, unreachable
    )
    plan = solve(problem)
    if progress is not None:
        progress(1.0)
    result = result_of(problem, plan)
    violations = () if plan.status == "infeasible" else tuple(check_plan(problem, result))
    return ConsolidationResult(**{**result.__dict__, "violations": violations})


def result_of(problem, plan) -> ConsolidationResult:
    n, pop, rule = problem.n, problem.population, problem.rule
    central = plan.central
    moved = plan.target >= 0
    role = np.full(n, STAYS, dtype=np.int64)
    role[problem.protected] = PROTECTED
    role[problem.must_move] = MOVES
    role[central] = CENTRAL
    index = np.where(central, np.arange(n), plan.target)
    moved_pop = np.where(moved, pop, 0.0)
    released = np.where(moved, problem.area, 0.0)
    cultivated = released * problem.kappa
    received = np.bincount(plan.target[moved], weights=pop[moved], minlength=n).astype(float)
    final = np.where(central, pop + received, np.nan)
    new_land = received * rule.land_standard
    return ConsolidationResult(
        plan.status,
        plan.objective,
        plan.gap,
        role,
        central.copy(),
        problem.must_move.copy(),
        problem.eligible.copy(),
        problem.unplaced,
        index,
        plan.cost.copy(),
        moved_pop,
        released,
        cultivated,
        problem.kappa.copy(),
        received,
        final,
        new_land,
        int(moved.sum()),
        float(moved_pop.sum()),
        float(released.sum()),
        float(new_land.sum()),
        float(released.sum() - new_land.sum()),
        float(cultivated.sum()),
        (),
    )

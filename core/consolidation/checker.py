"""An independent check of a consolidation plan against every rule.

It reads only the inputs (population, classes, masks, fixed flags, the listed costs) and the
plan's central villages and moves, not the MILP, and returns the codes of the rules broken
(empty = valid): ``count`` not CENTRAL_COUNT central villages; ``fixed`` a fixed village is not
central; ``central_target`` a central village does not point at itself;
``inadmissible_central`` a protected, masked or moving settlement is central;
``unmoved`` a settlement that must move has no central village; ``moved_not_mover`` a
settlement that need not move was moved; ``not_central`` a move goes to a settlement that is
not central; ``unlisted`` a move without a listed cost; ``cost_mismatch`` its cost differs from
the listed one; ``too_far`` a move costs more than MAX_MOVE_COST; ``min_pop`` / ``max_pop`` a
central village's final population breaks MIN_CENTRAL_POP / MAX_CENTRAL_POP; ``objective`` the
objective differs from Σ population × cost; ``land`` the land accounting does not add up.
"""

from __future__ import annotations

import math

import numpy as np

TOLERANCE = 1e-6


def check_plan(problem, result) -> list:
    """Codes of the broken rules of ``result`` (a :class:`~.analysis.ConsolidationResult`)."""
    rule = problem.rule
    broken = []
    n = problem.n
    pop = problem.population
    central = np.asarray(result.is_central, dtype=bool)
    target = np.asarray(result.central_index)
    listed = {}
    for i, j, v in zip(problem.costs.rows, problem.costs.cols, problem.costs.values):
        listed[(int(i), int(j))] = float(v)
    if int(central.sum()) != rule.central_count:
        broken.append("count")
    if (problem.fixed & ~central).any():
        broken.append("fixed")
    if (central & (problem.protected | problem.masked | problem.must_move)).any():
        broken.append("inadmissible_central")
    received = np.zeros(n)
    objective = 0.0
    flags = set()
    for i in range(n):
        j = int(target[i])
        if central[i]:
            if j != i:
                flags.add("central_target")
            continue
        if problem.must_move[i] and j < 0:
            flags.add("unmoved")
            continue
        if not problem.must_move[i]:
            if j >= 0:
                flags.add("moved_not_mover")
            continue
        if not central[j]:
            flags.add("not_central")
        cost = listed.get((i, j))
        if cost is None:
            flags.add("unlisted")
            continue
        if not math.isclose(cost, float(result.move_cost[i]), rel_tol=0, abs_tol=TOLERANCE):
            flags.add("cost_mismatch")
        if cost > rule.max_move_cost + TOLERANCE:
            flags.add("too_far")
        received[j] += pop[i]
        objective += pop[i] * cost
    broken.extend(sorted(flags))
    final = pop + received
    if (central & (final < rule.min_central_pop - TOLERANCE)).any():
        broken.append("min_pop")
    if (central & (final > rule.max_central_pop + TOLERANCE)).any():
        broken.append("max_pop")
    if not math.isclose(objective, result.objective, rel_tol=1e-9, abs_tol=TOLERANCE):
        broken.append("objective")
    movers = problem.must_move & (target >= 0)
    released = float(problem.area[movers].sum())
    new_land = float(received.sum() * rule.land_standard)
    if not (
        math.isclose(released, result.total_released_m2, rel_tol=1e-9, abs_tol=TOLERANCE)
        and math.isclose(new_land, result.total_new_land_m2, rel_tol=1e-9, abs_tol=TOLERANCE)
        and math.isclose(
            result.total_released_m2 - result.total_new_land_m2,
            result.total_net_released_m2,
            rel_tol=1e-9,
            abs_tol=TOLERANCE,
        )
        and np.allclose(received, result.received_pop, atol=TOLERANCE)
        and np.allclose(
            np.where(movers, problem.area * problem.kappa, 0.0),
            result.potential_cultivated_m2,
            atol=TOLERANCE,
        )
    ):
        broken.append("land")
    return broken

"""Land-quota linkage (城乡建设用地增减挂钩): one import path for the whole linkage core.

The code is split in two modules to keep each readable: :mod:`.linkage_balance` (problem,
candidate pairs, E9 accounting, independent checker, ha ↔ mu) and :mod:`.linkage_model`
(exact MILP, infeasibility diagnosis, greedy baseline). Import from here.
"""

from .balance import (  # noqa: F401
    CONSTRUCTION_TYPES,
    GRADE_SCALES,
    MU_PER_HA,
    QUOTA_BASES,
    STRICT_EPS_HA,
    BalanceSheet,
    GroupBalance,
    LinkageProblem,
    RuleCheck,
    balance_rows,
    balance_sheet,
    candidate_pairs,
    check_solution,
    ha_to_mu,
    linkage_problem,
    mu_to_ha,
    objective_value,
    strictly_less_holds,
)
from .model import (  # noqa: F401
    LinkageResult,
    diagnose_infeasibility,
    greedy,
    optimise,
)

__all__ = [
    "CONSTRUCTION_TYPES",
    "GRADE_SCALES",
    "MU_PER_HA",
    "QUOTA_BASES",
    "STRICT_EPS_HA",
    "BalanceSheet",
    "GroupBalance",
    "LinkageProblem",
    "LinkageResult",
    "RuleCheck",
    "balance_rows",
    "balance_sheet",
    "candidate_pairs",
    "check_solution",
    "diagnose_infeasibility",
    "greedy",
    "ha_to_mu",
    "linkage_problem",
    "mu_to_ha",
    "objective_value",
    "optimise",
    "strictly_less_holds",
]

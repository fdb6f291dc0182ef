"""Settlement consolidation (迁村并点, 中心村布局; DOMAIN.md §8): which villages become central,
where the villages that must move go, and how much settlement land that releases for the
land-quota linkage (增减挂钩).

One public entry, :func:`consolidate_settlements`: a single-source p-median with a maximum move
cost, a minimum and an optional maximum central-village population, fixed central villages and
excluded ones, solved exactly as a MILP on HiGHS; every plan checked independently.

Modules, one idea each: :mod:`.problem` (inputs, who must move, who may be central),
:mod:`.formulation` (the MILP), :mod:`.checker` (the independent check), :mod:`.analysis`
(:func:`consolidate_settlements` and the land accounting).
"""

from ..siting import SiteCosts
from .analysis import ConsolidationResult, consolidate_settlements
from .checker import check_plan
from .problem import (
    CENTRAL,
    MOVES,
    PROTECTED,
    ROLE_LABELS,
    STATUSES,
    STAYS,
    ConsolidationRule,
)

__all__ = [
    "CENTRAL",
    "MOVES",
    "PROTECTED",
    "ROLE_LABELS",
    "STATUSES",
    "STAYS",
    "ConsolidationResult",
    "ConsolidationRule",
    "SiteCosts",
    "check_plan",
    "consolidate_settlements",
]

"""Land-quota linkage (城乡建设用地增减挂钩): one entry, :func:`plan_linkage`.

Modules, one idea each:

* :mod:`.problem` — the validated problem, project areas, candidate pairs;
* :mod:`.exclusions` — which control line excludes which 建新 parcel; planners' words → codes;
* :mod:`.accounting` — objective, balance sheet (DOMAIN.md §3.4), rule checks, the
  independent checker;
* :mod:`.model` — the MILP and one solve of it, every solver outcome mapped;
* :mod:`.decompose` — project areas apart, the budget by Lagrangian relaxation, plans combined;
* :mod:`.solve` — the optimiser: one clock for the whole run, the best plan known;
* :mod:`.greedy` — the greedy plan; :mod:`.diagnosis` — why there is no plan;
* :mod:`.labels`, :mod:`.table` — stable codes, their labels, the balance table rows;
* :mod:`.plan` — :func:`plan_linkage` and its dataclasses.
"""

from .exclusions import ControlLineOverlaps
from .plan import (
    ConstructionOutcome,
    ConstructionParcels,
    DemolitionOutcome,
    DemolitionParcels,
    LinkagePlan,
    LinkageRules,
    PlanOptions,
    QuotaFlows,
    plan_linkage,
)
from .problem import GRADE_SCALES, QUOTA_BASES

__all__ = [
    "GRADE_SCALES",
    "QUOTA_BASES",
    "ConstructionOutcome",
    "ConstructionParcels",
    "ControlLineOverlaps",
    "DemolitionOutcome",
    "DemolitionParcels",
    "LinkagePlan",
    "LinkageRules",
    "PlanOptions",
    "QuotaFlows",
    "plan_linkage",
]

"""Facility siting (DOMAIN.md §9): where new schools, clinics and elderly homes go.

One public entry, :func:`site_facilities`: LSCP, MCLP, p-median and p-center as exact MILPs on
HiGHS (``scipy.optimize.milp``), existing sites fixed open, optional capacities with
single-source assignment, a curve of the best solution for 0, 1, ..., k new sites, and every
solution checked independently.

Modules, one idea each: :mod:`.problem` (inputs and rule), :mod:`.sparsify` (the pairs a model
needs, proven safe), :mod:`.formulation` (the MILPs), :mod:`.checker` (the independent check),
:mod:`.analysis` (:func:`site_facilities`).
"""

from .analysis import Canceled, CurvePoint, SitingResult, site_facilities
from .checker import check_solution
from .problem import (
    MODELS,
    SITE_ROLE_LABELS,
    STATUS_LABELS,
    STATUSES,
    SiteCosts,
    SitingRule,
)

__all__ = [
    "MODELS",
    "SITE_ROLE_LABELS",
    "STATUSES",
    "STATUS_LABELS",
    "Canceled",
    "CurvePoint",
    "SiteCosts",
    "SitingResult",
    "SitingRule",
    "check_solution",
    "site_facilities",
]

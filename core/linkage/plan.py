"""``plan_linkage``: the one entry of the linkage core, from parcels as read to the plan.

The caller (the QGIS adapter, a script, a batch run) measures the parcels — areas, points,
overlays with cultivated land and the control lines — and hands them over as plain arrays in
small frozen dataclasses. Everything else happens here: which parcels are usable, which
control line excludes which 建新 parcel, the candidate pairs, the problem, the optimisation
within the time limit, and the per-parcel, per-pair and per-rule outputs with stable codes.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Callable, Optional, Tuple

import numpy as np

from ..checks import limit, positive_number
from ..errors import InputError
from ..messages import listing, tr
from ..solver import require_milp
from .accounting import BalanceSheet, ha_to_mu
from .exclusions import ControlLineOverlaps, exclusions
from .outcome import LinkageResult
from .problem import LinkageProblem, candidate_pairs, linkage_problem
from .solve import optimise
from .table import balance_table


@dataclass(frozen=True, eq=False)
class DemolitionParcels:
    """The n 拆旧 candidates as read, one value per parcel in every array.

    ``area_ha`` NaN or ≤ 0, or ``xy`` NaN (no geometry), makes a parcel unusable: it is left
    out of the plan with a warning. ``group`` holds project-area codes as text, '' for none.
    """

    ids: np.ndarray
    area_ha: np.ndarray
    xy: np.ndarray
    kappa: np.ndarray
    grade: np.ndarray
    cost: np.ndarray
    priority: np.ndarray
    protected: np.ndarray
    group: np.ndarray


@dataclass(frozen=True, eq=False)
class ConstructionParcels:
    """The m 建新 candidates as read, one value per parcel in every array.

    ``ctype`` are type codes (``exclusions.construction_types`` reads planners' words);
    ``occupied_ha`` the cultivated land each occupies (None: none) and ``occupied_grade`` its
    area-weighted grade (NaN where none); ``overlaps`` the measured control-line overlaps
    (None: no control line given).
    """

    ids: np.ndarray
    area_ha: np.ndarray
    xy: np.ndarray
    value: np.ndarray
    ctype: np.ndarray
    mandatory: np.ndarray
    group: np.ndarray
    occupied_ha: Optional[np.ndarray] = None
    occupied_grade: Optional[np.ndarray] = None
    overlaps: Optional[ControlLineOverlaps] = None


@dataclass(frozen=True)
class LinkageRules:
    """The rules and weights of a plan (DESIGN.md §3.3 parameters of the same names).

    ``max_distance_m`` and ``budget`` of 0 mean no limit (decoded once, into ``inf``).
    """

    quota_basis: str = "reclaimed_cultivated"
    require_quality: bool = True
    grade_scale: str = "dengbie"
    max_distance_m: float = 0.0
    budget: float = 0.0
    priority_weight: float = 0.0
    distance_weight: float = 0.0


@dataclass(frozen=True)
class PlanOptions:
    """``time_limit`` (s) of the whole plan, the relative gap that counts as optimal, and the
    ``language`` (``en`` / ``zh``) of the labels written into the outputs."""

    time_limit: float = 60.0
    mip_rel_gap: float = 1e-6
    language: str = "en"


@dataclass(frozen=True, eq=False)
class DemolitionOutcome:
    """Per 拆旧 parcel as given (n,): ``state`` codes (``labels.DEMOLITION_STATES``), ha."""

    usable: np.ndarray
    selected: np.ndarray
    state: np.ndarray
    reclaimed_ha: np.ndarray
    quota_ha: np.ndarray
    quota_used_ha: np.ndarray
    surplus_ha: np.ndarray
    group_code: np.ndarray


@dataclass(frozen=True, eq=False)
class ConstructionOutcome:
    """Per 建新 parcel as given (m,): ``state`` codes (``labels.CONSTRUCTION_STATES``),
    ``excluded_code`` (``labels.EXCLUSIONS``, None where not excluded) and its reason text."""

    usable: np.ndarray
    selected: np.ndarray
    state: np.ndarray
    excluded: np.ndarray
    excluded_code: np.ndarray
    excluded_reason: np.ndarray
    permanent_farmland_m2: np.ndarray
    eco_redline_m2: np.ndarray
    outside_urban_boundary_m2: np.ndarray
    quota_received_ha: np.ndarray
    group_code: np.ndarray


@dataclass(frozen=True, eq=False)
class QuotaFlows:
    """One row per quota flow: 拆旧 and 建新 rows as given, ha, mu, m, group code."""

    demolition_row: np.ndarray
    construction_row: np.ndarray
    quota_ha: np.ndarray
    quota_mu: np.ndarray
    distance_m: np.ndarray
    group_code: np.ndarray


@dataclass(frozen=True, eq=False)
class LinkagePlan:
    """What :func:`plan_linkage` found.

    ``status``: ``optimal``, ``time_limit``, ``solver_error``, ``infeasible`` or ``canceled``
    (:mod:`.solve`); ``objective``, ``gap``, ``bound`` (NaN when unknown); ``message`` the
    diagnosis when infeasible, else notes; ``warnings`` about the input for the log;
    ``balance_rows`` the OUTPUT_BALANCE rows (:mod:`.table`).
    """

    status: str
    objective: float
    gap: float
    bound: float
    seconds: float
    message: str
    demolition: DemolitionOutcome
    construction: ConstructionOutcome
    flows: QuotaFlows
    balance: BalanceSheet
    balance_rows: list
    problem: LinkageProblem
    result: LinkageResult
    warnings: Tuple[str, ...] = field(default_factory=tuple)

    @property
    def has_plan(self) -> bool:
        return math.isfinite(self.objective)

    @property
    def diagnosis(self) -> Optional[str]:
        return self.message if self.status == "infeasible" else None

    def summary(self) -> dict:
        """The headline figures, keyed as the algorithm's result (language-independent)."""
        total = self.balance.total

        def number(v):
            return float(v) if math.isfinite(v) else None

        return {
            "STATUS": self.status,
            "OBJECTIVE": number(self.objective),
            "GAP": number(self.gap),
            "BOUND": number(self.bound),
            "SOLVE_SECONDS": self.seconds,
            "N_DEMOLITION": total.n_demolition,
            "N_CONSTRUCTION": total.n_construction,
            "N_EXCLUDED": int(np.count_nonzero(self.construction.excluded)),
            "DEMOLITION_HA": total.demolition_ha,
            "RECLAIMED_HA": total.reclaimed_ha,
            "QUOTA_HA": total.quota_ha,
            "CONSTRUCTION_HA": total.construction_ha,
            "OCCUPIED_HA": total.occupied_ha,
            "NET_CULTIVATED_HA": total.net_cultivated_ha,
            "SURPLUS_HA": total.surplus_ha,
            "COST": total.cost,
            "VALUE": total.value,
            "ALL_RULES_PASSED": bool(self.balance.feasible) and self.status != "infeasible",
            "DIAGNOSIS": self.diagnosis,
        }


def plan_linkage(
    demolition: DemolitionParcels,
    construction: ConstructionParcels,
    rules: Optional[LinkageRules] = None,
    options: Optional[PlanOptions] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> LinkagePlan:
    """Plan the land-quota linkage (城乡建设用地增减挂钩) of a county.

    Parameters
    ----------
    demolition : DemolitionParcels
        The n 拆旧 candidates.
    construction : ConstructionParcels
        The m 建新 candidates, with their measured overlaps.
    rules : LinkageRules, optional
        Default ``LinkageRules()``.
    options : PlanOptions, optional
        Default ``PlanOptions()``; ``time_limit`` covers everything from here on
        (:mod:`.solve` says how it is shared).
    is_canceled : callable, optional
        Polled between solves.

    Returns
    -------
    LinkagePlan
        A plan checked by the independent checker, or none (status ``infeasible`` with the
        diagnosis, or ``time_limit``/``solver_error`` with NaN objective when no plan at all
        was found in time).

    Raises
    ------
    InputError
        Bad input, naming the parcels: a mandatory 建新 parcel on a control line or without
        area, no usable parcel, bad κ, grade, area …
    """
    require_milp()  # an older SciPy: say which one is needed before any work
    t0 = time.perf_counter()
    rules = rules or LinkageRules()
    options = options or PlanOptions()
    seconds = positive_number(options.time_limit, "time_limit")
    budget = limit(rules.budget, "budget")  # 0 = no limit: decoded here, inf from now on
    max_distance_m = limit(rules.max_distance_m, "max_distance_m")
    d, c, language = demolition, construction, options.language
    n, m = len(d.ids), len(c.ids)
    warnings = []
    usable_d = _usable(d.area_ha, d.xy, n)
    usable_c = _usable(c.area_ha, c.xy, m)
    for usable, ids, what in ((usable_d, d.ids, "拆旧"), (usable_c, c.ids, "建新")):
        if not usable.all():
            warnings.append(
                tr(
                    "{n} {kind} parcels have no area (zero, NULL or no geometry) and are left "
                    "out: {parcels}"
                ).format(n=np.count_nonzero(~usable), kind=what, parcels=listing(ids[~usable]))
            )
    overlaps = c.overlaps or ControlLineOverlaps(np.zeros(m), np.zeros(m))
    ex = exclusions(np.asarray(c.area_ha, dtype=float) * 1e4, c.ctype, overlaps)
    reasons = ex.reasons(language)
    mandatory = np.asarray(c.mandatory, dtype=bool)
    conflict = np.flatnonzero(ex.excluded & mandatory & usable_c)
    if conflict.size:
        raise InputError(
            tr(
                "Mandatory 建新 parcels break a control line and cannot be built: {parcels}. Move "
                "or reshape them, or clear their mandatory flag."
            ).format(parcels="; ".join(f"{c.ids[j]}: {reasons[j]}" for j in conflict))
        )
    lost = np.flatnonzero(~usable_c & mandatory)
    if lost.size:
        raise InputError(
            tr("Mandatory 建新 parcels have no area: {parcels}").format(
                parcels=listing(c.ids[lost])
            )
        )
    rows_d, rows_c = np.flatnonzero(usable_d), np.flatnonzero(usable_c)
    if rows_d.size == 0 or rows_c.size == 0:
        raise InputError(
            tr("No usable {kind} parcels.").format(kind="拆旧" if rows_d.size == 0 else "建新")
        )
    cost, value = np.asarray(d.cost, float)[rows_d], np.asarray(c.value, float)[rows_c]
    if not np.any(cost) and not np.any(value):
        warnings.append(
            tr(
                "Every cost and value is 0 (no COST_FIELD/UNIT_COST, no VALUE_FIELD/UNIT_VALUE): "
                "all feasible plans score the same and the one returned is arbitrary."
            )
        )
    group_d, group_c = np.asarray(d.group, object), np.asarray(c.group, object)
    grouped = any(group_d[rows_d]) or any(group_c[rows_c])
    gd = group_d[rows_d] if grouped else None
    gc = group_c[rows_c] if grouped else None
    xy_d, xy_c = np.asarray(d.xy, float)[rows_d], np.asarray(c.xy, float)[rows_c]
    area_c = np.asarray(c.area_ha, float)[rows_c]
    occupied = np.zeros(m) if c.occupied_ha is None else np.asarray(c.occupied_ha, float)
    grade_c = np.full(m, np.nan) if c.occupied_grade is None else c.occupied_grade
    problem = linkage_problem(
        np.asarray(d.area_ha, float)[rows_d],
        np.asarray(d.kappa, float)[rows_d],
        np.asarray(d.grade, float)[rows_d],
        area_c,
        np.minimum(occupied[rows_c], area_c),
        np.asarray(grade_c, float)[rows_c],
        cost=cost,
        priority=np.asarray(d.priority, float)[rows_d],
        protected=np.asarray(d.protected, bool)[rows_d],
        group_d=gd,
        demolition_ids=np.asarray(d.ids, object)[rows_d],
        value=value,
        ctype=np.asarray(c.ctype, object)[rows_c],
        mandatory=mandatory[rows_c],
        excluded=ex.excluded[rows_c],
        excluded_reason=reasons[rows_c],
        group_c=gc,
        construction_ids=np.asarray(c.ids, object)[rows_c],
        pairs=candidate_pairs(xy_d, xy_c, max_distance_m, gd, gc),
        max_distance_m=max_distance_m,
        quota_basis=rules.quota_basis,
        require_quality=rules.require_quality,
        grade_scale=rules.grade_scale,
        budget=budget,
        priority_weight=rules.priority_weight,
        distance_weight=rules.distance_weight,
    )
    left = max(seconds - (time.perf_counter() - t0), 1e-3)
    result = optimise(
        problem, left, options.mip_rel_gap, raise_infeasible=False, is_canceled=is_canceled
    )
    return _plan(
        problem, result, d, c, ex, reasons, rows_d, rows_c, usable_d, usable_c, language, warnings
    )


def _usable(area_ha, xy, n: int) -> np.ndarray:
    area = np.asarray(area_ha, dtype=float)
    xy = np.asarray(xy, dtype=float).reshape(n, 2)
    return np.isfinite(area) & (area > 0) & np.isfinite(xy).all(axis=1)


def _plan(p, result, d, c, ex, reasons, rows_d, rows_c, usable_d, usable_c, language, warnings):
    n, m = usable_d.size, usable_c.size
    x = np.zeros(n, dtype=bool)
    x[rows_d] = result.x
    y = np.zeros(m, dtype=bool)
    y[rows_c] = result.y
    given = np.zeros(n)
    np.add.at(given, rows_d[result.flow_i], result.flow_ha)
    received = np.zeros(m)
    np.add.at(received, rows_c[result.flow_j], result.flow_ha)
    quota = np.full(n, np.nan)
    quota[rows_d] = p.quota
    names = np.array(p.group_names, dtype=object)
    group_d = np.full(n, None, dtype=object)
    group_d[rows_d] = names[p.group_d]
    group_c = np.full(m, None, dtype=object)
    group_c[rows_c] = names[p.group_c]
    protected = np.asarray(d.protected, dtype=bool)
    area_d = np.asarray(d.area_ha, dtype=float)
    demolition = DemolitionOutcome(
        usable=usable_d,
        selected=x,
        state=_states(usable_d, x, protected, "protected"),
        reclaimed_ha=np.where(usable_d, area_d * np.asarray(d.kappa, float), np.nan),
        quota_ha=quota,
        quota_used_ha=np.where(x, given, 0.0),
        surplus_ha=np.where(x, quota - given, np.nan),
        group_code=group_d,
    )
    construction = ConstructionOutcome(
        usable=usable_c,
        selected=y,
        state=_states(usable_c, y, ex.excluded, "excluded"),
        excluded=ex.excluded,
        excluded_code=ex.code,
        excluded_reason=np.array([r or None for r in reasons], dtype=object),
        permanent_farmland_m2=ex.m2["permanent_farmland"],
        eco_redline_m2=ex.m2["eco_redline"],
        outside_urban_boundary_m2=ex.m2["outside_urban_boundary"],
        quota_received_ha=received,
        group_code=group_c,
    )
    flows = QuotaFlows(
        demolition_row=rows_d[result.flow_i],
        construction_row=rows_c[result.flow_j],
        quota_ha=result.flow_ha,
        quota_mu=ha_to_mu(result.flow_ha),
        distance_m=result.flow_distance_m,
        group_code=names[p.group_c[result.flow_j]],
    )
    infeasible = result.status == "infeasible"
    rows = balance_table(
        result.balance, p.quota_basis, language, result.message if infeasible else None
    )
    return LinkagePlan(
        status=result.status,
        objective=result.objective,
        gap=result.gap,
        bound=result.bound,
        seconds=result.seconds,
        message=result.message,
        demolition=demolition,
        construction=construction,
        flows=flows,
        balance=result.balance,
        balance_rows=rows,
        problem=p,
        result=result,
        warnings=tuple(warnings),
    )


def _states(usable, selected, held, held_code):
    return np.where(
        ~usable,
        "unusable",
        np.where(selected, "selected", np.where(held, held_code, "not_selected")),
    ).astype(object)

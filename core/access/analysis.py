"""Facility gap analysis (公共服务设施缺口, DOMAIN.md §2): the public entry :func:`analyse_gaps`.

Demand points (villages) with the population a standard counts, facilities with a capacity,
travel over roads or straight lines: who reaches a facility within the threshold, how much
capacity each person has in reach (2SFCA family), how far that is from the provision standard,
and the totals per zone. Every output field of ``urflow:facilitygaps`` is an attribute of the
:class:`GapAnalysis` it returns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Optional, Union

import numpy as np

from ..checks import choice, float_vector, positive_number
from ..messages import tr
from .cost_matrix import CostMatrix
from .costs import Travel, od_costs
from .decay import METHODS
from .fca import catchment, fca, load
from .gaps import (
    GAP_ADEQUATE,
    GAP_BLIND_SPOT,
    GAP_UNDER_SERVED,
    ZoneSummary,
    coverage,
    gaps,
    weighted_gini,
    zone_summary,
)
from .graph import Graph
from .roads import RoadLines, RoadNotes, Roads
from .units import xy_array

__all__ = ["Demand", "Facilities", "GapRule", "Zones", "GapAnalysis", "analyse_gaps"]


@dataclass(frozen=True, eq=False)
class Demand:
    """Where people live.

    Attributes
    ----------
    xy : array_like, shape (n, 2)
        Points (polygons: a point on surface), metres, projected CRS; NaN = no geometry.
    population : array_like, shape (n,)
        The people the standard counts (all, 60+, aged 6–11 …). NaN or negative = unknown:
        counted as nobody, gap NaN.
    """

    xy: np.ndarray
    population: np.ndarray


@dataclass(frozen=True, eq=False)
class Facilities:
    """Where the service is.

    Attributes
    ----------
    xy : array_like, shape (m, 2)
        Points, metres, same CRS as the demand.
    capacity : array_like, shape (m,), optional
        Seats, doctors, beds … in the unit of the provision standard; None = 1 each. NaN or
        negative = unknown: the facility still counts for reach but supplies nothing.
    """

    xy: np.ndarray
    capacity: Optional[np.ndarray] = None


@dataclass(frozen=True)
class GapRule:
    """The standard a run measures against.

    Attributes
    ----------
    threshold : float
        Catchment size d0 and service radius, inclusive, in the cost unit (> 0).
    provision_per_1000 : float, optional
        Capacity the standard asks per 1000 people; None or 0 = no capacity gap (only reach).
    method : {'2sfca', 'e2sfca', 'gaussian'}
    steps : str or (bounds, weights), optional
        E2SFCA sub-zones (:func:`~.decay.parse_step_weights`); default: thirds of the threshold.
    """

    threshold: float
    provision_per_1000: Optional[float] = None
    method: str = "2sfca"
    steps: Optional[object] = None


@dataclass(frozen=True, eq=False)
class Zones:
    """Zones (townships) for the summary: the zone of each demand point.

    Attributes
    ----------
    index : array_like of int, shape (n,)
        Zone of each demand point, 0 .. count - 1, or -1 for none.
    count : int
        Number of zones.
    """

    index: np.ndarray
    count: int


@dataclass(frozen=True, eq=False)
class GapAnalysis:
    """Result of :func:`analyse_gaps`; arrays follow the demand (n) or facility (m) order.

    Demand (output fields of OUTPUT_DEMAND in brackets)
    -------------------------------------------------
    population : ndarray, (n,)
        Persons as counted: NaN where the input was NaN or negative (``population_unknown``).
    nearest_facility : ndarray of int64, (n,)
        Index of the nearest facility, -1 where none is reachable (``nearest_id``).
    nearest_cost : ndarray, (n,)
        True cost to it, however far; NaN where none is reachable (``nearest_cost``).
    covered : ndarray of bool, (n,)
        nearest_cost <= threshold (``covered``).
    access : ndarray, (n,)
        A_i × 1000: capacity in reach per 1000 people (``access``).
    access_ratio, gap, deficit : ndarray, (n,)
        A_i / s*, P_i (A_i − s*) and P_i max(0, s* − A_i) in capacity units; NaN without a
        provision standard or with an unknown population (``access_ratio``, ``gap``).
    gap_class : ndarray of int8, (n,)
        0 blind spot, 1 under-served, 2 adequate (:data:`~.gaps.GAP_CLASS_LABELS`); without a
        provision standard only 0 or 2 (within reach) (``gap_class``).

    Facilities (OUTPUT_FACILITIES)
    ------------------------------
    capacity : ndarray, (m,)
        Capacity as counted: 0 where the input was NaN or negative (``capacity_unknown``).
    catchment_pop : ndarray, (m,)
        Population within the threshold, unweighted (``catchment_pop``).
    supply_ratio : ndarray, (m,)
        R_j × 1000: capacity per 1000 weighted people in reach; NaN if nobody (``supply_ratio``).
    load : ndarray, (m,)
        Weighted demand × s* / capacity (weighted people per unit without s*) (``load``).
    unserved : ndarray of bool, (m,)
        Nobody within the threshold (``unserved``).
    weighted_demand : ndarray, (m,)
        Σ_k P_k W(d_kj), persons.

    Totals (result dict)
    --------------------
    coverage_rate : float
        Covered population / population (``COVERAGE_RATE``); NaN for no population.
    covered_population, total_population : float
    total_deficit : float or None
        Σ deficit (``TOTAL_DEFICIT``); None without a provision standard.
    gini : float
        Population-weighted Gini of A_i (``GINI``); NaN for no population.
    provision_per_person : float or None
        s*.
    zones : ZoneSummary or None
        Per zone (OUTPUT_ZONES), when zones were given.
    costs : CostMatrix
        The demand -> facility costs within the threshold.
    road_notes : RoadNotes or None
        Roads that fell back to a default speed or direction.
    """

    population: np.ndarray
    population_unknown: np.ndarray
    nearest_facility: np.ndarray
    nearest_cost: np.ndarray
    covered: np.ndarray
    access: np.ndarray
    access_ratio: np.ndarray
    gap: np.ndarray
    deficit: np.ndarray
    gap_class: np.ndarray
    capacity: np.ndarray
    capacity_unknown: np.ndarray
    catchment_pop: np.ndarray
    supply_ratio: np.ndarray
    load: np.ndarray
    unserved: np.ndarray
    weighted_demand: np.ndarray
    coverage_rate: float
    covered_population: float
    total_population: float
    total_deficit: Optional[float]
    gini: float
    provision_per_person: Optional[float]
    zones: Optional[ZoneSummary]
    costs: CostMatrix
    road_notes: Optional[RoadNotes]

    @property
    def blind_spots(self) -> int:
        """Demand points with gap_class 0 (``BLIND_SPOTS``)."""
        return int(np.count_nonzero(self.gap_class == GAP_BLIND_SPOT))

    @property
    def under_served(self) -> int:
        """Demand points with gap_class 1 (``UNDER_SERVED``)."""
        return int(np.count_nonzero(self.gap_class == GAP_UNDER_SERVED))

    @property
    def unreachable(self) -> np.ndarray:
        """Demand points that reach no facility (``UNREACHABLE`` counts them)."""
        return np.isnan(self.nearest_cost)


def analyse_gaps(
    demand: Demand,
    facilities: Facilities,
    rule: GapRule,
    travel: Optional[Travel] = None,
    roads: Union[Roads, RoadLines, Graph, None] = None,
    zones: Optional[Zones] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
    progress: Optional[Callable[[float], None]] = None,
    map_batches: Optional[Callable] = None,
) -> GapAnalysis:
    """Reach, accessibility, gaps and coverage of ``facilities`` for ``demand`` (DOMAIN §2.5–2.7).

    Costs run from each demand point to each facility (:func:`~.costs.od_costs`): over
    ``roads`` at ``travel``'s speeds, or straight lines × detour without roads. The threshold
    is inclusive. Accessibility is the 2SFCA family (:func:`~.fca.fca`) on the costs within the
    threshold; the nearest cost has no cutoff; a point whose nearest cost exceeds the threshold
    (or that reaches nothing) is a blind spot.

    Parameters
    ----------
    demand : Demand
    facilities : Facilities
    rule : GapRule
    travel : Travel, optional
        Default: walking, minutes, 500 m snapping, detour 1.3.
    roads : Roads, RoadLines, Graph or None
        The road network (see :func:`~.costs.od_costs`); None = straight lines.
    zones : Zones, optional
    is_canceled : callable () -> bool, optional
        Polled between steps; raises :class:`~.paths.Canceled`.
    progress : callable (fraction in [0, 1]) -> None, optional
    map_batches : callable, optional
        Runs the travel-cost Dijkstra batches elsewhere, e.g. on Dask workers
        (:func:`~.paths.travel_costs`); the result is the same.

    Returns
    -------
    GapAnalysis

    Raises
    ------
    InputError
        Bad shapes or settings, named.
    """
    travel = Travel() if travel is None else travel
    report = progress or (lambda fraction: None)
    xy = xy_array(demand.xy, tr("demand_xy"))
    n = xy.shape[0]
    m = xy_array(facilities.xy, tr("facility_xy")).shape[0]
    raw_population = float_vector(demand.population, tr("population"), n)
    population_unknown = ~(raw_population >= 0)
    population = np.where(population_unknown, np.nan, raw_population)
    raw_capacity = float_vector(facilities.capacity, tr("capacity"), m, default=1.0)
    capacity_unknown = ~(raw_capacity >= 0)
    capacity = np.where(capacity_unknown, 0.0, raw_capacity)
    choice(rule.method, METHODS, tr("method"))
    threshold = positive_number(rule.threshold, tr("threshold"))

    costs = od_costs(
        xy,
        facilities.xy,
        travel,
        roads,
        cutoff=threshold,
        is_canceled=is_canceled,
        progress=lambda fraction: report(0.9 * fraction),
        map_batches=map_batches,
    )
    nearest = costs.nearest
    known = np.where(np.isnan(population), 0.0, population)
    access = fca(costs.matrix, known, capacity, threshold, rule.method, rule.steps)
    reach = coverage(nearest.cost, known, threshold)
    provision = rule.provision_per_1000 / 1000.0 if rule.provision_per_1000 else None
    gap = gaps(access.access, population, provision, nearest.cost, threshold) if provision else None
    if gap is not None:
        gap_class = gap.gap_class
    else:
        gap_class = np.where(reach.covered, GAP_ADEQUATE, GAP_BLIND_SPOT).astype(np.int8)
    summary = None
    if zones is not None:
        deficit = gap.deficit if gap is not None else np.zeros(n)
        summary = zone_summary(zones.index, known, reach.covered, deficit, zones.count)
    report(1.0)

    def missing():
        return np.full(n, np.nan)

    return GapAnalysis(
        population=population,
        population_unknown=population_unknown,
        nearest_facility=nearest.facility,
        nearest_cost=nearest.cost,
        covered=reach.covered,
        access=access.access * 1000.0,
        access_ratio=gap.ratio if gap is not None else missing(),
        gap=gap.gap if gap is not None else missing(),
        deficit=gap.deficit if gap is not None else missing(),
        gap_class=gap_class,
        capacity=capacity,
        capacity_unknown=capacity_unknown,
        catchment_pop=catchment(costs.matrix, known, threshold),
        supply_ratio=access.ratio * 1000.0,
        load=load(access.weighted_demand, capacity, provision),
        unserved=access.unserved_facilities,
        weighted_demand=access.weighted_demand,
        coverage_rate=float(reach.rate),
        covered_population=reach.covered_population,
        total_population=reach.total_population,
        total_deficit=float(gap.total_deficit) if gap is not None else None,
        gini=float(weighted_gini(access.access, known)) if known.sum() > 0 else math.nan,
        provision_per_person=provision,
        zones=summary,
        costs=costs.matrix,
        road_notes=costs.road_notes,
    )

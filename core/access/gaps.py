"""Gaps and coverage (DOMAIN.md §2.6-2.7): who is within reach, who is short, by how much.

Coverage rate = Σ P_i [c_i <= radius] / Σ P_i with c_i the cost to the nearest facility; the
capacity gap G_i = P_i (A_i - s*) against a provision standard s* per person; blind spots
(c_i > radius); the population-weighted Gini coefficient of access; totals per zone.

``gap_class`` is a stable code (:data:`GAP_CLASS_LABELS` labels it in English and Chinese).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import bool_vector, float_vector, nonnegative, positive_number, where
from ..errors import InputError
from ..labels import LabelTable
from ..messages import tr

__all__ = [
    "GAP_UNKNOWN",
    "GAP_BLIND_SPOT",
    "GAP_UNDER_SERVED",
    "GAP_ADEQUATE",
    "GAP_CLASS_LABELS",
    "CoverageResult",
    "GapResult",
    "ZoneSummary",
    "coverage",
    "gaps",
    "weighted_gini",
    "zone_summary",
]

#: gap classes of :func:`gaps` (the ``gap_class`` output field)
GAP_UNKNOWN, GAP_BLIND_SPOT, GAP_UNDER_SERVED, GAP_ADEQUATE = -1, 0, 1, 2

#: the one label table of ``gap_class``: code -> (English, 中文)
GAP_CLASS_LABELS = LabelTable(
    "gap_class",
    {
        GAP_BLIND_SPOT: ("blind spot", "服务盲区"),
        GAP_UNDER_SERVED: ("under-served", "供给不足"),
        GAP_ADEQUATE: ("adequate", "供给充足"),
        GAP_UNKNOWN: ("unknown", "未知"),
    },
)


@dataclass(frozen=True, eq=False)
class CoverageResult:
    """Result of :func:`coverage`.

    Attributes
    ----------
    rate : float
        Covered population / population, in [0, 1]; NaN when the total population is 0.
    covered : ndarray of bool, shape (n,)
        nearest cost <= radius (NaN cost = not covered).
    covered_population, total_population : float
        Persons (NaN populations skipped in both).
    """

    rate: float
    covered: np.ndarray
    covered_population: float
    total_population: float


@dataclass(frozen=True, eq=False)
class GapResult:
    """Result of :func:`gaps`.

    Attributes
    ----------
    ratio : ndarray, shape (n,)
        A_i / s* (< 1 under-served).
    gap : ndarray, shape (n,)
        G_i = P_i (A_i - s*), capacity units; negative is a deficit; NaN for NaN population.
    deficit : ndarray, shape (n,)
        P_i max(0, s* - A_i), capacity units; NaN for NaN population.
    total_deficit : float
        Sum of ``deficit`` over villages with a known population.
    gap_class : ndarray of int8, shape (n,)
        0 blind spot (nearest cost > threshold or unreachable), 1 under-served (A_i < s*),
        2 adequate, -1 unknown (NaN access and not a blind spot).
    """

    ratio: np.ndarray
    gap: np.ndarray
    deficit: np.ndarray
    total_deficit: float
    gap_class: np.ndarray


@dataclass(frozen=True, eq=False)
class ZoneSummary:
    """Per-zone totals from :func:`zone_summary`; every array has shape (n_zones,).

    Attributes
    ----------
    n_demand : ndarray of int64
        Demand points in the zone.
    population, covered_population : ndarray
        Persons (NaN populations skipped).
    coverage_rate : ndarray
        covered / population; NaN where the zone has no population.
    deficit : ndarray
        Sum of the villages' deficits, capacity units (NaN deficits skipped).
    n_outside : int
        Demand points with zone index -1 (in no zone).
    """

    n_demand: np.ndarray
    population: np.ndarray
    covered_population: np.ndarray
    coverage_rate: np.ndarray
    deficit: np.ndarray
    n_outside: int


def coverage(nearest_cost, population, radius: float) -> CoverageResult:
    """Population coverage rate: Σ P_i [c_i <= radius] / Σ P_i (DOMAIN §2.6).

    Parameters
    ----------
    nearest_cost : array_like, shape (n,)
        Cost to the nearest facility; NaN (unreachable) counts as not covered.
    population : array_like, shape (n,)
        Persons (>= 0); NaN populations are left out of both sums.
    radius : float
        Service radius, same unit as the costs, inclusive.

    Returns
    -------
    CoverageResult
    """
    c = float_vector(nearest_cost, tr("nearest_cost"))
    pop = nonnegative(float_vector(population, tr("population"), c.size), tr("population"))
    rad = positive_number(radius, tr("radius"))
    with np.errstate(invalid="ignore"):
        covered = c <= rad
    known = ~np.isnan(pop)
    total = float(pop[known].sum())
    cov_pop = float(pop[known & covered].sum())
    rate = cov_pop / total if total > 0 else float("nan")
    return CoverageResult(
        rate=rate, covered=covered, covered_population=cov_pop, total_population=total
    )


def gaps(access, population, provision_per_person: float, nearest_cost, threshold: float):
    """Capacity and spatial gaps per demand point (DOMAIN §2.7).

    Parameters
    ----------
    access : array_like, shape (n,)
        A_i, capacity units per person (from :func:`fca`).
    population : array_like, shape (n,)
        P_i, persons (NaN = unknown: NaN gap and deficit).
    provision_per_person : float
        Standard s* (> 0), capacity units per person (e.g. 0.001 = 1 per 1000).
    nearest_cost : array_like, shape (n,)
        Cost to the nearest facility (NaN = unreachable).
    threshold : float
        Service radius for the blind-spot test (nearest cost > threshold), inclusive.

    Returns
    -------
    GapResult
    """
    a = float_vector(access, tr("access"))
    n = a.size
    pop = nonnegative(float_vector(population, tr("population"), n), tr("population"))
    c = float_vector(nearest_cost, tr("nearest_cost"), n)
    s = positive_number(provision_per_person, tr("provision_per_person"))
    rad = positive_number(threshold, tr("threshold"))
    ratio = a / s
    gap = pop * (a - s)
    deficit = pop * np.maximum(0.0, s - a)
    total = float(np.nansum(deficit))
    cls = np.full(n, GAP_UNKNOWN, dtype=np.int8)
    with np.errstate(invalid="ignore"):
        blind = ~(c <= rad)
        cls[~blind & (a < s)] = GAP_UNDER_SERVED
        cls[~blind & (a >= s)] = GAP_ADEQUATE
    cls[blind] = GAP_BLIND_SPOT
    return GapResult(ratio=ratio, gap=gap, deficit=deficit, total_deficit=total, gap_class=cls)


def weighted_gini(values, weights) -> float:
    """Population-weighted Gini coefficient of a non-negative quantity (e.g. access A_i).

    ``G = Σ_i Σ_j w_i w_j |x_i - x_j| / (2 (Σ w)² μ)`` with ``μ = Σ w x / Σ w``, computed in
    O(n log n) by sorting. Pairs with a NaN value or weight are left out.

    Parameters
    ----------
    values : array_like, shape (n,)
        x_i >= 0.
    weights : array_like, shape (n,)
        w_i >= 0 (population).

    Returns
    -------
    float
        In [0, 1); 0 for perfect equality; NaN when nothing is left or the weighted mean is 0.
    """
    x = float_vector(values, tr("values"))
    w = float_vector(weights, tr("weights"), x.size)
    ok = ~(np.isnan(x) | np.isnan(w))
    x, w = x[ok], w[ok]
    nonnegative(x, tr("values"))
    nonnegative(w, tr("weights"))
    tw = w.sum()
    if x.size == 0 or tw <= 0:
        return float("nan")
    mu = float((w * x).sum() / tw)
    if mu <= 0:
        return float("nan")
    order = np.argsort(x, kind="stable")
    x, w = x[order], w[order]
    cw = np.cumsum(w) - w  # weight strictly before i
    cwx = np.cumsum(w * x) - w * x
    total = 2.0 * float(np.sum(w * (x * cw - cwx)))
    return total / (2.0 * tw * tw * mu)


def zone_summary(zone_index, population, covered, deficit, n_zones: int) -> ZoneSummary:
    """Coverage and deficit totals per zone (township).

    Parameters
    ----------
    zone_index : array_like of int, shape (n,)
        Zone of each demand point, 0 .. n_zones-1, or -1 for none.
    population : array_like, shape (n,)
        Persons (NaN skipped).
    covered : array_like of bool, shape (n,)
        From :attr:`CoverageResult.covered`.
    deficit : array_like, shape (n,)
        From :attr:`GapResult.deficit` (NaN skipped).
    n_zones : int
        Number of zones (>= 0).

    Returns
    -------
    ZoneSummary
    """
    z = np.asarray(zone_index)
    if z.ndim != 1 or not (np.issubdtype(z.dtype, np.integer) or z.size == 0):
        raise InputError(tr("zone_index must be a 1-D integer array (-1 = in no zone)."))
    z = z.astype(np.int64)
    try:
        nz = int(n_zones)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("n_zones must be an integer; got {value}.").format(value=repr(n_zones))
        ) from exc
    if nz < 0:
        raise InputError(tr("n_zones must be >= 0; got {value}.").format(value=n_zones))
    bad = (z < -1) | (z >= nz)
    if bad.any():
        raise InputError(
            tr("zone_index must be in -1 .. {last}; bad at {ids}.").format(
                last=nz - 1, ids=where(bad)
            )
        )
    n = z.size
    pop = nonnegative(float_vector(population, tr("population"), n), tr("population"))
    cov = bool_vector(covered, tr("covered"), n)
    dfc = float_vector(deficit, tr("deficit"), n)
    inz = z >= 0
    zz = z[inz]
    p = np.nan_to_num(pop, nan=0.0)[inz]
    cnt = np.bincount(zz, minlength=nz).astype(np.int64)
    tot = np.bincount(zz, weights=p, minlength=nz)
    cp = np.bincount(zz, weights=p * cov[inz], minlength=nz)
    dsum = np.bincount(zz, weights=np.nan_to_num(dfc, nan=0.0)[inz], minlength=nz)
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(tot > 0, cp / np.where(tot > 0, tot, 1.0), np.nan)
    return ZoneSummary(
        n_demand=cnt,
        population=tot,
        covered_population=cp,
        coverage_rate=rate,
        deficit=dsum,
        n_outside=int(np.count_nonzero(~inz)),
    )

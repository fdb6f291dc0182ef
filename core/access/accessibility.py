"""Facility accessibility and gaps: the 2SFCA family, coverage, gaps and inequality.

Formulas follow DOMAIN.md §2.6-2.7. Notation: demand points i (villages) with population P_i,
facilities j with capacity S_j (doctors, beds, school places), travel cost d_ij (minutes or
metres) and catchment threshold d0. Thresholds are inclusive everywhere: d_ij <= d0 is inside.

Costs come as a :class:`~.network.CostMatrix` (explicit pairs; unlisted pairs are out of
reach) or as a dense (n_demand, n_facility) array where NaN or inf means "not reachable".

Missing values: a NaN population contributes no demand and gets NaN gaps; a NaN capacity makes
its facility's ratio NaN; a facility with no weighted demand in reach gets R_j = NaN (it is
reported and contributes nothing to A_i). Nothing missing is turned into a zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from ..errors import InputError
from ..messages import listing, tr
from .network import CostMatrix

__all__ = [
    "METHODS",
    "DEFAULT_STEP_WEIGHTS",
    "FCAResult",
    "CoverageResult",
    "GapResult",
    "ZoneSummary",
    "parse_step_weights",
    "step_weight",
    "gaussian_weight",
    "fca",
    "nearest",
    "coverage",
    "gaps",
    "catchment",
    "load",
    "weighted_gini",
    "zone_summary",
]

METHODS = ("2sfca", "e2sfca", "gaussian")

#: Luo & Qi (2009) steps: upper bounds in thirds of the threshold (bound = threshold * k / 3)
#: and weights; with a 30-min threshold this is 10:1.0, 20:0.68, 30:0.22 (PySAL ``access``).
DEFAULT_STEP_WEIGHTS = (np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.68, 0.22]))

#: gap classes of :func:`gaps`
GAP_UNKNOWN, GAP_BLIND_SPOT, GAP_UNDER_SERVED, GAP_ADEQUATE = -1, 0, 1, 2


# --------------------------------------------------------------------------------------------
# results


@dataclass(frozen=True, eq=False)
class FCAResult:
    """Result of :func:`fca`.

    Attributes
    ----------
    ratio : ndarray, shape (n_facility,)
        R_j, capacity per weighted person in reach (capacity units / person); NaN where the
        facility has no weighted demand in reach or a NaN capacity.
    access : ndarray, shape (n_demand,)
        A_i, accessible capacity per person (capacity units / person); 0 where no facility with
        a finite ratio is in reach.
    weighted_demand : ndarray, shape (n_facility,)
        Sum_k P_k W(d_kj), persons (NaN populations skipped).
    unserved_facilities : ndarray of bool, shape (n_facility,)
        Facilities with no weighted demand in reach (their ratio is NaN).
    """

    ratio: np.ndarray
    access: np.ndarray
    weighted_demand: np.ndarray
    unserved_facilities: np.ndarray


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


# --------------------------------------------------------------------------------------------
# validation helpers


def _vector(x, name: str, n: Optional[int] = None, allow_nan: bool = True) -> np.ndarray:
    try:
        arr = np.asarray(x, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("{name} must be numeric.").format(name=name)) from exc
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1:
        raise InputError(
            tr("{name} must be one-dimensional; got shape {shape}.").format(
                name=name, shape=arr.shape
            )
        )
    if n is not None and arr.size != n:
        raise InputError(
            tr("{name} has {size} values; expected {n}.").format(name=name, size=arr.size, n=n)
        )
    if not allow_nan and np.isnan(arr).any():
        raise InputError(
            tr("{name} has missing (NaN) values at {ids}.").format(
                name=name, ids=_ids(np.isnan(arr))
            )
        )
    return arr


def _ids(mask: np.ndarray) -> str:
    return listing(np.flatnonzero(mask), 20)


def _nonnegative(arr: np.ndarray, name: str) -> None:
    bad = arr < 0
    if bad.any():
        raise InputError(
            tr("{name} must be >= 0; negative at indices {ids}.").format(name=name, ids=_ids(bad))
        )
    if np.isinf(arr).any():
        raise InputError(
            tr("{name} must be finite; infinite at indices {ids}.").format(
                name=name, ids=_ids(np.isinf(arr))
            )
        )


def _threshold(value, name: Optional[str] = None) -> float:
    if name is None:
        name = tr("threshold")
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be a number; got {value}.").format(name=name, value=repr(value))
        ) from exc
    if not np.isfinite(v) or v <= 0:
        raise InputError(
            tr("{name} must be a finite number > 0; got {value}.").format(
                name=name, value=repr(value)
            )
        )
    return v


def _pairs(costs) -> Tuple[np.ndarray, np.ndarray, np.ndarray, Tuple[int, int], float]:
    """(rows, cols, values, shape, cutoff) of the reachable pairs of a cost input."""
    if isinstance(costs, CostMatrix):
        vals = np.asarray(costs.values, dtype=float)
        if vals.size and (np.isnan(vals).any() or (vals < 0).any()):
            raise InputError(tr("Travel costs must be >= 0 and not NaN."))
        return costs.rows, costs.cols, vals, tuple(costs.shape), float(costs.cutoff)
    try:
        dense = np.asarray(costs, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("costs must be a CostMatrix or a 2-D numeric array.")) from exc
    if dense.ndim != 2:
        raise InputError(
            tr(
                "costs must be a CostMatrix or a 2-D (n_demand, n_facility) array; "
                "got shape {shape}."
            ).format(shape=dense.shape)
        )
    if (dense < 0).any():
        raise InputError(tr("Travel costs must be >= 0."))
    r, c = np.nonzero(np.isfinite(dense))
    return r.astype(np.int64), c.astype(np.int64), dense[r, c], dense.shape, np.inf


# --------------------------------------------------------------------------------------------
# weights


def parse_step_weights(text: str) -> Tuple[np.ndarray, np.ndarray]:
    """Parse E2SFCA step weights such as ``"10:1.0,20:0.68,30:0.22"``.

    Parameters
    ----------
    text : str
        ``bound:weight`` items separated by commas or semicolons; bound is the upper end of a
        sub-zone (inclusive) in the cost unit, weight is in [0, 1].

    Returns
    -------
    bounds : ndarray, shape (k,)
        Strictly increasing, finite, > 0.
    weights : ndarray, shape (k,)
        In [0, 1].

    Raises
    ------
    InputError
        On any malformed item, with the item quoted.
    """
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            tr("E2SFCA weights must be text like '10:1.0,20:0.68,30:0.22' (upper bound:weight).")
        )
    items = [it.strip() for it in text.replace(";", ",").split(",") if it.strip()]
    bounds, weights = [], []
    for it in items:
        parts = it.split(":")
        if len(parts) != 2:
            raise InputError(
                tr("E2SFCA weight item '{item}' is not 'upper bound:weight'.").format(item=it)
            )
        try:
            b, w = float(parts[0]), float(parts[1])
        except ValueError as exc:
            raise InputError(
                tr("E2SFCA weight item '{item}' is not two numbers.").format(item=it)
            ) from exc
        bounds.append(b)
        weights.append(w)
    b_arr, w_arr = np.array(bounds), np.array(weights)
    _check_steps(b_arr, w_arr)
    return b_arr, w_arr


def _check_steps(bounds: np.ndarray, weights: np.ndarray) -> None:
    if bounds.ndim != 1 or bounds.size == 0 or bounds.shape != weights.shape:
        raise InputError(tr("E2SFCA steps need as many upper bounds as weights (at least one)."))
    if not (np.isfinite(bounds).all() and (bounds > 0).all()):
        raise InputError(tr("E2SFCA upper bounds must be finite numbers > 0."))
    if (np.diff(bounds) <= 0).any():
        raise InputError(tr("E2SFCA upper bounds must be strictly increasing."))
    if not (np.isfinite(weights).all() and (weights >= 0).all() and (weights <= 1).all()):
        raise InputError(tr("E2SFCA weights must be between 0 and 1."))


def step_weight(d, bounds, weights) -> np.ndarray:
    """E2SFCA step weight of costs ``d``.

    Sub-zones are [0, b_1], (b_1, b_2], ..., (b_{k-1}, b_k]: a cost equal to a bound takes the
    weight of the zone it closes, d = 0 takes the first weight, d > b_k (or NaN) weighs 0.

    Parameters
    ----------
    d : array_like
        Costs (>= 0), any shape.
    bounds, weights : array_like, shape (k,)
        As returned by :func:`parse_step_weights`.

    Returns
    -------
    ndarray, same shape as ``d``
    """
    b = np.asarray(bounds, dtype=float)
    w = np.asarray(weights, dtype=float)
    _check_steps(b, w)
    d = np.asarray(d, dtype=float)
    k = np.searchsorted(b, d, side="left")  # NaN sorts past the end
    return np.append(w, 0.0)[k]


def gaussian_weight(d, d0: float) -> np.ndarray:
    """Gaussian distance decay (DOMAIN §2.6), 1 at d = 0, 0 at d = d0 and beyond.

    ``G(d, d0) = (exp(-d²/(2 d0²)) - exp(-1/2)) / (1 - exp(-1/2))`` for d <= d0, else 0.

    Parameters
    ----------
    d : array_like
        Costs (>= 0), any shape; NaN weighs 0.
    d0 : float
        Catchment threshold (> 0), same unit as ``d``.
    """
    d0 = _threshold(d0, tr("d0"))
    d = np.asarray(d, dtype=float)
    e = np.exp(-0.5)
    with np.errstate(invalid="ignore"):
        g = (np.exp(-0.5 * (d / d0) ** 2) - e) / (1.0 - e)
        return np.where(d <= d0, np.maximum(g, 0.0), 0.0)


def _weights(values: np.ndarray, threshold: float, method: str, steps) -> np.ndarray:
    inside = values <= threshold
    if method == "2sfca":
        return inside.astype(float)
    if method == "e2sfca":
        if steps is None:
            b, w = DEFAULT_STEP_WEIGHTS[0] * threshold / 3.0, DEFAULT_STEP_WEIGHTS[1]
        elif isinstance(steps, str):
            b, w = parse_step_weights(steps)
        else:
            try:
                b, w = (np.asarray(x, dtype=float) for x in steps)
            except (TypeError, ValueError) as exc:
                raise InputError(tr("steps must be text or a (bounds, weights) pair.")) from exc
        return np.where(inside, step_weight(values, b, w), 0.0)
    if method == "gaussian":
        return gaussian_weight(values, threshold)
    raise _bad_method(method)


def _bad_method(method) -> InputError:
    return InputError(
        tr("method must be one of {methods}; got {method}.").format(
            methods=", ".join(METHODS), method=repr(method)
        )
    )


# --------------------------------------------------------------------------------------------
# accessibility


def fca(
    costs,
    population,
    supply,
    threshold: float,
    method: str = "2sfca",
    steps=None,
) -> FCAResult:
    """Two-step floating catchment area accessibility (2SFCA, E2SFCA, Gaussian 2SFCA).

    Step 1: ``R_j = S_j / Σ_k P_k W(d_kj)``; step 2: ``A_i = Σ_j R_j W(d_ij)``, with
    W = 1 inside the catchment for 2SFCA, the step weights for E2SFCA and the Gaussian decay
    for Gaussian 2SFCA (DOMAIN §2.6). When every facility has demand in reach,
    ``Σ_i P_i A_i = Σ_j S_j``.

    Parameters
    ----------
    costs : CostMatrix or array_like, shape (n_demand, n_facility)
        Travel cost from demand to facility; a dense array uses NaN/inf for "not reachable".
        A CostMatrix must have been computed with ``cutoff >= threshold``.
    population : array_like, shape (n_demand,)
        P_i, persons (>= 0; NaN = unknown, contributes no demand).
    supply : array_like, shape (n_facility,)
        S_j, capacity units (>= 0; NaN = unknown, ratio NaN).
    threshold : float
        Catchment size d0 in the cost unit (> 0), inclusive.
    method : {'2sfca', 'e2sfca', 'gaussian'}
    steps : str or (bounds, weights), optional
        E2SFCA sub-zones (see :func:`parse_step_weights`); weights apply only where cost <=
        threshold. Default: bounds threshold × (1/3, 2/3, 1) with weights 1, 0.68, 0.22, i.e.
        the Luo & Qi 10/20/30-min steps scaled to the threshold.

    Returns
    -------
    FCAResult
    """
    if method not in METHODS:
        raise _bad_method(method)
    rows, cols, vals, shape, cutoff = _pairs(costs)
    n, m = shape
    d0 = _threshold(threshold)
    if cutoff < d0:
        raise InputError(
            tr(
                "The travel costs were cut off at {cutoff:g}, below the catchment threshold "
                "{threshold:g}; recompute them with a cutoff of at least the threshold."
            ).format(cutoff=cutoff, threshold=d0)
        )
    pop = _vector(population, tr("population"), n)
    sup = _vector(supply, tr("supply"), m)
    _nonnegative(pop[~np.isnan(pop)], tr("population"))
    _nonnegative(sup[~np.isnan(sup)], tr("supply"))

    w = _weights(vals, d0, method, steps)
    keep = w > 0
    r, c, w = rows[keep], cols[keep], w[keep]
    p = np.nan_to_num(pop, nan=0.0)
    wd = np.bincount(c, weights=p[r] * w, minlength=m)
    unserved = ~(wd > 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(unserved, np.nan, sup / np.where(unserved, 1.0, wd))
    contrib = ratio[c] * w
    ok = np.isfinite(contrib)
    access = np.bincount(r[ok], weights=contrib[ok], minlength=n)
    return FCAResult(ratio=ratio, access=access, weighted_demand=wd, unserved_facilities=unserved)


def nearest(costs) -> Tuple[np.ndarray, np.ndarray]:
    """Cheapest listed facility per demand point.

    With a CostMatrix this is limited to its cutoff; for the true nearest facility on a road
    network use :func:`~.network.nearest_facility`.

    Parameters
    ----------
    costs : CostMatrix or array_like, shape (n_demand, n_facility)

    Returns
    -------
    cost : ndarray, shape (n_demand,)
        NaN where no facility is listed / reachable.
    index : ndarray of int64, shape (n_demand,)
        Facility index, -1 where none (ties: lowest index).
    """
    rows, cols, vals, shape, _ = _pairs(costs)
    n = shape[0]
    cost = np.full(n, np.nan)
    idx = np.full(n, -1, dtype=np.int64)
    if vals.size:
        order = np.lexsort((cols, vals, rows))
        r = rows[order]
        first = np.ones(r.size, dtype=bool)
        first[1:] = r[1:] != r[:-1]
        sel = order[first]
        cost[rows[sel]] = vals[sel]
        idx[rows[sel]] = cols[sel]
    return cost, idx


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
    c = _vector(nearest_cost, tr("nearest_cost"))
    pop = _vector(population, tr("population"), c.size)
    _nonnegative(pop[~np.isnan(pop)], tr("population"))
    rad = _threshold(radius, tr("radius"))
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
    a = _vector(access, tr("access"))
    n = a.size
    pop = _vector(population, tr("population"), n)
    _nonnegative(pop[~np.isnan(pop)], tr("population"))
    c = _vector(nearest_cost, tr("nearest_cost"), n)
    s = _threshold(provision_per_person, tr("provision_per_person"))
    rad = _threshold(threshold)
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


def catchment(costs, population, threshold: float) -> np.ndarray:
    """Population within each facility's catchment: Σ_{k: d_kj <= d0} P_k.

    Parameters
    ----------
    costs : CostMatrix or array_like, shape (n_demand, n_facility)
    population : array_like, shape (n_demand,)
        Persons; NaN populations are skipped.
    threshold : float
        d0, inclusive, cost unit.

    Returns
    -------
    ndarray, shape (n_facility,)
        Persons (0 where nobody is in reach).
    """
    rows, cols, vals, shape, cutoff = _pairs(costs)
    d0 = _threshold(threshold)
    if cutoff < d0:
        raise InputError(
            tr(
                "The travel costs were cut off at {cutoff:g}, below the threshold " "{threshold:g}."
            ).format(cutoff=cutoff, threshold=d0)
        )
    pop = _vector(population, tr("population"), shape[0])
    _nonnegative(pop[~np.isnan(pop)], tr("population"))
    inside = vals <= d0
    p = np.nan_to_num(pop, nan=0.0)
    return np.bincount(cols[inside], weights=p[rows[inside]], minlength=shape[1])


def load(weighted_demand, supply, provision_per_person: Optional[float] = None) -> np.ndarray:
    """Facility load: weighted demand in reach per unit of capacity.

    ``load_j = Σ_k P_k W(d_kj) / S_j`` (= 1 / R_j): persons per capacity unit. With
    ``provision_per_person`` s*, ``load_j = s* Σ_k P_k W(d_kj) / S_j``: the capacity the standard
    asks for divided by the capacity there is (1 = at standard, > 1 overloaded).

    Parameters
    ----------
    weighted_demand : array_like, shape (m,)
        ``FCAResult.weighted_demand``, persons.
    supply : array_like, shape (m,)
        S_j, capacity units.
    provision_per_person : float, optional
        s*, capacity units per person.

    Returns
    -------
    ndarray, shape (m,)
        NaN where the capacity is 0 or unknown (load undefined); 0 where nobody is in reach.
    """
    wd = _vector(weighted_demand, tr("weighted_demand"))
    sup = _vector(supply, tr("supply"), wd.size)
    _nonnegative(sup[~np.isnan(sup)], tr("supply"))
    scale = (
        1.0
        if provision_per_person is None
        else _threshold(provision_per_person, tr("provision_per_person"))
    )
    ok = sup > 0
    out = np.full(wd.size, np.nan)
    out[ok] = scale * wd[ok] / sup[ok]
    return out


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
    x = _vector(values, tr("values"))
    w = _vector(weights, tr("weights"), x.size)
    ok = ~(np.isnan(x) | np.isnan(w))
    x, w = x[ok], w[ok]
    _nonnegative(x, tr("values"))
    _nonnegative(w, tr("weights"))
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
                last=nz - 1, ids=_ids(bad)
            )
        )
    n = z.size
    pop = _vector(population, tr("population"), n)
    _nonnegative(pop[~np.isnan(pop)], tr("population"))
    cov = np.asarray(covered, dtype=bool).ravel()
    if cov.size != n:
        raise InputError(
            tr("{name} has {size} values; expected {n}.").format(
                name=tr("covered"), size=cov.size, n=n
            )
        )
    dfc = _vector(deficit, tr("deficit"), n)
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

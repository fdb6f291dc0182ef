"""Two-step floating catchment area (2SFCA family) accessibility, DOMAIN.md §2.6.

Notation: demand points i (villages) with population P_i, facilities j with capacity S_j
(doctors, beds, school places), travel cost d_ij (minutes or metres) and catchment threshold d0.
Thresholds are inclusive everywhere: d_ij <= d0 is inside.

Costs come as a :class:`~.cost_matrix.CostMatrix` (explicit pairs; unlisted pairs are out of
reach) or as a dense (n_demand, n_facility) array where NaN or inf means "not reachable".

Missing values: a NaN population contributes no demand; a NaN capacity makes its facility's
ratio NaN; a facility with no weighted demand in reach gets R_j = NaN (it is reported and
contributes nothing to A_i). Nothing missing is turned into a zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from ..checks import choice, float_vector, nonnegative, positive_number
from ..errors import InputError
from ..messages import tr
from .cost_matrix import CostMatrix
from .decay import METHODS, decay_weights

__all__ = ["FCAResult", "cost_pairs", "fca", "nearest", "catchment", "load"]


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


def cost_pairs(costs) -> Tuple[np.ndarray, np.ndarray, np.ndarray, Tuple[int, int], float]:
    """(rows, cols, values, shape, cutoff) of the reachable pairs of a cost input.

    ``costs`` is a :class:`~.cost_matrix.CostMatrix` or a dense (n_demand, n_facility) array
    where NaN or inf means "not reachable" (cutoff inf).
    """
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
        E2SFCA sub-zones (see :func:`~.decay.parse_step_weights`); weights apply only where cost <=
        threshold. Default: bounds threshold × (1/3, 2/3, 1) with weights 1, 0.68, 0.22, i.e.
        the Luo & Qi 10/20/30-min steps scaled to the threshold.

    Returns
    -------
    FCAResult
    """
    choice(method, METHODS, tr("method"))
    rows, cols, vals, shape, cutoff = cost_pairs(costs)
    n, m = shape
    d0 = positive_number(threshold, tr("threshold"))
    if cutoff < d0:
        raise InputError(
            tr(
                "The travel costs were cut off at {cutoff:g}, below the catchment threshold "
                "{threshold:g}; recompute them with a cutoff of at least the threshold."
            ).format(cutoff=cutoff, threshold=d0)
        )
    pop = nonnegative(float_vector(population, tr("population"), n), tr("population"))
    sup = nonnegative(float_vector(supply, tr("supply"), m), tr("supply"))

    w = decay_weights(vals, d0, method, steps)
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
    network use :func:`~.paths.nearest_facility`.

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
    rows, cols, vals, shape, _ = cost_pairs(costs)
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
    rows, cols, vals, shape, cutoff = cost_pairs(costs)
    d0 = positive_number(threshold, tr("threshold"))
    if cutoff < d0:
        raise InputError(
            tr(
                "The travel costs were cut off at {cutoff:g}, below the threshold " "{threshold:g}."
            ).format(cutoff=cutoff, threshold=d0)
        )
    pop = nonnegative(float_vector(population, tr("population"), shape[0]), tr("population"))
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
    wd = float_vector(weighted_demand, tr("weighted_demand"))
    sup = nonnegative(float_vector(supply, tr("supply"), wd.size), tr("supply"))
    scale = (
        1.0
        if provision_per_person is None
        else positive_number(provision_per_person, tr("provision_per_person"))
    )
    ok = sup > 0
    out = np.full(wd.size, np.nan)
    out[ok] = scale * wd[ok] / sup[ok]
    return out

"""Straight-line costs: the fallback without a road network.

cost = straight distance [m] × detour factor, in metres, or in minutes at a given speed.
"""

from __future__ import annotations

import numpy as np
from scipy.spatial import cKDTree

from ..checks import nonnegative_number, positive_number
from ..errors import InputError
from ..messages import tr
from .cost_matrix import CostMatrix, NearestResult
from .units import MIN_PER_M_AT_1KMH, xy_array

__all__ = ["euclidean_costs", "euclidean_nearest"]


def _factor(detour_factor, speed_kmh):
    det = positive_number(detour_factor, tr("detour_factor"))
    if det < 1:
        raise InputError(
            tr("detour_factor must be >= 1 (a road is never shorter); got {value}.").format(
                value=det
            )
        )
    if speed_kmh is None:
        return det, "meters"
    sp_ = positive_number(speed_kmh, tr("speed_kmh"))
    return det * MIN_PER_M_AT_1KMH / sp_, "minutes"


def euclidean_costs(
    demand_xy, facility_xy, cutoff: float, detour_factor: float = 1.3, speed_kmh=None
) -> CostMatrix:
    """Straight-line costs within a cutoff: the fallback when there is no road network.

    cost = distance [m] * detour_factor, in metres, or in minutes at ``speed_kmh`` when given.

    Parameters
    ----------
    demand_xy : array_like, shape (n_demand, 2)
        Metres, projected CRS.
    facility_xy : array_like, shape (n_facility, 2)
    cutoff : float
        Largest cost kept, inclusive, in metres (or minutes with ``speed_kmh``).
    detour_factor : float, default 1.3
        Road distance / straight distance, >= 1 (DOMAIN: 1.3-1.4).
    speed_kmh : float, optional
        Travel speed; when given costs are minutes, otherwise metres.

    Returns
    -------
    CostMatrix
        Points with non-finite coordinates are flagged unreachable and have no pairs.
    """
    dxy = xy_array(demand_xy, tr("demand_xy"))
    fxy = xy_array(facility_xy, tr("facility_xy"))
    cut = nonnegative_number(cutoff, tr("cutoff"), allow_inf=True)
    factor, unit = _factor(detour_factor, speed_kmh)
    d_ok = np.all(np.isfinite(dxy), axis=1)
    f_ok = np.all(np.isfinite(fxy), axis=1)
    di, fi = np.flatnonzero(d_ok), np.flatnonzero(f_ok)
    rows = np.empty(0, dtype=np.int64)
    cols = np.empty(0, dtype=np.int64)
    vals = np.empty(0, dtype=float)
    if di.size and fi.size:
        radius = cut / factor
        if np.isfinite(radius):
            recs = cKDTree(dxy[di]).sparse_distance_matrix(
                cKDTree(fxy[fi]), max_distance=radius * (1 + 1e-9) + 1e-9, output_type="ndarray"
            )
            r, c = recs["i"].astype(np.int64), recs["j"].astype(np.int64)
        else:
            r = np.repeat(np.arange(di.size, dtype=np.int64), fi.size)
            c = np.tile(np.arange(fi.size, dtype=np.int64), di.size)
        # recompute every kept pair with one formula, then keep cost <= cutoff exactly
        dist = np.hypot(*(dxy[di][r] - fxy[fi][c]).T) if r.size else np.empty(0)
        val = dist * factor
        keep = val <= cut
        rows, cols, vals = di[r[keep]], fi[c[keep]], val[keep]
        order = np.lexsort((cols, rows))
        rows, cols, vals = rows[order], cols[order], vals[order]
    return CostMatrix(
        rows=rows,
        cols=cols,
        values=vals.astype(float),
        shape=(dxy.shape[0], fxy.shape[0]),
        unit=unit,
        cutoff=cut,
        demand_unreachable=~d_ok,
        facility_unreachable=~f_ok,
    )


def euclidean_nearest(
    demand_xy, facility_xy, detour_factor: float = 1.3, speed_kmh=None
) -> NearestResult:
    """Straight-line cost to the nearest facility (no cutoff); fallback of :func:`nearest_facility`.

    Costs as in :func:`euclidean_costs`. NaN / -1 for demand points with non-finite coordinates
    or when no facility has finite coordinates.
    """
    dxy = xy_array(demand_xy, tr("demand_xy"))
    fxy = xy_array(facility_xy, tr("facility_xy"))
    factor, unit = _factor(detour_factor, speed_kmh)
    nd = dxy.shape[0]
    d_ok = np.all(np.isfinite(dxy), axis=1)
    f_ok = np.flatnonzero(np.all(np.isfinite(fxy), axis=1))
    cost = np.full(nd, np.nan)
    fac = np.full(nd, -1, dtype=np.int64)
    if f_ok.size and d_ok.any():
        dist, idx = cKDTree(fxy[f_ok]).query(dxy[d_ok], k=1)
        cost[d_ok] = dist * factor
        fac[d_ok] = f_ok[idx]
    return NearestResult(cost=cost, facility=fac, demand_unreachable=~d_ok, unit=unit)

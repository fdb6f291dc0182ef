"""Composite scores (weighted sum, TOPSIS) and ranking.

Missing values (NaN). A village with some missing indicators is scored on the indicators it
has, with the weights renormalised over them; it is not penalised or favoured by a fake 0.

- Weighted sum: ``S_i = Σ_{j avail} w_j z_ij / Σ_{j avail} w_j``. With no missing value and
  weights summing to 1 this is DOMAIN's ``S_i = Σ_j w_j z_ij``.
- TOPSIS: the vector norm and the ideal points of column ``j`` use its non-missing values;
  the distances of village ``i`` run over its own non-missing columns. Renormalising the
  weights over those columns scales ``D+`` and ``D-`` alike, so ``C_i`` does not depend on it.
- A village with no available indicator, or whose available indicators all have weight 0,
  gets a NaN score.
"""

from __future__ import annotations

import numpy as np
from scipy.stats import rankdata

from ..errors import InputError
from ..messages import tr
from .checks import direction_mask, indicator_table, weight_vector

__all__ = ["weighted_sum", "topsis", "rank_descending"]


def weighted_sum(Z, w) -> np.ndarray:
    """Weighted-sum composite score.

    Parameters
    ----------
    Z : array_like, shape (n, m)
        Normalised indicator values (larger = more hollow); NaN = missing.
    w : array_like, shape (m,)
        Non-negative weights (any scale; they are renormalised per village over its
        available indicators).

    Returns
    -------
    numpy.ndarray, shape (n,)
        ``S_i`` in the range of ``Z`` (0–1 for min–max values); NaN for a village with no
        available weighted indicator.
    """
    z = indicator_table(Z, tr("Normalised indicator values"))
    wv = weight_vector(w, tr("Weights"), z.shape[1])
    avail = ~np.isnan(z)
    wsum = avail.astype(float) @ wv
    num = np.where(avail, z, 0.0) @ wv  # 0 only as a placeholder; wsum excludes those cells
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(wsum > 0, num / np.where(wsum > 0, wsum, 1.0), np.nan)


def topsis(X, w, positive) -> np.ndarray:
    """TOPSIS closeness to the "most hollow" ideal (DOMAIN §1.3).

    ``r_ij = x_ij / sqrt(Σ_i x_ij²)`` (vector normalisation of the raw values),
    ``v_ij = w_j r_ij``; ``V+_j`` = max of ``v`` for positive indicators and min for negative
    ones, ``V-_j`` the opposite; ``D±_i = sqrt(Σ_j (v_ij - V±_j)²)``;
    ``C_i = D-_i / (D+_i + D-_i)``.

    Parameters
    ----------
    X : array_like, shape (n, m)
        Raw indicator values; NaN = missing (see the module notes).
    w : array_like, shape (m,)
        Non-negative weights.
    positive : array_like of bool, shape (m,)
        True where a larger raw value is more hollow (``+1``/``-1`` accepted).

    Returns
    -------
    numpy.ndarray, shape (n,)
        ``C_i`` in [0, 1], higher = more hollow. NaN for a village with no available weighted
        indicator, or one for which both ideal points coincide on all its indicators.
    """
    x = indicator_table(X, tr("Indicator values"))
    n, m = x.shape
    wv = weight_vector(w, tr("Weights"), m)
    pos = direction_mask(positive, m)
    avail = ~np.isnan(x)
    norm = np.sqrt(np.nansum(x * x, axis=0))
    # An all-zero (or all-missing) column has no scale; it cannot separate villages anyway.
    safe = np.where(norm > 0, norm, 1.0)
    v = wv * np.where(norm > 0, x / safe, np.where(avail, 0.0, np.nan))
    if n == 0:
        return np.empty(0)
    vmax = np.where(avail.any(axis=0), np.max(np.where(avail, v, -np.inf), axis=0), np.nan)
    vmin = np.where(avail.any(axis=0), np.min(np.where(avail, v, np.inf), axis=0), np.nan)
    best = np.where(pos, vmax, vmin)
    worst = np.where(pos, vmin, vmax)
    d_plus = np.sqrt(np.nansum(np.where(avail, (v - best) ** 2, np.nan), axis=1))
    d_minus = np.sqrt(np.nansum(np.where(avail, (v - worst) ** 2, np.nan), axis=1))
    has_weight = (avail.astype(float) @ wv) > 0
    total = d_plus + d_minus
    ok = has_weight & (total > 0)
    return np.where(ok, d_minus / np.where(ok, total, 1.0), np.nan)


def rank_descending(scores) -> np.ndarray:
    """Rank villages by score, 1 = highest (most hollow).

    Parameters
    ----------
    scores : array_like, shape (n,)
        NaN = no score.

    Returns
    -------
    numpy.ndarray of int, shape (n,)
        Competition ranking: tied scores share the smallest rank (1, 2, 2, 4). A NaN score gets
        rank ``-1`` (unranked), the same sentinel as the missing level and type codes, so
        callers write NULL for every negative code.
    """
    try:
        s = np.asarray(scores, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("Scores must be numbers ({error}).").format(error=exc)) from None
    if s.ndim != 1:
        raise InputError(tr("Scores must be a 1-D array, got shape {shape}.").format(shape=s.shape))
    out = np.full(s.shape, -1, dtype=np.int64)
    ok = ~np.isnan(s)
    if ok.any():
        out[ok] = rankdata(-s[ok], method="min").astype(np.int64)
    return out

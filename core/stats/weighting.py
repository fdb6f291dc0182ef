"""Indicator normalisation and weights: min–max, entropy, AHP, combined, custom, equal.

Formulas follow DOMAIN.md §1.2–1.3. Arrays are ``(n, m)``: ``n`` villages (rows) by ``m``
indicators (columns). Missing values are NaN and stay NaN; they are never read as 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..messages import row_listing, tr
from .checks import direction_mask, indicator_table, weight_vector

__all__ = [
    "RANDOM_INDEX",
    "AHPResult",
    "minmax_normalize",
    "entropy_weights",
    "ahp_weights",
    "check_ahp_consistency",
    "combined_weights",
    "normalise_custom_weights",
    "equal_weights",
]

#: Saaty's random consistency index RI for matrix orders k = 1..10 (DOMAIN §1.3).
RANDOM_INDEX = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)

#: Relative tolerance of the reciprocal check ``a_ji = 1/a_ij`` in :func:`ahp_weights`.
RECIPROCAL_RTOL = 1e-6


def minmax_normalize(X, positive):
    """Direction-aware min–max normalisation (DOMAIN §1.2).

    Positive indicators: ``z = (x - min_j)/(max_j - min_j)``; negative ones:
    ``z = (max_j - x)/(max_j - min_j)``. After it, a larger ``z`` always means more hollow.
    ``min_j`` and ``max_j`` are taken over the non-missing values of column ``j``.

    Parameters
    ----------
    X : array_like, shape (n, m)
        Raw indicator values (any units); NaN = missing. Infinite values are rejected.
    positive : array_like of bool, shape (m,)
        True where a larger raw value is more hollow ("+" in DOMAIN §1.1). ``+1``/``-1``
        directions are accepted too.

    Returns
    -------
    Z : numpy.ndarray, shape (n, m)
        Normalised values in [0, 1]; NaN where ``X`` is NaN. A constant column (one distinct
        non-missing value, or none at all) gets ``z = 0`` on its non-missing rows.
    constant : numpy.ndarray of bool, shape (m,)
        True for the constant columns (including all-missing ones); they carry no
        information and get weight 0 in every weighting method.
    """
    arr = indicator_table(X, tr("Indicator values"))
    n, m = arr.shape
    pos = direction_mask(positive, m)
    Z = np.full((n, m), np.nan)
    constant = np.zeros(m, dtype=bool)
    for j in range(m):
        col = arr[:, j]
        ok = ~np.isnan(col)
        if not ok.any():
            constant[j] = True
            continue
        lo, hi = col[ok].min(), col[ok].max()
        if hi == lo:
            constant[j] = True
            Z[ok, j] = 0.0
            continue
        Z[ok, j] = (col[ok] - lo) / (hi - lo) if pos[j] else (hi - col[ok]) / (hi - lo)
    return Z, constant


def entropy_weights(Z, shift: float = 0.0):
    """Entropy weight method (熵权法, DOMAIN §1.3).

    ``p_ij = z'_ij / Σ_i z'_ij``, ``e_j = -(1/ln n_j) Σ_i p_ij ln p_ij``, ``d_j = 1 - e_j``,
    ``w_j = d_j / Σ_j d_j``, with ``z' = z + shift`` and the convention ``0·ln 0 = 0``.
    Sums run over the non-missing rows of column ``j`` and ``n_j`` is their count, so a
    missing value neither counts as 0 nor lowers the entropy.

    Parameters
    ----------
    Z : array_like, shape (n, m)
        Normalised, non-negative indicator values (see :func:`minmax_normalize`); NaN = missing.
    shift : float, default 0.0
        Added to every non-missing ``z`` before ``p`` is formed (``1e-4`` is the common
        alternative to ``0·ln 0 = 0``; it changes the weights slightly, so report which is used).

    Returns
    -------
    e : numpy.ndarray, shape (m,)
        Entropy of each column in [0, 1]. A column that cannot discriminate between villages
        (constant, all zero, fewer than two non-missing rows) gets ``e = 1``.
    w : numpy.ndarray, shape (m,)
        Weights, summing to 1; 0 for the columns with ``e = 1``.

    Raises
    ------
    InputError
        Negative or infinite ``z``, negative ``shift``, or no column that varies.
    """
    arr = indicator_table(Z, tr("Normalised indicator values"))
    shift = float(shift)
    if not np.isfinite(shift) or shift < 0:
        raise InputError(
            tr("Entropy shift must be a finite number >= 0, got {shift}.").format(shift=shift)
        )
    n, m = arr.shape
    e = np.ones(m)
    for j in range(m):
        col = arr[:, j]
        col = col[~np.isnan(col)]
        neg = np.flatnonzero(arr[:, j] < 0)
        if neg.size:
            raise InputError(
                tr(
                    "Entropy weights need non-negative normalised values; column {column} is "
                    "negative at rows {rows}."
                ).format(column=j, rows=row_listing(neg))
            )
        col = col + shift
        total = col.sum()
        # Constant, all-zero or single-row columns carry no information: e = 1 exactly,
        # rather than 1 ± rounding that would leave a tiny spurious weight.
        if col.size < 2 or total <= 0 or np.all(col == col[0]):
            continue
        p = col / total
        nz = p > 0  # 0·ln 0 = 0
        e[j] = -np.sum(p[nz] * np.log(p[nz])) / np.log(col.size)
    e = np.clip(e, 0.0, 1.0)
    d = 1.0 - e
    if d.sum() <= 0:
        raise InputError(
            tr("Entropy weights: no indicator varies between villages, so none can be weighted.")
        )
    return e, d / d.sum()


@dataclass(frozen=True)
class AHPResult:
    """Outcome of :func:`ahp_weights`.

    Attributes
    ----------
    weights : numpy.ndarray, shape (k,)
        Normalised principal eigenvector (sums to 1).
    lambda_max : float
        Principal eigenvalue λmax (``>= k`` for a positive reciprocal matrix).
    ci : float
        Consistency index ``(λmax - k)/(k - 1)``; 0 for k <= 2.
    cr : float
        Consistency ratio ``CI/RI``; 0 for k <= 2 (RI = 0, every such matrix is consistent).
    consistent : bool
        ``cr < 0.10`` (Saaty's acceptance rule).
    """

    weights: np.ndarray
    lambda_max: float
    ci: float
    cr: float
    consistent: bool


def ahp_weights(matrix) -> AHPResult:
    """AHP (层次分析法) weights from a pairwise comparison matrix (DOMAIN §1.3).

    Parameters
    ----------
    matrix : array_like, shape (k, k)
        ``a_ij`` = importance of criterion ``i`` over ``j`` on Saaty's 1–9 scale, positive,
        with ``a_ji = 1/a_ij`` (relative tolerance 1e-6: type ``1/3``, not ``0.33``) and so
        ``a_ii = 1``; ``1 <= k <= 10`` (RI is tabulated up to 10).

    Returns
    -------
    AHPResult
        Weights (principal eigenvector), λmax, CI, CR (RI from :data:`RANDOM_INDEX`) and
        whether CR < 0.10. It does not raise on inconsistency: see :func:`check_ahp_consistency`.

    Raises
    ------
    InputError
        Not square, k > 10, non-positive or non-finite entries, or a reciprocal pair that does
        not match (the message names the cell, 1-based row and column).
    """
    try:
        a = np.array(matrix, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("AHP matrix must be numbers ({exc}).").format(exc=exc)) from None
    if a.ndim != 2 or a.shape[0] != a.shape[1] or a.shape[0] == 0:
        raise InputError(
            tr("AHP matrix must be square (k × k), got shape {shape}.").format(shape=a.shape)
        )
    k = a.shape[0]
    if k > len(RANDOM_INDEX):
        raise InputError(
            tr(
                "AHP matrix is {k} × {k}; at most {max_k} criteria are supported "
                "(Saaty's RI is tabulated up to {max_k}). Group the indicators into criteria."
            ).format(k=k, max_k=len(RANDOM_INDEX))
        )
    bad = np.argwhere(~np.isfinite(a) | (a <= 0))
    if bad.size:
        i, j = bad[0]
        raise InputError(
            tr(
                "AHP matrix entries must be positive numbers; row {row}, column {column} is "
                "{value}."
            ).format(row=i + 1, column=j + 1, value=repr(float(a[i, j])))
        )
    recip = 1.0 / a.T
    off = np.abs(a - recip) > RECIPROCAL_RTOL * np.maximum(np.abs(a), np.abs(recip))
    if off.any():
        i, j = np.argwhere(off)[0]
        if i == j:
            raise InputError(
                tr(
                    "AHP matrix diagonal must be 1; row {row}, column {column} is {value:g}."
                ).format(row=i + 1, column=j + 1, value=a[i, j])
            )
        raise InputError(
            tr(
                "AHP matrix is not reciprocal: row {row}, column {column} is {value:.6g} but "
                "1 / (row {column}, column {row}) = 1/{mirror:.6g} = {expected:.6g}. "
                "Enter exact reciprocals such as 1/3."
            ).format(row=i + 1, column=j + 1, value=a[i, j], mirror=a[j, i], expected=1.0 / a[j, i])
        )
    if k == 1:
        return AHPResult(np.ones(1), 1.0, 0.0, 0.0, True)
    vals, vecs = np.linalg.eig(a)
    top = int(np.argmax(vals.real))
    lam = float(vals[top].real)
    # Perron vector of a positive matrix has one sign; abs() removes eig's arbitrary sign.
    v = np.abs(vecs[:, top].real)
    w = v / v.sum()
    if k <= 2:
        ci = cr = 0.0
    else:
        ci = (lam - k) / (k - 1)
        cr = ci / RANDOM_INDEX[k - 1]
    return AHPResult(w, lam, float(ci), float(cr), bool(cr < 0.10))


def check_ahp_consistency(result: AHPResult, max_cr: float = 0.10) -> AHPResult:
    """Raise when an AHP matrix is too inconsistent to use.

    Parameters
    ----------
    result : AHPResult
        From :func:`ahp_weights`.
    max_cr : float, default 0.10
        Accept when ``CR < max_cr``.

    Returns
    -------
    AHPResult
        ``result`` unchanged, for chaining.

    Raises
    ------
    InputError
        ``CR >= max_cr``; the message gives λmax, CI and CR.
    """
    if result.cr >= max_cr:
        raise InputError(
            tr(
                "AHP matrix is not consistent enough: λmax = {lambda_max:.4f}, "
                "CI = {ci:.4f}, CR = {cr:.4f} (must be < {max_cr:g}). "
                "Revise the pairwise judgements."
            ).format(lambda_max=result.lambda_max, ci=result.ci, cr=result.cr, max_cr=max_cr)
        )
    return result


def _unit_sum(w: np.ndarray, what: str) -> np.ndarray:
    total = w.sum()
    if total <= 0:
        raise InputError(
            tr("{what} are all zero; at least one must be positive.").format(what=what)
        )
    return w / total


def combined_weights(w_a, w_b, alpha: float = 0.5, method: str = "linear") -> np.ndarray:
    """Combine two weight vectors, usually subjective (AHP) and objective (entropy).

    Parameters
    ----------
    w_a, w_b : array_like, shape (m,)
        Non-negative weights; each is first scaled to sum 1.
    alpha : float, default 0.5
        Share of ``w_a`` in the linear combination, in [0, 1]. Ignored by ``multiplicative``.
    method : {'linear', 'multiplicative'}
        ``linear``: ``w = α·w_a + (1 - α)·w_b``. ``multiplicative``:
        ``w_j = a_j·b_j / Σ_j a_j·b_j``.

    Returns
    -------
    numpy.ndarray, shape (m,)
        Combined weights summing to 1.
    """
    first, second = tr("First weights"), tr("Second weights")
    a = _unit_sum(weight_vector(w_a, first), first)
    b = _unit_sum(weight_vector(w_b, second, a.size), second)
    alpha = float(alpha)
    if not 0.0 <= alpha <= 1.0:
        raise InputError(
            tr("Combination share alpha must be between 0 and 1, got {alpha}.").format(alpha=alpha)
        )
    if method == "linear":
        return alpha * a + (1.0 - alpha) * b
    if method == "multiplicative":
        prod = a * b
        if prod.sum() <= 0:
            raise InputError(
                tr("Multiplicative combination: no indicator has a positive weight in both sets.")
            )
        return prod / prod.sum()
    raise InputError(
        tr("Unknown combination method {method}; use 'linear' or 'multiplicative'.").format(
            method=repr(method)
        )
    )


def normalise_custom_weights(values, names=None) -> np.ndarray:
    """Scale user-given weights to sum 1.

    Parameters
    ----------
    values : array_like, shape (m,)
        Non-negative, finite, not all zero (any scale: ``[3, 1, 1]`` or ``[0.6, 0.2, 0.2]``).
    names : sequence of str, optional
        The indicator ids, one per value: a bad value is named by its id.

    Returns
    -------
    numpy.ndarray, shape (m,)
    """
    what = tr("Custom weights")
    size = np.size(values) if not isinstance(values, (str, bytes)) else 0
    named = list(names) if names is not None and len(names) == size else None
    return _unit_sum(weight_vector(values, what, names=named), what)


def equal_weights(m: int, active_mask=None) -> np.ndarray:
    """Equal weights ``1/m_active`` on the active columns, 0 elsewhere.

    Parameters
    ----------
    m : int
        Number of indicators, ``>= 1``.
    active_mask : array_like of bool, shape (m,), optional
        True for the columns to weight (e.g. ``~constant``); all by default.

    Returns
    -------
    numpy.ndarray, shape (m,)
    """
    if isinstance(m, (bool, np.bool_)) or not isinstance(m, (int, np.integer)) or m < 1:
        raise InputError(
            tr("Number of indicators must be a positive integer, got {m}.").format(m=repr(m))
        )
    active = np.ones(m, dtype=bool) if active_mask is None else np.asarray(active_mask, dtype=bool)
    if active.shape != (m,):
        raise InputError(
            tr("Active-indicator mask must have {m} entries, got shape {shape}.").format(
                m=m, shape=active.shape
            )
        )
    if not active.any():
        raise InputError(tr("Equal weights: no active indicator to weight."))
    return np.where(active, 1.0 / active.sum(), 0.0)

"""Consolidation potential: settlement land above the standard and the farmland it could give
(DOMAIN.md §1.1 L2 excess, §1.5)."""

from __future__ import annotations

import numpy as np

from ..errors import InputError
from ..messages import tr
from .indicators import as_columns

__all__ = [
    "LAND_STANDARD_M2",
    "RECLAMATION_COEFFICIENT",
    "excess_over_standard",
    "consolidation_potential",
]

#: Per-capita settlement-land standard A_std, m²/person (DOMAIN §1.1 L2, §1.5).
LAND_STANDARD_M2 = 150.0
#: Default new-cultivated-land coefficient κ (新增耕地系数, DOMAIN §1.5: 0.6–0.9).
RECLAMATION_COEFFICIENT = 0.85


def _check_standard(standard) -> np.ndarray:
    std = np.asarray(standard, dtype=float)
    if np.any(~np.isfinite(std) | (std <= 0)):
        raise InputError(
            tr("Land standard must be a positive number of m²/person, got {value}.").format(
                value=repr(standard)
            )
        )
    return std


def excess_over_standard(l2, standard: float = LAND_STANDARD_M2) -> np.ndarray:
    """Excess ratio of per-capita settlement land ``max(0, L2 − A_std) / A_std`` (DOMAIN §1.1).

    Parameters
    ----------
    l2 : array_like, shape (n,)
        Per-capita settlement land, m²/person; NaN = missing.
    standard : float or array_like, default 150.0
        A_std, m²/person, positive.

    Returns
    -------
    numpy.ndarray, shape (n,)
        0 at or below the standard, NaN where ``l2`` is missing or negative.
    """
    std = _check_standard(standard)
    (v,) = as_columns(l2)
    ok = v >= 0
    return np.where(ok, np.maximum(0.0, v - std) / std, np.nan)


def consolidation_potential(
    settlement_area_m2,
    resident,
    standard: float = LAND_STANDARD_M2,
    kappa: float = RECLAMATION_COEFFICIENT,
):
    """Surplus settlement land and the new cultivated land it could give (DOMAIN §1.5).

    ``ΔS = max(0, S − P·A_std)``, potential cultivated land ``= ΔS·κ``.

    Parameters
    ----------
    settlement_area_m2 : array_like, shape (n,)
        Rural settlement land S, m².
    resident : array_like, shape (n,)
        Population P, persons: the resident population, or the planned one (P^plan) when known.
        0 is valid (all land is surplus).
    standard : float or array_like, default 150.0
        A_std, m²/person.
    kappa : float or array_like, default 0.85
        New-cultivated-land coefficient κ in [0, 1] (typically 0.6–0.9); NaN entries give NaN.

    Returns
    -------
    surplus_m2 : numpy.ndarray, shape (n,)
    potential_cultivated_m2 : numpy.ndarray, shape (n,)
        Both NaN where S or P is missing or negative.
    """
    std = _check_standard(standard)
    k = np.asarray(kappa, dtype=float)
    if np.any(np.isinf(k) | (k < 0) | (k > 1)):
        raise InputError(
            tr("New-cultivated-land coefficient κ must be between 0 and 1, got {value}.").format(
                value=repr(kappa)
            )
        )
    s, p = as_columns(settlement_area_m2, resident)
    ok = (s >= 0) & (p >= 0)
    surplus = np.where(ok, np.maximum(0.0, s - p * std), np.nan)
    return surplus, surplus * k

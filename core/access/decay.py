"""Distance decay of the 2SFCA family (DOMAIN.md §2.6): which weight a cost d gets.

2SFCA weighs 1 inside the catchment (d <= d0) and 0 outside; E2SFCA uses step weights on
sub-zones (Luo & Qi 2009); Gaussian 2SFCA a Gaussian decay from 1 at the facility to 0 at d0.
"""

from __future__ import annotations

from typing import Tuple

import numpy as np

from ..checks import choice, positive_number
from ..errors import InputError
from ..messages import tr

__all__ = [
    "METHODS",
    "DEFAULT_STEP_WEIGHTS",
    "parse_step_weights",
    "check_steps",
    "step_weight",
    "gaussian_weight",
    "decay_weights",
]

METHODS = ("2sfca", "e2sfca", "gaussian")

#: Luo & Qi (2009) steps: upper bounds in thirds of the threshold (bound = threshold * k / 3)
#: and weights; with a 30-min threshold this is 10:1.0, 20:0.68, 30:0.22 (PySAL ``access``).
DEFAULT_STEP_WEIGHTS = (np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.68, 0.22]))


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
    check_steps(b_arr, w_arr)
    return b_arr, w_arr


def check_steps(bounds: np.ndarray, weights: np.ndarray) -> None:
    """Refuse E2SFCA steps whose bounds are not increasing and > 0 or weights outside [0, 1]."""
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
    check_steps(b, w)
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
    d0 = positive_number(d0, tr("d0"))
    d = np.asarray(d, dtype=float)
    e = np.exp(-0.5)
    with np.errstate(invalid="ignore"):
        g = (np.exp(-0.5 * (d / d0) ** 2) - e) / (1.0 - e)
        return np.where(d <= d0, np.maximum(g, 0.0), 0.0)


def decay_weights(values, threshold: float, method: str, steps=None) -> np.ndarray:
    """Weight W(d) of costs ``values`` for ``method``; 0 beyond ``threshold`` (inclusive inside).

    Parameters
    ----------
    values : ndarray
        Costs d (>= 0), any shape, in the unit of ``threshold``.
    threshold : float
        Catchment size d0 (> 0).
    method : {'2sfca', 'e2sfca', 'gaussian'}
    steps : str or (bounds, weights), optional
        E2SFCA sub-zones (see :func:`parse_step_weights`). Default: bounds d0 × (1/3, 2/3, 1)
        with weights 1, 0.68, 0.22 (:data:`DEFAULT_STEP_WEIGHTS`).

    Returns
    -------
    ndarray, same shape as ``values``
    """
    choice(method, METHODS, tr("method"))
    values = np.asarray(values, dtype=float)
    inside = values <= threshold
    if method == "2sfca":
        return inside.astype(float)
    if method == "gaussian":
        return gaussian_weight(values, threshold)
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

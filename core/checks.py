"""Input checks shared by every analysis: one place for "is this a number vector of length n,
non-negative, finite, one of these words, a limit where 0 means none".

Each check raises :class:`~.errors.InputError` with a message written for a planner, naming
``name`` (the parameter or field as the caller calls it) and the offending entries by ``ids``
when given, else by 0-based row.
"""

from __future__ import annotations

import math
from typing import Iterable, Optional, Sequence

import numpy as np

from .errors import InputError
from .messages import listing, row_listing, tr


def where(mask, ids=None, limit: int = 10) -> str:
    """The entries flagged by ``mask``, by id when ``ids`` is given, else by 0-based row."""
    rows = np.flatnonzero(np.asarray(mask, dtype=bool))
    if ids is None:
        return row_listing(rows, limit)
    ids = np.asarray(ids, dtype=object)
    return listing([ids[r] for r in rows], limit)


def float_vector(
    values,
    name: str,
    n: Optional[int] = None,
    *,
    default: Optional[float] = None,
    allow_nan: bool = True,
    ids=None,
) -> np.ndarray:
    """``values`` as a 1-D float array of length ``n``.

    ``None`` gives ``default`` repeated (an error when there is no default); a scalar is
    broadcast to ``n``; NaN is refused unless ``allow_nan``.
    """
    if values is None:
        if default is None or n is None:
            raise InputError(tr("{name} is required.").format(name=name))
        return np.full(n, float(default))
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("{name} must be numeric.").format(name=name)) from exc
    if arr.ndim == 0:
        arr = np.full(1 if n is None else n, float(arr))
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
                name=name, ids=where(np.isnan(arr), ids)
            )
        )
    return arr


def bool_vector(values, name: str, n: int) -> np.ndarray:
    """``values`` as a boolean array of length ``n``; ``None`` = all False."""
    if values is None:
        return np.zeros(n, dtype=bool)
    arr = np.asarray(values)
    if arr.ndim == 0:
        arr = np.full(n, bool(arr))
    if arr.shape != (n,):
        raise InputError(
            tr("{name} has {size} values; expected {n}.").format(name=name, size=arr.size, n=n)
        )
    return arr.astype(bool)


def nonnegative(arr: np.ndarray, name: str, ids=None) -> np.ndarray:
    """Refuse negative or infinite entries of ``arr`` (NaN passes: it means "missing")."""
    bad = arr < 0
    if bad.any():
        raise InputError(
            tr("{name} must be >= 0; negative at {ids}.").format(name=name, ids=where(bad, ids))
        )
    if np.isinf(arr).any():
        raise InputError(
            tr("{name} must be finite; infinite at {ids}.").format(
                name=name, ids=where(np.isinf(arr), ids)
            )
        )
    return arr


def in_range(arr: np.ndarray, name: str, low: float, high: float, ids=None) -> np.ndarray:
    """Refuse entries outside ``[low, high]`` (NaN passes)."""
    bad = (arr < low) | (arr > high)
    if bad.any():
        raise InputError(
            tr("{name} must lie between {low} and {high}; outside at {ids}.").format(
                name=name, low=low, high=high, ids=where(bad, ids)
            )
        )
    return arr


def positive_number(value, name: str) -> float:
    """A finite number > 0."""
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be a number; got {value}.").format(name=name, value=repr(value))
        ) from exc
    if not math.isfinite(v) or v <= 0:
        raise InputError(
            tr("{name} must be a finite number > 0; got {value}.").format(
                name=name, value=repr(value)
            )
        )
    return v


def nonnegative_number(value, name: str, *, allow_inf: bool = False) -> float:
    """A number >= 0, finite unless ``allow_inf`` (inf is then a value, e.g. "no cutoff")."""
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be a number; got {value}.").format(name=name, value=repr(value))
        ) from exc
    if math.isnan(v) or v < 0 or (math.isinf(v) and not allow_inf):
        raise InputError(
            tr("{name} must be a finite number >= 0; got {value}.").format(
                name=name, value=repr(value)
            )
        )
    return v


def limit(value, name: str) -> float:
    """A user limit where 0 or None means "no limit": returned as ``inf``, decoded only here.

    Negative values are refused; any other value must be a finite number.
    """
    if value is None:
        return math.inf
    try:
        v = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be a number; got {value}.").format(name=name, value=repr(value))
        ) from exc
    if math.isnan(v) or v < 0:
        raise InputError(
            tr("{name} must be >= 0 (0 = no limit); got {value}.").format(
                name=name, value=repr(value)
            )
        )
    return math.inf if v == 0 else v


def choice(value, options: Sequence[str], what: str) -> str:
    """``value`` if it is one of ``options``, else an error listing them."""
    if value not in options:
        raise InputError(
            tr("Unknown {what} {value}; use one of: {options}.").format(
                what=what, value=repr(value), options=", ".join(options)
            )
        )
    return value


def unique_ids(ids: Iterable, what: str, fids: Optional[Iterable] = None) -> np.ndarray:
    """Ids as an object array; NULL/empty and duplicate ids are refused, naming them (the
    features of NULL ids by their feature ids when ``fids`` is given, else by 0-based row)."""
    arr = np.asarray(list(ids), dtype=object)
    missing = np.array(
        [
            v is None
            or (isinstance(v, float) and math.isnan(v))
            or (isinstance(v, str) and not v.strip())
            for v in arr
        ],
        dtype=bool,
    )
    if missing.any():
        if fids is not None:
            raise InputError(
                tr("{what} has NULL or empty ids for feature ids {fids}.").format(
                    what=what, fids=where(missing, [int(f) for f in fids])
                )
            )
        raise InputError(
            tr("{what} has empty ids at {rows}.").format(what=what, rows=where(missing))
        )
    seen, dup = set(), []
    for v in arr:
        if v in seen and v not in dup:
            dup.append(v)
        seen.add(v)
    if dup:
        raise InputError(tr("{what} has duplicate ids: {ids}.").format(what=what, ids=listing(dup)))
    return arr

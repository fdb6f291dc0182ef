"""Input checks of the statistics package: an indicator table, its directions, a weight vector.

The scalar and per-feature checks every analysis shares are in :mod:`..checks`; these three
are the shapes multi-criteria statistics take (villages × indicators tables, one direction and
one weight per indicator). Each raises :class:`~..errors.InputError` with a planner's message.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence, Union

import numpy as np

from ..errors import InputError
from ..messages import listing, row_listing, tr

__all__ = ["indicator_table", "direction_mask", "weight_vector", "weights_by_name"]


def indicator_table(X, what: str) -> np.ndarray:
    """``X`` as a 2-D float array (rows × indicators); NaN passes (missing), inf is refused."""
    try:
        arr = np.array(X, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("{what} must be numbers ({exc}).").format(what=what, exc=exc)) from None
    if arr.ndim != 2:
        raise InputError(
            tr("{what} must be a 2-D array (villages × indicators), got shape {shape}.").format(
                what=what, shape=arr.shape
            )
        )
    for j in range(arr.shape[1]):
        bad = np.flatnonzero(np.isinf(arr[:, j]))
        if bad.size:
            raise InputError(
                tr(
                    "{what}: column {column} has infinite values at rows {rows}; "
                    "use NaN (NULL) for a missing value."
                ).format(what=what, column=j, rows=row_listing(bad))
            )
    return arr


def direction_mask(positive, m: int) -> np.ndarray:
    """Bool ``(m,)``: True where a larger value ranks higher; from bools or ±1 directions."""
    p = np.asarray(positive)
    if p.shape != (m,):
        raise InputError(
            tr(
                "Indicator directions must have one entry per column ({m}), got shape {shape}."
            ).format(m=m, shape=p.shape)
        )
    if p.dtype == bool:
        return p.copy()
    msg = tr("Indicator directions must be True/False or +1/-1, got {values}.").format(
        values=p.tolist()
    )
    try:
        pf = p.astype(float)
    except (TypeError, ValueError):
        raise InputError(msg) from None
    if not np.all(np.isin(pf, (1.0, -1.0))):
        raise InputError(msg)
    return pf > 0


def _entries(rows, names) -> str:
    """Bad entries by name (indicator ids) when there is one name per entry, else by row."""
    if names is not None:
        return listing([names[int(r)] for r in rows])
    return row_listing(rows)


def weight_vector(w, what: str, m: Optional[int] = None, names=None) -> np.ndarray:
    """Non-empty 1-D array of finite, non-negative weights (``m`` entries when given).

    ``names`` (one per entry, e.g. indicator ids) name the bad entries in messages; without
    them the entries are named by 0-based position."""
    try:
        arr = np.array(w, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(tr("{what} must be numbers ({exc}).").format(what=what, exc=exc)) from None
    if arr.ndim != 1 or arr.size == 0:
        raise InputError(
            tr("{what} must be a non-empty 1-D list, got shape {shape}.").format(
                what=what, shape=arr.shape
            )
        )
    if m is not None and arr.size != m:
        raise InputError(
            tr("{what} must have {m} entries (one per indicator), got {size}.").format(
                what=what, m=m, size=arr.size
            )
        )
    bad = np.flatnonzero(~np.isfinite(arr))
    if bad.size:
        raise InputError(
            tr("{what} must be finite numbers; entries {entries} are not.").format(
                what=what, entries=_entries(bad, names)
            )
        )
    neg = np.flatnonzero(arr < 0)
    if neg.size:
        raise InputError(
            tr("{what} must not be negative; entries {entries} are.").format(
                what=what, entries=_entries(neg, names)
            )
        )
    return arr


def weights_by_name(
    values: Union[Mapping[str, float], Sequence[float], np.ndarray], names, what: str
) -> np.ndarray:
    """Weights in the order of ``names``, given by name or as one value per name in order.

    Parameters
    ----------
    values : mapping of str to float, or sequence of float
        ``{"P1": 0.4, "L1": 0.6}`` (names not given get 0; an unknown name is an error that
        lists the known ones), or ``[0.4, 0.6]`` with exactly one value per name.
    names : sequence of str
        The indicators actually evaluated, in column order.
    what : str
        How messages call the values (e.g. the parameter's label).

    Returns
    -------
    numpy.ndarray, shape (len(names),)
        Not yet checked for sign or scale (see :func:`weight_vector`).
    """
    names = list(names)
    if isinstance(values, Mapping):
        out = np.zeros(len(names))
        for key, value in values.items():
            if key not in names:
                raise InputError(
                    tr("{what}: unknown indicator {key}; computed here: {keys}").format(
                        what=what, key=repr(key), keys=", ".join(names)
                    )
                )
            out[names.index(key)] = value
        return out
    arr = np.asarray(values, dtype=float).ravel()
    if arr.size != len(names):
        raise InputError(
            tr(
                "{what}: {n_values} values for {n_keys} indicators ({keys}); "
                "give one per indicator or name them as P1=0.3, L1=0.2"
            ).format(what=what, n_values=arr.size, n_keys=len(names), keys=", ".join(names))
        )
    return arr

"""Parsing the free-text parameters planners type (lists, matrices, keyed weights)."""

from __future__ import annotations

import re
from fractions import Fraction

import numpy as np

from .errors import InputError
from .messages import tr


def parse_number(text: str, what: str) -> float:
    """A number, also written as a fraction such as ``1/3``."""
    token = text.strip()
    try:
        return float(Fraction(token)) if "/" in token else float(token)
    except (ValueError, ZeroDivisionError):
        raise InputError(
            tr("{what}: {token} is not a number").format(what=what, token=repr(token))
        ) from None


def parse_number_list(text: str, what: str) -> np.ndarray:
    """``"0.1, 0.2; 0.3"`` → array([0.1, 0.2, 0.3]); empty text → empty array."""
    tokens = [t for t in re.split(r"[,;\s]+", text or "") if t]
    return np.array([parse_number(t, what) for t in tokens], dtype=float)


def parse_matrix(text: str, what: str) -> np.ndarray:
    """Rows separated by ``;`` or new lines, entries by ``,`` or spaces: ``"1,3;1/3,1"``."""
    rows = [r for r in re.split(r"[;\n]+", text or "") if r.strip()]
    matrix = [
        [parse_number(t, what) for t in re.split(r"[,\s]+", row.strip()) if t] for row in rows
    ]
    if not matrix or any(len(row) != len(matrix) for row in matrix):
        raise InputError(
            tr(
                "{what}: a square matrix is needed, with rows separated by ';' "
                "(got {rows} rows of lengths {lengths})"
            ).format(what=what, rows=len(matrix), lengths=[len(r) for r in matrix])
        )
    return np.array(matrix, dtype=float)


def parse_keyed_numbers(text: str, keys, what: str) -> np.ndarray:
    """Weights by name (``"P1=0.4, L1=0.6"``) or in ``keys`` order (``"0.4, 0.6"``).

    Keyed form: keys not named get 0; an unknown key is an error naming the known ones.
    """
    keys = list(keys)
    if "=" not in (text or "") and ":" not in (text or ""):
        values = parse_number_list(text, what)
        if values.size != len(keys):
            raise InputError(
                tr(
                    "{what}: {n_values} values for {n_keys} indicators ({keys}); "
                    "give one per indicator or name them as P1=0.3, L1=0.2"
                ).format(what=what, n_values=values.size, n_keys=len(keys), keys=", ".join(keys))
            )
        return values
    values = np.zeros(len(keys))
    for item in re.split(r"[,;\n]+", text):
        if not item.strip():
            continue
        key, _, value = item.replace(":", "=").partition("=")
        key = key.strip()
        if key not in keys:
            raise InputError(
                tr("{what}: unknown indicator {key}; computed here: {keys}").format(
                    what=what, key=repr(key), keys=", ".join(keys)
                )
            )
        values[keys.index(key)] = parse_number(value, what)
    return values

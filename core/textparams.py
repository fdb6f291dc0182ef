"""Parsing the free-text parameters planners type (lists, matrices, keyed weights)."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Dict, Union

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


def parse_weights(text: str, what: str) -> Union[Dict[str, float], np.ndarray]:
    """Weights by name (``"P1=0.4, L1=0.6"`` → dict) or in order (``"0.4, 0.6"`` → array).

    Which names exist is known only once the indicators are computed: the core puts the
    result in their order with :func:`~.stats.checks.weights_by_name`.
    """
    if "=" not in (text or "") and ":" not in (text or ""):
        return parse_number_list(text, what)
    values = {}
    for item in re.split(r"[,;\n]+", text):
        if not item.strip():
            continue
        key, _, value = item.replace(":", "=").partition("=")
        values[key.strip()] = parse_number(value, what)
    return values

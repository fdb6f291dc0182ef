"""Development potential: the composite index of urflow:hollowvillages over chosen columns."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Sequence

import numpy as np

from ..errors import InputError
from ..messages import tr
from ..stats.checks import weights_by_name
from ..stats.composite import CompositeIndex, ScoreOptions, composite_index


@dataclass(frozen=True, eq=False)
class Potential:
    """``score`` 0–1 (NaN where a village has no value), ``rank`` (1 = highest, -1 none)."""

    score: np.ndarray
    rank: np.ndarray
    names: tuple
    weights: dict
    index: Optional[CompositeIndex]


def parse_directions(text: str, m: int) -> np.ndarray:
    """``"+, -, +"`` → ``[True, False, True]``; empty = all positive."""
    items = [t.strip() for t in (text or "").replace(";", ",").split(",") if t.strip()]
    if not items:
        return np.ones(m, dtype=bool)
    words = {"+": True, "-": False, "−": False, "1": True, "-1": False}
    bad = [t for t in items if t not in words]
    if bad or len(items) != m:
        raise InputError(
            tr(
                "POTENTIAL_DIRECTIONS needs one + or − per potential field ({m}), got {text}."
            ).format(m=m, text=repr(text))
        )
    return np.array([words[t] for t in items], dtype=bool)


def development_potential(
    X, positive, names: Sequence[str], options: Optional[ScoreOptions] = None, row_ids=None
) -> Potential:
    """Score villages on the columns ``names`` of ``X`` exactly as urflow:hollowvillages does.

    Parameters
    ----------
    X : array_like, shape (n, m)
        Raw values (NaN = missing), e.g. resident population, town_cost, hollow_score.
    positive : array_like of bool, shape (m,)
        True where a larger value means more potential.
    names : sequence of str
        Column names; custom weights may be given by these names.
    options : ScoreOptions
        Weighting and scoring (classification is not used: only the score and the rank).

    Returns
    -------
    Potential
        With no columns, every score is NaN and every rank -1.
    """
    names = tuple(names)
    x = np.asarray(X, dtype=float).reshape(-1, len(names)) if names else None
    if not names:
        n = 0 if X is None else len(X)
        return Potential(np.full(n, np.nan), np.full(n, -1, dtype=np.int64), (), {}, None)
    options = ScoreOptions() if options is None else options
    if options.custom_weights is not None:
        options = replace(
            options,
            custom_weights=weights_by_name(
                options.custom_weights, names, tr("potential custom weights")
            ),
        )
    options = replace(options, classification="equal_interval", classes=2, thresholds=None)
    index = composite_index(x, positive, options, names=list(names), row_ids=row_ids)
    return Potential(
        score=index.scores,
        rank=index.ranks,
        names=names,
        weights={name: float(w) for name, w in zip(names, index.weights)},
        index=index,
    )

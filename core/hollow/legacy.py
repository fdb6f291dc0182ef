"""Names of ``core.hollow`` from before :func:`~.evaluation.evaluate_villages`, kept importable
while other branches still call them. New code calls ``evaluate_villages`` (or
``core.stats.composite.composite_index`` for a bare villages × indicators table)."""

from __future__ import annotations

from ..stats.composite import (
    CLASSIFICATION_METHODS,
    SCORING_METHODS,
    WEIGHTING_METHODS,
    CompositeIndex,
    ScoreOptions,
    composite_index,
)

__all__ = [
    "HollowEvaluation",
    "evaluate",
    "WEIGHTING_METHODS",
    "SCORING_METHODS",
    "CLASSIFICATION_METHODS",
]

#: The result of :func:`evaluate` (``levels`` are classes 0..k-1, not ``hollow_level`` codes).
HollowEvaluation = CompositeIndex


def evaluate(X, positive, names=None, row_ids=None, **methods) -> CompositeIndex:
    """``composite_index(X, positive, ScoreOptions(**methods), names, row_ids)``."""
    return composite_index(X, positive, ScoreOptions(**methods), names=names, row_ids=row_ids)

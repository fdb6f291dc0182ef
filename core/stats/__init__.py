"""Statistics shared by the analyses: weighting (entropy, AHP, …), scoring (weighted sum,
TOPSIS), class breaks (Jenks, quantile, equal interval, thresholds), and the composite index
that chains them (:func:`~.composite.composite_index`), with the table checks in ``checks``."""

from .composite import CompositeIndex, ScoreOptions, composite_index

__all__ = ["CompositeIndex", "ScoreOptions", "composite_index"]

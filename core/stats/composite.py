"""A composite index in one call: normalise, weight, score, rank and classify (DOMAIN §1.2–1.4).

The chain every multi-criteria evaluation of villages follows (hollowing today; development
potential of the village classification next): min–max normalisation → weights (entropy,
equal, AHP, custom or combined) → weighted sum of ``z`` or TOPSIS on the raw values → ranks →
classes (Jenks, quantile, equal interval or fixed thresholds). The analysis names the classes;
this module only numbers them ``0..k-1`` (higher = larger score).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from ..checks import choice
from ..errors import InputError
from ..messages import tr
from .checks import direction_mask
from .classify import (
    classify,
    classify_thresholds,
    equal_interval_breaks,
    jenks_breaks,
    quantile_breaks,
)
from .scoring import rank_descending, topsis, weighted_sum
from .weighting import (
    AHPResult,
    ahp_weights,
    check_ahp_consistency,
    combined_weights,
    entropy_weights,
    equal_weights,
    minmax_normalize,
    normalise_custom_weights,
)

__all__ = [
    "WEIGHTING_METHODS",
    "SCORING_METHODS",
    "CLASSIFICATION_METHODS",
    "ScoreOptions",
    "CompositeIndex",
    "composite_index",
]

WEIGHTING_METHODS = ("entropy", "equal", "ahp", "custom", "combined")
SCORING_METHODS = ("weighted_sum", "topsis")
CLASSIFICATION_METHODS = ("jenks", "quantile", "equal_interval", "thresholds")


@dataclass(frozen=True, eq=False)
class ScoreOptions:
    """How :func:`composite_index` weights, scores and classifies.

    Attributes
    ----------
    weighting : {'entropy', 'equal', 'ahp', 'custom', 'combined'}
        'combined' mixes AHP (share ``alpha``) with entropy.
    scoring : {'weighted_sum', 'topsis'}
    classification : {'jenks', 'quantile', 'equal_interval', 'thresholds'}
    classes : int, default 4
        Number of classes k >= 2. With 'thresholds' it must equal ``len(thresholds) + 1``.
    thresholds : sequence of float, optional
        Increasing, lower-inclusive cut points on the score (required for 'thresholds').
    ahp_matrix : array_like, shape (k, k), optional
        Pairwise comparison matrix; k = m or the number of active (varying) columns.
    custom_weights : array_like, optional
        Non-negative weights, m or number-of-active entries, any scale.
    alpha : float, default 0.5
        AHP share in 'combined' linear weighting.
    shift : float, default 0.0
        Entropy shift (0 = the 0·ln0 = 0 convention).
    combination : {'linear', 'multiplicative'}
        How 'combined' mixes AHP and entropy weights.
    max_cr : float, default 0.10
        AHP matrices with CR >= max_cr are rejected.
    """

    weighting: str = "entropy"
    scoring: str = "weighted_sum"
    classification: str = "jenks"
    classes: int = 4
    thresholds: Optional[Sequence[float]] = None
    ahp_matrix: Optional[Sequence[Sequence[float]]] = None
    custom_weights: Optional[Sequence[float]] = None
    alpha: float = 0.5
    shift: float = 0.0
    combination: str = "linear"
    max_cr: float = 0.10


@dataclass(frozen=True, eq=False)
class CompositeIndex:
    """Everything :func:`composite_index` computes, indexed like the rows/columns of ``X``.

    Attributes
    ----------
    z : numpy.ndarray, shape (n, m)
        Min–max normalised values (larger = higher score), NaN where missing; unshifted.
    entropy : numpy.ndarray, shape (m,)
        Entropy e_j for 'entropy' and 'combined' weighting, NaN otherwise.
    weights : numpy.ndarray, shape (m,)
        Final weights, summing to 1; 0 for constant columns.
    constant : numpy.ndarray of bool, shape (m,)
        Columns that do not vary between rows.
    scores : numpy.ndarray, shape (n,)
        Composite score S_i (weighted sum) or closeness C_i (TOPSIS), 0–1; NaN for a row
        without any available weighted indicator.
    ranks : numpy.ndarray of int, shape (n,)
        1 = highest score, ties share the smallest rank, -1 where the score is NaN.
    levels : numpy.ndarray of int, shape (n,)
        Class 0..k-1 (higher = larger score), -1 where the score is NaN.
    breaks : numpy.ndarray
        Jenks / quantile / equal interval: the k upper class bounds (upper-inclusive),
        shape (k,). Thresholds: the k-1 lower-inclusive thresholds as given, shape (k-1,).
    counts : numpy.ndarray of int, shape (k,)
        Number of rows per class.
    ahp : AHPResult or None
        For 'ahp' and 'combined' weighting: the result for the matrix as given.
    weighting, scoring, classification : str
        The methods used.
    """

    z: np.ndarray
    entropy: np.ndarray
    weights: np.ndarray
    constant: np.ndarray
    scores: np.ndarray
    ranks: np.ndarray
    levels: np.ndarray
    breaks: np.ndarray
    counts: np.ndarray
    ahp: Optional[AHPResult]
    weighting: str
    scoring: str
    classification: str


def _names_text(idx, names) -> str:
    return ", ".join(names[int(j)] for j in idx) or tr("none")


def _expand(
    values: np.ndarray, constant: np.ndarray, names, what: str, matrix: bool = False
) -> np.ndarray:
    """Weights given for all m columns or only for the active (non-constant) ones → (m,)."""
    m = constant.size
    active = np.flatnonzero(~constant)
    if values.size == m:
        return np.where(constant, 0.0, values)
    if values.size == active.size:
        out = np.zeros(m)
        out[active] = values
        return out

    if matrix:
        text = tr(
            "{what} is {given} × {given}, but there are {m} indicators ({all_names}), "
            "{n_active} of which vary between villages ({active_names}; constant: "
            "{constant_names}). Give {m} × {m}, or {n_active} × {n_active} for the "
            "varying indicators in column order."
        )
    else:
        text = tr(
            "{what} has {given} entries, but there are {m} indicators ({all_names}), "
            "{n_active} of which vary between villages ({active_names}; constant: "
            "{constant_names}). Give {m} entries, or {n_active} entries for the "
            "varying indicators in column order."
        )
    raise InputError(
        text.format(
            what=what,
            given=values.size,
            m=m,
            n_active=active.size,
            all_names=_names_text(range(m), names),
            active_names=_names_text(active, names),
            constant_names=_names_text(np.flatnonzero(constant), names),
        )
    )


def _table(X, names, row_ids):
    """The indicator table, its column names and row ids, checked for shape and infinities."""
    try:
        x = np.array(X, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("Indicator values must be numbers ({error}).").format(error=exc)
        ) from None
    if x.ndim != 2 or x.shape[0] == 0 or x.shape[1] == 0:
        raise InputError(
            tr(
                "Indicator values must be a villages × indicators table with at least one row "
                "and one column, got shape {shape}."
            ).format(shape=x.shape)
        )
    n, m = x.shape
    if names is None:
        names = [tr("column {index}").format(index=j) for j in range(m)]
    else:
        names = [str(s) for s in names]
    if len(names) != m:
        raise InputError(
            tr("{given} indicator names given for {m} columns.").format(given=len(names), m=m)
        )
    ids = list(range(n)) if row_ids is None else list(row_ids)
    if len(ids) != n:
        raise InputError(tr("{given} row ids given for {n} rows.").format(given=len(ids), n=n))
    for j in range(m):
        bad = np.flatnonzero(np.isinf(x[:, j]))
        if bad.size:
            shown = ", ".join(str(ids[i]) for i in bad[:10]) + (" …" if bad.size > 10 else "")
            raise InputError(
                tr("Indicator {name} is infinite for feature(s) {features}.").format(
                    name=names[j], features=shown
                )
            )
    empty = np.flatnonzero(np.all(np.isnan(x), axis=0))
    if empty.size:
        raise InputError(
            tr(
                "Indicator(s) {names} have no value in any village; "
                "remove them or fill in the data."
            ).format(names=_names_text(empty, names))
        )
    return x, names


def _weights(z, constant, options: ScoreOptions, names):
    """(entropy, AHP result, weights summing to 1 with 0 on constant columns)."""
    m = constant.size
    entropy = np.full(m, np.nan)
    ahp = None
    if options.weighting in ("entropy", "combined"):
        entropy, w = entropy_weights(z, options.shift)
    if options.weighting in ("ahp", "combined"):
        if options.ahp_matrix is None:
            raise InputError(
                tr("Weighting '{method}' needs an AHP pairwise matrix.").format(
                    method=options.weighting
                )
            )
        ahp = check_ahp_consistency(ahp_weights(options.ahp_matrix), options.max_cr)
        w_ahp = _expand(ahp.weights, constant, names, tr("The AHP matrix"), matrix=True)
        if w_ahp.sum() <= 0:
            raise InputError(tr("The AHP matrix puts all weight on indicators that do not vary."))
        if options.weighting == "ahp":
            w = w_ahp
        else:
            w = combined_weights(w_ahp, w, options.alpha, options.combination)
    elif options.weighting == "equal":
        w = equal_weights(m, ~constant)
    elif options.weighting == "custom":
        if options.custom_weights is None:
            raise InputError(tr("Weighting 'custom' needs the custom weights."))
        custom = normalise_custom_weights(options.custom_weights, names)
        w = _expand(custom, constant, names, tr("Custom weights"))
    w = np.where(constant, 0.0, w)
    if w.sum() <= 0:
        raise InputError(
            tr(
                "All weight is on indicators that do not vary between villages "
                "({names}); weight a varying indicator."
            ).format(names=_names_text(np.flatnonzero(constant), names))
        )
    return entropy, ahp, w / w.sum()


def _classes(scores, options: ScoreOptions):
    """(breaks, class 0..k-1 of each score, -1 where NaN)."""
    if options.classification == "thresholds":
        if options.thresholds is None:
            raise InputError(tr("Classification 'thresholds' needs the level thresholds."))
        breaks = np.asarray(options.thresholds, dtype=float)
        if breaks.ndim != 1 or breaks.size != options.classes - 1:
            raise InputError(
                tr("{levels} levels need {needed} thresholds, got {given} ({values}).").format(
                    levels=options.classes,
                    needed=options.classes - 1,
                    given=np.size(options.thresholds),
                    values=list(np.ravel(options.thresholds)),
                )
            )
        return breaks, classify_thresholds(scores, breaks)
    finder = {
        "jenks": jenks_breaks,
        "quantile": quantile_breaks,
        "equal_interval": equal_interval_breaks,
    }[options.classification]
    try:
        breaks = finder(scores, int(options.classes))
    except InputError as exc:
        raise InputError(
            tr("Cannot classify the scores into levels: {reason}").format(reason=exc)
        ) from None
    return breaks, classify(scores, breaks)


def composite_index(
    X, positive, options: Optional[ScoreOptions] = None, names=None, row_ids=None
) -> CompositeIndex:
    """Score, rank and classify rows (villages) on several indicators (DOMAIN §1.2–1.4).

    Weights given by the user (``ahp_matrix``, ``custom_weights``) are in column order and may
    cover either **all m columns** or **only the active (non-constant) columns**; the two
    sizes differ whenever a column is constant, so there is no ambiguity. A constant column
    gets weight 0 in every method (any weight the user gave it is dropped) and the remaining
    weights are rescaled to sum 1. AHP consistency (CR) is judged on the matrix as given.

    Parameters
    ----------
    X : array_like, shape (n, m)
        Raw indicator values (rows × indicators); NaN = missing.
    positive : array_like of bool, shape (m,)
        True where a larger value means a higher score (``+1``/``-1`` accepted).
    options : ScoreOptions, optional
        Methods and their parameters; the defaults of :class:`ScoreOptions` when omitted.
    names : sequence of str, optional
        Column names (field names or indicator ids) for error messages.
    row_ids : sequence, optional
        Feature ids of the rows for error messages.

    Returns
    -------
    CompositeIndex

    Raises
    ------
    InputError
        Bad shapes or parameters, an indicator without any value, infinite values, an
        inconsistent AHP matrix, or too few distinct scores for ``classes`` classes.
    """
    options = ScoreOptions() if options is None else options
    choice(options.weighting, WEIGHTING_METHODS, tr("weighting method"))
    choice(options.scoring, SCORING_METHODS, tr("scoring method"))
    choice(options.classification, CLASSIFICATION_METHODS, tr("classification method"))
    x, names = _table(X, names, row_ids)
    pos = direction_mask(positive, x.shape[1])
    classes = options.classes
    if (
        isinstance(classes, (bool, np.bool_))
        or not isinstance(classes, (int, np.integer))
        or classes < 2
    ):
        raise InputError(
            tr("Number of levels must be an integer >= 2, got {value}.").format(value=repr(classes))
        )

    z, constant = minmax_normalize(x, pos)
    if constant.all():
        raise InputError(
            tr(
                "No indicator varies between villages, so the villages cannot be told apart "
                "(constant: {names})."
            ).format(names=_names_text(range(x.shape[1]), names))
        )
    entropy, ahp, w = _weights(z, constant, options, names)
    scores = weighted_sum(z, w) if options.scoring == "weighted_sum" else topsis(x, w, pos)
    if np.all(np.isnan(scores)):
        raise InputError(tr("No village has a score: every village lacks all weighted indicators."))
    breaks, levels = _classes(scores, options)
    return CompositeIndex(
        z=z,
        entropy=entropy,
        weights=w,
        constant=constant,
        scores=scores,
        ranks=rank_descending(scores),
        levels=levels,
        breaks=breaks,
        counts=np.bincount(levels[levels >= 0], minlength=classes).astype(np.int64),
        ahp=ahp,
        weighting=options.weighting,
        scoring=options.scoring,
        classification=options.classification,
    )

"""Hollow-village detection (空心村识别): indicators, typology, levels and the one-call evaluation.

Formulas are DOMAIN.md §1 exactly. Rates are fractions (0.2 = 20 %), areas m², populations
persons. Missing values are NaN throughout; an indicator that cannot be computed for a village
(denominator 0, missing or negative input) is NaN, never 0. Nothing is clipped: P1 is negative
where residents exceed the registered population, and a rate above 1 (bad survey data) is kept
so it can be seen.

:func:`evaluate` chains min–max normalisation, a weighting method, a scoring method, ranking
and classification into levels; the algorithm ``urflow:hollowvillages`` calls it once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..messages import tr
from ..stats.classify import (
    classify,
    classify_thresholds,
    equal_interval_breaks,
    jenks_breaks,
    quantile_breaks,
)
from ..stats.scoring import rank_descending, topsis, weighted_sum
from ..stats.weighting import (
    AHPResult,
    _as_directions,
    ahp_weights,
    check_ahp_consistency,
    combined_weights,
    entropy_weights,
    equal_weights,
    minmax_normalize,
    normalise_custom_weights,
)

__all__ = [
    "Indicator",
    "INDICATORS",
    "INDICATORS_BY_ID",
    "LAND_STANDARD_M2",
    "RECLAMATION_COEFFICIENT",
    "DEFAULT_RATE_THRESHOLDS",
    "TYPOLOGY_LABELS",
    "LEVEL_LABELS",
    "WEIGHTING_METHODS",
    "SCORING_METHODS",
    "CLASSIFICATION_METHODS",
    "HollowEvaluation",
    "directions",
    "population_hollowing",
    "ageing",
    "labour_outmigration",
    "rate",
    "per_capita_land",
    "excess_over_standard",
    "consolidation_potential",
    "hollow_typology",
    "level_labels",
    "label_levels",
    "evaluate",
]

#: Per-capita settlement-land standard A_std, m²/person (DOMAIN §1.1 L2, §1.5).
LAND_STANDARD_M2 = 150.0
#: Default new-cultivated-land coefficient κ (新增耕地系数, DOMAIN §1.5: 0.6–0.9).
RECLAMATION_COEFFICIENT = 0.85
#: Fixed thresholds for a single rate such as L1 or P1 (DOMAIN §1.4): <10 % / 10–20 % /
#: 20–30 % / ≥30 %. For use with ``classification='thresholds'`` on a rate, not on scores.
DEFAULT_RATE_THRESHOLDS = (0.10, 0.20, 0.30)


@dataclass(frozen=True)
class Indicator:
    """Metadata of one hollowing indicator (DOMAIN §1.1).

    ``direction`` is +1 when a larger value means more hollow, -1 otherwise.
    """

    id: str
    name_zh: str
    name_en: str
    direction: int
    formula: str
    unit: str


#: The nine indicators, in output-field order (DESIGN §3.1).
INDICATORS = (
    Indicator(
        "P1",
        "人口空心化率",
        "population hollowing rate",
        +1,
        "(registered − resident) / registered",
        "ratio",
    ),
    Indicator(
        "P2", "老龄化率", "ageing rate", +1, "resident elderly (60+ or 65+) / resident", "ratio"
    ),
    Indicator(
        "P3",
        "劳动力外出率",
        "labour out-migration rate",
        +1,
        "out-migrant workers / working-age population",
        "ratio",
    ),
    Indicator(
        "L1",
        "宅基地闲置率",
        "idle homestead rate",
        +1,
        "idle homesteads / all homesteads (count or area)",
        "ratio",
    ),
    Indicator(
        "L2",
        "人均农村居民点用地",
        "per-capita settlement land",
        +1,
        "rural settlement area (CZCSXM 203) / resident",
        "m²/person",
    ),
    Indicator(
        "L3",
        "一户多宅率",
        "multiple-homestead rate",
        +1,
        "households with ≥ 2 homesteads / households",
        "ratio",
    ),
    Indicator(
        "L4",
        "超标占地率",
        "over-standard homestead rate",
        +1,
        "households whose homestead exceeds the provincial cap / households",
        "ratio",
    ),
    Indicator(
        "A1",
        "单位建设用地夜间灯光",
        "night-time light per settlement area",
        -1,
        "Σ radiance inside settlement polygons / settlement area",
        "radiance/m²",
    ),
    Indicator(
        "A2",
        "建筑空置率",
        "building vacancy rate",
        +1,
        "vacant or roof-collapsed buildings / buildings",
        "ratio",
    ),
)
INDICATORS_BY_ID = {ind.id: ind for ind in INDICATORS}

#: 2×2 typology codes of :func:`hollow_typology` → (Chinese, English).
TYPOLOGY_LABELS = {
    0: ("非空心", "not hollow"),
    1: ("人口型", "population hollowing"),
    2: ("土地型", "land hollowing"),
    3: ("双重空心", "dual hollowing"),
}

#: Level labels by number of classes: {k: {level: (Chinese, English)}} (DOMAIN §1.4, E6).
LEVEL_LABELS = {
    3: {
        0: ("轻度空心化", "light"),
        1: ("中度空心化", "moderate"),
        2: ("重度空心化", "severe"),
    },
    4: {
        0: ("非空心村", "not hollow"),
        1: ("轻度空心化", "light"),
        2: ("中度空心化", "moderate"),
        3: ("重度空心化", "severe"),
    },
}

WEIGHTING_METHODS = ("entropy", "equal", "ahp", "custom", "combined")
SCORING_METHODS = ("weighted_sum", "topsis")
CLASSIFICATION_METHODS = ("jenks", "quantile", "equal_interval", "thresholds")


def directions(ids) -> np.ndarray:
    """``positive`` mask for indicator ids, e.g. ``directions(['P1', 'A1'])`` → [True, False].

    Parameters
    ----------
    ids : sequence of str, length m
        Ids from :data:`INDICATORS`.

    Returns
    -------
    numpy.ndarray of bool, shape (m,)
    """
    unknown = [i for i in ids if i not in INDICATORS_BY_ID]
    if unknown:
        raise InputError(
            tr("Unknown indicator id(s) {unknown}; known: {known}.").format(
                unknown=unknown, known=", ".join(INDICATORS_BY_ID)
            )
        )
    return np.array([INDICATORS_BY_ID[i].direction > 0 for i in ids], dtype=bool)


# --------------------------------------------------------------------------- indicators


def _arrays(*arrays):
    """Float arrays broadcast to one shape; infinite values become NaN (missing)."""
    try:
        out = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in arrays))
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("Indicator inputs must be numbers of matching length ({error}).").format(error=exc)
        ) from None
    return [np.where(np.isfinite(a), a, np.nan) for a in out]


def _ratio(num, den) -> np.ndarray:
    """``num/den``; NaN where den <= 0, num < 0 or either is missing."""
    num, den = _arrays(num, den)
    ok = (den > 0) & (num >= 0)  # False for NaN
    return np.where(ok, num / np.where(ok, den, 1.0), np.nan)


def population_hollowing(registered, resident) -> np.ndarray:
    """P1 人口空心化率 ``(registered − resident) / registered``.

    Parameters
    ----------
    registered, resident : array_like, shape (n,)
        户籍 and 常住 population, persons.

    Returns
    -------
    numpy.ndarray, shape (n,)
        Ratio; negative where residents exceed the registered population (kept, not clipped);
        NaN where registered <= 0, resident < 0 or either is missing.
    """
    reg, res = _arrays(registered, resident)
    ok = (reg > 0) & (res >= 0)
    return np.where(ok, (reg - res) / np.where(ok, reg, 1.0), np.nan)


def ageing(elderly, resident) -> np.ndarray:
    """P2 老龄化率 ``elderly / resident`` (60+ or 65+ residents, persons), NaN if resident <= 0."""
    return _ratio(elderly, resident)


def labour_outmigration(outmigrants, working_age) -> np.ndarray:
    """P3 劳动力外出率 ``out-migrant workers / working-age population``, NaN if the latter <= 0."""
    return _ratio(outmigrants, working_age)


def rate(part, whole) -> np.ndarray:
    """A share ``part / whole`` for L1, L3, L4 and A2.

    Parameters
    ----------
    part, whole : array_like, shape (n,)
        Counts (or areas) of the subset and of the whole, e.g. idle homesteads and all
        homesteads.

    Returns
    -------
    numpy.ndarray, shape (n,)
        Ratio (not clipped at 1); NaN where whole <= 0, part < 0 or either is missing.
    """
    return _ratio(part, whole)


def per_capita_land(area_m2, resident) -> np.ndarray:
    """L2 人均农村居民点用地 ``settlement area / resident``, m²/person.

    NaN where resident <= 0 (a village with land but nobody living there has no finite
    per-capita value; its surplus is still given by :func:`consolidation_potential`).
    """
    return _ratio(area_m2, resident)


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
    (v,) = _arrays(l2)
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
    s, p = _arrays(settlement_area_m2, resident)
    ok = (s >= 0) & (p >= 0)
    surplus = np.where(ok, np.maximum(0.0, s - p * std), np.nan)
    return surplus, surplus * k


def hollow_typology(p1, l1, pop_threshold: float = 0.2, land_threshold: float = 0.2) -> np.ndarray:
    """2×2 typology: population hollow (P1 ≥ t_pop) × land hollow (L1 ≥ t_land) (DOMAIN §1.4).

    Parameters
    ----------
    p1, l1 : array_like, shape (n,)
        Population hollowing rate and idle homestead rate (fractions); NaN = missing.
    pop_threshold, land_threshold : float, default 0.2
        Thresholds (fractions), inclusive.

    Returns
    -------
    numpy.ndarray of int, shape (n,)
        0 非空心 (neither), 1 人口型 (population only), 2 土地型 (land only),
        3 双重空心 (both); -1 where either rate is missing. Labels: :data:`TYPOLOGY_LABELS`.
    """
    for name, t in (
        (tr("Population hollowing threshold"), pop_threshold),
        (tr("Land hollowing threshold"), land_threshold),
    ):
        if not np.isfinite(float(t)):
            raise InputError(
                tr("{name} must be a finite number, got {value}.").format(name=name, value=repr(t))
            )
    p, lnd = _arrays(p1, l1)
    code = np.array(
        (p >= pop_threshold).astype(np.int64) + 2 * (lnd >= land_threshold).astype(np.int64)
    )
    code[np.isnan(p) | np.isnan(lnd)] = -1
    return code


def level_labels(k: int) -> dict:
    """``{level: (Chinese, English)}`` for ``k`` = 3 or 4 levels (:data:`LEVEL_LABELS`)."""
    if k not in LEVEL_LABELS:
        raise InputError(
            tr("Level names exist for {available} levels, not {k}; use 3 or 4 classes.").format(
                available=sorted(LEVEL_LABELS), k=k
            )
        )
    return LEVEL_LABELS[k]


def label_levels(levels, k: int, language: str = "zh") -> np.ndarray:
    """Level names for level codes.

    Parameters
    ----------
    levels : array_like of int, shape (n,)
        Codes 0..k-1, -1 = no level.
    k : int
        Number of levels (3 or 4).
    language : {'zh', 'en'}

    Returns
    -------
    numpy.ndarray of object, shape (n,)
        The name, or None (NULL) for -1.
    """
    table = level_labels(k)
    if language not in ("zh", "en"):
        raise InputError(
            tr("Label language must be 'zh' or 'en', got {language}.").format(
                language=repr(language)
            )
        )
    col = 0 if language == "zh" else 1
    lv = np.asarray(levels, dtype=np.int64)
    out = np.empty(lv.shape, dtype=object)
    for i, code in enumerate(lv.ravel()):
        out.flat[i] = table[int(code)][col] if 0 <= code < k else None
    return out


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True, eq=False)
class HollowEvaluation:
    """Everything :func:`evaluate` computes. Arrays are indexed like the rows/columns of ``X``.

    Attributes
    ----------
    z : numpy.ndarray, shape (n, m)
        Min–max normalised values (larger = more hollow), NaN where missing; unshifted.
    entropy : numpy.ndarray, shape (m,)
        Entropy e_j for 'entropy' and 'combined' weighting, NaN otherwise.
    weights : numpy.ndarray, shape (m,)
        Final weights, summing to 1; 0 for constant columns.
    constant : numpy.ndarray of bool, shape (m,)
        Columns that do not vary between villages.
    scores : numpy.ndarray, shape (n,)
        Composite score S_i (weighted sum) or closeness C_i (TOPSIS), 0–1, higher = more
        hollow; NaN for a village without any available weighted indicator.
    ranks : numpy.ndarray of int, shape (n,)
        1 = most hollow, ties share the smallest rank, -1 where the score is NaN.
    levels : numpy.ndarray of int, shape (n,)
        0..k-1 (higher = more hollow), -1 where the score is NaN. Names: :func:`level_labels`.
    breaks : numpy.ndarray
        Jenks / quantile / equal interval: the k upper class bounds (upper-inclusive),
        shape (k,). Thresholds: the k-1 lower-inclusive thresholds as given, shape (k-1,).
    counts : numpy.ndarray of int, shape (k,)
        Number of villages per level.
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
    ahp: AHPResult | None
    weighting: str
    scoring: str
    classification: str


def _choice(value, options, what: str) -> str:
    if value not in options:
        raise InputError(
            tr("Unknown {what} {value}; use one of: {options}.").format(
                what=what, value=repr(value), options=", ".join(options)
            )
        )
    return value


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


def evaluate(
    X,
    positive,
    weighting: str = "entropy",
    scoring: str = "weighted_sum",
    classification: str = "jenks",
    classes: int = 4,
    thresholds=None,
    ahp_matrix=None,
    custom_weights=None,
    alpha: float = 0.5,
    shift: float = 0.0,
    combination: str = "linear",
    max_cr: float = 0.10,
    names=None,
    row_ids=None,
) -> HollowEvaluation:
    """Score, rank and classify villages by hollowing (DOMAIN §1.2–1.4).

    Steps: min–max normalisation → weights → weighted sum of ``z`` or TOPSIS on the raw
    values → ranks → levels.

    Weights given by the user (``ahp_matrix``, ``custom_weights``) are in column order and may
    cover either **all m columns** or **only the active (non-constant) columns**; the two
    sizes differ whenever a column is constant, so there is no ambiguity. A constant column
    gets weight 0 in every method (any weight the user gave it is dropped) and the remaining
    weights are rescaled to sum 1. AHP consistency (CR) is judged on the matrix as given.

    Parameters
    ----------
    X : array_like, shape (n, m)
        Raw indicator values (villages × indicators, e.g. the columns P1…A2); NaN = missing.
    positive : array_like of bool, shape (m,)
        True where a larger value is more hollow (see :func:`directions`).
    weighting : {'entropy', 'equal', 'ahp', 'custom', 'combined'}
        'combined' combines AHP (share ``alpha``) with entropy.
    scoring : {'weighted_sum', 'topsis'}
    classification : {'jenks', 'quantile', 'equal_interval', 'thresholds'}
    classes : int, default 4
        Number of levels k >= 2. With 'thresholds' it must equal ``len(thresholds) + 1``.
    thresholds : sequence of float, optional
        Increasing, lower-inclusive cut points on the score (required for 'thresholds').
    ahp_matrix : array_like, shape (k, k), optional
        Pairwise comparison matrix, k = m or the number of active columns.
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
    names : sequence of str, optional
        Column names (field names or indicator ids) for error messages.
    row_ids : sequence, optional
        Feature ids of the rows for error messages.

    Returns
    -------
    HollowEvaluation

    Raises
    ------
    InputError
        Bad shapes or parameters, an indicator without any value, infinite values, an
        inconsistent AHP matrix, or too few distinct scores for ``classes`` levels.
    """
    weighting = _choice(weighting, WEIGHTING_METHODS, tr("weighting method"))
    scoring = _choice(scoring, SCORING_METHODS, tr("scoring method"))
    classification = _choice(classification, CLASSIFICATION_METHODS, tr("classification method"))
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
    pos = _as_directions(positive, m)
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
            ).format(names=_names_text(range(m), names))
        )
    entropy = np.full(m, np.nan)
    ahp = None
    if weighting in ("entropy", "combined"):
        entropy, w = entropy_weights(z, shift)
    if weighting in ("ahp", "combined"):
        if ahp_matrix is None:
            raise InputError(
                tr("Weighting '{method}' needs an AHP pairwise matrix.").format(method=weighting)
            )
        ahp = check_ahp_consistency(ahp_weights(ahp_matrix), max_cr)
        w_ahp = _expand(ahp.weights, constant, names, tr("The AHP matrix"), matrix=True)
        if w_ahp.sum() <= 0:
            raise InputError(tr("The AHP matrix puts all weight on indicators that do not vary."))
        w = w_ahp if weighting == "ahp" else combined_weights(w_ahp, w, alpha, combination)
    elif weighting == "equal":
        w = equal_weights(m, ~constant)
    elif weighting == "custom":
        if custom_weights is None:
            raise InputError(tr("Weighting 'custom' needs the custom weights."))
        w = _expand(normalise_custom_weights(custom_weights), constant, names, tr("Custom weights"))
    w = np.where(constant, 0.0, w)
    if w.sum() <= 0:
        raise InputError(
            tr(
                "All weight is on indicators that do not vary between villages "
                "({names}); weight a varying indicator."
            ).format(names=_names_text(np.flatnonzero(constant), names))
        )
    w = w / w.sum()

    scores = weighted_sum(z, w) if scoring == "weighted_sum" else topsis(x, w, pos)
    ranks = rank_descending(scores)
    if np.all(np.isnan(scores)):
        raise InputError(tr("No village has a score: every village lacks all weighted indicators."))

    if classification == "thresholds":
        if thresholds is None:
            raise InputError(tr("Classification 'thresholds' needs the level thresholds."))
        breaks = np.asarray(thresholds, dtype=float)
        if breaks.ndim != 1 or breaks.size != classes - 1:
            raise InputError(
                tr("{levels} levels need {needed} thresholds, got {given} ({values}).").format(
                    levels=classes,
                    needed=classes - 1,
                    given=np.size(thresholds),
                    values=list(np.ravel(thresholds)),
                )
            )
        levels = classify_thresholds(scores, breaks)
    else:
        finder = {
            "jenks": jenks_breaks,
            "quantile": quantile_breaks,
            "equal_interval": equal_interval_breaks,
        }[classification]
        try:
            breaks = finder(scores, int(classes))
        except InputError as exc:
            raise InputError(
                tr("Cannot classify the hollowing scores into levels: {reason}").format(reason=exc)
            ) from None
        levels = classify(scores, breaks)
    counts = np.bincount(levels[levels >= 0], minlength=classes).astype(np.int64)
    return HollowEvaluation(
        z=z,
        entropy=entropy,
        weights=w,
        constant=constant,
        scores=scores,
        ranks=ranks,
        levels=levels,
        breaks=breaks,
        counts=counts,
        ahp=ahp,
        weighting=weighting,
        scoring=scoring,
        classification=classification,
    )

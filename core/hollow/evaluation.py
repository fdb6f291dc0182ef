"""Hollow-village detection in one call: :func:`evaluate_villages` (DOMAIN.md §1).

Figures per village → the indicators that can be computed → composite score, rank and class
(:func:`~..stats.composite.composite_index`) → stable level and type codes with their labels →
consolidation potential. The algorithm ``urflow:hollowvillages`` calls it once (and a weight
preview needs nothing else); :meth:`VillageEvaluation.fields` gives every output field by name.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ..checks import float_vector, where
from ..messages import tr
from ..stats.checks import weights_by_name
from ..stats.composite import CompositeIndex, ScoreOptions, composite_index
from ..stats.weighting import AHPResult
from .indicators import INDICATOR_IDS, INDICATORS_BY_ID, directions
from .inputs import (
    INDICATOR_INPUTS,
    NOT_GIVEN,
    VillageCensus,
    VillageOverlays,
    indicator_values,
    village_figures,
)
from .levels import HOLLOW_LEVELS, HOLLOW_TYPES, hollow_typology, labels, level_codes
from .potential import (
    LAND_STANDARD_M2,
    RECLAMATION_COEFFICIENT,
    consolidation_potential,
    excess_over_standard,
)

__all__ = [
    "HollowOptions",
    "Note",
    "VillageEvaluation",
    "evaluate_villages",
    "score_options",
    "OUTPUT_FIELDS",
    "WEIGHT_FIELDS",
]

#: The fields :meth:`VillageEvaluation.fields` gives, in output order, with their value type.
OUTPUT_FIELDS = tuple((name, float) for name in INDICATOR_IDS) + (
    ("L2_excess", float),
    ("settlement_m2", float),
    ("hollow_score", float),
    ("hollow_rank", int),
    ("hollow_level", int),
    ("hollow_label", str),
    ("hollow_label_zh", str),
    ("hollow_label_en", str),
    ("hollow_type", str),
    ("hollow_type_code", int),
    ("surplus_land_m2", float),
    ("potential_cultivated_m2", float),
)
#: The fields of :meth:`VillageEvaluation.weight_rows` (``WEIGHTS_TABLE``), with their type.
WEIGHT_FIELDS = (
    ("indicator", str),
    ("name_zh", str),
    ("name_en", str),
    ("direction", str),
    ("n_valid", int),
    ("entropy", float),
    ("weight", float),
    ("method", str),
)


@dataclass(frozen=True, eq=False)
class HollowOptions:
    """How villages are scored and what the land figures are compared with.

    Attributes
    ----------
    score : ScoreOptions
        Weighting, scoring and classification; ``score.classes`` must be 3 or 4. Custom
        weights may be given by indicator id (``{"P1": 0.4, "L1": 0.6}``) or one per computed
        indicator in :data:`~.indicators.INDICATORS` order; an AHP matrix covers the computed
        indicators in that order.
    type_thresholds : (float, float), default (0.2, 0.2)
        Typology thresholds on P1 (population) and L1 (land), fractions, inclusive.
    land_standard : float, default 150.0
        Settlement-land standard A_std, m² per resident.
    kappa : float, default 0.85
        New-cultivated-land coefficient κ in [0, 1].
    """

    score: ScoreOptions = ScoreOptions()
    type_thresholds: Tuple[float, float] = (0.2, 0.2)
    land_standard: float = LAND_STANDARD_M2
    kappa: float = RECLAMATION_COEFFICIENT


@dataclass(frozen=True)
class Note:
    """A remark on the data for the log: ``warning`` when a value is left out or NULL."""

    warning: bool
    text: str


@dataclass(frozen=True, eq=False)
class VillageEvaluation:
    """Everything :func:`evaluate_villages` computes; arrays have one entry per village.

    Attributes
    ----------
    ids : numpy.ndarray of object
        Village ids, in input order.
    indicators : dict of str to numpy.ndarray
        All nine indicators P1…A2 by id (fields ``P1``…``A2``); NaN where not computed.
    used : tuple of str
        The indicators evaluated, in column order (result ``INDICATORS``).
    skipped : dict of str to str
        The others: id → ``"not_given"`` (a figure it needs is missing) or ``"no_value"``.
    missing : dict of str to numpy.ndarray of bool
        For each used indicator, the villages without a value (scored on the others).
    settlement_m2, l2_excess, surplus_land_m2, potential_cultivated_m2 : numpy.ndarray
        Settlement land (m²), ``max(0, L2 − A_std)/A_std``, ``ΔS`` and ``ΔS·κ`` (m²);
        NaN where the inputs lack.
    score : numpy.ndarray
        ``hollow_score`` 0–1, higher = more hollow; NaN = not scored.
    rank : numpy.ndarray of int
        ``hollow_rank``, 1 = most hollow; -1 = not scored.
    level : numpy.ndarray of int
        ``hollow_level`` code of :data:`~.levels.HOLLOW_LEVELS`; -1 = not scored.
    type_code : numpy.ndarray of int
        ``hollow_type_code`` of :data:`~.levels.HOLLOW_TYPES`; -1 = P1 or L1 missing.
    index : CompositeIndex
        Normalised values, entropy, weights, breaks, class counts and AHP statistics, with
        columns in ``used`` order.
    notes : tuple of Note
        Remarks on the data, in the order they arise.
    """

    ids: np.ndarray
    indicators: Dict[str, np.ndarray]
    used: Tuple[str, ...]
    skipped: Dict[str, str]
    missing: Dict[str, np.ndarray]
    settlement_m2: np.ndarray
    l2_excess: np.ndarray
    surplus_land_m2: np.ndarray
    potential_cultivated_m2: np.ndarray
    score: np.ndarray
    rank: np.ndarray
    level: np.ndarray
    type_code: np.ndarray
    index: CompositeIndex
    notes: Tuple[Note, ...]

    @property
    def weights(self) -> Dict[str, float]:
        """Final weight of each used indicator (sums to 1)."""
        return {name: float(w) for name, w in zip(self.used, self.index.weights)}

    @property
    def breaks(self) -> np.ndarray:
        """Class breaks on the score (see :class:`~..stats.composite.CompositeIndex`)."""
        return self.index.breaks

    @property
    def ahp(self) -> Optional[AHPResult]:
        """λmax, CI, CR of the AHP matrix, for 'ahp' and 'combined' weighting."""
        return self.index.ahp

    @property
    def level_counts(self) -> Dict[int, int]:
        """Villages per ``hollow_level`` code, for every level the classification has."""
        codes = level_codes(np.arange(self.index.counts.size), self.index.counts.size)
        return {int(code): int(count) for code, count in zip(codes, self.index.counts)}

    def fields(self, language: str = "en") -> Dict[str, Sequence]:
        """Every output field of ``OUTPUT`` by name (DESIGN §3.1), labels in ``language``.

        Codes are ints or None (NULL); measures are floats with NaN for NULL.
        """
        out = {name: self.indicators[name] for name in INDICATOR_IDS}
        out.update(
            {
                "L2_excess": self.l2_excess,
                "settlement_m2": self.settlement_m2,
                "hollow_score": self.score,
                "hollow_rank": _codes(self.rank),
                "hollow_level": _codes(self.level),
                "hollow_label": labels(HOLLOW_LEVELS, self.level, language),
                "hollow_label_zh": labels(HOLLOW_LEVELS, self.level, "zh"),
                "hollow_label_en": labels(HOLLOW_LEVELS, self.level, "en"),
                "hollow_type": labels(HOLLOW_TYPES, self.type_code, language),
                "hollow_type_code": _codes(self.type_code),
                "surplus_land_m2": self.surplus_land_m2,
                "potential_cultivated_m2": self.potential_cultivated_m2,
            }
        )
        return out

    def weight_rows(self) -> list:
        """The rows of ``WEIGHTS_TABLE``: one dict per used indicator, keyed by field name."""
        method = f"{self.index.weighting} / {self.index.scoring} / {self.index.classification}"
        return [
            {
                "indicator": name,
                "name_zh": INDICATORS_BY_ID[name].name_zh,
                "name_en": INDICATORS_BY_ID[name].name_en,
                "direction": "+" if INDICATORS_BY_ID[name].direction > 0 else "−",
                "n_valid": int(np.count_nonzero(~self.missing[name])),
                "entropy": float(self.index.entropy[j]),
                "weight": float(self.index.weights[j]),
                "method": method,
            }
            for j, name in enumerate(self.used)
        ]


def _codes(values) -> list:
    """Integer codes as ints, negative (missing) as None."""
    return [int(v) if v >= 0 else None for v in np.asarray(values)]


def _census_notes(figures, ids) -> list:
    """What the population figures mean for P1 and the indicators divided by residents."""
    notes = []
    registered, resident = figures["registered"], figures["resident"]
    if registered is not None:
        bad = ~(registered > 0)
        if bad.any():
            notes.append(
                Note(
                    True,
                    tr(
                        "Registered population is 0 or NULL for {count} villages ({villages}): "
                        "P1 is NULL there"
                    ).format(count=int(bad.sum()), villages=where(bad, ids)),
                )
            )
    if resident is not None and np.isnan(resident).any():
        missing = np.isnan(resident)
        notes.append(
            Note(
                True,
                tr(
                    "Resident population is NULL for {count} villages ({villages}): their "
                    "indicators that need it are NULL"
                ).format(count=int(missing.sum()), villages=where(missing, ids)),
            )
        )
    if registered is not None and resident is not None:
        more = resident > registered
        if more.any():
            notes.append(
                Note(
                    False,
                    tr(
                        "{count} villages have more residents than registered inhabitants "
                        "(in-migration; P1 is negative and kept): {villages}"
                    ).format(count=int(more.sum()), villages=where(more, ids)),
                )
            )
    return notes


def _missing_notes(values, figures, ids) -> list:
    """One note per indicator computed for some villages but NULL for others, naming those
    villages and, for each, the figures that were missing (NULL) or zero where divided by."""
    notes = []
    for name, column in values.items():
        missing = np.isnan(column)
        if not missing.any():
            continue
        _formula, inputs = INDICATOR_INPUTS[name]
        details = []
        for row in np.flatnonzero(missing)[:10]:
            lacking = [
                figure
                for figure in inputs
                if figures.get(figure) is not None
                and (
                    np.isnan(figures[figure][row])
                    or (figure == inputs[-1] and len(inputs) > 1 and figures[figure][row] == 0)
                )
            ]
            details.append("{} ({})".format(ids[row], ", ".join(lacking) or tr("not computable")))
        more = int(missing.sum()) - len(details)
        notes.append(
            Note(
                True,
                tr("{indicator} is NULL for {count} villages, missing: {villages}").format(
                    indicator=name,
                    count=int(missing.sum()),
                    villages="; ".join(details) + (f" … (+{more})" if more > 0 else ""),
                ),
            )
        )
    return notes


def _skipped_notes(skipped) -> list:
    return [
        Note(False, tr("{indicator}: inputs not given, skipped").format(indicator=name))
        if reason == NOT_GIVEN
        else Note(
            True,
            tr("{indicator}: no village has a value; the indicator is left out").format(
                indicator=name
            ),
        )
        for name, reason in skipped.items()
    ]


def score_options(options: HollowOptions, used) -> ScoreOptions:
    """``options.score`` with custom weights put in ``used`` order."""
    score = options.score
    if score.weighting == "custom" and score.custom_weights is not None:
        ordered = weights_by_name(score.custom_weights, used, tr("Custom weights"))
        score = dataclasses.replace(score, custom_weights=ordered)
    return score


def evaluate_villages(
    census: VillageCensus,
    overlays: Optional[VillageOverlays] = None,
    options: Optional[HollowOptions] = None,
) -> VillageEvaluation:
    """Detect hollow villages: indicators, score, rank, level, type and potential (DOMAIN §1).

    Parameters
    ----------
    census : VillageCensus
        Ids and statistics per village.
    overlays : VillageOverlays, optional
        Settlement land, night light and building counts measured on village polygons.
    options : HollowOptions, optional
        Methods and standards; the defaults of :class:`HollowOptions` when omitted.

    Returns
    -------
    VillageEvaluation

    Raises
    ------
    InputError
        No indicator can be computed, bad shapes or options, an inconsistent AHP matrix, too
        few distinct scores for the number of levels (messages name villages by id).
    """
    options = HollowOptions() if options is None else options
    k = options.score.classes
    level_codes([], k)  # 3 or 4 levels, checked before any work
    pop_threshold, land_threshold = float_vector(
        options.type_thresholds, "HollowOptions.type_thresholds", 2
    )
    ids, figures = village_figures(census, overlays)
    n = ids.size
    values, skipped = indicator_values(figures)
    used = tuple(values)
    index = composite_index(
        np.column_stack([values[name] for name in used]),
        directions(used),
        score_options(options, used),
        names=used,
        row_ids=ids,
    )

    nan = np.full(n, np.nan)
    settlement = figures["settlement_area"]
    l2_excess = surplus = potential = nan
    if "L2" in values:
        l2_excess = excess_over_standard(values["L2"], options.land_standard)
        surplus, potential = consolidation_potential(
            settlement, figures["resident"], options.land_standard, options.kappa
        )
    type_code = np.full(n, -1, dtype=np.int64)
    if "P1" in values and "L1" in values:
        type_code = hollow_typology(values["P1"], values["L1"], pop_threshold, land_threshold)

    constant_notes = [
        Note(
            True,
            tr("{indicator} has the same value in every village: weight 0").format(indicator=name),
        )
        for name, constant in zip(used, index.constant)
        if constant
    ]
    return VillageEvaluation(
        ids=ids,
        indicators={name: values.get(name, nan) for name in INDICATOR_IDS},
        used=used,
        skipped=skipped,
        missing={name: np.isnan(values[name]) for name in used},
        settlement_m2=nan if settlement is None else settlement,
        l2_excess=l2_excess,
        surplus_land_m2=surplus,
        potential_cultivated_m2=potential,
        score=index.scores,
        rank=index.ranks,
        level=level_codes(index.levels, k),
        type_code=type_code,
        index=index,
        notes=tuple(
            _census_notes(figures, ids)
            + _skipped_notes(skipped)
            + _missing_notes(values, figures, ids)
            + constant_notes
        ),
    )

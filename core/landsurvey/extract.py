"""三调图斑提取: which DLTB parcels are settlement land, homesteads and cultivated land, their
grades and the area sums (planar and, when delivered, TBMJ).

The adapter reads the layer once: the values of the table's fields, each parcel's planar area in
the working CRS (of the repaired polygon where it was invalid; NaN without geometry) and whether
its polygon was invalid. Everything else is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence, Tuple

import numpy as np

from ..errors import InputError
from ..messages import listing, tr
from .codes import CLASSIFICATIONS, SELECTING, CodeTable, normalise_code

M2_PER_HA = 10_000.0
#: 耕地质量等别 run from 1 (best) to 15; other grade values are reported.
GRADE_RANGE = (1.0, 15.0)
#: What to do with an invalid polygon among the selected parcels (Processing's setting).
POLICIES = ("stop", "skip", "repair")
#: TBMJ / planar area outside this band (median over the parcels) suggests another unit.
TBMJ_RATIO_BAND = (0.9, 1.1)


@dataclass(frozen=True)
class SurveyParcels:
    """The DLTB parcels as read: one entry per feature.

    ``values[role]`` holds the raw values of the table's field of each selecting role (and of
    ``grade`` and ``tbmj`` when the layer has them); ``planar_m2`` is NaN without geometry.
    """

    ids: Sequence
    values: Mapping[str, Sequence]
    planar_m2: np.ndarray
    invalid: np.ndarray


@dataclass(frozen=True)
class LooseMatch:
    """Values that matched a code only after trimming, case-folding or dropping zeros."""

    role: str
    value: str
    code: str
    count: int


@dataclass(frozen=True)
class LandSurveyResult:
    """Masks of the selected parcels (invalid ones skipped under ``skip`` are not selected),
    the grade of each cultivated parcel and the sums in ha."""

    classification: str
    selected: Mapping[str, np.ndarray]
    grade: np.ndarray
    planar_ha: Mapping[str, float]
    tbmj_ha: Optional[Mapping[str, float]]
    loose: Tuple[LooseMatch, ...] = ()
    repaired: Tuple = ()
    skipped: Tuple = ()
    no_geometry: Tuple = ()
    bad_grade: Tuple = ()
    no_tbmj: Tuple = ()
    tbmj_ratio: Optional[float] = None
    other_classification: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def tbmj_suspect(self) -> bool:
        """The median TBMJ / planar area is outside :data:`TBMJ_RATIO_BAND`: TBMJ is probably
        not in m² (ha or mu?) or not the polygon's area."""
        low, high = TBMJ_RATIO_BAND
        return self.tbmj_ratio is not None and not low <= self.tbmj_ratio <= high


def _number(value) -> float:
    if value is None:
        return np.nan
    try:
        return float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return np.nan


def _select(values, rule, role) -> Tuple[np.ndarray, list]:
    wanted = {normalise_code(code): code for code in rule.codes}
    mask = np.zeros(len(values), dtype=bool)
    loose = {}
    for i, value in enumerate(values):
        code = wanted.get(normalise_code(value))
        if code is None:
            continue
        mask[i] = True
        text = str(value)
        if text != code:
            loose[(text, code)] = loose.get((text, code), 0) + 1
    return mask, [LooseMatch(role, v, c, n) for (v, c), n in sorted(loose.items())]


def extract_land_survey(
    parcels: SurveyParcels, table: CodeTable, classification: str, policy: str = "repair"
) -> LandSurveyResult:
    """Select the parcels of each layer by ``table``'s rules for ``classification``.

    ``policy`` is what Processing says for invalid geometry: ``stop`` refuses when a selected
    parcel's polygon is invalid (naming the ids), ``skip`` leaves those parcels out, ``repair``
    keeps them (their areas are those of the repaired polygons).

    Raises
    ------
    InputError
        An unknown classification or policy, a field of a selecting role not read, or invalid
        selected polygons under ``stop``.
    """
    if classification not in CLASSIFICATIONS:
        raise InputError(tr("Unknown classification '{value}'.").format(value=classification))
    if policy not in POLICIES:
        raise InputError(tr("Unknown invalid-geometry policy '{value}'.").format(value=policy))
    ids = list(parcels.ids)
    n = len(ids)
    planar = np.asarray(parcels.planar_m2, dtype=float)
    invalid = np.asarray(parcels.invalid, dtype=bool)
    selected, loose = {}, []
    for role in SELECTING:
        rule = table.rule(classification, role)
        if role not in parcels.values:
            raise InputError(tr("The field of '{role}' was not read.").format(role=role))
        mask, found = _select(parcels.values[role], rule, role)
        selected[role] = mask
        loose += found
    anywhere = np.logical_or.reduce(list(selected.values())) if n else np.zeros(0, dtype=bool)
    broken = np.flatnonzero(anywhere & invalid)
    if policy == "stop" and len(broken):
        raise InputError(
            tr(
                "{count} selected parcels have an invalid polygon (feature ids {ids}). Repair "
                "them (Fix geometries), or set Processing's invalid features filtering to "
                "'Do not filter' to have them repaired here, or to 'Skip' to leave them out."
            ).format(count=len(broken), ids=listing([ids[i] for i in broken]))
        )
    skipped = tuple(ids[i] for i in broken) if policy == "skip" else ()
    if policy == "skip":
        for role in SELECTING:
            selected[role] = selected[role] & ~invalid
        anywhere = anywhere & ~invalid
    repaired = tuple(ids[i] for i in broken) if policy == "repair" else ()
    no_geometry = tuple(ids[i] for i in np.flatnonzero(anywhere & np.isnan(planar)))

    grade = np.full(n, np.nan)
    bad_grade = ()
    if "grade" in parcels.values:
        raw = np.array([_number(v) for v in parcels.values["grade"]], dtype=float)
        low, high = GRADE_RANGE
        good = (raw >= low) & (raw <= high)
        cultivated = selected["cultivated"]
        grade = np.where(cultivated & good, raw, np.nan)
        bad_grade = tuple(ids[i] for i in np.flatnonzero(cultivated & ~good))

    planar_ha = {
        role: float(np.nansum(np.where(mask, planar, np.nan)) / M2_PER_HA)
        for role, mask in selected.items()
    }
    tbmj_ha, no_tbmj, ratio = None, (), None
    if "tbmj" in parcels.values:
        tbmj = np.array([_number(v) for v in parcels.values["tbmj"]], dtype=float)
        tbmj_ha = {
            role: float(np.nansum(np.where(mask, tbmj, np.nan)) / M2_PER_HA)
            for role, mask in selected.items()
        }
        no_tbmj = tuple(ids[i] for i in np.flatnonzero(anywhere & np.isnan(tbmj)))
        both = anywhere & (tbmj > 0) & (planar > 0)
        if both.any():
            ratio = float(np.median(tbmj[both] / planar[both]))

    other = [c for c in CLASSIFICATIONS if c != classification]
    other_count = 0
    if not selected["homestead"].any():
        for name in other:
            rule = table.rule(name, "homestead")
            mask, _found = _select(parcels.values["homestead"], rule, "homestead")
            other_count = max(other_count, int(mask.sum()))
    return LandSurveyResult(
        classification=classification,
        selected=selected,
        grade=grade,
        planar_ha=planar_ha,
        tbmj_ha=tbmj_ha,
        loose=tuple(loose),
        repaired=repaired,
        skipped=skipped,
        no_geometry=no_geometry,
        bad_grade=bad_grade,
        no_tbmj=no_tbmj,
        tbmj_ratio=ratio,
        other_classification=other_count,
        counts={role: int(mask.sum()) for role, mask in selected.items()},
    )

"""Which 建新 parcels the control lines exclude, and how planners' words become codes.

docs/en/land-quota-linkage.md §2 rule 3 and §4: 建新 ∩ (永久基本农田 ∪ 生态保护红线) = ∅ for
every type, and urban 建新 ⊂ 城镇开发边界. The overlaps are measured by the caller (m², working
CRS); the rules that turn them into an exclusion live here:

* an overlap with 永久基本农田 or 生态保护红线 of ``CONTROL_LINE_TOLERANCE_M2`` or more excludes
  a parcel of any type;
* an *urban* parcel with ``CONTROL_LINE_TOLERANCE_M2`` or more outside the 城镇开发边界 is
  excluded; resettlement and industrial parcels are not concerned by the boundary;
* ``excluded_code`` is the first line broken in the order of :data:`EXCLUSION_ORDER`; the
  reason text names every line broken, with its m².
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..controllines import MIN_AREA_M2, URBAN_WORDS
from ..errors import InputError
from ..labels import LabelTable
from ..messages import listing, tr

#: Overlap with a control line that excludes a 建新 parcel (m²): the sliver rule of the
#: three-control-line check, so one rule gives one result everywhere.
CONTROL_LINE_TOLERANCE_M2 = MIN_AREA_M2
#: Overlap between two candidate parcels that counts land twice (m²): smaller slivers pass.
CANDIDATE_OVERLAP_M2 = 1.0
EXCLUSION_ORDER = ("permanent_farmland", "eco_redline", "outside_urban_boundary")
#: The reason written in ``excluded_reason``, per code, with the m² of the overlap.
REASONS = LabelTable(
    "excluded_reason",
    {
        "permanent_farmland": (
            "overlaps permanent basic farmland ({:.2f} m²)",
            "占用永久基本农田 {:.2f} m²",
        ),
        "eco_redline": (
            "overlaps the ecological red line ({:.2f} m²)",
            "占用生态保护红线 {:.2f} m²",
        ),
        "outside_urban_boundary": (
            "urban construction outside the urban growth boundary ({:.2f} m²)",
            "城镇建设用地位于城镇开发边界外 {:.2f} m²",
        ),
    },
)
#: Field values read as "yes" in flag fields (mandatory, protected), besides non-zero numbers.
TRUE_VALUES = frozenset({"1", "true", "t", "yes", "y", "是", "必选", "保护"})
#: 建新 type spellings: English codes and the Chinese words planners use (lower case).
TYPE_WORDS = {
    **{word.lower(): "urban" for word in URBAN_WORDS},
    "resettlement": "resettlement",
    "安置": "resettlement",
    "安置区": "resettlement",
    "农民安置": "resettlement",
    "industrial": "industrial",
    "产业": "industrial",
    "工业": "industrial",
    "产业发展": "industrial",
}


@dataclass(frozen=True, eq=False)
class ControlLineOverlaps:
    """Measured overlaps of each 建新 parcel with the control lines (m², shape (m,)).

    ``urban_boundary_inside_m2`` is the area *inside* the 城镇开发边界, or None when no boundary
    layer was given (then no parcel is checked against it). Zeros where a line is missing.
    """

    permanent_farmland_m2: np.ndarray
    eco_redline_m2: np.ndarray
    urban_boundary_inside_m2: Optional[np.ndarray] = None


@dataclass(frozen=True, eq=False)
class Exclusions:
    """Outcome of :func:`exclusions` for m 建新 parcels.

    ``excluded`` (bool), ``code`` (object: an :data:`EXCLUSION_ORDER` code, None where not
    excluded) and ``m2`` (dict code → float array: the overlap of each line, and the area
    outside the boundary for urban parcels, 0 otherwise).
    """

    excluded: np.ndarray
    code: np.ndarray
    m2: dict

    def reasons(self, language: str = "en") -> np.ndarray:
        """Why each parcel is excluded, every line broken with its m²; '' where it is not."""
        out = []
        for j in range(self.excluded.size):
            parts = [
                REASONS.label(code, language).format(self.m2[code][j])
                for code in EXCLUSION_ORDER
                if self.m2[code][j] >= CONTROL_LINE_TOLERANCE_M2
            ]
            out.append("; ".join(parts))
        return np.array(out, dtype=object)


def outside_urban_boundary_m2(area_m2, inside_m2, ctype) -> np.ndarray:
    """m² of each *urban* parcel outside the 城镇开发边界 (0 for other types or no boundary).

    ``inside_m2`` is capped at the parcel area: overlapping boundary polygons must not count a
    piece twice. NaN areas (no geometry) give 0.
    """
    area = np.nan_to_num(np.asarray(area_m2, dtype=float))
    if inside_m2 is None:
        return np.zeros(area.size)
    inside = np.minimum(np.asarray(inside_m2, dtype=float), area)
    urban = np.asarray(ctype, dtype=object) == "urban"
    return np.where(urban, np.nan_to_num(area - inside), 0.0)


def exclusions(area_m2, ctype, overlaps: ControlLineOverlaps) -> Exclusions:
    """The control-line exclusion of each 建新 parcel (module notes).

    Parameters
    ----------
    area_m2 : array_like, shape (m,)
        Parcel areas (m²); NaN where there is no geometry.
    ctype : array_like of str, shape (m,)
        Types (``urban``, ``resettlement``, ``industrial``).
    overlaps : ControlLineOverlaps
    """
    m2 = {
        "permanent_farmland": np.asarray(overlaps.permanent_farmland_m2, dtype=float),
        "eco_redline": np.asarray(overlaps.eco_redline_m2, dtype=float),
        "outside_urban_boundary": outside_urban_boundary_m2(
            area_m2, overlaps.urban_boundary_inside_m2, ctype
        ),
    }
    code = np.full(np.size(area_m2), None, dtype=object)
    for name in reversed(EXCLUSION_ORDER):  # the first line of the order wins
        code[m2[name] >= CONTROL_LINE_TOLERANCE_M2] = name
    return Exclusions(excluded=code != None, code=code, m2=m2)  # noqa: E711


# --------------------------------------------------------------------------- words


def flags(values, n: int) -> np.ndarray:
    """A yes/no field as booleans: non-zero numbers, true, yes, 是 … are yes; NULL, 0 and
    anything else no. ``values`` None (no field) = all no."""
    if values is None:
        return np.zeros(n, dtype=bool)
    return np.array(
        [v is not None and (str(v).strip().lower() in TRUE_VALUES or _nonzero(v)) for v in values],
        dtype=bool,
    )


def _nonzero(text) -> bool:
    try:
        return float(text) != 0
    except ValueError:
        return False


def group_values(values, n: int) -> np.ndarray:
    """Project-area codes as text; '' where there is none (``values`` None = no field)."""
    if values is None:
        return np.full(n, "", dtype=object)
    return np.array(["" if v is None else str(v).strip() for v in values], dtype=object)


def construction_types(words, n: int, ids=None):
    """建新 types from planners' words (``TYPE_WORDS``, English or Chinese, any case).

    Parameters
    ----------
    words : sequence of str or None, or None
        The type field's values; None (no field) = every parcel urban.
    n : int
        Number of parcels.
    ids : array_like, optional
        Parcel ids for the message.

    Returns
    -------
    types : ndarray of object
        ``urban`` / ``resettlement`` / ``industrial``; urban where the word is NULL.
    missing : ndarray of int64
        Rows with a NULL type (treated as urban; the caller warns).

    Raises
    ------
    InputError
        For a word that is no known type, naming the parcels and the words.
    """
    if words is None:
        return np.full(n, "urban", dtype=object), np.zeros(0, dtype=np.int64)
    words = list(words)
    ids = np.arange(len(words)) if ids is None else np.asarray(ids, dtype=object)
    unknown = [
        i
        for i, w in enumerate(words)
        if w is not None and TYPE_WORDS.get(w.strip().lower()) is None
    ]
    if unknown:
        raise InputError(
            tr(
                "unknown type for {n} parcels ({parcels}); use urban/城镇, resettlement/安置 or "
                "industrial/产业"
            ).format(n=len(unknown), parcels=listing(f"{ids[i]}={words[i]}" for i in unknown))
        )
    types = np.array(
        [TYPE_WORDS[w.strip().lower()] if w is not None else "urban" for w in words], dtype=object
    )
    missing = np.array([i for i, w in enumerate(words) if w is None], dtype=np.int64)
    return types, missing

"""The two categorical outputs and their one label table each (DOMAIN.md §1.4).

- ``hollow_level`` 0–3 (code) with ``hollow_label`` / ``_zh`` / ``_en`` from
  :data:`HOLLOW_LEVELS`: 0 not hollow, 1 light, 2 moderate, 3 severe. Four classes use all
  four codes; three classes are light, moderate and severe (codes 1–3), so a code always means
  the same level whatever the number of classes.
- ``hollow_type_code`` 0–3 with ``hollow_type`` from :data:`HOLLOW_TYPES`: the 2×2 typology
  of population (P1) × land (L1) hollowing.

A missing code is ``-1`` in arrays and NULL in outputs.
"""

from __future__ import annotations

import numpy as np

from ..errors import InputError
from ..labels import LabelTable
from ..messages import tr
from .indicators import as_columns

__all__ = [
    "HOLLOW_LEVELS",
    "HOLLOW_TYPES",
    "LEVEL_LABELS",
    "LEVEL_CLASSES",
    "level_codes",
    "labels",
    "hollow_typology",
]

#: ``hollow_level`` code → (English, 中文) (DOMAIN §1.4, E6).
HOLLOW_LEVELS = LabelTable(
    "hollow_level",
    {
        0: ("not hollow", "非空心村"),
        1: ("light", "轻度空心化"),
        2: ("moderate", "中度空心化"),
        3: ("severe", "重度空心化"),
    },
)
#: ``hollow_type_code`` (see :func:`hollow_typology`) → (English, 中文).
HOLLOW_TYPES = LabelTable(
    "hollow_type_code",
    {
        0: ("not hollow", "非空心"),
        1: ("population hollowing", "人口型"),
        2: ("land hollowing", "土地型"),
        3: ("dual hollowing", "双重空心"),
    },
)
#: Another name of :data:`HOLLOW_LEVELS` (``reporting.hollow`` reads level labels by it).
LEVEL_LABELS = HOLLOW_LEVELS
#: Numbers of classes a hollowing score can be divided into (the level codes they use).
LEVEL_CLASSES = (3, 4)


def level_codes(classes, k: int) -> np.ndarray:
    """Stable ``hollow_level`` codes of classes ``0..k-1`` (higher class = more hollow).

    Parameters
    ----------
    classes : array_like of int, shape (n,)
        Class of each village from the classification, -1 = no class.
    k : int
        Number of classes, 3 or 4: 4 classes are codes 0–3, 3 classes are codes 1–3 (light,
        moderate, severe).

    Returns
    -------
    numpy.ndarray of int, shape (n,)
        Codes of :data:`HOLLOW_LEVELS`, -1 where there is no class.
    """
    if k not in LEVEL_CLASSES:
        raise InputError(
            tr("Level names exist for {available} levels, not {k}; use 3 or 4 classes.").format(
                available=list(LEVEL_CLASSES), k=k
            )
        )
    c = np.asarray(classes, dtype=np.int64)
    return np.where(c >= 0, c + len(HOLLOW_LEVELS.codes) - k, -1)


def labels(table: LabelTable, codes, language: str = "en") -> np.ndarray:
    """Labels of integer ``codes`` from ``table``; None (NULL) where a code is negative."""
    c = np.asarray(codes, dtype=np.int64)
    return np.array(
        [table.label(int(code), language) if code >= 0 else None for code in c.ravel()],
        dtype=object,
    ).reshape(c.shape)


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
        3 双重空心 (both); -1 where either rate is missing. Labels: :data:`HOLLOW_TYPES`.
    """
    for name, t in (
        (tr("Population hollowing threshold"), pop_threshold),
        (tr("Land hollowing threshold"), land_threshold),
    ):
        if not np.isfinite(float(t)):
            raise InputError(
                tr("{name} must be a finite number, got {value}.").format(name=name, value=repr(t))
            )
    p, lnd = as_columns(p1, l1)
    code = np.array(
        (p >= pop_threshold).astype(np.int64) + 2 * (lnd >= land_threshold).astype(np.int64)
    )
    code[np.isnan(p) | np.isnan(lnd)] = -1
    return code

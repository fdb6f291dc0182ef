"""The nine hollowing indicators: what each one is and its formula (DOMAIN.md §1.1).

Rates are fractions (0.2 = 20 %), areas m², populations persons. Missing values are NaN
throughout; an indicator that cannot be computed for a village (denominator 0, missing or
negative input) is NaN, never 0. Nothing is clipped: P1 is negative where residents exceed the
registered population, and a rate above 1 (bad survey data) is kept so it can be seen.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import float_vector
from ..errors import InputError
from ..messages import tr

__all__ = [
    "Indicator",
    "INDICATORS",
    "INDICATORS_BY_ID",
    "INDICATOR_IDS",
    "directions",
    "population_hollowing",
    "ageing",
    "labour_outmigration",
    "rate",
    "per_capita_land",
    "night_light",
]


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
INDICATOR_IDS = tuple(INDICATORS_BY_ID)


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


def as_columns(*arrays):
    """Float vectors broadcast to one length; infinite values become NaN (missing)."""
    vectors = [float_vector(a, tr("Indicator inputs")) for a in arrays]
    try:
        out = np.broadcast_arrays(*vectors)
    except ValueError as exc:
        raise InputError(
            tr("Indicator inputs must be numbers of matching length ({error}).").format(error=exc)
        ) from None
    return [np.where(np.isfinite(a), a, np.nan) for a in out]


def _ratio(num, den) -> np.ndarray:
    """``num/den``; NaN where den <= 0, num < 0 or either is missing."""
    num, den = as_columns(num, den)
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
    reg, res = as_columns(registered, resident)
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
    per-capita value; its surplus is still given by
    :func:`~.potential.consolidation_potential`).
    """
    return _ratio(area_m2, resident)


def night_light(mean_radiance) -> np.ndarray:
    """A1 单位建设用地夜间灯光: the radiance per unit of settlement land, as measured.

    Parameters
    ----------
    mean_radiance : array_like, shape (n,)
        Σ radiance over the village's settlement land / that land's area, i.e. the mean
        radiance of the raster cells under the settlement polygons weighted by their overlap
        area; NaN where the village has no settlement land or only no-data cells under it.

    Returns
    -------
    numpy.ndarray, shape (n,)
        The values unchanged (negative sensor noise is kept); infinite values become NaN.
    """
    (values,) = as_columns(mean_radiance)
    return values

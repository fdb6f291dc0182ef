"""What a county knows about its villages, and which figures feed which indicator.

:class:`VillageCensus` holds the statistics a planning institute has per administrative
village (the layer's fields); :class:`VillageOverlays` the figures measured by overlaying
other layers on the village polygons. :data:`INDICATOR_INPUTS` is the one place that says
which of these figures each indicator of DOMAIN.md §1.1 needs: an indicator is computed when
all its figures are given, and skipped otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ..checks import float_vector, unique_ids
from ..errors import InputError
from ..messages import tr
from .indicators import (
    INDICATORS,
    ageing,
    labour_outmigration,
    night_light,
    per_capita_land,
    population_hollowing,
    rate,
)

__all__ = [
    "VillageCensus",
    "VillageOverlays",
    "INDICATOR_INPUTS",
    "NOT_GIVEN",
    "NO_VALUE",
    "village_figures",
    "indicator_values",
]


@dataclass(frozen=True, eq=False)
class VillageCensus:
    """Statistics per village; each column has one value per id, None = not given, NaN = NULL.

    Attributes
    ----------
    ids : sequence
        Village ids (unique, used in messages).
    registered, resident : array_like, optional
        户籍 and 常住 population, persons.
    elderly : array_like, optional
        Residents aged 60+ (or 65+), persons.
    outmigrants, working_age : array_like, optional
        Out-migrant workers and working-age population, persons.
    households, homesteads, idle_homesteads : array_like, optional
        Households, homesteads (宅基地宗数) and idle homesteads (counts).
    multi_homestead, over_standard : array_like, optional
        Households with two or more homesteads; households over the provincial cap.
    settlement_area : array_like, optional
        Rural settlement land, m²; when given it is used instead of the overlay's.
    """

    ids: Sequence
    registered: Optional[Sequence[float]] = None
    resident: Optional[Sequence[float]] = None
    elderly: Optional[Sequence[float]] = None
    outmigrants: Optional[Sequence[float]] = None
    working_age: Optional[Sequence[float]] = None
    households: Optional[Sequence[float]] = None
    homesteads: Optional[Sequence[float]] = None
    idle_homesteads: Optional[Sequence[float]] = None
    multi_homestead: Optional[Sequence[float]] = None
    over_standard: Optional[Sequence[float]] = None
    settlement_area: Optional[Sequence[float]] = None


@dataclass(frozen=True, eq=False)
class VillageOverlays:
    """Figures measured on the village polygons; None = not measured, NaN = no value.

    Attributes
    ----------
    settlement_area : array_like, optional
        Area of rural settlement land inside each village, m² (0 where there is none).
    night_light : array_like, optional
        Mean night-time radiance over the village's settlement land, weighted by cell
        overlap area (Σ radiance / settlement area; DOMAIN §1.1 A1).
    buildings, vacant_buildings : array_like, optional
        Buildings whose vacancy is known, and the vacant (or roof-collapsed) ones among them.
    """

    settlement_area: Optional[Sequence[float]] = None
    night_light: Optional[Sequence[float]] = None
    buildings: Optional[Sequence[float]] = None
    vacant_buildings: Optional[Sequence[float]] = None


#: Indicator id → (formula, names of the figures it takes, in order). Figure names are the
#: attributes of :class:`VillageCensus` and :class:`VillageOverlays`.
INDICATOR_INPUTS = {
    "P1": (population_hollowing, ("registered", "resident")),
    "P2": (ageing, ("elderly", "resident")),
    "P3": (labour_outmigration, ("outmigrants", "working_age")),
    "L1": (rate, ("idle_homesteads", "homesteads")),
    "L2": (per_capita_land, ("settlement_area", "resident")),
    "L3": (rate, ("multi_homestead", "households")),
    "L4": (rate, ("over_standard", "households")),
    "A1": (night_light, ("night_light",)),
    "A2": (rate, ("vacant_buildings", "buildings")),
}
#: Why an indicator was left out: a figure it needs was not given ...
NOT_GIVEN = "not_given"
#: ... or it was computed but no village has a value.
NO_VALUE = "no_value"


def village_figures(
    census: VillageCensus, overlays: Optional[VillageOverlays] = None
) -> Tuple[np.ndarray, Dict[str, Optional[np.ndarray]]]:
    """Ids and every figure as a float vector of one value per village (None = not given).

    The census' settlement area wins over the overlay's (the layer's own figure is the
    surveyed one); the overlay's is used when the census has none.
    """
    ids = unique_ids(census.ids, "VillageCensus.ids")
    n = ids.size
    figures = {}
    for source in (census, overlays or VillageOverlays()):
        for field in fields(source):
            if field.name == "ids":
                continue
            values = getattr(source, field.name)
            if values is None:
                figures.setdefault(field.name, None)
                continue
            column = float_vector(values, f"{type(source).__name__}.{field.name}", n)
            if figures.get(field.name) is None:
                figures[field.name] = column
    return ids, figures


def indicator_values(figures) -> Tuple[Dict[str, np.ndarray], Dict[str, str]]:
    """The indicators that can be computed from ``figures``, and why the others cannot.

    Returns
    -------
    values : dict of str to numpy.ndarray
        Indicator id → value per village, in :data:`~.indicators.INDICATORS` order.
    skipped : dict of str to str
        Indicator id → :data:`NOT_GIVEN` or :data:`NO_VALUE`.

    Raises
    ------
    InputError
        No indicator can be computed.
    """
    values, skipped = {}, {}
    for indicator in INDICATORS:
        formula, names = INDICATOR_INPUTS[indicator.id]
        inputs = [figures.get(name) for name in names]
        if any(column is None for column in inputs):
            skipped[indicator.id] = NOT_GIVEN
            continue
        column = formula(*inputs)
        if np.all(np.isnan(column)):
            skipped[indicator.id] = NO_VALUE
            continue
        values[indicator.id] = column
    if not values:
        raise InputError(
            tr(
                "No indicator can be computed: give at least the registered and resident "
                "population or the homestead counts."
            )
        )
    return values, skipped

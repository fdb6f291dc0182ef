"""Hollow-village detection (空心村识别, DOMAIN.md §1): one entry, :func:`evaluate_villages`.

    result = evaluate_villages(VillageCensus(ids, registered=..., resident=...),
                               VillageOverlays(settlement_area=...), HollowOptions())

Modules, one idea each: ``indicators`` (the nine indicators and their formulas), ``inputs``
(the village figures and which feed which indicator), ``potential`` (consolidation potential),
``levels`` (level and type codes with their label tables), ``evaluation`` (the entry and its
result). Weighting, scoring and classification are the shared :mod:`..stats`.
"""

from ..stats.composite import ScoreOptions
from .evaluation import (
    OUTPUT_FIELDS,
    WEIGHT_FIELDS,
    HollowOptions,
    Note,
    VillageEvaluation,
    evaluate_villages,
)
from .indicators import (
    INDICATOR_IDS,
    INDICATORS,
    INDICATORS_BY_ID,
    Indicator,
    ageing,
    directions,
    labour_outmigration,
    night_light,
    per_capita_land,
    population_hollowing,
    rate,
)
from .inputs import INDICATOR_INPUTS, VillageCensus, VillageOverlays
from .levels import (
    HOLLOW_LEVELS,
    HOLLOW_TYPES,
    LEVEL_LABELS,
    hollow_typology,
    level_codes,
)
from .potential import (
    LAND_STANDARD_M2,
    RECLAMATION_COEFFICIENT,
    consolidation_potential,
    excess_over_standard,
)

__all__ = [
    # the entry
    "evaluate_villages",
    "VillageCensus",
    "VillageOverlays",
    "HollowOptions",
    "ScoreOptions",
    "VillageEvaluation",
    "Note",
    "OUTPUT_FIELDS",
    "WEIGHT_FIELDS",
    # indicators, codes and their label tables, standards
    "Indicator",
    "INDICATORS",
    "INDICATORS_BY_ID",
    "INDICATOR_IDS",
    "INDICATOR_INPUTS",
    "HOLLOW_LEVELS",
    "HOLLOW_TYPES",
    "LAND_STANDARD_M2",
    "RECLAMATION_COEFFICIENT",
    # the formulas, for use one by one
    "directions",
    "population_hollowing",
    "ageing",
    "labour_outmigration",
    "rate",
    "per_capita_land",
    "night_light",
    "excess_over_standard",
    "consolidation_potential",
    "hollow_typology",
    "level_codes",
    # the name reporting/hollow.py reads the level labels by (= HOLLOW_LEVELS)
    "LEVEL_LABELS",
]

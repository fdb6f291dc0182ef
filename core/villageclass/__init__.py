"""Village classification (村庄分类, DOMAIN.md §7): ordered rules and development potential.

    rules = load_rules(path)                       # the user's CSV or the national preset
    potential = development_potential(X, positive, names, ScoreOptions())
    result = classify_villages(matches, rules)     # matches: villages × rules, bool

Modules, one idea each: ``classes`` (the class codes and their label table), ``rules`` (the
rule table: reading, checking, ordering), ``potential`` (the composite index of
urflow:hollowvillages over chosen columns), ``decide`` (first match, also-matched, summary).
Conditions are QGIS expressions; the adapter evaluates them into the boolean ``matches``.
"""

from ..stats.composite import ScoreOptions
from .classes import (
    CLUSTER,
    FRINGE,
    HERITAGE,
    RELOCATE,
    UNCLASSIFIED,
    VILLAGE_CLASSES,
)
from .decide import SUMMARY_FIELDS, Classification, classify_villages, summarise
from .potential import Potential, development_potential, parse_directions
from .rules import (
    COLUMNS,
    PRESET_PATH,
    Rule,
    decode,
    disabled_rules,
    load_rules,
    parse_rules,
    unknown_fields,
)

__all__ = [
    "classify_villages",
    "Classification",
    "summarise",
    "SUMMARY_FIELDS",
    "development_potential",
    "Potential",
    "parse_directions",
    "ScoreOptions",
    "Rule",
    "COLUMNS",
    "PRESET_PATH",
    "decode",
    "load_rules",
    "parse_rules",
    "unknown_fields",
    "disabled_rules",
    "VILLAGE_CLASSES",
    "UNCLASSIFIED",
    "CLUSTER",
    "FRINGE",
    "HERITAGE",
    "RELOCATE",
]

"""Access to public services (DOMAIN.md §2): road-network costs, the 2SFCA family, gaps.

Two public entries:

- :func:`analyse_gaps` — the facility gap analysis (urflow:facilitygaps) from plain arrays.
- :func:`od_costs` — costs from origin points to destination points over roads (or straight
  lines × detour), with a cutoff, stored sparse; the one network-cost core every analysis that
  measures travel (siting, consolidation, village classification) shares.

Modules, one idea each: :mod:`.units` (cost units, coordinates), :mod:`.roads` (speeds by mode
and road class, one-way codes), :mod:`.graph` (road graph), :mod:`.snapping` (points onto
roads), :mod:`.paths` (shortest paths), :mod:`.euclidean` (straight lines),
:mod:`.cost_matrix` (cost results), :mod:`.costs` (:func:`od_costs`), :mod:`.decay`
(distance-decay weights), :mod:`.fca` (2SFCA family), :mod:`.gaps` (coverage, gaps, Gini,
zones, the ``gap_class`` labels), :mod:`.standards` (the standards table and presets),
:mod:`.analysis` (:func:`analyse_gaps`).
"""

from .analysis import Demand, Facilities, GapAnalysis, GapRule, Zones, analyse_gaps
from .cost_matrix import CostMatrix, NearestResult
from .costs import ODCosts, Travel, od_costs, road_graph
from .decay import METHODS, parse_step_weights
from .gaps import GAP_CLASS_LABELS, ZoneSummary
from .paths import Canceled
from .roads import TRAVEL_MODES, RoadLines, RoadNotes, Roads, SpeedTable, load_speed_table
from .standards import (
    NATIONAL_STANDARDS,
    FacilityStandard,
    StandardChoice,
    choose_standard,
    load_facility_standards,
)
from .units import COST_UNITS

__all__ = [
    "COST_UNITS",
    "GAP_CLASS_LABELS",
    "METHODS",
    "NATIONAL_STANDARDS",
    "TRAVEL_MODES",
    "Canceled",
    "CostMatrix",
    "Demand",
    "Facilities",
    "FacilityStandard",
    "GapAnalysis",
    "GapRule",
    "NearestResult",
    "ODCosts",
    "RoadLines",
    "RoadNotes",
    "Roads",
    "SpeedTable",
    "StandardChoice",
    "Travel",
    "ZoneSummary",
    "Zones",
    "analyse_gaps",
    "choose_standard",
    "load_facility_standards",
    "load_speed_table",
    "od_costs",
    "parse_step_weights",
    "road_graph",
]

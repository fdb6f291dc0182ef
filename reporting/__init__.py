"""QGIS-free parts of URFlow's planning report: tables, charts and the HTML page.

One entry, :func:`build_report`, takes the analyses' outputs as plain data
(:class:`HollowVillages`, :class:`DemandGaps`, :class:`ZoneGaps`, :class:`Linkage`,
:class:`Compliance`, :class:`Flows`, :class:`VillageClasses`, maps already rendered as
:class:`MapImage`) and returns the page (:class:`Report`); :func:`write_atomically` writes it.
Modules by idea: ``values`` (missing values, number formats), ``markup`` (escaping, HTML),
``tables``, ``charts``, ``sections``, one module per analysis (``hollow``, ``facilities``,
``linkage``, ``compliance``, ``flows``, ``villageclass``) and ``atlas`` (the words and scales
of the PDF map atlas).
"""

from .atlas import (
    Credits,
    credit_lines,
    layer_name,
    nice_scale,
    page_title,
    scale_text,
    unplaced_note,
)
from .compliance import Compliance, ConflictPieces
from .consolidation import Consolidation
from .facilities import DemandGaps, ZoneGaps
from .files import write_atomically
from .flows import FLOW_UNITS, FlowNodes, Flows, unit_name
from .hollow import HollowVillages
from .linkage import Linkage
from .report import Report, build_report, north_arrow_label
from .sections import MapImage
from .siting import Siting, SitingDemand, SitingSites
from .villageclass import VillageClasses

__all__ = [
    "FLOW_UNITS",
    "Compliance",
    "ConflictPieces",
    "Consolidation",
    "Credits",
    "DemandGaps",
    "FlowNodes",
    "Flows",
    "HollowVillages",
    "Linkage",
    "MapImage",
    "Report",
    "Siting",
    "SitingDemand",
    "SitingSites",
    "VillageClasses",
    "ZoneGaps",
    "build_report",
    "credit_lines",
    "layer_name",
    "nice_scale",
    "north_arrow_label",
    "page_title",
    "scale_text",
    "unit_name",
    "unplaced_note",
    "write_atomically",
]

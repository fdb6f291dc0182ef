"""QGIS-free parts of URFlow's planning report: tables, charts and the HTML page.

One entry, :func:`build_report`, takes the analyses' outputs as plain data
(:class:`HollowVillages`, :class:`DemandGaps`, :class:`ZoneGaps`, :class:`Linkage`, maps already
rendered as :class:`MapImage`) and returns the page (:class:`Report`);
:func:`write_atomically` writes it. Modules by idea: ``values`` (missing values, number
formats), ``markup`` (escaping, HTML), ``tables``, ``charts``, ``sections`` and one module per
analysis (``hollow``, ``facilities``, ``linkage``).
"""

from .facilities import DemandGaps, ZoneGaps
from .files import write_atomically
from .hollow import HollowVillages
from .linkage import Linkage
from .report import Report, build_report, north_arrow_label
from .sections import MapImage

__all__ = [
    "DemandGaps",
    "HollowVillages",
    "Linkage",
    "MapImage",
    "Report",
    "ZoneGaps",
    "build_report",
    "north_arrow_label",
    "write_atomically",
]

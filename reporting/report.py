"""The planning report as one page: title, summary, then one section per analysis given."""

from dataclasses import dataclass
from typing import Optional, Sequence, Union

from ..core.messages import tr as ui_tr
from .compliance import Compliance, compliance_section
from .consolidation import consolidation_section
from .facilities import DemandGaps, ZoneGaps, facility_section
from .flows import Flows, flow_section
from .hollow import HollowVillages, hollow_section
from .linkage import Linkage, linkage_section
from .markup import bullet_list, document, element
from .siting import siting_section
from .villageclass import VillageClasses, village_class_section

#: The sections in the order of the page: (key of the data, builder(data, language, tr) →
#: :class:`.sections.Section`). A new analysis adds its module and one line here; its data
#: is passed to :func:`build_report` by that key.
SECTIONS = (
    ("hollow", hollow_section),
    ("village_classes", village_class_section),
    ("consolidation", consolidation_section),
    ("facilities", lambda data, language, tr: facility_section(data, tr)),
    ("siting", siting_section),
    ("linkage", lambda data, language, tr: linkage_section(data, tr, language)),
    ("compliance", compliance_section),
    ("flows", lambda data, language, tr: flow_section(data, tr)),
)


@dataclass(frozen=True)
class Report:
    """The page and what it holds."""

    html: str
    sections: int
    tables: int
    maps: int
    charts: int


def north_arrow_label(tr=ui_tr) -> str:
    """The letter on the maps' north arrow, in the report's language."""
    return tr("N")


def build_report(
    title: str = "",
    hollow: Optional[HollowVillages] = None,
    facilities: Sequence[Union[DemandGaps, ZoneGaps]] = (),
    linkage: Optional[Linkage] = None,
    language: str = "en",
    tr=ui_tr,
    date: str = "",
    version: str = "",
    *,
    compliance: Optional[Compliance] = None,
    flows: Optional[Flows] = None,
    village_classes: Optional[VillageClasses] = None,
    **more,
) -> Report:
    """The report of the analyses given (each may be left out).

    Parameters
    ----------
    title : str
        Title at the top; empty = "Planning report" in the report's language.
    hollow, facilities, linkage, compliance, flows, village_classes
        The analyses' outputs as plain data (see :mod:`.hollow`, :mod:`.facilities`,
        :mod:`.linkage`, :mod:`.compliance`, :mod:`.flows`, :mod:`.villageclass`,
        :mod:`.consolidation`), maps
        already rendered. The classification follows the hollow villages it is drawn from.
    language : str
        ``en`` or ``zh``: the language of the page (its ``lang``, the default level names).
    tr : callable
        ``tr(text)`` → the report's own text in ``language`` (default: the UI language, as
        core messages are translated).
    date, version : str
        When and by which URFlow version the report was written.
    more
        The data of further sections registered in :data:`SECTIONS`, by key.
    """
    given = {
        "hollow": hollow,
        "village_classes": village_classes,
        "facilities": facilities or None,
        "linkage": linkage,
        "compliance": compliance,
        "flows": flows,
        **more,
    }
    sections = [
        build(given[key], language, tr) for key, build in SECTIONS if given.get(key) is not None
    ]
    title = (title or "").strip() or tr("Planning report")
    maps = sum(section.maps for section in sections)
    head = [
        element("h1", title),
        element(
            "p",
            tr("Generated on {date} by URFlow {version}.").format(date=date, version=version),
            "note",
        ),
        element("h2", tr("Summary")),
        bullet_list(line for section in sections for line in section.summary),
    ]
    note = tr(
        "Maps are drawn in the CRS of their bottom layer, north up; the scale bar is drawn "
        "when that CRS is in metres."
    )
    foot = [element("p", note, "note")] if maps else []
    return Report(
        html=document(title, head + [section.html for section in sections] + foot, language),
        sections=len(sections),
        tables=sum(section.tables for section in sections),
        maps=maps,
        charts=sum(section.charts for section in sections),
    )

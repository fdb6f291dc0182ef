"""The words and numbers of the PDF map atlas (图集) that need no QGIS: page titles, legend
names of the layers, the credits block (编制单位, date, data sources, the fictitious-data note)
and round map scales. The layouts themselves are built in processing_provider/report/atlas.py.
"""

import math
from dataclasses import dataclass
from typing import List, Sequence

#: Round scale denominators per power of ten: a map's scale is rounded up to one of them
#: (steps of at most a quarter, so that the map fills its frame).
SCALE_STEPS = (1.0, 1.2, 1.25, 1.5, 1.6, 1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0)


@dataclass(frozen=True)
class Credits:
    """What the text block of every page says besides the page's own data files.

    ``producer``: 编制单位; ``date``: the date of the maps; ``sources``: the planner's own words
    on the data sources (e.g. 第三次全国国土调查); ``fictitious``: the data are the fictitious
    sample county; ``version``: URFlow's version.
    """

    producer: str = ""
    date: str = ""
    sources: str = ""
    fictitious: bool = False
    version: str = ""


def page_title(page: str, tr, name: str = "") -> str:
    """The title (图名) of an atlas page: ``page`` is ``hollow``, ``villageclass``, ``facility``,
    ``linkage``, ``compliance``, ``flows`` or ``consolidation``; ``name`` the facility type or
    flow kind, if any."""
    if page == "hollow":
        return tr("Hollow villages by level")
    if page == "villageclass":
        return tr("Village classification (村庄分类)")
    if page == "consolidation":
        return tr("Settlement consolidation (村庄撤并与中心村布局)")
    if page == "facility":
        return tr("Public service facility gaps: {name}").format(name=name)
    if page == "siting":
        return tr("Facility siting: new sites and the villages they serve")
    if page == "linkage":
        return tr("Land-quota linkage: 拆旧, 建新 and their pairs")
    if page == "compliance":
        return tr("Three-control-line compliance")
    if name:
        return tr("Urban–rural flows: {name}").format(name=name)
    return tr("Urban–rural flows")


def layer_name(layer: str, tr) -> str:
    """How the legend names a layer of the atlas (its symbols have their own labels)."""
    names = {
        "boundaries": tr("Township boundary"),
        "hollow": tr("Villages by hollowing level"),
        "villageclass": tr("Villages by class"),
        "consolidation": tr("Settlements by role"),
        "demand": tr("Villages by gap class"),
        "facilities": tr("Facilities (size: load)"),
        "zones": tr("Population coverage rate"),
        "sites": tr("New sites and existing facilities"),
        "assignment": tr("Village → site (colour: travel cost)"),
        "covered": tr("Villages by coverage"),
        "pairs": tr("Quota pairs 拆旧 → 建新 (width: quota)"),
        "construction": tr("建新 parcels"),
        "demolition": tr("拆旧 parcels"),
        "conflicts": tr("Conflicts with a control line"),
        "planned": tr("Planned features checked"),
        "permanent_farmland": tr("Permanent basic farmland"),
        "eco_redline": tr("Ecological protection red line"),
        "urban_boundary": tr("Urban development boundary"),
        "flow_lines": tr("Flows (width: gross flow)"),
        "flow_nodes": tr("Nodes (size: gross flow)"),
    }
    return names[layer]


def unplaced_note(tr) -> str:
    """The note of a flow map whose table has places without a location."""
    return tr(
        "Flows to or from places without a location (e.g. cities outside the county) are "
        "counted in the report but not drawn."
    )


def credit_lines(
    credits: Credits, files: Sequence[str], crs: str, tr, notes: Sequence[str] = ()
) -> List[str]:
    """The lines of a page's text block: producer (when given), date, data sources (the
    planner's words, then the page's data files), coordinate system, the page's own ``notes``
    (already in the report's language), the note on fictitious data (when so) and the tool."""
    lines = []
    if credits.producer.strip():
        lines.append(tr("Producer: {producer}").format(producer=credits.producer.strip()))
    if credits.date:
        lines.append(tr("Date: {date}").format(date=credits.date))
    sources = [text for text in [credits.sources.strip()] + list(files) if text]
    if sources:
        lines.append(tr("Data sources: {sources}").format(sources="; ".join(sources)))
    if crs:
        lines.append(tr("Coordinate system: {crs}").format(crs=crs))
    lines += [note for note in notes if note]
    if credits.fictitious:
        lines.append(tr("Note: fictitious sample data for demonstration; they show no real place."))
    lines.append(tr("Made with URFlow {version}").format(version=credits.version).strip())
    return lines


def nice_scale(scale: float) -> int:
    """The smallest round scale denominator (:data:`SCALE_STEPS` × 10^k) not below ``scale``
    (> 0), so that the whole extent still fits."""
    if not scale > 0 or math.isinf(scale):
        raise ValueError("the scale must be a positive number")
    power = 10.0 ** math.floor(math.log10(scale))
    step = next(s for s in SCALE_STEPS if s * power >= scale * (1 - 1e-9))
    return int(round(step * power))


def scale_text(scale: int, tr) -> str:
    """``Scale 1:150,000`` in the report's language."""
    return tr("Scale 1:{scale}").format(scale=f"{scale:,}")

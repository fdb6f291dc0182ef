"""One analysis' part of the report as it is built: its HTML, what it holds, its summary lines.

The section builders (:mod:`.hollow`, :mod:`.facilities`, :mod:`.linkage`) take plain data and a
``tr`` function that puts the report's own text in the report's language; maps arrive already
rendered (:class:`MapImage`), since drawing them needs QGIS.
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from .markup import element, image_html, legend_html


@dataclass(frozen=True)
class MapImage:
    """A rendered map: PNG bytes and its legend as ``(label, CSS colour)`` pairs."""

    png: bytes
    legend: Sequence[Tuple[str, str]] = ()


@dataclass
class Section:
    """The HTML parts of one section and how many tables, maps and charts they hold."""

    parts: List[str] = field(default_factory=list)
    summary: List[str] = field(default_factory=list)
    tables: int = 0
    maps: int = 0
    charts: int = 0

    def heading(self, text, level: int = 2) -> None:
        self.parts.append(element(f"h{level}", text))

    def add_table(self, table_html: str) -> None:
        self.parts.append(table_html)
        self.tables += 1

    def add_map(self, image: Optional[MapImage], caption: str, tr) -> None:
        """The map (when there is one) with its caption and legend."""
        if image is None:
            return
        self.parts.append(
            image_html(image.png, caption, tr("Map: {caption}").format(caption=caption))
        )
        self.parts.append(legend_html(image.legend))
        self.maps += 1

    def add_chart(self, png: Optional[bytes], caption: str) -> None:
        """The chart, unless it could not be drawn (``png`` None: no matplotlib)."""
        if png is None:
            return
        self.parts.append(image_html(png, caption))
        self.charts += 1

    @property
    def html(self) -> str:
        return "\n".join(self.parts)


def area_name(name, tr) -> str:
    """A township or zone as the tables name it; features without one are grouped together."""
    return name or tr("(no township)")

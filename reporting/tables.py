"""Tables planners paste: cells with formatted numbers, and the HTML of a whole table."""

from dataclasses import dataclass

from .markup import escape
from .values import format_number, format_percent


@dataclass(frozen=True)
class Cell:
    """A table cell: ``text`` (escaped on output) and an optional CSS class."""

    text: object
    css: str = ""


def num(value, digits: int = 2) -> Cell:
    """A right-aligned number cell (``1,234.50``; em dash when missing)."""
    return Cell(format_number(value, digits), "num")


def pct(value, digits: int = 1) -> Cell:
    """A right-aligned percentage cell from a share 0–1."""
    return Cell(format_percent(value, digits), "num")


def html_table(header, rows, caption="", total_rows: int = 0) -> str:
    """An HTML table; cells are :class:`Cell` or plain values, all escaped.

    Parameters
    ----------
    header : sequence of str
        Column headings.
    rows : sequence of sequence
        One sequence of cells per row, as long as ``header``.
    caption : str
        Table caption (escaped); none when empty.
    total_rows : int
        How many rows at the end are totals (shown in bold).
    """
    parts = ["<table>"]
    if caption:
        parts.append(f"<caption>{escape(caption)}</caption>")
    parts.append(
        "<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr></thead><tbody>"
    )
    for i, row in enumerate(rows):
        cells = []
        for cell in row:
            if not isinstance(cell, Cell):
                cell = Cell(cell)
            css = f' class="{escape(cell.css)}"' if cell.css else ""
            cells.append(f"<td{css}>{escape(cell.text)}</td>")
        total = i >= len(rows) - total_rows
        parts.append(('<tr class="total">' if total else "<tr>") + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)

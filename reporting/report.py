"""Building the planning report: summary tables, HTML escaping, charts and the page itself.

QGIS-free: values come in as plain Python lists (one entry per feature or per table row), the
tables go out as lists of rows and as HTML. Every piece of text that reaches the page goes
through :func:`escape`, so a field value such as ``<script>`` is shown, never run. Charts use
matplotlib's Agg canvas directly (no pyplot: it is not thread-safe, and the report is built in
Processing's worker thread); matplotlib is imported only when a chart is drawn.
"""

import base64
import html
import io
import math
from collections import OrderedDict

from ..core.errors import URFlowError
from ..core.messages import tr

#: Fonts that hold Chinese glyphs, best first (Noto Sans CJK ships in fonts-noto-cjk; the .ttc
#: is listed by matplotlib under the name of its first face, often JP, which has every Hanzi).
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Sans CJK KR",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Noto Serif CJK SC",
    "Noto Serif CJK JP",
)
#: Pieces of font file names that hold Chinese glyphs.
CJK_FILE_PARTS = ("cjk", "wqy", "simhei", "msyh", "sourcehansans", "pingfang")

CSS = """
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei","PingFang SC",
"Helvetica Neue",Arial,sans-serif;color:#1b1b1b;margin:2em auto;max-width:1100px;
line-height:1.45;padding:0 1em}
h1{border-bottom:3px solid #3b6e8f;padding-bottom:.3em}
h2{color:#3b6e8f;border-bottom:1px solid #c8d6e0;margin-top:2em}
h3{color:#24475e}
table{border-collapse:collapse;margin:.6em 0 1.4em;font-size:.9em}
caption{caption-side:top;text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #b8c4cc;padding:.25em .6em}
th{background:#e8eef2}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold;background:#f4f6f7}
td.pass{color:#1a7a35;font-weight:bold}
.fail{color:#b2182b;font-weight:bold}
figure{margin:1em 0}
figure img{max-width:100%;border:1px solid #c8d6e0}
figcaption{font-size:.85em;color:#555}
.legend{font-size:.85em;margin:.3em 0 1em}
.legend span.swatch{display:inline-block;width:1em;height:1em;border:1px solid #777;
vertical-align:middle;margin:0 .3em 0 1em}
.note{font-size:.85em;color:#555}
ul.summary li{margin:.2em 0}
"""


class ReportError(URFlowError):
    """A report input that cannot be summarised (e.g. a balance row without a group)."""


# -- values and escaping ---------------------------------------------------------------------


def is_missing(value) -> bool:
    """None, NULL-like values and NaN are missing."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return str(value) == "NULL"


def to_float(value) -> float:
    """A number from a field value (numbers, numeric text as CSV columns give); else NaN."""
    if is_missing(value):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def escape(value) -> str:
    """HTML-escaped text of any value; missing values become an em dash."""
    if is_missing(value):
        return "—"
    return html.escape(str(value), quote=True)


def format_number(value, digits=2) -> str:
    """``1234.5`` → ``1,234.50``; integers without decimals; missing → em dash."""
    number = to_float(value)
    if math.isnan(number):
        return "—" if is_missing(value) else str(value)
    if digits == 0:
        return f"{number:,.0f}"
    return f"{number:,.{digits}f}"


def format_percent(value, digits=1) -> str:
    """A share 0–1 as a percentage; missing → em dash."""
    number = to_float(value)
    return "—" if math.isnan(number) else f"{number * 100:.{digits}f} %"


def text_key(value) -> str:
    """A grouping key: the value as text, '' for missing values."""
    return "" if is_missing(value) else str(value)


# -- tables ----------------------------------------------------------------------------------


class Cell:
    """A table cell: ``text`` (escaped on output) and an optional CSS class."""

    __slots__ = ("text", "css")

    def __init__(self, text, css=""):
        self.text = text
        self.css = css


def num(value, digits=2) -> Cell:
    return Cell(format_number(value, digits), "num")


def pct(value, digits=1) -> Cell:
    return Cell(format_percent(value, digits), "num")


def html_table(header, rows, caption="", total_rows=0) -> str:
    """An HTML table; cells are :class:`Cell` or plain values, all escaped.

    Parameters
    ----------
    header : sequence of str
        Column headings.
    rows : sequence of sequence
        One sequence of cells per row, as long as ``header``.
    caption : str
        Table caption (escaped).
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
        total = i >= len(rows) - total_rows
        cells = []
        for cell in row:
            if not isinstance(cell, Cell):
                cell = Cell(cell)
            css = f' class="{escape(cell.css)}"' if cell.css else ""
            cells.append(f"<td{css}>{escape(cell.text)}</td>")
        parts.append(('<tr class="total">' if total else "<tr>") + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def ordered_keys(values):
    """Distinct grouping keys in order of first appearance ('' last)."""
    keys = list(OrderedDict.fromkeys(text_key(v) for v in values))
    if "" in keys:
        keys.remove("")
        keys.append("")
    return keys


def hollow_level_table(towns, levels, scores):
    """Villages per hollowing level by township.

    Parameters
    ----------
    towns, levels, scores : sequence, length n (one entry per village)
        Township name, ``hollow_level`` (int 0–3, missing = not scored) and ``hollow_score``.

    Returns
    -------
    dict
        ``levels`` (sorted level codes present), ``rows`` (one dict per township, sorted by
        name: ``town``, ``counts`` {level: n}, ``unscored``, ``total``, ``mean_score``) and
        ``total`` (the same for the whole layer).
    """
    if not (len(towns) == len(levels) == len(scores)):
        raise ReportError(tr("towns, levels and scores must have the same length"))
    present = sorted({int(to_float(v)) for v in levels if not math.isnan(to_float(v))})

    def summary(indices, town):
        counts = {level: 0 for level in present}
        unscored = 0
        score_values = []
        for i in indices:
            level = to_float(levels[i])
            if math.isnan(level):
                unscored += 1
            else:
                counts[int(level)] += 1
            score = to_float(scores[i])
            if not math.isnan(score):
                score_values.append(score)
        mean = sum(score_values) / len(score_values) if score_values else math.nan
        return {
            "town": town,
            "counts": counts,
            "unscored": unscored,
            "total": len(indices),
            "mean_score": mean,
        }

    groups = OrderedDict((key, []) for key in sorted(ordered_keys(towns), key=_name_order))
    for i, town in enumerate(towns):
        groups[text_key(town)].append(i)
    rows = [summary(indices, town) for town, indices in groups.items()]
    return {"levels": present, "rows": rows, "total": summary(range(len(towns)), None)}


def _name_order(name):
    return (name == "", name)


def demand_gap_table(towns, gap_class, covered, gap, nearest_cost):
    """Coverage and deficit by township from a facility-gap demand layer.

    Parameters
    ----------
    towns : sequence, length n
        Township of each demand feature ('' or missing: no township).
    gap_class : sequence of int, length n
        0 blind spot, 1 under-served, 2 adequate (missing allowed).
    covered : sequence of int, length n
        1 when the nearest facility is within the threshold.
    gap : sequence of float, length n
        Capacity gap (negative = deficit), missing without a provision standard.
    nearest_cost : sequence of float, length n
        Cost to the nearest facility (missing = unreachable).

    Returns
    -------
    list of dict
        Per township (sorted by name), then the total (``town`` None): ``n``, ``covered``,
        ``coverage`` (share of demand features covered), ``blind``, ``under``, ``adequate``,
        ``deficit`` (Σ max(0, −gap)), ``mean_cost`` and ``max_cost`` (reachable ones only),
        ``unreachable``.
    """
    n = len(towns)
    if not (len(gap_class) == len(covered) == len(gap) == len(nearest_cost) == n):
        raise ReportError(tr("the demand columns must have the same length"))

    def summary(indices, town):
        classes = [to_float(gap_class[i]) for i in indices]
        costs = [to_float(nearest_cost[i]) for i in indices]
        reachable = [c for c in costs if not math.isnan(c)]
        gaps = [to_float(gap[i]) for i in indices]
        n_covered = sum(1 for i in indices if to_float(covered[i]) == 1)
        return {
            "town": town,
            "n": len(indices),
            "covered": n_covered,
            "coverage": n_covered / len(indices) if indices else math.nan,
            "blind": classes.count(0.0),
            "under": classes.count(1.0),
            "adequate": classes.count(2.0),
            "deficit": sum(max(0.0, -g) for g in gaps if not math.isnan(g)),
            "mean_cost": sum(reachable) / len(reachable) if reachable else math.nan,
            "max_cost": max(reachable) if reachable else math.nan,
            "unreachable": len(costs) - len(reachable),
        }

    groups = OrderedDict((key, []) for key in sorted(ordered_keys(towns), key=_name_order))
    for i, town in enumerate(towns):
        groups[text_key(town)].append(i)
    rows = [summary(indices, town) for town, indices in groups.items()]
    rows.append(summary(list(range(n)), None))
    return rows


def zone_gap_table(names, n_demand, population, covered_pop, deficit):
    """Coverage and deficit per zone from a facility-gap zones layer, plus the total.

    Returns one dict per zone (input order) and a total (``zone`` None) with ``n_demand``,
    ``population``, ``covered_pop``, ``coverage_rate`` (covered / population) and ``deficit``.
    """
    rows = []
    for name, n, pop, cov, lack in zip(names, n_demand, population, covered_pop, deficit):
        pop, cov = to_float(pop), to_float(cov)
        rows.append(
            {
                "zone": text_key(name),
                "n_demand": to_float(n),
                "population": pop,
                "covered_pop": cov,
                "coverage_rate": cov / pop if pop > 0 else math.nan,
                "deficit": to_float(lack),
            }
        )

    def total(key):
        values = [r[key] for r in rows if not math.isnan(r[key])]
        return sum(values) if values else math.nan

    pop, cov = total("population"), total("covered_pop")
    rows.append(
        {
            "zone": None,
            "n_demand": total("n_demand"),
            "population": pop,
            "covered_pop": cov,
            "coverage_rate": cov / pop if pop > 0 else math.nan,
            "deficit": total("deficit"),
        }
    )
    return rows


PASS_WORDS = {"pass", "通过", "true", "1", "yes", "是"}


def balance_sheet(rows):
    """The 增减挂钩 balance table (urflow:landquotalinkage OUTPUT_BALANCE) grouped by area.

    Parameters
    ----------
    rows : sequence of dict
        Rows with the OUTPUT_BALANCE keys ``group``, ``kind`` (figure | rule), ``item``,
        ``label``, ``value``, ``value_mu``, ``unit``, ``relation``, ``limit``, ``result``,
        ``required``; numbers may be text (a CSV read back).

    Returns
    -------
    OrderedDict
        group name → {``figures``: [row], ``rules``: [row with ``passed`` bool]}, in the
        table's order (the total last, as the algorithm writes it).
    """
    sheet = OrderedDict()
    for row in rows:
        group = text_key(row.get("group"))
        kind = text_key(row.get("kind"))
        if kind not in ("figure", "rule"):
            continue
        entry = sheet.setdefault(group, {"figures": [], "rules": []})
        clean = dict(row)
        for key in ("value", "value_mu", "limit"):
            clean[key] = to_float(row.get(key))
        if kind == "rule":
            clean["passed"] = text_key(row.get("result")).strip().lower() in PASS_WORDS
            entry["rules"].append(clean)
        else:
            entry["figures"].append(clean)
    return sheet


def figure_value(entry, item):
    """The value of figure ``item`` in a :func:`balance_sheet` group, NaN if absent."""
    for row in entry["figures"]:
        if text_key(row.get("item")) == item:
            return row["value"]
    return math.nan


# -- charts ----------------------------------------------------------------------------------


def cjk_font_name(candidates=CJK_FONTS):
    """The first installed font of ``candidates`` as matplotlib knows it, or None."""
    try:
        from matplotlib import font_manager
    except ImportError:
        return None

    def pick():
        installed = {font.name for font in font_manager.fontManager.ttflist}
        return next((name for name in candidates if name in installed), None)

    name = pick()
    if name is None:
        # matplotlib's font cache may predate the CJK fonts: register the files it misses
        files = sorted(
            (
                path
                for path in font_manager.findSystemFonts()
                if any(part in path.lower() for part in CJK_FILE_PARTS)
            ),
            key=lambda path: ("sans" not in path.lower(), "bold" in path.lower()),
        )
        for path in files:
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
        name = pick()
    return name


def bar_chart(
    categories,
    series,
    title="",
    ylabel="",
    stacked=False,
    colours=None,
    percent=False,
    size=(8.0, 3.6),
):
    """A bar chart as PNG bytes, or None when matplotlib is not available.

    Parameters
    ----------
    categories : sequence of str, length m
        Labels along the x axis.
    series : sequence of (str, sequence of float length m)
        Named bar series (NaN is drawn as 0).
    stacked : bool
        Stack the series instead of grouping them side by side.
    colours : sequence of str or None
        One colour per series.
    percent : bool
        Values are shares 0–1, shown as % on the axis.
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    font = cjk_font_name()
    rc = {"family": [font, "DejaVu Sans"]} if font else {"family": ["DejaVu Sans"]}
    figure = Figure(figsize=size, dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    m = len(categories)
    positions = list(range(m))
    width = 0.8 if stacked else 0.8 / max(1, len(series))
    bottom = [0.0] * m
    for k, (name, values) in enumerate(series):
        values = [0.0 if math.isnan(to_float(v)) else to_float(v) for v in values]
        colour = colours[k] if colours and k < len(colours) else None
        if stacked:
            axes.bar(
                positions,
                values,
                width,
                bottom=bottom,
                label=name,
                color=colour,
                edgecolor="#555555",
                linewidth=0.4,
            )
            bottom = [b + v for b, v in zip(bottom, values)]
        else:
            offset = (k - (len(series) - 1) / 2) * width
            axes.bar(
                [p + offset for p in positions],
                values,
                width,
                label=name,
                color=colour,
                edgecolor="#555555",
                linewidth=0.4,
            )
    axes.set_xticks(positions)
    axes.set_xticklabels(
        [str(c) for c in categories],
        rotation=30 if m > 6 else 0,
        ha="right" if m > 6 else "center",
        fontdict=rc,
    )
    if percent:
        axes.yaxis.set_major_formatter(_percent_formatter())
    if title:
        axes.set_title(title, fontdict=rc)
    if ylabel:
        axes.set_ylabel(ylabel, fontdict=rc)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if len(series) > 1:
        legend = axes.legend(fontsize=8, frameon=False, ncol=min(4, len(series)))
        for text in legend.get_texts():
            text.set_fontfamily(rc["family"])
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _percent_formatter():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: f"{value * 100:.0f} %")


# -- the page --------------------------------------------------------------------------------


def data_uri(png_bytes) -> str:
    """``data:image/png;base64,...`` for PNG bytes."""
    return "data:image/png;base64," + base64.b64encode(bytes(png_bytes)).decode("ascii")


def image_html(png_bytes, alt, caption="") -> str:
    """A figure with the image embedded as a data URI."""
    figcaption = f"<figcaption>{escape(caption)}</figcaption>" if caption else ""
    return (
        f'<figure><img src="{data_uri(png_bytes)}" alt="{escape(alt)}"/>' f"{figcaption}</figure>"
    )


def legend_html(entries) -> str:
    """A one-line legend from (label, CSS colour) pairs."""
    if not entries:
        return ""
    items = "".join(
        f'<span class="swatch" style="background:{escape(colour)}"></span>' f"{escape(label)}"
        for label, colour in entries
    )
    return f'<div class="legend">{items}</div>'


def document(title, body_parts, language="en") -> str:
    """The whole self-contained page: inline CSS, no external reference."""
    lang = "zh-CN" if language == "zh" else "en"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8"/>'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>\n"
        + "\n".join(body_parts)
        + "\n</body></html>\n"
    )

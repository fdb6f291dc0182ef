"""Charts of the report as PNG bytes, drawn with matplotlib.

matplotlib's Agg canvas is used directly, never pyplot: pyplot is not thread-safe and the report
is built in Processing's worker thread. matplotlib is imported only when a chart is drawn, and a
missing matplotlib gives no chart (None), not an error.
"""

import functools
import io
import math

from .values import to_float

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


@functools.lru_cache(maxsize=None)
def cjk_font_name(candidates=CJK_FONTS):
    """The first installed font of ``candidates`` as matplotlib knows it, or None (looked up
    once per process: the search through the system's fonts is slow)."""
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
        from matplotlib.ticker import FuncFormatter
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
        values = [0.0 if math.isnan(v) else v for v in map(to_float, values)]
        offset = 0.0 if stacked else (k - (len(series) - 1) / 2) * width
        axes.bar(
            [p + offset for p in positions],
            values,
            width,
            bottom=bottom if stacked else None,
            label=name,
            color=colours[k] if colours and k < len(colours) else None,
            edgecolor="#555555",
            linewidth=0.4,
        )
        if stacked:
            bottom = [b + v for b, v in zip(bottom, values)]
    axes.set_xticks(positions)
    axes.set_xticklabels(
        [str(c) for c in categories],
        rotation=30 if m > 6 else 0,
        ha="right" if m > 6 else "center",
        fontdict=rc,
    )
    if percent:
        axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: f"{value * 100:.0f} %"))
    if title:
        axes.set_title(title, fontdict=rc)
    if ylabel:
        axes.set_ylabel(ylabel, fontdict=rc)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if len(series) > 1:
        low, high = axes.get_ylim()
        axes.set_ylim(low, high + (high - low) * 0.15)  # room for the legend above the bars
        legend = axes.legend(fontsize=8, frameon=False, ncol=min(4, len(series)))
        for text in legend.get_texts():
            text.set_fontfamily(rc["family"])
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()

"""HTML of the report: escaping, headings, embedded images, legends and the page itself.

Every piece of text that reaches the page goes through :func:`escape`, so a field value such as
``<script>`` is shown, never run. Images are embedded as data URIs and the style sheet is
inline: the page fetches nothing from elsewhere and can be mailed or archived alone.
"""

import base64
import html

from .values import MISSING, is_missing

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
td{min-width:3em}
td:first-child{white-space:nowrap}
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


def escape(value) -> str:
    """HTML-escaped text of any value (quotes too); a missing value becomes an em dash."""
    if is_missing(value):
        return MISSING
    return html.escape(str(value), quote=True)


def element(tag: str, text, css: str = "") -> str:
    """``<tag class="css">text</tag>`` with ``text`` escaped."""
    attribute = f' class="{escape(css)}"' if css else ""
    return f"<{tag}{attribute}>{escape(text)}</{tag}>"


def bullet_list(lines, css: str = "summary") -> str:
    """An unordered list of text lines (escaped)."""
    return f'<ul class="{escape(css)}">' + "".join(element("li", line) for line in lines) + "</ul>"


def data_uri(png_bytes) -> str:
    """``data:image/png;base64,...`` for PNG bytes."""
    return "data:image/png;base64," + base64.b64encode(bytes(png_bytes)).decode("ascii")


def image_html(png_bytes, alt, caption="") -> str:
    """A figure with the PNG embedded as a data URI and an optional caption."""
    figcaption = element("figcaption", caption) if caption else ""
    return f'<figure><img src="{data_uri(png_bytes)}" alt="{escape(alt)}"/>{figcaption}</figure>'


def legend_html(entries) -> str:
    """A one-line legend from ``(label, CSS colour)`` pairs; ``''`` without entries."""
    if not entries:
        return ""
    items = "".join(
        f'<span class="swatch" style="background:{escape(colour)}"></span>{escape(label)}'
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

"""HTML of the report: everything from a layer is escaped; tables, figures and the page."""

import base64
import re

from urflow.reporting.markup import bullet_list, document, element, escape, image_html, legend_html
from urflow.reporting.tables import Cell, html_table, num, pct

PNG = b"\x89PNG\r\n\x1a\n-not-really-an-image"


def test_escape_makes_markup_text():
    assert escape("<script>alert('x')</script>") == (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"
    )
    assert escape('a & "b"') == "a &amp; &quot;b&quot;"
    assert escape("城关镇") == "城关镇"
    assert escape(12.5) == "12.5"
    assert escape(None) == "—"


def test_elements_and_lists_escape_their_text():
    assert element("h3", "<b>PA01</b>") == "<h3>&lt;b&gt;PA01&lt;/b&gt;</h3>"
    assert element("p", "why", "fail") == '<p class="fail">why</p>'
    assert bullet_list(["a < b", "c"]) == '<ul class="summary"><li>a &lt; b</li><li>c</li></ul>'


def test_table_with_real_values():
    table = html_table(
        ["Township", "Villages", "Coverage"],
        [
            ["城关镇", num(12, 0), pct(0.8333)],
            ["<i>云岭乡</i>", num(1234.5, 1), pct(None)],
            ["Total", num(1246.5, 1), Cell("pass", "pass")],
        ],
        caption="Villages & coverage",
        total_rows=1,
    )
    assert table.startswith("<table><caption>Villages &amp; coverage</caption><thead>")
    assert "<th>Township</th><th>Villages</th><th>Coverage</th>" in table
    rows = re.findall(r"<tr(?: class=\"total\")?>(.*?)</tr>", table.split("<tbody>")[1])
    assert rows == [
        '<td>城关镇</td><td class="num">12</td><td class="num">83.3 %</td>',
        '<td>&lt;i&gt;云岭乡&lt;/i&gt;</td><td class="num">1,234.5</td><td class="num">—</td>',
        '<td>Total</td><td class="num">1,246.5</td><td class="pass">pass</td>',
    ]
    assert table.count('<tr class="total">') == 1
    assert '<tr class="total"><td>Total</td>' in table


def test_a_table_without_caption_or_rows():
    assert html_table(["A"], []) == (
        "<table><thead><tr><th>A</th></tr></thead><tbody></tbody></table>"
    )


def test_images_are_embedded_and_legends_escaped():
    figure = image_html(PNG, 'map "x"', "Map: <b>")
    data = re.search(r'src="data:image/png;base64,([^"]+)"', figure).group(1)
    assert base64.b64decode(data) == PNG
    assert 'alt="map &quot;x&quot;"' in figure
    assert "<figcaption>Map: &lt;b&gt;</figcaption>" in figure
    legend = legend_html([("severe <3>", "#cb181d")])
    assert 'style="background:#cb181d"' in legend and "severe &lt;3&gt;" in legend
    assert legend_html([]) == ""


def test_the_page_is_self_contained():
    page = document("<Report>", ["<p>body</p>"], "zh")
    assert page.startswith("<!DOCTYPE html>\n")
    assert '<html lang="zh-CN">' in page
    assert "<title>&lt;Report&gt;</title>" in page
    assert "<p>body</p>" in page
    assert not re.search(r"""(src|href)=["'](?!data:)""", page)
    assert 'lang="en"' in document("t", [], "en")

"""urflow:planningreport with the outputs of urflow:facilitysiting: the siting section (method,
new sites named with their township, uncovered villages named, the curve) and one more atlas
page, drawn, with the new sites, assignment lines and villages by covered."""

import processing
import pytest
from qgis.core import QgsLayoutItemLegend, QgsLayoutItemMap, QgsProcessingException

from .test_planning_atlas import (  # noqa: F401 - fixtures
    assert_pages_drawn,
    english,
    items,
    layouts_of,
    plan_layers,
    provider,
)
from .test_planning_report import read_workbook

CRS = "EPSG:4548"


@pytest.fixture
def siting(provider, make_layer):  # noqa: F811
    """LSCP with a 1,500 m threshold (straight metres): S0 (existing) covers 甲村 and 乙村 in 东乡,
    the new site N1 covers 丙村 and 丁村 in 西乡, 远村 in 北乡 is beyond every candidate."""
    demand = make_layer(
        "Point",
        CRS,
        [("village_id", str), ("village_name", str), ("pop_6_11", float)],
        [
            ("POINT(501000 3501000)", "V1", "甲村", 1300.0),
            ("POINT(502000 3501000)", "V2", "乙村", 200.0),
            ("POINT(506000 3501000)", "V3", "丙村", 150.0),
            ("POINT(507000 3502000)", "V4", "丁村", 100.0),
            ("POINT(508000 3512000)", "V5", "远村", 40.0),
        ],
        "villages",
    )
    candidates = make_layer(
        "Point",
        CRS,
        [("site_id", str), ("name", str), ("existing", int)],
        [
            ("POINT(501500 3501000)", "S0", "东乡小学", 1),
            ("POINT(506500 3501500)", "N1", "丙村", 0),
            ("POINT(503000 3508000)", "N2", "北坡", 0),
        ],
        "candidates",
    )
    result = processing.run(
        "urflow:facilitysiting",
        {
            "DEMAND": demand,
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop_6_11",
            "CANDIDATES": candidates,
            "CANDIDATE_ID_FIELD": "site_id",
            "EXISTING_FIELD": "existing",
            "COST_UNIT": 1,
            "DETOUR_FACTOR": 1.0,
            "MODEL": 0,
            "THRESHOLD": 1500.0,
            "CURVE_MAX": 2,
            "OUTPUT_SITES": "memory:",
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_LINES": "memory:",
            "OUTPUT_CURVE": "memory:",
        },
    )
    assert result["NEW_IDS"] == ["N1"] and result["UNCOVERABLE"] == 1
    return {
        "SITING_SITES": result["OUTPUT_SITES"],
        "SITING_DEMAND": result["OUTPUT_DEMAND"],
        "SITING_LINES": result["OUTPUT_LINES"],
        "SITING_CURVE": result["OUTPUT_CURVE"],
    }


def test_the_siting_outputs_give_a_section_and_one_more_page(
    plan_layers,  # noqa: F811
    siting,
    tmp_path,
    monkeypatch,  # noqa: F811
):
    english(monkeypatch)
    base = {key: plan_layers[key] for key in ("CONTROL_CONFLICTS", "BOUNDARIES")}
    before = processing.run(
        "urflow:planningreport",
        {**base, "OUTPUT": str(tmp_path / "r0.html"), "OUTPUT_PDF": str(tmp_path / "a0.pdf")},
    )
    result = processing.run(
        "urflow:planningreport",
        {
            **base,
            **siting,
            "OUTPUT": str(tmp_path / "r.html"),
            "OUTPUT_PDF": str(tmp_path / "a.pdf"),
            "OUTPUT_XLSX": str(tmp_path / "t.xlsx"),
        },
    )
    assert result["SECTIONS"] == before["SECTIONS"] + 1
    sheets = read_workbook(tmp_path / "t.xlsx")
    assert ["New sites", "Villages uncovered", "Siting curve"] == [
        name for name in sheets if name in ("New sites", "Villages uncovered", "Siting curve")
    ]
    assert sheets["New sites"][1] == [["N1", "丙村", "西乡", 3, 290, None]]
    assert sheets["Villages uncovered"][1] == [["远村", "北乡", 40, "N1", 10606.6]]
    assert [row[:3] for row in sheets["Siting curve"][1]][1] == [1, 1750, 97.8]
    method = [row for row in sheets["Method"][1] if row[0] == "Facility siting"]
    assert ["Facility siting", "Solver status", "proven optimal"] in method
    assert result["PAGES"] == before["PAGES"] + 1 == 2
    assert result["CHARTS"] >= before["CHARTS"] + 1 and result["MAPS"] == before["MAPS"] + 1
    assert_pages_drawn(tmp_path / "a.pdf", 2)  # no page is blank
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    for text in (
        "Facility siting: new sites to close the gaps",
        "LSCP: fewest new sites",
        "1,500.0 metres",
        "<td>Population counted (field)</td><td>pop_6_11</td>",
        "<td>Solver status</td><td>proven optimal</td>",
        # the new site: id, name, township from BOUNDARIES, villages, people, load (远村 too:
        # LSCP assigns a village beyond reach to its nearest open site)
        '<td>N1</td><td>丙村</td><td>西乡</td><td class="num">3</td><td class="num">290</td>',
        "New sites: 1; existing facilities kept open: 1",
        # the village beyond every candidate, named with its township
        '<td>远村</td><td>北乡</td><td class="num">40</td><td>N1</td>'
        '<td class="num">10,606.6 metres</td>',
        "Villages beyond the threshold: 1 (40 people)",
        # the curve: k = 1 adds 250 people
        '<td class="num">1</td><td class="num">1,750</td><td class="num">97.8 %</td>',
        '<td class="num">250</td><td>丙村</td>',  # N1 by its name
        "covered 1,750 people of 1,790 people (97.8 %)",
        "new site<span",  # the legend: new sites, existing facilities, no candidates
    ):
        assert text in page, text
    assert "candidate not chosen" not in page
    project, layouts = layouts_of(tmp_path / "a.qgz")
    assert [layout.name() for layout in layouts] == [
        "01 Facility siting: new sites and the villages they serve",
        "02 Three-control-line compliance",
    ]
    layers = items(layouts[0], QgsLayoutItemMap)[0].layers()
    assert [layer.name() for layer in layers] == [
        "Township boundary",
        "New sites and existing facilities",
        "Village → site (colour: travel cost)",
        "Villages by coverage",
    ]
    sites = layers[1]
    assert sites.renderer().classAttribute() == "site_role"
    assert sites.featureCount() == 2  # N2, not chosen, is left out
    assert layers[3].renderer().classAttribute() == "covered"
    (legend,) = items(layouts[0], QgsLayoutItemLegend)
    assert siting["SITING_SITES"].renderer() is None or (
        siting["SITING_SITES"].renderer().type() == "singleSymbol"
    )  # the input is never restyled


def test_a_siting_layer_without_its_fields_is_named(provider, make_layer, tmp_path):  # noqa: F811
    layer = make_layer("Point", CRS, [("site_role", str)], [("POINT(1 1)", "new")], "s")
    with pytest.raises(QgsProcessingException, match="SITING_SITES.*assigned_pop"):
        processing.run(
            "urflow:planningreport", {"SITING_SITES": layer, "OUTPUT": str(tmp_path / "r.html")}
        )
    assert not (tmp_path / "r.html").exists()

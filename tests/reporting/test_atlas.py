"""The atlas' words and numbers that need no QGIS: titles, credits, round scales."""

import pytest

from urflow.reporting import Credits, credit_lines, layer_name, nice_scale, page_title, scale_text


def marked(text):
    return f"«{text}»"


@pytest.mark.parametrize(
    "scale, expected",
    [
        (153456.3, 160000),
        (160000, 160000),
        (100001, 120000),
        (99999, 100000),
        (2_100_000, 2_500_000),
        (7400, 7500),
        (0.9, 1),
    ],
)
def test_scales_are_rounded_up_to_round_numbers(scale, expected):
    assert nice_scale(scale) == expected


@pytest.mark.parametrize("scale", [0, -5, float("nan"), float("inf")])
def test_a_scale_must_be_positive(scale):
    with pytest.raises(ValueError):
        nice_scale(scale)


def test_credit_lines_in_order_every_text_through_tr():
    credits = Credits("青溪县自然资源局", "2024-05-01", "三调 2020", True, "1.2.3")
    lines = credit_lines(credits, ["hollow.gpkg"], "CGCS2000 (EPSG:4548)", marked)
    assert lines == [
        "«Producer: {producer}»".replace("{producer}", "青溪县自然资源局"),
        "«Date: {date}»".replace("{date}", "2024-05-01"),
        "«Data sources: {sources}»".replace("{sources}", "三调 2020; hollow.gpkg"),
        "«Coordinate system: {crs}»".replace("{crs}", "CGCS2000 (EPSG:4548)"),
        "«Note: fictitious sample data for demonstration; they show no real place.»",
        "«Made with URFlow {version}»".replace("{version}", "1.2.3"),
    ]


def test_a_page_s_notes_come_before_the_fictitious_note():
    lines = credit_lines(Credits(fictitious=True, version="1"), [], "", str, ["flows: a note"])
    assert lines[0] == "flows: a note" and "fictitious" in lines[1]


def test_credit_lines_leave_out_what_is_not_given():
    lines = credit_lines(Credits(version="1"), [], "", lambda text: text)
    assert lines == ["Made with URFlow 1"]


def test_titles_and_layer_names():
    assert page_title(
        "facility", marked, "小学"
    ) == "«Public service facility gaps: {name}»".replace("{name}", "小学")
    assert page_title("flows", marked) == "«Urban–rural flows»"
    assert page_title("hollow", lambda text: text) == "Hollow villages by level"
    assert layer_name("boundaries", lambda text: text) == "Township boundary"
    assert scale_text(160000, lambda text: text) == "Scale 1:160,000"

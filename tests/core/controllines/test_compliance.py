"""Compliance figures from hand-made overlap pieces (areas chosen so every sum is exact)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.controllines import (
    LINE_LABELS,
    OverlapPieces,
    check_compliance,
    parse_type_words,
)
from urflow.core.errors import InputError


def pieces(*rows):
    """rows of (feature, line, area_m2, length_m, kcxs, zone)."""
    cols = list(zip(*rows))
    return OverlapPieces(
        np.array(cols[0]),
        np.array(cols[1], dtype=object),
        np.array(cols[2], float),
        np.array(cols[3], float),
        np.array(cols[4], float),
        np.array(cols[5]),
    )


def test_polygons_farmland_net_of_tiankan_redline_outside_and_slivers():
    # feature 0: 2 500 m² on farmland with KCXS 0.2 (net 2 000 m²) in zone 0
    # feature 1: 1 200 m² on the red line + 0.005 m² farmland sliver, zone 1
    # feature 2: 0.01 m² farmland (exactly the threshold: a conflict) + 800 m² outside the UGB
    # feature 3: only a sliver → compliant; feature 4: no geometry → not checked
    # the lines' own overlap: 3 000 m² farmland × red line in zone 1, and a 0.001 m² sliver
    result = check_compliance(
        5,
        pieces(
            (0, "permanent_farmland", 2500.0, 0, 0.2, 0),
            (1, "eco_redline", 1200.0, 0, np.nan, 1),
            (1, "permanent_farmland", 0.005, 0, 0.1, 1),
            (2, "permanent_farmland", 0.01, 0, np.nan, 0),
            (2, "outside_urban_boundary", 800.0, 0, np.nan, 0),
            (3, "eco_redline", 0.002, 0, np.nan, 1),
            (-1, "farmland_x_redline", 3000.0, 0, np.nan, 1),
            (-1, "redline_x_urban", 0.001, 0, np.nan, 0),
        ),
        min_area_m2=0.01,
        checked=[True, True, True, True, False],
        n_zones=2,
    )
    assert_array_equal(result.sliver, [0, 0, 1, 0, 0, 1, 0, 1])
    assert_allclose(result.farmland_ha, [0.25, 0, 0.000001, 0, 0])
    assert_allclose(result.farmland_net_ha, [0.2, 0, 0.000001, 0, 0])
    assert_allclose(result.redline_ha, [0, 0.12, 0, 0, 0])
    assert_allclose(result.outside_urban_ha, [0, 0, 0.08, 0, 0])
    assert_array_equal(result.conflict, [1, 1, 1, 0, -1])
    assert result.conflict_lines == (
        ("permanent_farmland",),
        ("eco_redline",),
        ("permanent_farmland", "outside_urban_boundary"),
        (),
        (),
    )
    assert (result.conflict_count, result.compliant_count, result.sliver_count) == (3, 1, 3)
    assert result.line_overlap_ha == pytest.approx(0.3)
    assert_allclose(result.net_area_ha[:2], [0.2, 0.12])  # KCXS on farmland only

    rows = {(r.zone, r.line): r for r in result.summary}
    assert (rows[(0, "permanent_farmland")].features, rows[(0, "permanent_farmland")].area_ha) == (
        2,
        pytest.approx(0.250001),
    )
    assert rows[(0, "permanent_farmland")].net_area_ha == pytest.approx(0.200001)
    assert (1, "permanent_farmland") not in rows  # only a sliver there
    assert rows[(1, "farmland_x_redline")].area_ha == pytest.approx(0.3)
    assert rows[(1, "farmland_x_redline")].features == 0
    total = rows[(None, "outside_urban_boundary")]
    assert (total.features, total.area_ha, total.area_mu) == (
        1,
        pytest.approx(0.08),
        pytest.approx(1.2),
    )
    assert rows[(None, "redline_x_urban")].area_ha == 0  # the sliver is left out


def test_lines_count_by_length_and_points_always_conflict():
    line = check_compliance(
        2,
        pieces((0, "eco_redline", 0.0, 35.5, np.nan, -1), (1, "eco_redline", 0.0, 0.0, np.nan, -1)),
        geometry="line",
    )
    assert_array_equal(line.conflict, [1, 0])
    total = {r.line: r for r in line.summary if r.zone is None}["eco_redline"]
    assert (total.features, total.length_m, total.area_ha) == (1, 35.5, 0.0)
    point = check_compliance(
        3,
        pieces(
            (0, "permanent_farmland", 0.0, 0.0, 0.3, -1),
            (2, "outside_urban_boundary", 0.0, 0.0, np.nan, -1),
        ),
        geometry="point",
    )
    assert_array_equal(point.conflict, [1, 0, 1])
    assert point.sliver_count == 0


def test_bad_pieces_are_refused():
    with pytest.raises(InputError, match="KCXS must lie between 0 and 1"):
        check_compliance(1, pieces((0, "permanent_farmland", 1.0, 0, 1.5, -1)))
    with pytest.raises(InputError, match="Unknown control-line codes: roads"):
        check_compliance(1, pieces((0, "roads", 1.0, 0, np.nan, -1)))
    with pytest.raises(InputError, match="MIN_AREA"):
        check_compliance(1, OverlapPieces.empty(), min_area_m2=-1)


def test_no_pieces_everything_compliant_and_labels_in_both_languages():
    result = check_compliance(3, OverlapPieces.empty())
    assert_array_equal(result.conflict, [0, 0, 0])
    assert [r.line for r in result.summary] == [
        "permanent_farmland",
        "eco_redline",
        "outside_urban_boundary",
        "farmland_x_redline",
        "farmland_x_urban",
        "redline_x_urban",
    ]
    assert LINE_LABELS.label("eco_redline", "zh") == "占用生态保护红线"
    assert parse_type_words(" Urban，城镇、 town ;") == ("urban", "城镇", "town")
    assert "城镇" in parse_type_words(None)

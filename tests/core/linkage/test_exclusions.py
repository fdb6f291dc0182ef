"""Control-line exclusions and planners' words, without QGIS (DOMAIN.md §3.2 rule 3, §3.4)."""

import numpy as np
import pytest
from numpy.testing import assert_array_equal

from urflow.core.errors import InputError
from urflow.core.linkage import ControlLineOverlaps
from urflow.core.linkage.exclusions import (
    CONTROL_LINE_TOLERANCE_M2,
    construction_types,
    exclusions,
    flags,
    group_values,
    outside_urban_boundary_m2,
)
from urflow.core.linkage.labels import EXCLUSIONS


def test_which_overlap_excludes_what():
    area = np.array([1000.0, 1000.0, 1000.0, 1000.0, 1000.0, 1000.0])
    ctype = np.array(["urban", "resettlement", "urban", "industrial", "urban", "urban"], object)
    overlaps = ControlLineOverlaps(
        permanent_farmland_m2=np.array([0.0, 50.0, 0.0, 0.0, 20.0, CONTROL_LINE_TOLERANCE_M2]),
        eco_redline_m2=np.array([0.0, 0.0, 0.0, 30.0, 20.0, 0.0]),
        urban_boundary_inside_m2=np.array([1000.0, 0.0, 900.0, 0.0, 500.0, 1000.0]),
    )
    ex = exclusions(area, ctype, overlaps)
    assert_array_equal(ex.excluded, [False, True, True, True, True, True])
    # the first line of the order wins; the boundary concerns urban parcels only
    assert list(ex.code) == [
        None,
        "permanent_farmland",
        "outside_urban_boundary",
        "eco_redline",
        "permanent_farmland",
        "permanent_farmland",  # exactly the tolerance counts, as MIN_AREA in controllinecheck
    ]
    assert set(ex.code[ex.excluded]) <= set(EXCLUSIONS.codes)
    assert_array_equal(ex.m2["outside_urban_boundary"], [0, 0, 100, 0, 500, 0])
    reasons = ex.reasons("en")
    assert reasons[0] == ""
    assert reasons[1] == "overlaps permanent basic farmland (50.00 m²)"
    assert reasons[4] == (
        "overlaps permanent basic farmland (20.00 m²); overlaps the ecological red line "
        "(20.00 m²); urban construction outside the urban growth boundary (500.00 m²)"
    )
    assert ex.reasons("zh")[2] == "城镇建设用地位于城镇开发边界外 100.00 m²"


def test_no_boundary_layer_checks_no_parcel():
    area = np.array([1000.0, np.nan])
    assert_array_equal(outside_urban_boundary_m2(area, None, ["urban", "urban"]), [0, 0])
    inside = np.array([1500.0, 0.0])  # overlapping boundary polygons: capped at the parcel
    assert_array_equal(outside_urban_boundary_m2(area, inside, ["urban", "urban"]), [0, 0])


def test_construction_type_words():
    types, missing = construction_types(["城镇", "安置区", None, "Industrial ", "产业"], 5)
    assert list(types) == ["urban", "resettlement", "urban", "industrial", "industrial"]
    assert_array_equal(missing, [2])
    assert list(construction_types(None, 2)[0]) == ["urban", "urban"]
    with pytest.raises(InputError, match=r"unknown type for 1 parcels \(C1=商业\)"):
        construction_types(["urban", "商业"], 2, ["C0", "C1"])


def test_flags_and_groups():
    assert_array_equal(
        flags(["1", "是", "yes", "TRUE", "0", None, "no", "2.5", "保护"], 9),
        [True, True, True, True, False, False, False, True, True],
    )
    assert_array_equal(flags(None, 2), [False, False])
    assert list(group_values([" PA1", None, "3"], 3)) == ["PA1", "", "3"]
    assert list(group_values(None, 2)) == ["", ""]

"""The nine hollowing indicators and their formulas (DOMAIN §1.1), consolidation potential
(§1.5), and that the hollow core runs without QGIS."""

import subprocess
import sys

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.hollow import (
    INDICATORS,
    ageing,
    consolidation_potential,
    directions,
    excess_over_standard,
    labour_outmigration,
    per_capita_land,
    population_hollowing,
    rate,
)

E6_IDS = ["P1", "L1", "L2", "A1"]


def test_indicator_metadata():
    assert [i.id for i in INDICATORS] == ["P1", "P2", "P3", "L1", "L2", "L3", "L4", "A1", "A2"]
    assert [i.direction for i in INDICATORS] == [1, 1, 1, 1, 1, 1, 1, -1, 1]
    assert INDICATORS[4].unit == "m²/person"
    assert all(i.name_zh and i.name_en and i.formula for i in INDICATORS)
    assert_array_equal(directions(E6_IDS), [True, True, True, False])
    with pytest.raises(InputError, match="Unknown indicator"):
        directions(["P9"])


def test_population_hollowing_keeps_negative_values():
    p1 = population_hollowing(
        [1000, 800, 500, 0, np.nan, 600, -5], [600, 1000, 500, 10, 100, np.nan, 3]
    )
    assert_allclose(p1[:3], [0.4, -0.25, 0.0])
    assert np.isnan(p1[3:]).all()  # zero, missing, missing, negative


def test_ratio_helpers():
    assert_allclose(ageing([120, 0], [600, 400]), [0.2, 0.0])
    assert_allclose(labour_outmigration([150], [300]), [0.5])
    r = rate([30, 5, 12, -1, np.nan], [100, 0, 10, 10, 10])
    assert_allclose(r[[0, 2]], [0.3, 1.2])  # > 1 kept, not clipped
    assert np.isnan(r[[1, 3, 4]]).all()
    assert_allclose(per_capita_land([30000, 5000, 100], [200, 0, np.nan])[0], 150.0)
    assert np.isnan(per_capita_land([5000, 100], [0, np.nan])).all()
    assert_allclose(excess_over_standard([100, 150, 225, np.nan])[:3], [0, 0, 0.5])
    assert np.isnan(excess_over_standard([np.nan])[0])
    assert_allclose(excess_over_standard([240], standard=120), [1.0])
    with pytest.raises(InputError, match="Land standard"):
        excess_over_standard([200], standard=0)


def test_consolidation_potential():
    surplus, potential = consolidation_potential([30000, 10000, 4000, np.nan], [100, 80, 0, 50])
    assert_allclose(surplus[:3], [15000, 0, 4000])
    assert_allclose(potential[:3], [12750, 0, 3400])
    assert np.isnan(surplus[3]) and np.isnan(potential[3])
    s2, p2 = consolidation_potential([30000], [100], standard=120, kappa=[0.6])
    assert_allclose([s2[0], p2[0]], [18000, 10800])
    with pytest.raises(InputError, match="κ"):
        consolidation_potential([1], [1], kappa=1.5)


def test_core_does_not_import_qgis_or_qt():
    code = (
        "import sys, urflow.core.hollow, urflow.core.stats.scoring, urflow.core.stats.classify, "
        "urflow.core.stats.weighting\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('qgis', 'PyQt5', 'PyQt6', 'PySide2', 'PySide6', 'sip')]\n"
        "assert not bad, bad\n"
    )
    plugins = str(__import__("pathlib").Path(__file__).resolve().parents[3] / ".build" / "plugins")
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": plugins})

"""The one entry of core.hollow, evaluate_villages, on DOMAIN §4 E6 and E7 built as village
figures (registered / resident population, homesteads, settlement land, night light)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.hollow import (
    HOLLOW_LEVELS,
    HOLLOW_TYPES,
    INDICATOR_IDS,
    INDICATOR_INPUTS,
    OUTPUT_FIELDS,
    WEIGHT_FIELDS,
    HollowOptions,
    ScoreOptions,
    VillageCensus,
    VillageOverlays,
    evaluate_villages,
)

from ..domain_examples import E6_X, E7

IDS = ["V1", "V2", "V3", "V4", "V5"]
E6_W = [0.2570, 0.2796, 0.2598, 0.2036]
E6_S = [0.7607, 0.0000, 0.5638, 0.8602, 0.5617]
E6_C = [0.7904, 0.0000, 0.6086, 0.7475, 0.5262]


def e6_figures(**census):
    """E6 as a county has it: 1000 registered, 1000·(1 − P1) residents, 100 homesteads of
    which 100·L1 idle, settlement land L2 · residents (m²), night light A1."""
    resident = 1000 * (1 - E6_X[:, 0])
    figures = {
        "registered": np.full(5, 1000.0),
        "resident": resident,
        "homesteads": np.full(5, 100.0),
        "idle_homesteads": 100 * E6_X[:, 1],
    }
    figures.update(census)
    overlays = VillageOverlays(settlement_area=E6_X[:, 2] * resident, night_light=E6_X[:, 3])
    return VillageCensus(IDS, **figures), overlays


def three_levels(**score):
    return HollowOptions(score=ScoreOptions(classes=3, **score))


def test_e6_entropy_weighted_sum_jenks_as_codes_and_labels():
    result = evaluate_villages(*e6_figures(), three_levels())
    assert result.used == ("P1", "L1", "L2", "A1")
    for j, name in enumerate(result.used):
        assert_allclose(result.indicators[name], E6_X[:, j], rtol=1e-12)
    assert_allclose(list(result.weights.values()), E6_W, atol=5e-5)
    assert_allclose(result.score, E6_S, atol=5e-5)
    assert_array_equal(result.rank, [2, 5, 3, 1, 4])
    assert_allclose(result.breaks, [0.0, 0.5638, 0.8602], atol=5e-5)
    # 3 levels are light / moderate / severe: codes 1–3, whatever the number of classes
    assert_array_equal(result.level, [3, 1, 2, 3, 2])
    assert result.level_counts == {1: 1, 2: 2, 3: 2}
    assert_array_equal(result.type_code, [3, 0, 3, 1, 1])
    assert result.ahp is None
    assert all(not note.warning and "inputs not given" in note.text for note in result.notes)


def test_four_levels_use_every_code_and_counts_are_keyed_by_code():
    thresholds = ScoreOptions(classification="thresholds", thresholds=[0.1, 0.6, 0.8])
    result = evaluate_villages(*e6_figures(), HollowOptions(score=thresholds))
    assert_array_equal(result.level, [2, 0, 1, 3, 1])
    assert result.level_counts == {0: 1, 1: 2, 2: 1, 3: 1}


def test_fields_are_every_output_field_with_labels_from_the_tables():
    result = evaluate_villages(*e6_figures(), three_levels())
    en, zh = result.fields("en"), result.fields("zh")
    assert set(en) == {name for name, _kind in OUTPUT_FIELDS}
    assert en["hollow_level"] == [3, 1, 2, 3, 2] == zh["hollow_level"]
    assert en["hollow_rank"] == [2, 5, 3, 1, 4]
    assert list(en["hollow_label"]) == [HOLLOW_LEVELS.label(c, "en") for c in [3, 1, 2, 3, 2]]
    assert list(zh["hollow_label"]) == [
        "重度空心化",
        "轻度空心化",
        "中度空心化",
        "重度空心化",
        "中度空心化",
    ]
    assert list(en["hollow_label_zh"]) == list(zh["hollow_label"])
    assert list(zh["hollow_label_en"]) == list(en["hollow_label"])
    assert list(zh["hollow_type"]) == [HOLLOW_TYPES.label(c, "zh") for c in [3, 0, 3, 1, 1]]
    assert en["hollow_type"][0] == "dual hollowing" and en["hollow_type_code"] == [3, 0, 3, 1, 1]
    for name in ("P2", "P3", "L3", "L4", "A2"):  # not computed: NULL, never 0
        assert np.isnan(en[name]).all()
    rows = result.weight_rows()
    assert [row["indicator"] for row in rows] == ["P1", "L1", "L2", "A1"]
    assert set(rows[0]) == {name for name, _kind in WEIGHT_FIELDS}
    assert rows[3]["direction"] == "−" and rows[0]["n_valid"] == 5
    assert rows[0]["entropy"] == pytest.approx(0.8122, abs=5e-5)
    assert rows[0]["method"] == "entropy / weighted_sum / jenks"


def test_e6_topsis():
    result = evaluate_villages(*e6_figures(), three_levels(scoring="topsis"))
    assert_allclose(list(result.weights.values()), E6_W, atol=5e-5)
    assert_allclose(result.score, E6_C, atol=5e-5)
    assert result.rank[0] == 1 and result.rank[3] == 2  # V1 > V4, unlike the weighted sum


def test_e7_ahp_on_the_computed_indicators():
    census, overlays = e6_figures()
    without_light = VillageOverlays(settlement_area=overlays.settlement_area)
    result = evaluate_villages(census, without_light, three_levels(weighting="ahp", ahp_matrix=E7))
    assert result.used == ("P1", "L1", "L2")
    assert_allclose(list(result.weights.values()), [0.6370, 0.2583, 0.1047], atol=5e-5)
    assert result.ahp.cr == pytest.approx(0.0332, abs=5e-5)


def test_custom_weights_by_indicator_id():
    options = three_levels(weighting="custom", custom_weights={"L1": 3, "P1": 1})
    result = evaluate_villages(*e6_figures(), options)
    assert result.weights == pytest.approx({"P1": 0.25, "L1": 0.75, "L2": 0.0, "A1": 0.0})
    options = three_levels(weighting="custom", custom_weights={"Q9": 1})
    with pytest.raises(InputError, match="unknown indicator 'Q9'; computed here: P1, L1, L2, A1"):
        evaluate_villages(*e6_figures(), options)


def test_which_figures_feed_which_indicator():
    assert list(INDICATOR_INPUTS) == list(INDICATOR_IDS)
    census = VillageCensus(["a", "b"], elderly=[30, 10], resident=[100, 50], households=[40, 20])
    overlays = VillageOverlays(buildings=[10, 0], vacant_buildings=[4, 0])
    result = evaluate_villages(
        census, overlays, three_levels(classification="thresholds", thresholds=[0.2, 0.3])
    )
    assert result.used == ("P2", "A2")
    assert_allclose(result.indicators["P2"], [0.3, 0.2])
    assert result.indicators["A2"][0] == 0.4 and np.isnan(result.indicators["A2"][1])
    assert_array_equal(result.missing["A2"], [False, True])  # b has no building: scored on P2
    assert result.skipped == {
        "P1": "not_given",
        "P3": "not_given",
        "L1": "not_given",
        "L2": "not_given",
        "L3": "not_given",  # households given, but not multi-homestead households
        "L4": "not_given",
        "A1": "not_given",
    }
    assert result.weight_rows()[1]["n_valid"] == 1


def test_surveyed_settlement_area_wins_over_the_overlay_and_gives_the_potential():
    census, overlays = e6_figures(settlement_area=[136500.0, 0, 0, 0, 0])
    result = evaluate_villages(census, overlays, HollowOptions(three_levels().score, kappa=0.8))
    # V1: 650 residents × 210 m² = 136 500 m²; standard 650 × 150 = 97 500 → surplus 39 000.
    assert result.settlement_m2[0] == 136500.0 and result.settlement_m2[1] == 0.0
    assert_allclose(result.surplus_land_m2[:2], [39000.0, 0.0])
    assert_allclose(result.potential_cultivated_m2[0], 31200.0)
    assert_allclose(result.l2_excess[0], (210 - 150) / 150)
    census, overlays = e6_figures()
    result = evaluate_villages(census, overlays, three_levels())
    assert_allclose(result.settlement_m2, overlays.settlement_area)


def test_notes_name_the_villages():
    census, overlays = e6_figures(
        registered=[1000.0, 0.0, np.nan, 1000.0, 500.0], idle_homesteads=[28, 5, 31, 18, 12.0]
    )
    notes = evaluate_villages(census, overlays, three_levels()).notes
    texts = [note.text for note in notes]
    assert "Registered population is 0 or NULL for 2 villages (V2, V3): P1 is NULL there" in texts
    assert any(
        t.startswith("2 villages have more residents") and t.endswith("V2, V5") for t in texts
    )
    assert any(
        note.warning is False and note.text.startswith("P2: inputs not given") for note in notes
    )
    census = VillageCensus(
        IDS, registered=np.full(5, 100.0), resident=np.full(5, 50.0), elderly=[1, 2, 3, 4, 5.0]
    )
    notes = evaluate_villages(census, None, three_levels()).notes
    constant = [note for note in notes if note.text.startswith("P1 has the same value")]
    assert constant[0].warning and constant[0].text.endswith("in every village: weight 0")


def test_bad_input():
    with pytest.raises(InputError, match="No indicator can be computed"):
        evaluate_villages(VillageCensus(IDS, registered=np.ones(5)))
    census, overlays = e6_figures()
    with pytest.raises(InputError, match="3 or 4 classes"):
        evaluate_villages(census, overlays, HollowOptions(score=ScoreOptions(classes=5)))
    with pytest.raises(InputError, match="duplicate ids: V1"):
        evaluate_villages(VillageCensus(["V1", "V1"], registered=[1, 2], resident=[1, 1]))
    with pytest.raises(InputError, match="resident has 4 values; expected 5"):
        evaluate_villages(VillageCensus(IDS, registered=np.ones(5), resident=np.ones(4)))
    with pytest.raises(InputError, match="type_thresholds has 1 values"):
        evaluate_villages(census, overlays, HollowOptions(type_thresholds=(0.2,)))


def test_villages_left_without_an_indicator_are_named_with_what_is_missing():
    census = VillageCensus(
        ["a", "b", "c"],
        elderly=[30, np.nan, 10],
        resident=[100, 50, 80],
        homesteads=[40, 20, 0],
        idle_homesteads=[4, 2, 0],
    )
    result = evaluate_villages(
        census, None, three_levels(classification="thresholds", thresholds=[0.2, 0.3])
    )
    texts = [note.text for note in result.notes]
    assert "P2 is NULL for 1 villages, missing: b (elderly)" in texts
    assert "L1 is NULL for 1 villages, missing: c (homesteads)" in texts

"""core.villageclass: the rule table, first match with also_matched, potential and summary."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.errors import InputError
from urflow.core.stats.composite import ScoreOptions, composite_index
from urflow.core.villageclass import (
    PRESET_PATH,
    VILLAGE_CLASSES,
    classify_villages,
    decode,
    development_potential,
    disabled_rules,
    load_rules,
    parse_directions,
    parse_rules,
    summarise,
    unknown_fields,
)

RULES = """order,class_code,condition,label_zh,label_en,source
30,2,"udb_share > 0",城郊,fringe,S30
10,3,"heritage = 1",特色,heritage,S10
20,4,"hazard_share >= 0.5",搬迁,relocate,S20
40,1,"potential >= 0.5",集聚,cluster,
"""


def test_rules_are_sorted_and_checked():
    rules = parse_rules(RULES)
    assert [r.order for r in rules] == [10, 20, 30, 40]
    assert [r.class_code for r in rules] == [3, 4, 2, 1]
    assert rules[0].condition == "heritage = 1"
    assert rules[3].source == ""


@pytest.mark.parametrize(
    "text, words",
    [
        ("order,class_code,condition\n1,1,x\n", "lacks the columns"),
        (RULES.replace("30,2,", "30,7,"), "Rule 30: unknown class_code 7"),
        (RULES.replace("30,2,", "10,2,"), "same order to several rules: 10"),
        (RULES.replace('"udb_share > 0"', '""'), "Rule 30: the condition is empty"),
        (RULES.replace("30,2,", "x,2,"), "order must be an integer"),
        ("order,class_code,condition,label_zh,label_en,source\n", "has no rule"),
    ],
)
def test_bad_rule_tables(text, words):
    with pytest.raises(InputError, match=words):
        parse_rules(text)


def test_gbk_and_bom():
    text = RULES
    assert decode(text.encode("gbk")) == text
    assert decode(("\ufeff" + text).encode("utf-8")) == text


def test_preset_loads_with_sources():
    rules = load_rules("")
    assert PRESET_PATH.endswith("village_classification_rules.csv")
    assert {r.class_code for r in rules} == {1, 2, 3, 4}
    assert "IS NOT NULL" not in " ".join(r.condition for r in rules)
    assert rules[0].class_code == 3  # 特色保护 first
    assert all("乡村振兴战略规划" in r.source for r in rules)
    # one language each: the Chinese source for a Chinese run, the English one otherwise
    for rule in rules:
        zh, en = rule.source_in("zh"), rule.source_in("en")
        assert zh == rule.source and "Plan" not in zh and "practice" not in zh
        assert "Rural Revitalization Strategic Plan" in en
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in en), en


def test_source_in_a_language_falls_back_to_source():
    rules = parse_rules(
        RULES.replace("source\n", "source,source_zh\n").replace(",S20", ",S20,来源20")
    )
    assert [r.source_in("zh") for r in rules] == ["S10", "来源20", "S30", ""]
    assert [r.source_in("en") for r in rules] == ["S10", "S20", "S30", ""]
    matches = np.array([[False, True, False, False]])
    assert list(classify_villages(matches, rules, language="zh").rule_source) == ["来源20"]
    assert list(classify_villages(matches, rules).rule_source) == ["S20"]


def test_held_out_table_by_hand():
    """Five villages × four rules; the expected values are the rules applied by hand."""
    rules = parse_rules(RULES)  # orders 10 (3), 20 (4), 30 (2), 40 (1)
    heritage = np.array([1, 0, 0, 1, 0])
    hazard = np.array([0.8, 0.6, 0.0, 0.0, np.nan])
    udb = np.array([0.0, 0.3, 0.5, 0.2, 0.0])
    potential = np.array([0.9, 0.1, 0.7, 0.6, 0.2])
    with np.errstate(invalid="ignore"):
        matches = np.column_stack([heritage == 1, hazard >= 0.5, udb > 0, potential >= 0.5])
    result = classify_villages(matches, rules)
    assert_array_equal(result.class_code, [3, 4, 2, 3, 0])
    assert list(result.rule_order) == [10, 20, 30, 10, None]
    assert list(result.rule_source) == ["S10", "S20", "S30", "S10", None]
    assert result.also_matched == ((20, 40), (30,), (40,), (30, 40), ())
    assert result.also_matched_text() == ["20,40", "30", "40", "30,40", None]
    assert result.class_counts == {0: 1, 1: 0, 2: 1, 3: 2, 4: 1}
    assert result.unclassified == 1
    assert result.conflicts == 4
    fields = result.fields("zh")
    assert list(fields["class_label"]) == [
        "特色保护类",
        "搬迁撤并类",
        "城郊融合类",
        "特色保护类",
        "暂不分类",
    ]


def test_matches_shape_is_checked():
    with pytest.raises(InputError, match="villages × 4 rules"):
        classify_villages(np.zeros((3, 2), dtype=bool), parse_rules(RULES))


def test_unknown_and_disabled_fields():
    rules = parse_rules(RULES)
    referenced = [["heritage"], ["hazard_share"], ["udb_share"], ["potential"]]
    unknown_fields(rules, referenced, ["heritage", "hazard_share", "udb_share", "potential"])
    with pytest.raises(InputError, match="Rule 20: the condition names the field hazard_share"):
        unknown_fields(rules, referenced, ["heritage", "udb_share", "potential"])
    assert disabled_rules(rules, referenced, ["hazard_share", "town_cost"]) == {
        20: ["hazard_share"]
    }


def test_potential_is_the_hollow_composite_index():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 100, (12, 3))
    x[4, 1] = np.nan
    positive = parse_directions("+, -, +", 3)
    assert_array_equal(positive, [True, False, True])
    for options in (
        ScoreOptions(),
        ScoreOptions(weighting="equal"),
        ScoreOptions(weighting="custom", custom_weights={"a": 2.0, "c": 1.0}),
        ScoreOptions(scoring="topsis"),
    ):
        result = development_potential(x, positive, ["a", "b", "c"], options)
        custom = options.custom_weights
        expect = composite_index(
            x,
            positive,
            ScoreOptions(
                weighting=options.weighting,
                scoring=options.scoring,
                custom_weights=None if custom is None else [2.0, 0.0, 1.0],
            ),
        )
        assert_allclose(result.score, expect.scores)
        assert_array_equal(result.rank, expect.ranks)


def test_no_potential_fields_and_bad_directions():
    result = development_potential(np.zeros((3, 0)), [], [])
    assert np.isnan(result.score).all() and (result.rank == -1).all()
    with pytest.raises(InputError, match="POTENTIAL_DIRECTIONS"):
        parse_directions("+, x", 2)


def test_summary_per_zone_and_class():
    rows = summarise(
        [1, 1, 4, 0], ["A", "A", "B", "B"], [100, np.nan, 30, 5], [10.0, 20.0, 5.0, 1.0], "en"
    )
    assert [(r["zone"], r["class_code"], r["villages"], r["population"]) for r in rows] == [
        ("A", 1, 2, 100.0),
        ("B", 0, 1, 5.0),
        ("B", 4, 1, 30.0),
        ("all", 0, 1, 5.0),
        ("all", 1, 2, 100.0),
        ("all", 4, 1, 30.0),
    ]
    assert rows[0]["settlement_area_m2"] == 30.0
    assert rows[0]["class_label"] == VILLAGE_CLASSES.label(1, "en")


def test_undecided_villages_with_a_potential_are_cluster_villages():
    rules = parse_rules(RULES)
    matches = np.zeros((3, 4), dtype=bool)
    matches[0, 1] = True
    result = classify_villages(matches, rules, potential=[0.1, 0.3, np.nan])
    assert_array_equal(result.class_code, [4, 1, 0])
    assert list(result.rule_order) == [20, None, None]
    assert result.unclassified == 1

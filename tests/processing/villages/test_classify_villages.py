"""urflow:villageclassification through processing.run on hand-built villages.

Squares of 100 m × 100 m with overlaps whose areas are exact in EPSG:4548, a rules file whose
decisions are worked out by hand, town costs checked against urflow:facilitygaps' nearest_cost,
and the potential against urflow:hollowvillages' score of the same columns.
"""

import processing
import pytest
from numpy.testing import assert_allclose
from qgis.core import QgsProcessingException

from urflow import i18n

CRS = "EPSG:4548"
X0, Y0 = 600000.0, 3500000.0


def rect(x, y, width, height):
    return f"POLYGON(({x} {y},{x + width} {y},{x + width} {y + height},{x} {y + height},{x} {y}))"


# V1 heritage and 60 % in the hazard zone (conflict); V2 30 % in the boundary; V3 80 % hazard;
# V4 nothing; V5 far east, nothing. Populations and incomes drive the potential.
VILLAGES = [
    (rect(X0, Y0, 100, 100), "V1", "一村", "A", 1, 300.0, 20.0, 9000.0),
    (rect(X0 + 200, Y0, 100, 100), "V2", "二村", "A", 0, 900.0, 80.0, 12000.0),
    (rect(X0 + 400, Y0, 100, 100), "V3", "三村", "B", 0, 200.0, 10.0, 7000.0),
    (rect(X0 + 600, Y0, 100, 100), "V4", "四村", "B", None, 700.0, 60.0, 15000.0),
    (rect(X0 + 3000, Y0, 100, 100), "V5", "五村", "B", 0, 100.0, 5.0, 5000.0),
]
VILLAGE_FIELDS = [
    ("vid", str),
    ("name", str),
    ("town", str),
    ("traditional", int),
    ("resident_pop", float),
    ("income", float),
    ("settle_m2", float),
]
HAZARD = [(rect(X0 + 40, Y0 - 10, 60, 120), "H1"), (rect(X0 + 420, Y0 - 10, 200, 90), "H2")]
UDB = [(rect(X0 + 270, Y0 - 50, 100, 200), "U1")]
TOWNS = [(f"POINT({X0 + 250} {Y0 + 1000})", "T1"), (f"POINT({X0 + 3050} {Y0 - 500})", "T2")]

RULES = """order,class_code,condition,label_zh,label_en,source
10,3,"heritage = 1",特色,heritage,S10
20,4,"hazard_share >= 0.5",搬迁,relocate,S20
30,2,"udb_share > 0",城郊,fringe,S30
40,1,"potential >= 0.5",集聚,cluster,S40
"""


@pytest.fixture
def layers(make_layer):
    return {
        "VILLAGES": make_layer("Polygon", CRS, VILLAGE_FIELDS, VILLAGES, "villages"),
        "HAZARD": make_layer("Polygon", CRS, [("hid", str)], HAZARD, "hazard"),
        "URBAN_BOUNDARY": make_layer("Polygon", CRS, [("uid", str)], UDB, "udb"),
        "TOWNS": make_layer("Point", CRS, [("tid", str)], TOWNS, "towns"),
    }


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text(RULES, encoding="utf-8")
    return str(path)


def run(layers, rules_file, **extra):
    parameters = {
        **layers,
        "VILLAGE_ID_FIELD": "vid",
        "VILLAGE_NAME_FIELD": "name",
        "ZONE_FIELD": "town",
        "POPULATION_FIELD": "resident_pop",
        "SETTLEMENT_AREA_FIELD": "settle_m2",
        "HERITAGE_FIELD": "traditional",
        "RULES": rules_file,
        "TOWN_ID_FIELD": "tid",
        "POTENTIAL_FIELDS": "resident_pop, income, town_cost",
        "POTENTIAL_DIRECTIONS": "+, +, -",
        "OUTPUT": "memory:",
        "OUTPUT_SUMMARY": "memory:",
        **extra,
    }
    return processing.run("urflow:villageclassification", parameters)


def rows(layer):
    return {f["vid"]: f for f in layer.getFeatures()}


def test_classes_rules_and_also_matched_by_hand(urflow_provider, layers, rules_file):
    result = run(layers, rules_file)
    out = rows(result["OUTPUT"])
    assert_allclose(
        [out[v]["hazard_share"] for v in ("V1", "V2", "V3", "V4", "V5")],
        [0.6 * 1.0, 0.0, 0.8 * 0.8, 0.2 * 0.8, 0.0],
    )
    assert_allclose(
        [out[v]["udb_share"] for v in ("V1", "V2", "V3", "V4", "V5")], [0.0, 0.3, 0.0, 0.0, 0.0]
    )
    potential = {v: out[v]["potential"] for v in out}
    # by hand: V1 heritage (10) also hazard (20); V2 fringe (30), also 40 when potential ≥ 0.5;
    # V3 hazard (20); V4 and V5 decided by rule 40 or, undecided with a potential score,
    # 1 集聚提升 without a deciding rule
    expected = {}
    for vid, heritage, hazard, udb in (
        ("V1", 1, 0.6, 0.0),
        ("V2", 0, 0.0, 0.3),
        ("V3", 0, 0.64, 0.0),
        ("V4", None, 0.16, 0.0),
        ("V5", 0, 0.0, 0.0),
    ):
        hits = [
            (order, code)
            for order, code, true in (
                (10, 3, heritage == 1),
                (20, 4, hazard >= 0.5),
                (30, 2, udb > 0),
                (40, 1, potential[vid] >= 0.5),
            )
            if true
        ]
        expected[vid] = (
            hits[0][1] if hits else (1 if potential[vid] == potential[vid] else 0),
            hits[0][0] if hits else None,
            ",".join(str(o) for o, _ in hits[1:]) or None,
        )
    got = {v: (f["class_code"], f["rule_order"], f["also_matched"] or None) for v, f in out.items()}
    assert got == expected
    assert got["V1"] == (3, 10, "20" if potential["V1"] < 0.5 else "20,40")
    assert out["V3"]["rule_source"] == "S20"
    assert (
        out["V1"]["heritage"] == 1
        and out["V4"]["heritage"] is None
        or str(out["V4"]["heritage"]) == "NULL"
    )
    codes = [c for c, _, _ in expected.values()]
    assert result["CLASS_COUNTS"] == {str(c): codes.count(c) for c in range(5)}
    assert result["UNCLASSIFIED"] == codes.count(0)
    assert result["CONFLICTS"] == sum(1 for _, _, a in expected.values() if a)
    summary = [
        (f["zone"], f["class_code"], f["villages"], f["population"])
        for f in result["OUTPUT_SUMMARY"].getFeatures()
    ]
    assert ("all", 3, 1, 300.0) in summary
    assert sum(v for z, _, v, _ in summary if z == "all") == 5


def test_town_cost_is_facility_gaps_nearest_cost(urflow_provider, layers, rules_file):
    result = run(layers, rules_file, TRAVEL_MODE=3, COST_UNIT=1, DETOUR_FACTOR=1.4)
    gaps = processing.run(
        "urflow:facilitygaps",
        {
            "DEMAND": layers["VILLAGES"],
            "DEMAND_ID_FIELD": "vid",
            "POPULATION_FIELD": "resident_pop",
            "FACILITIES": layers["TOWNS"],
            "FACILITY_ID_FIELD": "tid",
            "TRAVEL_MODE": 3,
            "COST_UNIT": 1,
            "THRESHOLD": 1000.0,
            "PROVISION_PER_1000": 1.0,
            "DETOUR_FACTOR": 1.4,
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_FACILITIES": "memory:",
            "OUTPUT_ZONES": "memory:",
        },
    )
    demand = {f["vid"]: f for f in gaps["OUTPUT_DEMAND"].getFeatures()}
    for vid, feature in rows(result["OUTPUT"]).items():
        assert feature["town_cost"] == pytest.approx(demand[vid]["nearest_cost"])
        assert feature["town_id"] == demand[vid]["nearest_id"]
    assert rows(result["OUTPUT"])["V5"]["town_id"] == "T2"


def test_potential_is_hollow_villages_weighting(urflow_provider, layers, rules_file, make_layer):
    """hollowvillages scores P1 and L1 from census fields; the classification given those two
    output columns with + directions must give the same score (entropy and equal weights)."""
    villages = make_layer(
        "Polygon",
        CRS,
        [("vid", str), ("reg", float), ("res", float), ("hs", float), ("idle", float)],
        [
            (rect(X0 + 200 * i, Y0, 100, 100), f"V{i}", reg, res, hs, idle)
            for i, (reg, res, hs, idle) in enumerate(
                [
                    (100, 90, 50, 5),
                    (200, 120, 80, 30),
                    (150, 60, 40, 20),
                    (300, 280, 90, 2),
                    (120, 50, 60, 33),
                ]
            )
        ],
    )
    for weighting in (0, 1):
        hollow = processing.run(
            "urflow:hollowvillages",
            {
                "VILLAGES": villages,
                "VILLAGE_ID_FIELD": "vid",
                "REGISTERED_POP_FIELD": "reg",
                "RESIDENT_POP_FIELD": "res",
                "HOMESTEADS_FIELD": "hs",
                "IDLE_HOMESTEADS_FIELD": "idle",
                "WEIGHTING": weighting,
                "CLASSES": 3,
                "CLASSIFICATION": 2,
                "OUTPUT": "memory:",
                "WEIGHTS_TABLE": "memory:",
            },
        )["OUTPUT"]
        result = processing.run(
            "urflow:villageclassification",
            {
                "VILLAGES": hollow,
                "VILLAGE_ID_FIELD": "vid",
                "HOLLOW": hollow,
                "POTENTIAL_FIELDS": "P1, L1",
                "POTENTIAL_DIRECTIONS": "+, +",
                "WEIGHTING": weighting,
                "OUTPUT": "memory:",
            },
        )
        out = rows(result["OUTPUT"])
        for feature in hollow.getFeatures():
            assert out[feature["vid"]]["potential"] == pytest.approx(feature["hollow_score"])
            assert out[feature["vid"]]["potential_rank"] == feature["hollow_rank"]
            assert out[feature["vid"]]["hollow_score"] == pytest.approx(feature["hollow_score"])


def test_missing_layer_disables_the_rule_with_a_warning(urflow_provider, layers, rules_file):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    feedback = Feedback()
    parameters = {
        "VILLAGES": layers["VILLAGES"],
        "VILLAGE_ID_FIELD": "vid",
        "HERITAGE_FIELD": "traditional",
        "RULES": rules_file,
        "OUTPUT": "memory:",
    }
    result = processing.run(
        "urflow:villageclassification",
        parameters,
        context=QgsProcessingContext(),
        feedback=feedback,
    )
    out = rows(result["OUTPUT"])
    assert out["V3"]["class_code"] == 0
    assert str(out["V3"]["hazard_share"]) in ("None", "NULL")
    assert out["V1"]["class_code"] == 3 and not out["V1"]["also_matched"]
    text = " ".join(feedback.warnings)
    for order in ("Rule 20", "Rule 30", "Rule 40"):
        assert order in text


@pytest.mark.parametrize(
    "rules, words",
    [
        (RULES.replace('"udb_share > 0"', '"udb_share >> 0"'), "Rule 30: the condition"),
        (
            RULES.replace('"udb_share > 0"', '"nonsense_field > 0"'),
            "Rule 30: the condition names the field nonsense_field",
        ),
        (RULES.replace("30,2,", "30,9,"), "Rule 30: unknown class_code 9"),
        (RULES.replace("30,2,", "20,2,"), "same order to several rules: 20"),
    ],
)
def test_bad_rules_are_clear_errors(urflow_provider, layers, tmp_path, rules, words):
    path = tmp_path / "bad.csv"
    path.write_text(rules, encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=words):
        run(layers, str(path))


def test_preset_and_gbk(urflow_provider, layers, tmp_path):
    path = tmp_path / "gbk.csv"
    path.write_bytes(RULES.replace("S10", "来源").encode("gbk"))
    out = rows(run(layers, str(path))["OUTPUT"])
    assert out["V1"]["rule_source"] == "来源"
    preset = rows(run(layers, "")["OUTPUT"])
    assert preset["V1"]["class_code"] == 3


@pytest.mark.parametrize(
    "locale, language, other",
    [
        ("en_US", "Rural Revitalization Strategic Plan", "乡村振兴"),
        ("zh_CN", "乡村振兴战略规划", "Plan"),
    ],
)
def test_the_preset_s_rule_source_is_in_the_run_s_language(
    urflow_provider, layers, monkeypatch, locale, language, other
):
    """The source written on a village is in one language, the run's (a report in Chinese
    quoted English verification notes before)."""
    monkeypatch.setattr(i18n, "current_locale", lambda: locale)
    preset = rows(run(layers, "")["OUTPUT"])
    sources = {v["rule_source"] for v in preset.values() if v["rule_source"]}
    assert sources and all(language in s and other not in s for s in sources), sources


def test_a_table_s_source_column_serves_a_language_without_its_own(
    urflow_provider, layers, tmp_path, monkeypatch
):
    path = tmp_path / "en_only.csv"
    table = RULES.replace("source\n", "source,source_en\n", 1)
    table = "\n".join(
        line + (",English S10" if line.startswith("10,") else ",") if i else line
        for i, line in enumerate(table.splitlines())
    )
    path.write_text(table, encoding="utf-8")
    monkeypatch.setattr(i18n, "current_locale", lambda: "en_US")
    assert rows(run(layers, str(path))["OUTPUT"])["V1"]["rule_source"] == "English S10"
    monkeypatch.setattr(i18n, "current_locale", lambda: "zh_CN")
    assert rows(run(layers, str(path))["OUTPUT"])["V1"]["rule_source"] == "S10"

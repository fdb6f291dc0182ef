"""urflow:landquotalinkage: parameters and metadata (LoS Tools style), and stable codes beside
the labels, the same in an English and a Chinese QGIS."""

import pytest

from urflow.core.linkage.labels import CONSTRUCTION_STATES, DEMOLITION_STATES
from urflow.processing_provider.land import balance_land_quota
from urflow.processing_provider.land.balance_land_quota import BalanceLandQuotaAlgorithm

from .test_land_quota_linkage import by_id, layers, parameters, run  # noqa: F401 (fixture)

PARAMETERS = [
    "DEMOLITION",
    "DEMOLITION_ID_FIELD",
    "DEMOLITION_AREA_FIELD",
    "KAPPA_FIELD",
    "DEFAULT_KAPPA",
    "DEMOLITION_GRADE_FIELD",
    "DEFAULT_GRADE",
    "COST_FIELD",
    "UNIT_COST",
    "PRIORITY_FIELD",
    "PRIORITY_LAYER",
    "PRIORITY_LAYER_FIELD",
    "PROTECTED_FIELD",
    "CONSTRUCTION",
    "CONSTRUCTION_ID_FIELD",
    "VALUE_FIELD",
    "UNIT_VALUE",
    "MANDATORY_FIELD",
    "CONSTRUCTION_TYPE_FIELD",
    "CULTIVATED",
    "CULTIVATED_GRADE_FIELD",
    "PERMANENT_FARMLAND",
    "ECO_REDLINE",
    "URBAN_BOUNDARY",
    "QUOTA_BASIS",
    "REQUIRE_QUALITY",
    "GRADE_SCALE",
    "MAX_PAIR_DISTANCE",
    "BUDGET",
    "PRIORITY_WEIGHT",
    "DISTANCE_WEIGHT",
    "GROUP_FIELD",
    "TIME_LIMIT",
    "MIP_GAP",
    "TARGET_CRS",
    "OUTPUT_DEMOLITION",
    "OUTPUT_CONSTRUCTION",
    "OUTPUT_PAIRS",
    "OUTPUT_BALANCE",
]
RESULT_KEYS = {
    "OUTPUT_DEMOLITION",
    "OUTPUT_CONSTRUCTION",
    "OUTPUT_PAIRS",
    "OUTPUT_BALANCE",
    "STATUS",
    "OBJECTIVE",
    "GAP",
    "BOUND",
    "SOLVE_SECONDS",
    "N_DEMOLITION",
    "N_CONSTRUCTION",
    "N_EXCLUDED",
    "DEMOLITION_HA",
    "RECLAIMED_HA",
    "QUOTA_HA",
    "CONSTRUCTION_HA",
    "OCCUPIED_HA",
    "NET_CULTIVATED_HA",
    "SURPLUS_HA",
    "COST",
    "VALUE",
    "ALL_RULES_PASSED",
    "DIAGNOSIS",
}


def test_parameters(qgis_app):
    algorithm = BalanceLandQuotaAlgorithm()
    algorithm.initAlgorithm()
    assert [p.name() for p in algorithm.parameterDefinitions()] == PARAMETERS
    advanced = {p.name() for p in algorithm.parameterDefinitions() if p.flags() & p.FlagAdvanced}
    assert advanced == {
        "DEMOLITION_AREA_FIELD",
        "GRADE_SCALE",
        "TIME_LIMIT",
        "MIP_GAP",
        "TARGET_CRS",
    }
    optional = {p.name() for p in algorithm.parameterDefinitions() if p.flags() & p.FlagOptional}
    assert {"DEMOLITION", "CONSTRUCTION", "DEMOLITION_ID_FIELD"}.isdisjoint(optional)
    time_limit = algorithm.parameterDefinition("TIME_LIMIT")
    assert time_limit.defaultValue() == 60.0 and time_limit.minimum() == 1.0
    mip_gap = algorithm.parameterDefinition("MIP_GAP")
    assert mip_gap.defaultValue() == 1e-4 and mip_gap.minimum() == 0.0
    assert mip_gap.maximum() == 0.5
    assert algorithm.parameterDefinition("BUDGET").defaultValue() == 0.0


def test_alg_settings(qgis_app):
    algorithm = BalanceLandQuotaAlgorithm()
    assert algorithm.name() == "landquotalinkage"
    assert algorithm.groupId() == "land"
    assert algorithm.displayName() and algorithm.group()
    assert "城乡建设用地增减挂钩" in algorithm.shortHelpString() or algorithm.shortHelpString()


@pytest.fixture
def english_and_chinese(urflow_provider, layers, monkeypatch):  # noqa: F811
    results = {}
    for language in ("en", "zh"):
        monkeypatch.setattr(balance_land_quota, "output_language", lambda lang=language: lang)
        results[language] = run(parameters(layers()))
    return results


def test_codes_beside_labels(english_and_chinese):
    result = english_and_chinese["en"]
    assert set(result) == RESULT_KEYS
    construction = by_id(result["OUTPUT_CONSTRUCTION"], "cid")
    assert construction["C3"]["excluded_code"] == "permanent_farmland"
    assert construction["C3"]["state"] == "excluded"
    assert construction["C3"]["state_label"] == CONSTRUCTION_STATES.label("excluded", "en")
    assert (
        construction["C1"]["excluded_code"] is None
        or str(construction["C1"]["excluded_code"]) == "NULL"
    )
    assert {f["group_code"] for f in construction.values()} == {"county"}
    demolition = by_id(result["OUTPUT_DEMOLITION"], "did")
    assert demolition["D1"]["state_label"] == DEMOLITION_STATES.label("selected", "en")
    rules = [f for f in result["OUTPUT_BALANCE"].getFeatures() if f["kind"] == "rule"]
    assert rules and all(f["passed"] == 1 for f in rules if f["required"] == 1)
    assert {f["result"] for f in rules if f["passed"] == 1} == {"pass"}
    pairs = list(result["OUTPUT_PAIRS"].getFeatures())
    assert pairs and {p["group_code"] for p in pairs} == {"county"}


def test_same_results_and_codes_in_english_and_chinese(english_and_chinese):
    en, zh = english_and_chinese["en"], english_and_chinese["zh"]
    assert set(en) == set(zh) == RESULT_KEYS
    for key in RESULT_KEYS - {"SOLVE_SECONDS"} - {k for k in RESULT_KEYS if k.startswith("OUTPUT")}:
        assert en[key] == zh[key], key

    def codes(layer, fields):
        return sorted(tuple(str(f[name]) for name in fields) for f in layer.getFeatures())

    balance = ("group_code", "kind", "item", "passed", "required")
    assert codes(en["OUTPUT_BALANCE"], balance) == codes(zh["OUTPUT_BALANCE"], balance)
    parcel = ("cid", "state", "excluded_code", "group_code", "selected")
    assert codes(en["OUTPUT_CONSTRUCTION"], parcel) == codes(zh["OUTPUT_CONSTRUCTION"], parcel)
    zh_construction = by_id(zh["OUTPUT_CONSTRUCTION"], "cid")
    assert zh_construction["C3"]["state_label"] == "管控线排除"
    assert zh_construction["C3"]["excluded_reason"] == "占用永久基本农田 1000.00 m²"
    assert {f["group"] for f in zh["OUTPUT_BALANCE"].getFeatures()} == {"全县", "合计"}
    assert {f["result"] for f in zh["OUTPUT_BALANCE"].getFeatures() if f["passed"] == 1} == {"通过"}

"""urflow:hollowvillages → urflow:landquotalinkage on the sample county, through qgis_process."""

import collections

from qgis.core import QgsVectorLayer

PRIORITY_WEIGHT = 300.0  # 万元 per unit of hollow score, as in the demo


def test_qgis_process_chain_on_sample_county(qgis_process_json, sample_gpkg, tmp_path):
    layer = f"{sample_gpkg}|layername="
    qgis_process_json(
        "urflow:hollowvillages",
        {
            "VILLAGES": layer + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "REGISTERED_POP_FIELD": "registered_pop",
            "RESIDENT_POP_FIELD": "resident_pop",
            "ELDERLY_POP_FIELD": "pop_60plus",
            "OUTMIGRANT_FIELD": "outmigrant_workers",
            "HOMESTEADS_FIELD": "homesteads",
            "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
            "SETTLEMENTS": layer + "settlements",
            "OUTPUT": tmp_path / "hollow.gpkg",
            "WEIGHTS_TABLE": tmp_path / "weights.csv",
        },
    )
    linkage = {
        "DEMOLITION": layer + "settlements",
        "DEMOLITION_ID_FIELD": "settle_id",
        "KAPPA_FIELD": "kappa",
        "DEMOLITION_GRADE_FIELD": "reclaim_grade",
        "COST_FIELD": "cost_10k",
        "PROTECTED_FIELD": "protected",
        "PRIORITY_LAYER": tmp_path / "hollow.gpkg",
        "PRIORITY_WEIGHT": PRIORITY_WEIGHT,
        "CONSTRUCTION": layer + "construction_candidates",
        "CONSTRUCTION_ID_FIELD": "cand_id",
        "VALUE_FIELD": "value_10k",
        "MANDATORY_FIELD": "mandatory",
        "CONSTRUCTION_TYPE_FIELD": "cand_type",
        "CULTIVATED": layer + "cultivated",
        "CULTIVATED_GRADE_FIELD": "grade",
        "PERMANENT_FARMLAND": layer + "permanent_farmland",
        "ECO_REDLINE": layer + "eco_redline",
        "URBAN_BOUNDARY": layer + "urban_boundary",
        "GROUP_FIELD": "project_area",
        "MAX_PAIR_DISTANCE": 8000,
        "DISTANCE_WEIGHT": 1.0,
        "OUTPUT_DEMOLITION": tmp_path / "demolition.gpkg",
        "OUTPUT_CONSTRUCTION": tmp_path / "construction.gpkg",
        "OUTPUT_PAIRS": tmp_path / "pairs.gpkg",
        "OUTPUT_BALANCE": tmp_path / "balance.csv",
    }
    result = qgis_process_json("urflow:landquotalinkage", linkage)["results"]
    assert result["STATUS"] == "optimal"
    assert result["ALL_RULES_PASSED"] is True

    construction = {
        f["cand_id"]: f
        for f in QgsVectorLayer(str(tmp_path / "construction.gpkg"), "c", "ogr").getFeatures()
    }
    # the four deliberately bad candidates are excluded, with the line that excludes them
    for cand, field in (
        ("JX042", "pbf_overlap_m2"),
        ("JX043", "pbf_overlap_m2"),
        ("JX044", "redline_overlap_m2"),
        ("JX045", "outside_ugb_m2"),
    ):
        assert construction[cand]["excluded"] == 1 and construction[cand][field] > 0, cand
        assert construction[cand]["selected"] == 0
        assert construction[cand]["excluded_reason"]
    assert not [c for c, f in construction.items() if f["selected"] and f["excluded"]]
    for mandatory in ("JX001", "JX006", "JX010"):
        assert construction[mandatory]["selected"] == 1

    # 拆旧 leans to hollow hill villages: compared with all candidates, far more hill parcels
    # and a higher hollow score among the selected ones
    hollow = {
        f["village_id"]: (f["terrain"], f["hollow_score"])
        for f in QgsVectorLayer(str(tmp_path / "hollow.gpkg"), "h", "ogr").getFeatures()
    }
    demolition = list(QgsVectorLayer(str(tmp_path / "demolition.gpkg"), "d", "ogr").getFeatures())
    selected = [f for f in demolition if f["selected"] == 1]
    assert not [f for f in selected if f["protected"] == 1]

    def hill_share(rows):
        terrain = collections.Counter(hollow[f["village_id"]][0] for f in rows)
        return terrain["hill"] / len(rows)

    def mean_score(rows):
        return sum(hollow[f["village_id"]][1] for f in rows) / len(rows)

    assert hill_share(selected) > 1.5 * hill_share(demolition)
    assert mean_score(selected) > mean_score(demolition)
    # … and that is the priority's doing: the same run without it selects far less hollow
    # parcels (on the sample: mean score 0.45 with the priority, 0.28 without, 0.37 for all)
    unweighted = dict(linkage, PRIORITY_WEIGHT=0.0)
    for key in ("OUTPUT_DEMOLITION", "OUTPUT_CONSTRUCTION", "OUTPUT_PAIRS", "OUTPUT_BALANCE"):
        unweighted[key] = tmp_path / f"unweighted_{linkage[key].name}"
    assert (
        qgis_process_json("urflow:landquotalinkage", unweighted)["results"]["STATUS"] == "optimal"
    )
    without = [
        f
        for f in QgsVectorLayer(str(unweighted["OUTPUT_DEMOLITION"]), "u", "ogr").getFeatures()
        if f["selected"] == 1
    ]
    assert mean_score(selected) > mean_score(without) + 0.1
    assert hill_share(selected) > 1.5 * hill_share(without)

    # every project area balances: one pass row per rule and area
    balance = QgsVectorLayer(str(tmp_path / "balance.csv"), "b", "ogr")
    rules = [f for f in balance.getFeatures() if f["kind"] == "rule"]
    areas = {f["group"] for f in rules}
    assert areas >= {"PA01", "PA02", "PA03", "PA04"}
    assert {f["result"] for f in rules} <= {"pass", "通过"}
    figures = {
        (f["group"], f["item"]): float(f["value"])
        for f in balance.getFeatures()
        if f["kind"] == "figure"
    }
    for area in ("PA01", "PA02", "PA03", "PA04"):
        assert figures[(area, "construction_ha")] < figures[(area, "demolition_ha")]
        assert figures[(area, "net_cultivated_ha")] >= 0
    total = sum(figures[(a, "surplus_ha")] for a in ("PA01", "PA02", "PA03", "PA04"))
    assert abs(total - result["SURPLUS_HA"]) < 1e-6

    # … and the planning report of the chain, headless too
    report = qgis_process_json(
        "urflow:planningreport",
        {
            "HOLLOW_VILLAGES": tmp_path / "hollow.gpkg",
            "LINKAGE_BALANCE": tmp_path / "balance.csv",
            "LINKAGE_DEMOLITION": tmp_path / "demolition.gpkg",
            "LINKAGE_CONSTRUCTION": tmp_path / "construction.gpkg",
            "LINKAGE_PAIRS": tmp_path / "pairs.gpkg",
            "OUTPUT": tmp_path / "report.html",
        },
    )["results"]
    assert report["SECTIONS"] == 2 and report["MAPS"] >= 2
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "PA04" in html and "城关镇" in html and 'src="data:image/png;base64,' in html

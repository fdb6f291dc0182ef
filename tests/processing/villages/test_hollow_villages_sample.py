"""urflow:hollowvillages headless through qgis_process on the sample county."""

from statistics import mean

from qgis.core import QgsVectorLayer


def test_qgis_process_on_sample_county(qgis_process_json, sample_gpkg, tmp_path):
    layer = f"{sample_gpkg}|layername="
    result = qgis_process_json(
        "urflow:hollowvillages",
        {
            "VILLAGES": layer + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "VILLAGE_NAME_FIELD": "village_name",
            "REGISTERED_POP_FIELD": "registered_pop",
            "RESIDENT_POP_FIELD": "resident_pop",
            "ELDERLY_POP_FIELD": "pop_60plus",
            "OUTMIGRANT_FIELD": "outmigrant_workers",
            "WORKING_AGE_FIELD": "working_age_pop",
            "HOMESTEADS_FIELD": "homesteads",
            "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
            "SETTLEMENTS": layer + "settlements",
            "NIGHT_LIGHT": sample_gpkg.parent / "night_light.tif",
            "OUTPUT": tmp_path / "hollow.gpkg",
            "WEIGHTS_TABLE": tmp_path / "weights.csv",
        },
    )["results"]
    assert result["INDICATORS"] == ["P1", "P2", "P3", "L1", "L2", "A1"]
    assert abs(sum(result["WEIGHTS"].values()) - 1) < 1e-9
    villages = QgsVectorLayer(str(tmp_path / "hollow.gpkg"), "out", "ogr")
    assert sum(result["LEVEL_COUNTS"].values()) == villages.featureCount()
    assert len(result["BREAKS"]) == 4
    scores = {}
    for feature in villages.getFeatures():
        if feature["hollow_score"] is not None:
            scores.setdefault(feature["terrain"], []).append(feature["hollow_score"])
    # The county's story: hill villages hollow more than plain and county-seat villages.
    assert mean(scores["hill"]) > mean(scores["plain"]) > mean(scores["seat_fringe"])
    hill_severe = sum(
        1 for f in villages.getFeatures() if f["terrain"] == "hill" and f["hollow_level"] == 3
    )
    plain_severe = sum(
        1 for f in villages.getFeatures() if f["terrain"] == "plain" and f["hollow_level"] == 3
    )
    assert hill_severe > plain_severe
    # … but gradually, not along the hill townships' border: every hill township has villages
    # that are not severe, and severe villages lie in plain townships too
    not_severe_hill_towns = {
        f["town_name"]
        for f in villages.getFeatures()
        if f["terrain"] == "hill" and f["hollow_level"] != 3
    }
    assert not_severe_hill_towns == {"石门镇", "云岭乡", "杉坑乡"}
    severe_plain_towns = {
        f["town_name"]
        for f in villages.getFeatures()
        if f["terrain"] == "plain" and f["hollow_level"] == 3
    }
    assert len(severe_plain_towns) >= 2

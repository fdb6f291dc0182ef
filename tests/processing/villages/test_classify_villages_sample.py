"""urflow:villageclassification headless through qgis_process on the sample county: the classes
a planner expects (county-seat fringe villages 城郊融合, hill villages in the hazard zones
搬迁撤并, the traditional village in a hazard zone 特色保护 with the conflict listed)."""

from collections import Counter

from qgis.core import QgsVectorLayer

HAZARD_VILLAGES = ("349901105204", "349901105210")  # hill villages under landslide zones
HAZARD_HERITAGE = "349901201204"  # the most hollow traditional village, in a hazard zone


def test_qgis_process_on_sample_county(qgis_process_json, sample_gpkg, tmp_path):
    layer = f"{sample_gpkg}|layername="
    hollow = qgis_process_json(
        "urflow:hollowvillages",
        {
            "VILLAGES": layer + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "REGISTERED_POP_FIELD": "registered_pop",
            "RESIDENT_POP_FIELD": "resident_pop",
            "ELDERLY_POP_FIELD": "pop_60plus",
            "OUTMIGRANT_FIELD": "outmigrant_workers",
            "WORKING_AGE_FIELD": "working_age_pop",
            "HOUSEHOLDS_FIELD": "households",
            "HOMESTEADS_FIELD": "homesteads",
            "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
            "MULTI_HOMESTEAD_FIELD": "multi_homestead_hh",
            "OVER_STANDARD_FIELD": "over_standard_hh",
            "SETTLEMENT_AREA_FIELD": "settlement_area_m2",
            "OUTPUT": tmp_path / "hollow.gpkg",
            "WEIGHTS_TABLE": tmp_path / "weights.csv",
        },
    )
    assert hollow["results"]["VILLAGE_COUNT"] == 150
    result = qgis_process_json(
        "urflow:villageclassification",
        {
            "VILLAGES": layer + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "VILLAGE_NAME_FIELD": "village_name",
            "ZONE_FIELD": "town_name",
            "POPULATION_FIELD": "resident_pop",
            "SETTLEMENT_AREA_FIELD": "settlement_area_m2",
            "HERITAGE_FIELD": "is_traditional",
            "URBAN_BOUNDARY": layer + "urban_boundary",
            "BUILT_UP": layer + "town_areas",
            "ECO_REDLINE": layer + "eco_redline",
            "HAZARD": layer + "hazard_zones",
            "PERMANENT_FARMLAND": layer + "permanent_farmland",
            "TOWNS": layer + "flow_nodes|subset=\"level\" IN ('county_seat','town_seat')",
            "TOWN_ID_FIELD": "node_id",
            "NETWORK": layer + "roads",
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "SNAP_TOLERANCE": 2500,
            "HOLLOW": tmp_path / "hollow.gpkg",
            "POTENTIAL_FIELDS": "resident_pop, collective_income_10k, town_cost, hollow_score",
            "POTENTIAL_DIRECTIONS": "+, +, -, -",
            "OUTPUT": tmp_path / "classes.gpkg",
            "OUTPUT_SUMMARY": tmp_path / "summary.csv",
        },
    )["results"]
    counts = result["CLASS_COUNTS"]
    assert set(counts) == {"0", "1", "2", "3", "4"}
    assert sum(counts.values()) == 150
    assert counts["3"] == 4  # the four traditional villages
    villages = {
        f["village_id"]: f
        for f in QgsVectorLayer(str(tmp_path / "classes.gpkg"), "out", "ogr").getFeatures()
    }
    by_terrain = Counter((f["terrain"], f["class_code"]) for f in villages.values())
    fringe = sum(n for (terrain, _), n in by_terrain.items() if terrain == "seat_fringe")
    assert by_terrain[("seat_fringe", 2)] > fringe / 2  # most seat-fringe villages: 城郊融合
    assert by_terrain[("plain", 4)] == 0  # no plain village relocated
    for vid in HAZARD_VILLAGES:
        assert villages[vid]["class_code"] == 4 and villages[vid]["rule_order"] == 20
        assert villages[vid]["hazard_share"] >= 0.5
    heritage = villages[HAZARD_HERITAGE]
    assert heritage["class_code"] == 3 and heritage["rule_order"] == 10
    assert "20" in heritage["also_matched"].split(",")
    assert result["CONFLICTS"] >= 1
    assert all(f["town_cost"] is not None for f in villages.values() if f["terrain"] != "hill")

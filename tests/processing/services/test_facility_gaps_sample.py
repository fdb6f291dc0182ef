"""urflow:facilitygaps on the sample county: headless, against QGIS's own shortest paths."""

import processing
from qgis.core import QgsFeature, QgsVectorLayer

REMOTE_VILLAGE = "349901105201"  # 800 m from the nearest road (a documented quirk)


def test_network_distances_agree_with_qgis_native(urflow_provider, sample_gpkg, qgis_processing):
    villages = QgsVectorLayer(f"{sample_gpkg}|layername=village_points", "v", "ogr")
    roads = QgsVectorLayer(f"{sample_gpkg}|layername=roads", "r", "ogr")
    hub = next(f for f in villages.getFeatures() if f["village_id"] == "349901104201")
    facility = QgsVectorLayer("Point?crs=EPSG:4548&field=fid_:string", "f", "memory")
    feature = QgsFeature(facility.fields())
    feature.setGeometry(hub.geometry())
    feature.setAttributes(["hub"])
    facility.dataProvider().addFeatures([feature])

    ours = processing.run(
        "urflow:facilitygaps",
        {
            "DEMAND": villages,
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "resident_pop",
            "FACILITIES": facility,
            "FACILITY_ID_FIELD": "fid_",
            "NETWORK": roads,
            "TRAVEL_MODE": 0,
            "COST_UNIT": 1,
            "THRESHOLD": 100000,
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_FACILITIES": "memory:",
        },
    )["OUTPUT_DEMAND"]
    start = hub.geometry().asPoint()
    native = processing.run(
        "native:shortestpathpointtolayer",
        {
            "INPUT": roads,
            "STRATEGY": 0,
            "START_POINT": f"{start.x()},{start.y()} [EPSG:4548]",
            "END_POINTS": villages,
            "TOLERANCE": 0,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    native_cost = {
        f["village_id"]: f["cost"] for f in native.getFeatures() if isinstance(f["cost"], float)
    }  # NULL: QGIS found no path
    compared = 0
    for row in ours.getFeatures():
        village = row["village_id"]
        if village == REMOTE_VILLAGE or village not in native_cost:
            continue
        expected = native_cost[village]
        assert row["nearest_cost"] is not None and str(row["nearest_cost"]) != "NULL", (
            village,
            expected,
        )
        assert abs(row["nearest_cost"] - expected) <= 1e-3 * max(expected, 1.0), village
        compared += 1
    assert compared >= 100


def test_qgis_process_on_sample_county(qgis_process_json, sample_gpkg, tmp_path):
    layer = f"{sample_gpkg}|layername="
    result = qgis_process_json(
        "urflow:facilitygaps",
        {
            "DEMAND": layer + "village_points",
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop_60plus",
            "FACILITIES": layer + "elderly_homes",
            "FACILITY_ID_FIELD": "fac_id",
            "CAPACITY_FIELD": "beds",
            "NETWORK": layer + "roads",
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "STANDARD": "rural_nursing_home",
            "ZONES": layer + "townships",
            "ZONE_NAME_FIELD": "town_name",
            "OUTPUT_DEMAND": tmp_path / "demand.gpkg",
            "OUTPUT_FACILITIES": tmp_path / "homes.gpkg",
            "OUTPUT_ZONES": tmp_path / "zones.gpkg",
        },
    )["results"]
    assert 0 < result["COVERAGE_RATE"] <= 1
    assert result["TOTAL_DEFICIT"] > 0  # beds are short of 40 per 1000 elderly in the hills
    assert 0 <= result["GINI"] <= 1
    demand = QgsVectorLayer(str(tmp_path / "demand.gpkg"), "d", "ogr")
    terrain = {
        f["village_id"]: f["terrain"]
        for f in QgsVectorLayer(f"{sample_gpkg}|layername=villages", "v", "ogr").getFeatures()
    }
    short = {"hill": [], "plain": []}
    for row in demand.getFeatures():
        if terrain[row["village_id"]] in short:
            short[terrain[row["village_id"]]].append(row["gap_class"] < 2)
    # hill villages are worse served than plain ones
    assert sum(short["hill"]) / len(short["hill"]) > sum(short["plain"]) / len(short["plain"])
    zones = QgsVectorLayer(str(tmp_path / "zones.gpkg"), "z", "ogr")
    assert zones.featureCount() == 9

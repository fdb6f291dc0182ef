"""urflow:facilitysiting on the sample county: new primary schools close the hill townships'
blind spots that urflow:facilitygaps finds (rural_primary_school: 30 min walk over roads)."""

import shutil
from pathlib import Path

import processing
import pytest
from qgis.core import QgsFeature, QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

HILL_TOWNS = ("349901105", "349901200", "349901201")  # 石门镇, 云岭乡, 杉坑乡
SUBSET = "\"town_code\" IN ('{}')".format("','".join(HILL_TOWNS))


def hill_candidates(sample_gpkg):
    """Existing primary schools and teaching points of the county, and every hill village as a
    candidate site, in one point layer (site_id, existing)."""
    schools = QgsVectorLayer(f"{sample_gpkg}|layername=schools", "s", "ogr")
    villages = QgsVectorLayer(f"{sample_gpkg}|layername=village_points", "v", "ogr")
    villages.setSubsetString(SUBSET)
    layer = QgsVectorLayer("Point?crs=EPSG:4548", "candidates", "memory")
    layer.dataProvider().addAttributes(
        [QgsField("site_id", QVariant.String), QgsField("existing", QVariant.Int)]
    )
    layer.updateFields()
    features = []
    for source, id_field, existing in ((schools, "fac_id", 1), (villages, "village_id", 0)):
        for f in source.getFeatures():
            if existing and f["school_type"] not in ("primary", "teaching_point"):
                continue
            out = QgsFeature(layer.fields())
            out.setGeometry(f.geometry())
            out.setAttributes([f[id_field], existing])
            features.append(out)
    layer.dataProvider().addFeatures(features)
    return layer, villages


def network(roads):
    return {
        "NETWORK": roads,
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "DIRECTION_FIELD": "direction",
        "STANDARD": "rural_primary_school",
    }


@pytest.fixture
def runs(urflow_provider, qgis_processing, sample_gpkg, tmp_path):
    # a copy: OGR writes to a GeoPackage it opens with a subset string
    sample_gpkg = Path(shutil.copy(sample_gpkg, tmp_path / "sample_county.gpkg"))
    # opened before the subset-string layers: on QGIS 3.22 a GeoPackage layer opened after
    # another layer of the same file got a subset string comes without its CRS
    roads = QgsVectorLayer(f"{sample_gpkg}|layername=roads", "roads", "ogr")
    assert roads.isValid() and roads.crs().authid() == "EPSG:4548"
    candidates, villages = hill_candidates(sample_gpkg)
    existing = processing.run(
        "native:extractbyattribute",
        {"INPUT": candidates, "FIELD": "existing", "OPERATOR": 0, "VALUE": 1, "OUTPUT": "memory:"},
    )["OUTPUT"]
    gaps = processing.run(
        "urflow:facilitygaps",
        {
            "DEMAND": villages,
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop_6_11",
            "FACILITIES": existing,
            "FACILITY_ID_FIELD": "site_id",
            **network(roads),
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_FACILITIES": "memory:",
        },
    )
    siting = processing.run(
        "urflow:facilitysiting",
        {
            "DEMAND": villages,
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop_6_11",
            "CANDIDATES": candidates,
            "CANDIDATE_ID_FIELD": "site_id",
            "EXISTING_FIELD": "existing",
            **network(roads),
            "MODEL": 0,
            "CURVE_MAX": 4,
            "OUTPUT_SITES": "memory:",
            "OUTPUT_DEMAND": "memory:",
            "OUTPUT_LINES": "memory:",
            "OUTPUT_CURVE": "memory:",
        },
    )
    return gaps, siting


def test_new_schools_close_the_hill_blind_spots(runs):
    gaps, siting = runs
    blind = {f["village_id"] for f in gaps["OUTPUT_DEMAND"].getFeatures() if f["covered"] == 0}
    assert blind, "the sample's hill townships have primary-school blind spots"
    assert siting["STATUS"] == "optimal" and siting["VIOLATIONS"] == []
    assert siting["OBJECTIVE"] == len(siting["NEW_IDS"]) >= 1
    after = {f["village_id"]: f for f in siting["OUTPUT_DEMAND"].getFeatures()}
    uncoverable = siting["UNCOVERABLE"]
    still_blind = [v for v in blind if after[v]["covered"] == 0]
    assert len(still_blind) == uncoverable  # every coverable blind spot is closed
    assert siting["COVERAGE_RATE"] > gaps["COVERAGE_RATE"]
    curve = {f["k"]: f for f in siting["OUTPUT_CURVE"].getFeatures()}
    assert curve[0]["coverage_rate"] == pytest.approx(gaps["COVERAGE_RATE"])
    rates = [curve[k]["coverage_rate"] for k in sorted(curve)]
    assert rates == sorted(rates)

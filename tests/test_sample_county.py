"""The bundled sample county has every layer and field the algorithms name, in EPSG:4548,
with valid geometries, labelled fictitious, and internally consistent."""

import sqlite3
from collections import Counter, defaultdict

import pytest
from qgis.core import QgsFeatureRequest, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

LAYERS = {
    "county": ("Polygon", ["county_code", "county_name", "county_name_en", "note"]),
    "townships": ("Polygon", ["town_code", "town_name", "town_name_en", "town_type", "terrain"]),
    "villages": (
        "Polygon",
        [
            "village_id",
            "village_name",
            "village_name_en",
            "town_code",
            "town_name",
            "terrain",
            "registered_pop",
            "resident_pop",
            "pop_60plus",
            "pop_65plus",
            "pop_3_5",
            "pop_6_11",
            "working_age_pop",
            "outmigrant_workers",
            "households",
            "homesteads",
            "idle_homesteads",
            "multi_homestead_hh",
            "over_standard_hh",
            "settlement_area_m2",
            "collective_income_10k",
            "is_traditional",
            "homestead_survey",
        ],
    ),
    "village_points": (
        "Point",
        [
            "village_id",
            "village_name",
            "town_code",
            "resident_pop",
            "pop_60plus",
            "pop_3_5",
            "pop_6_11",
        ],
    ),
    "settlements": (
        "Polygon",
        [
            "settle_id",
            "village_id",
            "dlbm",
            "dlmc",
            "czcsxm",
            "tbmj",
            "slope_class",
            "kappa",
            "reclaim_grade",
            "cost_10k",
            "project_area",
            "protected",
        ],
    ),
    "homesteads": (
        "Polygon",
        [
            "parcel_id",
            "village_id",
            "settle_id",
            "household_id",
            "area_m2",
            "idle",
            "over_standard",
        ],
    ),
    "buildings": (
        "Polygon",
        ["bldg_id", "village_id", "parcel_id", "floors", "vacant", "collapsed"],
    ),
    "town_areas": ("Polygon", ["area_id", "town_code", "czcsxm"]),
    "roads": (
        "LineString",
        ["road_id", "road_code", "road_class", "class_zh", "speed_kmh", "direction"],
    ),
    "schools": ("Point", ["fac_id", "name", "school_type", "seats", "pupils", "town_code"]),
    "kindergartens": ("Point", ["fac_id", "name", "places", "children", "town_code"]),
    "clinics": ("Point", ["fac_id", "name", "doctors", "village_id", "town_code"]),
    "health_centres": ("Point", ["fac_id", "name", "level", "beds", "doctors", "town_code"]),
    "elderly_homes": ("Point", ["fac_id", "name", "home_type", "beds", "town_code"]),
    "cultivated": ("Polygon", ["parcel_id", "village_id", "dlbm", "dlmc", "grade", "area_m2"]),
    "permanent_farmland": ("Polygon", ["pbf_id", "area_m2"]),
    "eco_redline": ("Polygon", ["redline_id", "name", "kind"]),
    "urban_boundary": ("Polygon", ["ugb_id", "town_code", "name"]),
    "construction_candidates": (
        "Polygon",
        ["cand_id", "name", "cand_type", "mandatory", "value_10k", "project_area", "town_code"],
    ),
    "hazard_zones": ("Polygon", ["hazard_id", "hazard_type", "name", "village_id"]),
    "natural_villages": (
        "Point",
        ["nv_id", "nv_name", "village_id", "town_code", "resident_pop", "settlement_area_m2"]
        + ["kappa", "is_seat"],
    ),
}


def layer(gpkg, name):
    vector = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert vector.isValid(), name
    return vector


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_layer_fields_crs_and_geometries(qgis_app, sample_gpkg, name):
    geometry, fields = LAYERS[name]
    vector = layer(sample_gpkg, name)
    assert vector.crs().authid() == "EPSG:4548"
    assert QgsWkbTypes.displayString(QgsWkbTypes.flatType(vector.wkbType())) == geometry
    assert set(fields) <= set(vector.fields().names())
    assert vector.featureCount() > 0
    invalid = [f.id() for f in vector.getFeatures() if not f.geometry().isGeosValid()]
    assert invalid == []


def test_every_layer_says_fictitious(sample_gpkg):
    with sqlite3.connect(str(sample_gpkg)) as db:
        rows = dict(db.execute("select table_name, description from gpkg_contents"))
    for name in list(LAYERS) + ["migration_od"]:
        assert "fictitious" in (rows.get(name) or "").lower(), name


def test_structure_the_analyses_rely_on(qgis_app, sample_gpkg):
    villages = list(layer(sample_gpkg, "villages").getFeatures())
    assert 120 <= len(villages) <= 180
    assert len({v["village_id"] for v in villages}) == len(villages)
    assert {v["terrain"] for v in villages} == {"seat_fringe", "plain", "hill"}
    area = defaultdict(float)
    for patch in layer(sample_gpkg, "settlements").getFeatures():
        area[patch["village_id"]] += patch.geometry().area()
    for village in villages:
        assert village["settlement_area_m2"] == pytest.approx(area[village["village_id"]], rel=1e-6)
    surveyed = {v["village_id"]: v for v in villages if v["homestead_survey"] == 1}
    assert surveyed
    parcels = list(layer(sample_gpkg, "homesteads").getFeatures())
    counts = Counter(p["village_id"] for p in parcels)
    idle = Counter(p["village_id"] for p in parcels if p["idle"] == 1)
    for village_id, village in surveyed.items():
        assert village["homesteads"] == counts[village_id]
        assert village["idle_homesteads"] == idle[village_id]
    od = layer(sample_gpkg, "migration_od")
    workers = defaultdict(int)
    for row in od.getFeatures():
        workers[row["origin_village_id"]] += row["workers"]
    for village in villages:
        assert workers[village["village_id"]] == village["outmigrant_workers"]
    night = QgsRasterLayer(str(sample_gpkg.parent / "night_light.tif"), "light")
    assert night.isValid() and night.crs().authid() == "EPSG:4548"


def test_hollowing_changes_gradually_not_at_the_hill_townships_border(qgis_app, sample_gpkg):
    villages = list(layer(sample_gpkg, "villages").getFeatures())
    p1 = {v["village_id"]: 1 - v["resident_pop"] / v["registered_pop"] for v in villages}
    by_town = defaultdict(list)
    for v in villages:
        if v["terrain"] != "seat_fringe":
            by_town[(v["town_name"], v["terrain"] == "hill")].append(p1[v["village_id"]])
    hill = {t: ps for (t, is_hill), ps in by_town.items() if is_hill}
    plain = {t: ps for (t, is_hill), ps in by_town.items() if not is_hill}
    assert len(hill) == 3
    # mixed within the hill townships: valley / near-seat villages and remote hollow ones
    for town, ps in hill.items():
        assert min(ps) < 0.30 and max(ps) > 0.45, town
    # plain villages at the hill edge or far from a seat are as hollow as hill villages
    assert sum(max(ps) > 0.45 for ps in plain.values()) >= 2
    # no step at the border: township medians overlap within 0.1
    median = {t: sorted(ps)[len(ps) // 2] for t, ps in by_town.items()}
    assert min(median[(t, True)] for t in hill) - max(median[(t, False)] for t in plain) < 0.1
    # README quirk: the protected traditional village 青坞村 is the most hollow of the county
    most = max(p1, key=p1.get)
    assert most == "349901201204" and p1[most] == pytest.approx(0.68, abs=0.005)
    assert next(v for v in villages if v["village_id"] == most)["is_traditional"] == 1


def test_demo_protects_the_sample_traditional_villages(qgis_app, sample_gpkg):
    """scripts/demo.py subsets the 三调 拆旧 candidates by these ids (DLTB has no such flag)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "demo.py"
    spec = importlib.util.spec_from_file_location("urflow_demo_script", path)
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    traditional = {
        v["village_id"] for v in layer(sample_gpkg, "villages").getFeatures() if v["is_traditional"]
    }
    assert set(demo.TRADITIONAL) == traditional and len(traditional) == 4


def test_candidates_include_the_deliberate_conflicts(qgis_app, sample_gpkg):
    def overlapping(a, b):
        others = [f.geometry() for f in layer(sample_gpkg, b).getFeatures()]
        return {
            f["cand_id"]
            for f in layer(sample_gpkg, a).getFeatures()
            if any(f.geometry().intersection(o).area() > 1 for o in others)
        }

    assert len(overlapping("construction_candidates", "permanent_farmland")) >= 2
    assert len(overlapping("construction_candidates", "eco_redline")) >= 1
    request = QgsFeatureRequest().setFilterExpression("cand_type = 'urban'")
    boundary = [f.geometry() for f in layer(sample_gpkg, "urban_boundary").getFeatures()]
    outside = [
        f["cand_id"]
        for f in layer(sample_gpkg, "construction_candidates").getFeatures(request)
        if not any(b.contains(f.geometry()) for b in boundary)
    ]
    assert outside


DLTB_FIELDS = ["BSM", "DLBM", "DLMC", "QSDWDM", "ZLDWDM", "ZLDWMC", "CZCSXM", "TBMJ", "TBDLMJ"]
DLTB_FIELDS += ["KCXS", "KCMJ", "GDDB", "GDPDJB"]


def test_dltb_is_a_survey_layer_with_the_quirks_of_real_deliveries(qgis_app, sample_gpkg):
    """DLTB (三调图斑) is derived from settlements, cultivated land, town areas and the red
    line; unlike the other layers it holds one self-intersecting polygon on purpose."""
    dltb = layer(sample_gpkg, "DLTB")
    assert dltb.crs().authid() == "EPSG:4548"
    assert set(DLTB_FIELDS) <= set(dltb.fields().names())
    with sqlite3.connect(str(sample_gpkg)) as db:
        (description,) = db.execute(
            "select description from gpkg_contents where table_name = 'DLTB'"
        ).fetchone()
    assert "fictitious" in description.lower()
    parcels = list(dltb.getFeatures())
    assert len({p["BSM"] for p in parcels}) == len(parcels)
    invalid = [p for p in parcels if not p.geometry().isGeosValid()]
    assert [(p["DLBM"], p["CZCSXM"] or None) for p in invalid] == [("0101", None)]
    assert [p["CZCSXM"] for p in parcels].count("203a") == 1
    slivers = [p for p in parcels if p.geometry().area() < 1]
    assert len(slivers) == 1 and slivers[0]["DLBM"] == "0702"
    village = [p for p in parcels if p["CZCSXM"] in ("203", "203a", "203A")]
    settlements = sum(f.geometry().area() for f in layer(sample_gpkg, "settlements").getFeatures())
    assert sum(p.geometry().area() for p in village) == pytest.approx(settlements, abs=1.0)
    cultivated = [p for p in parcels if p["DLBM"] in ("0101", "0102", "0103")]
    assert len(cultivated) == layer(sample_gpkg, "cultivated").featureCount()
    assert all(1 <= p["GDDB"] <= 15 for p in cultivated)
    for p in parcels:  # TBMJ is ellipsoidal: close to, not equal to, the planar area
        assert p["TBDLMJ"] == pytest.approx(p["TBMJ"] - p["KCMJ"], abs=0.011)
        if p.geometry().isGeosValid() and p.geometry().area() > 1000:
            assert p["TBMJ"] == pytest.approx(p.geometry().area(), rel=2e-3)


def test_natural_villages_lie_in_their_village_and_add_up(qgis_app, sample_gpkg):
    villages = {f["village_id"]: f for f in layer(sample_gpkg, "villages").getFeatures()}
    patches = {f["settle_id"]: f for f in layer(sample_gpkg, "settlements").getFeatures()}
    population = defaultdict(int)
    seats = Counter()
    for f in layer(sample_gpkg, "natural_villages").getFeatures():
        village = villages[f["village_id"]]
        assert village.geometry().contains(f.geometry()), f["nv_id"]
        assert patches[f["nv_id"]].geometry().contains(f.geometry()), f["nv_id"]
        assert f["settlement_area_m2"] == pytest.approx(patches[f["nv_id"]].geometry().area())
        population[f["village_id"]] += f["resident_pop"]
        seats[f["village_id"]] += f["is_seat"]
    assert set(population) == set(villages) and set(seats.values()) == {1}
    assert all(population[k] == v["resident_pop"] for k, v in villages.items())

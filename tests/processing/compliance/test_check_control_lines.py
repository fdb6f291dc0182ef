"""urflow:controllinecheck through processing.run on hand-built squares with known overlaps.

Every overlap below is a rectangle whose area is exact in the planar CRS (EPSG:4548); the
ellipsoidal figures are checked against an independent geodesic area (pyproj's Geod on the
CGCS2000 ellipsoid), not against QGIS.
"""

import processing
import pytest
from qgis.core import QgsProcessingException

CRS = "EPSG:4548"
X0, Y0 = 600000.0, 3500000.0  # 100 km east of the central meridian: scale error shows


def rect(x, y, width, height):
    return f"POLYGON(({x} {y},{x + width} {y},{x + width} {y + height},{x} {y + height},{x} {y}))"


# P1 5 000 m² on farmland F1 (KCXS 0.2); P2 2 000 m² on the red line (industrial: the
# boundary does not apply); P3 urban, 4 000 m² outside the boundary; P4 urban inside it;
# P5 touches F2 by 0.1 m² (a sliver at MIN_AREA 0.5); P6 has no geometry.
PLANNED = [
    (rect(X0, Y0, 100, 100), "P1", "industrial"),
    (rect(X0 + 300, Y0, 100, 100), "P2", "industrial"),
    (rect(X0 + 600, Y0, 100, 100), "P3", " 城镇 "),
    (rect(X0 + 900, Y0 + 500, 100, 100), "P4", "URBAN"),
    (rect(X0 + 900, Y0, 100, 100), "P5", "industrial"),
    (None, "P6", "urban"),
]
FARMLAND = [
    (rect(X0 + 50, Y0, 100, 100), "F1", 0.2),
    (rect(X0 + 999.999, Y0, 100, 100), "F2", 0.1),
    (rect(X0, Y0 + 2000, 100, 100), "F3", 0.0),  # overlaps red line R2 by 30 × 10 m
]
REDLINE = [
    (rect(X0 + 380, Y0, 100, 100), "R1"),
    (rect(X0 + 70, Y0 + 2090, 100, 100), "R2"),
]
# the boundary holds P4 and the western 60 m of P3, and no farmland or red line
URBAN = [(rect(X0 + 590, Y0 - 10, 70, 120), "U1"), (rect(X0 + 880, Y0 + 480, 140, 140), "U2")]
TOWNS = [
    (rect(X0 - 100, Y0 - 100, 550, 3000), "西镇"),
    (rect(X0 + 450, Y0 - 100, 800, 3000), "东镇"),
]


@pytest.fixture
def layers(make_layer):
    return {
        "PLANNED": make_layer("Polygon", CRS, [("pid", str), ("kind", str)], PLANNED, "planned"),
        "PERMANENT_FARMLAND": make_layer(
            "Polygon", CRS, [("fid_", str), ("KCXS", float)], FARMLAND, "farmland"
        ),
        "ECO_REDLINE": make_layer("Polygon", CRS, [("rid", str)], REDLINE, "redline"),
        "URBAN_BOUNDARY": make_layer("Polygon", CRS, [("uid", str)], URBAN, "ugb"),
        "ZONES": make_layer("Polygon", CRS, [("name", str)], TOWNS, "towns"),
    }


def run(layers, feedback=None, **extra):
    parameters = {
        **layers,
        "PLANNED_ID_FIELD": "pid",
        "PLANNED_TYPE_FIELD": "kind",
        "KCXS_FIELD": "KCXS",
        "ZONE_NAME_FIELD": "name",
        "MIN_AREA": 0.5,
        "OUTPUT_CONFLICTS": "memory:",
        "OUTPUT_PLANNED": "memory:",
        "OUTPUT_SUMMARY": "memory:",
        **extra,
    }
    return processing.run("urflow:controllinecheck", parameters, feedback=feedback)


def rows(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


def test_planar_areas_kcxs_slivers_and_zones(urflow_provider, layers, feedback):
    result = run(layers, feedback)
    assert result["CONFLICT_COUNT"] == 3
    assert result["COMPLIANT_COUNT"] == 2  # P4, and P5 whose only overlap is a sliver
    assert result["UNCHECKED_COUNT"] == 1
    assert result["FARMLAND_HA"] == pytest.approx(0.5, abs=1e-9)
    assert result["FARMLAND_NET_HA"] == pytest.approx(0.4, abs=1e-9)
    assert result["REDLINE_HA"] == pytest.approx(0.2, abs=1e-9)
    assert result["OUTSIDE_URBAN_HA"] == pytest.approx(0.4, abs=1e-9)
    assert result["LINE_OVERLAP_HA"] == pytest.approx(0.03, abs=1e-9)
    assert result["SLIVER_COUNT"] == 1
    planned = rows(result["OUTPUT_PLANNED"], "pid")
    assert [planned[p]["conflict"] for p in ("P1", "P2", "P3", "P4", "P5")] == [1, 1, 1, 0, 0]
    assert [planned[p]["compliant"] for p in ("P1", "P4")] == [0, 1]
    assert planned["P6"]["conflict"] is None or str(planned["P6"]["conflict"]) == "NULL"
    assert planned["P1"]["farmland_ha"] == pytest.approx(0.5)
    assert planned["P1"]["farmland_net_ha"] == pytest.approx(0.4)
    assert planned["P2"]["redline_ha"] == pytest.approx(0.2)
    assert planned["P2"]["outside_urban_ha"] == 0  # industrial: the boundary does not apply
    assert planned["P3"]["outside_urban_ha"] == pytest.approx(0.4)
    assert planned["P3"]["conflict_lines"] == "outside_urban_boundary"
    assert planned["P5"]["farmland_ha"] == 0
    conflicts = list(result["OUTPUT_CONFLICTS"].getFeatures())
    by = {(f["planned_id"] if f["planned_id"] else None, f["line"]): f for f in conflicts}
    assert set(by) == {
        ("P1", "permanent_farmland"),
        ("P2", "eco_redline"),
        ("P3", "outside_urban_boundary"),
        (None, "farmland_x_redline"),
    }
    farm = by[("P1", "permanent_farmland")]
    assert (farm["area_m2"], farm["net_area_ha"], farm["zone"]) == (
        pytest.approx(5000.0),
        pytest.approx(0.4),
        "西镇",
    )
    assert by[("P2", "eco_redline")]["net_area_ha"] == pytest.approx(0.2)  # KCXS: farmland only
    assert by[("P3", "outside_urban_boundary")]["zone"] == "东镇"
    assert by[("P3", "outside_urban_boundary")].geometry().area() == pytest.approx(4000.0)
    summary = [f for f in result["OUTPUT_SUMMARY"].getFeatures()]
    totals = {f["line"]: f for f in summary if f["is_total"] == 1}
    assert totals["permanent_farmland"]["area_mu"] == pytest.approx(7.5)
    assert totals["permanent_farmland"]["features"] == 1
    assert totals["farmland_x_redline"]["area_ha"] == pytest.approx(0.03)
    per_zone = {(f["zone"], f["line"]) for f in summary if f["is_total"] == 0}
    assert per_zone == {
        ("西镇", "permanent_farmland"),
        ("西镇", "eco_redline"),
        ("东镇", "outside_urban_boundary"),
        ("西镇", "farmland_x_redline"),
    }
    assert "P6" in feedback.text()  # named as not checked


def test_ellipsoidal_areas_equal_an_independent_geodesic_area(urflow_provider, layers):
    pyproj = pytest.importorskip("pyproj")
    result = run(layers, AREA_METHOD=1)
    to_geographic = pyproj.Transformer.from_crs(CRS, "EPSG:4490", always_xy=True)
    geod = pyproj.Geod(a=6378137.0, rf=298.257222101)  # CGCS2000

    def geodesic_area(geometry):
        ring = geometry.asMultiPolygon()[0][0]
        lon, lat = to_geographic.transform([p.x() for p in ring], [p.y() for p in ring])
        return abs(geod.polygon_area_perimeter(lon, lat)[0])

    conflicts = list(result["OUTPUT_CONFLICTS"].getFeatures())
    assert len(conflicts) == 4
    for feature in conflicts:
        expected = geodesic_area(feature.geometry())
        assert feature["area_m2"] == pytest.approx(expected, rel=1e-6)
        assert feature["area_m2"] != pytest.approx(feature.geometry().area(), rel=1e-6)
    assert result["FARMLAND_HA"] == pytest.approx(
        sum(f["area_ha"] for f in conflicts if f["line"] == "permanent_farmland")
    )


def test_points_and_lines(urflow_provider, layers, make_layer):
    points = make_layer(
        "Point",
        CRS,
        [("pid", str), ("kind", str)],
        [
            (f"POINT({X0 + 100} {Y0 + 50})", "S1", "school"),  # on farmland F1
            (f"POINT({X0 + 800} {Y0 + 50})", "S2", "urban"),  # urban, outside the boundary
            (f"POINT({X0 + 620} {Y0 + 50})", "S3", "urban"),  # inside, clear of every line
        ],
    )
    result = run({**layers, "PLANNED": points})
    planned = rows(result["OUTPUT_PLANNED"], "pid")
    assert [planned[s]["conflict"] for s in ("S1", "S2", "S3")] == [1, 1, 0]
    assert {(f["planned_id"], f["line"]) for f in result["OUTPUT_CONFLICTS"].getFeatures()} == {
        ("S1", "permanent_farmland"),
        ("S2", "outside_urban_boundary"),
    }
    assert result["LINE_OVERLAP_HA"] == pytest.approx(0.03)  # reported, not drawn for points

    roads = make_layer(
        "LineString",
        CRS,
        [("pid", str), ("kind", str)],
        [(f"LINESTRING({X0 + 250} {Y0 + 50},{X0 + 450} {Y0 + 50})", "L1", "road")],
    )
    result = run({**layers, "PLANNED": roads})
    (piece,) = list(result["OUTPUT_CONFLICTS"].getFeatures())
    assert (piece["line"], piece["length_m"]) == ("eco_redline", pytest.approx(70.0))
    assert rows(result["OUTPUT_PLANNED"], "pid")["L1"]["conflict"] == 1


def test_bad_inputs_are_refused_with_names(urflow_provider, layers, make_layer):
    with pytest.raises(QgsProcessingException, match="at least one control line"):
        run(
            {"PLANNED": layers["PLANNED"], "ZONES": layers["ZONES"]},
        )
    duplicated = make_layer(
        "Polygon", CRS, [("pid", str), ("kind", str)], [PLANNED[0], PLANNED[0][:1] + ("P1", "x")]
    )
    with pytest.raises(QgsProcessingException, match="duplicate ids: P1"):
        run({**layers, "PLANNED": duplicated})
    no_crs = make_layer("Polygon", "", [("rid", str)], REDLINE, "redline")
    with pytest.raises(QgsProcessingException, match="ECO_REDLINE.*no CRS"):
        run({**layers, "ECO_REDLINE": no_crs})
    bad_kcxs = make_layer(
        "Polygon", CRS, [("fid_", str), ("KCXS", float)], [FARMLAND[0][:2] + (1.4,)]
    )
    with pytest.raises(QgsProcessingException, match="KCXS must lie between 0 and 1"):
        run({**layers, "PERMANENT_FARMLAND": bad_kcxs})


def test_inputs_are_left_unchanged(urflow_provider, layers):
    before = {k: [f.attributes() for f in v.getFeatures()] for k, v in layers.items()}
    run(layers)
    assert {k: [f.attributes() for f in v.getFeatures()] for k, v in layers.items()} == before


def test_sample_rule_breakers_through_qgis_process(qgis_process_json, sample_gpkg):
    g = str(sample_gpkg)
    result = qgis_process_json(
        "urflow:controllinecheck",
        {
            "PLANNED": g + "|layername=construction_candidates",
            "PLANNED_ID_FIELD": "cand_id",
            "PLANNED_TYPE_FIELD": "cand_type",
            "PERMANENT_FARMLAND": g + "|layername=permanent_farmland",
            "ECO_REDLINE": g + "|layername=eco_redline",
            "URBAN_BOUNDARY": g + "|layername=urban_boundary",
            "ZONES": g + "|layername=townships",
            "ZONE_NAME_FIELD": "town_name",
            "OUTPUT_CONFLICTS": "TEMPORARY_OUTPUT",
            "OUTPUT_PLANNED": "TEMPORARY_OUTPUT",
            "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    results = result["results"]
    assert results["CONFLICT_COUNT"] == 4  # JX042, JX043 farmland; JX044 red line; JX045 outside
    assert results["COMPLIANT_COUNT"] == 41
    assert results["FARMLAND_HA"] > 0 and results["REDLINE_HA"] > 0
    assert results["OUTSIDE_URBAN_HA"] > 0
    assert results["LINE_OVERLAP_HA"] == 0


@pytest.mark.parametrize("setting", ["stop", "skip", "ignore"])
def test_invalid_geometry_under_each_processing_setting(
    urflow_provider, layers, make_layer, setting
):
    """A self-intersecting planned polygon never crashes Python and never passes unchecked."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext

    check = QgsFeatureRequest.InvalidGeometryCheck
    context = QgsProcessingContext()
    context.setInvalidGeometryCheck(
        {
            "stop": check.GeometryAbortOnInvalid,
            "skip": check.GeometrySkipInvalid,
            "ignore": check.GeometryNoCheck,
        }[setting]
    )
    x, y = X0 + 380, Y0
    bowtie = f"POLYGON(({x} {y},{x + 100} {y + 100},{x + 100} {y},{x} {y + 100},{x} {y}))"
    planned = make_layer(
        "Polygon", CRS, [("pid", str), ("kind", str)], [PLANNED[0], (bowtie, "BAD", "x")]
    )
    parameters = {
        "PLANNED": planned,
        "PLANNED_ID_FIELD": "pid",
        "ECO_REDLINE": layers["ECO_REDLINE"],
        "OUTPUT_CONFLICTS": "memory:",
        "OUTPUT_PLANNED": "memory:",
        "OUTPUT_SUMMARY": "memory:",
    }
    for _attempt in range(2):  # a second run proves the interpreter survived the first
        if setting == "stop":
            with pytest.raises(QgsProcessingException, match="invalid geometry"):
                processing.run("urflow:controllinecheck", parameters, context=context)
            continue
        result = processing.run("urflow:controllinecheck", parameters, context=context)
        ids = {f["pid"]: f["conflict"] for f in result["OUTPUT_PLANNED"].getFeatures()}
        if setting == "skip":
            assert ids == {"P1": 0}  # the invalid feature is left out (Processing reports it)
        else:
            assert ids == {"P1": 0, "BAD": 1}  # repaired, and its overlap with R1 found

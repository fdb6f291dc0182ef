"""urflow:landsurveylayers on the sample county's DLTB: through qgis_process, and its outputs
read directly by urflow:hollowvillages and urflow:landquotalinkage."""

import processing
import pytest
from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsVectorLayer


def layer(gpkg, name):
    return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")


def planar_ha(vector, expression=None):
    features = vector.getFeatures(expression) if expression else vector.getFeatures()
    return sum(f.geometry().area() for f in features) / 1e4


def test_sample_dltb_through_qgis_process(qgis_process_json, sample_gpkg, tmp_path):
    out = {key: tmp_path / f"{key}.gpkg" for key in ("s", "h", "c")}
    run = qgis_process_json(
        "urflow:landsurveylayers",
        {
            "DLTB": f"{sample_gpkg}|layername=DLTB",
            "OUTPUT_SETTLEMENTS": out["s"],
            "OUTPUT_HOMESTEADS": out["h"],
            "OUTPUT_CULTIVATED": out["c"],
        },
    )
    results, warnings = run["results"], run["log"]["warning"]
    # Independent sums: the sample's own settlement and cultivated layers, from which the
    # DLTB was derived (plus the 0.4 m² sliver; the twisted corner changes < 100 m²).
    assert results["SETTLEMENT_HA"] == pytest.approx(
        planar_ha(layer(sample_gpkg, "settlements")), abs=1e-3
    )
    assert results["CULTIVATED_HA"] == pytest.approx(
        planar_ha(layer(sample_gpkg, "cultivated")), abs=0.01
    )
    dltb = layer(sample_gpkg, "DLTB")
    assert results["HOMESTEAD_HA"] == pytest.approx(planar_ha(dltb, "\"DLBM\" = '0702'"))
    assert results["SETTLEMENT_TBMJ_HA"] == pytest.approx(
        sum(f["TBMJ"] for f in dltb.getFeatures("\"CZCSXM\" ILIKE '203%'")) / 1e4
    )
    assert results["HOMESTEAD_HA"] < results["SETTLEMENT_HA"]  # 08H2 and 0601 pieces
    assert any("'203a' read as code '203A'" in w for w in warnings)
    assert any("1 invalid polygons repaired" in w for w in warnings)  # qgis_process: no filter
    cultivated = QgsVectorLayer(str(out["c"]), "c", "ogr")
    assert cultivated.featureCount() == layer(sample_gpkg, "cultivated").featureCount()
    assert all(f.geometry().isGeosValid() for f in cultivated.getFeatures())
    grades = {f["BZ"]: f["grade"] for f in cultivated.getFeatures()}
    assert grades == {
        f["parcel_id"]: f["grade"] for f in layer(sample_gpkg, "cultivated").getFeatures()
    }


def test_hollow_villages_and_linkage_read_the_outputs_directly(
    urflow_provider, sample_gpkg, tmp_path
):
    context = QgsProcessingContext()  # the twisted DLTB corner is repaired, not refused
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    extracted = processing.run(
        "urflow:landsurveylayers",
        {
            "DLTB": f"{sample_gpkg}|layername=DLTB",
            "OUTPUT_SETTLEMENTS": str(tmp_path / "s.gpkg"),
            "OUTPUT_HOMESTEADS": "memory:",
            "OUTPUT_CULTIVATED": str(tmp_path / "c.gpkg"),
        },
        context=context,
    )
    villages = f"{sample_gpkg}|layername=villages"
    common = {
        "VILLAGES": villages,
        "VILLAGE_ID_FIELD": "village_id",
        "REGISTERED_POP_FIELD": "registered_pop",
        "RESIDENT_POP_FIELD": "resident_pop",
        "OUTPUT": "memory:",
        "WEIGHTS_TABLE": "memory:",
    }
    from_dltb = processing.run(
        "urflow:hollowvillages", {**common, "SETTLEMENTS": extracted["OUTPUT_SETTLEMENTS"]}
    )
    from_sample = processing.run(
        "urflow:hollowvillages", {**common, "SETTLEMENTS": f"{sample_gpkg}|layername=settlements"}
    )
    l2 = {f["village_id"]: f["L2"] for f in from_sample["OUTPUT"].getFeatures()}
    for f in from_dltb["OUTPUT"].getFeatures():  # the same land per resident (the sliver aside)
        assert f["L2"] == pytest.approx(l2[f["village_id"]], abs=0.01)
    linkage = processing.run(
        "urflow:landquotalinkage",
        {
            "DEMOLITION": extracted["OUTPUT_SETTLEMENTS"],
            "DEMOLITION_ID_FIELD": "BSM",
            "UNIT_COST": 110,
            "CONSTRUCTION": f"{sample_gpkg}|layername=construction_candidates",
            "CONSTRUCTION_ID_FIELD": "cand_id",
            "VALUE_FIELD": "value_10k",
            "CULTIVATED": extracted["OUTPUT_CULTIVATED"],
            "CULTIVATED_GRADE_FIELD": "grade",
            "MAX_PAIR_DISTANCE": 8000,
            "OUTPUT_DEMOLITION": "memory:",
            "OUTPUT_CONSTRUCTION": "memory:",
            "OUTPUT_PAIRS": "memory:",
            "OUTPUT_BALANCE": "memory:",
        },
    )
    assert linkage["STATUS"] == "optimal"
    assert linkage["OCCUPIED_HA"] > 0  # the 建新 parcels on DLTB cultivated land were found
    assert linkage["QUOTA_HA"] >= linkage["CONSTRUCTION_HA"] - 1e-6

"""The ready-made models of resources/models/ (issue #6): listed by the provider as
urflow:<name>, run headless on the sample county, and regenerated unchanged by
scripts/make_models.py."""

import subprocess
import sys
from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingModelAlgorithm

from urflow import i18n
from urflow.processing_provider.provider import URFlowModel, model_files

REPO = Path(__file__).resolve().parents[3]
MODELS_DIR = REPO / "resources" / "models"
SAMPLE = f"{REPO / 'resources' / 'sample' / 'sample_county.gpkg'}|layername="
HOLLOW = "urflow_hollow_linkage_report"
FACILITIES = "urflow_facility_gaps_report"
CLASSES = "urflow_hollow_classification_report"
CONSOLIDATION = "urflow_hollow_consolidation_linkage_report"


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setattr(i18n, "current_locale", lambda: "en_US")


def destinations(model):
    return sorted(p.name() for p in model.parameterDefinitions() if p.isDestination())


def test_model_files_are_the_four_models():
    assert [path.name for path in model_files()] == [
        f"{FACILITIES}.model3",
        f"{CLASSES}.model3",
        f"{CONSOLIDATION}.model3",
        f"{HOLLOW}.model3",
    ]
    assert all(path.parent == MODELS_DIR for path in model_files())


@pytest.mark.parametrize(
    "name, display",
    [
        (HOLLOW, "空心村 → 增减挂钩 → 报告 / Hollow villages → land-quota linkage → report"),
        (
            FACILITIES,
            "学校、卫生室、养老设施缺口 → 报告 / Facility gaps: schools, clinics, "
            "elderly homes → report",
        ),
        (
            CLASSES,
            "空心村 → 村庄分类 → 报告 / Hollow villages → village classification → report",
        ),
        (
            CONSOLIDATION,
            "空心村 → 村庄分类 → 村庄撤并 → 增减挂钩 → 报告 / Hollow villages → classification → "
            "consolidation → land-quota linkage → report",
        ),
    ],
)
def test_provider_lists_the_model(urflow_provider, name, display):
    model = urflow_provider.algorithm(name)
    assert isinstance(model, URFlowModel)
    assert model.id() == f"urflow:{name}"
    assert model.provider() is urflow_provider
    assert model.displayName() == display
    assert model.group() == "URFlow 模型 / URFlow models"
    assert model.shortHelpString()
    # the children are urflow: algorithms of this provider and resolve
    children = model.childAlgorithms().values()
    assert children and all(child.algorithmId().startswith("urflow:") for child in children)
    assert all(child.algorithm() is not None for child in children)
    # so the model has the destination parameters of its outputs (the toolbox dialog needs
    # them) and one of them is the report
    assert "report:REPORT" in destinations(model)


def test_hollow_linkage_report_runs_on_the_sample_county(urflow_provider, tmp_path):
    out = {
        name: str(tmp_path / f"{name.split(':')[1].lower()}.gpkg")
        for name in (
            "hollow:HOLLOW_VILLAGES",
            "linkage:LINKAGE_DEMOLITION",
            "linkage:LINKAGE_CONSTRUCTION",
            "linkage:LINKAGE_PAIRS",
        )
    }
    out["linkage:LINKAGE_BALANCE"] = str(tmp_path / "balance.csv")
    out["report:REPORT"] = str(tmp_path / "report.html")
    result = processing.run(
        f"urflow:{HOLLOW}",
        {
            # only the layers: every field input defaults to the sample county's field names
            "VILLAGES": SAMPLE + "villages",
            "SETTLEMENTS": SAMPLE + "settlements",
            "CONSTRUCTION": SAMPLE + "construction_candidates",
            "CULTIVATED": SAMPLE + "cultivated",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "TITLE": "Qingxi County (fictitious)",
            **out,
        },
    )
    for key, path in out.items():
        assert result[key] == path and Path(path).exists(), key
    inputs = result["CHILD_INPUTS"]
    assert inputs["hollow"]["VILLAGE_ID_FIELD"] == "village_id"
    assert inputs["linkage"]["DEMOLITION_ID_FIELD"] == "settle_id"
    assert inputs["linkage"]["PRIORITY_WEIGHT"] == 300
    assert inputs["linkage"]["PRIORITY_LAYER"] == out["hollow:HOLLOW_VILLAGES"]
    report = result["CHILD_RESULTS"]["report"]
    assert report["SECTIONS"] == 2
    page = Path(out["report:REPORT"]).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Qingxi County (fictitious)" in page
    for text in (
        "Villages per hollowing level by township",
        "Balance sheet",
        "PA01",
        "cultivated land not reduced",
    ):
        assert text in page, text
    assert "Coverage and deficit by township" not in page
    assert '<td class="fail">' not in page


def test_facility_gaps_report_runs_on_the_sample_county(urflow_provider, tmp_path):
    out = {
        f"{child}:{prefix}_{kind}": str(tmp_path / f"{child}_{kind.lower()}.gpkg")
        for child, prefix in (("schools", "SCHOOL"), ("clinics", "CLINIC"), ("elderly", "ELDERLY"))
        for kind in ("VILLAGES", "TOWNSHIPS")
    }
    out["report:REPORT"] = str(tmp_path / "report.html")
    result = processing.run(
        f"urflow:{FACILITIES}",
        {
            "DEMAND": SAMPLE + "village_points",
            "SCHOOL_FACILITIES": SAMPLE + 'schools|subset="school_type" IN '
            "('primary','teaching_point')",
            "CLINIC_FACILITIES": SAMPLE + "clinics",
            "ELDERLY_FACILITIES": SAMPLE + "elderly_homes",
            "NETWORK": SAMPLE + "roads",
            "ZONES": SAMPLE + "townships",
            **out,
        },
    )
    for key, path in out.items():
        assert result[key] == path and Path(path).exists(), key
    inputs = result["CHILD_INPUTS"]
    assert [inputs[child]["STANDARD"] for child in ("schools", "clinics", "elderly")] == [
        "rural_primary_school",
        "rural_village_clinic",
        "rural_nursing_home",
    ]
    # FACILITY_GAPS, a multiple-layers parameter, gets the three township outputs
    assert sorted(inputs["report"]["FACILITY_GAPS"]) == sorted(
        out[f"{child}:{prefix}_TOWNSHIPS"]
        for child, prefix in (("schools", "SCHOOL"), ("clinics", "CLINIC"), ("elderly", "ELDERLY"))
    )
    report = result["CHILD_RESULTS"]["report"]
    assert report["SECTIONS"] == 1
    assert report["TABLES"] == 3
    page = Path(out["report:REPORT"]).read_text(encoding="utf-8")
    assert "Facility gap analysis" in page  # the default title
    assert "Public service facility gaps" in page and "城关镇" in page
    # one part per facility kind, headed by its facility type, not the layer's file name
    for facility in ("Rural primary school", "Village clinic", "Nursing home"):
        assert f"<h3>{facility}</h3>" in page, facility
    assert page.count("<caption>Coverage and deficit per zone: ") == 3
    assert "Balance sheet" not in page


def test_hollow_classification_report_runs_on_the_sample_county(urflow_provider, tmp_path):
    out = {
        "hollow:HOLLOW_VILLAGES": str(tmp_path / "hollow.gpkg"),
        "classify:VILLAGE_CLASSES": str(tmp_path / "classes.gpkg"),
        "classify:CLASS_SUMMARY": str(tmp_path / "class_summary.csv"),
        "report:REPORT": str(tmp_path / "report.html"),
    }
    result = processing.run(
        f"urflow:{CLASSES}",
        {
            # only the layers: every field input defaults to the sample county's field names
            "VILLAGES": SAMPLE + "villages",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "BUILT_UP": SAMPLE + "town_areas",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "HAZARD": SAMPLE + "hazard_zones",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "TOWNS": SAMPLE + "flow_nodes|subset=\"level\" IN ('county_seat','town_seat')",
            "BOUNDARIES": SAMPLE + "townships",
            "TITLE": "Qingxi County (fictitious)",
            **out,
        },
    )
    for key, path in out.items():
        assert result[key] == path and Path(path).exists(), key
    inputs = result["CHILD_INPUTS"]
    assert inputs["classify"]["HOLLOW"] == out["hollow:HOLLOW_VILLAGES"]
    assert inputs["classify"]["HERITAGE_FIELD"] == "is_traditional"
    assert inputs["classify"]["ZONE_FIELD"] == "town_name"
    assert inputs["report"]["VILLAGE_CLASSES"] == out["classify:VILLAGE_CLASSES"]
    classes = result["CHILD_RESULTS"]["classify"]["CLASS_COUNTS"]
    counted = {int(code): n for code, n in classes.items()}
    assert counted[3] > 0 and counted[4] > 0  # heritage villages and the hazard zone
    report = result["CHILD_RESULTS"]["report"]
    assert report["SECTIONS"] == 2
    page = Path(out["report:REPORT"]).read_text(encoding="utf-8")
    assert "Qingxi County (fictitious)" in page
    for text in (
        "Villages per hollowing level by township",
        "Village classification (村庄分类)",
        "Villages per class by township",
        "Villages to relocate or merge and villages to protect, with the deciding rule",
        "<td>Relocation and merger</td>",
        "<td>Characteristic protection</td>",
        "城关镇",
    ):
        assert text in page, text
    total = sum(counted.values())
    assert f"{total} villages classified" in page


def test_hollow_consolidation_linkage_report_runs_on_the_sample_county(urflow_provider, tmp_path):
    out = {
        "hollow:HOLLOW_VILLAGES": str(tmp_path / "hollow.gpkg"),
        "classify:VILLAGE_CLASSES": str(tmp_path / "classes.gpkg"),
        "consolidate:CONSOLIDATION_SETTLEMENTS": str(tmp_path / "settlements.gpkg"),
        "consolidate:CENTRAL_VILLAGES": str(tmp_path / "central.gpkg"),
        "consolidate:MOVES": str(tmp_path / "moves.gpkg"),
        "consolidate:RELEASED_LAND": str(tmp_path / "released.gpkg"),
        "linkage:LINKAGE_DEMOLITION": str(tmp_path / "demolition.gpkg"),
        "linkage:LINKAGE_CONSTRUCTION": str(tmp_path / "construction.gpkg"),
        "linkage:LINKAGE_PAIRS": str(tmp_path / "pairs.gpkg"),
        "linkage:LINKAGE_BALANCE": str(tmp_path / "balance.csv"),
        "report:REPORT": str(tmp_path / "report.html"),
    }
    result = processing.run(
        f"urflow:{CONSOLIDATION}",
        {
            # only the layers: every field input defaults to the sample county's field names
            "VILLAGES": SAMPLE + "villages",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "BUILT_UP": SAMPLE + "town_areas",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "HAZARD": SAMPLE + "hazard_zones",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "TOWNS": SAMPLE + "flow_nodes|subset=\"level\" IN ('county_seat','town_seat')",
            "NETWORK": SAMPLE + "roads",
            "NATURAL_VILLAGES": SAMPLE + "natural_villages",
            "CONSTRUCTION": SAMPLE + "construction_candidates",
            "CULTIVATED": SAMPLE + "cultivated",
            "LINKAGE_URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "BOUNDARIES": SAMPLE + "townships",
            **out,
        },
    )
    for key, path in out.items():
        assert result[key] == path and Path(path).exists(), key
    children = result["CHILD_RESULTS"]
    consolidation = children["consolidate"]
    assert consolidation["STATUS"] == "optimal" and consolidation["VIOLATIONS"] == []
    assert len(consolidation["CENTRAL_IDS"]) == 10
    assert consolidation["MOVED_COUNT"] > 0 and consolidation["RELEASED_HA"] > 0
    assert consolidation["NET_RELEASED_HA"] == pytest.approx(
        consolidation["RELEASED_HA"] - consolidation["NEW_LAND_HA"]
    )
    inputs = result["CHILD_INPUTS"]
    assert inputs["consolidate"]["VILLAGE_CLASSES"] == out["classify:VILLAGE_CLASSES"]
    assert inputs["linkage"]["DEMOLITION"] == out["consolidate:RELEASED_LAND"]
    linkage = children["linkage"]
    assert linkage["STATUS"] == "optimal" and linkage["ALL_RULES_PASSED"] is True
    # the 增减挂钩 plan is fed by the consolidation: its 拆旧 are the movers' settlements
    assert linkage["N_DEMOLITION"] > 0
    assert linkage["DEMOLITION_HA"] <= consolidation["RELEASED_HA"] + 1e-9
    assert children["report"]["SECTIONS"] == 4  # hollow, classes, consolidation, linkage
    page = Path(out["report:REPORT"]).read_text(encoding="utf-8")
    assert "Settlement consolidation (村庄撤并与中心村布局)" in page


def model_variant(path):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path))
    return model.toVariant()


def test_make_models_regenerates_the_committed_files(tmp_path):
    completed = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_models.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    generated = sorted(path.name for path in tmp_path.glob("*.model3"))
    assert generated == [path.name for path in model_files()]
    for name in generated:
        new, committed = tmp_path / name, MODELS_DIR / name
        assert new.read_bytes() == committed.read_bytes() or model_variant(new) == model_variant(
            committed
        ), f"{name} is stale: run scripts/make_models.py"

"""The facility-siting dialog: it starts from a facility-gaps result (DEMAND, population field,
standard, network of that run), chooses candidates by name, and runs in the background."""

import processing
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer

from urflow.ui.facility_siting_dialog import FacilitySitingDialog, standard_of

from .test_facility_gaps_dialog import gap_parameters, select_standard

SCHOOLS = "schools|subset=\"school_type\" IN ('primary','teaching_point')"


def shown(dialog, name):
    layer = dialog.form.layer(name)
    return layer.name() if layer is not None else dialog.form.value(name)


def load_gaps_output(sample_layers, tmp_path):
    parameters = {
        **gap_parameters(sample_layers),
        "POPULATION_FIELD": "pop_6_11",
        "FACILITIES": sample_layers["schools"],
        "CAPACITY_FIELD": "seats",
        "STANDARD": "rural_primary_school",
        "OUTPUT_DEMAND": str(tmp_path / "gaps_villages.gpkg"),
        "OUTPUT_FACILITIES": "TEMPORARY_OUTPUT",
    }
    result = processing.run("urflow:facilitygaps", parameters)
    layer = QgsVectorLayer(result["OUTPUT_DEMAND"], "Primary schools — villages", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def gaps_output(sample_layers, tmp_path):
    """The schools' facility-gaps villages (processing.run) loaded into the project, as a
    planner loads a result from the toolbox."""
    return load_gaps_output(sample_layers, tmp_path)


def test_opened_from_the_menu_it_starts_from_the_gaps_result(plugin, gaps_output, helpers):
    dialog = helpers.open(plugin, "facilitysiting")
    assert isinstance(dialog, FacilitySitingDialog)
    assert standard_of(gaps_output) == "rural_primary_school"
    assert dialog.form.layer("DEMAND").id() == gaps_output.id()
    assert dialog.form.value("DEMAND_ID_FIELD") == "village_id"
    assert dialog.form.value("POPULATION_FIELD") == "pop_6_11"  # the standard counts 6–11
    assert dialog.form.value("STANDARD") == "rural_primary_school"
    assert dialog.form.value("THRESHOLD") is None  # the preset's threshold applies
    assert dialog.form.value("MODEL") == 0 and dialog.form.value("CURVE_MAX") == 5
    assert shown(dialog, "CANDIDATES").lower().startswith(("school", "primary"))
    assert dialog.form.value("CANDIDATE_ID_FIELD") == "fac_id"
    assert dialog.form.value("CAPACITY_FIELD") == "seats"
    assert shown(dialog, "NETWORK").lower().startswith("road")
    assert "rural_primary_school" in dialog.sourceLabel.text()
    assert gaps_output.name() in dialog.sourceLabel.text()


def test_a_candidates_layer_is_chosen_by_its_chinese_name(plugin, gaps_output, helpers):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4548&field=候选点编号:string&field=是否现状:integer&field=学位数:integer",
        "小学候选点",
        "memory",
    )
    QgsProject.instance().addMapLayer(layer)
    dialog = helpers.open(plugin, "facilitysiting")
    assert dialog.form.layer("CANDIDATES").id() == layer.id()
    assert dialog.form.value("CANDIDATE_ID_FIELD") == "候选点编号"
    assert dialog.form.value("EXISTING_FIELD") == "是否现状"
    assert dialog.form.value("CAPACITY_FIELD") == "学位数"


def test_without_a_gaps_result_it_opens_on_the_villages(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "facilitysiting")
    assert dialog.gaps_layer is None and not dialog.sourceLabel.isVisible()
    assert shown(dialog, "DEMAND") == sample_layers["village_points"].name()
    assert dialog.form.value("DEMAND_ID_FIELD") == "village_id"


def test_site_new_facilities_from_the_gaps_dialog_then_run(plugin, sample_layers, helpers):
    gaps = helpers.open(plugin, "facilitygaps")
    gaps.set_parameters({**gap_parameters(sample_layers), "FACILITIES": sample_layers["schools"]})
    select_standard(gaps, "rural_primary_school")
    gaps.use_standard()
    gaps.set_parameters({"POPULATION_FIELD": "pop_6_11", "CAPACITY_FIELD": "seats"})
    assert gaps.run()
    assert helpers.wait(gaps), gaps.statusLabel.text()
    assert gaps.sitingButton.text() == "Site new facilities…"
    gaps.sitingButton.click()
    dialog = gaps.siting_dialog
    assert dialog.isVisible()
    demand = gaps.last_layers["OUTPUT_DEMAND"]
    assert dialog.form.layer("DEMAND").id() == demand.id()
    assert dialog.form.value("STANDARD") == "rural_primary_school"
    assert dialog.form.value("POPULATION_FIELD") == "pop_6_11"
    assert dialog.form.layer("NETWORK").id() == sample_layers["roads"].id()
    for key in ("SPEED_FIELD", "ROAD_CLASS_FIELD", "DIRECTION_FIELD"):
        assert dialog.form.value(key) == gaps.form.value(key), key
    helpers.shot(dialog, "facility_siting_from_gaps")
    dialog.set_parameters({"CURVE_MAX": 2, "CAPACITY_FIELD": None})  # seats: a shortfall
    assert dialog.run()
    assert helpers.wait(dialog, timeout=300), dialog.statusLabel.text()
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Facility siting")
    sites = dialog.last_layers["OUTPUT_SITES"]
    assert isinstance(sites.renderer(), QgsCategorizedSymbolRenderer)
    assert sites.renderer().classAttribute() == "site_role"
    assert dialog.last_layers["OUTPUT_CURVE"].featureCount() == 3  # k = 0, 1, 2
    assert dialog.last_results["STATUS"] == "optimal"
    assert "optimal" in dialog.logText.toPlainText()


def test_in_chinese_the_dialog_says_where_it_started(chinese_plugin, helpers, tmp_path):
    from urflow.sample_county import add_sample_county

    layers = add_sample_county(QgsProject.instance())
    gaps = load_gaps_output(
        {layer.source().split("layername=")[-1]: layer for layer in layers}, tmp_path
    )
    dialog = helpers.open(chinese_plugin, "facilitysiting")
    text = dialog.sourceLabel.text()
    assert text.startswith("从设施缺口分析结果") and gaps.name() in text
    assert "小学（农村）" in text and "30 分钟" in text and "pop_6_11" in text
    helpers.shot(dialog, "facility_siting_from_gaps_zh")

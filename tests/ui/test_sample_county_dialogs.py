"""On the sample county each dialog opens with the layers and fields a planner expects, every
parameter is QGIS's own Processing widget, and a run through the dialog equals processing.run."""

import math

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsAbstractProcessingParameterWidgetWrapper
from qgis.PyQt.QtCore import QVariant

from urflow.ui.linkage_dialog import passed
from urflow.ui.parameters_panel import HIDDEN

DIALOGS = ("hollowvillages", "facilitygaps", "landquotalinkage", "facilitysiting")
#: What each dialog preselects on the sample county: layers by their GeoPackage table (the
#: raster by its file), fields and the facility standard by name; None = left empty.
EXPECTED = {
    "hollowvillages": {
        "VILLAGES": "villages",  # the village polygons, not the village points
        "VILLAGE_ID_FIELD": "village_id",
        "VILLAGE_NAME_FIELD": "village_name",
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
        "SETTLEMENTS": "settlements",
        "BUILDINGS": "buildings",
        "BUILDING_VACANT_FIELD": "vacant",
        "NIGHT_LIGHT": "night_light.tif",
        "TARGET_CRS": None,
    },
    "facilitygaps": {
        "DEMAND": "village_points",  # points before the village polygons
        "DEMAND_ID_FIELD": "village_id",
        "POPULATION_FIELD": "pop_6_11",  # the rural primary-school standard counts 6–11
        "FACILITIES": "schools",
        "FACILITY_ID_FIELD": "fac_id",
        "CAPACITY_FIELD": "seats",
        "NETWORK": "roads",
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "DIRECTION_FIELD": "direction",
        "ZONES": "townships",  # not the town built-up areas
        "ZONE_NAME_FIELD": "town_name",
        "STANDARD": "rural_primary_school",
    },
    "facilitysiting": {  # no facility-gaps result in the project: the usual layers
        "DEMAND": "village_points",
        "DEMAND_ID_FIELD": "village_id",
        "POPULATION_FIELD": "resident_pop",
        "CANDIDATES": "schools",  # no candidates layer: the facilities, not the 建新 parcels
        "CANDIDATE_ID_FIELD": "fac_id",
        "EXISTING_FIELD": None,
        "CAPACITY_FIELD": "seats",
        "NETWORK": "roads",
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "DIRECTION_FIELD": "direction",
        "COST_TABLE": None,
        "STANDARD": None,
    },
    "landquotalinkage": {
        "DEMOLITION": "settlements",
        "DEMOLITION_ID_FIELD": "settle_id",
        "DEMOLITION_AREA_FIELD": None,  # the polygon area, as documented
        "KAPPA_FIELD": "kappa",
        "DEMOLITION_GRADE_FIELD": "reclaim_grade",
        "COST_FIELD": "cost_10k",
        "PRIORITY_FIELD": None,
        "PRIORITY_LAYER": None,
        "PROTECTED_FIELD": "protected",
        "CONSTRUCTION": "construction_candidates",
        "CONSTRUCTION_ID_FIELD": "cand_id",
        "VALUE_FIELD": "value_10k",
        "MANDATORY_FIELD": "mandatory",
        "CONSTRUCTION_TYPE_FIELD": "cand_type",
        "CULTIVATED": "cultivated",
        "CULTIVATED_GRADE_FIELD": "grade",
        "PERMANENT_FARMLAND": "permanent_farmland",
        "ECO_REDLINE": "eco_redline",
        "URBAN_BOUNDARY": "urban_boundary",
        "GROUP_FIELD": "project_area",
    },
}


def shown(dialog, name):
    """The value of ``name`` as EXPECTED writes it."""
    if dialog.form.definitions[name].type() in ("source", "raster", "vector", "layer"):
        layer = dialog.form.layer(name)
        if layer is None:
            return None
        return layer.source().split("layername=")[-1].rsplit("/", 1)[-1]
    return dialog.form.value(name)


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_opens_with_sensible_layers_and_fields(plugin, sample_layers, helpers, name):
    dialog = helpers.open(plugin, name)
    found = {key: shown(dialog, key) for key in EXPECTED[name]}
    assert found == EXPECTED[name]


@pytest.mark.parametrize("name", DIALOGS)
def test_every_parameter_has_a_widget_from_the_processing_registry(plugin, helpers, name):
    dialog = helpers.open(plugin, name)
    inputs = [
        definition.name()
        for definition in dialog.algorithm.parameterDefinitions()
        if not definition.isDestination() and not definition.flags() & HIDDEN
    ]
    assert list(dialog.form.wrappers) == inputs
    for key, wrapper in dialog.form.wrappers.items():
        assert isinstance(wrapper, QgsAbstractProcessingParameterWidgetWrapper)
        assert wrapper.parameterDefinition().name() == key
        assert wrapper.wrappedWidget() is dialog.form.widgets[key]
        assert dialog.form.widgets[key].objectName() == f"param_{key}"
        assert dialog.parametersContents.isAncestorOf(dialog.form.widgets[key])
    assert not any(name.startswith("OUTPUT") for name in dialog.form.wrappers)


def test_field_pickers_follow_their_layer(plugin, sample_layers, helpers):
    """postInitialize links each field picker to its layer; the defaults follow it too."""
    dialog = helpers.open(plugin, "hollowvillages")
    dialog.set_parameters({"VILLAGES": sample_layers["village_points"]})
    combo = dialog.form.widgets["RESIDENT_POP_FIELD"]
    listed = {combo.itemText(i) for i in range(combo.count())} - {""}
    numeric = {f.name() for f in sample_layers["village_points"].fields() if f.isNumeric()}
    assert listed == numeric
    assert dialog.form.value("RESIDENT_POP_FIELD") == "resident_pop"
    assert dialog.form.value("REGISTERED_POP_FIELD") is None  # the points do not have it
    assert dialog.form.value("VILLAGE_ID_FIELD") == "village_id"


def add_memory_layer(uri, name, fields, rows=()):
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes([QgsField(f, kind) for f, kind in fields])
    layer.updateFields()
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        layer.dataProvider().addFeature(feature)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_layers_and_fields_named_in_chinese(plugin, helpers):
    number, text = QVariant.Double, QVariant.String
    villages = add_memory_layer(
        "Polygon?crs=EPSG:4549",
        "行政村",
        [("编号", text), ("村名", text), ("户籍人口", number), ("常住人口", number)]
        + [("宅基地数", number), ("闲置宅基地", number), ("户数", number)],
    )
    add_memory_layer("Polygon?crs=EPSG:4549", "农村居民点用地", [("图斑编号", text)])
    add_memory_layer("Point?crs=EPSG:4549", "居民点", [("BSM", text), ("HJRK", number)])
    add_memory_layer("Point?crs=EPSG:4549", "乡镇卫生院", [("名称", text), ("床位", number)])
    hollow = helpers.open(plugin, "hollowvillages")
    assert hollow.form.layer("VILLAGES").id() == villages.id()
    assert hollow.form.layer("SETTLEMENTS").name() == "农村居民点用地"
    assert {key: hollow.form.value(key) for key in hollow.form.children_of("VILLAGES")} == {
        "VILLAGE_ID_FIELD": "编号",
        "VILLAGE_NAME_FIELD": "村名",
        "REGISTERED_POP_FIELD": "户籍人口",
        "RESIDENT_POP_FIELD": "常住人口",
        "ELDERLY_POP_FIELD": None,
        "OUTMIGRANT_FIELD": None,
        "WORKING_AGE_FIELD": None,
        "HOUSEHOLDS_FIELD": "户数",
        "HOMESTEADS_FIELD": "宅基地数",
        "IDLE_HOMESTEADS_FIELD": "闲置宅基地",
        "MULTI_HOMESTEAD_FIELD": None,
        "OVER_STANDARD_FIELD": None,
        "SETTLEMENT_AREA_FIELD": None,
    }
    gaps = helpers.open(plugin, "facilitygaps")
    assert gaps.form.layer("DEMAND").name() == "居民点"
    assert gaps.form.layer("FACILITIES").name() == "乡镇卫生院"
    assert gaps.form.value("CAPACITY_FIELD") == "床位"
    assert gaps.form.value("STANDARD") == "rural_township_health_centre"
    # only the registered population: the resident population is not guessed, fid never
    assert gaps.form.value("POPULATION_FIELD") is None


def test_the_standard_follows_the_facilities(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "facilitygaps")
    table = dialog.page.standardsTable
    assert table.rowCount() == len(dialog.standards) >= 15  # every row of the table
    assert dialog.selected_standard().id == "rural_primary_school"
    dialog.set_parameters({"FACILITIES": sample_layers["elderly_homes"]})
    assert dialog.form.value("STANDARD") == "rural_nursing_home"
    assert dialog.selected_standard().id == "rural_nursing_home"
    assert dialog.form.value("CAPACITY_FIELD") == "beds"
    assert dialog.form.value("POPULATION_FIELD") == "pop_60plus"  # per 1000 elderly
    dialog.set_parameters({"FACILITIES": sample_layers["clinics"]})
    assert dialog.form.value("STANDARD") == "rural_village_clinic"
    assert dialog.form.value("POPULATION_FIELD") == "resident_pop"
    assert dialog.form.value("CAPACITY_FIELD") == "doctors"


def test_parameters_are_remembered_in_the_project(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "hollowvillages")
    villages = sample_layers["villages"]
    villages.selectByIds([1, 2, 3])
    dialog.set_parameters(
        {
            "VILLAGES": QgsProcessingFeatureSourceDefinition(villages.id(), True),
            "HOUSEHOLDS_FIELD": None,
            "WEIGHTING": 1,
            "CLASSES": 3,
            "TARGET_CRS": "EPSG:4549",
            "AHP_MATRIX": "1,2;1/2,1",
        }
    )
    stored = dialog.form.to_json()
    dialog.remember_parameters()
    dialog.set_parameters({"VILLAGES": sample_layers["village_points"], "WEIGHTING": 0})
    dialog.set_parameters({"CLASSES": 4, "TARGET_CRS": None, "AHP_MATRIX": ""})
    dialog.restore_parameters()
    assert dialog.form.to_json() == stored
    value = dialog.form.value("VILLAGES")
    assert isinstance(value, QgsProcessingFeatureSourceDefinition)
    assert value.selectedFeaturesOnly and value.source.staticValue() == villages.id()
    assert dialog.form.value("HOUSEHOLDS_FIELD") is None
    assert dialog.form.value("WEIGHTING") == 1 and dialog.form.value("CLASSES") == 3
    assert dialog.form.value("TARGET_CRS") == QgsCoordinateReferenceSystem("EPSG:4549")


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b, rel=1e-9, abs=1e-9)
    return a == b or (str(a) == "NULL" and str(b) == "NULL")


def table_rows(layer):
    rows = [[value for value in feature.attributes()] for feature in layer.getFeatures()]
    return sorted(rows, key=lambda row: [str(v) for v in row])


@pytest.mark.parametrize("name", DIALOGS)
def test_a_run_through_the_dialog_equals_processing_run(plugin, sample_layers, helpers, name):
    dialog = helpers.open(plugin, name)
    if name == "hollowvillages":  # the overlays are the slow part; the fields carry it
        dialog.set_parameters({"BUILDINGS": None, "NIGHT_LIGHT": None})
    if name == "landquotalinkage":
        dialog.set_parameters({"MAX_PAIR_DISTANCE": 8000, "DISTANCE_WEIGHT": 1})
    parameters = dialog.form.values()
    assert dialog.run()
    assert helpers.wait(dialog), dialog.statusLabel.text()
    outputs = {
        definition.name(): "TEMPORARY_OUTPUT"
        for definition in dialog.algorithm.destinationParameterDefinitions()
    }
    expected = processing.run(f"urflow:{name}", {**parameters, **outputs})
    for key, value in expected.items():
        if key in outputs:
            layer = dialog.last_layers[key]
            assert layer.featureCount() == value.featureCount(), key
            assert layer.fields().names() == value.fields().names(), key
            for got, want in zip(table_rows(layer), table_rows(value)):
                assert all(same(a, b) for a, b in zip(got, want)), (key, got, want)
        elif key.endswith("_SECONDS"):  # the solver's wall time
            continue
        elif isinstance(value, float):
            assert same(dialog.last_results[key], value), key
        else:
            assert dialog.last_results[key] == value, key


def test_pass_and_fail_come_from_the_passed_code():
    assert passed({"passed": 1, "result": "不通过"})  # the code wins over any text
    assert not passed({"passed": 0, "result": "pass"})
    assert passed({"passed": 1.0}) and not passed({"passed": 0.0})
    # nothing reads words back: a row without a code never passes, whatever its text
    assert not passed({"result": "通过"}) and not passed({"result": "pass"})
    assert not passed({"passed": None, "result": "fail"})


def test_a_dialog_opened_on_an_empty_project_chooses_layers_when_shown(plugin, helpers):
    dialog = helpers.open(plugin, "landquotalinkage")
    dialog.hide()
    assert dialog.form.layer("ECO_REDLINE") is None
    from urflow.sample_county import add_sample_county

    add_sample_county(QgsProject.instance())
    dialog = helpers.open(plugin, "landquotalinkage")
    assert shown(dialog, "ECO_REDLINE") == "eco_redline"
    assert shown(dialog, "DEMOLITION_ID_FIELD") == "settle_id"


def test_selected_features_only_keeps_the_chosen_fields(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "hollowvillages")
    villages = sample_layers["villages"]
    dialog.set_parameters({"ELDERLY_POP_FIELD": "pop_65plus", "HOUSEHOLDS_FIELD": None})
    villages.selectByIds([1, 2, 3])
    dialog.set_parameters({"VILLAGES": QgsProcessingFeatureSourceDefinition(villages.id(), True)})
    assert dialog.form.value("VILLAGES").selectedFeaturesOnly
    assert dialog.form.value("ELDERLY_POP_FIELD") == "pop_65plus"
    assert dialog.form.value("HOUSEHOLDS_FIELD") is None

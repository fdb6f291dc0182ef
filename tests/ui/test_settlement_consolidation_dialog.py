"""The settlement-consolidation dialog: natural villages and their fields by name, the village
classes of a classification run preselected, the network by name; it runs in the background."""

import processing
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer

from urflow.ui.settlement_consolidation_dialog import SettlementConsolidationDialog


def shown(dialog, name):
    layer = dialog.form.layer(name)
    return layer.name() if layer is not None else dialog.form.value(name)


def load_classes_output(sample_layers, tmp_path):
    """A village-classification result loaded from the toolbox (no URFlow marks on it)."""
    result = processing.run(
        "urflow:villageclassification",
        {
            "VILLAGES": sample_layers["villages"],
            "VILLAGE_ID_FIELD": "village_id",
            "POPULATION_FIELD": "resident_pop",
            "HERITAGE_FIELD": "is_traditional",
            "URBAN_BOUNDARY": sample_layers["urban_boundary"],
            "BUILT_UP": sample_layers["town_areas"],
            "ECO_REDLINE": sample_layers["eco_redline"],
            "HAZARD": sample_layers["hazard_zones"],
            "OUTPUT": str(tmp_path / "classes.gpkg"),
        },
    )
    layer = QgsVectorLayer(result["OUTPUT"], "Classified villages", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_it_opens_on_the_natural_villages_of_the_sample(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "settlementconsolidation")
    assert isinstance(dialog, SettlementConsolidationDialog)
    assert dialog.form.layer("SETTLEMENTS").id() == sample_layers["natural_villages"].id()
    assert dialog.form.value("SETTLEMENT_ID_FIELD") == "nv_id"
    assert dialog.form.value("POPULATION_FIELD") == "resident_pop"
    assert dialog.form.value("AREA_FIELD") == "settlement_area_m2"
    assert dialog.form.value("KAPPA_FIELD") == "kappa"
    assert dialog.form.value("VILLAGE_ID_FIELD") == "village_id"
    assert dialog.form.value("FIXED_FIELD") is None  # is_seat (村委会驻地) is not "fixed"
    assert dialog.form.value("CLASS_FIELD") is None
    assert dialog.form.layer("VILLAGE_CLASSES") is None and dialog.classes_layer is None
    assert dialog.form.layer("NETWORK").id() == sample_layers["roads"].id()
    assert dialog.form.value("SPEED_FIELD") == "speed_kmh"
    assert dialog.form.layer("ECO_REDLINE").id() == sample_layers["eco_redline"].id()
    assert dialog.form.layer("HAZARD").id() == sample_layers["hazard_zones"].id()
    text = dialog.sourceLabel.text()
    assert sample_layers["natural_villages"].name() in text and "nv_id" in text
    assert "no village classification" in text


def test_a_classification_result_is_preselected(plugin, sample_layers, helpers, tmp_path):
    classes = load_classes_output(sample_layers, tmp_path)
    dialog = helpers.open(plugin, "settlementconsolidation")
    assert dialog.form.layer("VILLAGE_CLASSES").id() == classes.id()
    assert dialog.form.value("VILLAGE_CLASSES_ID_FIELD") == "village_id"
    assert dialog.form.layer("SETTLEMENTS").id() == sample_layers["natural_villages"].id()
    assert "Classified villages" in dialog.sourceLabel.text()
    helpers.shot(dialog, "settlement_consolidation_with_classes")


def test_chinese_layer_and_field_names(plugin, helpers):
    villages = QgsVectorLayer(
        "Point?crs=EPSG:4548&field=自然村编号:string&field=行政村代码:string"
        "&field=常住人口:integer&field=居民点用地面积:double&field=新增耕地系数:double"
        "&field=是否中心村:integer&field=村庄分类代码:integer",
        "某县自然村",
        "memory",
    )
    roads = QgsVectorLayer("LineString?crs=EPSG:4548&field=限速:double", "道路", "memory")
    admin = QgsVectorLayer("Polygon?crs=EPSG:4548&field=行政村代码:string", "行政村", "memory")
    QgsProject.instance().addMapLayers([admin, villages, roads])
    dialog = helpers.open(plugin, "settlementconsolidation")
    assert dialog.form.layer("SETTLEMENTS").id() == villages.id()
    assert dialog.form.value("SETTLEMENT_ID_FIELD") == "自然村编号"
    assert dialog.form.value("VILLAGE_ID_FIELD") == "行政村代码"
    assert dialog.form.value("POPULATION_FIELD") == "常住人口"
    assert dialog.form.value("AREA_FIELD") == "居民点用地面积"
    assert dialog.form.value("KAPPA_FIELD") == "新增耕地系数"
    assert dialog.form.value("FIXED_FIELD") == "是否中心村"
    assert dialog.form.value("CLASS_FIELD") == "村庄分类代码"
    assert dialog.form.layer("VILLAGE_CLASSES") is None  # the class is on the settlements
    assert dialog.form.layer("NETWORK").id() == roads.id()
    assert dialog.form.value("SPEED_FIELD") == "限速"


def test_run_from_the_dialog(plugin, sample_layers, helpers, tmp_path):
    load_classes_output(sample_layers, tmp_path)
    dialog = helpers.open(plugin, "settlementconsolidation")
    dialog.set_parameters(
        {
            "TRAVEL_MODE": 3,
            "COST_UNIT": 1,
            "SNAP_TOLERANCE": 1500,
            "MIN_KEEP_POP": 40,
            "CENTRAL_COUNT": 10,
            "MAX_MOVE_COST": 12000,
            "MIN_CENTRAL_POP": 300,
        }
    )
    assert dialog.run()
    assert helpers.wait(dialog, timeout=300), dialog.statusLabel.text()
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Settlement consolidation")
    settlements = dialog.last_layers["OUTPUT_SETTLEMENTS"]
    assert isinstance(settlements.renderer(), QgsCategorizedSymbolRenderer)
    assert settlements.renderer().classAttribute() == "role"
    results = dialog.last_results
    assert results["STATUS"] == "optimal"
    assert len(results["CENTRAL_IDS"]) == 10
    assert results["MOVED_COUNT"] == dialog.last_layers["OUTPUT_MOVES"].featureCount() > 0
    assert f"{len(results['CENTRAL_IDS'])} central villages" in dialog.logText.toPlainText()


def test_in_chinese_it_says_what_it_starts_from(chinese_plugin, helpers):
    from urflow.sample_county import add_sample_county

    add_sample_county(QgsProject.instance())
    dialog = helpers.open(chinese_plugin, "settlementconsolidation")
    text = dialog.sourceLabel.text()
    assert text.startswith("居民点") and "nv_id" in text and "自然村" in text
    helpers.shot(dialog, "settlement_consolidation_zh")

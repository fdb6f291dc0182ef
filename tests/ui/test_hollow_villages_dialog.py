"""The hollow-villages dialog: indicators table, weights preview, a background run."""

import processing
import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject

from urflow.ui.hollow_villages_dialog import ID, SOURCE, WEIGHT, HollowVillagesDialog

#: No overlay layers and no settlement area field: the indicators the preview weighs.
NO_OVERLAYS = {
    "SETTLEMENT_AREA_FIELD": None,
    "SETTLEMENTS": None,
    "BUILDINGS": None,
    "BUILDING_VACANT_FIELD": None,
    "NIGHT_LIGHT": None,
}


def hollow_parameters(layers):
    """The demo's field parameters (scripts/demo.py), without overlays."""
    return {
        **NO_OVERLAYS,
        "VILLAGES": layers["villages"],
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
    }


def test_preview_matches_the_run_and_outputs_are_styled(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "hollowvillages")
    assert isinstance(dialog, HollowVillagesDialog)
    dialog.set_parameters(hollow_parameters(sample_layers))
    helpers.shot(dialog, "hollow_parameters")
    assert dialog.preview_weights(), dialog.statusLabel.text()
    assert helpers.wait_preview(dialog), dialog.statusLabel.text()
    weights = {name: weight for name, (_entropy, weight) in dialog.preview.items()}
    assert set(weights) == {"P1", "P2", "P3", "L1", "L3", "L4"}
    assert sum(weights.values()) == pytest.approx(1.0)
    table = dialog.page.indicatorsTable
    row = next(r for r in range(table.rowCount()) if table.item(r, ID).text() == "P1")
    assert table.item(row, SOURCE).text() == "registered_pop / resident_pop"
    assert table.item(row, WEIGHT).text() == f"{weights['P1']:.4f}"
    dialog.tabWidget.setCurrentWidget(dialog.page)
    helpers.shot(dialog, "hollow_indicators")

    assert dialog.run()
    assert helpers.wait(dialog), dialog.statusLabel.text()
    for name, weight in dialog.last_results["WEIGHTS"].items():
        assert weight == pytest.approx(weights[name])
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Hollow villages")
    output = dialog.last_layers["OUTPUT"]
    assert isinstance(output.renderer(), QgsCategorizedSymbolRenderer)
    assert output.renderer().classAttribute() == "hollow_level"
    assert output.labelsEnabled()


#: A consistent AHP matrix over P1, P2, P3, L1, L3, L4 (the sample's field indicators).
AHP6 = (
    "1, 3/2, 3/2, 3, 3, 3; 2/3, 1, 1, 2, 2, 2; 2/3, 1, 1, 2, 2, 2; "
    "1/3, 1/2, 1/2, 1, 1, 1; 1/3, 1/2, 1/2, 1, 1, 1; 1/3, 1/2, 1/2, 1, 1, 1"
)


@pytest.mark.parametrize(
    "method",
    [
        {},  # entropy
        {"WEIGHTING": 1, "SCORING": 1},  # equal, TOPSIS
        {"WEIGHTING": 2, "AHP_MATRIX": AHP6},
        {"WEIGHTING": 3, "CUSTOM_WEIGHTS": "P1=0.4, L1=0.3, P2=0.3"},
        {"WEIGHTING": 4, "AHP_MATRIX": AHP6, "COMBINED_ALPHA": 0.3},
    ],
)
def test_preview_weights_equal_processing_run(plugin, sample_layers, helpers, method):
    """The preview weighs by the method chosen in the parameters, as processing.run does."""
    dialog = helpers.open(plugin, "hollowvillages")
    dialog.set_parameters({**hollow_parameters(sample_layers), **method})
    assert dialog.preview_weights(), dialog.statusLabel.text()
    assert helpers.wait_preview(dialog), dialog.statusLabel.text()
    preview = {name: weight for name, (_entropy, weight) in dialog.preview.items()}
    outputs = {"OUTPUT": "TEMPORARY_OUTPUT", "WEIGHTS_TABLE": "TEMPORARY_OUTPUT"}
    expected = processing.run("urflow:hollowvillages", {**dialog.form.values(), **outputs})
    assert list(preview) == expected["INDICATORS"]
    assert preview == pytest.approx(expected["WEIGHTS"], rel=1e-12, abs=1e-12)
    weighting = dialog.algorithm.parameterDefinition("WEIGHTING").options()[
        method.get("WEIGHTING", 0)
    ]
    assert weighting in dialog.statusLabel.text()
    if method.get("WEIGHTING") == 3:
        assert preview["L3"] == 0.0 and preview["P1"] == pytest.approx(0.4)
    # a changed method makes the shown weights stale: they are cleared
    dialog.set_parameters({"WEIGHTING": 1 if method.get("WEIGHTING") != 1 else 0})
    assert dialog.preview == {}


def test_preview_refuses_bad_method_text_before_any_task(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "hollowvillages")
    dialog.set_parameters({**hollow_parameters(sample_layers), "WEIGHTING": 2})
    dialog.set_parameters({"AHP_MATRIX": "1, x; 1, 1"})
    assert not dialog.preview_weights()
    assert dialog.preview_task is None
    assert "AHP" in dialog.statusLabel.text() and "'x'" in dialog.statusLabel.text()


def test_preview_without_indicator_fields_is_an_error_in_the_dialog(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "hollowvillages")
    no_fields = {key: None for key in dialog.form.children_of("VILLAGES")}
    dialog.set_parameters({**no_fields, "VILLAGES": sample_layers["villages"]})
    dialog.set_parameters({"VILLAGE_ID_FIELD": "village_id"})
    assert not dialog.preview_weights()
    assert "No indicator" in dialog.statusLabel.text()


def test_outputs_go_to_new_tables_of_the_chosen_geopackage(
    plugin, sample_layers, helpers, tmp_path
):
    """Two runs into one GeoPackage: each adds its own tables, the first run's stay intact."""
    from osgeo import ogr

    geopackage = tmp_path / "results.gpkg"
    dialog = helpers.open(plugin, "hollowvillages")
    dialog.set_parameters(hollow_parameters(sample_layers))
    dialog.outputFileWidget.setFilePath(str(tmp_path / "results"))  # .gpkg is added
    tables = []
    for run in range(2):
        assert dialog.run(), dialog.messageBar.currentItem()
        assert helpers.wait(dialog), dialog.statusLabel.text()
        output = dialog.last_layers["OUTPUT"]
        assert output.source().startswith(str(geopackage) + "|layername=hollowvillages_output_")
        assert output.featureCount() == 150
        assert output.renderer().classAttribute() == "hollow_level"
        tables.append(output.source().split("layername=")[1])
        if run == 0:
            import time

            time.sleep(1.1)  # table names carry the run's start second
    assert tables[0] != tables[1]
    data = ogr.Open(str(geopackage))
    names = {data.GetLayer(i).GetName() for i in range(data.GetLayerCount())}
    assert set(tables) <= names
    assert len(names) == 4  # two runs × (villages, weights table)
    assert data.GetLayerByName(tables[0]).GetFeatureCount() == 150
    data = None  # close the file
    # the choice is remembered in the project with the other parameters
    dialog.outputFileWidget.setFilePath("")
    dialog.restore_parameters()
    assert dialog.output_geopackage() == str(geopackage)


def test_a_geopackage_path_with_a_quote_is_refused(plugin, sample_layers, helpers, tmp_path):
    dialog = helpers.open(plugin, "hollowvillages")
    dialog.set_parameters(hollow_parameters(sample_layers))
    dialog.outputFileWidget.setFilePath(str(tmp_path / "planner's.gpkg"))
    assert not dialog.run()
    assert not dialog.is_running()

"""The facility-gaps dialog: standards table, a background run, styled outputs in a group."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtCore import Qt

from urflow.ui.facility_gaps_dialog import FacilityGapsDialog


def gap_parameters(layers):
    """The demo's village-clinic step (scripts/demo.py)."""
    return {
        "DEMAND": layers["village_points"],
        "DEMAND_ID_FIELD": "village_id",
        "POPULATION_FIELD": "resident_pop",
        "FACILITIES": layers["clinics"],
        "FACILITY_ID_FIELD": "fac_id",
        "CAPACITY_FIELD": "doctors",
        "NETWORK": layers["roads"],
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "DIRECTION_FIELD": "direction",
        "ZONES": layers["townships"],
        "ZONE_NAME_FIELD": "town_name",
    }


def select_standard(dialog, standard_id):
    table = dialog.page.standardsTable
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == standard_id
    )
    table.selectRow(row)


def test_standards_table_shows_the_national_presets(plugin, helpers):
    dialog = helpers.open(plugin, "facilitygaps")
    assert isinstance(dialog, FacilityGapsDialog)
    assert "rural_village_clinic" in dialog.standards
    select_standard(dialog, "rural_village_clinic")
    standard = dialog.standards["rural_village_clinic"]
    assert f"{standard.threshold:g}" in dialog.page.thresholdValue.text()
    assert standard.clause in dialog.page.sourceValue.text()
    assert dialog.page.idValue.text() == "rural_village_clinic"
    dialog.tabWidget.setCurrentWidget(dialog.page)
    helpers.shot(dialog, "facility_gaps_standards")
    dialog.page.useStandardButton.click()
    assert dialog.form.value("STANDARD") == "rural_village_clinic"


def test_another_table_can_be_loaded_and_a_bad_one_is_refused(plugin, helpers, tmp_path):
    from urflow.processing_provider.services.analyse_facility_gaps import NATIONAL_STANDARDS

    dialog = helpers.open(plugin, "facilitygaps")
    lines = open(NATIONAL_STANDARDS, encoding="utf-8").read().splitlines()
    province = tmp_path / "province.csv"
    province.write_text("\n".join(lines[:3]).replace("gb50180_", "prov_") + "\n", encoding="utf-8")
    assert dialog.load_standards(str(province))
    assert list(dialog.standards) == ["prov_junior_school", "prov_health_centre"]
    assert dialog.page.standardsTable.rowCount() == 2
    assert dialog.form.value("STANDARDS_TABLE") == str(province)
    bad = tmp_path / "bad.csv"
    bad.write_text("id,foo\nx,1\n", encoding="utf-8")
    assert not dialog.load_standards(str(bad))
    assert "missing columns" in dialog.statusLabel.text()
    assert dialog.page.standardsTable.rowCount() == 2  # the last good table stays


def test_run_adds_styled_outputs_in_a_group(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "facilitygaps")
    dialog.set_parameters(gap_parameters(sample_layers))
    select_standard(dialog, "rural_village_clinic")
    dialog.use_standard()
    helpers.shot(dialog, "facility_gaps_parameters")
    assert dialog.run()
    assert helpers.wait(dialog), dialog.statusLabel.text()
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Facility gaps")
    assert len(group.findLayers()) == 3
    demand = dialog.last_layers["OUTPUT_DEMAND"]
    assert isinstance(demand.renderer(), QgsCategorizedSymbolRenderer)
    assert demand.renderer().classAttribute() == "gap_class"
    assert demand.featureCount() == sample_layers["village_points"].featureCount()
    assert 0 <= dialog.last_results["COVERAGE_RATE"] <= 1

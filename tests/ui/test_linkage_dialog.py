"""The 增减挂钩 dialog opens from its action, runs in the background and shows the balance."""

from qgis.core import QgsCategorizedSymbolRenderer, QgsProject
from qgis.PyQt.QtCore import Qt

from urflow.ui.linkage_dialog import LinkageDialog


def linkage_parameters(layers):
    """The demo's parameters (scripts/demo.py), without the chained priority layer."""
    return {
        "DEMOLITION": layers["settlements"],
        "DEMOLITION_ID_FIELD": "settle_id",
        "KAPPA_FIELD": "kappa",
        "DEMOLITION_GRADE_FIELD": "reclaim_grade",
        "COST_FIELD": "cost_10k",
        "PROTECTED_FIELD": "protected",
        "CONSTRUCTION": layers["construction_candidates"],
        "CONSTRUCTION_ID_FIELD": "cand_id",
        "VALUE_FIELD": "value_10k",
        "MANDATORY_FIELD": "mandatory",
        "CONSTRUCTION_TYPE_FIELD": "cand_type",
        "CULTIVATED": layers["cultivated"],
        "CULTIVATED_GRADE_FIELD": "grade",
        "PERMANENT_FARMLAND": layers["permanent_farmland"],
        "ECO_REDLINE": layers["eco_redline"],
        "URBAN_BOUNDARY": layers["urban_boundary"],
        "GROUP_FIELD": "project_area",
        "MAX_PAIR_DISTANCE": 8000,
        "DISTANCE_WEIGHT": 1,
    }


def test_action_opens_the_dialog(plugin, helpers):
    dialog = helpers.open(plugin, "landquotalinkage")
    assert isinstance(dialog, LinkageDialog)
    assert dialog.isVisible()
    assert helpers.open(plugin, "landquotalinkage") is dialog  # one dialog per algorithm
    assert "DEMOLITION" in dialog.form.widgets
    assert not any(name.startswith("OUTPUT") for name in dialog.form.widgets)


def test_run_adds_styled_outputs_in_a_group_and_fills_the_balance(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "landquotalinkage")
    dialog.set_parameters(linkage_parameters(sample_layers))
    assert dialog.form.value("DEMOLITION_ID_FIELD") == "settle_id"
    helpers.shot(dialog, "linkage_parameters")
    assert dialog.run()
    assert helpers.wait(dialog), dialog.statusLabel.text()

    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Land-quota linkage")
    names = [node.layer().name() for node in group.findLayers()]
    assert len(names) == 4
    demolition = dialog.last_layers["OUTPUT_DEMOLITION"]
    assert isinstance(demolition.renderer(), QgsCategorizedSymbolRenderer)
    assert demolition.renderer().classAttribute() == "state"
    assert dialog.last_layers["OUTPUT_CONSTRUCTION"].labelsEnabled()

    table = dialog.page.balanceTable
    assert table.rowCount() > 0
    results = [
        table.item(r, 2).data(Qt.ItemDataRole.UserRole)
        for r in range(table.rowCount())
        if table.item(r, 2).text()
    ]
    assert results and all(results)  # the demo's plan passes every rule
    dialog.page.groupFilterCombo.setCurrentIndex(0)  # all project areas
    assert table.rowCount() == len(dialog.balance_rows)
    dialog.page.groupFilterCombo.setCurrentIndex(dialog.page.groupFilterCombo.count() - 1)
    helpers.shot(dialog, "linkage_balance")

    stored, ok = QgsProject.instance().readEntry("urflow", "dialogs/landquotalinkage", "")
    assert ok and "settle_id" in stored


def test_bad_parameters_show_an_error_in_the_dialog(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "landquotalinkage")
    parameters = linkage_parameters(sample_layers)
    parameters["CULTIVATED_GRADE_FIELD"] = None
    dialog.set_parameters(parameters)
    assert not dialog.run()
    assert "CULTIVATED_GRADE_FIELD" in dialog.statusLabel.text()
    assert not dialog.is_running()


def test_cancel_stops_a_run(plugin, sample_layers, helpers):
    dialog = helpers.open(plugin, "landquotalinkage")
    dialog.set_parameters(linkage_parameters(sample_layers))
    before = len(QgsProject.instance().mapLayers())
    assert dialog.run()
    dialog.cancel()
    assert helpers.wait(dialog) is False
    assert len(QgsProject.instance().mapLayers()) == before
    assert dialog.runButton.isEnabled()


def test_cancel_while_running_stops_the_run(plugin, sample_layers, helpers):
    import time

    from qgis.core import QgsApplication

    dialog = helpers.open(plugin, "landquotalinkage")
    dialog.set_parameters(linkage_parameters(sample_layers))
    assert dialog.run()
    deadline = time.monotonic() + 30
    while (
        dialog.is_running()
        and dialog.task.status() != dialog.task.TaskStatus.Running
        and time.monotonic() < deadline
    ):
        QgsApplication.processEvents()
    dialog.cancel()
    assert helpers.wait(dialog) is False
    assert "canceled" in dialog.statusLabel.text()


def test_an_infeasible_plan_shows_the_diagnosis_and_the_failing_rule(
    plugin, sample_layers, helpers
):
    """A budget too small for the mandatory 建新 parcels: no plan, and the dialog says why."""
    dialog = helpers.open(plugin, "landquotalinkage")
    dialog.set_parameters({**linkage_parameters(sample_layers), "BUDGET": 1.0})
    assert dialog.run()
    assert helpers.wait(dialog), dialog.statusLabel.text()  # a result, not an error
    assert dialog.last_results["STATUS"] == "infeasible"
    diagnosis = dialog.last_results["DIAGNOSIS"]
    assert diagnosis.startswith("No feasible linkage plan") and "budget" in diagnosis
    assert dialog.messageBar.currentItem().text() == diagnosis
    assert "no feasible plan" in dialog.page.summaryLabel.text()
    failing = [
        row["item"]
        for row in dialog.balance_rows
        if row["kind"] == "rule" and row["result"] == "fail"
    ]
    assert "mandatory_built" in failing
    combo = dialog.page.groupFilterCombo
    assert combo.currentData() == dialog.balance_rows[-1]["group"] == "total"
    helpers.shot(dialog, "linkage_infeasible")

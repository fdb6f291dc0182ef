"""The plugin loads headless and with a GUI, shows its menu and toolbar, and unloads cleanly."""

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import urflow
from urflow.processing_provider.provider import URFlowProvider, algorithm_classes, model_files


def provider_ids():
    return [provider.id() for provider in QgsApplication.processingRegistry().providers()]


def test_headless_load_registers_provider(qgis_app):
    plugin = urflow.classFactory(None)
    plugin.initProcessing()
    try:
        assert "urflow" in provider_ids()
        provider = QgsApplication.processingRegistry().providerById("urflow")
        assert isinstance(provider, URFlowProvider)
        assert provider.name() == "URFlow"
        assert provider.longName().startswith("URFlow 0.")
        assert not provider.icon().isNull()
        # every algorithm class and every ready-made model (resources/models/*.model3)
        assert model_files()
        assert len(provider.algorithms()) == len(algorithm_classes()) + len(model_files())
    finally:
        plugin.unload()
    assert "urflow" not in provider_ids()


def test_init_processing_twice_registers_once(qgis_app):
    plugin = urflow.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()
    try:
        assert provider_ids().count("urflow") == 1
    finally:
        plugin.unload()


def urflow_menu(iface):
    return iface.mainWindow().findChild(QMenu, "mURFlowMenu")


def test_gui_adds_menu_toolbar_and_unload_removes_them(qgis_app, qgis_iface):
    plugin = urflow.classFactory(qgis_iface)
    plugin.initGui()
    try:
        menu = urflow_menu(qgis_iface)
        assert menu is not None
        assert menu.menuAction() in qgis_iface.mainWindow().menuBar().actions()
        names = [action.objectName() for action in menu.actions() if action.objectName()]
        expected = [f"mURFlowAction_{cls().name()}" for cls in algorithm_classes()]
        assert names == expected + ["mURFlowAction_sample"]
        toolbar = qgis_iface.mainWindow().findChild(QToolBar, "mURFlowToolBar")
        assert toolbar is not None
        assert [a.objectName() for a in toolbar.actions()] == expected
        assert "urflow" in provider_ids()
    finally:
        plugin.unload()
    assert urflow_menu(qgis_iface) is None
    assert qgis_iface.mainWindow().findChild(QToolBar, "mURFlowToolBar") is None
    assert plugin.actions == []
    assert "urflow" not in provider_ids()


def test_sample_action_loads_the_styled_sample_county(qgis_app, qgis_iface, qgis_new_project):
    from qgis.core import QgsProject

    plugin = urflow.classFactory(qgis_iface)
    plugin.initGui()
    try:
        action = next(a for a in plugin.actions if a.objectName() == "mURFlowAction_sample")
        action.trigger()
        layers = QgsProject.instance().mapLayers().values()
        sources = {layer.source().split("layername=")[-1] for layer in layers}
        assert {"villages", "roads", "schools", "settlements", "migration_od"} <= sources
        assert all(layer.isValid() for layer in layers)
        groups = QgsProject.instance().layerTreeRoot().children()
        assert "fictitious" in groups[0].name()
    finally:
        plugin.unload()


def test_the_sample_loads_natural_villages_hazards_and_dltb_styled(qgis_app, qgis_new_project):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsProject

    from urflow.sample_county import add_sample_county

    layers = {
        layer.source().split("layername=")[-1]: layer
        for layer in add_sample_county(QgsProject.instance())
    }
    assert {"natural_villages", "hazard_zones", "DLTB"} <= set(layers)
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert {layer.id() for layer in layers.values()} == set(group.findLayerIds())
    for name in ("natural_villages", "hazard_zones", "DLTB"):
        assert layers[name].isValid() and layers[name].featureCount() > 0, name
        assert not group.findLayer(layers[name].id()).isVisible(), name  # shown on demand
    assert layers["natural_villages"].name() == "Natural villages (自然村)"
    assert layers["DLTB"].name() == "Land survey parcels (三调 DLTB)"
    dltb = layers["DLTB"].renderer()
    assert isinstance(dltb, QgsCategorizedSymbolRenderer)
    assert dltb.classAttribute() == 'left("DLBM", 2)'
    assert layers["natural_villages"].renderer().classAttribute() == "is_seat"


@pytest.mark.parametrize("algorithm_class", algorithm_classes())
def test_every_algorithm_has_icon_and_help(qgis_app, algorithm_class):
    algorithm = algorithm_class()
    assert not algorithm.icon().isNull()
    assert algorithm.shortHelpString()

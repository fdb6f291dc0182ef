"""Fixtures for URFlow's dialogs: the plugin with a GUI, the sample county in the project."""

import time
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

import urflow
from urflow import i18n

SHOTS_DIR = Path("/tmp/dialogs")


@pytest.fixture
def plugin(qgis_app, qgis_iface, qgis_new_project):
    """The plugin loaded with a GUI (menu, toolbar, provider); unloaded afterwards."""
    loaded = urflow.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()


@pytest.fixture
def chinese_plugin(qgis_app, qgis_iface, qgis_new_project, monkeypatch):
    """The plugin loaded as in a QGIS whose locale is zh_CN: QGIS's own Chinese translation
    (its Processing widgets speak it) and URFlow's .qm installed."""
    monkeypatch.setattr(i18n, "current_locale", lambda: "zh_CN")
    qgis_translator = QTranslator()
    assert qgis_translator.load("qgis_zh-Hans", QgsApplication.i18nPath()), "no qgis_zh-Hans.qm"
    QCoreApplication.installTranslator(qgis_translator)
    loaded = urflow.classFactory(qgis_iface)
    assert loaded.translator is not None, "urflow_zh_CN.qm did not load (make qm)"
    loaded.initGui()
    yield loaded
    loaded.unload()
    QCoreApplication.removeTranslator(qgis_translator)


@pytest.fixture
def sample_layers(plugin):
    """The sample county added to the project: {GeoPackage layer name: layer}."""
    from urflow.sample_county import add_sample_county

    layers = add_sample_county(QgsProject.instance())
    return {layer.source().split("layername=")[-1]: layer for layer in layers}


def open_dialog(plugin, algorithm_name):
    """Trigger the algorithm's URFlow action and return the dialog it opened."""
    action = next(a for a in plugin.actions if a.objectName() == f"mURFlowAction_{algorithm_name}")
    action.trigger()
    return plugin.dialogs[f"urflow:{algorithm_name}"]


def wait_for_run(dialog, timeout=120.0):
    """Process events until the dialog's run ends; the outcome (True on success)."""
    deadline = time.monotonic() + timeout
    while dialog.is_running() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert not dialog.is_running(), f"the run did not end within {timeout} s"
    for _ in range(20):  # let the task manager forget the finished task
        QgsApplication.processEvents()
    return dialog.last_success


def wait_for_preview(dialog, timeout=60.0):
    """Process events until the hollow dialog's weights preview task ends; True if shown."""
    deadline = time.monotonic() + timeout
    while dialog.preview_task is not None and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert dialog.preview_task is None, f"the preview did not end within {timeout} s"
    return bool(dialog.preview)


def save_shot(widget, name):
    SHOTS_DIR.mkdir(parents=True, exist_ok=True)
    widget.adjustSize() if not widget.isVisible() else None
    path = SHOTS_DIR / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def helpers():
    class Helpers:
        open = staticmethod(open_dialog)
        wait = staticmethod(wait_for_run)
        wait_preview = staticmethod(wait_for_preview)
        shot = staticmethod(save_shot)

    return Helpers

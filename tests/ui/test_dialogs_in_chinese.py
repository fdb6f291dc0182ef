"""A planner with QGIS in Chinese (issue #6): the plugin's dialogs, algorithms and even the
numeric core's error messages speak Chinese, sampled from each dialog and algorithm."""

import re

import processing
import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

from urflow.processing_provider.provider import algorithm_classes
from urflow.sample_county import add_sample_county

from .conftest import open_dialog, save_shot
from .test_hollow_villages_dialog import hollow_parameters

CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
#: Latin words a Chinese planner reads as they are: names, abbreviations, file formats.
ALLOWED = {"URFlow", "GeoPackage", "AHP", "TOPSIS", "CRS", "CSV", "SFCA", "gpkg"}
DIALOGS = (
    "hollowvillages",
    "facilitygaps",
    "landquotalinkage",
    "facilitysiting",
    "settlementconsolidation",
)


def english_texts(widget):
    """Visible texts of ``widget`` with a Latin word outside ALLOWED and no Chinese at all."""
    texts = []
    for child in widget.findChildren(QLabel):
        texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        texts.append(child.text())
    for child in widget.findChildren(QGroupBox):
        texts.append(child.title())
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts.append(widget.windowTitle())
    return sorted(
        {
            text
            for text in texts
            if text and not CJK.search(text) and set(LATIN_WORD.findall(text)) - ALLOWED
        }
    )


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_is_in_chinese(chinese_plugin, name):
    dialog = open_dialog(chinese_plugin, name)
    assert CJK.search(dialog.windowTitle())
    assert dialog.runButton.text() == "运行" and dialog.cancelButton.text() == "取消"
    for index in range(dialog.tabWidget.count()):
        assert CJK.search(dialog.tabWidget.tabText(index))
    assert english_texts(dialog) == []
    for index in range(dialog.tabWidget.count()):  # for a look: /tmp/dialogs/*_zh_tab*.png
        dialog.tabWidget.setCurrentIndex(index)
        save_shot(dialog, f"{name}_zh_tab{index}")


@pytest.mark.parametrize("algorithm_class", algorithm_classes())
def test_each_algorithm_names_its_parameters_in_chinese(chinese_plugin, algorithm_class):
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    assert CJK.search(algorithm.displayName()) and CJK.search(algorithm.group())
    for definition in [*algorithm.parameterDefinitions(), *algorithm.outputDefinitions()]:
        assert CJK.search(definition.description()), definition.name()


def test_a_core_error_reaches_the_planner_in_chinese(chinese_plugin, qgis_new_project):
    """A non-square AHP matrix is refused by the QGIS-free core, in Chinese."""
    layers = {
        layer.source().split("layername=")[-1]: layer
        for layer in add_sample_county(QgsProject.instance())
    }
    with pytest.raises(Exception, match="方阵") as caught:
        processing.run(
            "urflow:hollowvillages",
            {
                **hollow_parameters(layers),
                "WEIGHTING": 1,
                "AHP_MATRIX": "1,2;1/2",
                "OUTPUT": "TEMPORARY_OUTPUT",
                "WEIGHTS_TABLE": "TEMPORARY_OUTPUT",
            },
        )
    assert "square matrix" not in str(caught.value)


def test_a_dialog_shows_a_core_error_in_chinese(chinese_plugin):
    """The facility standards table names a bad row in Chinese."""
    dialog = open_dialog(chinese_plugin, "facilitygaps")
    shown = []
    dialog.show_error = shown.append
    assert not dialog.load_standards(__file__)  # not a standards table
    assert shown and CJK.search(shown[0]) and "missing columns" not in shown[0]

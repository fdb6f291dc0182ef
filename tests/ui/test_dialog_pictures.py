"""Every dialog tab rendered offscreen on the sample county, in English and in Chinese:
``/tmp/dialogs-new/<dialog>_<language>_<tab>.png`` and the whole parameter form
``…_<language>_form.png``, to look at after a change of the dialogs."""

from pathlib import Path

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QImage

from urflow.sample_county import add_sample_county

PICTURES = Path("/tmp/dialogs-new")
DIALOGS = (
    "hollowvillages",
    "facilitygaps",
    "landquotalinkage",
    "facilitysiting",
    "settlementconsolidation",
)


def picture(widget, name):
    PICTURES.mkdir(parents=True, exist_ok=True)
    path = PICTURES / f"{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() > 300 and image.height() > 200
    return path


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", DIALOGS)
def test_every_tab_renders(request, helpers, name, language):
    loaded = request.getfixturevalue("plugin" if language == "en" else "chinese_plugin")
    add_sample_county(QgsProject.instance())
    dialog = helpers.open(loaded, name)
    if name == "hollowvillages":
        assert dialog.preview_weights(), dialog.statusLabel.text()
        assert helpers.wait_preview(dialog), dialog.statusLabel.text()
    for index in range(dialog.tabWidget.count()):
        dialog.tabWidget.setCurrentIndex(index)
        picture(dialog, f"{name}_{language}_tab{index}")
    dialog.tabWidget.setCurrentIndex(0)
    dialog.advancedGroupBox.setCollapsed(False)
    dialog.parametersContents.adjustSize()
    picture(dialog.parametersContents, f"{name}_{language}_form")

"""Render resources/icons/urflow.svg to the 64 px PNG that metadata.txt names."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from qgis.PyQt.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"

app = QGuiApplication(sys.argv)
renderer = QSvgRenderer(str(ICONS / "urflow.svg"))
image = QImage(64, 64, QImage.Format.Format_ARGB32)
image.fill(Qt.GlobalColor.transparent)
painter = QPainter(image)
renderer.render(painter)
painter.end()
image.save(str(ICONS / "urflow.png"))
print(ICONS / "urflow.png")

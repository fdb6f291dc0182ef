"""Applying URFlow's saved styles (``resources/styles/*.qml``) and labels to layers."""

from pathlib import Path

from qgis.core import (
    QgsPalLayerSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from .about import resource_path


def style_path(name: str) -> str:
    return resource_path("styles", f"{name}.qml")


def apply_style(layer, name: str) -> bool:
    """Load ``resources/styles/<name>.qml`` into ``layer``; False if there is no such style."""
    path = style_path(name)
    if not Path(path).exists():
        return False
    _message, ok = layer.loadNamedStyle(path)
    if ok:
        layer.triggerRepaint()
    return bool(ok)


def label_features(layer, text, colour="#1b1b1b", is_expression=False):
    """Small labels with a white buffer: ``text`` is a field name or, with ``is_expression``,
    an expression (a NULL result draws no label)."""
    settings = QgsPalLayerSettings()
    settings.isExpression = is_expression
    settings.fieldName = text
    text_format = QgsTextFormat()
    text_format.setSize(7)
    text_format.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)

"""Applying URFlow's saved styles (``resources/styles/*.qml``) to layers."""

from pathlib import Path

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

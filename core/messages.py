"""Translatable text of the QGIS-free core.

The core cannot import Qt, yet its messages reach planners (bad input, an infeasible land
balance). Every such text is written ``tr("… {name} …").format(name=…)``: ``tr`` returns the
English text until the plugin installs Qt's translator with :func:`install_translator`, after
which the Chinese ``.qm`` answers. ``pylupdate5`` finds bare ``tr("…")`` calls and files them
under the ``@default`` context, which is the context used here.
"""

from __future__ import annotations

from typing import Callable

CONTEXT = "@default"

_translate: Callable[[str, str], str] | None = None


def install_translator(translate: Callable[[str, str], str] | None) -> None:
    """Use ``translate(context, text)`` (e.g. ``QCoreApplication.translate``); None = English."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    """``text`` in the user's language (English when no translator is installed)."""
    return text if _translate is None else _translate(CONTEXT, text)

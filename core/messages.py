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


def listing(items, limit: int = 10) -> str:
    """``"3, 7, 9"``: the first ``limit`` items for a message, then how many there are in all."""
    items = [item.item() if hasattr(item, "item") else item for item in items]
    text = ", ".join(str(item) for item in items[:limit])
    if len(items) > limit:
        text = tr("{items} … ({count} in all)").format(items=text, count=len(items))
    return text


def row_listing(rows, limit: int = 10) -> str:
    """:func:`listing` of 0-based row numbers, saying so."""
    return tr("{rows} (0-based)").format(rows=listing(rows, limit))

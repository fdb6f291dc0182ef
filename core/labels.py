"""Labels of stable output codes: one table per categorical field, one way to read it.

Outputs carry a stable code (an integer or an English id) that scripts and models read, and a
label field beside it in the output language, drawn from the code's :class:`LabelTable`.
Nothing reads a label back: code is the contract, label is for people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Tuple

import numpy as np

LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class LabelTable:
    """``code → (English, 中文)`` for one categorical output field.

    ``field`` names the code field it labels (e.g. ``hollow_level``), so a reader of any output
    can find the one table that labels it.
    """

    field: str
    entries: Mapping[object, Tuple[str, str]]

    @property
    def codes(self) -> tuple:
        return tuple(self.entries)

    def label(self, code, language: str = "en"):
        """The label of ``code`` in ``language`` (``en`` or ``zh``); None for a missing code."""
        if code is None or (isinstance(code, float) and np.isnan(code)):
            return None
        key = code.item() if hasattr(code, "item") else code
        en, zh = self.entries[key]
        return zh if language == "zh" else en

    def labels(self, codes, language: str = "en") -> np.ndarray:
        """Labels of an array of codes, as an object array (None where a code is missing)."""
        return np.array(
            [self.label(c, language) for c in np.asarray(codes, dtype=object)], dtype=object
        )

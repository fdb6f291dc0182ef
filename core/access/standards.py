"""The editable standards tables (``resources/standards/*.csv``) and choosing a preset.

A preset row gives a facility type its threshold, cost unit, travel mode and provision per
1000 people, with its source and clause; values the user sets explicitly win over the preset's.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

from ...about import RESOURCES_DIR
from ..checks import choice
from ..errors import InputError
from ..messages import tr
from .roads import TRAVEL_MODES
from .units import COST_UNITS

#: the bundled national presets
NATIONAL_STANDARDS = RESOURCES_DIR / "standards" / "china_national.csv"
POPULATION_BASES = ("total", "60plus", "3_5", "6_11")
STATUSES = ("checked", "known", "verify", "practice")


@dataclass(frozen=True)
class FacilityStandard:
    """One preset row: the threshold and provision rule for one facility type."""

    id: str
    facility_zh: str
    facility_en: str
    level: str
    threshold: float
    cost_unit: str
    travel_mode: str
    provision_per_1000: float | None
    provision_unit: str
    population_basis: str
    source: str
    clause: str
    status: str
    note: str
    level_zh: str = ""
    clause_zh: str = ""
    note_zh: str = ""

    def text(self, column: str, language: str) -> str:
        """``level``, ``clause`` or ``note`` in ``language`` ("zh" or "en").

        The ``_zh`` column is optional: a province table without it shows the English text.
        """
        english = getattr(self, column)
        return (getattr(self, f"{column}_zh") or english) if language == "zh" else english

    def name(self, language: str) -> str:
        """The facility's name in ``language`` ("zh" or "en"): the ``facility_type`` label."""
        return self.facility_zh if language == "zh" else self.facility_en


#: Columns a table may leave out (the Chinese texts fall back to the English ones).
OPTIONAL_COLUMNS = ("level_zh", "clause_zh", "note_zh")


def _number(text: str, where: str, allow_empty: bool) -> float | None:
    if not text.strip():
        if allow_empty:
            return None
        raise InputError(tr("{where}: a number is required").format(where=where))
    try:
        value = float(text)
    except ValueError:
        raise InputError(
            tr("{where}: {text} is not a number").format(where=where, text=repr(text))
        ) from None
    if not value > 0:
        raise InputError(
            tr("{where}: must be greater than 0, not {text}").format(where=where, text=text)
        )
    return value


def load_facility_standards(path: str | Path) -> dict:
    """Read a facility standards CSV (UTF-8, with or without BOM, or GBK as Chinese Excel
    saves it) into ``{id: FacilityStandard}``, in file order.

    Raises
    ------
    InputError
        naming the file, row and column of the first bad value (a duplicate id, an unknown
        cost unit, travel mode, population basis or status, a missing source or clause, a
        threshold that is not a positive number).
    """
    path = Path(path)
    standards = {}
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            tr("Cannot read the standards table {path}: {error}").format(
                path=path, error=getattr(error, "strerror", None) or error
            )
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by Chinese Excel
        try:
            text = data.decode("gbk")
        except UnicodeDecodeError as error:
            raise InputError(
                tr("The standards table {path} is neither UTF-8 nor GBK text.").format(path=path)
            ) from error
    with io.StringIO(text, newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            where = tr("{file} line {line}").format(file=path.name, line=line)
            missing = [
                key
                for key in FacilityStandard.__dataclass_fields__
                if key not in row and key not in OPTIONAL_COLUMNS
            ]
            if missing:
                raise InputError(
                    tr("{file}: missing columns {columns}").format(
                        file=path.name, columns=", ".join(missing)
                    )
                )
            row = {
                key: (value or "").strip()
                for key, value in row.items()
                if key in FacilityStandard.__dataclass_fields__
            }
            for column, allowed in (
                ("cost_unit", COST_UNITS),
                ("travel_mode", TRAVEL_MODES),
                ("population_basis", POPULATION_BASES),
                ("status", STATUSES),
            ):
                if row[column] not in allowed:
                    raise InputError(
                        tr("{where}, {column}: {value} is not one of {allowed}").format(
                            where=where,
                            column=column,
                            value=repr(row[column]),
                            allowed=", ".join(allowed),
                        )
                    )
            for column in ("id", "source", "clause"):
                if not row[column]:
                    raise InputError(
                        tr("{where}: {column} is empty").format(where=where, column=column)
                    )
            if row["id"] in standards:
                raise InputError(
                    tr("{where}: id {id} appears twice").format(where=where, id=repr(row["id"]))
                )
            standards[row["id"]] = FacilityStandard(
                **{
                    **row,
                    "threshold": _number(row["threshold"], f"{where}, threshold", False),
                    "provision_per_1000": _number(
                        row["provision_per_1000"], f"{where}, provision_per_1000", True
                    ),
                }
            )
    return standards


@dataclass(frozen=True)
class StandardChoice:
    """What a run uses: the preset (None = custom) and the values it settles.

    Attributes
    ----------
    standard : FacilityStandard or None
    travel_mode : str
        One of ``walk``, ``bicycle``, ``ebike``, ``car``.
    cost_unit : str
        ``minutes`` or ``meters``.
    threshold : float
        > 0, in ``cost_unit``.
    provision_per_1000 : float or None
        Capacity per 1000 people; None or 0 = no provision standard.
    """

    standard: Optional[FacilityStandard]
    travel_mode: str
    cost_unit: str
    threshold: float
    provision_per_1000: Optional[float]


def choose_standard(
    standards: Mapping[str, FacilityStandard],
    preset_id: str = "",
    table: str = "",
    *,
    travel_mode: Optional[str] = None,
    cost_unit: Optional[str] = None,
    threshold: Optional[float] = None,
    provision_per_1000: Optional[float] = None,
) -> StandardChoice:
    """The preset ``preset_id`` of ``standards`` (read from ``table``), overridden by every
    value given (not None); without a preset: walk, minutes, no provision, and the threshold
    must be given.

    Raises
    ------
    InputError
        For an id not in the table (naming the known ids), or no threshold > 0.
    """
    preset = None
    if preset_id:
        if preset_id not in standards:
            raise InputError(
                tr("STANDARD '{id}' is not in {table}; known ids: {ids}").format(
                    id=preset_id, table=table, ids=", ".join(standards)
                )
            )
        preset = standards[preset_id]

    def pick(value, column, default):
        if value is not None:
            return value
        return getattr(preset, column) if preset is not None else default

    chosen = StandardChoice(
        standard=preset,
        travel_mode=choice(
            pick(travel_mode, "travel_mode", "walk"), TRAVEL_MODES, tr("travel mode")
        ),
        cost_unit=choice(pick(cost_unit, "cost_unit", "minutes"), COST_UNITS, tr("cost unit")),
        threshold=pick(threshold, "threshold", None),
        provision_per_1000=pick(provision_per_1000, "provision_per_1000", None),
    )
    if chosen.threshold is None or not chosen.threshold > 0:
        raise InputError(tr("Set THRESHOLD (> 0) or choose a STANDARD preset that has one."))
    return chosen

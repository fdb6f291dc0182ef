"""Reading the editable standards tables (``resources/standards/*.csv``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..messages import tr

COST_UNITS = ("meters", "minutes")
POPULATION_BASES = ("total", "60plus", "3_5", "6_11")
STATUSES = ("checked", "known", "verify", "practice")
TRAVEL_MODES = ("walk", "bicycle", "ebike", "car")


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
    """Read a facility standards CSV into ``{id: FacilityStandard}``, in file order.

    Raises
    ------
    InputError
        naming the file, row and column of the first bad value (a duplicate id, an unknown
        cost unit, travel mode, population basis or status, a missing source or clause, a
        threshold that is not a positive number).
    """
    path = Path(path)
    standards = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
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

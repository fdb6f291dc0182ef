"""The editable code table of 三调图斑提取: which DLTB field and codes select each layer.

A CSV with the columns ``role``, ``classification``, ``field``, ``codes`` and ``note``
(``resources/landsurvey/codes.csv`` is the shipped default; its README describes it). Codes are
compared after trimming, case-folding and dropping leading zeros (:func:`normalise_code`), field
names case-insensitively (:func:`find_field`), as shapefiles and GBK files deliver them.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from typing import Dict, Mapping, Optional, Sequence, Tuple

from ..errors import InputError
from ..messages import tr

COLUMNS = ("role", "classification", "field", "codes")
#: Roles that select parcels (a field and codes) and roles that only name a field.
SELECTING = ("settlement", "homestead", "cultivated")
FIELD_ONLY = ("grade", "tbmj")
ROLES = SELECTING + FIELD_ONLY
#: CLASSIFICATION parameter value → classification id in the table.
CLASSIFICATIONS = ("sandiao", "ydyh")
#: Spellings accepted in the ``classification`` column.
CLASSIFICATION_WORDS = {
    "sandiao": "sandiao",
    "0": "sandiao",
    "三调": "sandiao",
    "ydyh": "ydyh",
    "1": "ydyh",
    "用地用海": "ydyh",
    "*": "*",
    "": "*",
    "all": "*",
}
#: The shipped default table.
DEFAULT_TABLE_PATH = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    "resources",
    "landsurvey",
    "codes.csv",
)
_SEPARATORS = re.compile(r"[;|、，,\s]+")


def normalise_code(value) -> Optional[str]:
    """A code as compared: trimmed, case-folded, without leading zeros; None for NULL/empty.

    Numbers delivered as such (``702``, ``203.0``) become their integer text, so a DLBM field
    typed as integer by a spreadsheet still matches ``0702``.
    """
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            return None
        if value == int(value):
            value = int(value)
    text = str(value).strip().casefold()
    if text in ("", "null"):
        return None
    stripped = text.lstrip("0")
    return stripped or "0"


def find_field(names: Sequence[str], wanted: Optional[str]) -> Optional[str]:
    """The field of ``names`` that is ``wanted``: exact, else the only case-insensitive match.

    Raises InputError when two fields differ only in case and neither is exact.
    """
    if not wanted:
        return None
    if wanted in names:
        return wanted
    folded = [name for name in names if name.strip().casefold() == wanted.strip().casefold()]
    if len(folded) > 1:
        raise InputError(
            tr("The fields {fields} all match '{wanted}' (case-insensitively); keep one.").format(
                fields=", ".join(folded), wanted=wanted
            )
        )
    return folded[0] if folded else None


@dataclass(frozen=True)
class Rule:
    """One role of the table for one classification: its field and, if selecting, its codes."""

    role: str
    field: str
    codes: Tuple[str, ...] = ()

    @property
    def normalised(self) -> frozenset:
        return frozenset(normalise_code(code) for code in self.codes)


@dataclass(frozen=True)
class CodeTable:
    """Rules per classification: ``rules[classification][role]``."""

    rules: Mapping[str, Mapping[str, Rule]]

    def rule(self, classification: str, role: str) -> Optional[Rule]:
        return self.rules.get(classification, {}).get(role)


def decode(data: bytes) -> str:
    """CSV bytes as text: UTF-8 (with or without BOM), else GBK (GB18030)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as error:
            raise InputError(tr("The code table is neither UTF-8 nor GBK text.")) from error


def read_code_table(path: Optional[str] = None) -> CodeTable:
    """The table in the CSV file ``path`` (None or empty: the shipped default)."""
    path = path or DEFAULT_TABLE_PATH
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(
            tr("The code table {path} cannot be read: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    return parse_code_table(decode(data))


def _codes(text: str) -> Tuple[str, ...]:
    return tuple(code for code in _SEPARATORS.split(text.strip()) if code)


def parse_code_table(text: str) -> CodeTable:
    """The :class:`CodeTable` of a CSV text.

    Raises
    ------
    InputError
        A missing column, an unknown role or classification, a duplicate row, a selecting
        role without field or codes, or a classification left without one of the selecting
        roles.
    """
    first = text.split("\n", 1)[0]  # Excel in some locales saves with ';' or tabs
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        raise InputError(tr("The code table is empty."))
    header = [name.strip().casefold() for name in rows[0]]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise InputError(
            tr("The code table lacks the columns {missing}; it needs {columns}.").format(
                missing=", ".join(missing), columns=", ".join(COLUMNS)
            )
        )
    column = {name: header.index(name) for name in COLUMNS}
    rules: Dict[str, Dict[str, Rule]] = {name: {} for name in CLASSIFICATIONS}
    explicit: Dict[str, set] = {name: set() for name in CLASSIFICATIONS}
    for line, raw in enumerate(rows[1:], start=2):
        row = {name: (raw[i].strip() if i < len(raw) else "") for name, i in column.items()}
        if not any(row.values()) or row["role"].startswith("#"):
            continue
        role = row["role"].casefold()
        if role not in ROLES:
            raise InputError(
                tr("Code table line {line}: unknown role '{role}'; the roles are {roles}.").format(
                    line=line, role=row["role"], roles=", ".join(ROLES)
                )
            )
        where = CLASSIFICATION_WORDS.get(row["classification"].casefold())
        if where is None:
            raise InputError(
                tr(
                    "Code table line {line}: unknown classification '{value}'; use sandiao "
                    "(三调), ydyh (用地用海) or * (both)."
                ).format(line=line, value=row["classification"])
            )
        codes = _codes(row["codes"])
        if role in SELECTING and not (row["field"] and codes):
            raise InputError(
                tr("Code table line {line}: role '{role}' needs a field and codes.").format(
                    line=line, role=role
                )
            )
        rule = Rule(role, row["field"], codes if role in SELECTING else ())
        for classification in CLASSIFICATIONS if where == "*" else (where,):
            if where != "*":
                if role in explicit[classification]:
                    raise InputError(
                        tr("Code table line {line}: a second '{role}' row for {where}.").format(
                            line=line, role=role, where=classification
                        )
                    )
                explicit[classification].add(role)
                rules[classification][role] = rule
            elif role not in explicit[classification]:
                if role in rules[classification]:
                    raise InputError(
                        tr("Code table line {line}: a second '{role}' row for {where}.").format(
                            line=line, role=role, where="*"
                        )
                    )
                rules[classification][role] = rule
    for classification in CLASSIFICATIONS:
        lacking = [role for role in SELECTING if role not in rules[classification]]
        if lacking:
            raise InputError(
                tr("The code table has no {roles} row for {where}.").format(
                    roles=", ".join(lacking), where=classification
                )
            )
    return CodeTable(rules)

"""The ordered rule table of village classification: reading, checking and ordering it.

A rule is a row of a CSV with the columns ``order``, ``class_code``, ``condition``, ``label_zh``,
``label_en`` and ``source``, and optionally ``source_zh`` and ``source_en`` (the source in one
language, preferred over ``source`` by a run in that language). Rules are tried in ascending
``order``; the first whose condition is true decides (:mod:`.decide`). Conditions are QGIS
expressions, evaluated by the adapter; here they are only text.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from typing import Iterable, List, Mapping, Sequence, Tuple

from ..errors import InputError
from ..messages import tr
from .classes import VILLAGE_CLASSES

COLUMNS = ("order", "class_code", "condition", "label_zh", "label_en", "source")
#: Columns a table may add: the source in one language (a run in it writes that text).
SOURCE_COLUMNS = {"zh": "source_zh", "en": "source_en"}
#: The national preset shipped with the plugin (provinces copy and edit it).
PRESET_PATH = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
    "resources",
    "standards",
    "village_classification_rules.csv",
)


@dataclass(frozen=True)
class Rule:
    """One row of the rule table."""

    order: int
    class_code: int
    condition: str
    label_zh: str = ""
    label_en: str = ""
    source: str = ""
    #: ``(language, source)`` pairs ("zh", "en") where the table gives the source in one language
    sources: Tuple[Tuple[str, str], ...] = ()

    def source_in(self, language: str) -> str:
        """The rule's source in ``language`` (``zh``/``en``), else ``source``."""
        return dict(self.sources).get("zh" if language == "zh" else "en") or self.source


def decode(data: bytes) -> str:
    """CSV bytes as text: UTF-8 (with or without BOM), else GBK."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gbk")
        except UnicodeDecodeError as error:
            raise InputError(tr("The rules table is neither UTF-8 nor GBK text.")) from error


def _integer(value, what: str, line: int) -> int:
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        number = float("nan")
    if not number == number or number != int(number):
        raise InputError(
            tr("Rules table line {line}: {what} must be an integer, got {value}.").format(
                line=line, what=what, value=repr(value)
            )
        )
    return int(number)


def parse_rules(text: str) -> Tuple[Rule, ...]:
    """The rules of a CSV text, sorted by ``order``.

    Raises
    ------
    InputError
        A missing column, an empty or non-integer order, an unknown class code, an empty
        condition, duplicate orders, or no rule at all.
    """
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise InputError(
            tr("The rules table lacks the columns {missing}; it needs {columns}.").format(
                missing=", ".join(missing), columns=", ".join(COLUMNS)
            )
        )
    rows = []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()) or row["order"].startswith("#"):
            continue
        rows.append((line, row))
    return make_rules(rows)


def make_rules(rows: Iterable[Tuple[int, Mapping[str, str]]]) -> Tuple[Rule, ...]:
    """Rules from ``(line, row)`` pairs (row keyed by :data:`COLUMNS`), checked and sorted."""
    rules: List[Rule] = []
    for line, row in rows:
        order = _integer(row.get("order"), "order", line)
        code = _integer(row.get("class_code"), "class_code", line)
        if code not in VILLAGE_CLASSES.codes:
            raise InputError(
                tr(
                    "Rule {order}: unknown class_code {code}; the codes are 1 集聚提升, "
                    "2 城郊融合, 3 特色保护, 4 搬迁撤并, 0 暂不分类."
                ).format(order=order, code=code)
            )
        condition = str(row.get("condition") or "").strip()
        if not condition:
            raise InputError(tr("Rule {order}: the condition is empty.").format(order=order))
        rules.append(
            Rule(
                order,
                code,
                condition,
                str(row.get("label_zh") or ""),
                str(row.get("label_en") or ""),
                str(row.get("source") or ""),
                tuple(
                    (language, str(row[column]))
                    for language, column in SOURCE_COLUMNS.items()
                    if row.get(column)
                ),
            )
        )
    if not rules:
        raise InputError(tr("The rules table has no rule."))
    orders = [rule.order for rule in rules]
    twice = sorted({order for order in orders if orders.count(order) > 1})
    if twice:
        raise InputError(
            tr("The rules table gives the same order to several rules: {orders}.").format(
                orders=", ".join(str(o) for o in twice)
            )
        )
    return tuple(sorted(rules, key=lambda rule: rule.order))


def load_rules(path: str = "") -> Tuple[Rule, ...]:
    """The rules of the CSV at ``path`` (UTF-8 or GBK); empty path = the national preset."""
    path = path or PRESET_PATH
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(
            tr("Cannot read the rules table {path}: {error}").format(path=path, error=error)
        ) from error
    return parse_rules(decode(data))


def unknown_fields(
    rules: Sequence[Rule], referenced: Sequence[Iterable[str]], known: Iterable[str]
) -> None:
    """Raise naming the first rule whose condition names a field not in ``known``.

    ``referenced[k]`` are the fields rule ``k``'s condition names (from QGIS's parser).
    """
    known = set(known)
    for rule, names in zip(rules, referenced):
        unknown = sorted(set(names) - known)
        if unknown:
            raise InputError(
                tr(
                    "Rule {order}: the condition names the field {fields}, which neither the "
                    "village layer nor the derived fields have."
                ).format(order=rule.order, fields=", ".join(unknown))
            )


def disabled_rules(
    rules: Sequence[Rule], referenced: Sequence[Iterable[str]], unavailable: Iterable[str]
) -> dict:
    """``{rule order: [fields]}``: rules naming a derived field whose input was not given.

    Their condition counts as false for every village (the adapter warns, naming the rule).
    """
    unavailable = set(unavailable)
    out = {}
    for rule, names in zip(rules, referenced):
        missing = sorted(set(names) & unavailable)
        if missing:
            out[rule.order] = missing
    return out

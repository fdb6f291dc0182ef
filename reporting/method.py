"""The "method and parameters" part of each section, in plain words, read from the run's record.

Every analysis records its run on its outputs (``processing_provider/run_record.py``): the
layers given, the parameters, the method as the run resolved it and the result values. A section
states them as a two-column table (item, value with its unit), so the report says what the run
used and never disagrees with it. A layer written without a record (another tool, an older
URFlow) gets a note saying that the method could not be read.

Each section module builds its rows with the functions here; a new analysis adds its own rows
function beside its section.
"""

from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Sequence, Tuple

from .markup import element
from .tables import html_table
from .values import format_count, format_number, format_percent, format_quantity, is_missing

Row = Tuple[str, str]


@dataclass(frozen=True)
class Run:
    """One run's record: algorithm id, layers given (by name), parameters, resolved method and
    result values (see ``processing_provider/run_record.py``)."""

    algorithm: str = ""
    inputs: Mapping = field(default_factory=dict)
    parameters: Mapping = field(default_factory=dict)
    method: Mapping = field(default_factory=dict)
    results: Mapping = field(default_factory=dict)


def run_from(record) -> Optional[Run]:
    """A :class:`Run` from a record dict (None: no record)."""
    if not isinstance(record, Mapping):
        return None
    return Run(
        str(record.get("algorithm") or ""),
        dict(record.get("inputs") or {}),
        dict(record.get("parameters") or {}),
        dict(record.get("method") or {}),
        dict(record.get("results") or {}),
    )


def add_method(section, rows: Sequence[Row], tr, run: Optional[Run]) -> None:
    """The heading "Method and parameters" and the table of ``rows``; without a record a note
    saying the run's parameters are not known."""
    section.heading(tr("Method and parameters"), 3)
    if run is None:
        section.parts.append(
            element(
                "p",
                tr(
                    "This layer carries no record of the run that wrote it (not written by "
                    "this version of URFlow): the method and parameters cannot be stated; the "
                    "figures below are read from its fields."
                ),
                "note",
            )
        )
        return
    section.add_table(html_table([tr("Item"), tr("Value")], rows))


def number(value, digits: int = 2) -> str:
    return format_number(value, digits)


def names(value) -> str:
    """Layer or field names as one text (a list joined by commas)."""
    if is_missing(value) or value == "" or value == []:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if v not in (None, ""))
    return str(value)


def input_rows(run: Run, labels: Mapping[str, str], tr) -> List[Row]:
    """One row per layer given (``labels``: parameter name → what it is; others left out)."""
    rows = []
    for key, label in labels.items():
        found = names(run.inputs.get(key))
        if found:
            rows.append((label, tr("layer “{name}”").format(name=found)))
    return rows


def field_rows(run: Run, labels: Mapping[str, str], tr) -> List[Row]:
    """One row per field parameter given (``labels``: parameter name → what it holds)."""
    rows = []
    for key, label in labels.items():
        found = names(run.parameters.get(key))
        if found:
            rows.append((label, tr("field “{name}”").format(name=found)))
    return rows


def limit_text(value, unit: str, tr, digits: int = 0) -> str:
    """``8,000 m`` or "no limit" for 0 (or missing)."""
    if is_missing(value) or float(value) == 0:
        return tr("no limit")
    return format_quantity(value, unit, digits)


def seconds_text(value, tr) -> str:
    if is_missing(value):
        return tr("not recorded")
    return tr("{seconds} s").format(seconds=format_number(value, 1))


def count_text(value) -> str:
    return format_count(value)


def percent_text(share) -> str:
    return format_percent(share)


def yes_no(value, tr) -> str:
    return tr("yes") if value else tr("no")

"""Field values as the report reads and shows them: missing values, numbers, grouping keys.

Values arrive as the layers hold them: numbers, numeric text (a CSV read back), None, NaN or
a NULL-like object whose text is ``NULL``. Every function here accepts all of these.
"""

import math

#: How a missing value is shown on the page.
MISSING = "—"


def is_missing(value) -> bool:
    """None, NULL-like values and NaN are missing."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return str(value) == "NULL"


def to_float(value) -> float:
    """A number from a field value (numbers, numeric text); NaN for anything else."""
    if is_missing(value):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def text_key(value) -> str:
    """A grouping key: the value as text, ``''`` for a missing value."""
    return "" if is_missing(value) else str(value)


def format_number(value, digits: int = 2) -> str:
    """``1234.5`` → ``1,234.50`` (``digits`` decimals); missing → em dash; text as written."""
    number = to_float(value)
    if math.isnan(number):
        return MISSING if is_missing(value) else str(value)
    return f"{number:,.{digits}f}"


def format_percent(value, digits: int = 1) -> str:
    """A share 0–1 as a percentage (``0.256`` → ``25.6 %``); missing → em dash."""
    number = to_float(value)
    return MISSING if math.isnan(number) else f"{number * 100:.{digits}f} %"


def mean(values) -> float:
    """The mean of the numbers among ``values`` (missing ones left out); NaN when none."""
    numbers = [x for x in map(to_float, values) if not math.isnan(x)]
    return sum(numbers) / len(numbers) if numbers else math.nan


def group_indices(keys):
    """``{key: [indices]}`` of the features per grouping key, keys sorted by name and the
    features without a key (``''``) last."""
    groups = {}
    for i, key in enumerate(keys):
        groups.setdefault(text_key(key), []).append(i)
    return {key: groups[key] for key in sorted(groups, key=lambda name: (name == "", name))}


#: Mu (亩) per hectare.
MU_PER_HA = 15.0


def format_count(value) -> str:
    """A count as an integer with thousands separated (``56.0`` → ``56``, ``1234`` →
    ``1,234``); missing → em dash."""
    number = to_float(value)
    return MISSING if math.isnan(number) else f"{round(number):,d}"


def format_quantity(value, unit: str, digits: int = 2) -> str:
    """A number with its unit (``1,234.50 ha``, ``15 minutes``); missing → em dash."""
    text = format_number(value, digits)
    return text if text == MISSING or not unit else f"{text} {unit}"


def format_area(hectares, digits: int = 2) -> str:
    """An area in ha and in 亩 (``1.20 ha (18.0 亩)``); missing → em dash."""
    number = to_float(hectares)
    if math.isnan(number):
        return MISSING
    return f"{number:,.{digits}f} ha ({number * MU_PER_HA:,.1f} 亩)"

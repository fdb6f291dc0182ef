"""The 增减挂钩 balance sheet as table rows a planner can paste: figures, then one row per rule.

One dict per row, keyed like the OUTPUT_BALANCE fields. Codes (``group_code``, ``kind``,
``item``, ``passed``, ``required``) are stable; ``group``, ``label``, ``unit`` and ``result``
are their labels in the output language (:mod:`.labels`).
"""

from __future__ import annotations

import math

from .accounting import TOTAL_GROUP, BalanceSheet, ha_to_mu
from .labels import (
    AREA_RULES,
    FIGURE_ITEMS,
    FIGURE_LABELS,
    GROUPS,
    PASSED,
    RELATIONS,
    RULE_LABELS,
    STATUSES,
    UNITS,
)

#: The OUTPUT_BALANCE fields in order (``passed`` and ``group_code`` added last).
BALANCE_FIELDS = (
    "group",
    "kind",
    "item",
    "label",
    "value",
    "value_mu",
    "unit",
    "relation",
    "limit",
    "result",
    "required",
    "passed",
    "group_code",
)


def group_label(code, language: str = "en"):
    """The label of a group code: the built-in pools translated, a project area as it is."""
    if code is None:
        return None
    return GROUPS.label(code, language) if code in GROUPS.entries else str(code)


def _finite(value):
    value = float(value)
    return value if math.isfinite(value) else None


def _row(**values):
    row = dict.fromkeys(BALANCE_FIELDS)
    row.update(values)
    return row


def balance_table(sheet: BalanceSheet, quota_basis: str, language: str = "en", diagnosis=None):
    """Rows per project area, then the total; the diagnosis row first when ``diagnosis``.

    Parameters
    ----------
    sheet : BalanceSheet
    quota_basis : str
        ``reclaimed_cultivated`` (quota symbol R) or ``reclaimed_construction`` (A).
    language : {'en', 'zh'}
        Language of the labels.
    diagnosis : str, optional
        Why there is no plan (an infeasible run): a row of kind ``diagnosis``, item
        ``infeasible``, the reason in ``label``, ``passed`` 0.
    """
    quota_symbol = "R" if quota_basis == "reclaimed_cultivated" else "A"
    rows = []
    if diagnosis is not None:
        rows.append(
            _row(
                group=group_label(TOTAL_GROUP, language),
                group_code=TOTAL_GROUP,
                kind="diagnosis",
                item="infeasible",
                label=diagnosis,
                result=STATUSES.label("infeasible", language),
                passed=0,
            )
        )
    for balance in sheet.groups + (sheet.total,):
        group = dict(group=group_label(balance.group, language), group_code=balance.group)
        for item, unit, is_area in FIGURE_ITEMS:
            value = getattr(balance, item)
            if item == "new_cultivated_ratio":
                value = value * 100.0
            rows.append(
                _row(
                    **group,
                    kind="figure",
                    item=item,
                    label=FIGURE_LABELS.label(item, language),
                    value=_finite(value),
                    value_mu=_finite(ha_to_mu(value)) if is_area else None,
                    unit=UNITS.label(unit, language),
                )
            )
        for rule in balance.rules:
            area_rule = rule.rule in AREA_RULES
            rows.append(
                _row(
                    **group,
                    kind="rule",
                    item=rule.rule,
                    label=RULE_LABELS.label(rule.rule, language).format(q=quota_symbol),
                    value=_finite(rule.left),
                    value_mu=_finite(ha_to_mu(rule.left)) if area_rule else None,
                    unit=UNITS.label("ha", language) if area_rule else "",
                    relation=RELATIONS.get(rule.relation, rule.relation),
                    limit=_finite(rule.right),
                    result=PASSED.label(int(rule.passed), language),
                    required=int(rule.required),
                    passed=int(rule.passed),
                )
            )
    return rows

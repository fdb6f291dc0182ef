"""The 增减挂钩 balance sheet as table rows a planner can paste: figures, then one row per rule."""

import math

from ...core import linkage

GROUP_NAMES = {
    "county": ("全县", "county"),
    "total": ("合计", "total"),
    "(no project area)": ("（无项目区）", "(no project area)"),
}
# (attribute of GroupBalance, zh, en, unit zh, unit en, area in ha → also in mu)
FIGURES = [
    ("n_demolition", "拆旧地块数", "拆旧 parcels", "个", "parcels", False),
    ("demolition_ha", "拆旧面积 A", "拆旧 (demolition) area A", "公顷", "ha", True),
    ("reclaimed_ha", "复垦耕地面积 R", "reclaimed cultivated land R", "公顷", "ha", True),
    ("quota_ha", "挂钩指标", "linkage quota", "公顷", "ha", True),
    ("n_construction", "建新地块数", "建新 parcels", "个", "parcels", False),
    ("construction_ha", "建新面积 B", "建新 (construction) area B", "公顷", "ha", True),
    ("resettlement_ha", "其中安置用地", "of which resettlement", "公顷", "ha", True),
    ("occupied_ha", "建新占用耕地 O", "cultivated land occupied O", "公顷", "ha", True),
    ("net_cultivated_ha", "净增耕地 R − O", "net new cultivated land R − O", "公顷", "ha", True),
    (
        "new_cultivated_ratio",
        "新增耕地率 (R − O)/A",
        "new cultivated land ratio (R − O)/A",
        "%",
        "%",
        False,
    ),
    (
        "quality_demolition",
        "复垦耕地质量分 Σaκ(G−g)",
        "quality points gained Σaκ(G−g)",
        "分",
        "points",
        False,
    ),
    (
        "quality_construction",
        "占用耕地质量分 Σo(G−g′)",
        "quality points lost Σo(G−g′)",
        "分",
        "points",
        False,
    ),
    ("surplus_ha", "节余指标（指标 − B）", "surplus quota (quota − B)", "公顷", "ha", True),
    (
        "surplus_resettlement_ha",
        "节余指标（指标 − 安置用地）",
        "surplus quota (quota − resettlement)",
        "公顷",
        "ha",
        True,
    ),
    ("cost", "拆旧成本", "demolition cost", "", "", False),
    ("value", "建新价值", "construction value", "", "", False),
]
RULES = {
    "construction_lt_demolition": (
        "建新面积小于拆旧面积 (B < A)",
        "construction area below demolition area (B < A)",
    ),
    "quota_repaid": ("建新面积不超过挂钩指标 (B ≤ {q})", "construction within the quota (B ≤ {q})"),
    "cultivated_not_reduced": ("耕地面积不减少 (R ≥ O)", "cultivated land not reduced (R ≥ O)"),
    "quality": (
        "耕地质量不降低（质量分 拆旧 ≥ 建新）",
        "cultivated land quality not lowered (points gained ≥ lost)",
    ),
    "protected_untouched": ("受保护拆旧地块入选数", "protected 拆旧 parcels selected"),
    "excluded_untouched": ("管控线排除的建新地块入选数", "excluded 建新 parcels selected"),
    "mandatory_built": ("未入选的必选建新地块数", "mandatory 建新 parcels not selected"),
    "budget": ("拆旧成本不超过预算", "cost within the budget"),
}
RESULT = {True: ("通过", "pass"), False: ("不通过", "fail")}
RELATIONS = {"<": "<", "<=": "≤", ">=": "≥", "==": "="}


def diagnosis_row(message, group, language):
    """The row an infeasible run puts first: kind "diagnosis", the reason in ``label``."""
    row = {key: None for key in ("value", "value_mu", "unit", "relation", "limit", "required")}
    row.update(
        {
            "group": group,
            "kind": "diagnosis",
            "item": "infeasible",
            "label": message,
            "result": "无可行方案" if language == "zh" else "no feasible plan",
        }
    )
    return row


def group_label(name, language):
    zh, en = GROUP_NAMES.get(name, (name, name))
    return zh if language == "zh" else en


def _finite(value):
    value = float(value)
    return value if math.isfinite(value) else None


def balance_table_rows(sheet, problem, language):
    """Rows (dicts keyed like the OUTPUT_BALANCE fields) per project area, then the total."""
    zh = language == "zh"
    quota_symbol = "R" if problem.quota_basis == "reclaimed_cultivated" else "A"
    rows = []
    for balance in sheet.groups + (sheet.total,):
        group = group_label(balance.group, language)
        for attr, name_zh, name_en, unit_zh, unit_en, is_area in FIGURES:
            value = getattr(balance, attr)
            if attr == "new_cultivated_ratio":
                value = value * 100.0
            rows.append(
                {
                    "group": group,
                    "kind": "figure",
                    "item": attr,
                    "label": name_zh if zh else name_en,
                    "value": _finite(value),
                    "value_mu": _finite(linkage.ha_to_mu(value)) if is_area else None,
                    "unit": unit_zh if zh else unit_en,
                    "relation": None,
                    "limit": None,
                    "result": None,
                    "required": None,
                }
            )
        for rule in balance.rules:
            name_zh, name_en = RULES.get(rule.rule, (rule.label, rule.label))
            area_rule = rule.rule in (
                "construction_lt_demolition",
                "quota_repaid",
                "cultivated_not_reduced",
            )
            rows.append(
                {
                    "group": group,
                    "kind": "rule",
                    "item": rule.rule,
                    "label": (name_zh if zh else name_en).format(q=quota_symbol),
                    "value": _finite(rule.left),
                    "value_mu": _finite(linkage.ha_to_mu(rule.left)) if area_rule else None,
                    "unit": ("公顷" if zh else "ha") if area_rule else "",
                    "relation": RELATIONS.get(rule.relation, rule.relation),
                    "limit": _finite(rule.right),
                    "result": RESULT[bool(rule.passed)][0 if zh else 1],
                    "required": int(rule.required),
                }
            )
    return rows

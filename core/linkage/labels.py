"""The label tables of every categorical output of urflow:landquotalinkage.

Each output carries a stable code (an English id or 0/1) that scripts and the report read, and
a label beside it in the output language from one of these tables. Nothing reads a label back.

====================  ======================================  =============================
table                 code field (output)                     codes
====================  ======================================  =============================
DEMOLITION_STATES     ``state`` (OUTPUT_DEMOLITION)           selected, not_selected,
                                                              protected, unusable
CONSTRUCTION_STATES   ``state`` (OUTPUT_CONSTRUCTION)         selected, not_selected,
                                                              excluded, unusable
EXCLUSIONS            ``excluded_code`` (OUTPUT_CONSTRUCTION) permanent_farmland,
                                                              eco_redline,
                                                              outside_urban_boundary
GROUPS                ``group_code`` (every output)           county, no_project_area,
                                                              total (else the user's code)
FIGURE_LABELS         ``item`` of figure rows (OUTPUT_BALANCE)  see :data:`FIGURE_ITEMS`
RULE_LABELS           ``item`` of rule rows (OUTPUT_BALANCE)  see :data:`RULE_LABELS`
PASSED                ``passed`` (OUTPUT_BALANCE)             1, 0
UNITS                 ``unit`` text of OUTPUT_BALANCE rows    ha, parcels, points, percent,
                                                              money
STATUSES              result ``STATUS``                       optimal, time_limit,
                                                              infeasible, solver_error
====================  ======================================  =============================
"""

from __future__ import annotations

from ..labels import LabelTable

DEMOLITION_STATES = LabelTable(
    "state",
    {
        "selected": ("selected for 拆旧", "拆旧入选"),
        "not_selected": ("not selected", "未入选"),
        "protected": ("protected", "保护，不拆旧"),
        "unusable": ("unusable parcel", "无效地块"),
    },
)
CONSTRUCTION_STATES = LabelTable(
    "state",
    {
        "selected": ("selected for 建新", "建新入选"),
        "not_selected": ("not selected", "未入选"),
        "excluded": ("excluded by a control line", "管控线排除"),
        "unusable": ("unusable parcel", "无效地块"),
    },
)
EXCLUSIONS = LabelTable(
    "excluded_code",
    {
        "permanent_farmland": ("permanent basic farmland", "永久基本农田"),
        "eco_redline": ("ecological protection red line", "生态保护红线"),
        "outside_urban_boundary": ("outside the urban growth boundary", "城镇开发边界外"),
    },
)
GROUPS = LabelTable(
    "group_code",
    {
        "county": ("county", "全县"),
        "no_project_area": ("(no project area)", "（无项目区）"),
        "total": ("total", "合计"),
    },
)
FIGURE_LABELS = LabelTable(
    "item",
    {
        "n_demolition": ("拆旧 parcels", "拆旧地块数"),
        "demolition_ha": ("拆旧 (demolition) area A", "拆旧面积 A"),
        "reclaimed_ha": ("reclaimed cultivated land R", "复垦耕地面积 R"),
        "quota_ha": ("linkage quota", "挂钩指标"),
        "n_construction": ("建新 parcels", "建新地块数"),
        "construction_ha": ("建新 (construction) area B", "建新面积 B"),
        "resettlement_ha": ("of which resettlement", "其中安置用地"),
        "occupied_ha": ("cultivated land occupied O", "建新占用耕地 O"),
        "net_cultivated_ha": ("net new cultivated land R − O", "净增耕地 R − O"),
        "new_cultivated_ratio": ("new cultivated land ratio (R − O)/A", "新增耕地率 (R − O)/A"),
        "quality_demolition": ("quality points gained Σaκ(G−g)", "复垦耕地质量分 Σaκ(G−g)"),
        "quality_construction": ("quality points lost Σo(G−g′)", "占用耕地质量分 Σo(G−g′)"),
        "surplus_ha": ("surplus quota (quota − B)", "节余指标（指标 − B）"),
        "surplus_resettlement_ha": (
            "surplus quota (quota − resettlement)",
            "节余指标（指标 − 安置用地）",
        ),
        "cost": ("demolition cost", "拆旧成本"),
        "value": ("construction value", "建新价值"),
    },
)
#: Figure rows of the balance table in order: (item, unit code, an area also given in mu).
FIGURE_ITEMS = (
    ("n_demolition", "parcels", False),
    ("demolition_ha", "ha", True),
    ("reclaimed_ha", "ha", True),
    ("quota_ha", "ha", True),
    ("n_construction", "parcels", False),
    ("construction_ha", "ha", True),
    ("resettlement_ha", "ha", True),
    ("occupied_ha", "ha", True),
    ("net_cultivated_ha", "ha", True),
    ("new_cultivated_ratio", "percent", False),
    ("quality_demolition", "points", False),
    ("quality_construction", "points", False),
    ("surplus_ha", "ha", True),
    ("surplus_resettlement_ha", "ha", True),
    ("cost", "money", False),
    ("value", "money", False),
)
#: Rule labels; ``{q}`` is the quota symbol, R or A by quota basis.
RULE_LABELS = LabelTable(
    "item",
    {
        "construction_lt_demolition": (
            "construction area below demolition area (B < A)",
            "建新面积小于拆旧面积 (B < A)",
        ),
        "quota_repaid": (
            "construction within the quota (B ≤ {q})",
            "建新面积不超过挂钩指标 (B ≤ {q})",
        ),
        "cultivated_not_reduced": ("cultivated land not reduced (R ≥ O)", "耕地面积不减少 (R ≥ O)"),
        "quality": (
            "cultivated land quality not lowered (points gained ≥ lost)",
            "耕地质量不降低（质量分 拆旧 ≥ 建新）",
        ),
        "protected_untouched": ("protected 拆旧 parcels selected", "受保护拆旧地块入选数"),
        "excluded_untouched": ("excluded 建新 parcels selected", "管控线排除的建新地块入选数"),
        "mandatory_built": ("mandatory 建新 parcels not selected", "未入选的必选建新地块数"),
        "budget": ("cost within the budget", "拆旧成本不超过预算"),
    },
)
#: Rules about areas in ha (their rows also give mu).
AREA_RULES = ("construction_lt_demolition", "quota_repaid", "cultivated_not_reduced")
PASSED = LabelTable("passed", {1: ("pass", "通过"), 0: ("fail", "不通过")})
UNITS = LabelTable(
    "unit",
    {
        "ha": ("ha", "公顷"),
        "parcels": ("parcels", "个"),
        "points": ("points", "分"),
        "percent": ("%", "%"),
        "money": ("", ""),
    },
)
STATUSES = LabelTable(
    "STATUS",
    {
        "optimal": ("proven optimal", "已证明最优"),
        "time_limit": ("time limit reached, best plan found", "达到时间上限，返回已知最好方案"),
        "infeasible": ("no feasible plan", "无可行方案"),
        "solver_error": ("solver failed, best plan found", "求解器出错，返回已知最好方案"),
    },
)
#: Mathematical relations of rule rows as printed.
RELATIONS = {"<": "<", "<=": "≤", ">=": "≥", "==": "="}

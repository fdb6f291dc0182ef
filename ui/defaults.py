"""Smart defaults: the layer, field and standard a planner most likely means for a parameter.

QGIS-free rules over names, so they are tested without QGIS (``tests/ui/test_defaults.py``);
``ui/parameters_panel.py`` feeds them the project's layers and a layer's fields.

A rule is an ordered tuple of regular expressions, matched case-insensitively against every
name a layer or field goes by (layer title, table name, file name; field name and alias); the
earlier the first matching pattern, the better the candidate. ``avoid`` patterns rule a
candidate out. Ties go to the preferred geometry, then to the first candidate in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Candidate",
    "LAYER_RULES",
    "FIELD_RULES",
    "NATURAL_VILLAGES",
    "SETTLEMENT_FIELD_RULES",
    "BASIS_FIELD_RULES",
    "best_layer",
    "best_field",
    "facility_kind",
    "is_urban",
    "best_standard",
]

POINT, LINE, POLYGON, RASTER, TABLE = "point", "line", "polygon", "raster", "table"


@dataclass(frozen=True)
class Rule:
    """Patterns in order of preference, patterns that rule a name out, preferred geometries."""

    patterns: tuple
    avoid: tuple = ()
    geometries: tuple = ()
    origins: tuple = ()  # URFlow algorithms whose outputs qualify (others never do)
    geometry_first: bool = False  # the preferred geometry counts before the name


@dataclass(frozen=True)
class Candidate:
    """A layer or field: ``key`` finds it again (a layer id, a field name).

    ``origin`` is the URFlow algorithm that wrote a layer (``"hollowvillages"``), "" otherwise.
    """

    key: str
    names: tuple
    geometry: str = ""
    numeric: bool = False
    origin: str = ""


# -- layers ------------------------------------------------------------------------------

#: Words in the titles of URFlow's own outputs (loaded from the toolbox): never an input.
OUTPUTS = (r"空心", r"hollow", r"缺口", r"\bgaps?\b", r"access")

LAYER_RULES = {
    # urflow:hollowvillages
    "VILLAGES": Rule(
        (r"行政村", r"\bvillages?\b", r"村庄", r"村界", r"cun", r"村"),
        avoid=(r"居民点", r"settlement", r"宅基地", r"homestead", r"building", r"建筑", *OUTPUTS),
        geometries=(POLYGON, POINT),
    ),
    "SETTLEMENTS": Rule(
        (r"居民点", r"settlements?", r"村庄建设用地", r"农村建设用地"),
        avoid=(r"town", r"城镇", r"urban"),
    ),
    "BUILDINGS": Rule((r"buildings?", r"建筑", r"房屋", r"jzw"), geometries=(POLYGON, POINT)),
    "NIGHT_LIGHT": Rule((r"night", r"夜间灯光", r"灯光", r"\bntl\b", r"viirs", r"dmsp", r"luojia")),
    # urflow:facilitygaps
    "DEMAND": Rule(
        (r"villages?", r"村", r"settlements?", r"居民点", r"小区", r"residential", r"demand"),
        avoid=(r"建新", r"拆旧", r"construction", r"building", r"建筑", r"homestead", *OUTPUTS),
        geometries=(POINT, POLYGON),
        geometry_first=True,  # demand points (village centres) before any polygon
    ),
    "FACILITIES": Rule(
        (
            r"schools?",
            r"学校",
            r"小学",
            r"clinics?",
            r"卫生室",
            r"health",
            r"卫生院",
            r"医院",
            r"hospital",
            r"kindergartens?",
            r"幼儿园",
            r"elderly",
            r"养老",
            r"nursing",
            r"facilit",
            r"设施",
        )
    ),
    "NETWORK": Rule((r"roads?", r"道路", r"路网", r"network", r"streets?", r"公路", r"highway")),
    "ZONES": Rule(
        (r"townships?", r"乡镇", r"\btowns?\b", r"镇", r"街道", r"zones?", r"分区", r"district"),
        avoid=(r"built", r"建成区", r"boundary", r"边界", r"urban"),
    ),
    # urflow:facilitysiting (DEMAND as above; a facility-gaps output is chosen by the dialog)
    "CANDIDATES": Rule(
        (
            r"candidates?",
            r"候选",
            r"备选",
            r"选址",
            r"siting",
            r"\bsites?\b",
            r"schools?",
            r"学校",
            r"小学",
            r"clinics?",
            r"卫生室",
            r"kindergartens?",
            r"幼儿园",
            r"elderly",
            r"养老",
            r"facilit",
            r"设施",
        ),
        avoid=(r"建新", r"construction", r"拆旧", r"demolition", r"parcels?", r"地块"),
        geometries=(POINT,),
    ),
    # urflow:landquotalinkage
    "DEMOLITION": Rule(
        (r"拆旧", r"demolition", r"居民点", r"settlements?"),
        avoid=(r"town", r"城镇", r"urban"),
    ),
    "PRIORITY_LAYER": Rule((r"空心村", r"hollow"), origins=("hollowvillages",)),
    "CONSTRUCTION": Rule((r"建新", r"construction", r"candidates?", r"新增建设")),
    "CULTIVATED": Rule(
        (r"耕地", r"cultivated", r"arable", r"cropland"),
        avoid=(r"永久", r"基本农田", r"permanent", r"basic"),
    ),
    "PERMANENT_FARMLAND": Rule(
        (r"永久基本农田", r"基本农田", r"permanent", r"jbnt", r"\bpbf\b", r"farmland")
    ),
    "ECO_REDLINE": Rule((r"生态保护红线", r"生态红线", r"红线", r"red.?line", r"stbhhx", r"\beco")),
    "URBAN_BOUNDARY": Rule(
        (
            r"城镇开发边界",
            r"开发边界",
            r"urban.{0,15}boundary",
            r"growth.?boundary",
            r"\bugb\b",
            r"kfbj",
        )
    ),
    # urflow:settlementconsolidation (SETTLEMENTS above is the hollow analysis' settlement
    # land; the consolidation dialog prefers natural villages with NATURAL_VILLAGES below)
    "HAZARD": Rule(
        (
            r"hazards?",
            r"灾害",
            r"地灾",
            r"隐患",
            r"flood",
            r"洪水",
            r"洪涝",
            r"滑坡",
            r"landslide",
            r"risk",
        ),
        geometries=(POLYGON,),
    ),
}

#: The settlements of urflow:settlementconsolidation: natural villages (自然村) first, then
#: settlement patches; never an administrative-village layer or an URFlow output.
NATURAL_VILLAGES = Rule(
    (
        r"自然村",
        r"natural.?villages?",
        r"(^|[^a-z])zrc([^a-z]|$)",
        r"村民小组",
        r"居民点",
        r"settlements?",
        r"村庄建设用地",
    ),
    avoid=(r"行政村", r"administrative", r"town", r"城镇", r"urban", r"dltb", r"图斑", *OUTPUTS),
    geometries=(POINT, POLYGON),
)


def best_layer(parameter: str, candidates, accepted=None, rule=None):
    """The key of the layer the rule of ``parameter`` prefers, or None.

    Parameters
    ----------
    parameter : str
        A layer parameter name, e.g. ``"VILLAGES"``; without a rule the answer is None.
    candidates : sequence of Candidate
        The project's layers in layer-tree order (``geometry`` one of point, line, polygon,
        raster, table).
    accepted : collection of str, optional
        The geometries the parameter takes; other layers are never chosen.
    rule : Rule, optional
        Use this rule instead of ``LAYER_RULES[parameter]``.
    """
    rule = rule or LAYER_RULES.get(parameter)
    if rule is None:
        return None
    ranked = []
    for order, candidate in enumerate(candidates):
        if accepted is not None and candidate.geometry not in accepted:
            continue
        if candidate.origin and candidate.origin not in rule.origins:
            continue  # an earlier run's output is no input unless the rule asks for it
        rank = _rank(rule, candidate.names)
        if rank is None:
            continue
        geometry = (
            rule.geometries.index(candidate.geometry)
            if candidate.geometry in rule.geometries
            else len(rule.geometries)
        )
        key = (geometry, rank) if rule.geometry_first else (rank, geometry)
        ranked.append((*key, order, candidate.key))
    return min(ranked)[-1] if ranked else None


# -- fields ------------------------------------------------------------------------------

ID = (
    r"^id$",
    r"_id$",
    r"^id_",
    r"编号",
    r"编码",
    r"代码",
    r"标识码",
    r"(^|_)code$",
    r"^bsm$",
    r"^objectid$",
)
NAME = (r"^name$", r"_name$", r"名称", r"^mc$", r"村名", r"^name")
RESIDENT = (r"常住人口", r"^resident_?pop", r"^czrk$", r"resident", r"常住", r"czrk")
ELDERLY = (
    r"60_?plus",
    r"60\+",
    r"60岁",
    r"65_?plus",
    r"65\+",
    r"65岁",
    r"elderly",
    r"老年",
    r"老龄",
)
GRADE = (r"^grade$", r"等别", r"等级", r"grade", r"quality", r"质量", r"^zldj$", r"^dj$")

FIELD_RULES = {
    # urflow:hollowvillages
    "VILLAGE_ID_FIELD": Rule((r"^village_?(id|code)$", r"村.*(编号|代码|编码)", *ID)),
    "VILLAGE_NAME_FIELD": Rule((r"^village_?name$", r"村名", r"村.*名称", *NAME)),
    "REGISTERED_POP_FIELD": Rule(
        (r"户籍人口", r"^registered_?pop", r"^hjrk$", r"registered", r"户籍", r"hjrk")
    ),
    "RESIDENT_POP_FIELD": Rule(RESIDENT),
    "ELDERLY_POP_FIELD": Rule(ELDERLY),
    "OUTMIGRANT_FIELD": Rule((r"外出务工", r"out_?migra", r"外出", r"migrant", r"务工")),
    "WORKING_AGE_FIELD": Rule(
        (r"劳动年龄", r"working_?age", r"劳动力", r"labou?r"), avoid=(r"外出", r"migra")
    ),
    "HOUSEHOLDS_FIELD": Rule(
        (r"^households?$", r"户数", r"^hh$", r"^hs$", r"households?"),
        avoid=(r"_id$", r"multi", r"over", r"多宅", r"超标"),
    ),
    "HOMESTEADS_FIELD": Rule(
        (r"宅基地宗?数", r"^homesteads?$", r"^zjd", r"宅基地", r"homesteads?"),
        avoid=(r"idle", r"闲置", r"multi", r"多宅", r"over", r"超标", r"area", r"面积", r"_id$"),
    ),
    "IDLE_HOMESTEADS_FIELD": Rule(
        (r"闲置宅基地", r"^idle_?homesteads?", r"闲置", r"idle", r"vacant")
    ),
    "MULTI_HOMESTEAD_FIELD": Rule((r"一户多宅", r"multi_?homestead", r"多宅", r"multi")),
    "OVER_STANDARD_FIELD": Rule((r"超标", r"over_?standard", r"over")),
    "SETTLEMENT_AREA_FIELD": Rule(
        (r"居民点(用地)?面积", r"settlement_?area", r"settle.*(area|m2)", r"jmdmj")
    ),
    "BUILDING_VACANT_FIELD": Rule((r"^vacant$", r"空置", r"vacan", r"闲置", r"idle", r"empty")),
    # urflow:facilitygaps
    "DEMAND_ID_FIELD": Rule((r"^village_?(id|code)$", *ID)),
    "POPULATION_FIELD": Rule(
        (*RESIDENT, r"^pop(ulation)?$", r"^total_?pop", r"总人口", r"人口", r"population")
    ),
    "FACILITY_ID_FIELD": Rule((r"^fac(ility)?_?id$", *ID)),
    "CAPACITY_FIELD": Rule(
        (
            r"capacity",
            r"容量",
            r"床位",
            r"学位",
            r"^places$",
            r"^beds$",
            r"^seats$",
            r"座位",
            r"^doctors$",
            r"医生",
            r"医师",
            r"规模",
            r"places",
            r"beds",
            r"seats",
        )
    ),
    "SPEED_FIELD": Rule((r"speed", r"速度", r"时速", r"限速", r"km_?h")),
    "ROAD_CLASS_FIELD": Rule(
        (r"road_?class", r"道路等级", r"等级", r"class", r"grade", r"level", r"^dj$", r"类型")
    ),
    "DIRECTION_FIELD": Rule((r"direction", r"one_?way", r"方向", r"单行", r"^dir")),
    "ZONE_NAME_FIELD": Rule((r"^town_?name$", r"乡镇名", *NAME)),
    # urflow:facilitysiting
    "CANDIDATE_ID_FIELD": Rule(
        (
            r"^site_?id$",
            r"^cand(idate)?_?id$",
            r"^fac(ility)?_?id$",
            r"(选址|候选).*(编号|代码)",
            *ID,
        )
    ),
    "EXISTING_FIELD": Rule(
        (
            r"^existing$",
            r"^is_?existing$",
            r"现状",
            r"现有",
            r"已有",
            r"已建",
            r"existing",
            r"^exist",
        ),
        avoid=(r"_id$", r"count", r"数量"),
    ),
    "COST_DEMAND_FIELD": Rule(
        (
            r"^demand_?id$",
            r"^origin_?id$",
            r"^from_?id$",
            r"^village_?(id|code)$",
            r"村.*(编号|代码)",
        )
    ),
    "COST_CANDIDATE_FIELD": Rule(
        (r"^site_?id$", r"^cand(idate)?_?id$", r"^dest(ination)?_?id$", r"^to_?id$", r"^fac_?id$")
    ),
    # urflow:landquotalinkage
    "DEMOLITION_ID_FIELD": Rule((r"拆旧.*(编号|代码)", *ID)),
    "KAPPA_FIELD": Rule((r"kappa", r"κ", r"新增耕地系数", r"系数", r"coef")),
    "DEMOLITION_GRADE_FIELD": Rule((r"reclaim.*grade", r"复垦.*(等别|等级)", *GRADE)),
    "COST_FIELD": Rule((r"cost", r"成本", r"费用", r"投资", r"补偿")),
    "PRIORITY_FIELD": Rule((r"priority", r"优先", r"hollow_score")),
    "PROTECTED_FIELD": Rule((r"protected", r"保护", r"传统村落", r"heritage", r"traditional")),
    "CONSTRUCTION_ID_FIELD": Rule((r"建新.*(编号|代码)", r"^cand(idate)?_?id$", *ID)),
    "VALUE_FIELD": Rule((r"value", r"价值", r"收益", r"地价", r"price")),
    "MANDATORY_FIELD": Rule((r"mandatory", r"必选", r"必须", r"强制", r"must")),
    "CONSTRUCTION_TYPE_FIELD": Rule(
        (r"^cand_?type$", r"(construction|build)_?type", r"用途", r"类型", r"type", r"类别")
    ),
    "CULTIVATED_GRADE_FIELD": Rule(GRADE),
    "GROUP_FIELD": Rule((r"project_?area", r"项目区", r"project", r"group", r"片区")),
    # urflow:settlementconsolidation (fields of its SETTLEMENTS: natural villages)
    "SETTLEMENT_ID_FIELD": Rule(
        (
            r"^nv_?id$",
            r"^(natural_?village|settlement|zrc)_?(id|code|dm|bm)$",
            r"自然村.*(编号|代码|编码)",
            r"居民点.*(编号|代码|编码)",
            r"^sid$",
            *ID,
        ),
        avoid=(r"^village_?(id|code)$", r"行政村", r"town", r"乡镇"),
    ),
    "AREA_FIELD": Rule(
        (
            r"settlement_?area",
            r"居民点(用地)?面积",
            r"(建设)?用地面积",
            r"^area_?m2$",
            r"^area$",
            r"^(jmd|yd)?mj$",
            r"面积",
        ),
        avoid=(r"^tbmj$", r"耕地", r"cultivated", r"^pop"),
    ),
    "CLASS_FIELD": Rule(
        (r"^class_?code$", r"村庄分类.*(代码|编码)?", r"村庄类型", r"^cls$", r"^class$"),
        avoid=(r"label", r"名称", r"road"),
    ),
    "FIXED_FIELD": Rule(
        (
            r"^fixed$",
            r"^is_?fixed$",
            r"^is_?central$",
            r"现状中心村",
            r"(是否)?中心村",
            r"集镇",
            r"^fix$",
            r"fixed",
        ),
        avoid=(r"_id$", r"pop", r"人口"),
    ),
    "VILLAGE_CLASSES_ID_FIELD": Rule((r"^village_?(id|code)$", r"村.*(编号|代码|编码)", *ID)),
    "COST_FROM_FIELD": Rule(
        (r"^from(_?id)?$", r"^origin_?id$", r"^o_?id$", r"起点", r"^f$", r"from")
    ),
    "COST_TO_FIELD": Rule(
        (r"^to(_?id)?$", r"^dest(ination)?_?id$", r"^d_?id$", r"终点", r"^t$", r"(^|_)to(_|$)")
    ),
}

#: The consolidation dialog's own rules for parameter names other analyses share.
SETTLEMENT_FIELD_RULES = {
    # the administrative village a natural village belongs to, never its own id
    "VILLAGE_ID_FIELD": Rule(
        (r"^village_?(id|code)$", r"^xzc_?(id|dm|bm)$", r"行政村.*(编号|代码|编码)", r"所属.*村"),
    ),
    "PRIORITY_FIELD": Rule((r"hollow_?score", r"空心", r"priority", r"优先")),
}

#: The demand field for a standard's ``population_basis`` (resources/standards/*.csv).
BASIS_FIELD_RULES = {
    "total": FIELD_RULES["POPULATION_FIELD"],
    "60plus": Rule(ELDERLY),
    "6_11": Rule((r"6_?11", r"6[-~至到]11", r"学龄", r"小学适龄")),
    "3_5": Rule((r"3_?5", r"3[-~至到]5", r"学前", r"幼儿")),
}


def best_field(parameter: str, candidates, numeric_only=False, rule=None):
    """The name of the field the rule of ``parameter`` prefers, or None.

    None when no field matches: a population or capacity field is never guessed (never
    ``fid``); the planner chooses it.

    Parameters
    ----------
    parameter : str
        A field parameter name, e.g. ``"RESIDENT_POP_FIELD"``.
    candidates : sequence of Candidate
        The fields of the parent layer in order (``names``: name and alias).
    numeric_only : bool
        Only numeric fields qualify.
    rule : Rule, optional
        Use this rule instead of ``FIELD_RULES[parameter]``.
    """
    rule = rule or FIELD_RULES.get(parameter)
    if rule is None:
        return None
    ranked = []
    for order, candidate in enumerate(candidates):
        if numeric_only and not candidate.numeric:
            continue
        if candidate.key.lower() == "fid":
            continue  # the GeoPackage row number is never what a planner means
        rank = _rank(rule, candidate.names)
        if rank is not None:
            ranked.append((rank, order, candidate.key))
    return min(ranked)[2] if ranked else None


# -- standards ---------------------------------------------------------------------------

#: Facility kinds and the words that name them, on layers and in standards tables.
FACILITY_KINDS = (
    ("junior_school", (r"junior", r"middle", r"初中", r"中学")),
    ("primary_school", (r"primary", r"小学", r"schools?", r"学校", r"teaching")),
    ("kindergarten", (r"kindergarten", r"幼儿园", r"nursery", r"托")),
    ("clinic", (r"clinic", r"卫生室", r"诊所", r"health.?station", r"卫生服务站")),
    ("health_centre", (r"health", r"卫生院", r"医院", r"hospital", r"卫生服务中心")),
    ("elderly", (r"elderly", r"nursing", r"养老", r"敬老", r"老年", r"幸福院")),
)
URBAN = (r"小区", r"社区", r"居住区", r"residential", r"community", r"neighbou?rhood", r"城区")
RURAL_LEVEL = (r"village", r"township", r"rural", r"村", r"乡")


def facility_kind(names):
    """The kind of facility a layer holds (``"primary_school"``, ``"clinic"``, …) or None."""
    for kind, patterns in FACILITY_KINDS:
        if _rank(Rule(patterns), names) is not None:
            return kind
    return None


def is_urban(names) -> bool:
    """True for demand that is urban (residential districts): GB 50180's life circles apply."""
    return _rank(Rule(URBAN), names) is not None


def best_standard(kind, standards, rural=True):
    """The id of the standard for facilities of ``kind``, rural or urban, or None.

    Parameters
    ----------
    kind : str or None
        From :func:`facility_kind`.
    standards : sequence of (id, names)
        The table's rows in order; ``names`` holds the facility and level texts.
    rural : bool
        Prefer the village and township levels (else the urban life circles).
    """
    patterns = dict(FACILITY_KINDS).get(kind)
    if patterns is None:
        return None
    ranked = []
    for order, (standard_id, names) in enumerate(standards):
        rank = _rank(Rule(patterns), names)
        if rank is None:
            continue
        rural_row = str(standard_id).startswith("rural") or (
            _rank(Rule(RURAL_LEVEL), names) is not None
        )
        ranked.append((rural_row != rural, rank, order, standard_id))
    return min(ranked)[3] if ranked else None


def _rank(rule: Rule, names):
    """The index of the first pattern matching any of ``names``; None if none or avoided."""
    texts = [str(name).lower() for name in names if name]
    if any(re.search(pattern, text) for pattern in rule.avoid for text in texts):
        return None
    for index, pattern in enumerate(rule.patterns):
        if any(re.search(pattern, text) for text in texts):
            return index
    return None

"""Write the ready-made Processing models of ``resources/models/`` (``*.model3``).

The provider loads every ``resources/models/*.model3`` into the toolbox next to the
algorithms, as ``urflow:<model name>``. The models are built here, with the Processing model
API, so that they can be regenerated when an algorithm's parameters change::

    .venv/bin/python scripts/make_models.py            # rewrite resources/models/
    .venv/bin/python scripts/make_models.py --out DIR  # write elsewhere (the tests compare)

Nothing is random: child ids, component positions and every value are fixed, so the same
QGIS writes the same bytes. The model inputs are the layers and fields a planner chooses;
the field defaults are the field names of the fictitious sample county.
"""

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGINS_DIR = REPO / ".build" / "plugins"
MODELS_DIR = REPO / "resources" / "models"

GROUP = "URFlow 模型 / URFlow models"
GROUP_ID = "urflowmodels"
AUTHOR = "URFlow contributors"
DISPLAY_NAME_KEY = "URFLOW_DISPLAY_NAME"  # help-content key read by provider.URFlowModel


# -- small helpers -------------------------------------------------------------------------


def _core():
    import qgis.core as core

    return core


def add_input(model, definition, x, y):
    """Add a model input (parameter definition plus its component on the canvas)."""
    from qgis.PyQt.QtCore import QPointF

    core = _core()
    component = core.QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    component.setDescription(definition.description())
    model.addModelParameter(definition, component)
    return definition.name()


def source_input(name, description, geometry, optional=False):
    core = _core()
    return core.QgsProcessingParameterFeatureSource(
        name, description, [geometry], optional=optional
    )


def field_input(name, description, parent, default, optional=False):
    """A field input with the sample county's field name as default.

    Required fields are inputs flagged optional too: QGIS 3.22 rejects a required field
    parameter left out of processing.run/qgis_process even when it has a default; the child
    algorithm still insists on a value, and the default is what it gets.
    """
    core = _core()
    return core.QgsProcessingParameterField(
        name, description, defaultValue=default, parentLayerParameterName=parent, optional=True
    )


def from_input(name):
    return [_core().QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def from_value(value):
    return [_core().QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def from_outputs(*pairs):
    source = _core().QgsProcessingModelChildParameterSource
    return [source.fromChildOutput(child_id, output) for child_id, output in pairs]


def child(child_id, algorithm_id, description, x, y, sources, outputs=(), dependencies=()):
    """A child algorithm; ``outputs`` = [(model output name, child output, description)]."""
    from qgis.PyQt.QtCore import QPointF

    core = _core()
    algorithm = core.QgsProcessingModelChildAlgorithm(algorithm_id)
    algorithm.setChildId(child_id)
    algorithm.setDescription(description)
    algorithm.setPosition(QPointF(x, y))
    for key, value in sources.items():
        algorithm.addParameterSources(key, value)
    model_outputs = {}
    for index, (name, output_name, output_description) in enumerate(outputs):
        output = core.QgsProcessingModelOutput(name, output_description)
        output.setChildId(child_id)
        output.setChildOutputName(output_name)
        output.setMandatory(False)
        output.setPosition(QPointF(x + 260, y + 40 * index - 20 * (len(outputs) - 1)))
        model_outputs[name] = output
    algorithm.setModelOutputs(model_outputs)
    if dependencies:
        algorithm.setDependencies(list(dependencies))
    return algorithm


def new_model(name, display_name, description):
    core = _core()
    model = core.QgsProcessingModelAlgorithm(display_name, GROUP, GROUP_ID)
    model.setHelpContent(
        {
            "ALG_DESC": description,
            "ALG_CREATOR": AUTHOR,
            "ALG_HELP_CREATOR": AUTHOR,
            "ALG_VERSION": "1",
            "EXAMPLES": "Sample county / 示例县: resources/sample/sample_county.gpkg",
            # QgsProcessingModelAlgorithm's displayName() is its name(), the toolbox id
            # urflow:<name>; the provider shows this display name instead (URFlowModel)
            DISPLAY_NAME_KEY: display_name,
        }
    )
    model.setName(name)
    return model


def finish(model):
    """Add the destination parameters of the model outputs."""
    model.updateDestinationParameters()
    return model


# -- model 1: hollow villages -> land-quota linkage -> report ---------------------------------

VILLAGE_FIELDS = (  # (input, child parameter, description, sample default, optional)
    ("VILLAGE_ID_FIELD", "VILLAGE_ID_FIELD", "村庄编号字段 Village id field", "village_id", False),
    (
        "VILLAGE_NAME_FIELD",
        "VILLAGE_NAME_FIELD",
        "村庄名称字段 Village name field",
        "village_name",
        True,
    ),
    (
        "REGISTERED_POP_FIELD",
        "REGISTERED_POP_FIELD",
        "户籍人口字段 Registered population field",
        "registered_pop",
        True,
    ),
    (
        "RESIDENT_POP_FIELD",
        "RESIDENT_POP_FIELD",
        "常住人口字段 Resident population field",
        "resident_pop",
        True,
    ),
    (
        "ELDERLY_POP_FIELD",
        "ELDERLY_POP_FIELD",
        "常住老年人口字段 Elderly population field",
        "pop_60plus",
        True,
    ),
    (
        "OUTMIGRANT_FIELD",
        "OUTMIGRANT_FIELD",
        "外出务工人数字段 Out-migrant workers field",
        "outmigrant_workers",
        True,
    ),
    (
        "WORKING_AGE_FIELD",
        "WORKING_AGE_FIELD",
        "劳动年龄人口字段 Working-age population field",
        "working_age_pop",
        True,
    ),
    ("HOUSEHOLDS_FIELD", "HOUSEHOLDS_FIELD", "户数字段 Households field", "households", True),
    ("HOMESTEADS_FIELD", "HOMESTEADS_FIELD", "宅基地宗数字段 Homesteads field", "homesteads", True),
    (
        "IDLE_HOMESTEADS_FIELD",
        "IDLE_HOMESTEADS_FIELD",
        "闲置宅基地字段 Idle homesteads field",
        "idle_homesteads",
        True,
    ),
    (
        "MULTI_HOMESTEAD_FIELD",
        "MULTI_HOMESTEAD_FIELD",
        "一户多宅户数字段 Households with several homesteads field",
        "multi_homestead_hh",
        True,
    ),
    (
        "OVER_STANDARD_FIELD",
        "OVER_STANDARD_FIELD",
        "超标占地户数字段 Households over the homestead cap field",
        "over_standard_hh",
        True,
    ),
)
SETTLEMENT_FIELDS = (
    (
        "SETTLEMENT_ID_FIELD",
        "DEMOLITION_ID_FIELD",
        "居民点（拆旧）编号字段 Settlement id field",
        "settle_id",
        False,
    ),
    (
        "KAPPA_FIELD",
        "KAPPA_FIELD",
        "新增耕地系数 κ 字段 Reclamation coefficient κ field",
        "kappa",
        True,
    ),
    (
        "RECLAIM_GRADE_FIELD",
        "DEMOLITION_GRADE_FIELD",
        "复垦耕地等别字段 Grade of the reclaimed land field",
        "reclaim_grade",
        True,
    ),
    ("COST_FIELD", "COST_FIELD", "拆旧成本字段 Cost field", "cost_10k", True),
    (
        "PROTECTED_FIELD",
        "PROTECTED_FIELD",
        "保护标记字段（传统村落） Protected flag field",
        "protected",
        True,
    ),
    (
        "PROJECT_AREA_FIELD",
        "GROUP_FIELD",
        "项目区字段（两图层同名） Project area field (same name on both layers)",
        "project_area",
        True,
    ),
)
CONSTRUCTION_FIELDS = (
    (
        "CONSTRUCTION_ID_FIELD",
        "CONSTRUCTION_ID_FIELD",
        "建新地块编号字段 Construction id field",
        "cand_id",
        False,
    ),
    ("VALUE_FIELD", "VALUE_FIELD", "建新价值字段 Value field", "value_10k", True),
    ("MANDATORY_FIELD", "MANDATORY_FIELD", "必建标记字段 Mandatory flag field", "mandatory", True),
    (
        "CONSTRUCTION_TYPE_FIELD",
        "CONSTRUCTION_TYPE_FIELD",
        "建新类型字段 Type field",
        "cand_type",
        True,
    ),
)


def hollow_linkage_report():
    core = _core()
    polygon, point = (
        core.QgsProcessing.SourceType.TypeVectorPolygon,
        core.QgsProcessing.SourceType.TypeVectorPoint,
    )
    model = new_model(
        "urflow_hollow_linkage_report",
        "空心村 → 增减挂钩 → 报告 / Hollow villages → land-quota linkage → report",
        "识别空心村，以空心化得分作为拆旧优先级求解城乡建设用地增减挂钩方案，并生成规划分析报告。"
        "<br>Detects hollow villages, uses their hollowing score as the 拆旧 priority of the "
        "land-quota linkage plan, and writes the planning report (HTML) of both.",
    )
    y = 40
    add_input(
        model,
        core.QgsProcessingParameterString(
            "TITLE",
            "报告标题 Report title",
            defaultValue="空心村整治与增减挂钩分析 Hollow villages and land-quota linkage",
            optional=True,
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterFeatureSource(
            "VILLAGES", "村庄 Villages (polygons or points)", [polygon, point]
        ),
        120,
        y,
    )
    for key, _child_key, description, default, optional in VILLAGE_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "VILLAGES", default, optional), 120, y)
    y += 60
    add_input(
        model,
        source_input(
            "SETTLEMENTS", "农村居民点（拆旧候选） Settlements: 拆旧 candidates (polygons)", polygon
        ),
        120,
        y,
    )
    for key, _child_key, description, default, optional in SETTLEMENT_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "SETTLEMENTS", default, optional), 120, y)
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterRasterLayer(
            "NIGHT_LIGHT", "夜间灯光（可选） Night-time light raster", optional=True
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        source_input("CONSTRUCTION", "建新候选地块 Construction candidates (polygons)", polygon),
        120,
        y,
    )
    for key, _child_key, description, default, optional in CONSTRUCTION_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "CONSTRUCTION", default, optional), 120, y)
    y += 60
    add_input(
        model,
        source_input("CULTIVATED", "耕地 Cultivated land (polygons)", polygon, optional=True),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        field_input(
            "CULTIVATED_GRADE_FIELD",
            "耕地等别字段 Cultivated land grade " "field",
            "CULTIVATED",
            "grade",
            True,
        ),
        120,
        y,
    )
    for key, description in (
        ("PERMANENT_FARMLAND", "永久基本农田 Permanent basic farmland"),
        ("ECO_REDLINE", "生态保护红线 Ecological protection red line"),
        ("URBAN_BOUNDARY", "城镇开发边界 Urban growth boundary"),
    ):
        y += 60
        add_input(model, source_input(key, description, polygon, optional=True), 120, y)
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterNumber(
            "PRIORITY_WEIGHT",
            "空心化优先级权重 β Priority weight",
            core.QgsProcessingParameterNumber.Type.Double,
            defaultValue=300.0,
            minValue=0.0,
        ),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        core.QgsProcessingParameterNumber(
            "MAX_PAIR_DISTANCE",
            "拆旧–建新最大距离（米，0 = 不限） Largest pair distance, m",
            core.QgsProcessingParameterNumber.Type.Double,
            defaultValue=8000.0,
            minValue=0.0,
        ),
        120,
        y,
    )

    hollow_sources = {
        "VILLAGES": from_input("VILLAGES"),
        "SETTLEMENTS": from_input("SETTLEMENTS"),
        "NIGHT_LIGHT": from_input("NIGHT_LIGHT"),
    }
    for key, child_key, *_rest in VILLAGE_FIELDS:
        hollow_sources[child_key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "hollow",
            "urflow:hollowvillages",
            "空心村识别 Hollow-village detection",
            560,
            200,
            hollow_sources,
            [("HOLLOW_VILLAGES", "OUTPUT", "空心村 Hollow villages")],
        )
    )

    linkage_sources = {
        "DEMOLITION": from_input("SETTLEMENTS"),
        "CONSTRUCTION": from_input("CONSTRUCTION"),
        "PRIORITY_LAYER": from_outputs(("hollow", "OUTPUT")),
        "PRIORITY_LAYER_FIELD": from_value("hollow_score"),
        "PRIORITY_WEIGHT": from_input("PRIORITY_WEIGHT"),
        "MAX_PAIR_DISTANCE": from_input("MAX_PAIR_DISTANCE"),
        "DISTANCE_WEIGHT": from_value(1.0),
        "CULTIVATED": from_input("CULTIVATED"),
        "CULTIVATED_GRADE_FIELD": from_input("CULTIVATED_GRADE_FIELD"),
        "PERMANENT_FARMLAND": from_input("PERMANENT_FARMLAND"),
        "ECO_REDLINE": from_input("ECO_REDLINE"),
        "URBAN_BOUNDARY": from_input("URBAN_BOUNDARY"),
    }
    for key, child_key, *_rest in SETTLEMENT_FIELDS + CONSTRUCTION_FIELDS:
        linkage_sources[child_key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "linkage",
            "urflow:landquotalinkage",
            "城乡建设用地增减挂钩平衡 Land-quota linkage balancing",
            560,
            520,
            linkage_sources,
            [
                ("LINKAGE_DEMOLITION", "OUTPUT_DEMOLITION", "拆旧地块 Demolition parcels"),
                ("LINKAGE_CONSTRUCTION", "OUTPUT_CONSTRUCTION", "建新地块 Construction parcels"),
                ("LINKAGE_PAIRS", "OUTPUT_PAIRS", "挂钩指标流向 Quota pairs"),
                ("LINKAGE_BALANCE", "OUTPUT_BALANCE", "挂钩平衡表 Balance sheet"),
            ],
        )
    )

    model.addChildAlgorithm(
        child(
            "report",
            "urflow:planningreport",
            "规划分析报告 Planning report",
            560,
            840,
            {
                "TITLE": from_input("TITLE"),
                "HOLLOW_VILLAGES": from_outputs(("hollow", "OUTPUT")),
                "LINKAGE_BALANCE": from_outputs(("linkage", "OUTPUT_BALANCE")),
                "LINKAGE_DEMOLITION": from_outputs(("linkage", "OUTPUT_DEMOLITION")),
                "LINKAGE_CONSTRUCTION": from_outputs(("linkage", "OUTPUT_CONSTRUCTION")),
                "LINKAGE_PAIRS": from_outputs(("linkage", "OUTPUT_PAIRS")),
            },
            [("REPORT", "OUTPUT", "规划分析报告 Report (HTML)")],
        )
    )
    return finish(model)


# -- model 2: facility gaps of schools, clinics and elderly homes -> report -------------------

FACILITY_KINDS = (  # (child id, input prefix, label, capacity field, population field, preset)
    ("schools", "SCHOOL", "小学 Primary schools", "seats", "pop_6_11", "rural_primary_school"),
    (
        "clinics",
        "CLINIC",
        "村卫生室 Village clinics",
        "doctors",
        "resident_pop",
        "rural_village_clinic",
    ),
    ("elderly", "ELDERLY", "养老机构 Elderly homes", "beds", "pop_60plus", "rural_nursing_home"),
)


def facility_gaps_report():
    core = _core()
    point, line = (
        core.QgsProcessing.SourceType.TypeVectorPoint,
        core.QgsProcessing.SourceType.TypeVectorLine,
    )
    polygon = core.QgsProcessing.SourceType.TypeVectorPolygon
    model = new_model(
        "urflow_facility_gaps_report",
        "学校、卫生室、养老设施缺口 → 报告 / Facility gaps: schools, clinics, elderly homes → "
        "report",
        "分别分析小学、村卫生室和养老机构的服务缺口，并生成按乡镇汇总的规划分析报告。"
        "<br>Analyses the service gaps of primary schools, village clinics and elderly homes "
        "and writes the planning report (HTML) with their coverage and deficit by township.",
    )
    y = 40
    add_input(
        model,
        core.QgsProcessingParameterString(
            "TITLE",
            "报告标题 Report title",
            defaultValue="公共服务设施缺口分析 Facility gap analysis",
            optional=True,
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterFeatureSource(
            "DEMAND", "村庄（需求点） Villages: demand (points or polygons)", [point, polygon]
        ),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        field_input("DEMAND_ID_FIELD", "村庄编号字段 Demand id field", "DEMAND", "village_id"),
        120,
        y,
    )
    for _child_id, prefix, label, _capacity, population, _standard in FACILITY_KINDS:
        y += 45
        add_input(
            model,
            field_input(
                f"{prefix}_POPULATION_FIELD",
                f"{label}：服务人口字段 population field",
                "DEMAND",
                population,
            ),
            120,
            y,
        )
    for _child_id, prefix, label, capacity, _population, standard in FACILITY_KINDS:
        y += 60
        add_input(
            model,
            source_input(f"{prefix}_FACILITIES", f"{label}（点） facilities " "(points)", point),
            120,
            y,
        )
        y += 45
        add_input(
            model,
            field_input(
                f"{prefix}_ID_FIELD",
                f"{label}：设施编号字段 id field",
                f"{prefix}_FACILITIES",
                "fac_id",
            ),
            120,
            y,
        )
        y += 45
        add_input(
            model,
            field_input(
                f"{prefix}_CAPACITY_FIELD",
                f"{label}：容量字段 capacity field",
                f"{prefix}_FACILITIES",
                capacity,
                True,
            ),
            120,
            y,
        )
        y += 45
        add_input(
            model,
            core.QgsProcessingParameterString(
                f"{prefix}_STANDARD", f"{label}：标准预设 standard preset id", defaultValue=standard
            ),
            120,
            y,
        )
    y += 60
    add_input(
        model, source_input("NETWORK", "道路网 Road network (lines)", line, optional=True), 120, y
    )
    for key, description, default in (
        ("SPEED_FIELD", "车速字段（km/h） Speed field", "speed_kmh"),
        ("ROAD_CLASS_FIELD", "道路等级字段 Road class field", "road_class"),
        ("DIRECTION_FIELD", "单行字段 One-way field", "direction"),
    ):
        y += 45
        add_input(model, field_input(key, description, "NETWORK", default, True), 120, y)
    y += 60
    add_input(model, source_input("ZONES", "乡镇 Townships (polygons)", polygon), 120, y)
    y += 45
    add_input(
        model,
        field_input("ZONE_NAME_FIELD", "乡镇名称字段 Township name field", "ZONES", "town_name"),
        120,
        y,
    )

    for index, (child_id, prefix, label, _capacity, _population, _standard) in enumerate(
        FACILITY_KINDS
    ):
        model.addChildAlgorithm(
            child(
                child_id,
                "urflow:facilitygaps",
                f"设施缺口 Facility gaps: {label}",
                560,
                200 + 260 * index,
                {
                    "DEMAND": from_input("DEMAND"),
                    "DEMAND_ID_FIELD": from_input("DEMAND_ID_FIELD"),
                    "POPULATION_FIELD": from_input(f"{prefix}_POPULATION_FIELD"),
                    "FACILITIES": from_input(f"{prefix}_FACILITIES"),
                    "FACILITY_ID_FIELD": from_input(f"{prefix}_ID_FIELD"),
                    "CAPACITY_FIELD": from_input(f"{prefix}_CAPACITY_FIELD"),
                    "STANDARD": from_input(f"{prefix}_STANDARD"),
                    "NETWORK": from_input("NETWORK"),
                    "SPEED_FIELD": from_input("SPEED_FIELD"),
                    "ROAD_CLASS_FIELD": from_input("ROAD_CLASS_FIELD"),
                    "DIRECTION_FIELD": from_input("DIRECTION_FIELD"),
                    "ZONES": from_input("ZONES"),
                    "ZONE_NAME_FIELD": from_input("ZONE_NAME_FIELD"),
                },
                [
                    (f"{prefix}_VILLAGES", "OUTPUT_DEMAND", f"{label}：村庄可达性与缺口 villages"),
                    (f"{prefix}_TOWNSHIPS", "OUTPUT_ZONES", f"{label}：乡镇覆盖与缺口 townships"),
                ],
            )
        )
    model.addChildAlgorithm(
        child(
            "report",
            "urflow:planningreport",
            "规划分析报告 Planning report",
            560,
            200 + 260 * 3,
            {
                "TITLE": from_input("TITLE"),
                "FACILITY_GAPS": from_outputs(
                    *[(kind[0], "OUTPUT_ZONES") for kind in FACILITY_KINDS]
                ),
            },
            [("REPORT", "OUTPUT", "规划分析报告 Report (HTML)")],
        )
    )
    return finish(model)


# -- model 3: hollow villages -> village classification -> report -----------------------------

CLASS_FIELDS = (  # (input, child parameter, description, sample default)
    ("ZONE_FIELD", "ZONE_FIELD", "乡镇字段 Township field", "town_name"),
    ("POPULATION_FIELD", "POPULATION_FIELD", "人口字段（汇总） Population field", "resident_pop"),
    (
        "SETTLEMENT_AREA_FIELD",
        "SETTLEMENT_AREA_FIELD",
        "居民点面积字段（m²） Settlement area field",
        "settlement_area_m2",
    ),
    (
        "HERITAGE_FIELD",
        "HERITAGE_FIELD",
        "传统村落标记字段 Heritage flag field (1 = 传统村落 / 历史文化名村)",
        "is_traditional",
    ),
)
CLASS_LAYERS = (  # (input = child parameter, description)
    ("URBAN_BOUNDARY", "城镇开发边界 Urban development boundary"),
    ("BUILT_UP", "城镇建成区 Town built-up areas"),
    ("ECO_REDLINE", "生态保护红线 Ecological protection red line"),
    ("HAZARD", "地质灾害与洪涝风险区 Hazard zones"),
    ("PERMANENT_FARMLAND", "永久基本农田 Permanent basic farmland"),
)


def hollow_classification_report():
    core = _core()
    polygon, point = (
        core.QgsProcessing.SourceType.TypeVectorPolygon,
        core.QgsProcessing.SourceType.TypeVectorPoint,
    )
    line = core.QgsProcessing.SourceType.TypeVectorLine
    model = new_model(
        "urflow_hollow_classification_report",
        "空心村 → 村庄分类 → 报告 / Hollow villages → village classification → report",
        "识别空心村，以其空心化得分和等级作为村庄分类的派生字段（hollow_score、hollow_level），"
        "按规则表将村庄分为集聚提升、城郊融合、特色保护、搬迁撤并四类，并生成规划分析报告。"
        "<br>Detects hollow villages, gives their hollowing score and level to the village "
        "classification (hollow_score, hollow_level), classifies the villages by the rules table "
        "into 集聚提升 / 城郊融合 / 特色保护 / 搬迁撤并, and writes the planning report (HTML) of "
        "both. Method: docs/en/village-classification.md.",
    )
    y = 40
    add_input(
        model,
        core.QgsProcessingParameterString(
            "TITLE",
            "报告标题 Report title",
            defaultValue="空心村与村庄分类 Hollow villages and village classification",
            optional=True,
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterFeatureSource(
            "VILLAGES", "村庄 Villages (polygons or points)", [polygon, point]
        ),
        120,
        y,
    )
    for key, _child_key, description, default, optional in VILLAGE_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "VILLAGES", default, optional), 120, y)
    for key, _child_key, description, default in CLASS_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "VILLAGES", default, True), 120, y)
    y += 60
    add_input(
        model,
        source_input(
            "SETTLEMENTS", "农村居民点（可选） Settlement land polygons", polygon, optional=True
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterFile(
            "RULES",
            "分类规则表（CSV，空 = 国家默认） Rules table (CSV; empty = national preset)",
            extension="csv",
            optional=True,
        ),
        120,
        y,
    )
    for key, description in CLASS_LAYERS:
        y += 60
        add_input(model, source_input(key, description, polygon, optional=True), 120, y)
    y += 60
    add_input(
        model,
        source_input("TOWNS", "县城与镇区（点） Towns (points)", point, optional=True),
        120,
        y,
    )
    y += 45
    add_input(
        model, field_input("TOWN_ID_FIELD", "镇编号字段 Town id field", "TOWNS", "node_id"), 120, y
    )
    y += 60
    add_input(
        model, source_input("NETWORK", "道路网 Road network (lines)", line, optional=True), 120, y
    )
    for key, description, default in (
        ("SPEED_FIELD", "车速字段（km/h） Speed field", "speed_kmh"),
        ("ROAD_CLASS_FIELD", "道路等级字段 Road class field", "road_class"),
    ):
        y += 45
        add_input(model, field_input(key, description, "NETWORK", default, True), 120, y)
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterString(
            "POTENTIAL_FIELDS",
            "发展潜力指标（逗号分隔） Potential fields (comma-separated)",
            defaultValue="resident_pop, town_cost, hollow_score",
            optional=True,
        ),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        core.QgsProcessingParameterString(
            "POTENTIAL_DIRECTIONS",
            "指标方向（+ 或 −） Potential directions (+ or − per field)",
            defaultValue="+, -, -",
            optional=True,
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        source_input("BOUNDARIES", "乡镇界 Township boundaries (polygons)", polygon, optional=True),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        field_input(
            "BOUNDARY_NAME_FIELD", "乡镇名称字段 Township name field", "BOUNDARIES", "town_name"
        ),
        120,
        y,
    )

    hollow_sources = {
        "VILLAGES": from_input("VILLAGES"),
        "SETTLEMENTS": from_input("SETTLEMENTS"),
    }
    for key, child_key, *_rest in VILLAGE_FIELDS:
        hollow_sources[child_key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "hollow",
            "urflow:hollowvillages",
            "空心村识别 Hollow-village detection",
            560,
            200,
            hollow_sources,
            [("HOLLOW_VILLAGES", "OUTPUT", "空心村 Hollow villages")],
        )
    )

    class_sources = {
        "VILLAGES": from_input("VILLAGES"),
        "VILLAGE_ID_FIELD": from_input("VILLAGE_ID_FIELD"),
        "VILLAGE_NAME_FIELD": from_input("VILLAGE_NAME_FIELD"),
        "RULES": from_input("RULES"),
        "TOWNS": from_input("TOWNS"),
        "TOWN_ID_FIELD": from_input("TOWN_ID_FIELD"),
        "NETWORK": from_input("NETWORK"),
        "SPEED_FIELD": from_input("SPEED_FIELD"),
        "ROAD_CLASS_FIELD": from_input("ROAD_CLASS_FIELD"),
        "HOLLOW": from_outputs(("hollow", "OUTPUT")),
        "POTENTIAL_FIELDS": from_input("POTENTIAL_FIELDS"),
        "POTENTIAL_DIRECTIONS": from_input("POTENTIAL_DIRECTIONS"),
    }
    for key, child_key, *_rest in CLASS_FIELDS:
        class_sources[child_key] = from_input(key)
    for key, _description in CLASS_LAYERS:
        class_sources[key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "classify",
            "urflow:villageclassification",
            "村庄分类 Village classification",
            560,
            520,
            class_sources,
            [
                ("VILLAGE_CLASSES", "OUTPUT", "村庄分类 Classified villages"),
                ("CLASS_SUMMARY", "OUTPUT_SUMMARY", "各乡镇村庄分类汇总 Classes per township"),
            ],
        )
    )

    model.addChildAlgorithm(
        child(
            "report",
            "urflow:planningreport",
            "规划分析报告 Planning report",
            560,
            840,
            {
                "TITLE": from_input("TITLE"),
                "HOLLOW_VILLAGES": from_outputs(("hollow", "OUTPUT")),
                "TOWNSHIP_FIELD": from_input("ZONE_FIELD"),
                "VILLAGE_CLASSES": from_outputs(("classify", "OUTPUT")),
                "BOUNDARIES": from_input("BOUNDARIES"),
                "BOUNDARY_NAME_FIELD": from_input("BOUNDARY_NAME_FIELD"),
            },
            [("REPORT", "OUTPUT", "规划分析报告 Report (HTML)")],
        )
    )
    return finish(model)


# -- model 4: hollow villages -> classification -> consolidation -> linkage -> report ---------

NATURAL_FIELDS = (  # (input, child parameter of settlementconsolidation, description, default)
    ("NV_ID_FIELD", "SETTLEMENT_ID_FIELD", "自然村编号字段 Natural village id field", "nv_id"),
    (
        "NV_POPULATION_FIELD",
        "POPULATION_FIELD",
        "自然村常住人口字段 Natural village residents field",
        "resident_pop",
    ),
    (
        "NV_AREA_FIELD",
        "AREA_FIELD",
        "自然村居民点用地字段（m²） Settlement land field",
        "settlement_area_m2",
    ),
    ("NV_KAPPA_FIELD", "KAPPA_FIELD", "新增耕地系数 κ 字段 κ field", "kappa"),
    ("NV_FIXED_FIELD", "FIXED_FIELD", "固定中心村字段 Fixed central village field", ""),
)
CONSOLIDATION_NUMBERS = (  # (input = child parameter, description, default, integer)
    ("CENTRAL_COUNT", "中心村数量（含固定） Central villages in all", 10, True),
    ("MAX_MOVE_COST", "最大迁移距离（米） Largest move distance, m", 12000.0, False),
    ("MIN_CENTRAL_POP", "中心村最小人口 Smallest central-village population", 300.0, False),
    ("MIN_KEEP_POP", "人口低于此值须搬迁 Settlements below this population move", 40.0, False),
    ("LAND_STANDARD", "人均新增居民点用地（m²） New land per moved resident, m²", 150.0, False),
)


def hollow_consolidation_linkage_report():
    core = _core()
    polygon, point = (
        core.QgsProcessing.SourceType.TypeVectorPolygon,
        core.QgsProcessing.SourceType.TypeVectorPoint,
    )
    line = core.QgsProcessing.SourceType.TypeVectorLine
    model = new_model(
        "urflow_hollow_consolidation_linkage_report",
        "空心村 → 村庄分类 → 村庄撤并 → 增减挂钩 → 报告 / Hollow villages → classification → "
        "consolidation → land-quota linkage → report",
        "识别空心村并分类村庄；自然村继承所在行政村的分类和空心化得分，搬迁撤并类及"
        "人口过少的自然村迁入选定的中心村，腾退的居民点用地作为增减挂钩的拆旧来源，最后生成"
        "规划分析报告。<br>Detects hollow villages and classifies the villages; the natural "
        "villages take their village's class and hollow score, the 搬迁撤并 and the "
        "smallest ones move to the chosen central villages, their released land is the 拆旧 "
        "supply of the land-quota linkage, and the planning report (HTML) closes the chain. "
        "Method: docs/en/consolidation.md.",
    )
    y = 40
    add_input(
        model,
        core.QgsProcessingParameterString(
            "TITLE",
            "报告标题 Report title",
            defaultValue="村庄撤并与增减挂钩 Settlement consolidation and land-quota linkage",
            optional=True,
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterFeatureSource(
            "VILLAGES", "行政村 Administrative villages (polygons or points)", [polygon, point]
        ),
        120,
        y,
    )
    for key, _child_key, description, default, optional in VILLAGE_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "VILLAGES", default, optional), 120, y)
    for key, _child_key, description, default in CLASS_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "VILLAGES", default, True), 120, y)
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterFile(
            "RULES",
            "分类规则表（CSV，空 = 国家默认） Rules table (CSV; empty = national preset)",
            extension="csv",
            optional=True,
        ),
        120,
        y,
    )
    for key, description in CLASS_LAYERS:
        y += 60
        add_input(model, source_input(key, description, polygon, optional=True), 120, y)
    y += 60
    add_input(
        model,
        source_input("TOWNS", "县城与镇区（点） Towns (points)", point, optional=True),
        120,
        y,
    )
    y += 45
    add_input(
        model, field_input("TOWN_ID_FIELD", "镇编号字段 Town id field", "TOWNS", "node_id"), 120, y
    )
    y += 60
    add_input(
        model, source_input("NETWORK", "道路网 Road network (lines)", line, optional=True), 120, y
    )
    for key, description, default in (
        ("SPEED_FIELD", "车速字段（km/h） Speed field", "speed_kmh"),
        ("ROAD_CLASS_FIELD", "道路等级字段 Road class field", "road_class"),
    ):
        y += 45
        add_input(model, field_input(key, description, "NETWORK", default, True), 120, y)
    y += 60
    add_input(
        model,
        core.QgsProcessingParameterFeatureSource(
            "NATURAL_VILLAGES", "自然村 Natural villages (points or polygons)", [point, polygon]
        ),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        field_input(
            "NV_VILLAGE_FIELD",
            "自然村所属行政村编号字段 Administrative village id of each natural village",
            "NATURAL_VILLAGES",
            "village_id",
        ),
        120,
        y,
    )
    for key, _child_key, description, default in NATURAL_FIELDS:
        y += 45
        add_input(
            model, field_input(key, description, "NATURAL_VILLAGES", default or None, True), 120, y
        )
    for key, description, default, integer in CONSOLIDATION_NUMBERS:
        y += 45
        kind = core.QgsProcessingParameterNumber
        add_input(
            model,
            kind(
                key,
                description,
                kind.Integer if integer else kind.Double,
                defaultValue=default,
                minValue=0,
            ),
            120,
            y,
        )
    y += 60
    add_input(
        model,
        source_input("CONSTRUCTION", "建新候选地块 Construction candidates (polygons)", polygon),
        120,
        y,
    )
    for key, _child_key, description, default, optional in CONSTRUCTION_FIELDS:
        y += 45
        add_input(model, field_input(key, description, "CONSTRUCTION", default, optional), 120, y)
    y += 60
    add_input(
        model,
        source_input("CULTIVATED", "耕地 Cultivated land (polygons)", polygon, optional=True),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        field_input(
            "CULTIVATED_GRADE_FIELD",
            "耕地等别字段 Cultivated land grade field",
            "CULTIVATED",
            "grade",
            True,
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        source_input(
            "LINKAGE_URBAN_BOUNDARY",
            "城镇开发边界（挂钩） Urban development boundary for the linkage",
            polygon,
            optional=True,
        ),
        120,
        y,
    )
    y += 60
    add_input(
        model,
        source_input("BOUNDARIES", "乡镇界 Township boundaries (polygons)", polygon, optional=True),
        120,
        y,
    )
    y += 45
    add_input(
        model,
        field_input(
            "BOUNDARY_NAME_FIELD", "乡镇名称字段 Township name field", "BOUNDARIES", "town_name"
        ),
        120,
        y,
    )

    hollow_sources = {"VILLAGES": from_input("VILLAGES")}
    for key, child_key, *_rest in VILLAGE_FIELDS:
        hollow_sources[child_key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "hollow",
            "urflow:hollowvillages",
            "空心村识别 Hollow-village detection",
            560,
            200,
            hollow_sources,
            [("HOLLOW_VILLAGES", "OUTPUT", "空心村 Hollow villages")],
        )
    )
    class_sources = {
        "VILLAGES": from_input("VILLAGES"),
        "VILLAGE_ID_FIELD": from_input("VILLAGE_ID_FIELD"),
        "VILLAGE_NAME_FIELD": from_input("VILLAGE_NAME_FIELD"),
        "RULES": from_input("RULES"),
        "TOWNS": from_input("TOWNS"),
        "TOWN_ID_FIELD": from_input("TOWN_ID_FIELD"),
        "NETWORK": from_input("NETWORK"),
        "SPEED_FIELD": from_input("SPEED_FIELD"),
        "ROAD_CLASS_FIELD": from_input("ROAD_CLASS_FIELD"),
        "HOLLOW": from_outputs(("hollow", "OUTPUT")),
        "POTENTIAL_FIELDS": from_value("resident_pop, town_cost, hollow_score"),
        "POTENTIAL_DIRECTIONS": from_value("+, -, -"),
    }
    for key, child_key, *_rest in CLASS_FIELDS:
        class_sources[child_key] = from_input(key)
    for key, _description in CLASS_LAYERS:
        class_sources[key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "classify",
            "urflow:villageclassification",
            "村庄分类 Village classification",
            560,
            440,
            class_sources,
            [("VILLAGE_CLASSES", "OUTPUT", "村庄分类 Classified villages")],
        )
    )
    consolidation_sources = {
        "SETTLEMENTS": from_input("NATURAL_VILLAGES"),
        "VILLAGE_CLASSES": from_outputs(("classify", "OUTPUT")),
        "VILLAGE_CLASSES_ID_FIELD": from_input("VILLAGE_ID_FIELD"),
        "VILLAGE_ID_FIELD": from_input("NV_VILLAGE_FIELD"),
        "NETWORK": from_input("NETWORK"),
        "SPEED_FIELD": from_input("SPEED_FIELD"),
        "ROAD_CLASS_FIELD": from_input("ROAD_CLASS_FIELD"),
        "TRAVEL_MODE": from_value(3),
        "COST_UNIT": from_value(1),
        "SNAP_TOLERANCE": from_value(1500.0),
        "ECO_REDLINE": from_input("ECO_REDLINE"),
        "PERMANENT_FARMLAND": from_input("PERMANENT_FARMLAND"),
        "HAZARD": from_input("HAZARD"),
    }
    for key, child_key, *_rest in NATURAL_FIELDS:
        consolidation_sources[child_key] = from_input(key)
    for key, *_rest in CONSOLIDATION_NUMBERS:
        consolidation_sources[key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "consolidate",
            "urflow:settlementconsolidation",
            "村庄撤并与中心村布局 Settlement consolidation",
            560,
            920,
            consolidation_sources,
            [
                ("CONSOLIDATION_SETTLEMENTS", "OUTPUT_SETTLEMENTS", "自然村角色 Settlements"),
                ("CENTRAL_VILLAGES", "OUTPUT_CENTRAL", "中心村 Central villages"),
                ("MOVES", "OUTPUT_MOVES", "迁移 Moves"),
                ("RELEASED_LAND", "OUTPUT_DEMOLITION", "腾退用地 Released land"),
            ],
        )
    )
    linkage_sources = {
        "DEMOLITION": from_outputs(("consolidate", "OUTPUT_DEMOLITION")),
        "DEMOLITION_ID_FIELD": from_value("settlement_id"),
        "DEMOLITION_AREA_FIELD": from_value("released_m2"),
        "KAPPA_FIELD": from_value("kappa"),
        "PRIORITY_FIELD": from_value("priority"),
        "PRIORITY_WEIGHT": from_value(300.0),
        "CONSTRUCTION": from_input("CONSTRUCTION"),
        "CULTIVATED": from_input("CULTIVATED"),
        "CULTIVATED_GRADE_FIELD": from_input("CULTIVATED_GRADE_FIELD"),
        "PERMANENT_FARMLAND": from_input("PERMANENT_FARMLAND"),
        "ECO_REDLINE": from_input("ECO_REDLINE"),
        "URBAN_BOUNDARY": from_input("LINKAGE_URBAN_BOUNDARY"),
    }
    for key, child_key, *_rest in CONSTRUCTION_FIELDS:
        linkage_sources[child_key] = from_input(key)
    model.addChildAlgorithm(
        child(
            "linkage",
            "urflow:landquotalinkage",
            "城乡建设用地增减挂钩平衡 Land-quota linkage balancing",
            560,
            1160,
            linkage_sources,
            [
                ("LINKAGE_DEMOLITION", "OUTPUT_DEMOLITION", "拆旧地块 Demolition parcels"),
                ("LINKAGE_CONSTRUCTION", "OUTPUT_CONSTRUCTION", "建新地块 Construction parcels"),
                ("LINKAGE_PAIRS", "OUTPUT_PAIRS", "挂钩指标流向 Quota pairs"),
                ("LINKAGE_BALANCE", "OUTPUT_BALANCE", "挂钩平衡表 Balance sheet"),
            ],
        )
    )
    model.addChildAlgorithm(
        child(
            "report",
            "urflow:planningreport",
            "规划分析报告 Planning report",
            560,
            1400,
            {
                "TITLE": from_input("TITLE"),
                "HOLLOW_VILLAGES": from_outputs(("hollow", "OUTPUT")),
                "TOWNSHIP_FIELD": from_input("ZONE_FIELD"),
                "VILLAGE_CLASSES": from_outputs(("classify", "OUTPUT")),
                "CONSOLIDATION_SETTLEMENTS": from_outputs(("consolidate", "OUTPUT_SETTLEMENTS")),
                "LINKAGE_BALANCE": from_outputs(("linkage", "OUTPUT_BALANCE")),
                "LINKAGE_DEMOLITION": from_outputs(("linkage", "OUTPUT_DEMOLITION")),
                "LINKAGE_CONSTRUCTION": from_outputs(("linkage", "OUTPUT_CONSTRUCTION")),
                "LINKAGE_PAIRS": from_outputs(("linkage", "OUTPUT_PAIRS")),
                "BOUNDARIES": from_input("BOUNDARIES"),
                "BOUNDARY_NAME_FIELD": from_input("BOUNDARY_NAME_FIELD"),
            },
            [("REPORT", "OUTPUT", "规划分析报告 Report (HTML)")],
        )
    )
    return finish(model)


MODELS = (hollow_linkage_report, facility_gaps_report, hollow_classification_report)
MODELS += (hollow_consolidation_linkage_report,)


def build_models() -> list:
    """[(model, file name)] of every ready-made model; needs QGIS with the urflow provider."""
    built = []
    for build in MODELS:
        model = build()
        built.append((model, f"{model.name()}.model3"))
    return built


def write_models(out_dir: Path) -> list:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for model, file_name in build_models():
        path = out_dir / file_name
        if not model.toFile(str(path)):
            raise RuntimeError(f"could not write {path}")
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(MODELS_DIR), help="folder for the .model3 files")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(PLUGINS_DIR))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    import urflow

    plugin = urflow.classFactory(None)  # the children must resolve: register the provider
    plugin.initProcessing()
    try:
        for path in write_models(Path(args.out).resolve()):
            print(path)
    finally:
        plugin.unload()
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make demo`: run every URFlow algorithm on the fictitious sample county, headless.

Writes to the output folder (default ``demo-output/``):
- ``data/``: a copy of the sample county, so nothing bundled is ever written over;
- ``<step>.gpkg``: each algorithm's outputs, produced through ``qgis_process``;
- ``urflow_demo.qgz``: a QGIS project with the sample county and the outputs, styled;
- ``overview.png``: the project's map as it opens (the hollow-village theme), rendered, and
  ``overview_NN.png``: one per map theme (one theme per analysis);
- ``tables.xlsx``: the report's tables, one named sheet each;
- ``summary.html``: the planning report (urflow:planningreport) of every analysis;
- ``atlas.pdf``: the map atlas (图集) of the same run, one A3 page per map, and ``atlas.qgz``,
  the QGIS project holding its print layouts (open it to edit them in the layout designer);
and prints a short summary at the end.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGINS_DIR = REPO / ".build" / "plugins"
QGIS_PROCESS = REPO / "scripts" / "qgis_process.sh"

SAMPLE = "{data}/sample_county.gpkg|layername="

# One entry per algorithm the demo runs: (step name, algorithm id, parameters, outputs to load
# as {output key: layer title}, styled as the algorithm styles them). "{data}" and "{out}" are
# filled in at run time.
DEMO_STEPS = [
    (
        "空心村识别 Hollow villages",
        "urflow:hollowvillages",
        {
            "VILLAGES": SAMPLE + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "VILLAGE_NAME_FIELD": "village_name",
            "REGISTERED_POP_FIELD": "registered_pop",
            "RESIDENT_POP_FIELD": "resident_pop",
            "ELDERLY_POP_FIELD": "pop_60plus",
            "OUTMIGRANT_FIELD": "outmigrant_workers",
            "WORKING_AGE_FIELD": "working_age_pop",
            "HOUSEHOLDS_FIELD": "households",
            "HOMESTEADS_FIELD": "homesteads",
            "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
            "MULTI_HOMESTEAD_FIELD": "multi_homestead_hh",
            "OVER_STANDARD_FIELD": "over_standard_hh",
            "SETTLEMENTS": SAMPLE + "settlements",
            "NIGHT_LIGHT": "{data}/night_light.tif",
            "OUTPUT": "{out}/hollow_villages.gpkg",
            "WEIGHTS_TABLE": "{out}/hollow_weights.xlsx",
        },
        {"OUTPUT": "Hollow villages 空心村"},
    ),
    # chained: the hollow villages just computed feed the classification (HOLLOW, potential)
    (
        "村庄分类 Village classification",
        "urflow:villageclassification",
        {
            "VILLAGES": SAMPLE + "villages",
            "VILLAGE_ID_FIELD": "village_id",
            "VILLAGE_NAME_FIELD": "village_name",
            "ZONE_FIELD": "town_name",
            "POPULATION_FIELD": "resident_pop",
            "SETTLEMENT_AREA_FIELD": "settlement_area_m2",
            "HERITAGE_FIELD": "is_traditional",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "BUILT_UP": SAMPLE + "town_areas",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "HAZARD": SAMPLE + "hazard_zones",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "TOWNS": SAMPLE + "flow_nodes|subset=\"level\" IN ('county_seat','town_seat')",
            "TOWN_ID_FIELD": "node_id",
            "NETWORK": SAMPLE + "roads",
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "SNAP_TOLERANCE": 2500,
            "HOLLOW": "{out}/hollow_villages.gpkg",
            "POTENTIAL_FIELDS": "resident_pop, collective_income_10k, town_cost, hollow_score",
            "POTENTIAL_DIRECTIONS": "+, +, -, -",
            "OUTPUT": "{out}/village_classes.gpkg",
            "OUTPUT_SUMMARY": "{out}/village_classes_summary.csv",
        },
        {"OUTPUT": "Village classes 村庄分类"},
    ),
    # chained: the hollow scores just computed make hollow villages' parcels the priority
    (
        "增减挂钩 Land-quota linkage",
        "urflow:landquotalinkage",
        {
            "DEMOLITION": SAMPLE + "settlements",
            "DEMOLITION_ID_FIELD": "settle_id",
            "KAPPA_FIELD": "kappa",
            "DEMOLITION_GRADE_FIELD": "reclaim_grade",
            "COST_FIELD": "cost_10k",
            "PROTECTED_FIELD": "protected",
            "PRIORITY_LAYER": "{out}/hollow_villages.gpkg",
            "PRIORITY_WEIGHT": 300,
            "CONSTRUCTION": SAMPLE + "construction_candidates",
            "CONSTRUCTION_ID_FIELD": "cand_id",
            "VALUE_FIELD": "value_10k",
            "MANDATORY_FIELD": "mandatory",
            "CONSTRUCTION_TYPE_FIELD": "cand_type",
            "CULTIVATED": SAMPLE + "cultivated",
            "CULTIVATED_GRADE_FIELD": "grade",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "GROUP_FIELD": "project_area",
            "MAX_PAIR_DISTANCE": 8000,
            "DISTANCE_WEIGHT": 1,
            "OUTPUT_DEMOLITION": "{out}/linkage_demolition.gpkg",
            "OUTPUT_CONSTRUCTION": "{out}/linkage_construction.gpkg",
            "OUTPUT_PAIRS": "{out}/linkage_pairs.gpkg",
            "OUTPUT_BALANCE": "{out}/linkage_balance.csv",
        },
        {
            "OUTPUT_PAIRS": "挂钩指标流向 Quota pairs",
            "OUTPUT_CONSTRUCTION": "建新地块 Construction parcels",
            "OUTPUT_DEMOLITION": "拆旧地块 Demolition parcels",
        },
    ),
]
CONTROL_LINES = {
    "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
    "ECO_REDLINE": SAMPLE + "eco_redline",
    "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
    "ZONES": SAMPLE + "townships",
    "ZONE_NAME_FIELD": "town_name",
}
for step, planned, id_field, type_field, key in (
    (
        "建新候选地块 Construction candidates",
        "construction_candidates",
        "cand_id",
        "cand_type",
        "candidates",
    ),
    ("学校 Schools", "schools", "fac_id", "school_type", "schools"),
):
    DEMO_STEPS.append(
        (
            f"三线合规检查 Control-line check: {step}",
            "urflow:controllinecheck",
            {
                "PLANNED": SAMPLE + planned,
                "PLANNED_ID_FIELD": id_field,
                "PLANNED_TYPE_FIELD": type_field,
                **CONTROL_LINES,
                "OUTPUT_CONFLICTS": f"{{out}}/control_{key}_conflicts.gpkg",
                "OUTPUT_PLANNED": f"{{out}}/control_{key}_checked.gpkg",
                "OUTPUT_SUMMARY": f"{{out}}/control_{key}_summary.csv",
            },
            {
                "OUTPUT_CONFLICTS": f"{step} — conflicts 冲突图斑",
                "OUTPUT_PLANNED": f"{step} — checked 检查结果",
            },
        )
    )
DEMO_STEPS.append(
    (
        "城乡要素流动 Urban–rural flows: labour 劳动力",
        "urflow:urbanruralflows",
        {
            "NODES": SAMPLE + "flow_nodes",
            "NODE_ID_FIELD": "node_id",
            "NODE_TYPE_FIELD": "node_type",
            "MASS_FIELD": "population",
            "NAME_FIELD": "name",
            "FLOWS": SAMPLE + "migration_od",
            "ORIGIN_FIELD": "origin_village_id",
            "DESTINATION_FIELD": "dest_code",
            "VALUE_FIELD": "workers",
            "YEAR_FIELD": "year",
            "YEAR": 2023,
            "MIN_VALUE": 5,
            "OUTPUT_LINES": "{out}/flows_lines.gpkg",
            "OUTPUT_NODES": "{out}/flows_nodes.gpkg",
            "OUTPUT_MATRIX": "{out}/flows_matrix.csv",
        },
        {"OUTPUT_LINES": "劳动力流动 Labour flows", "OUTPUT_NODES": "流动节点 Flow nodes"},
    )
)
FACILITY_STEPS = (  # (step, facility layer and filter, capacity, population, standard, key)
    (
        "小学 Primary schools",
        "schools|subset=\"school_type\" IN ('primary','teaching_point')",
        "seats",
        "pop_6_11",
        "rural_primary_school",
        "schools",
    ),
    (
        "村卫生室 Village clinics",
        "clinics",
        "doctors",
        "resident_pop",
        "rural_village_clinic",
        "clinics",
    ),
    (
        "养老机构 Elderly homes",
        "elderly_homes",
        "beds",
        "pop_60plus",
        "rural_nursing_home",
        "elderly",
    ),
)
for step, facilities, capacity, population, standard, key in FACILITY_STEPS:
    DEMO_STEPS.append(
        (
            f"设施缺口 Facility gaps: {step}",
            "urflow:facilitygaps",
            {
                "DEMAND": SAMPLE + "village_points",
                "DEMAND_ID_FIELD": "village_id",
                "POPULATION_FIELD": population,
                "FACILITIES": SAMPLE + facilities,
                "FACILITY_ID_FIELD": "fac_id",
                "CAPACITY_FIELD": capacity,
                "NETWORK": SAMPLE + "roads",
                "SPEED_FIELD": "speed_kmh",
                "ROAD_CLASS_FIELD": "road_class",
                "DIRECTION_FIELD": "direction",
                "STANDARD": standard,
                "ZONES": SAMPLE + "townships",
                "ZONE_NAME_FIELD": "town_name",
                "OUTPUT_DEMAND": f"{{out}}/gaps_{key}_villages.gpkg",
                "OUTPUT_FACILITIES": f"{{out}}/gaps_{key}_facilities.gpkg",
                "OUTPUT_ZONES": f"{{out}}/gaps_{key}_townships.gpkg",
            },
            {
                "OUTPUT_DEMAND": f"{step} — villages",
                "OUTPUT_FACILITIES": f"{step} — facilities",
                "OUTPUT_ZONES": f"{step} — townships",
            },
        )
    )
# Facility siting: new primary schools in the hill townships (石门镇, 云岭乡, 杉坑乡). The
# candidates are the county's primary schools and teaching points (existing, kept open) and
# every hill village (a possible new school), merged into one layer by three QGIS steps.
HILL_TOWNS = "\"town_code\" IN ('349901105','349901200','349901201')"
SITING_CANDIDATES = "{out}/siting_candidates.gpkg"
DEMO_STEPS += [
    (
        "设施选址准备 Siting candidates (merge)",
        "native:mergevectorlayers",
        {
            "LAYERS": [
                SAMPLE + "schools|subset=\"school_type\" IN ('primary','teaching_point')",
                SAMPLE + "village_points|subset=" + HILL_TOWNS,
            ],
            "CRS": "EPSG:4548",
            "OUTPUT": "{out}/siting_merged.gpkg",
        },
        {},
    ),
    (
        "设施选址准备 Siting candidates (ids)",
        "native:fieldcalculator",
        {
            "INPUT": "{out}/siting_merged.gpkg",
            "FIELD_NAME": "site_id",
            "FIELD_TYPE": 2,
            "FIELD_LENGTH": 20,
            "FORMULA": 'coalesce("fac_id", "village_id")',
            "OUTPUT": "{out}/siting_ids.gpkg",
        },
        {},
    ),
    (
        "设施选址准备 Siting candidates (existing)",
        "native:fieldcalculator",
        {
            "INPUT": "{out}/siting_ids.gpkg",
            "FIELD_NAME": "existing",
            "FIELD_TYPE": 1,
            "FORMULA": 'if("fac_id" IS NULL, 0, 1)',
            "OUTPUT": SITING_CANDIDATES,
        },
        {},
    ),
    (
        "设施选址 Facility siting: primary schools in the hill townships",
        "urflow:facilitysiting",
        {
            "DEMAND": SAMPLE + "village_points|subset=" + HILL_TOWNS,
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop_6_11",
            "CANDIDATES": SITING_CANDIDATES,
            "CANDIDATE_ID_FIELD": "site_id",
            "EXISTING_FIELD": "existing",
            "NETWORK": SAMPLE + "roads",
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "DIRECTION_FIELD": "direction",
            "STANDARD": "rural_primary_school",
            "MODEL": 0,
            "CURVE_MAX": 8,
            "OUTPUT_SITES": "{out}/siting_schools_sites.gpkg",
            "OUTPUT_DEMAND": "{out}/siting_schools_villages.gpkg",
            "OUTPUT_LINES": "{out}/siting_schools_lines.gpkg",
            "OUTPUT_CURVE": "{out}/siting_schools_curve.csv",
        },
        {
            "OUTPUT_SITES": "New primary schools 新增小学",
            "OUTPUT_LINES": "Villages → schools 村庄—学校",
        },
    ),
]
# 三调 as delivered: the DLTB layer → settlements, homesteads, cultivated land
# (urflow:landsurveylayers), then hollow villages and linkage run from those outputs. The
# 传统村落 are left out of the 拆旧 candidates by a subset on ZLDWDM (三调 has no such flag).
TRADITIONAL = ("349901201204", "349901200209", "349901201202", "349901101201")


def _parameters_of(algorithm_id):
    return next(p for _step, a, p, _outputs in DEMO_STEPS if a == algorithm_id)


DEMO_STEPS += [
    (
        "三调图斑提取 Land survey parcels",
        "urflow:landsurveylayers",
        {
            "DLTB": SAMPLE + "DLTB",
            "CLASSIFICATION": 0,
            "OUTPUT_SETTLEMENTS": "{out}/dltb_settlements.gpkg",
            "OUTPUT_HOMESTEADS": "{out}/dltb_homesteads.gpkg",
            "OUTPUT_CULTIVATED": "{out}/dltb_cultivated.gpkg",
        },
        {},
    ),
    (
        "空心村识别（三调） Hollow villages from DLTB",
        "urflow:hollowvillages",
        {
            **_parameters_of("urflow:hollowvillages"),
            "SETTLEMENTS": "{out}/dltb_settlements.gpkg",
            "OUTPUT": "{out}/dltb_hollow_villages.gpkg",
            "WEIGHTS_TABLE": "{out}/dltb_hollow_weights.csv",
        },
        {},
    ),
    (
        "增减挂钩（三调） Land-quota linkage from DLTB",
        "urflow:landquotalinkage",
        {
            "DEMOLITION": '{out}/dltb_settlements.gpkg|subset=substr("ZLDWDM", 1, 12) NOT IN ('
            + ", ".join(f"'{code}'" for code in TRADITIONAL)
            + ")",
            "DEMOLITION_ID_FIELD": "BSM",
            "UNIT_COST": 110,  # 万元/ha, all-in (三调 has no cost field)
            "PRIORITY_LAYER": "{out}/dltb_hollow_villages.gpkg",
            "PRIORITY_WEIGHT": 300,
            "CONSTRUCTION": SAMPLE + "construction_candidates",
            "CONSTRUCTION_ID_FIELD": "cand_id",
            "VALUE_FIELD": "value_10k",
            "MANDATORY_FIELD": "mandatory",
            "CONSTRUCTION_TYPE_FIELD": "cand_type",
            "CULTIVATED": "{out}/dltb_cultivated.gpkg",
            "CULTIVATED_GRADE_FIELD": "grade",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "MAX_PAIR_DISTANCE": 8000,
            "DISTANCE_WEIGHT": 1,
            "OUTPUT_DEMOLITION": "{out}/dltb_linkage_demolition.gpkg",
            "OUTPUT_CONSTRUCTION": "{out}/dltb_linkage_construction.gpkg",
            "OUTPUT_PAIRS": "{out}/dltb_linkage_pairs.gpkg",
            "OUTPUT_BALANCE": "{out}/dltb_linkage_balance.csv",
        },
        {},
    ),
]


# 村庄撤并: the natural villages take their village's class and hollow score from the
# classification just computed, consolidation sends the 搬迁撤并 and the smallest hamlets to ten
# central villages, and its released land is the 拆旧 of a second land-quota linkage.
DEMO_STEPS += [
    (
        "村庄撤并 Settlement consolidation",
        "urflow:settlementconsolidation",
        {
            "SETTLEMENTS": SAMPLE + "natural_villages",
            "SETTLEMENT_ID_FIELD": "nv_id",
            "POPULATION_FIELD": "resident_pop",
            "AREA_FIELD": "settlement_area_m2",
            "VILLAGE_CLASSES": "{out}/village_classes.gpkg",
            "VILLAGE_CLASSES_ID_FIELD": "village_id",
            "VILLAGE_ID_FIELD": "village_id",
            "KAPPA_FIELD": "kappa",
            "MIN_KEEP_POP": 40,
            "NETWORK": SAMPLE + "roads",
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "TRAVEL_MODE": 3,
            "COST_UNIT": 1,
            "SNAP_TOLERANCE": 1500,
            "CENTRAL_COUNT": 10,
            "MAX_MOVE_COST": 12000,
            "MIN_CENTRAL_POP": 300,
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "HAZARD": SAMPLE + "hazard_zones",
            "OUTPUT_SETTLEMENTS": "{out}/consolidation_settlements.gpkg",
            "OUTPUT_CENTRAL": "{out}/consolidation_central.gpkg",
            "OUTPUT_MOVES": "{out}/consolidation_moves.gpkg",
            "OUTPUT_DEMOLITION": "{out}/consolidation_demolition.gpkg",
        },
        {
            "OUTPUT_MOVES": "迁移 Moves",
            "OUTPUT_CENTRAL": "中心村 Central villages",
            "OUTPUT_DEMOLITION": "腾退用地 Released land",
            "OUTPUT_SETTLEMENTS": "自然村 Natural villages by role",
        },
    ),
    (
        "增减挂钩（撤并腾退） Land-quota linkage fed by the consolidation",
        "urflow:landquotalinkage",
        {
            "DEMOLITION": "{out}/consolidation_demolition.gpkg",
            "DEMOLITION_ID_FIELD": "settlement_id",
            "DEMOLITION_AREA_FIELD": "released_m2",
            "KAPPA_FIELD": "kappa",
            "PRIORITY_FIELD": "priority",
            "PRIORITY_WEIGHT": 300,
            "UNIT_COST": 110,
            "CONSTRUCTION": SAMPLE + "construction_candidates",
            "CONSTRUCTION_ID_FIELD": "cand_id",
            "VALUE_FIELD": "value_10k",
            "MANDATORY_FIELD": "mandatory",
            "CONSTRUCTION_TYPE_FIELD": "cand_type",
            "CULTIVATED": SAMPLE + "cultivated",
            "CULTIVATED_GRADE_FIELD": "grade",
            "PERMANENT_FARMLAND": SAMPLE + "permanent_farmland",
            "ECO_REDLINE": SAMPLE + "eco_redline",
            "URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "OUTPUT_DEMOLITION": "{out}/consolidation_linkage_demolition.gpkg",
            "OUTPUT_CONSTRUCTION": "{out}/consolidation_linkage_construction.gpkg",
            "OUTPUT_PAIRS": "{out}/consolidation_linkage_pairs.gpkg",
            "OUTPUT_BALANCE": "{out}/consolidation_linkage_balance.csv",
        },
        {},
    ),
]
DEMO_STEPS.append(
    (
        "规划分析报告 Planning report",
        "urflow:planningreport",
        {
            "TITLE": "青溪县（虚构）城乡资源流动规划分析 — Qingxi County (fictitious)",
            "HOLLOW_VILLAGES": "{out}/hollow_villages.gpkg",
            "VILLAGE_CLASSES": "{out}/village_classes.gpkg",
            "CONSOLIDATION_SETTLEMENTS": "{out}/consolidation_settlements.gpkg",
            "FACILITY_GAPS": [
                f"{{out}}/gaps_{key}_{part}.gpkg"
                for *_rest, key in FACILITY_STEPS
                for part in ("villages", "facilities", "townships")
            ],
            "SITING_SITES": "{out}/siting_schools_sites.gpkg",
            "SITING_DEMAND": "{out}/siting_schools_villages.gpkg",
            "SITING_LINES": "{out}/siting_schools_lines.gpkg",
            "SITING_CURVE": "{out}/siting_schools_curve.csv",
            "LINKAGE_BALANCE": "{out}/linkage_balance.csv",
            "LINKAGE_DEMOLITION": "{out}/linkage_demolition.gpkg",
            "LINKAGE_CONSTRUCTION": "{out}/linkage_construction.gpkg",
            "LINKAGE_PAIRS": "{out}/linkage_pairs.gpkg",
            "CONTROL_CONFLICTS": "{out}/control_candidates_conflicts.gpkg",
            "CONTROL_PLANNED": "{out}/control_candidates_checked.gpkg",
            "CONTROL_SUMMARY": "{out}/control_candidates_summary.csv",
            "CONTROL_FARMLAND": SAMPLE + "permanent_farmland",
            "CONTROL_REDLINE": SAMPLE + "eco_redline",
            "CONTROL_URBAN_BOUNDARY": SAMPLE + "urban_boundary",
            "FLOW_LINES": "{out}/flows_lines.gpkg",
            "FLOW_NODES": "{out}/flows_nodes.gpkg",
            "FLOW_MATRIX": "{out}/flows_matrix.csv",
            "FLOW_UNIT": 1,  # persons: the OD table counts migrant workers
            "BOUNDARIES": SAMPLE + "townships",
            "BOUNDARY_NAME_FIELD": "town_name",
            "OUTPUT": "{out}/summary.html",
            "OUTPUT_PDF": "{out}/atlas.pdf",
            "OUTPUT_XLSX": "{out}/tables.xlsx",
            "PRODUCER": "青溪县自然资源局（虚构） Qingxi County Bureau (fictitious)",
            "DATA_SOURCES": "URFlow 样例县 sample county",
            "FICTITIOUS": "true",
        },
        {},
    )
)


def run_algorithm(algorithm_id: str, parameters: dict) -> dict:
    """Run one algorithm through qgis_process and return its JSON results."""
    command = ["bash", str(QGIS_PROCESS), "run", algorithm_id, "--json", "--"]
    for key, value in parameters.items():  # a list: the parameter repeated (multiple layers)
        command += [f"{key}={item}" for item in (value if isinstance(value, list) else [value])]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise SystemExit(f"demo: {algorithm_id} failed (exit {completed.returncode})")
    return json.loads(completed.stdout[completed.stdout.index("{") :])


def fill(value, data_dir: Path, out_dir: Path):
    return str(value).replace("{data}", str(data_dir)).replace("{out}", str(out_dir))


def style_output(algorithm_id: str, key: str, layer) -> None:
    """Style a demo output the way Processing's post-processor would."""
    from urflow.i18n import output_language
    from urflow.processing_provider.compliance import control_style
    from urflow.processing_provider.flows import flow_style
    from urflow.processing_provider.land import linkage_style
    from urflow.processing_provider.services import gap_style, siting_style
    from urflow.processing_provider.villages import class_style, consolidation_style, hollow_style

    module = {
        "urflow:hollowvillages": hollow_style,
        "urflow:villageclassification": class_style,
        "urflow:facilitygaps": gap_style,
        "urflow:landquotalinkage": linkage_style,
        "urflow:controllinecheck": control_style,
        "urflow:urbanruralflows": flow_style,
        "urflow:facilitysiting": siting_style,
        "urflow:settlementconsolidation": consolidation_style,
    }[algorithm_id]
    module.style_output(key, layer, output_language())


#: The sample layers every map theme shows under the analysis (by layer name in the GeoPackage).
THEME_BASE = ("townships", "county")


def show_only(project, layers) -> None:
    """Make exactly ``layers`` visible (and the groups holding them)."""
    root = project.layerTreeRoot()
    keep = {layer.id() for layer in layers}
    for node in root.findLayers():
        node.setItemVisibilityChecked(node.layerId() in keep)
    for group in root.findGroups(True):
        group.setItemVisibilityChecked(any(n.layerId() in keep for n in group.findLayers()))


def add_map_themes(project, results, out_dir: Path):
    """One map theme per analysis (its outputs over the township and county boundaries), an
    overview PNG of each, and the project left on the hollow-village theme (also
    ``overview.png``). Returns ``[(theme name, PNG path)]``."""
    from qgis.core import QgsLayerTreeModel, QgsMapThemeCollection

    root = project.layerTreeRoot()
    model = QgsLayerTreeModel(root)
    base = [
        node.layer()
        for node in root.findLayers()
        if node.layer() is not None
        and any(node.layer().source().endswith(f"layername={name}") for name in THEME_BASE)
    ]
    themes = []
    for step, _algorithm, _result, outputs in results:
        group = root.findGroup(step) if outputs else None
        if group is None:
            continue
        show_only(project, [node.layer() for node in group.findLayers()] + base)
        project.mapThemeCollection().insert(
            step, QgsMapThemeCollection.createThemeFromCurrentState(root, model)
        )
        png = out_dir / f"overview_{len(themes) + 1:02d}.png"
        render_overview(project, png)
        themes.append((step, png))
    if themes:  # open on the first analysis: the hollow villages
        first = themes[0][0]
        show_only(project, [n.layer() for n in root.findGroup(first).findLayers()] + base)
        shutil.copyfile(themes[0][1], out_dir / "overview.png")
    else:
        render_overview(project, out_dir / "overview.png")
    return themes


def render_overview(project, path: Path) -> None:
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    root = project.layerTreeRoot()
    layers = [
        node.layer()
        for node in root.findLayers()
        if node.isVisible() and node.layer() is not None and node.layer().isSpatial()
    ]
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputSize(QSize(1600, 1250))
    if layers:
        extent = QgsRectangle(layers[-1].extent())  # the bottom layer: the county outline
        extent.scale(1.05)
        settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(path), "PNG")


def outputs_of(parameters, data_dir: Path, out_dir: Path) -> dict:
    """The outputs a step wrote, as its result would name them (for --project-only)."""
    return {
        key: fill(value, data_dir, out_dir)
        for key, value in parameters.items()
        if key.startswith("OUTPUT") and isinstance(value, str)
    }


def build_project(results, data_dir: Path, out_dir: Path):
    """The demo project: the styled sample county, a group per analysis with its outputs, a
    map theme per analysis; returns (sample layers, [(theme, PNG)], project path)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(PLUGINS_DIR))
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    try:
        import urflow.sample_county as sample

        sample.SAMPLE_GPKG = data_dir / "sample_county.gpkg"
        sample.NIGHT_LIGHT_TIF = data_dir / "night_light.tif"
        project = QgsProject.instance()
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:4548"))
        project.setTitle("URFlow demo — Qingxi County 青溪县 (fictitious)")
        loaded = sample.add_sample_county(project)
        for step, algorithm_id, result, outputs in reversed(results):
            if not outputs:  # nothing to show (a preparation step, the report): no empty group
                continue
            group = project.layerTreeRoot().insertGroup(0, step)
            for key, title in outputs.items():
                layer = QgsVectorLayer(result["results"][key], title, "ogr")
                style_output(algorithm_id, key, layer)
                project.addMapLayer(layer, False)
                group.addLayer(layer)
        themes = add_map_themes(project, results, out_dir)
        project_path = out_dir / "urflow_demo.qgz"
        project.write(str(project_path))
    finally:
        app.exitQgis()

    return loaded, themes, project_path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="demo-output")
    parser.add_argument(
        "--project-only",
        action="store_true",
        help="rebuild the project, its map themes and overviews from the outputs already in --out",
    )
    args = parser.parse_args()
    out_dir = Path(args.out).resolve()
    data_dir = out_dir / "data"
    out_dir.mkdir(parents=True, exist_ok=True)
    if args.project_only:
        results = [
            (step, algorithm_id, {"results": outputs_of(parameters, data_dir, out_dir)}, outputs)
            for step, algorithm_id, parameters, outputs in DEMO_STEPS
        ]
        loaded, themes, project_path = build_project(results, data_dir, out_dir)
        print(f"  project: {project_path}; themes: {[name for name, _png in themes]}")
        return 0
    if data_dir.exists():
        shutil.rmtree(data_dir)
    shutil.copytree(
        REPO / "resources" / "sample",
        data_dir,
        ignore=shutil.ignore_patterns("*.md", "*.py", "*.aux.xml"),
    )

    results = []
    for step, algorithm_id, parameters, outputs in DEMO_STEPS:
        filled = {
            key: [fill(v, data_dir, out_dir) for v in value]
            if isinstance(value, list)
            else fill(value, data_dir, out_dir)
            for key, value in parameters.items()
        }
        print(f"demo: running {algorithm_id} ...", flush=True)
        results.append((step, algorithm_id, run_algorithm(algorithm_id, filled), outputs))

    loaded, themes, project_path = build_project(results, data_dir, out_dir)

    print()
    print("URFlow demo — sample county 青溪县 Qingxi County (FICTITIOUS data)")
    print(f"  sample layers loaded: {len(loaded)}")
    for step, algorithm_id, result, _outputs in results:
        headline = {
            k: v
            for k, v in result.get("results", {}).items()
            if not str(v).endswith((".gpkg", ".shp")) and "|" not in str(v)
        }
        print(f"  {step} ({algorithm_id}): {json.dumps(headline, ensure_ascii=False)}")
    if not results:
        print("  no URFlow algorithm exists yet: the project holds the styled sample county")
    print(f"  project: {project_path}")
    print(f"  map:     {out_dir / 'overview.png'} (the hollow-village theme)")
    for name, png in themes:
        print(f"  theme:   {name} → {png.name}")
    print(f"  tables:  {out_dir / 'tables.xlsx'}")
    print(f"  report:  {out_dir / 'summary.html'}")
    print(f"  atlas:   {out_dir / 'atlas.pdf'} (layouts in {out_dir / 'atlas.qgz'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

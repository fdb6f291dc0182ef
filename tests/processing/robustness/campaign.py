"""A campaign of bad and awkward inputs for every URFlow algorithm (issue 12).

Each :class:`Case` is the sample county with one small mutation (a broken geometry, a layer
without CRS, a misspelt field, a GBK CSV, …) written to a temporary GeoPackage or CSV. Cases run
in a child Python (``python campaign.py BATCH.json``) so that a crash of QGIS cannot take pytest
down with it; the child writes one JSON line per case with what happened:

- ``status``: ``ok`` (results returned), ``error`` (a QgsProcessingException, or Processing's
  own refusal of a parameter), ``traceback`` (any other exception) or ``crash`` (the child died
  on that case, written by the parent);
- ``message``: the error's text; ``log``: every warning and error the run pushed;
- ``outputs``: for each output asked for, whether a file exists; ``leftovers``: files in the
  case's output folder (all-or-nothing: none after an error);
- ``changed``: input files whose content hash changed during the run;
- ``checks``: values the case's own check read from the outputs (e.g. a village's land).

The checks of what each kind of case must give are in test_campaign.py.
"""

import copy
import csv
import hashlib
import json
import os
import shutil
import sys
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SAMPLE_DIR = REPO / "resources" / "sample"
STANDARDS_CSV = REPO / "resources" / "standards" / "china_national.csv"
RULES_CSV = REPO / "resources" / "standards" / "village_classification_rules.csv"

# Invalid-geometry settings of Processing (QgsFeatureRequest.InvalidGeometryCheck).
MODES = {"ignore": 0, "skip": 1, "stop": 2}


@dataclass
class Layer:
    """A layer input of an algorithm: its parameter, base file key, layer name, geometry."""

    param: str
    base: str  # "county" (the sample GeoPackage), "mini" or "outputs" (built by the fixture)
    name: str
    geometry: str  # "polygon", "line", "point" or "table"
    id_field: str = ""  # its id field parameter, if any
    fields: Tuple[str, ...] = ()  # field parameters whose parent is this layer
    summed: bool = False  # its features are counted or their areas summed: a polygon given
    # twice must be dissolved with a warning or refused, never counted twice
    any_type: bool = False  # the parameter takes points and polygons (no wrong type)


@dataclass
class Algorithm:
    id: str
    params: Dict[str, object]
    layers: List[Layer]
    outputs: Dict[str, bool]  # output parameter -> required
    suffix: Dict[str, str] = field(default_factory=dict)  # output -> file extension


@dataclass
class Case:
    """One run: the algorithm, the change to its parameters, the kind and what to expect."""

    id: str
    algorithm: str
    kind: str
    params: Dict[str, object]
    mutation: Dict[str, object]  # applied in the child: {"layer": ..., "how": ..., ...}
    mode: str = "skip"  # Processing's invalid-geometry setting
    names: Tuple[str, ...] = ()  # an error or warning must name one of these
    check: str = ""  # a named check run after a successful run


def _layer(base, name):
    if base == "outputs":  # each baseline output is its own GeoPackage, layer named as it
        return f"{{outputs_dir}}/{name}.gpkg|layername={name}"
    return f"{{{base}}}|layername={name}"


def base_file(bases: dict, layer: "Layer") -> str:
    if layer.base == "outputs":
        return f"{bases['outputs_dir']}/{layer.name}.gpkg"
    return bases[layer.base]


ALGORITHMS = {
    "hollowvillages": Algorithm(
        "urflow:hollowvillages",
        {
            "VILLAGES": _layer("mini", "villages"),
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
            "SETTLEMENTS": _layer("mini", "hill_settlements"),
            "BUILDINGS": _layer("mini", "hill_buildings"),
            "BUILDING_VACANT_FIELD": "vacant",
            "NIGHT_LIGHT": "{night_light}",
        },
        [
            Layer(
                "VILLAGES",
                "mini",
                "villages",
                "polygon",
                "VILLAGE_ID_FIELD",
                ("RESIDENT_POP_FIELD", "HOMESTEADS_FIELD", "VILLAGE_NAME_FIELD"),
                summed=True,
                any_type=True,
            ),
            Layer("SETTLEMENTS", "mini", "hill_settlements", "polygon", summed=True),
            Layer("BUILDINGS", "mini", "hill_buildings", "polygon", summed=True, any_type=True),
        ],
        {"OUTPUT": True, "WEIGHTS_TABLE": True},
        {"WEIGHTS_TABLE": "csv"},
    ),
    "villageclassification": Algorithm(
        "urflow:villageclassification",
        {
            "VILLAGES": _layer("mini", "villages"),
            "VILLAGE_ID_FIELD": "village_id",
            "VILLAGE_NAME_FIELD": "village_name",
            "ZONE_FIELD": "town_name",
            "POPULATION_FIELD": "resident_pop",
            "SETTLEMENT_AREA_FIELD": "settlement_area_m2",
            "HERITAGE_FIELD": "is_traditional",
            "URBAN_BOUNDARY": _layer("county", "urban_boundary"),
            "BUILT_UP": _layer("county", "town_areas"),
            "ECO_REDLINE": _layer("county", "eco_redline"),
            "HAZARD": _layer("county", "hazard_zones"),
            "PERMANENT_FARMLAND": _layer("county", "permanent_farmland"),
            "TOWNS": _layer("mini", "towns"),
            "TOWN_ID_FIELD": "node_id",
            "NETWORK": _layer("county", "roads"),
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "SNAP_TOLERANCE": 2500,
            "HOLLOW": _layer("outputs", "hollow"),
            "POTENTIAL_FIELDS": "resident_pop, collective_income_10k, town_cost, hollow_score",
            "POTENTIAL_DIRECTIONS": "+, +, -, -",
        },
        [
            Layer(
                "VILLAGES",
                "mini",
                "villages",
                "polygon",
                "VILLAGE_ID_FIELD",
                ("ZONE_FIELD", "POPULATION_FIELD", "HERITAGE_FIELD"),
                any_type=True,
            ),
            Layer("URBAN_BOUNDARY", "county", "urban_boundary", "polygon"),
            Layer("BUILT_UP", "county", "town_areas", "polygon"),
            Layer("ECO_REDLINE", "county", "eco_redline", "polygon"),
            Layer("HAZARD", "county", "hazard_zones", "polygon"),
            Layer("PERMANENT_FARMLAND", "county", "permanent_farmland", "polygon"),
            Layer("TOWNS", "mini", "towns", "point", "TOWN_ID_FIELD"),
            Layer("NETWORK", "county", "roads", "line", "", ("SPEED_FIELD", "ROAD_CLASS_FIELD")),
        ],
        {"OUTPUT": True, "OUTPUT_SUMMARY": False},
        {"OUTPUT_SUMMARY": "csv"},
    ),
    "landquotalinkage": Algorithm(
        "urflow:landquotalinkage",
        {
            "DEMOLITION": _layer("mini", "settlements"),
            "DEMOLITION_ID_FIELD": "settle_id",
            "KAPPA_FIELD": "kappa",
            "DEMOLITION_GRADE_FIELD": "reclaim_grade",
            "COST_FIELD": "cost_10k",
            "PROTECTED_FIELD": "protected",
            "PRIORITY_LAYER": _layer("outputs", "hollow"),
            "PRIORITY_WEIGHT": 300,
            "CONSTRUCTION": _layer("mini", "construction_candidates"),
            "CONSTRUCTION_ID_FIELD": "cand_id",
            "VALUE_FIELD": "value_10k",
            "MANDATORY_FIELD": "mandatory",
            "CONSTRUCTION_TYPE_FIELD": "cand_type",
            "CULTIVATED": _layer("mini", "cultivated"),
            "CULTIVATED_GRADE_FIELD": "grade",
            "PERMANENT_FARMLAND": _layer("county", "permanent_farmland"),
            "ECO_REDLINE": _layer("county", "eco_redline"),
            "URBAN_BOUNDARY": _layer("county", "urban_boundary"),
            "GROUP_FIELD": "project_area",
            "MAX_PAIR_DISTANCE": 8000,
            "DISTANCE_WEIGHT": 1,
            "TIME_LIMIT": 20,
        },
        [
            Layer(
                "DEMOLITION",
                "mini",
                "settlements",
                "polygon",
                "DEMOLITION_ID_FIELD",
                ("KAPPA_FIELD", "COST_FIELD", "GROUP_FIELD"),
                summed=True,
            ),
            Layer("PRIORITY_LAYER", "outputs", "hollow", "polygon"),
            Layer(
                "CONSTRUCTION",
                "mini",
                "construction_candidates",
                "polygon",
                "CONSTRUCTION_ID_FIELD",
                ("VALUE_FIELD", "MANDATORY_FIELD"),
                summed=True,
            ),
            Layer("CULTIVATED", "mini", "cultivated", "polygon", "", ("CULTIVATED_GRADE_FIELD",)),
            Layer("PERMANENT_FARMLAND", "county", "permanent_farmland", "polygon"),
            Layer("ECO_REDLINE", "county", "eco_redline", "polygon"),
            Layer("URBAN_BOUNDARY", "county", "urban_boundary", "polygon"),
        ],
        {
            "OUTPUT_DEMOLITION": True,
            "OUTPUT_CONSTRUCTION": True,
            "OUTPUT_PAIRS": True,
            "OUTPUT_BALANCE": True,
        },
        {"OUTPUT_BALANCE": "csv"},
    ),
    "controllinecheck": Algorithm(
        "urflow:controllinecheck",
        {
            "PLANNED": _layer("county", "construction_candidates"),
            "PLANNED_ID_FIELD": "cand_id",
            "PLANNED_TYPE_FIELD": "cand_type",
            "PERMANENT_FARMLAND": _layer("county", "permanent_farmland"),
            "ECO_REDLINE": _layer("county", "eco_redline"),
            "URBAN_BOUNDARY": _layer("county", "urban_boundary"),
            "ZONES": _layer("county", "townships"),
            "ZONE_NAME_FIELD": "town_name",
        },
        [
            Layer(
                "PLANNED",
                "county",
                "construction_candidates",
                "polygon",
                "PLANNED_ID_FIELD",
                ("PLANNED_TYPE_FIELD",),
                any_type=True,
            ),
            Layer("PERMANENT_FARMLAND", "county", "permanent_farmland", "polygon"),
            Layer("ECO_REDLINE", "county", "eco_redline", "polygon"),
            Layer("URBAN_BOUNDARY", "county", "urban_boundary", "polygon"),
            Layer("ZONES", "county", "townships", "polygon", "", ("ZONE_NAME_FIELD",)),
        ],
        {"OUTPUT_CONFLICTS": True, "OUTPUT_PLANNED": True, "OUTPUT_SUMMARY": True},
        {"OUTPUT_SUMMARY": "csv"},
    ),
    "urbanruralflows": Algorithm(
        "urflow:urbanruralflows",
        {
            "NODES": _layer("county", "flow_nodes"),
            "NODE_ID_FIELD": "node_id",
            "NODE_TYPE_FIELD": "node_type",
            "MASS_FIELD": "population",
            "NAME_FIELD": "name",
            "FLOWS": _layer("county", "migration_od"),
            "ORIGIN_FIELD": "origin_village_id",
            "DESTINATION_FIELD": "dest_code",
            "VALUE_FIELD": "workers",
            "YEAR_FIELD": "year",
            "YEAR": 2023,
            "MIN_VALUE": 5,
            "DISTANCE": 1,
            "NETWORK": _layer("county", "roads"),
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "SNAP_TOLERANCE": 2500,
        },
        [
            Layer(
                "NODES",
                "county",
                "flow_nodes",
                "point",
                "NODE_ID_FIELD",
                ("NODE_TYPE_FIELD", "MASS_FIELD"),
                any_type=True,
            ),
            Layer(
                "FLOWS",
                "county",
                "migration_od",
                "table",
                "",
                ("ORIGIN_FIELD", "DESTINATION_FIELD", "VALUE_FIELD"),
            ),
            Layer("NETWORK", "county", "roads", "line", "", ("SPEED_FIELD", "ROAD_CLASS_FIELD")),
        ],
        {"OUTPUT_LINES": True, "OUTPUT_NODES": True, "OUTPUT_MATRIX": True},
        {"OUTPUT_MATRIX": "csv"},
    ),
    "facilitygaps": Algorithm(
        "urflow:facilitygaps",
        {
            "DEMAND": _layer("county", "village_points"),
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop_6_11",
            "FACILITIES": _layer("county", "schools"),
            "FACILITY_ID_FIELD": "fac_id",
            "CAPACITY_FIELD": "seats",
            "NETWORK": _layer("county", "roads"),
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "DIRECTION_FIELD": "direction",
            "STANDARD": "rural_primary_school",
            "ZONES": _layer("county", "townships"),
            "ZONE_NAME_FIELD": "town_name",
        },
        [
            Layer(
                "DEMAND",
                "county",
                "village_points",
                "point",
                "DEMAND_ID_FIELD",
                ("POPULATION_FIELD",),
                any_type=True,
            ),
            Layer(
                "FACILITIES", "county", "schools", "point", "FACILITY_ID_FIELD", ("CAPACITY_FIELD",)
            ),
            Layer(
                "NETWORK",
                "county",
                "roads",
                "line",
                "",
                ("SPEED_FIELD", "ROAD_CLASS_FIELD", "DIRECTION_FIELD"),
            ),
            Layer("ZONES", "county", "townships", "polygon", "", ("ZONE_NAME_FIELD",)),
        ],
        {"OUTPUT_DEMAND": True, "OUTPUT_FACILITIES": True, "OUTPUT_ZONES": False},
    ),
    "facilitysiting": Algorithm(
        "urflow:facilitysiting",
        {
            "DEMAND": _layer("mini", "hill_villages"),
            "DEMAND_ID_FIELD": "village_id",
            "POPULATION_FIELD": "pop_6_11",
            "CANDIDATES": _layer("mini", "candidates"),
            "CANDIDATE_ID_FIELD": "site_id",
            "EXISTING_FIELD": "existing",
            "NETWORK": _layer("county", "roads"),
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "DIRECTION_FIELD": "direction",
            "STANDARD": "rural_primary_school",
            "MODEL": 0,
        },
        [
            Layer(
                "DEMAND",
                "mini",
                "hill_villages",
                "point",
                "DEMAND_ID_FIELD",
                ("POPULATION_FIELD",),
                any_type=True,
            ),
            Layer(
                "CANDIDATES",
                "mini",
                "candidates",
                "point",
                "CANDIDATE_ID_FIELD",
                ("EXISTING_FIELD",),
            ),
            Layer("NETWORK", "county", "roads", "line", "", ("SPEED_FIELD", "ROAD_CLASS_FIELD")),
        ],
        {"OUTPUT_SITES": True, "OUTPUT_DEMAND": True, "OUTPUT_LINES": False},
    ),
    "planningreport": Algorithm(
        "urflow:planningreport",
        {
            "TITLE": "robustness",
            "HOLLOW_VILLAGES": _layer("outputs", "hollow"),
            "LINKAGE_BALANCE": "{outputs_dir}/linkage_balance.csv",
            "LINKAGE_DEMOLITION": _layer("outputs", "linkage_demolition"),
            "CONTROL_PLANNED": _layer("outputs", "control_planned"),
            "CONTROL_CONFLICTS": _layer("outputs", "control_conflicts"),
            "CONTROL_REDLINE": _layer("county", "eco_redline"),
            "BOUNDARIES": _layer("county", "townships"),
            "BOUNDARY_NAME_FIELD": "town_name",
        },
        [
            Layer("HOLLOW_VILLAGES", "outputs", "hollow", "polygon", any_type=True),
            Layer("LINKAGE_DEMOLITION", "outputs", "linkage_demolition", "polygon"),
            Layer("CONTROL_CONFLICTS", "outputs", "control_conflicts", "polygon", any_type=True),
            Layer("CONTROL_REDLINE", "county", "eco_redline", "polygon"),
            Layer("BOUNDARIES", "county", "townships", "polygon", "", ("BOUNDARY_NAME_FIELD",)),
        ],
        {"OUTPUT": True},
        {"OUTPUT": "html"},
    ),
    "landsurveylayers": Algorithm(
        "urflow:landsurveylayers",
        {"DLTB": _layer("mini", "DLTB"), "CLASSIFICATION": 0},
        [Layer("DLTB", "mini", "DLTB", "polygon", summed=True)],
        {"OUTPUT_SETTLEMENTS": True, "OUTPUT_HOMESTEADS": True, "OUTPUT_CULTIVATED": True},
    ),
    "settlementconsolidation": Algorithm(
        "urflow:settlementconsolidation",
        {
            "SETTLEMENTS": _layer("mini", "natural_villages"),
            "SETTLEMENT_ID_FIELD": "nv_id",
            "POPULATION_FIELD": "resident_pop",
            "AREA_FIELD": "settlement_area_m2",
            "VILLAGE_ID_FIELD": "village_id",
            "KAPPA_FIELD": "kappa",
            "MIN_KEEP_POP": 40,
            "NETWORK": _layer("county", "roads"),
            "SPEED_FIELD": "speed_kmh",
            "ROAD_CLASS_FIELD": "road_class",
            "TRAVEL_MODE": 3,
            "COST_UNIT": 1,
            "SNAP_TOLERANCE": 1500,
            "CENTRAL_COUNT": 3,
            "MAX_MOVE_COST": 12000,
            "ECO_REDLINE": _layer("county", "eco_redline"),
            "PERMANENT_FARMLAND": _layer("county", "permanent_farmland"),
            "HAZARD": _layer("county", "hazard_zones"),
            "TIME_LIMIT": 20,
        },
        [
            Layer(
                "SETTLEMENTS",
                "mini",
                "natural_villages",
                "point",
                "SETTLEMENT_ID_FIELD",
                ("POPULATION_FIELD", "AREA_FIELD", "KAPPA_FIELD"),
                any_type=True,
            ),
            Layer("NETWORK", "county", "roads", "line", "", ("SPEED_FIELD", "ROAD_CLASS_FIELD")),
            Layer("ECO_REDLINE", "county", "eco_redline", "polygon"),
            Layer("PERMANENT_FARMLAND", "county", "permanent_farmland", "polygon"),
            Layer("HAZARD", "county", "hazard_zones", "polygon"),
        ],
        {
            "OUTPUT_SETTLEMENTS": True,
            "OUTPUT_CENTRAL": False,
            "OUTPUT_MOVES": False,
            "OUTPUT_DEMOLITION": False,
        },
    ),
}


def case_list() -> List[Case]:
    """Every case of the campaign, built from :data:`ALGORITHMS` by rule."""
    cases: List[Case] = []

    def add(name, kind, mutation=None, params=None, mode="skip", names=(), check=""):
        cases.append(
            Case(
                f"{name}-{kind}" + (f"-{mode}" if kind.startswith("invalid") else ""),
                name,
                kind,
                params or {},
                mutation or {},
                mode,
                tuple(names),
                check,
            )
        )

    for name, algorithm in ALGORITHMS.items():
        add(name, "baseline")
        for layer in algorithm.layers:
            p, tag = layer.param, f"{layer.param}"
            if layer.geometry != "table":
                for mode in MODES:
                    if layer.geometry == "point":  # a point cannot be invalid: NULL geometry
                        add(name, f"invalid:{tag}", {"layer": p, "how": "null_geometry"}, mode=mode)
                    else:
                        add(
                            name,
                            f"invalid:{tag}",
                            {"layer": p, "how": "invalid"},
                            mode=mode,
                            names=(layer.name, p),
                        )
                add(name, f"nullgeom:{tag}", {"layer": p, "how": "null_geometry"})
                add(name, f"emptygeom:{tag}", {"layer": p, "how": "empty_geometry"})
                if layer.any_type:  # points as polygons or back: taken, must still run
                    add(name, f"othertype:{tag}", {"layer": p, "how": "wrong_type"})
                else:
                    add(name, f"wrongtype:{tag}", {"layer": p, "how": "wrong_type"}, names=(p,))
                add(name, f"nocrs:{tag}", {"layer": p, "how": "no_crs"}, names=(layer.name, p))
            else:
                add(name, f"gbkcsv:{tag}", {"layer": p, "how": "gbk_csv"})
            add(name, f"missingfile:{tag}", {"layer": p, "how": "missing_file"}, names=(p,))
            if layer.geometry == "polygon":
                add(
                    name,
                    f"duplicated:{tag}",
                    {"layer": p, "how": "duplicate_feature", "summed": layer.summed},
                )
            for field_param in (layer.id_field,) + layer.fields:
                if field_param:
                    add(
                        name,
                        f"misspelt:{field_param}",
                        params={field_param: "no_such_fld"},
                        names=("no_such_fld",),
                    )
            if layer.id_field:
                add(
                    name,
                    f"duplicateid:{tag}",
                    {"layer": p, "how": "duplicate_id", "field": layer.id_field},
                )
                add(name, f"nullid:{tag}", {"layer": p, "how": "null_id", "field": layer.id_field})
    cases += _special_cases()
    return cases


def _special_cases() -> List[Case]:
    """Cases of one algorithm each: scales, codes, files, report paths, silent nonsense."""
    s = []

    def add(name, kind, params=None, mutation=None, names=(), check="", mode="skip"):
        s.append(
            Case(f"{name}-{kind}", name, kind, params or {}, mutation or {}, mode, names, check)
        )

    # thresholds typed as percent on 0–1 scores
    add(
        "hollowvillages",
        "percent:THRESHOLDS",
        {"CLASSIFICATION": 3, "THRESHOLDS": "25, 50, 75"},
        names=("THRESHOLDS",),
    )
    add(
        "hollowvillages",
        "percent:TYPE_THRESHOLDS",
        {"TYPE_THRESHOLDS": "20, 20"},
        names=("TYPE_THRESHOLDS",),
    )
    add(
        "hollowvillages",
        "percent:THRESHOLDS-3",
        {"CLASSIFICATION": 3, "CLASSES": 3, "THRESHOLDS": "33, 66"},
        names=("THRESHOLDS",),
    )
    # NULL geometry village: its settlement land NULL, never 0
    add(
        "hollowvillages",
        "silent:nullgeom-village-land",
        mutation={"layer": "VILLAGES", "how": "null_geometry"},
        check="null_village_land",
    )
    # duplicated settlement polygon must not double a village's land
    add(
        "hollowvillages",
        "silent:duplicated-settlement",
        mutation={"layer": "SETTLEMENTS", "how": "duplicate_feature"},
        check="settlement_not_doubled",
    )
    # settlements given as points: refused (0 m² everywhere is nonsense)
    add(
        "hollowvillages",
        "silent:settlements-as-points",
        mutation={"layer": "SETTLEMENTS", "how": "wrong_type"},
        names=("SETTLEMENTS",),
    )
    # facility ids: duplicates make nearest_id ambiguous
    add(
        "facilitygaps",
        "silent:duplicate-facility-id",
        mutation={"layer": "FACILITIES", "how": "duplicate_id", "field": "FACILITY_ID_FIELD"},
        names=("S",),
    )
    # codes that differ only in case or spaces
    add(
        "landquotalinkage",
        "codes:group-case",
        mutation={"layer": "CONSTRUCTION", "how": "recase", "column": "project_area"},
        check="pairs_like_baseline",
    )
    add(
        "urbanruralflows",
        "codes:destination-case",
        mutation={"layer": "FLOWS", "how": "recase", "column": "dest_code"},
        check="flows_like_baseline",
    )
    add(
        "controllinecheck",
        "codes:urban-types-case",
        mutation={"layer": "PLANNED", "how": "recase", "column": "cand_type"},
        check="planned_like_baseline",
    )
    # GBK CSVs and files that do not exist
    add("facilitygaps", "gbkcsv:STANDARDS_TABLE", {"STANDARDS_TABLE": "{gbk_standards}"})
    add(
        "facilitygaps",
        "missingfile:STANDARDS_TABLE",
        {"STANDARDS_TABLE": "{missing}/standards.csv"},
        names=("standards.csv", "STANDARDS_TABLE"),
    )
    add("facilitysiting", "gbkcsv:STANDARDS_TABLE", {"STANDARDS_TABLE": "{gbk_standards}"})
    add(
        "facilitysiting",
        "missingfile:STANDARDS_TABLE",
        {"STANDARDS_TABLE": "{missing}/standards.csv"},
        names=("standards.csv", "STANDARDS_TABLE"),
    )
    add("villageclassification", "gbkcsv:RULES", {"RULES": "{gbk_rules}"})
    add(
        "villageclassification",
        "missingfile:RULES",
        {"RULES": "{missing}/rules.csv"},
        names=("rules.csv", "RULES"),
    )
    add(
        "facilitysiting",
        "gbkcsv:COST_TABLE",
        {
            "COST_TABLE": "{gbk_costs}",
            "COST_DEMAND_FIELD": "village_id",
            "COST_CANDIDATE_FIELD": "site_id",
            "COST_FIELD": "minutes",
        },
    )
    add("urbanruralflows", "gbkcsv:FLOWS-file", {"FLOWS": "{gbk_od}"})
    # report paths
    add("planningreport", "reportpath:folder", {"OUTPUT": "{case_dir}"}, names=("OUTPUT",))
    add(
        "planningreport",
        "reportpath:unwritable",
        {"OUTPUT": "{blocker}/report.html"},
        names=("OUTPUT",),
    )
    add(
        "planningreport",
        "reportpath:pdf-folder",
        {"OUTPUT_PDF": "{case_dir}"},
        names=("OUTPUT_PDF",),
    )
    # a layer without CRS as the second input while the first has one
    add(
        "landquotalinkage",
        "silent:second-layer-no-crs",
        mutation={"layer": "CONSTRUCTION", "how": "no_crs"},
        names=("construction_candidates", "CONSTRUCTION"),
    )
    # Web Mercator as working CRS
    for name in ("hollowvillages", "controllinecheck", "facilitygaps", "landquotalinkage"):
        add(name, "crs:web-mercator", {"TARGET_CRS": "EPSG:3857"}, names=("EPSG:4545", "3857"))
    # a zone-name field misspelt: refused before any output is written
    add("facilitygaps", "late:zone-field", {"ZONE_NAME_FIELD": "town_nmae"}, names=("town_nmae",))
    # a polygon layer as NETWORK
    for name in ("facilitygaps", "urbanruralflows", "villageclassification", "facilitysiting"):
        add(
            name,
            "wrongtype:polygon-network",
            {"NETWORK": _layer("county", "townships")},
            names=("NETWORK",),
        )
    # 三调 parcels: the code table (GBK, missing, a misspelt field), codes in another case or
    # with spaces, Web Mercator
    add(
        "landsurveylayers",
        "gbkcsv:CODE_TABLE",
        {"CODE_TABLE": "{gbk_codes}"},
        check="landsurvey_like_baseline",
    )
    add(
        "landsurveylayers",
        "missingfile:CODE_TABLE",
        {"CODE_TABLE": "{missing}/codes.csv"},
        names=("codes.csv", "CODE_TABLE"),
    )
    add(
        "landsurveylayers",
        "misspelt:CODE_TABLE-field",
        {"CODE_TABLE": "{misspelt_codes}"},
        names=("no_such_fld",),
    )
    for column in ("DLBM", "CZCSXM"):
        add(
            "landsurveylayers",
            f"codes:{column}-case",
            mutation={"layer": "DLTB", "how": "recase", "column": column},
            check="landsurvey_like_baseline",
        )
    # settlement consolidation: a travel-cost table (GBK, missing, misspelt), a settlement
    # point given twice, Web Mercator
    costs = {
        "COST_TABLE": "{gbk_nv_costs}",
        "COST_FROM_FIELD": "from_id",
        "COST_TO_FIELD": "to_id",
        "COST_FIELD": "metres",
    }
    add("settlementconsolidation", "gbkcsv:COST_TABLE", costs)
    add(
        "settlementconsolidation",
        "missingfile:COST_TABLE",
        {**costs, "COST_TABLE": "{missing}/costs.csv"},
        names=("costs.csv", "COST_TABLE"),
    )
    add(
        "settlementconsolidation",
        "misspelt:COST_FIELD",
        {**costs, "COST_FIELD": "no_such_fld"},
        names=("no_such_fld",),
    )
    add(
        "settlementconsolidation",
        "duplicated:SETTLEMENTS-point",
        mutation={"layer": "SETTLEMENTS", "how": "duplicate_feature", "summed": True},
    )
    add(
        "settlementconsolidation",
        "duplicated:SETTLEMENTS-polygon",
        mutation={"layer": "SETTLEMENTS", "how": "wrong_type", "twice": True, "summed": True},
    )
    for name in ("landsurveylayers", "settlementconsolidation"):
        add(name, "crs:web-mercator", {"TARGET_CRS": "EPSG:3857"}, names=("EPSG:4545", "3857"))
    return s


# ---------------------------------------------------------------------------------------------
# The child: build the mutated inputs, run, record.


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _ogr():
    from osgeo import ogr, osr

    ogr.UseExceptions()
    osr.UseExceptions()
    return ogr, osr


def copy_layer(src: str, layer_name: str, dst: Path, edit=None, srs="keep", geometry=None):
    """Copy ``layer_name`` of GeoPackage ``src`` to a new GeoPackage ``dst`` (same name).

    ``edit(features)`` changes a list of (geometry WKT or None, {field: value}) in place;
    ``srs=None`` writes the layer without CRS; ``geometry`` = an OGR geometry type for the
    copy (features must then carry geometries of that type).
    """
    ogr, _osr = _ogr()
    source = ogr.Open(str(src))
    layer = source.GetLayerByName(layer_name)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    features = []
    for feature in layer:
        geom = feature.GetGeometryRef()
        features.append(
            [
                geom.ExportToWkt() if geom is not None else None,
                {n: feature.GetField(n) for n in names},
            ]
        )
    if edit is not None:
        edit(features)
    driver = ogr.GetDriverByName("GPKG")
    out = driver.CreateDataSource(str(dst))
    spatial = layer.GetSpatialRef() if srs == "keep" else srs
    gtype = geometry if geometry is not None else layer.GetGeomType()
    target = out.CreateLayer(layer_name, spatial, gtype)
    for i in range(definition.GetFieldCount()):
        target.CreateField(definition.GetFieldDefn(i))
    target.StartTransaction()
    for wkt, values in features:
        feature = ogr.Feature(target.GetLayerDefn())
        for n, v in values.items():
            if v is None:
                feature.SetFieldNull(n)
            else:
                feature.SetField(n, v)
        if wkt is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        target.CreateFeature(feature)
    target.CommitTransaction()
    out = None
    source = None
    return f"{dst}|layername={layer_name}"


def _first_with_geometry(features):
    return next(i for i, (wkt, _v) in enumerate(features) if wkt)


def _invalid(features, kind):
    i = _first_with_geometry(features)
    ogr, _osr = _ogr()
    geom = ogr.CreateGeometryFromWkt(features[i][0])
    env = geom.GetEnvelope()  # minx, maxx, miny, maxy
    x0, x1, y0, y1 = env
    if kind == "polygon":  # a bow-tie: self-intersecting
        features[i][0] = f"POLYGON(({x0} {y0},{x1} {y1},{x1} {y0},{x0} {y1},{x0} {y0}))"
    elif kind == "line":  # zero length: two equal points
        features[i][0] = f"LINESTRING({x0} {y0},{x0} {y0})"
    return i


def mutate(case: Case, algorithm: Algorithm, params: dict, bases: dict, case_dir: Path) -> dict:
    """Apply ``case.mutation`` (writing files in ``case_dir``); returns facts for the checks."""
    m = case.mutation
    if not m:
        return {}
    layer = next(lay for lay in algorithm.layers if lay.param == m["layer"])
    src = base_file(bases, layer)
    dst = case_dir / f"in_{layer.name}.gpkg"
    how = m["how"]
    facts = {"layer": layer.name}
    ogr, osr = _ogr()
    id_field = params.get(m.get("field") or layer.id_field, "") if layer.id_field else ""
    if how == "missing_file":
        params[layer.param] = f"{case_dir}/does_not_exist/{layer.name}.gpkg|layername={layer.name}"
        return facts
    if how == "gbk_csv":
        path = case_dir / f"{layer.name}.csv"
        _table_to_csv(src, layer.name, path, "gbk")
        params[layer.param] = str(path)
        return facts

    def edit(features):
        if how == "invalid":
            facts["row"] = _invalid(features, layer.geometry)
        elif how == "null_geometry":
            i = _first_with_geometry(features)
            features[i][0] = None
            facts["row"] = i
        elif how == "empty_geometry":
            i = _first_with_geometry(features)
            features[i][0] = {
                "polygon": "POLYGON EMPTY",
                "line": "LINESTRING EMPTY",
                "point": "POINT EMPTY",
            }[layer.geometry]
            facts["row"] = i
        elif how == "duplicate_feature":
            i = _first_with_geometry(features)
            clone = copy.deepcopy(features[i])
            if id_field:
                clone[1][id_field] = str(clone[1][id_field]) + "_copy"
            features.append(clone)
            facts["row"] = i
            facts["id"] = features[i][1].get(id_field) if id_field else None
        elif how == "duplicate_id":
            field_name = params[m["field"]]
            features[1][1][field_name] = features[0][1][field_name]
            facts["id"] = features[0][1][field_name]
        elif how == "null_id":
            field_name = params[m["field"]]
            features[1][1][field_name] = None
        elif how == "recase":
            column = m["column"]
            for _wkt, values in features:
                if values.get(column) is not None:
                    values[column] = " " + str(values[column]).lower() + " "
        elif how == "wrong_type":
            for item in features:
                if item[0] is None:
                    continue
                geom = ogr.CreateGeometryFromWkt(item[0])
                if layer.geometry == "point":
                    item[0] = geom.Buffer(50).ExportToWkt()
                else:
                    item[0] = geom.Centroid().ExportToWkt()
            if m.get("twice"):  # and the first feature given twice (another id)
                i = _first_with_geometry(features)
                clone = copy.deepcopy(features[i])
                if id_field:
                    clone[1][id_field] = str(clone[1][id_field]) + "_copy"
                features.append(clone)

    if how == "wrong_type":
        gtype = ogr.wkbPolygon if layer.geometry == "point" else ogr.wkbPoint
        params[layer.param] = copy_layer(src, layer.name, dst, edit, geometry=gtype)
    elif how == "no_crs":
        params[layer.param] = copy_layer(src, layer.name, dst, None, srs=None)
    else:
        params[layer.param] = copy_layer(src, layer.name, dst, edit)
    return facts


def _table_to_csv(gpkg: str, name: str, path: Path, encoding: str) -> None:
    ogr, _osr = _ogr()
    source = ogr.Open(str(gpkg))
    layer = source.GetLayerByName(name)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(names)
        for feature in layer:
            writer.writerow(
                ["" if feature.GetField(n) is None else feature.GetField(n) for n in names]
            )


def fill(value, places: dict):
    if isinstance(value, str):
        for key, replacement in places.items():
            value = value.replace("{" + key + "}", str(replacement))
    return value


@dataclass
class Outcome:
    id: str
    status: str = "ok"
    exception: str = ""
    message: str = ""
    log: List[str] = field(default_factory=list)
    outputs: Dict[str, bool] = field(default_factory=dict)
    leftovers: List[str] = field(default_factory=list)
    changed: List[str] = field(default_factory=list)
    facts: Dict[str, object] = field(default_factory=dict)
    checks: Dict[str, object] = field(default_factory=dict)
    results: Dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


class Recorder:
    """A feedback that keeps every warning and error (and info lines naming skips)."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushWarning(self, text):  # noqa: N802
                self.lines.append("W: " + text)
                super().pushWarning(text)

            def reportError(self, text, fatal=False):  # noqa: N802
                self.lines.append("E: " + text)
                super().reportError(text, fatal)

            def pushInfo(self, text):  # noqa: N802
                self.lines.append("I: " + text)
                super().pushInfo(text)

        return _Feedback()


def run_case(case: Case, work: Path, bases: dict) -> Outcome:
    """Run one case in this (child) process."""
    import time

    from qgis.core import (
        QgsApplication,
        QgsFeatureRequest,
        QgsProcessingContext,
        QgsProcessingException,
        QgsProject,
    )

    algorithm = ALGORITHMS[case.algorithm]
    case_dir = work / case.id.replace(":", "_")
    if case_dir.exists():
        shutil.rmtree(case_dir)
    (case_dir / "out").mkdir(parents=True)
    blocker = case_dir / "blocker"
    blocker.write_text("a file where a folder is expected")
    places = {
        **bases,
        "case_dir": case_dir,
        "missing": case_dir / "no_such_folder",
        "blocker": blocker,
    }
    params = {k: fill(v, places) for k, v in algorithm.params.items()}
    for key, value in case.params.items():
        params[key] = fill(value, places)
    outcome = Outcome(case.id)
    outcome.facts = mutate(case, algorithm, params, bases, case_dir)
    out_dir = case_dir / "out"
    for key, _required in algorithm.outputs.items():
        if key not in params:
            params[key] = str(out_dir / f"{key.lower()}.{algorithm.suffix.get(key, 'gpkg')}")
    inputs = sorted(p for p in case_dir.glob("in_*")) + sorted(case_dir.glob("*.csv"))
    inputs += [Path(bases["county_path"]), Path(bases["mini_path"])]
    before = {str(p): file_hash(p) for p in inputs if p.is_file()}

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck(MODES[case.mode]))
    feedback = Recorder()
    context.setFeedback(feedback)  # as Processing does: skipped features are reported to it
    registry = QgsApplication.processingRegistry()
    alg = registry.createAlgorithmById(algorithm.id)
    start = time.time()
    try:
        ok, message = alg.checkParameterValues(params, context)
        if not ok:
            outcome.status, outcome.exception, outcome.message = "error", "refused", message
        else:
            results = alg.processAlgorithm(params, context, feedback)
            outcome.results = {k: str(v) for k, v in (results or {}).items()}
    except QgsProcessingException as error:
        outcome.status, outcome.exception = "error", "QgsProcessingException"
        outcome.message = str(error)
    except Exception as error:  # noqa: BLE001 - any other exception is a finding
        outcome.status, outcome.exception = "traceback", type(error).__name__
        outcome.message = "".join(traceback.format_exception(type(error), error, None))[-2000:]
        outcome.message += traceback.format_exc()[-2000:]
    outcome.seconds = round(time.time() - start, 2)
    del alg
    import gc

    gc.collect()
    outcome.log = list(feedback.lines)
    for key in algorithm.outputs:
        path = str(params[key]).split("|")[0]
        outcome.outputs[key] = os.path.isfile(path) and os.path.getsize(path) > 0
    outcome.leftovers = sorted(p.name for p in out_dir.iterdir())
    outcome.leftovers += sorted(p.name for p in case_dir.glob("*.part*"))
    after = {p: file_hash(Path(p)) for p in before if Path(p).is_file()}
    outcome.changed = [p for p in before if after.get(p) != before[p]]
    if outcome.status == "ok" and case.check:
        outcome.checks = CHECKS[case.check](params, outcome, bases)
    return outcome


# ---------------------------------------------------------------------------------------------
# Checks that read outputs (silent nonsense).


def _features(path, where=None):
    from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer

    layer = QgsVectorLayer(str(path), "check", "ogr")
    request = QgsFeatureRequest()
    if where:
        request.setFilterExpression(where)
    rows, iterator, feature = [], layer.getFeatures(request), QgsFeature()
    while iterator.nextFeature(feature):
        rows.append(
            {
                **{n: feature[n] for n in layer.fields().names()},
                "_null_geometry": feature.geometry().isNull() or feature.geometry().isEmpty(),
            }
        )
    return rows


def _plain(value):
    if value is None or str(value) == "NULL":
        return None
    return value


def check_null_village_land(params, outcome, bases):
    rows = _features(params["OUTPUT"])
    null = [r for r in rows if r["_null_geometry"]]
    return {
        "null_geometry_villages": len(null),
        "their_land": [_plain(r.get("settlement_m2", "missing")) for r in null],
        "villages": len(rows),
    }


def check_settlement_not_doubled(params, outcome, bases):
    base = _features(f"{bases['outputs_dir']}/hollow.gpkg")
    rows = _features(params["OUTPUT"])
    land = [n for n in rows[0] if n.startswith("settlement") or n.endswith("land_m2")]
    key = params["VILLAGE_ID_FIELD"]
    changed = {}
    base_by_id = {r[key]: r for r in base}
    for row in rows:
        for name in land:
            a, b = _plain(base_by_id[row[key]].get(name)), _plain(row.get(name))
            if a != b and a is not None and b is not None and abs(a - b) > 1e-6 * max(1, abs(a)):
                changed[f"{row[key]}.{name}"] = (a, b)
    return {"changed": changed, "land_fields": land}


def check_pairs_like_baseline(params, outcome, bases):
    base = _features(f"{bases['outputs_dir']}/linkage_pairs.gpkg")
    rows = _features(params["OUTPUT_PAIRS"])
    return {"baseline_pairs": len(base), "pairs": len(rows)}


def check_flows_like_baseline(params, outcome, bases):
    base = _features(f"{bases['outputs_dir']}/flows_lines.gpkg")
    rows = _features(params["OUTPUT_LINES"])
    return {"baseline_lines": len(base), "lines": len(rows)}


def check_planned_like_baseline(params, outcome, bases):
    base = _features(f"{bases['outputs_dir']}/control_planned.gpkg")
    rows = _features(params["OUTPUT_PLANNED"])
    status = [n for n in rows[0] if "status" in n or "code" in n]
    diff = sum(1 for a, b in zip(base, rows) for n in status if a.get(n) != b.get(n))
    return {"differences": diff, "fields": status}


def check_landsurvey_like_baseline(params, outcome, bases):
    counts = {}
    for key, name in (
        ("OUTPUT_SETTLEMENTS", "settlements"),
        ("OUTPUT_HOMESTEADS", "homesteads"),
        ("OUTPUT_CULTIVATED", "cultivated"),
    ):
        base = len(_features(f"{bases['outputs_dir']}/landsurvey_{name}.gpkg"))
        counts[name] = (base, len(_features(params[key])))
    return {"counts": counts}


CHECKS = {
    "landsurvey_like_baseline": check_landsurvey_like_baseline,
    "null_village_land": check_null_village_land,
    "settlement_not_doubled": check_settlement_not_doubled,
    "pairs_like_baseline": check_pairs_like_baseline,
    "flows_like_baseline": check_flows_like_baseline,
    "planned_like_baseline": check_planned_like_baseline,
}


# ---------------------------------------------------------------------------------------------
# Base data built once per session.


def build_bases(work: Path) -> dict:
    """The sample county copied, a small linkage/siting GeoPackage and baseline outputs."""
    work.mkdir(parents=True, exist_ok=True)
    county = work / "county.gpkg"
    shutil.copyfile(SAMPLE_DIR / "sample_county.gpkg", county)
    shutil.copyfile(SAMPLE_DIR / "night_light.tif", work / "night_light.tif")
    mini = work / "mini.gpkg"
    _build_mini(county, mini)
    bases = {
        "county": str(county),
        "county_path": str(county),
        "mini": str(mini),
        "mini_path": str(mini),
        "night_light": str(work / "night_light.tif"),
        "outputs_dir": str(work / "outputs"),
        "gbk_standards": str(work / "standards_gbk.csv"),
        "gbk_rules": str(work / "rules_gbk.csv"),
        "gbk_costs": str(work / "costs_gbk.csv"),
        "gbk_od": str(work / "od_gbk.csv"),
    }
    Path(bases["gbk_standards"]).write_bytes(
        STANDARDS_CSV.read_text(encoding="utf-8").encode("gbk", errors="replace")
    )
    Path(bases["gbk_rules"]).write_bytes(
        RULES_CSV.read_text(encoding="utf-8").encode("gbk", errors="replace")
    )
    _table_to_csv(county, "migration_od", Path(bases["gbk_od"]), "gbk")
    codes = (REPO / "resources" / "landsurvey" / "codes.csv").read_text(encoding="utf-8")
    bases["gbk_codes"] = str(work / "codes_gbk.csv")
    Path(bases["gbk_codes"]).write_bytes(codes.replace("m²", "m2").encode("gbk"))
    bases["misspelt_codes"] = str(work / "codes_misspelt.csv")
    Path(bases["misspelt_codes"]).write_text(
        codes.replace("settlement,*,CZCSXM", "settlement,*,no_such_fld"), encoding="utf-8"
    )
    bases["gbk_nv_costs"] = str(work / "nv_costs_gbk.csv")
    return bases


def _build_mini(county: Path, mini: Path) -> None:
    ogr, _osr = _ogr()
    if mini.exists():
        mini.unlink()
    source = ogr.Open(str(county))
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(mini))
    hill = "town_code IN ('349901105','349901200','349901201')"
    settle = source.GetLayerByName("settlements")
    settle.SetAttributeFilter("project_area = 'PA04'")
    out.CopyLayer(settle, "settlements")
    minx, maxx, miny, maxy = out.GetLayerByName("settlements").GetExtent()
    cand = source.GetLayerByName("construction_candidates")
    cand.SetAttributeFilter("project_area = 'PA04'")
    out.CopyLayer(cand, "construction_candidates")
    cx0, cx1, cy0, cy1 = out.GetLayerByName("construction_candidates").GetExtent()
    cultivated = source.GetLayerByName("cultivated")
    cultivated.SetSpatialFilterRect(
        min(minx, cx0) - 2000, min(miny, cy0) - 2000, max(maxx, cx1) + 2000, max(maxy, cy1) + 2000
    )
    out.CopyLayer(cultivated, "cultivated")
    nodes = source.GetLayerByName("flow_nodes")
    nodes.SetAttributeFilter("level IN ('county_seat','town_seat')")
    out.CopyLayer(nodes, "towns")
    points = source.GetLayerByName("village_points")
    points.SetAttributeFilter(hill)
    out.CopyLayer(points, "hill_villages")
    # the hill townships' village polygons, their settlements and buildings (hollow villages
    # and classification run on these: the campaign is about inputs, not size)
    polygons = source.GetLayerByName("villages")
    polygons.SetAttributeFilter(hill)
    out.CopyLayer(polygons, "villages")
    ids = ",".join(f"'{f.GetField('village_id')}'" for f in out.GetLayerByName("villages"))
    for name in ("settlements", "buildings"):
        layer = source.GetLayerByName(name)
        layer.SetAttributeFilter(f"village_id IN ({ids})")
        out.CopyLayer(layer, f"hill_{name}")
    # 三调 parcels of one hill township, a homestead first (the mutations change the first
    # feature: an invalid forest parcel would not matter), and its natural villages
    out.CopyLayer(
        source.ExecuteSQL(
            "SELECT * FROM DLTB WHERE ZLDWDM LIKE '349901201%' "
            "ORDER BY (DLBM = '0702' AND CZCSXM = '203') DESC, fid"
        ),
        "DLTB",
    )
    natural = source.GetLayerByName("natural_villages")
    natural.SetAttributeFilter("town_code = '349901201'")
    out.CopyLayer(natural, "natural_villages")
    # candidates: primary schools and teaching points (existing) + hill villages (new)
    schools = source.GetLayerByName("schools")
    schools.SetAttributeFilter("school_type IN ('primary','teaching_point')")
    target = out.CreateLayer("candidates", schools.GetSpatialRef(), ogr.wkbPoint)
    target.CreateField(ogr.FieldDefn("site_id", ogr.OFTString))
    target.CreateField(ogr.FieldDefn("existing", ogr.OFTInteger))
    target.CreateField(ogr.FieldDefn("town_code", ogr.OFTString))
    rows = [
        (f.GetField("fac_id"), 1, f.GetField("town_code"), f.GetGeometryRef().Clone())
        for f in schools
    ]
    points.ResetReading()
    rows += [
        (f.GetField("village_id"), 0, f.GetField("town_code"), f.GetGeometryRef().Clone())
        for f in points
    ]
    for site, existing, town, geom in rows:
        feature = ogr.Feature(target.GetLayerDefn())
        feature.SetField("site_id", site)
        feature.SetField("existing", existing)
        feature.SetField("town_code", town)
        feature.SetGeometry(geom)
        target.CreateFeature(feature)
    out = None


def build_outputs(bases: dict) -> None:
    """Baseline outputs (hollow villages, linkage, control lines, flows, costs CSV)."""
    import processing
    from qgis.core import QgsProcessingFeedback

    out = Path(bases["outputs_dir"])
    out.mkdir(exist_ok=True)
    places = {**bases}
    feedback = QgsProcessingFeedback()

    def params_of(name, outputs):
        params = {k: fill(v, places) for k, v in ALGORITHMS[name].params.items()}
        params.update({k: str(out / v) for k, v in outputs.items()})
        return params

    processing.run(
        "urflow:hollowvillages",
        params_of("hollowvillages", {"OUTPUT": "hollow.gpkg", "WEIGHTS_TABLE": "weights.csv"}),
        feedback=feedback,
    )
    processing.run(
        "urflow:landquotalinkage",
        params_of(
            "landquotalinkage",
            {
                "OUTPUT_DEMOLITION": "linkage_demolition.gpkg",
                "OUTPUT_CONSTRUCTION": "linkage_construction.gpkg",
                "OUTPUT_PAIRS": "linkage_pairs.gpkg",
                "OUTPUT_BALANCE": "linkage_balance.csv",
            },
        ),
        feedback=feedback,
    )
    processing.run(
        "urflow:controllinecheck",
        params_of(
            "controllinecheck",
            {
                "OUTPUT_CONFLICTS": "control_conflicts.gpkg",
                "OUTPUT_PLANNED": "control_planned.gpkg",
                "OUTPUT_SUMMARY": "control_summary.csv",
            },
        ),
        feedback=feedback,
    )
    processing.run(
        "urflow:urbanruralflows",
        params_of(
            "urbanruralflows",
            {
                "OUTPUT_LINES": "flows_lines.gpkg",
                "OUTPUT_NODES": "flows_nodes.gpkg",
                "OUTPUT_MATRIX": "flows_matrix.csv",
            },
        ),
        feedback=feedback,
    )
    processing.run(
        "urflow:landsurveylayers",
        params_of(
            "landsurveylayers",
            {
                "OUTPUT_SETTLEMENTS": "landsurvey_settlements.gpkg",
                "OUTPUT_HOMESTEADS": "landsurvey_homesteads.gpkg",
                "OUTPUT_CULTIVATED": "landsurvey_cultivated.gpkg",
            },
        ),
        feedback=feedback,
    )
    # a travel-cost table (GBK CSV) between the hill villages and the candidates
    ogr, _osr = _ogr()
    mini = ogr.Open(bases["mini"])
    villages = [
        (f.GetField("village_id"), f.GetGeometryRef().Clone())
        for f in mini.GetLayerByName("hill_villages")
    ]
    sites = [
        (f.GetField("site_id"), f.GetGeometryRef().Clone())
        for f in mini.GetLayerByName("candidates")
    ]
    with open(bases["gbk_costs"], "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["village_id", "site_id", "minutes", "备注"])
        for v, gv in villages:
            for s, gs in sites:
                writer.writerow([v, s, round(gv.Distance(gs) / 500.0, 2), "步行"])
    # straight metres between the natural villages (GBK CSV) for settlement consolidation
    natural = [
        (f.GetField("nv_id"), f.GetGeometryRef().Clone())
        for f in mini.GetLayerByName("natural_villages")
    ]
    with open(bases["gbk_nv_costs"], "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["from_id", "to_id", "metres", "备注"])
        for a, ga in natural:
            for b, gb in natural:
                writer.writerow([a, b, round(ga.Distance(gb), 1), "直线"])


def init_qgis():
    """QGIS, Processing and the URFlow provider in this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO / ".build" / "plugins"))
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import urflow

    plugin = urflow.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def main(batch_path: str) -> None:
    """Child entry: ``campaign.py batch.json`` with {work, bases, cases, results}."""
    batch = json.loads(Path(batch_path).read_text())
    app, plugin = init_qgis()  # noqa: F841 - kept alive for the run
    work = Path(batch["work"])
    bases = batch["bases"]
    if batch.get("build"):
        bases.update(build_bases(work))
        build_outputs(bases)
        Path(batch["results"]).write_text(json.dumps(bases))
        return
    by_id = {c.id: c for c in case_list()}
    with open(batch["results"], "a", encoding="utf-8") as out:
        for case_id in batch["cases"]:
            out.write(json.dumps({"started": case_id}) + "\n")
            out.flush()
            outcome = run_case(by_id[case_id], work, bases)
            out.write(json.dumps(asdict(outcome), default=str) + "\n")
            out.flush()


def run_batch(work: Path, bases: dict, case_ids: List[str], timeout=1800) -> Dict[str, dict]:
    """Run cases in child processes; a child that dies marks its case ``crash`` and the rest
    go on in a new child."""
    import subprocess
    import tempfile

    remaining = list(case_ids)
    outcomes: Dict[str, dict] = {}
    while remaining:
        handle, results = tempfile.mkstemp(suffix=".jsonl", dir=work)
        os.close(handle)
        batch = Path(results).with_suffix(".json")
        batch.write_text(
            json.dumps({"work": str(work), "bases": bases, "cases": remaining, "results": results})
        )
        completed = subprocess.run(
            [sys.executable, __file__, str(batch)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=str(REPO),
        )
        started = None
        for line in Path(results).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "started" in record:
                started = record["started"]
            else:
                outcomes[record["id"]] = record
                started = None
        if started is not None:
            outcomes[started] = {
                "id": started,
                "status": "crash",
                "message": f"exit {completed.returncode}: {completed.stderr[-2000:]}",
            }
        elif completed.returncode != 0 and not all(c in outcomes for c in remaining):
            raise RuntimeError(completed.stderr[-4000:])
        remaining = [c for c in remaining if c not in outcomes]
    return outcomes


def build_in_child(work: Path) -> dict:
    import subprocess

    work.mkdir(parents=True, exist_ok=True)
    batch = work / "build.json"
    results = work / "bases.json"
    batch.write_text(
        json.dumps({"work": str(work), "bases": {}, "build": True, "results": str(results)})
    )
    completed = subprocess.run(
        [sys.executable, __file__, str(batch)], capture_output=True, text=True, cwd=str(REPO)
    )
    if completed.returncode != 0:
        raise RuntimeError(completed.stdout[-3000:] + completed.stderr[-3000:])
    return json.loads(results.read_text())


if __name__ == "__main__":
    main(sys.argv[1])

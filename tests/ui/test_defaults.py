"""The smart-default rules (ui/defaults.py) on names a planner's data uses, without QGIS."""

import pytest

from urflow.core.access.standards import POPULATION_BASES
from urflow.ui import defaults
from urflow.ui.defaults import Candidate


def layers(*specs):
    """Candidates from (key, geometry, *names)."""
    return [Candidate(key, tuple(names), geometry) for key, geometry, *names in specs]


def fields(*specs):
    """Candidates from names; a name ending in ':n' is numeric."""
    return [
        Candidate(name.split(":")[0], (name.split(":")[0],), numeric=name.endswith(":n"))
        for name in specs
    ]


SAMPLE = layers(
    ("village_points", "point", "Village centres", "village_points"),
    ("schools", "point", "Schools", "schools"),
    ("clinics", "point", "Village clinics", "clinics"),
    ("roads", "line", "Roads", "roads"),
    ("construction", "polygon", "Construction candidates (建新)", "construction_candidates"),
    ("settlements", "polygon", "Rural settlement land", "settlements"),
    ("town_areas", "polygon", "Town built-up areas", "town_areas"),
    ("urban_boundary", "polygon", "Urban development boundary", "urban_boundary"),
    ("eco_redline", "polygon", "Ecological red line", "eco_redline"),
    ("pbf", "polygon", "Permanent basic farmland", "permanent_farmland"),
    ("cultivated", "polygon", "Cultivated land", "cultivated"),
    ("villages", "polygon", "Administrative villages", "villages"),
    ("townships", "polygon", "Townships", "townships"),
    ("night_light", "raster", "Night-time light", "night_light.tif"),
)
CHINESE = layers(
    ("cz", "point", "村庄中心点"),
    ("xx", "point", "学校"),
    ("dl", "line", "道路"),
    ("jmd", "polygon", "农村居民点用地"),
    ("cj", "polygon", "拆旧图斑"),
    ("jx", "polygon", "建新地块"),
    ("kfbj", "polygon", "城镇开发边界"),
    ("hx", "polygon", "生态保护红线"),
    ("jbnt", "polygon", "永久基本农田"),
    ("gd", "polygon", "耕地"),
    ("xzc", "polygon", "行政村"),
    ("xz", "polygon", "乡镇"),
)
POLYGONS = {"polygon"}


@pytest.mark.parametrize(
    "parameter, accepted, expected",
    [
        ("VILLAGES", {"polygon", "point"}, "villages"),  # polygons before village points
        ("DEMAND", {"polygon", "point"}, "village_points"),  # points before polygons
        ("FACILITIES", {"point"}, "schools"),
        ("NETWORK", {"line"}, "roads"),
        ("ZONES", POLYGONS, "townships"),  # not the town built-up areas
        ("SETTLEMENTS", POLYGONS, "settlements"),
        ("NIGHT_LIGHT", {"raster"}, "night_light"),
        ("DEMOLITION", POLYGONS, "settlements"),
        ("CONSTRUCTION", POLYGONS, "construction"),
        ("CULTIVATED", POLYGONS, "cultivated"),  # not the permanent basic farmland
        ("PERMANENT_FARMLAND", POLYGONS, "pbf"),
        ("ECO_REDLINE", POLYGONS, "eco_redline"),
        ("URBAN_BOUNDARY", POLYGONS, "urban_boundary"),
        ("BUILDINGS", {"polygon", "point"}, None),  # no buildings layer: left empty
        ("PRIORITY_LAYER", POLYGONS, None),
    ],
)
def test_layers_on_the_sample_county_names(parameter, accepted, expected):
    assert defaults.best_layer(parameter, SAMPLE, accepted) == expected


@pytest.mark.parametrize(
    "parameter, accepted, expected",
    [
        ("VILLAGES", {"polygon", "point"}, "xzc"),  # 行政村, not 农村居民点用地 or 村庄中心点
        ("DEMAND", {"polygon", "point"}, "cz"),
        ("FACILITIES", {"point"}, "xx"),
        ("NETWORK", {"line"}, "dl"),
        ("ZONES", POLYGONS, "xz"),
        ("SETTLEMENTS", POLYGONS, "jmd"),
        ("DEMOLITION", POLYGONS, "cj"),  # 拆旧 before 居民点
        ("CONSTRUCTION", POLYGONS, "jx"),
        ("CULTIVATED", POLYGONS, "gd"),
        ("PERMANENT_FARMLAND", POLYGONS, "jbnt"),
        ("ECO_REDLINE", POLYGONS, "hx"),
        ("URBAN_BOUNDARY", POLYGONS, "kfbj"),
    ],
)
def test_layers_named_in_chinese(parameter, accepted, expected):
    assert defaults.best_layer(parameter, CHINESE, accepted) == expected


def test_a_layer_of_the_wrong_geometry_is_never_chosen():
    assert defaults.best_layer("NETWORK", SAMPLE, {"point"}) is None
    assert defaults.best_layer("VILLAGES", SAMPLE, {"line"}) is None


def test_outputs_of_earlier_runs_are_no_inputs_unless_asked_for():
    outputs = [
        Candidate("hollow", ("Hollow villages (空心村)",), "polygon", origin="hollowvillages"),
        Candidate("gaps", ("Villages: access and gaps",), "point", origin="facilitygaps"),
        Candidate("demolition", ("拆旧地块",), "polygon", origin="landquotalinkage"),
        *SAMPLE,
    ]
    assert defaults.best_layer("VILLAGES", outputs, {"polygon"}) == "villages"
    assert defaults.best_layer("DEMAND", outputs, {"point"}) == "village_points"
    assert defaults.best_layer("DEMOLITION", outputs, POLYGONS) == "settlements"
    assert defaults.best_layer("PRIORITY_LAYER", outputs, POLYGONS) == "hollow"
    # loaded from the toolbox (no origin): their titles rule them out
    toolbox = [Candidate("h", ("Hollow villages",), "polygon"), *SAMPLE]
    assert defaults.best_layer("VILLAGES", toolbox, POLYGONS) == "villages"


def test_an_unknown_parameter_has_no_default():
    assert defaults.best_layer("INPUT", SAMPLE) is None
    assert defaults.best_field("FOO_FIELD", fields("id", "name")) is None


VILLAGE_FIELDS = fields(
    "fid:n",
    "village_id",
    "village_name",
    "village_name_en",
    "town_code",
    "registered_pop:n",
    "resident_pop:n",
    "pop_60plus:n",
    "pop_65plus:n",
    "pop_3_5:n",
    "pop_6_11:n",
    "working_age_pop:n",
    "outmigrant_workers:n",
    "households:n",
    "homesteads:n",
    "idle_homesteads:n",
    "multi_homestead_hh:n",
    "over_standard_hh:n",
    "settlement_area_m2:n",
)


@pytest.mark.parametrize(
    "parameter, expected",
    [
        ("VILLAGE_ID_FIELD", "village_id"),
        ("VILLAGE_NAME_FIELD", "village_name"),
        ("REGISTERED_POP_FIELD", "registered_pop"),
        ("RESIDENT_POP_FIELD", "resident_pop"),
        ("ELDERLY_POP_FIELD", "pop_60plus"),
        ("OUTMIGRANT_FIELD", "outmigrant_workers"),
        ("WORKING_AGE_FIELD", "working_age_pop"),
        ("HOUSEHOLDS_FIELD", "households"),  # not multi_homestead_hh / over_standard_hh
        ("HOMESTEADS_FIELD", "homesteads"),  # not idle_homesteads
        ("IDLE_HOMESTEADS_FIELD", "idle_homesteads"),
        ("MULTI_HOMESTEAD_FIELD", "multi_homestead_hh"),
        ("OVER_STANDARD_FIELD", "over_standard_hh"),
        ("SETTLEMENT_AREA_FIELD", "settlement_area_m2"),
        ("POPULATION_FIELD", "resident_pop"),
        ("DEMAND_ID_FIELD", "village_id"),
    ],
)
def test_village_fields_in_english(parameter, expected):
    assert defaults.best_field(parameter, VILLAGE_FIELDS, numeric_only=False) == expected


@pytest.mark.parametrize(
    "names, parameter, expected",
    [
        (("编号", "村名", "户籍人口:n", "常住人口:n"), "REGISTERED_POP_FIELD", "户籍人口"),
        (("编号", "村名", "户籍人口:n", "常住人口:n"), "RESIDENT_POP_FIELD", "常住人口"),
        (("编号", "村名", "户籍人口:n", "常住人口:n"), "VILLAGE_ID_FIELD", "编号"),
        (("编号", "村名", "户籍人口:n", "常住人口:n"), "VILLAGE_NAME_FIELD", "村名"),
        (("BSM", "MC", "HJRK:n", "CZRK:n"), "REGISTERED_POP_FIELD", "HJRK"),
        (("BSM", "MC", "HJRK:n", "CZRK:n"), "RESIDENT_POP_FIELD", "CZRK"),
        (("BSM", "MC", "HJRK:n", "CZRK:n"), "POPULATION_FIELD", "CZRK"),
        (("BSM", "MC", "HJRK:n", "CZRK:n"), "VILLAGE_ID_FIELD", "BSM"),
        (("BSM", "MC", "HJRK:n", "CZRK:n"), "VILLAGE_NAME_FIELD", "MC"),
        (("宅基地总数:n", "宅基地数:n", "闲置宅基地:n"), "HOMESTEADS_FIELD", "宅基地数"),
        (("宅基地数:n", "闲置宅基地:n"), "IDLE_HOMESTEADS_FIELD", "闲置宅基地"),
        (("户数:n", "一户多宅户数:n"), "HOUSEHOLDS_FIELD", "户数"),
        (("户数:n", "一户多宅户数:n"), "MULTI_HOMESTEAD_FIELD", "一户多宅户数"),
        (("名称", "床位:n", "医生:n"), "CAPACITY_FIELD", "床位"),
        (("fid:n", "名称", "床位数:n"), "CAPACITY_FIELD", "床位数"),
        (("名称", "学位:n", "在校生:n"), "CAPACITY_FIELD", "学位"),
        (("fac_id", "name", "seats:n", "pupils:n"), "CAPACITY_FIELD", "seats"),
        (("fac_id", "name", "beds:n", "doctors:n"), "CAPACITY_FIELD", "beds"),
        (("fac_id", "name", "places:n", "children:n"), "CAPACITY_FIELD", "places"),
        (("fac_id", "name", "capacity:n"), "CAPACITY_FIELD", "capacity"),
        (("fac_id", "name", "code"), "FACILITY_ID_FIELD", "fac_id"),
        (("town_code", "town_name", "town_name_en"), "ZONE_NAME_FIELD", "town_name"),
        (("乡镇代码", "乡镇名称"), "ZONE_NAME_FIELD", "乡镇名称"),
        (
            ("settle_id", "village_id", "slope_class:n", "reclaim_grade:n"),
            "DEMOLITION_GRADE_FIELD",
            "reclaim_grade",
        ),
        (("settle_id", "village_id"), "DEMOLITION_ID_FIELD", "settle_id"),
        (
            ("road_id", "road_code", "road_class", "class_zh", "speed_kmh:n"),
            "ROAD_CLASS_FIELD",
            "road_class",
        ),
        (("road_id", "road_code", "road_class", "speed_kmh:n"), "SPEED_FIELD", "speed_kmh"),
    ],
)
def test_fields_by_name_in_english_and_chinese(names, parameter, expected):
    assert defaults.best_field(parameter, fields(*names)) == expected


@pytest.mark.parametrize("parameter", ["POPULATION_FIELD", "CAPACITY_FIELD", "RESIDENT_POP_FIELD"])
def test_a_population_or_capacity_field_is_never_fid(parameter):
    """Without a field named for it, nothing is chosen: never ``fid`` or another number."""
    assert defaults.best_field(parameter, fields("fid:n", "name", "area:n"), True) is None
    assert defaults.best_field(parameter, fields("fid:n"), True) is None


def test_numeric_parameters_take_only_numeric_fields():
    text_population = fields("fid:n", "resident_pop", "pop:n")
    assert defaults.best_field("POPULATION_FIELD", text_population, numeric_only=True) == "pop"


def test_the_population_field_follows_the_standards_basis():
    demand = fields("village_id", "resident_pop:n", "pop_60plus:n", "pop_3_5:n", "pop_6_11:n")
    found = {
        basis: defaults.best_field("POPULATION_FIELD", demand, True, rule)
        for basis, rule in defaults.BASIS_FIELD_RULES.items()
    }
    assert found == {
        "total": "resident_pop",
        "60plus": "pop_60plus",
        "6_11": "pop_6_11",
        "3_5": "pop_3_5",
    }
    assert set(defaults.BASIS_FIELD_RULES) == set(POPULATION_BASES)


NATIONAL = [  # (id, (facility_en, facility_zh, level, level_zh)) as in china_national.csv
    ("gb50180_junior_school", ("Junior middle school", "初中", "15-minute life circle", "")),
    ("gb50180_health_centre", ("Community health centre", "社区卫生服务中心", "", "")),
    ("gb50180_primary_school", ("Primary school", "小学", "10-minute life circle", "")),
    ("gb50180_kindergarten", ("Kindergarten", "幼儿园", "5-minute life circle", "")),
    ("gb50180_health_station", ("Community health station", "社区卫生服务站", "", "")),
    ("gb50180_elderly_daycare", ("Elderly day-care centre", "老年人日间照料中心", "", "")),
    ("rural_village_clinic", ("Village clinic", "村卫生室", "village level (村/组)", "")),
    ("rural_township_health_centre", ("Township health centre", "乡镇卫生院", "", "")),
    ("rural_primary_school", ("Rural primary school", "小学（农村）", "", "")),
    ("rural_kindergarten", ("Township central kindergarten", "乡镇中心幼儿园", "", "")),
    ("rural_nursing_home", ("Nursing home", "养老院/老年养护院", "", "")),
]


@pytest.mark.parametrize(
    "names, rural, expected",
    [
        (("Schools", "schools"), True, "rural_primary_school"),
        (("学校",), True, "rural_primary_school"),
        (("Village clinics", "clinics"), True, "rural_village_clinic"),
        (("村卫生室",), True, "rural_village_clinic"),
        (
            ("Hospitals and township health centres", "health_centres"),
            True,
            "rural_township_health_centre",
        ),
        (("乡镇卫生院",), True, "rural_township_health_centre"),
        (("Kindergartens",), True, "rural_kindergarten"),
        (("Elderly-care homes", "elderly_homes"), True, "rural_nursing_home"),
        (("养老机构",), True, "rural_nursing_home"),
        (("Schools",), False, "gb50180_primary_school"),
        (("Kindergartens",), False, "gb50180_kindergarten"),
        (("Bus stops",), True, None),
    ],
)
def test_a_rural_standard_for_rural_demand(names, rural, expected):
    kind = defaults.facility_kind(names)
    assert defaults.best_standard(kind, NATIONAL, rural) == expected


def test_urban_demand_is_told_by_its_name():
    assert defaults.is_urban(("居住小区",)) and defaults.is_urban(("residential districts",))
    assert not defaults.is_urban(("Village centres", "village_points"))
    assert not defaults.is_urban(("村庄中心点",))


# -- urflow:facilitysiting ---------------------------------------------------------------


@pytest.mark.parametrize(
    "candidates, expected",
    [
        (SAMPLE, "schools"),  # no candidates layer: the facilities, never the 建新 parcels
        (SAMPLE + layers(("cand", "point", "Candidate school sites")), "cand"),
        (CHINESE + layers(("hx2", "point", "候选学校点位")), "hx2"),
        (CHINESE + layers(("xz2", "point", "小学选址备选点")), "xz2"),
        (layers(("jx", "polygon", "建新候选地块"), ("xx", "point", "学校")), "xx"),
    ],
)
def test_siting_candidates_by_name_and_geometry(candidates, expected):
    assert defaults.best_layer("CANDIDATES", candidates, {"point"}) == expected


@pytest.mark.parametrize(
    "parameter, names, expected",
    [
        ("CANDIDATE_ID_FIELD", ("fid", "name", "fac_id", "village_id", "site_id"), "site_id"),
        ("CANDIDATE_ID_FIELD", ("fid", "名称", "候选点编号"), "候选点编号"),
        ("EXISTING_FIELD", ("site_id", "existing", "seats"), "existing"),
        ("EXISTING_FIELD", ("编号", "是否现状", "学位数"), "是否现状"),
        ("EXISTING_FIELD", ("existing_id", "n_existing_count"), None),
        ("COST_DEMAND_FIELD", ("village_id", "site_id", "minutes"), "village_id"),
        ("COST_CANDIDATE_FIELD", ("village_id", "site_id", "minutes"), "site_id"),
    ],
)
def test_siting_fields_by_english_and_chinese_names(parameter, names, expected):
    assert defaults.best_field(parameter, fields(*names)) == expected


# urflow:settlementconsolidation ------------------------------------------------------------

POINTS_AND_POLYGONS = {"point", "polygon"}


@pytest.mark.parametrize(
    "candidates, expected",
    [
        # the sample county: natural villages, never the settlement land or village centres
        (
            [
                *SAMPLE,
                Candidate("nv", ("Natural villages (自然村)", "natural_villages"), "point"),
            ],
            "nv",
        ),
        # in Chinese, beside the administrative villages and their centres
        (layers(("xzc", "polygon", "行政村"), ("zrc", "point", "某县自然村")), "zrc"),
        (layers(("a", "polygon", "ZRC_2023"), ("b", "polygon", "村庄")), "a"),
        # points before polygons of the same name; no DLTB, no towns
        (layers(("p", "polygon", "自然村范围"), ("q", "point", "自然村点")), "q"),
        (layers(("d", "polygon", "DLTB 居民点"), ("t", "polygon", "城镇居民点")), None),
        # settlement patches when there are no natural villages
        (layers(("s", "polygon", "Rural settlement land", "settlements")), "s"),
    ],
)
def test_consolidation_settlements_are_natural_villages(candidates, expected):
    found = defaults.best_layer(
        "SETTLEMENTS", candidates, POINTS_AND_POLYGONS, rule=defaults.NATURAL_VILLAGES
    )
    assert found == expected


@pytest.mark.parametrize(
    "parameter, names, expected",
    [
        ("SETTLEMENT_ID_FIELD", ("village_id", "nv_id", "nv_name"), "nv_id"),
        ("SETTLEMENT_ID_FIELD", ("行政村代码", "自然村编号"), "自然村编号"),
        ("SETTLEMENT_ID_FIELD", ("village_id", "zrc_dm"), "zrc_dm"),
        ("SETTLEMENT_ID_FIELD", ("village_id",), None),  # never the administrative village
        ("AREA_FIELD", ("resident_pop:n", "settlement_area_m2:n", "kappa:n"), "settlement_area_m2"),
        ("AREA_FIELD", ("TBMJ:n", "居民点用地面积:n"), "居民点用地面积"),
        ("AREA_FIELD", ("TBMJ:n",), None),
        ("CLASS_FIELD", ("class_label", "class_code:n"), "class_code"),
        ("CLASS_FIELD", ("村庄分类代码:n",), "村庄分类代码"),
        ("FIXED_FIELD", ("is_seat", "central_id"), None),  # 村委会驻地 is not a fixed centre
        ("FIXED_FIELD", ("是否中心村",), "是否中心村"),
        ("FIXED_FIELD", ("fixed",), "fixed"),
        ("VILLAGE_CLASSES_ID_FIELD", ("class_code", "village_id"), "village_id"),
        ("COST_FROM_FIELD", ("from_id", "to_id", "cost"), "from_id"),
        ("COST_TO_FIELD", ("from_id", "to_id", "cost"), "to_id"),
        ("COST_TO_FIELD", ("起点", "终点"), "终点"),
    ],
)
def test_consolidation_fields_by_english_and_chinese_names(parameter, names, expected):
    numeric = any(name.endswith(":n") for name in names)
    assert defaults.best_field(parameter, fields(*names), numeric_only=numeric) == expected


@pytest.mark.parametrize(
    "parameter, names, expected",
    [
        ("VILLAGE_ID_FIELD", ("nv_id", "village_id"), "village_id"),
        ("VILLAGE_ID_FIELD", ("nv_id", "nv_name"), None),  # never the settlement's own id
        ("VILLAGE_ID_FIELD", ("自然村编号", "行政村代码"), "行政村代码"),
        ("PRIORITY_FIELD", ("priority:n", "hollow_score:n"), "hollow_score"),
    ],
)
def test_consolidation_own_rules_for_shared_names(parameter, names, expected):
    rule = defaults.SETTLEMENT_FIELD_RULES[parameter]
    assert defaults.best_field(parameter, fields(*names), rule=rule) == expected


def test_hazard_zones_by_name():
    candidates = layers(
        ("h", "polygon", "Geological hazard zones", "hazard_zones"),
        ("r", "polygon", "洪山村"),
    )
    assert defaults.best_layer("HAZARD", candidates, {"polygon"}) == "h"
    assert defaults.best_layer("HAZARD", layers(("d", "polygon", "地灾隐患点范围")), None) == "d"

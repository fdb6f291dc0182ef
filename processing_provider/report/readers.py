"""The analyses' output layers read into the plain data the report is built from (reporting/).

Features are read once per layer with ``nextFeature`` (safe with invalid geometries on 3.22);
NULL becomes None. Only the fields the report uses are read; a field a layer lacks reads as
None, which the report shows as missing.
"""

from dataclasses import dataclass
from typing import List, Optional

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import QVariant

from ...core.hollow import INDICATOR_IDS
from ...reporting import (
    ConflictPieces,
    Consolidation,
    DemandGaps,
    FlowNodes,
    HollowVillages,
    VillageClasses,
    ZoneGaps,
)
from ..overlay import zone_of_points

#: Fields of a facilitygaps demand output and of its zones output that the report reads.
DEMAND_FIELDS = ("gap_class", "covered", "gap", "nearest_cost")
ZONE_FIELDS = ("zone_name", "n_demand", "population", "covered_pop", "deficit")
#: Fields of a facilitygaps facilities output (beside a copy of the facility layer's own).
FACILITY_FIELDS = ("catchment_pop", "load")
#: Fields of urflow:controllinecheck's OUTPUT_CONFLICTS that the report reads.
CONFLICT_FIELDS = ("planned_id", "line", "area_ha", "net_area_ha", "length_m", "zone")
#: Fields of urflow:urbanruralflows' OUTPUT_NODES that the report reads.
NODE_FIELDS = ("name", "node_id", "node_type", "kind", "inflow", "outflow", "net")
#: Fields of urflow:villageclassification's OUTPUT that the report reads.
CLASS_FIELDS = ("class_code", "rule_order", "rule_source", "also_matched")
#: Names of a name field in a planned layer, best first (compared without case).
NAME_FIELDS = ("name", "名称", "xmmc", "mc", "village_name", "fac_name", "cand_name", "label")


def plain(value):
    """A field value as Python: NULL → None."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def read_layer(layer, fields, geometry=False):
    """``({field: [value per feature]}, [geometry or None per feature])`` of ``layer``."""
    names = layer.fields().names()
    request = QgsFeatureRequest()
    if not geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    columns = {field: [] for field in fields}
    geometries = []
    iterator = layer.getFeatures(request)
    feature = QgsFeature()
    while iterator.nextFeature(feature):
        for field in fields:
            columns[field].append(plain(feature[field]) if field in names else None)
        if geometry:
            shape = feature.geometry()
            empty = shape is None or shape.isNull() or shape.isEmpty()
            geometries.append(None if empty else QgsGeometry(shape))
    return columns, geometries


def hollow_villages(layer, town_field, language, colours, image, run=None) -> HollowVillages:
    """An urflow:hollowvillages output; levels are named by its label field when it has one;
    villages by the run's VILLAGE_NAME_FIELD (else a usual name field), with their rank and
    indicator values; ``run`` is the run's record (reporting.method.Run) or None."""
    names = layer.fields().names()
    label_field = next((f for f in (f"hollow_label_{language}", "hollow_label") if f in names), "")
    given = (run.parameters.get("VILLAGE_NAME_FIELD") if run else None) or ""
    given = given[0] if isinstance(given, list) and given else given
    name = (
        given
        if given in names
        else name_field(layer) or ("village_id" if "village_id" in names else "")
    )
    indicators = [code for code in INDICATOR_IDS if code in names]
    extra = [f for f in (town_field, label_field, name, "hollow_rank") if f and f in names]
    fields = ["hollow_level", "hollow_score"] + list(dict.fromkeys(extra)) + indicators
    columns, _ = read_layer(layer, fields)
    level_names = {}
    for level, label in zip(columns["hollow_level"], columns.get(label_field, ())):
        if level is not None and label is not None:
            level_names.setdefault(int(float(level)), str(label))
    return HollowVillages(
        towns=columns.get(town_field) or [None] * len(columns["hollow_level"]),
        levels=columns["hollow_level"],
        scores=columns["hollow_score"],
        level_names=level_names,
        colours=colours,
        map=image,
        names=columns.get(name) or (),
        ranks=columns.get("hollow_rank") or (),
        indicators={code: columns[code] for code in indicators},
        run=run,
    )


def village_classes(layer, name_field, town_field, colours, image, run=None) -> VillageClasses:
    """An urflow:villageclassification output: classes by ``class_code`` (the labels are not
    read), villages named by ``name_field`` (a missing one: unnamed)."""
    names = layer.fields().names()
    extra = [f for f in (name_field, town_field) if f and f in names]
    columns, _ = read_layer(layer, list(CLASS_FIELDS) + extra)
    n = len(columns["class_code"])
    return VillageClasses(
        codes=columns["class_code"],
        names=columns.get(name_field) or [None] * n,
        towns=columns.get(town_field) or [None] * n,
        rule_orders=columns["rule_order"],
        rule_sources=columns["rule_source"],
        also_matched=columns["also_matched"],
        colours=colours,
        map=image,
        run=run,
    )


def facility_type(layer):
    """What a facility-gaps layer was analysed for (its ``facility_type``), else the layer's
    name: the temporary outputs of a model all have the same name."""
    columns, _ = read_layer(layer, ["facility_type"])
    return next((str(value) for value in columns["facility_type"] if value), layer.name())


def is_zones(layer):
    """Whether ``layer`` is a zones output (OUTPUT_ZONES) of urflow:facilitygaps."""
    names = layer.fields().names()
    return "zone_name" in names and "coverage_rate" in names


def is_demand(layer):
    """Whether ``layer`` is a demand output (OUTPUT_DEMAND) of urflow:facilitygaps."""
    return "gap_class" in layer.fields().names()


def demand_gaps(
    layer, name, town_field, zones, context, colours, image, run=None, language="en"
) -> DemandGaps:
    """A demand output grouped by ``town_field``, else by the zone of ``zones`` (a zones
    output or None) holding each feature; villages named by a usual name field, with the
    population of the run's POPULATION_FIELD (``run``: its record, or None)."""
    names = layer.fields().names()
    by_field = town_field in names
    label = name_field(layer) or ("village_id" if "village_id" in names else "")
    population = (run.parameters.get("POPULATION_FIELD") if run else None) or ""
    population = population[0] if isinstance(population, list) and population else population
    extra = [f for f in (label, population, "nearest_id") if f and f in names]
    fields = list(DEMAND_FIELDS) + ([town_field] if by_field else []) + extra
    columns, geometries = read_layer(layer, list(dict.fromkeys(fields)), geometry=not by_field)
    if by_field:
        towns = columns[town_field]
    else:
        towns = zone_names(geometries, layer, zones, context)
    return DemandGaps(
        name,
        towns,
        *(columns[f] for f in DEMAND_FIELDS),
        colours,
        image,
        names=columns.get(label) or (),
        population=columns.get(population) or (),
        nearest_id=columns.get("nearest_id") or (),
        run=run,
        language=language,
    )


def zone_gaps(layer, name, image, run=None) -> ZoneGaps:
    columns, _ = read_layer(layer, ZONE_FIELDS)
    return ZoneGaps(name, *(columns[f] for f in ZONE_FIELDS), image, run)


def zone_names(geometries, layer, zones, context):
    """The ``zone_name`` of the zone of ``zones`` holding each geometry of ``layer``; None
    where none does or without a zones layer."""
    if zones is None:
        return [None] * len(geometries)
    columns, shapes = read_layer(zones, ["zone_name"], geometry=True)
    transform = QgsCoordinateTransform(zones.crs(), layer.crs(), context.transformContext())
    zone_geometries, names = [], []
    for name, shape in zip(columns["zone_name"], shapes):
        if shape is not None:
            shape.transform(transform)
            zone_geometries.append(shape)
            names.append(name)
    found = zone_of_points(zone_geometries, geometries)
    return [names[z] if z >= 0 else None for z in found]


def table_rows(layer):
    """A table (any layer) as one dict per row, keyed by its field names."""
    names = layer.fields().names()
    columns, _ = read_layer(layer, names)
    return [dict(zip(names, values)) for values in zip(*(columns[n] for n in names))]


#: Fields of the linkage parcel outputs that the report's parcel lists read.
PARCEL_FIELDS = ("selected", "area_ha", "reclaimed_ha", "occupied_cultivated_ha", "group")
PARCEL_FIELDS += ("excluded", "excluded_code", "pbf_overlap_m2", "redline_overlap_m2")
PARCEL_FIELDS += ("outside_ugb_m2",)


def parcel_rows(layer, id_key, run):
    """The parcels of a linkage output as dicts (``id`` from the run's ``id_key`` field, else
    a usual id field, else the feature id); None without the layer."""
    if layer is None:
        return None
    names = layer.fields().names()
    given = (run.parameters.get(id_key) if run else None) or ""
    given = given[0] if isinstance(given, list) and given else given
    known = ("settle_id", "cand_id", "parcel_id", "id", "fid")
    key = given if given in names else next((n for n in known if n in names), "")
    fields = [f for f in PARCEL_FIELDS if f in names] + ([key] if key else [])
    columns, _ = read_layer(layer, list(dict.fromkeys(fields)))
    n = len(columns[fields[0]]) if fields else 0
    rows = [{f: columns[f][i] for f in fields} for i in range(n)]
    for i, row in enumerate(rows):
        row["id"] = row.get(key) if key else i + 1
    return rows


def balance_rows(layer):
    """The OUTPUT_BALANCE table as one dict per row, keyed by its field names."""
    return table_rows(layer)


@dataclass(frozen=True)
class FacilityGroup:
    """The facilitygaps outputs of one facility type: demand, facilities and zones (each may
    be missing)."""

    name: str
    demand: Optional[object] = None
    facilities: Optional[object] = None
    zones: Optional[object] = None


def facility_groups(layers) -> List[FacilityGroup]:
    """The FACILITY_GAPS layers grouped by facility type, in the order first met: demand and
    zones layers by their ``facility_type``, a facilities layer with the demand layer it
    serves (:func:`demand_of`). Layers of none of the three kinds are left out."""
    demands = [layer for layer in layers if is_demand(layer)]
    groups = {}
    for layer in layers:
        if is_demand(layer) or is_zones(layer):
            name = facility_type(layer)
            group = groups.setdefault(name, {"name": name})
            group.setdefault("demand" if is_demand(layer) else "zones", layer)
    for layer in layers:
        if is_facilities(layer):
            k = demand_of(layer, demands)
            name = facility_type(demands[k]) if k is not None else layer.name()
            groups.setdefault(name, {"name": name}).setdefault("facilities", layer)
    return [FacilityGroup(**group) for group in groups.values()]


def is_facilities(layer):
    """Whether ``layer`` is a facilities output (OUTPUT_FACILITIES) of urflow:facilitygaps."""
    names = layer.fields().names()
    return all(field in names for field in FACILITY_FIELDS) and "gap_class" not in names


def texts(values):
    """The values as trimmed text, missing ones left out."""
    return {str(value).strip() for value in values if value is not None and str(value) != "NULL"}


def id_field(layer, ids):
    """The field of ``layer`` whose values hold the most of ``ids`` (text), or None."""
    ids = texts(ids)
    if not ids:
        return None
    columns, _ = read_layer(layer, layer.fields().names())
    best, found = None, 0
    for name, values in columns.items():
        hits = len(ids & texts(values))
        if hits > found:
            best, found = name, hits
    return best


def demand_of(facilities, demands):
    """The index in ``demands`` of the demand layer served by the facilities layer: the one
    whose ``nearest_id`` values the facilities' id field holds the most; None if none."""
    best, found = None, 0
    for k, demand in enumerate(demands):
        nearest = texts(read_layer(demand, ["nearest_id"])[0]["nearest_id"])
        field = id_field(facilities, nearest)
        if field is None:
            continue
        hits = len(nearest & texts(read_layer(facilities, [field])[0][field]))
        if hits > found:
            best, found = k, hits
    return best


def name_field(layer):
    """The name field of ``layer`` (:data:`NAME_FIELDS`), or None."""
    names = {name.lower(): name for name in layer.fields().names()}
    return next((names[n.lower()] for n in NAME_FIELDS if n.lower() in names), None)


def conflict_pieces(conflicts, planned) -> ConflictPieces:
    """OUTPUT_CONFLICTS, the pieces named from OUTPUT_PLANNED (its name field, joined through
    the field holding the pieces' ``planned_id``) when given."""
    columns, _ = read_layer(conflicts, CONFLICT_FIELDS)
    names = [None] * len(columns["line"])
    field = name_field(planned) if planned is not None else None
    key = id_field(planned, columns["planned_id"]) if field is not None else None
    if key is not None:
        found, _ = read_layer(planned, [key, field])
        by_id = {str(k).strip(): v for k, v in zip(found[key], found[field]) if k is not None}
        names = [
            by_id.get(str(i).strip()) if i is not None else None for i in columns["planned_id"]
        ]
    return ConflictPieces(
        columns["planned_id"],
        names,
        columns["line"],
        columns["area_ha"],
        columns["net_area_ha"],
        columns["length_m"],
        columns["zone"],
    )


def planned_codes(layer):
    """The ``conflict`` code of every feature of OUTPUT_PLANNED (None: not checked)."""
    return read_layer(layer, ["conflict"])[0]["conflict"]


def flow_nodes(layer) -> FlowNodes:
    columns, _ = read_layer(layer, NODE_FIELDS)
    return FlowNodes(
        columns["name"],
        columns["node_id"],
        columns["node_type"],
        columns["kind"],
        columns["inflow"],
        columns["outflow"],
        columns["net"],
    )


def kinds(layer):
    """The flow kinds of a flows output (``kind`` field), in the order first met."""
    values = read_layer(layer, ["kind"])[0]["kind"]
    return list(dict.fromkeys(str(value) for value in values if value is not None))


#: Fields of urflow:settlementconsolidation's OUTPUT_SETTLEMENTS that the report reads.
CONSOLIDATION_FIELDS = (
    "role",
    "central_id",
    "final_pop",
    "move_cost",
    "moved_pop",
    "released_m2",
    "potential_cultivated_m2",
)
#: Names of a settlement name field, best first.
SETTLEMENT_NAME_FIELDS = ("nv_name", "village_name", "name", "settlement_name")


def consolidation(layer, image=None, run=None) -> Consolidation:
    """OUTPUT_SETTLEMENTS of urflow:settlementconsolidation, roles by ``role`` code. The id
    field is the one every central village's ``central_id`` names it by (the run's
    SETTLEMENT_ID_FIELD); settlements are named by a name field when there is one; ``run`` is
    the run's record (reporting.method.Run) or None."""
    names = layer.fields().names()
    columns, _ = read_layer(layer, names)
    central = [k for k, role in enumerate(columns["role"]) if role == 1]
    id_field = next(
        (
            name
            for name in names
            if name not in CONSOLIDATION_FIELDS
            and all(str(columns[name][k]) == str(columns["central_id"][k]) for k in central)
        ),
        None,
    )
    n = len(columns["role"])
    ids = columns[id_field] if id_field and central else [str(k) for k in range(n)]
    name_field = next((f for f in SETTLEMENT_NAME_FIELDS if f in names), None)
    return Consolidation(
        ids=ids,
        names=columns[name_field] if name_field else ids,
        roles=columns["role"],
        central_ids=columns["central_id"],
        final_pop=columns["final_pop"],
        move_costs=columns["move_cost"],
        moved_pop=columns["moved_pop"],
        released_m2=columns["released_m2"],
        cultivated_m2=columns["potential_cultivated_m2"],
        map=image,
        run=run,
    )

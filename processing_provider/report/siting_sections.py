"""The outputs of urflow:facilitysiting given to urflow:planningreport (SITING_SITES,
SITING_DEMAND, SITING_LINES, SITING_CURVE): their parameters, read into the report's plain data
(:class:`reporting.Siting`) with the map drawn, and their atlas layers.

Villages and sites are named from their name fields and placed in their township by the
township field when they have one, else by the township boundary (BOUNDARIES) holding them."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...reporting import Siting, SitingDemand, SitingSites
from ...reporting.values import is_missing
from ..overlay import zone_of_points
from . import readers

SOURCE = QgsProcessing.SourceType
KEYS = ("SITING_SITES", "SITING_DEMAND", "SITING_LINES", "SITING_CURVE")
#: Fields each input must have (the outputs of urflow:facilitysiting they are).
FIELDS = {
    "SITING_SITES": ("site_role", "assigned_pop", "load"),
    "SITING_DEMAND": ("site_id", "site_cost", "covered"),
    "SITING_LINES": ("demand_id", "site_id", "cost"),
    "SITING_CURVE": ("k", "covered_pop", "coverage_rate"),
}
RUN_FIELDS = (
    "run_model",
    "run_threshold",
    "run_cost_unit",
    "run_standard",
    "run_population",
    "run_status",
    "run_gap",
)
#: Name fields of villages and sites, best first (the first one set names a feature).
NAME_FIELDS = (
    "village_name",
    "name",
    "名称",
    "村名",
    "site_name",
    "fac_name",
    "cand_name",
    "label",
)
TOWN_FIELDS = ("town_name", "township", "乡镇", "乡镇名称", "zone_name")


def parameters():
    """The four optional inputs, after FACILITY_GAPS."""
    return [
        QgsProcessingParameterVectorLayer(key, label, [kind], optional=True)
        for key, label, kind in (
            (
                "SITING_SITES",
                QCoreApplication.translate(
                    "SitingSections", "Facility siting: sites (OUTPUT_SITES of facilitysiting)"
                ),
                SOURCE.TypeVectorPoint,
            ),
            (
                "SITING_DEMAND",
                QCoreApplication.translate(
                    "SitingSections", "Facility siting: villages (OUTPUT_DEMAND of facilitysiting)"
                ),
                SOURCE.TypeVectorAnyGeometry,
            ),
            (
                "SITING_LINES",
                QCoreApplication.translate(
                    "SitingSections",
                    "Facility siting: village → site lines (OUTPUT_LINES of facilitysiting)",
                ),
                SOURCE.TypeVectorLine,
            ),
            (
                "SITING_CURVE",
                QCoreApplication.translate(
                    "SitingSections",
                    "Facility siting: what each extra site buys (OUTPUT_CURVE of facilitysiting)",
                ),
                SOURCE.TypeVector,
            ),
        )
    ]


def checked(layers):
    """{key: layer or None} of the siting inputs among ``layers`` (by parameter name), each
    refused when it lacks a field of the output it is given as."""
    found = {}
    for key in KEYS:
        layer = layers.get(key)
        if layer is not None:
            names = layer.fields().names()
            for name in FIELDS[key]:
                if name not in names:
                    raise QgsProcessingException(
                        QCoreApplication.translate(
                            "SitingSections",
                            "Layer {key}: there is no field '{field}' (is it the {output} of "
                            "urflow:facilitysiting?)",
                        ).format(key=key, field=name, output=key.replace("SITING", "OUTPUT"))
                    )
        found[key] = layer
    return found


def first_set(columns, fields, n):
    """Per feature the first value of ``fields`` that is set (None where none is)."""
    values = []
    for i in range(n):
        value = next(
            (columns[f][i] for f in fields if f in columns and not is_missing(columns[f][i])),
            None,
        )
        values.append(str(value).strip() if value is not None else None)
    return values


def towns_of(layer, columns, geometries, town_field, boundaries, context):
    """The township of each feature: its township field, else the boundary holding it."""
    for name in (town_field,) + TOWN_FIELDS:
        if name in columns and any(not is_missing(v) for v in columns[name]):
            return [None if is_missing(v) else str(v) for v in columns[name]]
    if boundaries is None or boundaries.name_field not in boundaries.layer.fields().names():
        return [None] * len(geometries)
    found, shapes = readers.read_layer(boundaries.layer, [boundaries.name_field], True)
    transform = QgsCoordinateTransform(
        boundaries.layer.crs(), layer.crs(), context.transformContext()
    )
    zones, names = [], []
    for name, shape in zip(found[boundaries.name_field], shapes):
        if shape is not None:
            shape.transform(transform)
            zones.append(shape)
            names.append(name)
    points = [shape.centroid() if shape is not None else None for shape in geometries]
    return [names[z] if z >= 0 else None for z in zone_of_points(zones, points)]


def read_features(layer, needed, town_field):
    names = layer.fields().names()
    fields = [f for f in dict.fromkeys(needed + NAME_FIELDS + (town_field,) + TOWN_FIELDS)]
    columns, geometries = readers.read_layer(layer, [f for f in fields if f in names], True)
    return columns, geometries


def siting_data(found, maps, town_field, boundaries):
    """The :class:`Siting` of the layers ``found`` (None without SITES and DEMAND)."""
    sites, demand = found["SITING_SITES"], found["SITING_DEMAND"]
    if sites is None and demand is None:
        return None
    context = maps.context
    demand_data = sites_data = None
    site_ids = []
    if demand is not None:
        needed = ("site_id", "site_cost", "covered", "weight") + RUN_FIELDS
        columns, shapes = read_features(demand, needed, town_field)
        n = len(shapes)
        get = lambda name: columns.get(name) or [None] * n  # noqa: E731
        site_ids = get("site_id")
        demand_data = SitingDemand(
            names=first_set(columns, NAME_FIELDS + ("village_id", "demand_id"), n),
            towns=towns_of(demand, columns, shapes, town_field, boundaries, context),
            weights=get("weight"),
            site_ids=site_ids,
            site_costs=get("site_cost"),
            covered=get("covered"),
            run={name: get(name)[0] if n else None for name in RUN_FIELDS},
        )
    if sites is not None:
        key = readers.id_field(sites, site_ids) if site_ids else None
        needed = ("site_role", "assigned_pop", "load") + ((key,) if key else ())
        columns, shapes = read_features(sites, needed, town_field)
        n = len(shapes)
        sites_data = SitingSites(
            ids=columns.get(key) or [None] * n,
            names=first_set(columns, NAME_FIELDS, n),
            towns=towns_of(sites, columns, shapes, town_field, boundaries, context),
            roles=columns["site_role"],
            assigned_pop=columns["assigned_pop"],
            load=columns["load"],
        )
    curve = found["SITING_CURVE"]
    image = maps.siting(
        sites, found["SITING_LINES"], demand, boundaries.layer if boundaries else None
    )
    return Siting(
        demand=demand_data,
        sites=sites_data,
        curve=readers.table_rows(curve) if curve is not None else None,
        map=image,
    )

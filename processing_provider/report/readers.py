"""The analyses' output layers read into the plain data the report is built from (reporting/).

Features are read once per layer with ``nextFeature`` (safe with invalid geometries on 3.22);
NULL becomes None. Only the fields the report uses are read; a field a layer lacks reads as
None, which the report shows as missing.
"""

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsFeatureRequest, QgsGeometry
from qgis.PyQt.QtCore import QVariant

from ...reporting import DemandGaps, HollowVillages, ZoneGaps
from ..overlay import zone_of_points

#: Fields of a facilitygaps demand output and of its zones output that the report reads.
DEMAND_FIELDS = ("gap_class", "covered", "gap", "nearest_cost")
ZONE_FIELDS = ("zone_name", "n_demand", "population", "covered_pop", "deficit")


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


def hollow_villages(layer, town_field, language, colours, image) -> HollowVillages:
    """An urflow:hollowvillages output; levels are named by its label field when it has one."""
    names = layer.fields().names()
    label_field = next((f for f in (f"hollow_label_{language}", "hollow_label") if f in names), "")
    fields = ["hollow_level", "hollow_score"] + [f for f in (town_field, label_field) if f in names]
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


def demand_gaps(layer, name, town_field, zones, context, colours, image) -> DemandGaps:
    """A demand output grouped by ``town_field``, else by the zone of ``zones`` (a zones
    output or None) holding each feature."""
    by_field = town_field in layer.fields().names()
    fields = list(DEMAND_FIELDS) + ([town_field] if by_field else [])
    columns, geometries = read_layer(layer, fields, geometry=not by_field)
    if by_field:
        towns = columns[town_field]
    else:
        towns = zone_names(geometries, layer, zones, context)
    return DemandGaps(name, towns, *(columns[f] for f in DEMAND_FIELDS), colours, image)


def zone_gaps(layer, name, image) -> ZoneGaps:
    columns, _ = read_layer(layer, ZONE_FIELDS)
    return ZoneGaps(name, *(columns[f] for f in ZONE_FIELDS), image)


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


def balance_rows(layer):
    """The OUTPUT_BALANCE table as one dict per row, keyed by its field names."""
    names = layer.fields().names()
    columns, _ = read_layer(layer, names)
    return [dict(zip(names, values)) for values in zip(*(columns[n] for n in names))]

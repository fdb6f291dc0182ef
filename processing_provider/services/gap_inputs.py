"""Reading urflow:facilitygaps' layers once into the arrays core.access.analyse_gaps takes."""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import QgsProcessingException

from ...core import access
from ...core.checks import unique_ids
from ..layers import points_xy, read_features, require_fields
from ..overlay import zone_of_points
from ..roads import read_roads


@dataclass(frozen=True)
class GapSources:
    """The layers and field names of one run (fields may be empty: not given)."""

    demand: object
    facilities: object
    network: object
    zones: object
    demand_id: str
    population: str
    facility_id: str
    capacity: str
    speed: str
    road_class: str
    direction: str
    zone_name: str


@dataclass(frozen=True)
class PointTable:
    """Features of a point (or polygon) layer: ids, one numeric column, points, geometries."""

    fids: np.ndarray
    ids: list
    values: Optional[np.ndarray]
    xy: np.ndarray
    geometries: Optional[list]  # None when read by GDAL (not needed: no ZONES)


@dataclass(frozen=True)
class ZoneTable:
    """Zones read in the working CRS, their names (None: feature ids) and the demand's zones."""

    table: object
    names: Optional[list]
    zones: access.Zones


@dataclass(frozen=True)
class GapInputs:
    """Everything read from the layers, ready for :func:`core.access.analyse_gaps`."""

    sources: GapSources
    demand: PointTable
    supply: PointTable
    roads: Optional[access.Roads]
    zones: Optional[ZoneTable]


def read_inputs(sources, rule, travel, crs, context, feedback, say, direct=None):
    """Read every layer of ``sources`` once, in ``crs``, into a :class:`GapInputs`.

    ``say`` is the run's ``GapFeedback``; ``direct`` = (DEMAND, FACILITIES, NETWORK) readers
    ``(source, crs, numeric, text)`` by GDAL (``ogr_read.direct_points`` / ``direct_lines``),
    each returning None when the layer must be read through QGIS.
    """
    direct_demand, direct_facilities, direct_network = direct or (None, None, None)
    if sources.zones is not None:  # checked before anything is read or written
        require_fields(sources.zones, "ZONES", [sources.zone_name])
        direct_demand = None  # the demand's geometries are needed for ZONES: read by QGIS
    demand, supply = (
        read_points(
            source,
            label,
            id_field,
            value_field,
            crs,
            context,
            feedback,
            progress,
            say,
            reader,
        )
        for source, label, id_field, value_field, progress, reader in (
            (
                sources.demand,
                "DEMAND",
                sources.demand_id,
                sources.population,
                (0, 5),
                direct_demand,
            ),
            (
                sources.facilities,
                "FACILITIES",
                sources.facility_id,
                sources.capacity,
                (5, 10),
                direct_facilities,
            ),
        )
    )
    roads, n_without_geometry = None, 0
    if sources.network is not None:
        fields = (sources.speed, sources.road_class, sources.direction)
        roads, n_without_geometry = read_roads(
            sources.network, crs, context, feedback, *fields, (10, 20), direct=direct_network
        )
        if len(roads.line_road) == 0:
            raise QgsProcessingException(say.no_usable_lines())
    say.network(roads, n_without_geometry, rule, travel)
    zones = read_zones(sources.zones, sources.zone_name, demand, crs, context, feedback)
    return GapInputs(sources, demand, supply, roads, zones)


def read_points(
    source, label, id_field, value_field, crs, context, feedback, progress, say, direct=None
):
    """Layer ``label`` (DEMAND or FACILITIES) with its id field and optional numeric field.

    ``direct(source, crs, numeric, text)`` reads a plain point file by GDAL
    (``ogr_read.direct_points``; no geometries kept), else returns None.
    """
    require_fields(source, label, [id_field, value_field], [value_field])
    numeric = [value_field] if value_field else []
    text = [id_field] if id_field else []
    table = direct(source, crs, numeric, text) if direct else None
    if table is not None:
        xy, geometries = table.xy, None
    else:
        table = read_features(
            source, crs, context, feedback, numeric=numeric, text=text, progress=progress
        )
        xy, geometries = points_xy(table.geometries), table.geometries
    if len(table) == 0:
        raise QgsProcessingException(say.empty_layer(label))
    # NULL or repeated ids would make nearest_id and the joins ambiguous: refused by id
    ids = list(unique_ids(table.text[id_field], f"{label}, field '{id_field}'", table.fids))
    return PointTable(
        table.fids,
        ids,
        table.numeric[value_field] if value_field else None,
        xy,
        geometries,
    )


def read_zones(source, name_field, demand, crs, context, feedback):
    """The zone of each demand feature (its point on surface), or None without ZONES."""
    if source is None:
        return None
    table = read_features(source, crs, context, feedback, text=[name_field] if name_field else [])
    index = zone_of_points(table.geometries, demand.geometries, feedback)
    names = table.text.get(name_field) if name_field else None
    return ZoneTable(table, names, access.Zones(index, len(table)))

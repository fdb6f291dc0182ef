"""The derived fields of urflow:villageclassification, each from its optional input layer.

Shares are the part (0–1) of each village polygon's area inside a layer, or 0/1 for a point,
cut with the overlay code of urflow:controllinecheck (overlapping polygons counted once);
``town_cost`` is the facility-gaps network cost (core.access.od_costs) to the nearest town.
"""

import numpy as np
from qgis.core import QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ...core import access
from ...core.checks import unique_ids
from ..control_lines import POINT, POLYGON, PolygonLayer, inside_pieces, repaired
from ..layers import points_xy, read_features, require_fields
from ..roads import read_roads

#: Share field → the parameter of the layer it is measured against.
SHARE_LAYERS = {
    "udb_share": "URBAN_BOUNDARY",
    "builtup_share": "BUILT_UP",
    "redline_share": "ECO_REDLINE",
    "hazard_share": "HAZARD",
    "farmland_share": "PERMANENT_FARMLAND",
}
#: Every derived field with its type and the parameter that gives it.
DERIVED = (
    *((name, float, key) for name, key in SHARE_LAYERS.items()),
    ("town_cost", float, "TOWNS"),
    ("town_id", str, "TOWNS"),
    ("hollow_score", float, "HOLLOW"),
    ("hollow_level", int, "HOLLOW"),
    ("heritage", int, "HERITAGE_FIELD"),
    ("potential", float, "POTENTIAL_FIELDS"),
    ("potential_rank", int, "POTENTIAL_FIELDS"),
)
DERIVED_NAMES = tuple(name for name, _kind, _key in DERIVED)


def share_inside(geometries, kind, layer: PolygonLayer, canceled=lambda: False):
    """Share of each geometry inside ``layer``: area share for polygons, 0/1 for points.

    NaN where a village has no geometry (or a polygon of zero area).
    """
    out = np.full(len(geometries), np.nan)
    for i, geometry in enumerate(geometries):
        if canceled():
            break
        geometry, _ = repaired(geometry)
        if geometry is None:
            continue
        pieces, _ = inside_pieces(geometry, kind, layer)
        if kind == POINT:
            out[i] = 1.0 if pieces else 0.0
            continue
        area = geometry.area()
        if area > 0:
            out[i] = min(1.0, sum(piece.area() for _row, piece in pieces) / area)
    return out


def overlay_shares(sources, geometries, kind, crs, context, feedback):
    """``{share field: array}`` for every share layer given in ``sources`` (key → source)."""
    if kind not in (POINT, POLYGON):
        raise QgsProcessingException(
            QCoreApplication.translate(
                "VillageClassification", "VILLAGES must be polygons or points."
            )
        )
    shares = {}
    for name, key in SHARE_LAYERS.items():
        source = sources.get(key)
        if source is None:
            continue
        table = read_features(source, crs, context, feedback)
        layer = PolygonLayer(table.geometries)
        shares[name] = share_inside(geometries, kind, layer, feedback.isCanceled)
    return shares


def town_costs(
    village_geometries, towns, town_id_field, network, fields, travel, crs, context, feedback
):
    """``(town_cost, town_id, road_notes)``: cost to the nearest town, and which town.

    Over ``network`` through core.access.od_costs (as urflow:facilitygaps' ``nearest_cost``);
    without it, straight line × detour factor. NaN / None where no town can be reached.
    """
    require_fields(towns, "TOWNS", [town_id_field])
    table = read_features(towns, crs, context, feedback, text=[town_id_field])
    town_xy = points_xy(table.geometries)
    names = (
        list(unique_ids(table.text[town_id_field], f"TOWNS, field '{town_id_field}'", table.fids))
        if town_id_field
        else [str(fid) for fid in table.fids]
    )
    roads = None
    if network is not None:
        roads, _empty = read_roads(
            network, crs, context, feedback, fields["speed"], fields["class"], fields["direction"]
        )
    result = access.od_costs(
        points_xy(village_geometries),
        town_xy,
        travel,
        roads,
        cutoff=0.0,
        nearest=True,
        is_canceled=feedback.isCanceled,
    )
    nearest = result.nearest
    town = [names[j] if j >= 0 else None for j in nearest.facility]
    return np.asarray(nearest.cost, dtype=float), town, result.road_notes


def hollow_join(hollow, id_field, ids, crs, context, feedback):
    """``(hollow_score, hollow_level, n_missing)`` of urflow:hollowvillages' output, by id."""
    require_fields(hollow, "HOLLOW", [id_field, "hollow_score", "hollow_level"])
    table = read_features(
        hollow,
        crs,
        context,
        feedback,
        numeric=["hollow_score", "hollow_level"],
        text=[id_field],
        geometry=False,
    )
    row = {key: i for i, key in enumerate(table.text[id_field]) if key is not None}
    score, level = np.full(len(ids), np.nan), np.full(len(ids), np.nan)
    for i, key in enumerate(ids):
        j = row.get(key)
        if j is not None:
            score[i] = table.numeric["hollow_score"][j]
            level[i] = table.numeric["hollow_level"][j]
    return score, level, int(np.count_nonzero(np.isnan(score)))


def heritage_flags(values):
    """0/1 from a field's values: 1, true, yes, 是 and similar are 1; NULL is NULL."""
    yes = {"1", "true", "t", "yes", "y", "是", "有", "1.0"}
    out = []
    for value in values:
        if value is None:
            out.append(None)
        else:
            out.append(1 if str(value).strip().casefold() in yes else 0)
    return out


def geometry_kind(source):
    return QgsWkbTypes.geometryType(source.wkbType())

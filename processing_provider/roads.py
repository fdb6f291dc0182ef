"""Reading a road layer into :class:`core.access.Roads`: line parts and each road's attributes.

The rules that turn them into speeds and one-way codes live in ``core/access/roads.py``.
"""

import numpy as np
from qgis.core import QgsWkbTypes

from ..core.access import COST_UNITS, TRAVEL_MODES, Roads, Travel
from .bulk_read import line_parts, line_parts_of_wkb
from .layers import read_features, require_fields


def read_roads(
    source,
    crs,
    context,
    feedback,
    speed_field="",
    class_field="",
    direction_field="",
    progress=(10, 20),
    direct=None,
):
    """``(roads, n_without_geometry)``: every line part of ``source`` in ``crs``.

    Parts with fewer than two vertices are left out; a road without geometry is not a road
    and is only counted. The speed field must be numeric; NULL reads as NaN (none), NULL
    classes and one-way values as None.
    """
    require_fields(source, "NETWORK", [speed_field, class_field, direction_field], [speed_field])
    numeric, text = (
        [f for f in [speed_field] if f],
        [f for f in (class_field, direction_field) if f],
    )
    table = direct(source, crs, numeric, text) if direct else None
    if table is not None:  # a plain line file: read by GDAL, all columns at once
        geometries = table.wkbs
        bulk = line_parts_of_wkb(geometries)[:3]
    else:
        table = read_features(
            source, crs, context, feedback, numeric=numeric, text=text, progress=progress
        )
        geometries = table.geometries
        bulk = line_parts(geometries)
    if bulk is not None:
        coords, offsets, part_of = bulk
        present = np.array([g is not None for g in geometries], dtype=bool)
        kept = np.flatnonzero(present).tolist()
        line_road = (np.cumsum(present) - 1)[part_of]
    else:
        coords, offsets, line_road, kept = _vertices_one_by_one(geometries)

    def column(values):
        return [values[i] for i in kept]

    roads = Roads(
        coords=coords,
        offsets=np.asarray(offsets, dtype=np.int64),
        line_road=np.asarray(line_road, dtype=np.int64),
        n_roads=len(kept),
        speed_kmh=table.numeric[speed_field][kept] if speed_field else None,
        road_class=column(table.text[class_field]) if class_field else None,
        direction=column(table.text[direction_field]) if direction_field else None,
    )
    return roads, len(table) - len(kept)


def _vertices_one_by_one(geometries):
    """What :func:`.bulk_read.line_parts` does, through QgsPointXY (curved geometries)."""
    xs, ys, offsets, line_road, kept = [], [], [0], [], []
    for i, geometry in enumerate(geometries):
        if geometry is None:
            continue
        road = len(kept)
        kept.append(i)
        parts = (
            geometry.asMultiPolyline()
            if QgsWkbTypes.isMultiType(geometry.wkbType())
            else [geometry.asPolyline()]
        )
        for part in parts:
            if len(part) < 2:
                continue
            xs.extend(p.x() for p in part)
            ys.extend(p.y() for p in part)
            offsets.append(len(xs))
            line_road.append(road)
    coords = (
        np.column_stack([np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)])
        if xs
        else np.zeros((0, 2))
    )
    return coords, np.asarray(offsets, dtype=np.int64), np.asarray(line_road, dtype=np.int64), kept


#: Field parameters of the road layer every network analysis shares, by role.
ROAD_FIELD_KEYS = (
    ("speed", "SPEED_FIELD"),
    ("class", "ROAD_CLASS_FIELD"),
    ("direction", "DIRECTION_FIELD"),
)


def road_fields(algorithm, parameters, context) -> dict:
    """``{speed, class, direction}``: the road field names given (``''`` when not given)."""
    return {
        role: algorithm.parameterAsString(parameters, key, context) for role, key in ROAD_FIELD_KEYS
    }


def travel_from(algorithm, parameters, context, mode=None, unit=None) -> Travel:
    """A :class:`core.access.Travel` from the network parameters every analysis shares
    (TRAVEL_MODE, COST_UNIT, SNAP_TOLERANCE, DETOUR_FACTOR, as in urflow:facilitygaps).

    ``mode`` and ``unit`` win when given (e.g. a standard preset's); otherwise the TRAVEL_MODE
    and COST_UNIT enums are read.
    """
    if mode is None:
        mode = TRAVEL_MODES[algorithm.parameterAsEnum(parameters, "TRAVEL_MODE", context)]
    if unit is None:
        unit = COST_UNITS[algorithm.parameterAsEnum(parameters, "COST_UNIT", context)]
    return Travel(
        mode,
        unit,
        algorithm.parameterAsDouble(parameters, "SNAP_TOLERANCE", context),
        algorithm.parameterAsDouble(parameters, "DETOUR_FACTOR", context),
    )

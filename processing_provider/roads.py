"""Reading a road layer into the flat arrays core.access.network.build_graph takes."""

import csv

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsWkbTypes

from ..about import resource_path
from .layers import to_float

FORWARD = {"forward", "yes", "1", "f", "ft", "oneway", "true", "正向"}
BACKWARD = {"backward", "-1", "t", "tf", "reverse", "反向"}
BOTH = {"both", "no", "0", "b", "", "none", "null", "false", "双向"}


def mode_speeds() -> dict:
    """{travel mode: km/h} from resources/standards/travel_modes.csv."""
    with open(resource_path("standards", "travel_modes.csv"), encoding="utf-8") as handle:
        return {row["travel_mode"]: float(row["speed_kmh"]) for row in csv.DictReader(handle)}


def class_speeds() -> dict:
    """{road class, in English or Chinese: car km/h} from road_class_speeds.csv."""
    speeds = {}
    with open(resource_path("standards", "road_class_speeds.csv"), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            speeds[row["road_class"].lower()] = float(row["car_speed_kmh"])
            speeds[row["class_zh"]] = float(row["car_speed_kmh"])
    return speeds


def direction_code(value) -> int:
    """+1 digitising direction only, −1 against it, 0 both; None if the value is unknown."""
    text = "" if value is None else str(value).strip().lower()
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        text = text[:-2]  # a decimal field: 1.0, -1.0, 0.0
    if text in BOTH:
        return 0
    if text in FORWARD:
        return 1
    if text in BACKWARD:
        return -1
    return None


class RoadArrays:
    """Flat line vertices (N, 2), CSR offsets (L + 1,), per-line speed, direction, fid."""

    def __init__(self, coords, offsets, speed, direction, fids, notes):
        self.coords = coords
        self.offsets = offsets
        self.speed = speed
        self.direction = direction
        self.fids = fids
        self.notes = notes


def read_roads(
    source,
    crs,
    context,
    feedback,
    travel_mode,
    speed_field=None,
    class_field=None,
    direction_field=None,
):
    """Read every line part of ``source`` in ``crs``.

    Speed: for car, the speed field, else the class table, else the car default; for walking,
    cycling and e-bikes the mode's speed (road speeds are car speeds). One-way rules apply to
    cars only. ``notes`` counts what fell back: {'no_speed', 'no_class_speed',
    'bad_direction', 'no_geometry'}.
    """
    modes = mode_speeds()
    by_class = class_speeds()
    car = travel_mode == "car"
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    request = QgsFeatureRequest()
    request.setInvalidGeometryCheck(context.invalidGeometryCheck())
    xs, ys, offsets, speeds, directions, fids = [], [], [0], [], [], []
    notes = {"no_speed": 0, "no_class_speed": 0, "bad_direction": 0, "no_geometry": 0}
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            notes["no_geometry"] += 1
            continue
        geometry.transform(transform)
        speed = modes[travel_mode]
        if car:
            speed = to_float(feature[speed_field]) if speed_field else np.nan
            if not speed > 0:
                if speed_field:
                    notes["no_speed"] += 1
                key = str(feature[class_field]).strip() if class_field else ""
                speed = by_class.get(key.lower(), by_class.get(key, np.nan))
                if not speed > 0:
                    if class_field:
                        notes["no_class_speed"] += 1
                    speed = modes["car"]
        direction = 0
        if car and direction_field:
            direction = direction_code(feature[direction_field])
            if direction is None:
                notes["bad_direction"] += 1
                direction = 0
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
            speeds.append(speed)
            directions.append(direction)
            fids.append(feature.id())
    coords = (
        np.column_stack([np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)])
        if xs
        else np.zeros((0, 2))
    )
    return RoadArrays(
        coords,
        np.asarray(offsets, dtype=np.int64),
        np.asarray(speeds, float),
        np.asarray(directions, dtype=np.int8),
        np.asarray(fids, np.int64),
        notes,
    )

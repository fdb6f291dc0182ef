"""Road rules (DOMAIN.md §2.5): which speed each road has for a travel mode, and its one-way code.

Walking, cycling and e-bikes move at the mode's speed on every road and ignore one-way rules.
Cars use the road's own speed, else the speed of its class (县道, 乡道 …), else the car default,
and honour one-way roads. The speeds are editable tables in ``resources/standards/``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

import numpy as np

from ...about import RESOURCES_DIR
from ..checks import choice, float_vector
from ..errors import InputError
from ..messages import tr

__all__ = [
    "TRAVEL_MODES",
    "MODE_SPEEDS_CSV",
    "CLASS_SPEEDS_CSV",
    "SpeedTable",
    "load_speed_table",
    "direction_code",
    "Roads",
    "RoadNotes",
    "RoadLines",
    "road_lines",
]

#: travel modes, in the order of the TRAVEL_MODE parameter
TRAVEL_MODES = ("walk", "bicycle", "ebike", "car")
MODE_SPEEDS_CSV = RESOURCES_DIR / "standards" / "travel_modes.csv"
CLASS_SPEEDS_CSV = RESOURCES_DIR / "standards" / "road_class_speeds.csv"

#: one-way values, as QGIS, OSM, ESRI and Chinese data spell them (compared in lower case)
FORWARD = frozenset({"forward", "yes", "1", "f", "ft", "oneway", "true", "正向"})
BACKWARD = frozenset({"backward", "-1", "t", "tf", "reverse", "反向"})
BOTH = frozenset({"both", "no", "0", "b", "", "none", "null", "false", "双向"})


@dataclass(frozen=True, eq=False)
class SpeedTable:
    """Speeds in km/h: per travel mode, and the car speed per road class.

    Attributes
    ----------
    mode_kmh : mapping
        Travel mode (``walk``, ``bicycle``, ``ebike``, ``car``) -> km/h.
    class_kmh : mapping
        Road class, in lower-case English or in Chinese (``county``, ``县道`` …) -> car km/h.
    """

    mode_kmh: Mapping[str, float]
    class_kmh: Mapping[str, float]

    def mode(self, travel_mode: str) -> float:
        """The speed of ``travel_mode``, km/h."""
        return self.mode_kmh[choice(travel_mode, tuple(self.mode_kmh), tr("travel mode"))]


def load_speed_table(modes_csv=MODE_SPEEDS_CSV, classes_csv=CLASS_SPEEDS_CSV) -> SpeedTable:
    """Read ``travel_modes.csv`` (travel_mode, speed_kmh) and ``road_class_speeds.csv``
    (road_class, class_zh, car_speed_kmh) into a :class:`SpeedTable`."""
    with Path(modes_csv).open(encoding="utf-8") as handle:
        modes = {row["travel_mode"]: float(row["speed_kmh"]) for row in csv.DictReader(handle)}
    classes = {}
    with Path(classes_csv).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            classes[row["road_class"].lower()] = float(row["car_speed_kmh"])
            classes[row["class_zh"]] = float(row["car_speed_kmh"])
    missing = [mode for mode in TRAVEL_MODES if mode not in modes]
    if missing:
        raise InputError(
            tr("{file}: no speed for the travel modes {modes}").format(
                file=Path(modes_csv).name, modes=", ".join(missing)
            )
        )
    return SpeedTable(mode_kmh=modes, class_kmh=classes)


def direction_code(value) -> Optional[int]:
    """+1 digitising direction only, −1 against it, 0 both; None if the value is unknown.

    ``value`` is a one-way field value of any type (None = NULL = both ways); decimals such as
    1.0 or -1.0 read as their integers.
    """
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


@dataclass(frozen=True, eq=False)
class Roads:
    """Road features as read from a layer: line parts as flat arrays, attributes per road.

    Attributes
    ----------
    coords : ndarray, shape (n_vertices, 2)
        Vertices of every line part, concatenated, metres in a projected CRS.
    offsets : ndarray of int, shape (n_lines + 1,)
        Line part ``k`` is ``coords[offsets[k]:offsets[k + 1]]``.
    line_road : ndarray of int, shape (n_lines,)
        The road (0 .. n_roads - 1) each line part belongs to; a road may have no part.
    n_roads : int
        Number of roads (features).
    speed_kmh : ndarray, shape (n_roads,), optional
        The roads' own car speeds; NaN, 0 or negative = none. None when the layer has no
        speed field.
    road_class : sequence of str, length n_roads, optional
        Road classes (None = NULL); None when the layer has no class field.
    direction : sequence, length n_roads, optional
        One-way values of any type (see :func:`direction_code`); None when there is no field.
    """

    coords: np.ndarray
    offsets: np.ndarray
    line_road: np.ndarray
    n_roads: int
    speed_kmh: Optional[np.ndarray] = None
    road_class: Optional[object] = None
    direction: Optional[object] = None


@dataclass(frozen=True)
class RoadNotes:
    """Roads that fell back to a default, for warnings: counts of roads (features).

    Attributes
    ----------
    no_speed : int
        Car roads with a speed field but no usable speed (class or car default used).
    no_class_speed : int
        Car roads with a class field but no usable class speed (car default used).
    bad_direction : int
        Car roads with an unknown one-way value (both directions used).
    """

    no_speed: int = 0
    no_class_speed: int = 0
    bad_direction: int = 0


@dataclass(frozen=True, eq=False)
class RoadLines:
    """Road lines ready for :func:`~.graph.build_graph`: speed and one-way code per line part.

    Attributes
    ----------
    coords, offsets : ndarray
        As in :class:`Roads`.
    speed_kmh : ndarray, shape (n_lines,)
        Travel speed of each line for the travel mode, km/h (> 0).
    direction : ndarray of int8, shape (n_lines,)
        0 both ways, +1 digitising direction only, -1 against it.
    notes : RoadNotes
    """

    coords: np.ndarray
    offsets: np.ndarray
    speed_kmh: np.ndarray
    direction: np.ndarray
    notes: RoadNotes = RoadNotes()


def road_lines(roads: Roads, travel_mode: str, speeds: SpeedTable) -> RoadLines:
    """Speed and one-way code of every line part of ``roads`` for ``travel_mode``.

    Car: the road's speed if > 0, else its class speed (class matched in lower case, or as
    written for Chinese names), else the car speed of ``speeds``; one-way codes from
    :func:`direction_code` (unknown values: both ways, counted). Other modes: the mode's speed
    on every road, both ways.
    """
    mode = choice(travel_mode, TRAVEL_MODES, tr("travel mode"))
    n = int(roads.n_roads)
    line_road = np.asarray(roads.line_road, dtype=np.int64)
    if line_road.size and (line_road.min() < 0 or line_road.max() >= n):
        raise InputError(tr("line_road must hold road numbers 0 .. n_roads - 1."))
    speed = np.full(n, speeds.mode(mode))
    direction = np.zeros(n, dtype=np.int8)
    notes = RoadNotes()
    if mode == "car":
        speed, direction, notes = _car_rules(roads, n, speeds)
    return RoadLines(
        coords=roads.coords,
        offsets=roads.offsets,
        speed_kmh=speed[line_road],
        direction=direction[line_road],
        notes=notes,
    )


def _car_rules(roads: Roads, n: int, speeds: SpeedTable):
    own = (
        float_vector(roads.speed_kmh, tr("speed_kmh"), n)
        if roads.speed_kmh is not None
        else np.full(n, np.nan)
    )
    classes = list(roads.road_class) if roads.road_class is not None else None
    values = list(roads.direction) if roads.direction is not None else None
    for name, column in ((tr("road_class"), classes), (tr("direction"), values)):
        if column is not None and len(column) != n:
            raise InputError(
                tr("{name} has {size} values; expected {n}.").format(
                    name=name, size=len(column), n=n
                )
            )
    speed = np.empty(n)
    direction = np.zeros(n, dtype=np.int8)
    no_speed = no_class_speed = bad_direction = 0
    car = speeds.mode("car")
    for r in range(n):
        kmh = own[r]
        if not kmh > 0:
            if roads.speed_kmh is not None:
                no_speed += 1
            key = "" if classes is None or classes[r] is None else str(classes[r]).strip()
            kmh = speeds.class_kmh.get(key.lower(), speeds.class_kmh.get(key, np.nan))
            if not kmh > 0:
                if classes is not None:
                    no_class_speed += 1
                kmh = car
        speed[r] = kmh
        if values is not None:
            code = direction_code(values[r])
            if code is None:
                bad_direction += 1
                code = 0
            direction[r] = code
    return speed, direction, RoadNotes(no_speed, no_class_speed, bad_direction)

"""Road rules (core/access/roads.py): speeds by travel mode and road class, one-way codes."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.access.roads import (
    Roads,
    SpeedTable,
    direction_code,
    load_speed_table,
    road_lines,
)
from urflow.core.errors import InputError

SPEEDS = SpeedTable(
    mode_kmh={"walk": 4.5, "bicycle": 12.0, "ebike": 20.0, "car": 40.0},
    class_kmh={"county": 50.0, "县道": 50.0, "village": 25.0, "村道": 25.0},
)


@pytest.mark.parametrize(
    "value, code",
    [
        ("forward", 1),
        ("yes", 1),
        ("FT", 1),
        (1, 1),
        (1.0, 1),
        ("正向", 1),
        ("backward", -1),
        ("-1", -1),
        (-1.0, -1),
        ("TF", -1),
        ("反向", -1),
        ("both", 0),
        ("no", 0),
        ("B", 0),
        (0, 0),
        ("", 0),
        (None, 0),
        ("双向", 0),
        ("sideways", None),
        (2, None),
    ],
)
def test_direction_codes_in_every_spelling(value, code):
    assert direction_code(value) == code


def test_bundled_speed_tables():
    table = load_speed_table()
    assert table.mode_kmh == {"walk": 4.5, "bicycle": 12.0, "ebike": 20.0, "car": 40.0}
    assert table.class_kmh["county"] == table.class_kmh["县道"] == 50.0
    assert table.class_kmh["village"] == table.class_kmh["村道"] == 25.0


def two_roads(**attributes):
    """Road 0 has two parts, road 1 one part, road 2 none (a point-like road)."""
    coords = np.array([(0, 0), (100, 0), (100, 0), (200, 0), (0, 0), (0, 100)], float)
    return Roads(
        coords=coords,
        offsets=np.array([0, 2, 4, 6]),
        line_road=np.array([0, 0, 1]),
        n_roads=3,
        **attributes,
    )


def test_walking_uses_the_mode_speed_both_ways_whatever_the_fields():
    roads = two_roads(
        speed_kmh=np.array([80.0, 60.0, 30.0]),
        road_class=["county", "村道", None],
        direction=["forward", "sideways", None],
    )
    lines = road_lines(roads, "walk", SPEEDS)
    assert_allclose(lines.speed_kmh, [4.5, 4.5, 4.5])
    assert_array_equal(lines.direction, [0, 0, 0])
    assert (lines.notes.no_speed, lines.notes.bad_direction) == (0, 0)
    assert_allclose(road_lines(roads, "ebike", SPEEDS).speed_kmh, [20.0] * 3)


def test_car_speed_from_field_then_class_then_default_with_notes():
    roads = Roads(
        coords=np.zeros((8, 2)),
        offsets=np.array([0, 2, 4, 6, 8]),
        line_road=np.array([0, 1, 2, 3]),
        n_roads=4,
        speed_kmh=np.array([70.0, np.nan, 0.0, -5.0]),
        road_class=["county", " County ", "村道", "track"],
        direction=["yes", "TF", 1.0, "sideways"],
    )
    lines = road_lines(roads, "car", SPEEDS)
    assert_allclose(lines.speed_kmh, [70.0, 50.0, 25.0, 40.0])
    assert_array_equal(lines.direction, [1, -1, 1, 0])
    assert lines.notes.no_speed == 3  # the speed field is there but empty, 0 or negative
    assert lines.notes.no_class_speed == 1  # "track" has no class speed
    assert lines.notes.bad_direction == 1


def test_car_without_fields_uses_the_car_speed_and_counts_nothing():
    lines = road_lines(two_roads(), "car", SPEEDS)
    assert_allclose(lines.speed_kmh, [40.0] * 3)
    assert_array_equal(lines.direction, [0, 0, 0])
    assert lines.notes == type(lines.notes)()


def test_parts_take_their_road_attributes():
    roads = two_roads(speed_kmh=np.array([60.0, 30.0, 10.0]), direction=["-1", "both", "yes"])
    lines = road_lines(roads, "car", SPEEDS)
    assert_allclose(lines.speed_kmh, [60.0, 60.0, 30.0])
    assert_array_equal(lines.direction, [-1, -1, 0])
    assert lines.coords is roads.coords and lines.offsets is roads.offsets


def test_bad_input_is_named():
    with pytest.raises(InputError, match="travel mode"):
        road_lines(two_roads(), "boat", SPEEDS)
    bad = Roads(np.zeros((2, 2)), np.array([0, 2]), np.array([3]), n_roads=1)
    with pytest.raises(InputError, match="line_road"):
        road_lines(bad, "car", SPEEDS)
    with pytest.raises(InputError, match="road_class has 1 values; expected 3"):
        road_lines(two_roads(road_class=["county"]), "car", SPEEDS)

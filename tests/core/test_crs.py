"""DOMAIN.md E1: Gauss–Krüger zone choice."""

import pytest

from urflow.core.crs import gk3_epsg, gk3_zone, gk6_epsg
from urflow.core.errors import InputError


@pytest.mark.parametrize(
    "longitude, zone, prefixed, plain",
    [
        (117.2, 39, 4527, 4548),
        (113.0, 38, 4526, 4547),
        (118.6, 40, 4528, 4549),
        (118.5, 40, 4528, 4549),  # on the boundary 3n + 1.5: goes east
        (75.0, 25, 4513, 4534),
        (135.0, 45, 4533, 4554),
    ],
)
def test_three_degree_zones(longitude, zone, prefixed, plain):
    assert gk3_zone(longitude) == zone
    assert gk3_epsg(longitude, prefixed=True) == prefixed
    assert gk3_epsg(longitude) == plain


def test_six_degree_zone():
    assert gk6_epsg(117.2, prefixed=True) == 4498
    assert gk6_epsg(117.2) == 4509


def test_outside_china_is_refused_with_advice():
    with pytest.raises(InputError, match="TARGET_CRS"):
        gk3_epsg(10.0)

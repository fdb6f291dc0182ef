"""Choosing the CGCS2000 Gauss–Krüger zone for metric work (DOMAIN.md §0.2)."""

from __future__ import annotations

import math

from .errors import InputError
from .messages import tr


def gk3_zone(longitude: float) -> int:
    """3-degree zone number n = floor((λ + 1.5) / 3); a boundary longitude goes east."""
    if not -180.0 <= longitude <= 180.0 or math.isnan(longitude):
        raise InputError(
            tr("longitude {longitude} is not a longitude in degrees").format(longitude=longitude)
        )
    return int(math.floor((longitude + 1.5) / 3.0))


def gk3_epsg(longitude: float, prefixed: bool = False) -> int:
    """EPSG code of the CGCS2000 3-degree GK zone holding ``longitude`` (degrees east).

    ``prefixed=False`` gives EPSG:4534–4554 (false easting 500 000 m, what URFlow works in);
    ``prefixed=True`` gives EPSG:4513–4533 (zone number in front of the easting). Only China's
    zones 25–45 (75°E–135°E) have CGCS2000 codes; other longitudes raise ``InputError``.
    """
    zone = gk3_zone(longitude)
    if not 25 <= zone <= 45:
        raise InputError(
            tr(
                "longitude {longitude:.4f}°E lies in 3-degree zone {zone}, outside China's "
                "CGCS2000 zones 25–45 (75°E–135°E); set TARGET_CRS to a projected CRS"
            ).format(longitude=longitude, zone=zone)
        )
    return (4513 if prefixed else 4534) + zone - 25


def gk6_epsg(longitude: float, prefixed: bool = False) -> int:
    """EPSG code of the CGCS2000 6-degree GK zone (zones 13–23: EPSG:4491–4501 / 4502–4512)."""
    zone = int(math.floor(longitude / 6.0)) + 1
    if not 13 <= zone <= 23:
        raise InputError(
            tr("longitude {longitude:.4f}°E lies outside China's 6-degree zones 13–23").format(
                longitude=longitude
            )
        )
    return (4491 if prefixed else 4502) + zone - 13

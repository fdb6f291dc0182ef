"""The working CRS: every input needs a CRS, and the CRS measured in must be fit for distances
and areas (Web Mercator refused with the scale error and the Gauss–Krüger zone to use)."""

import processing
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
)

X0, Y0 = 500000.0, 3500000.0  # EPSG:4548, about 117.0°E 31.6°N


def square(x, y, size=100):
    return f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"


def layers_in(make_layer, crs):
    """The same two squares (planned, red line) written in ``crs``."""
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4548"),
        QgsCoordinateReferenceSystem(crs),
        QgsProject.instance().transformContext(),
    )
    from qgis.core import QgsGeometry

    def wkt(text):
        geometry = QgsGeometry.fromWkt(text)
        geometry.transform(transform)
        return geometry.asWkt()

    planned = make_layer("Polygon", crs, [("pid", str)], [(wkt(square(X0, Y0)), "P1")])
    redline = make_layer("Polygon", crs, [("rid", str)], [(wkt(square(X0 + 50, Y0)), "R1")])
    return planned, redline


def run(planned, redline, **extra):
    return processing.run(
        "urflow:controllinecheck",
        {
            "PLANNED": planned,
            "PLANNED_ID_FIELD": "pid",
            "ECO_REDLINE": redline,
            "OUTPUT_CONFLICTS": "memory:",
            "OUTPUT_PLANNED": "memory:",
            "OUTPUT_SUMMARY": "memory:",
            **extra,
        },
    )


def test_web_mercator_is_refused_with_the_scale_error_and_the_zone_to_use(
    urflow_provider, make_layer
):
    planned, redline = layers_in(make_layer, "EPSG:3857")
    with pytest.raises(QgsProcessingException) as error:
        run(planned, redline)
    message = str(error.value)
    assert "EPSG:3857" in message and "merc" in message
    assert "EPSG:4548" in message  # the CGCS2000 GK zone of the data, CM 117°E
    assert "17 %" in message and "38 %" in message  # 1/cos(31.6°) − 1 and its square − 1
    with pytest.raises(QgsProcessingException, match="TARGET_CRS: EPSG:3857"):
        run(*layers_in(make_layer, "EPSG:4548"), TARGET_CRS="EPSG:3857")


@pytest.mark.parametrize("crs", ["EPSG:4548", "EPSG:4527", "EPSG:32650", "EPSG:4490"])
def test_gauss_kruger_with_or_without_prefix_utm_and_geographic_give_the_same_overlap(
    urflow_provider, make_layer, crs
):
    result = run(*layers_in(make_layer, crs))
    # 50 m × 100 m = 0.5 ha; UTM and reprojection change it only in the 4th decimal
    assert result["REDLINE_HA"] == pytest.approx(0.5, rel=2e-3)

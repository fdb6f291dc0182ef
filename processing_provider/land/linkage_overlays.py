"""The overlays urflow:landquotalinkage measures before the core decides: candidates that
overlap (counted twice), cultivated land under 建新 parcels, control lines over them."""

import numpy as np
from qgis.core import QgsProcessingException

from ...core.linkage import ControlLineOverlaps
from ...core.linkage.exclusions import CANDIDATE_OVERLAP_M2, CONTROL_LINE_TOLERANCE_M2
from ...core.messages import listing, tr
from ..control_lines import POLYGON, Measure, PolygonLayer, cut_by_lines
from ..layers import read_features
from ..overlay import intersection_parts


def refuse_double_counting(d_geometries, d_ids, c_geometries, c_ids, feedback):
    """Overlapping candidates would count the same land twice: refuse, naming them."""
    problems = []
    for label, zones, parts, zone_ids, part_ids, same in (
        (
            tr("拆旧 parcels overlap each other"),
            d_geometries,
            d_geometries,
            d_ids,
            d_ids,
            True,
        ),
        (
            tr("建新 parcels overlap each other"),
            c_geometries,
            c_geometries,
            c_ids,
            c_ids,
            True,
        ),
        (
            tr("拆旧 parcels are also 建新 candidates"),
            d_geometries,
            c_geometries,
            d_ids,
            c_ids,
            False,
        ),
    ):
        pairs = [
            (z, p, area)
            for z, p, area, _piece in intersection_parts(zones, parts, feedback)
            if (z < p or not same) and area > CANDIDATE_OVERLAP_M2
        ]
        if pairs:
            text = listing([f"{zone_ids[z]} × {part_ids[p]} ({a:.1f} m²)" for z, p, a in pairs], 6)
            problems.append(f"{label}: {text}")
    if problems:
        raise QgsProcessingException("; ".join(problems))


def occupied_cultivated(geometries, ids, area_ha, cultivated, field, top, crs, context, feedback):
    """Cultivated land under each 建新 parcel (ha, capped at the parcel) and its
    area-weighted grade (NaN where none); a NULL or out-of-scale grade counts as 1."""
    m = len(geometries)
    if cultivated is None:
        feedback.pushWarning(
            tr("No CULTIVATED layer: 建新 parcels are taken to occupy no cultivated land.")
        )
        return np.zeros(m), np.full(m, np.nan)
    table = read_features(cultivated, crs, context, feedback, numeric=[field], progress=(18, 25))
    grade = table.numeric[field]
    pieces = intersection_parts(geometries, table.geometries, feedback)
    bad = sorted({p for _z, p, _a, _g in pieces if not 1 <= grade[p] <= top})
    if bad:
        feedback.pushWarning(
            tr(
                "Layer CULTIVATED, field '{}': {} parcels under 建新 candidates have a NULL "
                "or out-of-scale grade and count as grade 1, the strictest"
            ).format(field, len(bad))
        )
    area, points = np.zeros(m), np.zeros(m)
    for z, p, piece_area, _piece in pieces:
        area[z] += piece_area
        points[z] += piece_area * (grade[p] if 1 <= grade[p] <= top else 1.0)
    parcel = np.nan_to_num(area_ha * 1e4)
    over = np.flatnonzero(area > parcel * (1 + 1e-6) + CONTROL_LINE_TOLERANCE_M2)
    if over.size:
        feedback.pushWarning(
            tr(
                "CULTIVATED polygons overlap each other under {} 建新 parcels: the occupied "
                "cultivated land is capped at the parcel area ({})"
            ).format(over.size, listing(ids[over]))
        )
    occupied_grade = np.where(area > 0, points / np.where(area > 0, area, 1), np.nan)
    return np.minimum(area, parcel) / 1e4, occupied_grade


def control_line_overlaps(geometries, any_urban, lines, crs, context, feedback):
    """m² of each 建新 parcel inside 永久基本农田, 生态保护红线 and 城镇开发边界.

    The parcels are cut by :mod:`..control_lines`, the code of urflow:controllinecheck, so a
    parcel is on a line here exactly when that check says so (overlapping polygons of one line
    counted once, invalid geometries repaired). ``lines`` maps ``permanent_farmland``,
    ``eco_redline``, ``urban_boundary`` to a source or None. The boundary's area is None without
    a boundary layer (no parcel checked; a warning when ``any_urban``).
    """
    layers = {
        key: PolygonLayer(
            read_features(source, crs, context, feedback, progress=(25, 30)).geometries
        )
        for key, source in lines.items()
        if source is not None
    }
    n = len(geometries)
    cut = cut_by_lines(
        geometries,
        POLYGON,
        np.ones(n, dtype=bool),
        layers,
        None,
        Measure(crs, context, ellipsoidal=False),
        feedback,
        progress=(30, 32),
        line_overlaps=False,
    )
    feature, code, area, _length, _kcxs = cut.columns
    on_parcel = feature >= 0

    def total(line):
        mask = on_parcel & (code == line)
        return np.bincount(feature[mask], weights=area[mask], minlength=n)

    if "urban_boundary" not in layers and any_urban:
        feedback.pushWarning(
            tr(
                "No URBAN_BOUNDARY: urban 建新 parcels are not checked against the urban "
                "growth boundary."
            )
        )
    parcel = np.array([g.area() if g is not None else 0.0 for g in geometries])
    inside = (
        np.maximum(parcel - total("outside_urban_boundary"), 0.0)
        if "urban_boundary" in layers
        else None
    )
    return ControlLineOverlaps(total("permanent_farmland"), total("eco_redline"), inside)

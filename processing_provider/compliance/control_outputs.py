"""Writing urflow:controllinecheck's three outputs from the core's result."""

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsFeature, QgsFeatureSink, QgsGeometry
from qgis.PyQt.QtCore import QVariant

from ...core.controllines import COMPLIANCE_LABELS, LINE_LABELS
from ..control_lines import MULTI, POLYGON
from ..layers import attribute, new_sink, write_copy

CONFLICT_FIELDS = [
    ("planned_id", QVariant.String),
    ("line", QVariant.String),
    ("line_label", QVariant.String),
    ("area_m2", QVariant.Double),
    ("area_ha", QVariant.Double),
    ("net_area_ha", QVariant.Double),
    ("length_m", QVariant.Double),
    ("zone", QVariant.String),
]
PLANNED_FIELDS = [
    ("farmland_ha", QVariant.Double),
    ("farmland_net_ha", QVariant.Double),
    ("redline_ha", QVariant.Double),
    ("outside_urban_ha", QVariant.Double),
    ("conflict", QVariant.Int),
    ("compliant", QVariant.Int),
    ("conflict_lines", QVariant.String),
    ("conflict_label", QVariant.String),
]
SUMMARY_FIELDS = [
    ("zone", QVariant.String),
    ("is_total", QVariant.Int),
    ("line", QVariant.String),
    ("line_label", QVariant.String),
    ("features", QVariant.Int),
    ("area_ha", QVariant.Double),
    ("area_mu", QVariant.Double),
    ("net_area_ha", QVariant.Double),
    ("length_m", QVariant.Double),
]


def write_conflicts(alg, parameters, context, run, result, language):
    """Conflict pieces (slivers left out) in the planned layer's CRS, multi-part.

    The lines' own overlaps are polygons: they are drawn only on a polygon planned layer.
    """
    crs = run.planned.sourceCrs()
    sink, dest_id, fields = new_sink(
        alg, parameters, alg.OUTPUT_CONFLICTS, context, CONFLICT_FIELDS, MULTI[run.kind], crs
    )
    back = QgsCoordinateTransform(run.crs, crs, context.transformContext())
    feature_of, line, area, length, _kcxs = run.cut.columns
    for k, piece in enumerate(run.cut.geometries):
        own = feature_of[k] < 0
        if result.sliver[k] or (own and run.kind != POLYGON):
            continue
        geometry = QgsGeometry(piece)
        geometry.transform(back)
        geometry.convertToMultiType()
        out = QgsFeature(fields)
        out.setGeometry(geometry)
        zone = run.piece_zone[k]
        out.setAttributes(
            [
                None if own else attribute(run.ids[feature_of[k]]),
                line[k],
                LINE_LABELS.label(line[k], language),
                float(area[k]),
                float(result.area_ha[k]),
                float(result.net_area_ha[k]),
                float(length[k]),
                run.zone_names[zone] if zone >= 0 else None,
            ]
        )
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def write_planned(alg, parameters, context, feedback, run, result, language):
    """Every planned feature with its figures; NULL where it could not be checked."""
    checked = result.conflict >= 0
    conflict = np.where(checked, result.conflict, np.nan)
    labels = [
        (
            "; ".join(LINE_LABELS.label(code, language) for code in lines)
            or COMPLIANCE_LABELS.label(0, language)
        )
        if ok
        else None
        for ok, lines in zip(checked, result.conflict_lines)
    ]
    columns = {
        "farmland_ha": np.where(checked, result.farmland_ha, np.nan),
        "farmland_net_ha": np.where(checked, result.farmland_net_ha, np.nan),
        "redline_ha": np.where(checked, result.redline_ha, np.nan),
        "outside_urban_ha": np.where(checked, result.outside_urban_ha, np.nan),
        "conflict": conflict,
        "compliant": 1 - conflict,
        "conflict_lines": [
            ",".join(lines) if ok else None for ok, lines in zip(checked, result.conflict_lines)
        ],
        "conflict_label": labels,
    }
    return write_copy(
        alg,
        parameters,
        alg.OUTPUT_PLANNED,
        context,
        feedback,
        run.planned,
        run.fids,
        columns,
        PLANNED_FIELDS,
    )


def write_summary(alg, parameters, context, run, result, language):
    """One row per zone and line with conflicts, then one total row per line."""
    sink, dest_id, fields = new_sink(alg, parameters, alg.OUTPUT_SUMMARY, context, SUMMARY_FIELDS)
    for row in result.summary:
        out = QgsFeature(fields)
        out.setAttributes(
            [
                None if row.zone is None else run.zone_names[row.zone],
                int(row.zone is None),
                row.line,
                LINE_LABELS.label(row.line, language),
                row.features,
                row.area_ha,
                row.area_mu,
                row.net_area_ha,
                row.length_m,
            ]
        )
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest_id

"""The four outputs of urflow:landquotalinkage, written from a ``core.linkage.LinkagePlan``.

Each categorical field is a stable code with its label beside it, in the output language,
from the core's label tables (``core.linkage.labels``).
"""

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.linkage.labels import CONSTRUCTION_STATES, DEMOLITION_STATES
from ...core.linkage.table import BALANCE_FIELDS as BALANCE_NAMES
from ...core.linkage.table import group_label
from ..layers import attribute, new_sink, write_copy
from ..postprocess import style_when_loaded
from .linkage_style import style_construction, style_demolition, style_pairs

DEMOLITION_FIELDS = [
    ("selected", QVariant.Int),
    ("state", QVariant.String),
    ("state_label", QVariant.String),
    ("area_ha", QVariant.Double),
    ("kappa_used", QVariant.Double),
    ("grade_used", QVariant.Double),
    ("reclaimed_ha", QVariant.Double),
    ("quota_ha", QVariant.Double),
    ("quota_used_ha", QVariant.Double),
    ("surplus_ha", QVariant.Double),
    ("cost_used", QVariant.Double),
    ("priority_used", QVariant.Double),
    ("group", QVariant.String),
    ("group_code", QVariant.String),
]
CONSTRUCTION_FIELDS = [
    ("selected", QVariant.Int),
    ("state", QVariant.String),
    ("state_label", QVariant.String),
    ("ctype", QVariant.String),
    ("is_mandatory", QVariant.Int),
    ("area_ha", QVariant.Double),
    ("occupied_cultivated_ha", QVariant.Double),
    ("occupied_grade", QVariant.Double),
    ("value_used", QVariant.Double),
    ("quota_received_ha", QVariant.Double),
    ("excluded", QVariant.Int),
    ("excluded_reason", QVariant.String),
    ("pbf_overlap_m2", QVariant.Double),
    ("redline_overlap_m2", QVariant.Double),
    ("outside_ugb_m2", QVariant.Double),
    ("group", QVariant.String),
    ("excluded_code", QVariant.String),
    ("group_code", QVariant.String),
]
PAIR_FIELDS = [
    ("from_id", QVariant.String),
    ("to_id", QVariant.String),
    ("quota_ha", QVariant.Double),
    ("quota_mu", QVariant.Double),
    ("distance_m", QVariant.Double),
    ("group", QVariant.String),
    ("group_code", QVariant.String),
]
_KINDS = {"value": QVariant.Double, "value_mu": QVariant.Double, "limit": QVariant.Double}
_KINDS.update(required=QVariant.Int, passed=QVariant.Int)
BALANCE_FIELDS = [(name, _KINDS.get(name, QVariant.String)) for name in BALANCE_NAMES]


def write_outputs(algorithm, parameters, context, feedback, plan, read, crs, language):
    """All four outputs, styled when loaded; their destination ids by output key.

    ``read`` is the ``linkage_parcels.ReadParcels`` the plan was made of.
    """
    ids = write_parcels(algorithm, parameters, context, feedback, plan, read, language)
    d, c = read.demolition, read.construction
    results = {
        "OUTPUT_DEMOLITION": ids[0],
        "OUTPUT_CONSTRUCTION": ids[1],
        "OUTPUT_PAIRS": write_pairs(algorithm, parameters, context, plan, d, c, crs, language),
        "OUTPUT_BALANCE": write_balance(algorithm, parameters, context, plan),
    }
    for key, style in (
        ("OUTPUT_DEMOLITION", lambda layer: style_demolition(layer, language)),
        ("OUTPUT_CONSTRUCTION", lambda layer: style_construction(layer, language)),
        ("OUTPUT_PAIRS", style_pairs),
    ):
        style_when_loaded(algorithm, context, results[key], style_function=style)
    return results


def write_parcels(algorithm, parameters, context, feedback, plan, read, language):
    """OUTPUT_DEMOLITION and OUTPUT_CONSTRUCTION: the inputs with the plan's fields.

    Returns the two destination ids.
    """
    d_source, d_table, d = read.demolition_source, read.demolition_table, read.demolition
    c_source, c_table, c = read.construction_source, read.construction_table, read.construction
    pd, pc = plan.demolition, plan.construction
    labels = np.vectorize(lambda code: group_label(code, language), otypes=[object])
    demolition = {
        "selected": pd.selected.astype(int),
        "state": pd.state,
        "state_label": DEMOLITION_STATES.labels(pd.state, language),
        "area_ha": d.area_ha,
        "kappa_used": d.kappa,
        "grade_used": d.grade,
        "reclaimed_ha": pd.reclaimed_ha,
        "quota_ha": pd.quota_ha,
        "quota_used_ha": pd.quota_used_ha,
        "surplus_ha": pd.surplus_ha,
        "cost_used": d.cost,
        "priority_used": d.priority,
        "group": labels(pd.group_code) if pd.group_code.size else pd.group_code,
        "group_code": pd.group_code,
    }
    construction = {
        "selected": pc.selected.astype(int),
        "state": pc.state,
        "state_label": CONSTRUCTION_STATES.labels(pc.state, language),
        "ctype": c.ctype,
        "is_mandatory": np.asarray(c.mandatory, dtype=int),
        "area_ha": c.area_ha,
        "occupied_cultivated_ha": c.occupied_ha,
        "occupied_grade": c.occupied_grade,
        "value_used": c.value,
        "quota_received_ha": pc.quota_received_ha,
        "excluded": pc.excluded.astype(int),
        "excluded_reason": pc.excluded_reason,
        "pbf_overlap_m2": pc.permanent_farmland_m2,
        "redline_overlap_m2": pc.eco_redline_m2,
        "outside_ugb_m2": pc.outside_urban_boundary_m2,
        "group": labels(pc.group_code) if pc.group_code.size else pc.group_code,
        "excluded_code": pc.excluded_code,
        "group_code": pc.group_code,
    }
    return (
        write_copy(
            algorithm,
            parameters,
            "OUTPUT_DEMOLITION",
            context,
            feedback,
            d_source,
            d_table.fids,
            demolition,
            DEMOLITION_FIELDS,
        ),
        write_copy(
            algorithm,
            parameters,
            "OUTPUT_CONSTRUCTION",
            context,
            feedback,
            c_source,
            c_table.fids,
            construction,
            CONSTRUCTION_FIELDS,
        ),
    )


def write_pairs(algorithm, parameters, context, plan, d, c, crs, language):
    """OUTPUT_PAIRS: one line per quota flow, 拆旧 point → 建新 point."""
    sink, dest_id, fields = new_sink(
        algorithm,
        parameters,
        "OUTPUT_PAIRS",
        context,
        PAIR_FIELDS,
        QgsWkbTypes.Type.LineString,
        crs,
    )
    f = plan.flows
    for row_d, row_c, quota, mu, distance, code in zip(
        f.demolition_row, f.construction_row, f.quota_ha, f.quota_mu, f.distance_m, f.group_code
    ):
        feature = QgsFeature(fields)
        start, end = QgsPointXY(*d.xy[row_d]), QgsPointXY(*c.xy[row_c])
        feature.setGeometry(QgsGeometry.fromPolylineXY([start, end]))
        feature.setAttributes(
            [
                str(d.ids[row_d]),
                str(c.ids[row_c]),
                float(quota),
                float(mu),
                float(distance),
                group_label(code, language),
                str(code),
            ]
        )
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def write_balance(algorithm, parameters, context, plan):
    """OUTPUT_BALANCE: the balance sheet rows (``core.linkage.table``)."""
    sink, dest_id, fields = new_sink(
        algorithm, parameters, "OUTPUT_BALANCE", context, BALANCE_FIELDS
    )
    for row in plan.balance_rows:
        feature = QgsFeature(fields)
        feature.setAttributes([attribute(row[name]) for name, _kind in BALANCE_FIELDS])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id

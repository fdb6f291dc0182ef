"""The outputs of urflow:facilitysiting, written from a :class:`core.siting.SitingResult`.

``OUTPUT_SITES`` and ``OUTPUT_DEMAND`` are the input layers with result columns added;
``OUTPUT_LINES`` joins each demand point to its site (working CRS); ``OUTPUT_CURVE`` is a table
with one row per number of new sites.
"""

import math

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.siting import SITE_ROLE_LABELS
from ..layers import attribute, new_sink, write_copy
from ..postprocess import style_when_loaded
from .siting_style import style_lines, style_sites

SITE_FIELDS = [
    ("selected", QVariant.Int),
    ("existing", QVariant.Int),
    ("new", QVariant.Int),
    ("assigned_pop", QVariant.Double),
    ("load", QVariant.Double),
    ("site_role", QVariant.String),
    ("site_role_label", QVariant.String),
]
DEMAND_FIELDS = [
    ("site_id", QVariant.String),
    ("site_cost", QVariant.Double),
    ("covered", QVariant.Int),
    ("weight", QVariant.Double),
    # the run's settings and outcome on every feature (as facility gaps writes standard_id),
    # so that the report can say how the sites were chosen
    ("run_model", QVariant.String),
    ("run_threshold", QVariant.Double),
    ("run_cost_unit", QVariant.String),
    ("run_standard", QVariant.String),
    ("run_population", QVariant.String),
    ("run_status", QVariant.String),
    ("run_gap", QVariant.Double),
]
LINE_FIELDS = [
    ("demand_id", QVariant.String),
    ("site_id", QVariant.String),
    ("cost", QVariant.Double),
    ("population", QVariant.Double),
    ("covered", QVariant.Int),
]
CURVE_FIELDS = [
    ("k", QVariant.Int),
    ("status", QVariant.String),
    ("objective", QVariant.Double),
    ("covered_pop", QVariant.Double),
    ("coverage_rate", QVariant.Double),
    ("mean_cost", QVariant.Double),
    ("max_cost", QVariant.Double),
    ("gini", QVariant.Double),
    ("new_ids", QVariant.String),
]


def number(value):
    """A figure for the result dict: NaN → None."""
    value = float(value)
    return None if math.isnan(value) else value


def result_dict(result, candidate_ids, demand_ids):
    """The headline figures (keys and values independent of the UI language)."""
    return {
        "STATUS": result.status,
        "OBJECTIVE": number(result.objective),
        "GAP": number(result.gap),
        "NEW_IDS": [str(candidate_ids[j]) for j in result.new_indices],
        "COVERED_POP": number(result.covered_pop),
        "COVERAGE_RATE": number(result.coverage_rate),
        "MEAN_COST": number(result.mean_cost),
        "MAX_COST": number(result.max_cost),
        "UNCOVERABLE": int(np.count_nonzero(result.uncoverable)),
        "UNREACHABLE": int(np.count_nonzero(result.unreachable)),
        "SHORTFALL": number(result.shortfall),
        "VIOLATIONS": list(result.violations),
    }


def write_lines(algorithm, parameters, context, inputs, result, crs):
    sink, dest_id, fields = new_sink(
        algorithm,
        parameters,
        "OUTPUT_LINES",
        context,
        LINE_FIELDS,
        QgsWkbTypes.Type.LineString,
        crs,
        optional=True,
    )
    if sink is None:
        return None
    demand, candidates = inputs.demand, inputs.candidates
    for i in np.flatnonzero(result.site >= 0):
        j = result.site[i]
        a, b = demand.xy[i], candidates.xy[j]
        if not (np.isfinite(a).all() and np.isfinite(b).all()):
            continue
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*a), QgsPointXY(*b)]))
        feature.setAttributes(
            [
                str(demand.ids[i]),
                str(candidates.ids[j]),
                attribute(result.site_cost[i]),
                attribute(demand.values[i]),
                int(result.covered[i]),
            ]
        )
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def write_curve(algorithm, parameters, context, result, candidate_ids):
    sink, dest_id, fields = new_sink(
        algorithm, parameters, "OUTPUT_CURVE", context, CURVE_FIELDS, optional=True
    )
    if sink is None:
        return None
    for point in result.curve:
        feature = QgsFeature(fields)
        figures = (point.objective, point.covered_pop, point.coverage_rate)
        figures += (point.mean_cost, point.max_cost, point.gini)
        feature.setAttributes(
            [point.k, point.status]
            + [attribute(v) for v in figures]
            + [",".join(str(candidate_ids[j]) for j in point.new)]
        )
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def run_columns(run, result, n):
    """The run's settings and outcome repeated for ``n`` demand features; ``run`` holds the
    model code, threshold (inf = none), cost unit, standard id and population field."""
    threshold = None if math.isinf(run["threshold"]) else run["threshold"]
    values = {
        "run_model": run["model"],
        "run_threshold": threshold,
        "run_cost_unit": run["cost_unit"],
        "run_standard": run["standard"] or None,
        "run_population": run["population"],
        "run_status": result.status,
        "run_gap": number(result.gap),
    }
    return {name: [value] * n for name, value in values.items()}


def write_outputs(algorithm, parameters, context, feedback, inputs, result, crs, language, run):
    """Write every output asked for, styled when loaded; {output key: destination id}.

    ``run``: the settings :func:`run_columns` writes on OUTPUT_DEMAND."""
    demand, candidates = inputs.demand, inputs.candidates
    site_columns = {
        "selected": result.selected.astype(int),
        "existing": result.existing.astype(int),
        "new": result.new.astype(int),
        "assigned_pop": result.assigned_pop,
        "load": result.load,
        "site_role": result.site_role,
        "site_role_label": SITE_ROLE_LABELS.labels(result.site_role, language),
    }
    demand_columns = {
        "site_id": [str(candidates.ids[j]) if j >= 0 else None for j in result.site],
        "site_cost": result.site_cost,
        "covered": result.covered.astype(int),
        "weight": demand.values,
        **run_columns(run, result, len(result.site)),
    }
    outputs = {
        "OUTPUT_SITES": write_copy(
            algorithm,
            parameters,
            "OUTPUT_SITES",
            context,
            feedback,
            inputs.sources.candidates,
            candidates.fids,
            site_columns,
            SITE_FIELDS,
        ),
        "OUTPUT_DEMAND": write_copy(
            algorithm,
            parameters,
            "OUTPUT_DEMAND",
            context,
            feedback,
            inputs.sources.demand,
            demand.fids,
            demand_columns,
            DEMAND_FIELDS,
        ),
        "OUTPUT_LINES": write_lines(algorithm, parameters, context, inputs, result, crs),
        "OUTPUT_CURVE": write_curve(algorithm, parameters, context, result, candidates.ids),
    }
    styles = {
        "OUTPUT_SITES": lambda layer: style_sites(layer, language),
        "OUTPUT_LINES": style_lines,
    }
    for key, style in styles.items():
        style_when_loaded(algorithm, context, outputs[key], style_function=style)
    return {key: dest_id for key, dest_id in outputs.items() if dest_id is not None}

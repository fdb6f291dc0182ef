"""The outputs of urflow:settlementconsolidation, written from a
:class:`core.consolidation.ConsolidationResult`.

``OUTPUT_SETTLEMENTS`` is the input layer with the role columns added; ``OUTPUT_CENTRAL`` the
central villages as points; ``OUTPUT_MOVES`` a line per move; ``OUTPUT_DEMOLITION`` the land the
movers release, with the fields urflow:landquotalinkage reads (DEMOLITION_ID_FIELD
``settlement_id``, DEMOLITION_AREA_FIELD ``released_m2``, KAPPA_FIELD ``kappa``,
PRIORITY_FIELD ``priority``). Point settlements release a square of their area around the
point (a schematic footprint; the area field carries the figure).
"""

import math

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.consolidation import ROLE_LABELS
from ..layers import attribute, new_sink, write_copy
from ..postprocess import style_when_loaded
from .consolidation_style import style_central, style_demolition, style_moves, style_settlements

SETTLEMENT_FIELDS = [
    ("role", QVariant.Int),
    ("role_label", QVariant.String),
    ("central_id", QVariant.String),
    ("move_cost", QVariant.Double),
    ("moved_pop", QVariant.Double),
    ("released_m2", QVariant.Double),
    ("potential_cultivated_m2", QVariant.Double),
    ("unplaced", QVariant.Int),
    ("final_pop", QVariant.Double),
]
CENTRAL_FIELDS = [
    ("settlement_id", QVariant.String),
    ("fixed", QVariant.Int),
    ("own_pop", QVariant.Double),
    ("received_pop", QVariant.Double),
    ("final_pop", QVariant.Double),
    ("movers", QVariant.Int),
    ("new_land_m2", QVariant.Double),
]
MOVE_FIELDS = [
    ("settlement_id", QVariant.String),
    ("central_id", QVariant.String),
    ("population", QVariant.Double),
    ("cost", QVariant.Double),
]
DEMOLITION_FIELDS = [
    ("settlement_id", QVariant.String),
    ("central_id", QVariant.String),
    ("released_m2", QVariant.Double),
    ("kappa", QVariant.Double),
    ("potential_cultivated_m2", QVariant.Double),
    ("moved_pop", QVariant.Double),
    ("priority", QVariant.Double),
]


def number(value):
    value = float(value)
    return None if math.isnan(value) else value


def result_dict(result, ids):
    """The headline figures (keys and values independent of the UI language)."""
    return {
        "STATUS": result.status,
        "OBJECTIVE": number(result.objective),
        "GAP": number(result.gap),
        "CENTRAL_IDS": [str(ids[j]) for j in result.central_indices],
        "MOVED_POP": result.total_moved_pop,
        "MOVED_COUNT": result.moved_count,
        "RELEASED_HA": result.total_released_m2 / 1e4,
        "NEW_LAND_HA": result.total_new_land_m2 / 1e4,
        "NET_RELEASED_HA": result.total_net_released_m2 / 1e4,
        "POTENTIAL_CULTIVATED_HA": result.total_potential_cultivated_m2 / 1e4,
        "UNPLACED_IDS": [str(ids[i]) for i in np.flatnonzero(result.unplaced)],
        "VIOLATIONS": list(result.violations),
    }


def _sink(algorithm, parameters, context, key, spec, wkb, crs):
    return new_sink(algorithm, parameters, key, context, spec, wkb, crs, optional=True)


def _add(sink, fields, geometry, values):
    feature = QgsFeature(fields)
    if geometry is not None:
        feature.setGeometry(geometry)
    feature.setAttributes([attribute(v) for v in values])
    sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


def write_central(algorithm, parameters, context, s, result, crs):
    sink, dest, fields = _sink(
        algorithm,
        parameters,
        context,
        "OUTPUT_CENTRAL",
        CENTRAL_FIELDS,
        QgsWkbTypes.Type.Point,
        crs,
    )
    if sink is None:
        return None
    placed = result.central_index[(result.role == 2) & (result.central_index >= 0)]
    counts = np.bincount(placed, minlength=len(s.ids))
    for j in result.central_indices:
        point = QgsGeometry.fromPointXY(QgsPointXY(*s.xy[j]))
        values = [str(s.ids[j]), int(s.fixed[j]), s.population[j], result.received_pop[j]]
        values += [result.final_pop[j], int(counts[j]), result.new_land_m2[j]]
        _add(sink, fields, point, values)
    return dest


def write_moves(algorithm, parameters, context, s, result, crs):
    sink, dest, fields = _sink(
        algorithm,
        parameters,
        context,
        "OUTPUT_MOVES",
        MOVE_FIELDS,
        QgsWkbTypes.Type.LineString,
        crs,
    )
    if sink is None:
        return None
    for i in np.flatnonzero((result.role == 2) & (result.central_index >= 0)):
        j = result.central_index[i]
        line = QgsGeometry.fromPolylineXY([QgsPointXY(*s.xy[i]), QgsPointXY(*s.xy[j])])
        values = [str(s.ids[i]), str(s.ids[j]), s.population[i], result.move_cost[i]]
        _add(sink, fields, line, values)
    return dest


def footprint(s, i, area):
    """The polygon of settlement ``i``, or a square of ``area`` around its point."""
    geometry = s.geometries[i]
    if s.polygons and geometry is not None:
        return geometry
    half = math.sqrt(max(area, 1.0)) / 2
    x, y = s.xy[i]
    ring = [(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)]
    return QgsGeometry.fromPolygonXY([[QgsPointXY(a, b) for a, b in ring + ring[:1]]])


def write_demolition(algorithm, parameters, context, s, result, crs):
    sink, dest, fields = _sink(
        algorithm,
        parameters,
        context,
        "OUTPUT_DEMOLITION",
        DEMOLITION_FIELDS,
        QgsWkbTypes.Type.MultiPolygon,
        crs,
    )
    if sink is None:
        return None
    for i in np.flatnonzero((result.role == 2) & (result.central_index >= 0)):
        geometry = QgsGeometry(footprint(s, i, result.released_m2[i]))
        geometry.convertToMultiType()
        priority = s.priority[i] if s.priority is not None else math.nan
        values = [str(s.ids[i]), str(s.ids[result.central_index[i]]), result.released_m2[i]]
        values += [result.kappa[i], result.potential_cultivated_m2[i], result.moved_pop[i]]
        _add(sink, fields, geometry, values + [priority])
    return dest


def write_outputs(algorithm, parameters, context, feedback, source, s, result, crs, language):
    """Write every output asked for, styled when loaded; {output key: destination id}."""
    index = result.central_index
    columns = {
        "role": result.role,
        "role_label": ROLE_LABELS.labels(result.role, language),
        "central_id": [str(s.ids[j]) if j >= 0 else None for j in index],
        "move_cost": result.move_cost,
        "moved_pop": result.moved_pop,
        "released_m2": result.released_m2,
        "potential_cultivated_m2": result.potential_cultivated_m2,
        "unplaced": result.unplaced.astype(int),
        "final_pop": result.final_pop,
    }
    outputs = {
        "OUTPUT_SETTLEMENTS": write_copy(
            algorithm,
            parameters,
            "OUTPUT_SETTLEMENTS",
            context,
            feedback,
            source,
            s.fids,
            columns,
            SETTLEMENT_FIELDS,
        ),
        "OUTPUT_CENTRAL": write_central(algorithm, parameters, context, s, result, crs),
        "OUTPUT_MOVES": write_moves(algorithm, parameters, context, s, result, crs),
        "OUTPUT_DEMOLITION": write_demolition(algorithm, parameters, context, s, result, crs),
    }
    styles = {
        "OUTPUT_SETTLEMENTS": lambda layer: style_settlements(layer, language),
        "OUTPUT_CENTRAL": style_central,
        "OUTPUT_MOVES": style_moves,
        "OUTPUT_DEMOLITION": style_demolition,
    }
    for key, style in styles.items():
        style_when_loaded(algorithm, context, outputs[key], style_function=style)
    return {key: dest for key, dest in outputs.items() if dest is not None}

"""Writing urflow:urbanruralflows' lines, node balances and matrix (values never rounded)."""

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ...core.flows import FLOW_CLASS_LABELS
from ..layers import attribute, new_sink

LINE_FIELDS = [
    ("from_id", QVariant.String),
    ("to_id", QVariant.String),
    ("from_name", QVariant.String),
    ("to_name", QVariant.String),
    ("kind", QVariant.String),
    ("value_ab", QVariant.Double),
    ("value_ba", QVariant.Double),
    ("gross", QVariant.Double),
    ("net", QVariant.Double),
    ("asymmetry", QVariant.Double),
    ("flow_class", QVariant.String),
    ("flow_class_label", QVariant.String),
    ("distance_km", QVariant.Double),
    ("estimated", QVariant.Int),
    ("network_cost", QVariant.Double),
]
NODE_FIELDS = [
    ("node_id", QVariant.String),
    ("name", QVariant.String),
    ("node_type", QVariant.String),
    ("kind", QVariant.String),
    ("inflow", QVariant.Double),
    ("outflow", QVariant.Double),
    ("gross", QVariant.Double),
    ("net", QVariant.Double),
    ("in_degree", QVariant.Int),
    ("out_degree", QVariant.Int),
    ("main_partner", QVariant.String),
    ("main_share", QVariant.Double),
    ("urban_tie", QVariant.Double),
]
MATRIX_FIELDS = [
    ("kind", QVariant.String),
    ("urban_to_urban", QVariant.Double),
    ("urban_to_rural", QVariant.Double),
    ("rural_to_urban", QVariant.Double),
    ("rural_to_rural", QVariant.Double),
    ("total", QVariant.Double),
    ("net_rural_outflow", QVariant.Double),
    ("self_flows", QVariant.Int),
]


#: How far the middle of a flow line bends to its left, as a share of its length: flows drawn
#: as arcs stay apart where two nodes exchange flows with many others.
BEND = 0.12


def arc(start, end):
    """A three-point line from ``start`` to ``end`` bending to the left (drawn as an arc)."""
    start, end = np.asarray(start, dtype=float), np.asarray(end, dtype=float)
    along = end - start
    middle = (start + end) / 2.0 + BEND * np.array([-along[1], along[0]])
    return QgsGeometry.fromPolylineXY([QgsPointXY(*point) for point in (start, middle, end)])


def write_lines(alg, parameters, context, nodes, result, min_value, language):
    sink, dest_id, fields = new_sink(
        alg,
        parameters,
        alg.OUTPUT_LINES,
        context,
        LINE_FIELDS,
        QgsWkbTypes.Type.LineString,
        nodes["crs"],
    )
    p = result.pairs
    xy, ids, names = nodes["xy"], nodes["ids"], nodes["names"]
    classes = p.flow_class(nodes["urban"])
    gross, net, asymmetry = p.gross, p.net, p.asymmetry
    road = nodes.get("network_cost")  # from → to over roads, in COST_UNIT (None: straight lines)
    road_cost = road(p.from_node, p.to_node) if road is not None else np.full(p.kind.size, np.nan)
    for k in np.flatnonzero(gross >= min_value):
        a, b = p.from_node[k], p.to_node[k]
        out = QgsFeature(fields)
        if np.isfinite(xy[[a, b]]).all():
            out.setGeometry(arc(xy[a], xy[b]))
        out.setAttributes(
            [
                attribute(ids[a]),
                attribute(ids[b]),
                names[a],
                names[b],
                p.kind[k],
                float(p.value_ab[k]),
                float(p.value_ba[k]),
                float(gross[k]),
                float(net[k]),
                attribute(asymmetry[k]),
                classes[k],
                FLOW_CLASS_LABELS.label(classes[k], language),
                attribute(float(np.hypot(*(xy[a] - xy[b])) / 1000.0)),
                int(p.estimated[k]),
                attribute(road_cost[k]),
            ]
        )
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def write_nodes(alg, parameters, context, nodes, result):
    sink, dest_id, fields = new_sink(
        alg,
        parameters,
        alg.OUTPUT_NODES,
        context,
        NODE_FIELDS,
        QgsWkbTypes.Type.Point,
        nodes["crs"],
    )
    xy, ids, names, urban = nodes["xy"], nodes["ids"], nodes["names"], nodes["urban"]
    for kind in result.kinds:
        b = result.nodes[kind]
        for i in range(len(ids)):
            out = QgsFeature(fields)
            if np.isfinite(xy[i]).all():
                out.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy[i])))
            partner = b.main_partner[i]
            out.setAttributes(
                [
                    attribute(ids[i]),
                    names[i],
                    "urban" if urban[i] else "rural",
                    kind,
                    float(b.inflow[i]),
                    float(b.outflow[i]),
                    float(b.gross[i]),
                    float(b.net[i]),
                    int(b.in_degree[i]),
                    int(b.out_degree[i]),
                    attribute(ids[partner]) if partner >= 0 else None,
                    attribute(b.main_share[i]),
                    attribute(b.urban_tie[i]),
                ]
            )
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def write_matrix(alg, parameters, context, result):
    sink, dest_id, fields = new_sink(alg, parameters, alg.OUTPUT_MATRIX, context, MATRIX_FIELDS)
    for kind in result.kinds:
        m = result.matrix[kind]
        out = QgsFeature(fields)
        out.setAttributes(
            [
                kind,
                m["urban_to_urban"],
                m["urban_to_rural"],
                m["rural_to_urban"],
                m["rural_to_rural"],
                result.total(kind),
                result.net_rural_outflow(kind),
                result.self_flows[kind][0],
            ]
        )
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest_id

"""Reading urflow:settlementconsolidation's layers once: the settlements, their costs to each
other (the network core of urflow:facilitygaps, or a COST_TABLE) and the mask layers."""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import access, checks
from ...core.errors import URFlowError
from ...core.siting import SiteCosts
from ..control_lines import POINT, PolygonLayer
from ..layers import core_error, points_xy, read_features, require_fields
from ..roads import read_roads
from ..services.siting_inputs import existing_flags, table_costs
from .class_derived import share_inside
from .consolidation_parameters import MASKS


@dataclass(frozen=True)
class Settlements:
    """The settlements as read (working CRS): feature ids, ids, columns, points, polygons."""

    fids: np.ndarray
    ids: np.ndarray
    population: np.ndarray
    area: np.ndarray
    classes: Optional[np.ndarray]
    fixed: np.ndarray
    kappa: Optional[np.ndarray]
    priority: Optional[np.ndarray]
    villages: Optional[list]
    xy: np.ndarray
    geometries: list
    polygons: bool


def read_settlements(source, fields, crs, context, feedback):
    """SETTLEMENTS with the fields named in ``fields`` (role → field name or '')."""
    numeric = [fields[k] for k in ("pop", "area", "class", "kappa", "priority")]
    text = [fields["id"], fields["fixed"], fields["village"]]
    require_fields(source, "SETTLEMENTS", [*text, *numeric], numeric)
    table = read_features(source, crs, context, feedback, numeric=numeric, text=text)
    if len(table) == 0:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "ConsolidateSettlementsAlgorithm", "SETTLEMENTS has no features."
            )
        )
    polygons = source.wkbType() != QgsWkbTypes.Type.Unknown and (
        QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    )
    try:
        ids = checks.unique_ids(
            [i.strip() if i else i for i in table.text[fields["id"]]],
            f"SETTLEMENTS, field '{fields['id']}'",
            table.fids,
        )
        population = checks.float_vector(
            table.numeric[fields["pop"]], fields["pop"], allow_nan=False, ids=ids
        )
    except URFlowError as error:
        raise core_error(error) from error
    if fields["area"]:
        area = table.numeric[fields["area"]]
    elif polygons:
        area = np.array([g.area() if g is not None else np.nan for g in table.geometries])
    else:
        area = np.zeros(len(ids))
        feedback.pushWarning(
            QCoreApplication.translate(
                "ConsolidateSettlementsAlgorithm",
                "Point settlements without AREA_FIELD: their released land counts as 0 m².",
            )
        )
    twice = given_twice(ids, table.geometries, polygons)
    if twice:
        feedback.pushWarning(
            QCoreApplication.translate(
                "ConsolidateSettlementsAlgorithm",
                "SETTLEMENTS: {n} pairs of settlements overlap or lie at the same place (a "
                "settlement given twice? its residents and land would count twice): {pairs}",
            ).format(n=len(twice), pairs=", ".join(f"{a}/{b}" for a, b in twice[:20]))
        )
    column = lambda key: table.numeric[fields[key]] if fields[key] else None  # noqa: E731
    fixed = existing_flags(
        table.text[fields["fixed"]] if fields["fixed"] else None, ids, "FIXED_FIELD"
    )
    return Settlements(
        table.fids,
        ids,
        population,
        area,
        column("class"),
        fixed,
        column("kappa"),
        column("priority"),
        table.text[fields["village"]] if fields["village"] else None,
        points_xy(table.geometries),
        table.geometries,
        polygons,
    )


def given_twice(ids, geometries, polygons):
    """``[(id, id)]``: settlements at the same point (to the centimetre) or, for polygons,
    overlapping by more than 0.01 m²."""
    pairs, index, seen = [], QgsSpatialIndex(), {}
    for i, geometry in enumerate(geometries):
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        if not polygons:
            point = geometry.centroid().asPoint()
            key = (round(point.x(), 2), round(point.y(), 2))
            if key in seen:
                pairs.append((ids[seen[key]], ids[i]))
            seen.setdefault(key, i)
            continue
        for j in index.intersects(geometry.boundingBox()):
            common = geometry.intersection(geometries[j])
            if common is not None and not common.isEmpty() and common.area() > 0.01:
                pairs.append((ids[j], ids[i]))
        index.addFeature(i, geometry.boundingBox())
    return pairs


def masked(sources, settlements, crs, context, feedback):
    """``(masked, counts)``: settlements whose point lies in ECO_REDLINE, PERMANENT_FARMLAND or
    HAZARD, and how many per mask."""
    out = np.zeros(len(settlements.ids), dtype=bool)
    points = [
        QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))) if np.isfinite(x) else None
        for x, y in settlements.xy
    ]
    counts = {}
    for key in MASKS:
        source = sources.get(key)
        if source is None:
            continue
        layer = PolygonLayer(read_features(source, crs, context, feedback).geometries)
        inside = np.nan_to_num(share_inside(points, POINT, layer, feedback.isCanceled)) > 0
        counts[key] = int(inside.sum())
        out |= inside
    return out, counts


def network_costs(settlements, network, fields, travel, cutoff, crs, context, feedback):
    """``(costs, unreachable)`` between settlements within ``cutoff`` by
    :func:`core.access.od_costs`; ``unreachable``: settlements off the network."""
    roads = None
    if network is not None:
        roads, _empty = read_roads(network, crs, context, feedback, *fields)
        if len(roads.line_road) == 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "ConsolidateSettlementsAlgorithm", "NETWORK has no usable lines."
                )
            )
    try:
        result = access.od_costs(
            settlements.xy,
            settlements.xy,
            travel,
            roads,
            cutoff=cutoff,
            nearest=False,
            is_canceled=feedback.isCanceled,
        )
    except URFlowError as error:
        raise core_error(error) from error
    m = result.matrix
    costs = SiteCosts(m.rows, m.cols, np.asarray(m.values, dtype=float), m.shape)
    return costs, np.asarray(m.demand_unreachable, dtype=bool)


def cost_table(table, fields, settlements, context, feedback):
    """``(costs, notes)`` from COST_TABLE (from id, to id, cost)."""
    costs, notes = table_costs(table, fields, settlements, settlements, context, feedback)
    if notes.n_unknown_rows:
        unknown = notes.unknown_demand + notes.unknown_candidates
        feedback.pushWarning(
            QCoreApplication.translate(
                "ConsolidateSettlementsAlgorithm",
                "{n} cost table rows name unknown settlements and were left out: {ids}",
            ).format(n=notes.n_unknown_rows, ids=", ".join(dict.fromkeys(unknown[:20])))
        )
    return costs


def village_classes(source, id_field, settlements, context, feedback):
    """``(classes, hollow_score or None)`` of each settlement from its administrative village in
    VILLAGE_CLASSES (the output of urflow:villageclassification); a settlement whose village is
    not there gets NULL (it may stay or become central), named in a warning."""
    score = "hollow_score" if "hollow_score" in source.fields().names() else ""
    require_fields(source, "VILLAGE_CLASSES", [id_field, "class_code"], ["class_code"])
    table = read_features(
        source,
        source.sourceCrs(),
        context,
        feedback,
        numeric=["class_code", score],
        text=[id_field],
        geometry=False,
    )
    row_of = {str(v).strip(): i for i, v in enumerate(table.text[id_field]) if v is not None}
    rows = np.array(
        [row_of.get((v or "").strip(), -1) for v in settlements.villages], dtype=np.int64
    )
    missing = [str(settlements.ids[k]) for k in np.flatnonzero(rows < 0)]
    if missing:
        feedback.pushWarning(
            QCoreApplication.translate(
                "ConsolidateSettlementsAlgorithm",
                "{n} settlements name no village of VILLAGE_CLASSES; their class is NULL: {ids}",
            ).format(n=len(missing), ids=", ".join(missing[:20]))
        )

    def pick(values):
        return np.where(rows >= 0, values[np.maximum(rows, 0)], np.nan) if len(values) else None

    classes = pick(table.numeric["class_code"])
    if classes is None:
        classes = np.full(len(rows), np.nan)
    return classes, pick(table.numeric[score]) if score else None

"""Reading urflow:facilitysiting's layers once: demand, candidates and the costs between them.

Costs come from the one network-cost core (:func:`core.access.od_costs`: roads, or straight
lines × detour without a network), or from a COST_TABLE of (demand id, candidate id, cost).
"""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...core import access, checks
from ...core.errors import URFlowError
from ...core.siting import SiteCosts
from ..layers import core_error, points_xy, read_features, require_fields
from ..roads import read_roads

TRUE_WORDS = {"1", "true", "t", "yes", "y", "是", "现状", "已有", "existing"}
FALSE_WORDS = {"0", "false", "f", "no", "n", "否", "新增", "候选", "new", "candidate"}


@dataclass(frozen=True)
class Points:
    """A point (or polygon) layer read once: feature ids, ids, one numeric column, points."""

    fids: np.ndarray
    ids: np.ndarray
    values: Optional[np.ndarray]
    xy: np.ndarray
    flags: Optional[list]


@dataclass(frozen=True)
class CostNotes:
    """What reading a COST_TABLE left out: unknown ids (named), NULL costs, repeated pairs."""

    unknown_demand: list
    unknown_candidates: list
    n_unknown_rows: int
    n_null: int
    n_repeated: int


def read_points(source, label, id_field, value_field, flag_field, crs, context, feedback):
    """Layer ``label`` with its unique ids, an optional numeric and an optional flag field."""
    require_fields(source, label, [id_field, value_field, flag_field], [value_field])
    table = read_features(
        source,
        crs,
        context,
        feedback,
        numeric=[value_field] if value_field else [],
        text=[id_field] + ([flag_field] if flag_field else []),
    )
    if len(table) == 0:
        raise QgsProcessingException(
            QCoreApplication.translate("SiteFacilitiesAlgorithm", "{} has no features.").format(
                label
            )
        )
    try:
        ids = checks.unique_ids(
            [i.strip() if i else i for i in table.text[id_field]], label, table.fids
        )
        values = None
        if value_field:
            values = checks.float_vector(
                table.numeric[value_field], value_field, allow_nan=False, ids=ids
            )
            checks.nonnegative(values, value_field, ids)
    except URFlowError as error:
        raise core_error(error) from error
    flags = table.text[flag_field] if flag_field else None
    return Points(table.fids, ids, values, points_xy(table.geometries), flags)


def existing_flags(flags, ids, field):
    """EXISTING_FIELD as booleans: true/1/是/yes = existing; false/0/否/no/NULL = candidate."""
    if flags is None:
        return np.zeros(len(ids), dtype=bool)
    out, bad = [], []
    for value, name in zip(flags, ids):
        word = (value or "").strip().lower()
        try:
            out.append(float(word) != 0.0 if word else False)
            continue
        except ValueError:
            pass
        if word in TRUE_WORDS or word in FALSE_WORDS:
            out.append(word in TRUE_WORDS)
        else:
            out.append(False)
            bad.append(name)
    if bad:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "SiteFacilitiesAlgorithm",
                "{field} must say yes/no (1/0, true/false, 是/否); unreadable for: {ids}",
            ).format(field=field, ids=", ".join(str(b) for b in bad[:10]))
        )
    return np.asarray(out, dtype=bool)


def network_costs(demand, candidates, network, fields, travel, crs, context, feedback):
    """Costs of every reachable pair through :func:`core.access.od_costs` (no cutoff)."""
    roads = None
    if network is not None:
        roads, _empty = read_roads(network, crs, context, feedback, *fields)
        if len(roads.line_road) == 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "SiteFacilitiesAlgorithm", "NETWORK has no usable lines."
                )
            )
    result = access.od_costs(
        demand.xy, candidates.xy, travel, roads, nearest=False, is_canceled=feedback.isCanceled
    )
    m = result.matrix
    return SiteCosts(m.rows, m.cols, np.asarray(m.values, dtype=float), m.shape)


def table_costs(table, fields, demand, candidates, context, feedback):
    """``(costs, notes)`` from a COST_TABLE: rows naming unknown ids or with a NULL cost are
    left out (counted and named); a pair listed twice keeps its smaller cost."""
    demand_field, candidate_field, cost_field = fields
    require_fields(table, "COST_TABLE", list(fields), [cost_field])
    rows = read_features(
        table,
        table.sourceCrs(),
        context,
        feedback,
        numeric=[cost_field],
        text=[demand_field, candidate_field],
        geometry=False,
    )
    d_index = {str(v): i for i, v in enumerate(demand.ids)}
    c_index = {str(v): j for j, v in enumerate(candidates.ids)}
    unknown_d, unknown_c, n_unknown, n_null = [], [], 0, 0
    pairs = {}
    for d, c, value in zip(
        rows.text[demand_field], rows.text[candidate_field], rows.numeric[cost_field]
    ):
        d, c = (d or "").strip(), (c or "").strip()
        i, j = d_index.get(d), c_index.get(c)
        if i is None or j is None:
            n_unknown += 1
            if i is None and d not in unknown_d:
                unknown_d.append(d)
            if j is None and c not in unknown_c:
                unknown_c.append(c)
            continue
        if not np.isfinite(value):
            n_null += 1
            continue
        if value < 0:
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "SiteFacilitiesAlgorithm", "COST_FIELD must be >= 0; {d} → {c} costs {v}."
                ).format(d=d, c=c, v=value)
            )
        pairs[(i, j)] = min(value, pairs.get((i, j), np.inf))
    n_repeated = len(rows) - n_unknown - n_null - len(pairs)
    keys = np.array(list(pairs), dtype=np.int64).reshape(-1, 2)
    costs = SiteCosts(
        keys[:, 0],
        keys[:, 1],
        np.array(list(pairs.values()), dtype=float),
        (len(demand.ids), len(candidates.ids)),
    )
    return costs, CostNotes(unknown_d, unknown_c, n_unknown, n_null, n_repeated)

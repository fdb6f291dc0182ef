"""Reading the 拆旧 and 建新 layers of urflow:landquotalinkage into the core's parcels.

Every message names the layer, the field and the parcels (DESIGN.md §5); the rules on the
values themselves (types, flags, which overlap excludes what) are the core's
(``core.linkage.exclusions``).
"""

from dataclasses import dataclass, replace

import numpy as np
from qgis.core import QgsProcessingException

from ...core.errors import InputError
from ...core.linkage import ConstructionParcels, DemolitionParcels
from ...core.linkage.exclusions import construction_types, flags, group_values
from ...core.messages import listing, tr
from ..guard import harmonise_codes
from ..layers import points_xy, read_features
from ..overlay import zone_of_points
from .linkage_overlays import control_line_overlaps, occupied_cultivated, refuse_double_counting


@dataclass(frozen=True)
class LinkageFields:
    """The field parameters of the algorithm ('' where not given)."""

    demolition_id: str
    demolition_area: str
    kappa: str
    demolition_grade: str
    cost: str
    priority: str
    priority_layer: str
    protected: str
    construction_id: str
    value: str
    mandatory: str
    construction_type: str
    cultivated_grade: str
    group: str


@dataclass(frozen=True)
class ParcelDefaults:
    """The parameters used where a field is missing or NULL."""

    kappa: float
    grade: float
    unit_cost: float
    unit_value: float
    grade_top: int
    scale: str


@dataclass(frozen=True)
class ReadParcels:
    """Both candidate layers read and measured: sources, tables (fids, geometries) and the
    core's parcels."""

    demolition_source: object
    demolition_table: object
    demolition: DemolitionParcels
    construction_source: object
    construction_table: object
    construction: ConstructionParcels


def read_parcels(sources, fields, defaults, crs, context, feedback):
    """Read both candidate layers and measure the overlays; None if canceled.

    ``sources`` maps the algorithm's layer parameters to sources (or None).
    """
    read_d = read_demolition(
        sources["DEMOLITION"], fields, defaults, crs, context, feedback, sources["PRIORITY_LAYER"]
    )
    if read_d is None:
        return None
    read_c = read_construction(sources["CONSTRUCTION"], fields, defaults, crs, context, feedback)
    if read_c is None:
        return None
    (d_table, d), (c_table, c) = read_d, read_c
    if fields.group:  # project-area codes typed by hand: 'PA01' and ' pa01' are one area
        d_group, c_group = harmonise_codes(
            [list(d.group), list(c.group)], f"GROUP_FIELD '{fields.group}'", feedback
        )
        d = replace(d, group=np.array(d_group, dtype=object))
        c = replace(c, group=np.array(c_group, dtype=object))
    refuse_double_counting(d_table.geometries, d.ids, c_table.geometries, c.ids, feedback)
    geometries = c_table.geometries
    occupied, grade = occupied_cultivated(
        geometries,
        c.ids,
        c.area_ha,
        sources["CULTIVATED"],
        fields.cultivated_grade,
        defaults.grade_top,
        crs,
        context,
        feedback,
    )
    lines = {
        "permanent_farmland": sources["PERMANENT_FARMLAND"],
        "eco_redline": sources["ECO_REDLINE"],
        "urban_boundary": sources["URBAN_BOUNDARY"],
    }
    urban = bool((c.ctype == "urban").any())
    overlaps = control_line_overlaps(geometries, urban, lines, crs, context, feedback)
    if feedback.isCanceled():
        return None
    c = replace(c, occupied_ha=occupied, occupied_grade=grade, overlaps=overlaps)
    return ReadParcels(sources["DEMOLITION"], d_table, d, sources["CONSTRUCTION"], c_table, c)


def polygon_areas(geometries):
    """Planar area (m², working CRS) of each geometry; NaN where missing."""
    return np.array([g.area() if g is not None else np.nan for g in geometries], dtype=float)


def unique_ids(table, field, layer):
    """The id field's values, refused when NULL (naming the feature ids) or repeated."""
    missing = [int(fid) for v, fid in zip(table.text[field], table.fids) if v is None]
    if missing:
        raise QgsProcessingException(
            tr("Layer {}, field '{}': the id is NULL for feature ids {}").format(
                layer, field, listing(missing)
            )
        )
    ids = np.array(
        [v if v is not None else f"#{fid}" for v, fid in zip(table.text[field], table.fids)],
        dtype=object,
    )
    values, counts = np.unique(ids.astype(str), return_counts=True)
    if (counts > 1).any():
        raise QgsProcessingException(
            tr("Layer {}, field '{}': ids must be unique; repeated: {}").format(
                layer, field, listing(values[counts > 1])
            )
        )
    return ids


def with_default(table, field, default, default_name, feedback, ids, layer):
    """A numeric field with ``default`` where NULL (warned), or ``default`` everywhere."""
    if not field:
        return np.full(len(table), float(default))
    values = table.numeric[field]
    missing = np.isnan(values)
    if missing.any():
        feedback.pushWarning(
            tr("Layer {}, field '{}': NULL for {} parcels, {} = {} used: {}").format(
                layer,
                field,
                np.count_nonzero(missing),
                default_name,
                default,
                listing(ids[missing]),
            )
        )
    return np.where(missing, default, values)


def require_range(values, ids, layer, field, low, high, what, open_low=False):
    below = values <= low if open_low else values < low
    bad = np.flatnonzero(below | (values > high))
    if bad.size:
        raise QgsProcessingException(
            tr("Layer {}, field '{}': {}; {} parcels: {}").format(
                layer, field, what, bad.size, listing(f"{ids[i]}={values[i]:g}" for i in bad)
            )
        )


def required_values(table, field, ids, layer, what, negative_too=False):
    """A numeric field that must not be NULL (nor negative when ``negative_too``)."""
    values = table.numeric[field]
    bad = np.isnan(values) | (values < 0 if negative_too else False)
    if bad.any():
        raise QgsProcessingException(
            tr("Layer {}, field '{}': {} for {} parcels: {}").format(
                layer, field, what, np.count_nonzero(bad), listing(ids[bad])
            )
        )
    return values


def read_demolition(source, fields, defaults, crs, context, feedback, priority_layer=None):
    """The 拆旧 layer read once: ``(table, DemolitionParcels)``; None if canceled."""
    numeric = [
        fields.demolition_area,
        fields.kappa,
        fields.demolition_grade,
        fields.cost,
        fields.priority,
    ]
    text = [fields.demolition_id, fields.protected, fields.group]
    table = read_features(source, crs, context, feedback, numeric=numeric, text=text)
    if feedback.isCanceled():
        return None
    if len(table) == 0:
        raise QgsProcessingException(tr("Layer DEMOLITION has no features."))
    if table.skipped:
        feedback.pushWarning(
            tr("{} 拆旧 features with invalid geometry were left out.").format(table.skipped)
        )
    ids = unique_ids(table, fields.demolition_id, "DEMOLITION")
    n = len(table)
    area_m2 = (
        table.numeric[fields.demolition_area]
        if fields.demolition_area
        else polygon_areas(table.geometries)
    )
    kappa = with_default(
        table, fields.kappa, defaults.kappa, "DEFAULT_KAPPA", feedback, ids, "DEMOLITION"
    )
    grade = with_default(
        table, fields.demolition_grade, defaults.grade, "DEFAULT_GRADE", feedback, ids, "DEMOLITION"
    )
    require_range(
        kappa,
        ids,
        "DEMOLITION",
        fields.kappa or "DEFAULT_KAPPA",
        0.0,
        1.0,
        tr("κ must lie in (0, 1]"),
        open_low=True,
    )
    top = defaults.grade_top
    require_range(
        grade,
        ids,
        "DEMOLITION",
        fields.demolition_grade or "DEFAULT_GRADE",
        1.0,
        top,
        tr("grades must lie in 1–{} ({})").format(top, defaults.scale),
    )
    area_ha = area_m2 / 1e4
    if fields.cost:
        cost = required_values(
            table,
            fields.cost,
            ids,
            "DEMOLITION",
            tr("cost is NULL or negative"),
            True,
        )
    else:
        cost = np.nan_to_num(area_ha) * defaults.unit_cost
    if priority_layer is not None:
        priority = priority_from_polygons(
            table, ids, priority_layer, fields, crs, context, feedback
        )
    elif fields.priority:
        priority = table.numeric[fields.priority]
    else:
        priority = np.zeros(n)
    missing = np.isnan(priority)
    if missing.any():
        feedback.pushWarning(
            tr("{} 拆旧 parcels have a NULL priority: 0 used").format(np.count_nonzero(missing))
        )
    parcels = DemolitionParcels(
        ids=ids,
        area_ha=area_ha,
        xy=points_xy(table.geometries),
        kappa=kappa,
        grade=grade,
        cost=cost,
        priority=np.where(missing, 0.0, priority),
        protected=flags(table.text.get(fields.protected), n),
        group=group_values(table.text.get(fields.group), n),
    )
    return table, parcels


def priority_from_polygons(table, ids, source, fields, crs, context, feedback):
    """Each 拆旧 parcel's priority from the polygon holding its point (NaN where none)."""
    zones = read_features(
        source, crs, context, feedback, numeric=[fields.priority_layer], progress=(15, 18)
    )
    index = zone_of_points(zones.geometries, table.geometries, feedback)
    scores = zones.numeric[fields.priority_layer]
    values = np.full(len(table), np.nan)
    values[index >= 0] = scores[index[index >= 0]]
    outside = np.flatnonzero(index < 0)
    if outside.size:
        feedback.pushWarning(
            tr("{} 拆旧 parcels lie in no PRIORITY_LAYER polygon: priority 0 ({})").format(
                outside.size, listing(ids[outside])
            )
        )
        values[outside] = 0.0
    return values


def read_construction(source, fields, defaults, crs, context, feedback):
    """The 建新 layer read once: ``(table, ConstructionParcels)`` without overlays yet."""
    table = read_features(
        source,
        crs,
        context,
        feedback,
        numeric=[fields.value],
        text=[fields.construction_id, fields.mandatory, fields.construction_type, fields.group],
        progress=(10, 15),
    )
    if feedback.isCanceled():
        return None
    if len(table) == 0:
        raise QgsProcessingException(tr("Layer CONSTRUCTION has no features."))
    if table.skipped:
        feedback.pushWarning(
            tr("{} 建新 features with invalid geometry were left out.").format(table.skipped)
        )
    ids = unique_ids(table, fields.construction_id, "CONSTRUCTION")
    m = len(table)
    area_ha = polygon_areas(table.geometries) / 1e4
    if fields.value:
        value = required_values(
            table,
            fields.value,
            ids,
            "CONSTRUCTION",
            tr("value is NULL"),
        )
    else:
        value = np.nan_to_num(area_ha) * defaults.unit_value
    words = table.text.get(fields.construction_type)
    try:
        ctype, missing = construction_types(words, m, ids)
    except InputError as error:
        raise QgsProcessingException(
            tr("Layer CONSTRUCTION, field '{}': {}").format(fields.construction_type, error)
        ) from error
    if missing.size:
        feedback.pushWarning(
            tr(
                "{} 建新 parcels have no type and are treated as urban (they must lie inside the "
                "urban growth boundary): {}"
            ).format(missing.size, listing(ids[missing]))
        )
    parcels = ConstructionParcels(
        ids=ids,
        area_ha=area_ha,
        xy=points_xy(table.geometries),
        value=value,
        ctype=ctype,
        mandatory=flags(table.text.get(fields.mandatory), m),
        group=group_values(table.text.get(fields.group), m),
    )
    return table, parcels

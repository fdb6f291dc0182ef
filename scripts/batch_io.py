"""Reading and writing urflow:facilitygaps' layers without QGIS, through GDAL's Python bindings.

What ``processing_provider/services/gap_inputs.py`` and ``gap_outputs.py`` do with QGIS layers,
done with ``osgeo.ogr`` so that ``scripts/urflow_batch.py`` and its Dask workers need only
numpy, scipy, GDAL and Dask: the same parameter names, the same working CRS, the same arrays
for :func:`urflow.core.access.analyse_gaps`, the same output fields and result keys.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Optional

import numpy as np
from osgeo import ogr, osr

from urflow.core import access
from urflow.core.access.columns import demand_columns, facility_columns
from urflow.core.crs import gk3_epsg

ogr.UseExceptions()
osr.UseExceptions()

#: Parameters of urflow:facilitygaps the runner reads (the algorithm's names).
LAYER_KEYS = ("DEMAND", "FACILITIES", "NETWORK", "ZONES")
FIELD_KEYS = (
    "DEMAND_ID_FIELD",
    "POPULATION_FIELD",
    "FACILITY_ID_FIELD",
    "CAPACITY_FIELD",
    "SPEED_FIELD",
    "ROAD_CLASS_FIELD",
    "DIRECTION_FIELD",
    "ZONE_NAME_FIELD",
)
OTHER_KEYS = (
    "STANDARD",
    "STANDARDS_TABLE",
    "TRAVEL_MODE",
    "COST_UNIT",
    "THRESHOLD",
    "PROVISION_PER_1000",
    "METHOD",
    "E2SFCA_WEIGHTS",
    "SNAP_TOLERANCE",
    "DETOUR_FACTOR",
    "TARGET_CRS",
    "OUTPUT_DEMAND",
    "OUTPUT_FACILITIES",
    "OUTPUT_ZONES",
)
KNOWN_KEYS = LAYER_KEYS + FIELD_KEYS + OTHER_KEYS
FIT_PROJECTIONS = ("tmerc", "utm", "etmerc", "aea", "laea", "lcc", "eqdc")

#: Output fields, as in gap_outputs.py: (name, OGR type).
DEMAND_FIELDS = [
    ("nearest_id", ogr.OFTString),
    ("nearest_cost", ogr.OFTReal),
    ("covered", ogr.OFTInteger),
    ("access", ogr.OFTReal),
    ("access_ratio", ogr.OFTReal),
    ("gap", ogr.OFTReal),
    ("gap_class", ogr.OFTInteger),
    ("gap_label", ogr.OFTString),
    ("facility_type", ogr.OFTString),
    ("standard_id", ogr.OFTString),
]
FACILITY_FIELDS = [
    ("catchment_pop", ogr.OFTReal),
    ("supply_ratio", ogr.OFTReal),
    ("load", ogr.OFTReal),
    ("unserved", ogr.OFTInteger),
]
ZONE_FIELDS = [
    ("zone_name", ogr.OFTString),
    ("n_demand", ogr.OFTInteger),
    ("population", ogr.OFTReal),
    ("covered_pop", ogr.OFTReal),
    ("coverage_rate", ogr.OFTReal),
    ("deficit", ogr.OFTReal),
    ("facility_type", ogr.OFTString),
    ("standard_id", ogr.OFTString),
]


class RunnerError(Exception):
    """A bad parameter or layer, named (the runner prints it and exits 2)."""


# --- parameters ---------------------------------------------------------------------------


def parse_params(pairs) -> dict:
    """``KEY=VALUE`` strings -> dict; unknown keys are refused by name."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise RunnerError(f"--param {pair!r}: expected KEY=VALUE")
        if key not in KNOWN_KEYS:
            raise RunnerError(f"--param {key}: not a parameter of urflow:facilitygaps")
        params[key] = value
    return params


def _enum(value, options, key):
    if value is None or value == "":
        return None
    if value in options:
        return value
    try:
        return options[int(value)]
    except (ValueError, IndexError):
        choices = f"{', '.join(options)} or 0..{len(options) - 1}"
        raise RunnerError(f"{key}={value!r}: one of {choices}") from None


def _number(params, key, default=None):
    value = params.get(key, "")
    if value == "":
        return default
    try:
        return float(value)
    except ValueError:
        raise RunnerError(f"{key}={value!r} is not a number") from None


def settings(params):
    """``(choice, rule, travel)`` exactly as gap_parameters.settings reads them."""
    table = params.get("STANDARDS_TABLE") or str(access.NATIONAL_STANDARDS)
    choice = access.choose_standard(
        access.load_facility_standards(table),
        params.get("STANDARD", "").strip(),
        table,
        travel_mode=_enum(params.get("TRAVEL_MODE"), access.TRAVEL_MODES, "TRAVEL_MODE"),
        cost_unit=_enum(params.get("COST_UNIT"), access.COST_UNITS, "COST_UNIT"),
        threshold=_number(params, "THRESHOLD"),
        provision_per_1000=_number(params, "PROVISION_PER_1000"),
    )
    steps = params.get("E2SFCA_WEIGHTS", "").strip()
    method = _enum(params.get("METHOD") or "0", access.METHODS, "METHOD")
    rule = access.GapRule(
        choice.threshold,
        choice.provision_per_1000,
        method,
        access.parse_step_weights(steps) if steps else None,
    )
    travel = access.Travel(
        choice.travel_mode,
        choice.cost_unit,
        _number(params, "SNAP_TOLERANCE", 500.0),
        _number(params, "DETOUR_FACTOR", 1.3),
    )
    return choice, rule, travel


# --- layers -------------------------------------------------------------------------------


@dataclass
class Layer:
    """One ``path.gpkg|layername=NAME`` source, open."""

    uri: str
    path: str
    name: str
    dataset: object
    layer: object

    @property
    def srs(self):
        return self.layer.GetSpatialRef()

    @property
    def source_name(self) -> str:
        """The name QGIS gives a layer passed to Processing as a path: the file's name
        without its extension (``sample_county`` for ``sample_county.gpkg|layername=…``)."""
        return os.path.splitext(os.path.basename(self.path))[0]

    def field_names(self):
        defn = self.layer.GetLayerDefn()
        return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def open_layer(uri: str, key: str) -> Layer:
    """Open ``path|layername=NAME`` (or a one-layer file) read-only; refused without a CRS."""
    path, _sep, rest = uri.partition("|")
    options = dict(part.split("=", 1) for part in rest.split("|") if "=" in part)
    try:
        dataset = ogr.Open(path, 0)
    except RuntimeError as error:
        raise RunnerError(f"{key}: cannot open {path}: {error}") from error
    name = options.get("layername")
    layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
    if layer is None:
        raise RunnerError(f"{key}: {path} has no layer {name!r}")
    if layer.GetSpatialRef() is None:
        raise RunnerError(f"Layer '{layer.GetName()}' has no valid CRS; set its CRS first.")
    return Layer(uri, path, layer.GetName(), dataset, layer)


def _proj_name(srs) -> str:
    for part in srs.ExportToProj4().split():
        if part.startswith("+proj="):
            return part[len("+proj=") :]
    return ""


def working_srs(layers, target: str = ""):
    """The working CRS as processing_provider/layers.working_crs chooses it."""
    first = layers[0]
    if target:
        srs = osr.SpatialReference()
        srs.SetFromUserInput(target)
        if srs.IsGeographic():
            raise RunnerError(f"TARGET_CRS {target} is geographic; choose a projected CRS")
    elif first.srs.IsGeographic():
        return _srs_epsg(gk3_epsg(_centre_lon_lat(first)[0]))
    else:
        srs = first.srs.Clone()
    if _proj_name(srs) not in FIT_PROJECTIONS:
        suggestion = gk3_epsg(_centre_lon_lat(first)[0])
        raise RunnerError(
            f"{target and 'TARGET_CRS' or first.name}: a {_proj_name(srs)} projection is not "
            f"fit for distances and areas; set TARGET_CRS to EPSG:{suggestion}"
        )
    return srs


def _srs_epsg(code):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(code))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _centre_lon_lat(layer):
    x0, x1, y0, y1 = layer.layer.GetExtent()
    to_geo = osr.CoordinateTransformation(layer.srs, _srs_epsg(4490))
    lon, lat, _z = to_geo.TransformPoint((x0 + x1) / 2, (y0 + y1) / 2)
    return lon, lat


def _transform(layer, srs):
    if layer.srs.IsSame(srs):
        return None
    source = layer.srs.Clone()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = srs.Clone()
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


def require_fields(layer: Layer, label: str, fields, numeric=()):
    names = layer.field_names()
    for field in fields:
        if field and field not in names:
            raise RunnerError(f"Layer {label}: there is no field '{field}'")
    defn = layer.layer.GetLayerDefn()
    for field in numeric:
        if field:
            kind = defn.GetFieldDefn(defn.GetFieldIndex(field)).GetType()
            if kind not in (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal):
                raise RunnerError(f"Layer {label}: field '{field}' is not numeric")


def _to_float(value) -> float:
    if value is None:
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _text(value):
    return None if value is None or value == "" or str(value) == "NULL" else str(value)


@dataclass
class Table:
    """Features read once: fids, numeric (NaN = NULL) and text (None = NULL) columns, and
    geometries (ogr.Geometry in the working CRS, None where empty)."""

    fids: np.ndarray
    numeric: dict
    text: dict
    geometries: list
    wkb: bool = False  # geometries as WKB bytes (read_box with columns=True)

    def __len__(self):
        return len(self.fids)


def read_table(layer: Layer, srs, numeric=(), text=()) -> Table:
    numeric = [f for f in numeric if f]
    text = [f for f in text if f]
    transform = _transform(layer, srs)
    fids, geometries = [], []
    nums = {f: [] for f in numeric}
    texts = {f: [] for f in text}
    defn = layer.layer.GetLayerDefn()
    num_at = [(nums[f], defn.GetFieldIndex(f)) for f in numeric]
    text_at = [(texts[f], defn.GetFieldIndex(f)) for f in text]
    layer.layer.ResetReading()
    for feature in layer.layer:
        fids.append(feature.GetFID())
        for values, index in num_at:
            values.append(_to_float(feature.GetField(index)))
        for values, index in text_at:
            values.append(_text(feature.GetField(index)))
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            geometries.append(None)
        else:
            geometry = geometry.Clone()
            if transform is not None:
                geometry.Transform(transform)
            geometries.append(geometry)
    return Table(
        np.asarray(fids, dtype=np.int64),
        {f: np.asarray(v, dtype=float) for f, v in nums.items()},
        texts,
        geometries,
    )


def points_xy(geometries) -> np.ndarray:
    """(n, 2): points as they are, other geometries their point on surface (GEOS, as QGIS)."""
    xy = np.full((len(geometries), 2), np.nan)
    for i, geometry in enumerate(geometries):
        if geometry is None:
            continue
        flat = ogr.GT_Flatten(geometry.GetGeometryType())
        if flat not in (ogr.wkbPoint, ogr.wkbMultiPoint):
            geometry = geometry.PointOnSurface()
            flat = ogr.wkbPoint
        if flat == ogr.wkbMultiPoint:
            geometry = geometry.GetGeometryRef(0)
        xy[i] = (geometry.GetX(), geometry.GetY())
    return xy


@dataclass
class PointTable:
    fids: np.ndarray
    ids: list
    values: Optional[np.ndarray]
    xy: np.ndarray
    geometries: list


def read_points(layer, label, id_field, value_field, srs) -> PointTable:
    require_fields(layer, label, [id_field, value_field], [value_field])
    table = read_table(layer, srs, [value_field] if value_field else [], [id_field])
    if len(table) == 0:
        raise RunnerError(f"Layer {label} has no features.")
    return PointTable(
        table.fids,
        table.text[id_field],
        table.numeric[value_field] if value_field else None,
        points_xy(table.geometries),
        table.geometries,
    )


def _line_parts(geometry):
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat in (ogr.wkbMultiLineString,):
        return [geometry.GetGeometryRef(k) for k in range(geometry.GetGeometryCount())]
    return [geometry]


def read_roads(layer: Layer, srs, speed="", road_class="", direction=""):
    """``(roads, n_without_geometry)`` as processing_provider/roads.read_roads gives them."""
    require_fields(layer, "NETWORK", [speed, road_class, direction], [speed])
    return roads_of(
        read_table(layer, srs, [speed], [road_class, direction]), speed, road_class, direction
    )


def _parts_xy(geometry):
    return [np.asarray(part.GetPoints() or [], dtype=float) for part in _line_parts(geometry)]


def roads_of(table: Table, speed="", road_class="", direction=""):
    """``(roads, n_without_geometry)`` of roads read as ``table``."""
    chunks, offsets, line_road, kept = [], [0], [], []
    total = 0
    parts_of = wkb_lines if table.wkb else _parts_xy
    for i, geometry in enumerate(table.geometries):
        if geometry is None:
            continue
        parts = parts_of(geometry)
        if parts is None:  # empty
            continue
        road = len(kept)
        kept.append(i)
        for points in parts:
            if len(points) < 2:
                continue
            chunks.append(points[:, :2])
            total += len(points)
            offsets.append(total)
            line_road.append(road)
    roads = access.Roads(
        coords=np.concatenate(chunks) if chunks else np.zeros((0, 2)),
        offsets=np.asarray(offsets, dtype=np.int64),
        line_road=np.asarray(line_road, dtype=np.int64),
        n_roads=len(kept),
        speed_kmh=table.numeric[speed][kept] if speed else None,
        road_class=[table.text[road_class][i] for i in kept] if road_class else None,
        direction=[table.text[direction][i] for i in kept] if direction else None,
    )
    return roads, len(table) - len(kept)


def zone_of_points(zones, geometries) -> np.ndarray:
    """Index of the first zone (in layer order) holding each geometry's point on surface."""
    boxes = np.array(
        [z.GetEnvelope() if z is not None else (np.inf, -np.inf, np.inf, -np.inf) for z in zones]
    ).reshape(-1, 4)
    result = np.full(len(geometries), -1, dtype=np.int64)
    for i, geometry in enumerate(geometries):
        if geometry is None:
            continue
        flat = ogr.GT_Flatten(geometry.GetGeometryType())
        point = geometry if flat in (ogr.wkbPoint, ogr.wkbMultiPoint) else geometry.PointOnSurface()
        x0, x1, y0, y1 = point.GetEnvelope()
        hits = np.flatnonzero(
            (boxes[:, 0] <= x1) & (boxes[:, 1] >= x0) & (boxes[:, 2] <= y1) & (boxes[:, 3] >= y0)
        )
        for z in hits:
            if zones[z].Intersects(point):
                result[i] = z
                break
    return result


@dataclass
class Inputs:
    layers: dict
    demand: PointTable
    supply: PointTable
    roads: Optional[access.Roads]
    zone_table: Optional[Table]
    zone_names: Optional[list]
    zones: Optional[access.Zones]
    srs: object


def read_inputs(params, rule, travel, with_roads=True) -> Inputs:
    """Every layer of the run, read once in the working CRS (the roads only opened, not
    read, with ``with_roads=False``)."""
    layers = {}
    for key in LAYER_KEYS:
        if params.get(key):
            layers[key] = open_layer(params[key], key)
    for key in ("DEMAND", "FACILITIES"):
        if key not in layers:
            raise RunnerError(f"{key} is required")
    srs = working_srs([layers[k] for k in LAYER_KEYS if k in layers], params.get("TARGET_CRS", ""))
    get = params.get
    demand = read_points(
        layers["DEMAND"], "DEMAND", get("DEMAND_ID_FIELD", ""), get("POPULATION_FIELD", ""), srs
    )
    supply = read_points(
        layers["FACILITIES"],
        "FACILITIES",
        get("FACILITY_ID_FIELD", ""),
        get("CAPACITY_FIELD", ""),
        srs,
    )
    roads = None
    if "NETWORK" in layers and with_roads:
        roads, _missing = read_roads(
            layers["NETWORK"],
            srs,
            get("SPEED_FIELD", ""),
            get("ROAD_CLASS_FIELD", ""),
            get("DIRECTION_FIELD", ""),
        )
        if len(roads.line_road) == 0:
            raise RunnerError("NETWORK has no usable lines")
    zone_table = names = zones = None
    if "ZONES" in layers:
        name_field = get("ZONE_NAME_FIELD", "")
        zone_table = read_table(layers["ZONES"], srs, text=[name_field] if name_field else [])
        index = zone_of_points(zone_table.geometries, demand.geometries)
        names = zone_table.text.get(name_field) if name_field else None
        zones = access.Zones(index, len(zone_table))
    return Inputs(layers, demand, supply, roads, zone_table, names, zones, srs)


# --- outputs ------------------------------------------------------------------------------


def _value(value):
    """A computed value as a field value: NaN -> NULL, numpy scalars -> Python numbers."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, (np.integer, np.bool_)):
        return int(value)
    if isinstance(value, np.str_):
        return str(value)
    return value


def _python(column):
    """A result column as Python values (NaN -> None), as :func:`_value` gives them."""
    if isinstance(column, np.ndarray) and column.dtype.kind == "f":
        return [None if v != v else v for v in column.tolist()]
    if isinstance(column, np.ndarray):
        return column.tolist()
    return [_value(v) for v in column]


def _create(path, name, srs, geometry_type):
    driver = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        driver.DeleteDataSource(path)
    dataset = driver.CreateDataSource(path)
    layer = dataset.CreateLayer(name, srs, geometry_type, options=["FID=fid"])
    return dataset, layer


def _set(feature, index, value):
    value = _value(value)
    if value is None:
        feature.SetFieldNull(index)
    else:
        feature.SetField(index, value)


def write_copy(path, source: Layer, fids, columns, spec):
    """The source's features read as ``fids`` with the result columns added (write_copy)."""
    names = [name for name, _kind in spec]
    name = os.path.splitext(os.path.basename(path))[0]
    dataset, out = _create(path, name, source.srs, source.layer.GetGeomType())
    defn = source.layer.GetLayerDefn()
    kept = []
    for i in range(defn.GetFieldCount()):
        field = defn.GetFieldDefn(i)
        if field.GetName() not in names:
            out.CreateField(field)
            kept.append(field.GetName())
    for field_name, kind in spec:
        out.CreateField(ogr.FieldDefn(field_name, kind))
    row_of = {int(fid): i for i, fid in enumerate(fids)}
    out_defn = out.GetLayerDefn()
    copied = [(defn.GetFieldIndex(f), out_defn.GetFieldIndex(f)) for f in kept]
    added = [(out_defn.GetFieldIndex(f), _python(columns[f])) for f in names]
    out.StartTransaction()
    source.layer.ResetReading()
    for feature in source.layer:
        i = row_of.get(feature.GetFID())
        if i is None:
            continue
        copy = ogr.Feature(out_defn)
        copy.SetFID(feature.GetFID())
        geometry = feature.GetGeometryRef()
        if geometry is not None:
            copy.SetGeometry(geometry)
        for source_index, out_index in copied:
            if feature.IsFieldSetAndNotNull(source_index):
                copy.SetField(out_index, feature.GetField(source_index))
            else:
                copy.SetFieldNull(out_index)
        for out_index, values in added:
            value = values[i]
            if value is None:
                copy.SetFieldNull(out_index)
            else:
                copy.SetField(out_index, value)
        out.CreateFeature(copy)
    out.CommitTransaction()
    dataset = None  # noqa: F841 (closes the file)


def write_zones(path, source: Layer, table: Table, names, summary, labels):
    name = os.path.splitext(os.path.basename(path))[0]
    dataset, out = _create(path, name, source.srs, source.layer.GetGeomType())
    for field_name, kind in ZONE_FIELDS:
        out.CreateField(ogr.FieldDefn(field_name, kind))
    row_of = {int(fid): i for i, fid in enumerate(table.fids)}
    out.StartTransaction()
    source.layer.ResetReading()
    for feature in source.layer:
        i = row_of.get(feature.GetFID())
        if i is None:
            continue
        copy = ogr.Feature(out.GetLayerDefn())
        copy.SetFID(feature.GetFID())
        if feature.GetGeometryRef() is not None:
            copy.SetGeometry(feature.GetGeometryRef())
        values = [
            names[i] if names else str(feature.GetFID()),
            int(summary.n_demand[i]),
            summary.population[i],
            summary.covered_population[i],
            summary.coverage_rate[i],
            summary.deficit[i],
            *labels,
        ]
        for index, value in enumerate(values):
            _set(copy, index, value)
        out.CreateFeature(copy)
    out.CommitTransaction()
    dataset = None  # noqa: F841


def result_dict(result) -> dict:
    """The headline figures, as gap_outputs.result_dict (NaN written as null)."""
    values = {
        "COVERAGE_RATE": float(result.coverage_rate),
        "TOTAL_DEFICIT": result.total_deficit,
        "GINI": float(result.gini),
        "BLIND_SPOTS": result.blind_spots,
        "UNDER_SERVED": result.under_served,
        "UNREACHABLE": int(np.count_nonzero(result.unreachable)),
    }
    return {
        key: None if isinstance(value, float) and math.isnan(value) else value
        for key, value in values.items()
    }


def labels_of(choice, inputs: Inputs, language: str):
    """(facility_type, standard_id) as gap_outputs.write_outputs labels them."""
    standard = choice.standard
    return (
        standard.name(language) if standard else inputs.layers["FACILITIES"].source_name,
        standard.id if standard else None,
    )


def write_outputs(out_dir, inputs: Inputs, result, labels, language) -> dict:
    """DIR/output_demand.gpkg, output_facilities.gpkg (and output_zones.gpkg with zones)."""
    os.makedirs(out_dir, exist_ok=True)
    paths = {
        "OUTPUT_DEMAND": os.path.join(out_dir, "output_demand.gpkg"),
        "OUTPUT_FACILITIES": os.path.join(out_dir, "output_facilities.gpkg"),
    }
    write_copy(
        paths["OUTPUT_DEMAND"],
        inputs.layers["DEMAND"],
        inputs.demand.fids,
        demand_columns(result, inputs.supply.ids, *labels, language),
        DEMAND_FIELDS,
    )
    write_copy(
        paths["OUTPUT_FACILITIES"],
        inputs.layers["FACILITIES"],
        inputs.supply.fids,
        facility_columns(result),
        FACILITY_FIELDS,
    )
    if inputs.zones is not None:
        paths["OUTPUT_ZONES"] = os.path.join(out_dir, "output_zones.gpkg")
        write_zones(
            paths["OUTPUT_ZONES"],
            inputs.layers["ZONES"],
            inputs.zone_table,
            inputs.zone_names,
            result.zones,
            labels,
        )
    return paths


# --- reading one partition's box (the Dask workers of ``counties``) -----------------------


def rtree_name(layer: Layer):
    """The GeoPackage R*Tree of ``layer`` (``rtree_<table>_<geometry>``), or None."""
    if layer.dataset.GetDriver().GetName() != "GPKG":
        return None
    name = f"rtree_{layer.name}_{layer.layer.GetGeometryColumn()}"
    found = layer.dataset.ExecuteSQL(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '"
        + name.replace("'", "''")
        + "'"
    )
    try:
        return name if found is not None and found.GetFeatureCount() > 0 else None
    finally:
        if found is not None:
            layer.dataset.ReleaseResultSet(found)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def max_feature_extent(layer: Layer) -> float:
    """The widest feature's ``(maxx - minx) + (maxy - miny)`` in the layer's units (R*Tree)."""
    tree = rtree_name(layer)
    if tree is None:
        return math.inf
    found = layer.dataset.ExecuteSQL(
        f"SELECT MAX(maxx - minx), MAX(maxy - miny) FROM {_quote(tree)}"
    )
    try:
        row = found.GetNextFeature()
        values = [row.GetField(0), row.GetField(1)] if row is not None else [None, None]
    finally:
        layer.dataset.ReleaseResultSet(found)
    return float(sum(v or 0.0 for v in values))


def layer_rect(layer: Layer, srs, box, margin):
    """``box`` (working CRS) grown by ``margin`` as a rectangle in the layer's CRS that
    every feature whose working-CRS box meets the grown box meets too: the same rectangle
    when the CRS are the same; else the transformed bounds grown by twice the widest
    feature (a feature's vertices lie within its own width of the box)."""
    x0, y0, x1, y1 = box
    rect = (x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    transform = _transform(layer, srs)
    if transform is None:
        return rect
    target = srs.Clone()
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = layer.srs.Clone()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    back = osr.CoordinateTransformation(target, source)
    lo_x, lo_y, hi_x, hi_y = back.TransformBounds(*rect, 21)
    pad = 2.0 * max_feature_extent(layer)
    if not math.isfinite(pad):
        return None  # no R*Tree: read_box reads every feature
    return (lo_x - pad, lo_y - pad, hi_x + pad, hi_y + pad)


def read_box(layer: Layer, srs, rect, fids=(), numeric=(), text=(), columns=False) -> Table:
    """The features whose box meets ``rect`` (layer CRS; None: no box) through the
    GeoPackage's R*Tree, and the features ``fids``, in the layer's order; every feature
    where the layer has no R*Tree (the caller applies the exact rule to what comes back).
    ``columns=True``: through GDAL's columnar reader, geometries as WKB, when no
    reprojection is needed (:func:`wkb_points_xy` and :func:`roads_of` take them)."""
    tree = rtree_name(layer)
    if tree is None:
        return read_table(layer, srs, numeric, text)
    fid = _quote(layer.layer.GetFIDColumn() or "fid")
    where = []
    if rect is not None:
        x0, y0, x1, y1 = (repr(float(v)) for v in rect)
        where.append(
            f"{fid} IN (SELECT id FROM {_quote(tree)} WHERE maxx >= {x0} AND minx <= {x1}"
            f" AND maxy >= {y0} AND miny <= {y1})"
        )
    listed = [int(f) for f in fids]
    if listed:
        where.append(f"{fid} IN ({','.join(map(str, listed))})")
    where = " OR ".join(where) or "0"
    layer.layer.SetAttributeFilter(where)
    try:
        if columns and _transform(layer, srs) is None:
            table = _arrow_table(layer, [f for f in numeric if f], [f for f in text if f])
            if table is not None:
                return table
        return read_table(layer, srs, numeric, text)
    finally:
        layer.layer.SetAttributeFilter(None)


def road_speeds(layer: Layer, srs, speed="", road_class=""):
    """One short line per distinct (speed, class) of the roads with a geometry: enough for
    the halo's top speed without reading the roads (GeoPackage: one SQL query; other
    formats: the roads are read)."""
    require_fields(layer, "NETWORK", [speed, road_class], [speed])
    if layer.dataset.GetDriver().GetName() != "GPKG":
        roads, _missing = read_roads(layer, srs, speed, road_class)
        return roads
    geometry = _quote(layer.layer.GetGeometryColumn())
    columns = [_quote(f) for f in (speed, road_class) if f] or ["1"]
    found = layer.dataset.ExecuteSQL(
        f"SELECT DISTINCT {', '.join(columns)} FROM {_quote(layer.name)}"
        f" WHERE {geometry} IS NOT NULL AND NOT ST_IsEmpty({geometry})"
    )
    speeds, classes = [], []
    try:
        for row in found:
            k = 0
            if speed:
                speeds.append(_to_float(row.GetField(k)))
                k += 1
            if road_class:
                classes.append(_text(row.GetField(k)))
        n = found.GetFeatureCount()
    finally:
        layer.dataset.ReleaseResultSet(found)
    return access.Roads(
        coords=np.tile([[0.0, 0.0], [1.0, 0.0]], (n, 1)),
        offsets=np.arange(n + 1, dtype=np.int64) * 2,
        line_road=np.arange(n, dtype=np.int64),
        n_roads=n,
        speed_kmh=np.asarray(speeds, dtype=float) if speed else None,
        road_class=classes if road_class else None,
        direction=None,
    )


def _arrow_table(layer: Layer, numeric, text):
    """The layer's features under its filter as a :class:`Table` with WKB geometries, through
    GDAL's columnar (Arrow) reader: what :func:`read_table` gives, without a Python call per
    value. None when this GDAL has no columnar reader."""
    if not hasattr(layer.layer, "GetArrowStreamAsNumPy"):
        return None
    fid_name = layer.layer.GetFIDColumn() or "OGC_FID"
    geometry_name = layer.layer.GetGeometryColumn() or "wkb_geometry"
    wanted = set(numeric) | set(text)
    layer.layer.SetIgnoredFields([f for f in layer.field_names() if f not in wanted])
    fids, geometries = [], []
    nums = {f: [] for f in numeric}
    texts = {f: [] for f in text}
    try:
        layer.layer.ResetReading()
        for batch in layer.layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
            fids.append(np.array(batch[fid_name], dtype=np.int64))
            for field in numeric:
                column = batch[field]
                if np.ma.isMaskedArray(column):
                    nums[field].append(column.astype(float).filled(np.nan))
                else:
                    nums[field].append(np.array(column, dtype=float))
            for field in text:
                column = batch[field]
                mask = np.ma.getmaskarray(column) if np.ma.isMaskedArray(column) else None
                values = np.ma.getdata(column)
                for k, value in enumerate(values):
                    if (mask is not None and mask[k]) or value is None:
                        texts[field].append(None)
                        continue
                    if isinstance(value, (bytes, np.bytes_)):
                        value = bytes(value).decode("utf-8")
                    texts[field].append(_text(value))
            geometries.extend(None if g is None else bytes(g) for g in batch[geometry_name])
    finally:
        layer.layer.SetIgnoredFields([])
    return Table(
        np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64),
        {f: np.concatenate(v) if v else np.zeros(0) for f, v in nums.items()},
        texts,
        geometries,
        wkb=True,
    )


_POINT = (1).to_bytes(4, "little")
_LINE = (2).to_bytes(4, "little")
_MULTILINE = (5).to_bytes(4, "little")


def _ogr_of(wkb):
    geometry = ogr.CreateGeometryFromWkb(wkb)
    return None if geometry is None or geometry.IsEmpty() else geometry


def wkb_points_xy(geometries) -> np.ndarray:
    """:func:`points_xy` of WKB geometries (2D little-endian points parsed with numpy, any
    other geometry through OGR as there)."""
    xy = np.full((len(geometries), 2), np.nan)
    for i, wkb in enumerate(geometries):
        if wkb is None:
            continue
        if len(wkb) == 21 and wkb[0] == 1 and wkb[1:5] == _POINT:
            xy[i] = np.frombuffer(wkb, "<f8", 2, 5)
            continue
        geometry = _ogr_of(wkb)
        if geometry is not None:
            xy[i] = points_xy([geometry])[0]
    return xy


def wkb_lines(wkb):
    """The line parts' (n, 2) coordinates of a WKB geometry (2D little-endian lines and
    multi-lines parsed with numpy, anything else through OGR), None if it is empty."""
    if wkb[0] == 1 and wkb[1:5] in (_LINE, _MULTILINE):
        single = wkb[1:5] == _LINE
        count = 1 if single else int.from_bytes(wkb[5:9], "little")
        at = 0 if single else 9
        parts = []
        for _k in range(count):
            if wkb[at] != 1 or wkb[at + 1 : at + 5] != _LINE:
                parts = None
                break
            n = int.from_bytes(wkb[at + 5 : at + 9], "little")
            parts.append(np.frombuffer(wkb, "<f8", 2 * n, at + 9).reshape(n, 2))
            at += 9 + 16 * n
        if parts is not None:
            return parts if sum(len(p) for p in parts) else None
    geometry = _ogr_of(wkb)
    return None if geometry is None else _parts_xy(geometry)

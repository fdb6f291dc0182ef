"""make bench: URFlow inside QGIS beside its peers, side by side in one run (issue 19, item 4).

Run:  python benchmarks/bench_in_qgis.py [--case county|hollow|memory|all] [--scale 1.0]

* county: urflow:facilitygaps through processing.run on a synthetic county (bench_network_core's
  grid, ~178 000 road segments in ~30 000 lines, 20 000 villages, 100 facilities, walking,
  3 000 m), GeoPackage in, GeoPackage out, beside a plain scipy script doing the same work on the
  same arrays (the graph, the same access legs, the cutoff Dijkstra, the nearest facility,
  2SFCA: ``core.access.analyse_gaps``, which is scipy's csgraph and numpy) with its reading
  and writing left out. Target: ≤ 1.5×.
* hollow: urflow:hollowvillages with 250 000 building points in 600 village polygons (only the
  building indicator A2 and the population ones) beside QGIS's own
  native:countpointsinpolygon on the same layers. Target: ≤ 1.2×.
* memory: peak RSS of the travel-cost step (``od_costs``) alone, in a fresh process each, for
  a growing number of facilities on one network: bounded by the Dijkstra batches
  (~200 MB of distances), plus the pairs kept.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_facility_gaps_large import start_qgis, synthetic_data, write_gpkg  # noqa: E402
from bench_network_core import synthetic_network  # noqa: E402


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(repeats, function):
    """Shortest wall time of ``repeats`` runs (the machine is shared: the least disturbed)."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), times


# -- county: facility gaps vs plain scipy ----------------------------------------------------


def county(folder, scale, repeats):
    import processing

    from urflow.core import access

    size = max(20, int(round(307 * np.sqrt(scale))))
    data = synthetic_data(size, int(20_000 * scale), 100, 42)
    gpkg = Path(folder) / "county.gpkg"
    write_gpkg(gpkg, data)
    segments = int((np.diff(data["offsets"]) - 1).sum())
    print(
        f"County: {segments:,} road segments in {data['offsets'].size - 1:,} lines, "
        f"{len(data['demand_xy']):,} villages, 100 facilities, walking, 3 000 m"
    )
    params = {
        "DEMAND": f"{gpkg}|layername=demand",
        "DEMAND_ID_FIELD": "village_id",
        "POPULATION_FIELD": "population",
        "FACILITIES": f"{gpkg}|layername=facilities",
        "FACILITY_ID_FIELD": "fac_id",
        "CAPACITY_FIELD": "capacity",
        "NETWORK": f"{gpkg}|layername=roads",
        "SPEED_FIELD": "speed_kmh",
        "ROAD_CLASS_FIELD": "road_class",
        "DIRECTION_FIELD": "direction",
        "TRAVEL_MODE": 0,
        "COST_UNIT": 1,
        "THRESHOLD": 3000,
        "PROVISION_PER_1000": 1.0,
    }
    run = [0]

    def ours():
        run[0] += 1
        out = Path(folder) / f"qgis{run[0]}"
        out.mkdir()
        processing.run(
            "urflow:facilitygaps",
            {
                **params,
                "OUTPUT_DEMAND": str(out / "demand.gpkg"),
                "OUTPUT_FACILITIES": str(out / "facilities.gpkg"),
            },
        )

    roads = access.Roads(
        coords=data["coords"],
        offsets=data["offsets"],
        line_road=np.arange(data["offsets"].size - 1),
        n_roads=data["offsets"].size - 1,
        speed_kmh=data["speed"],
        road_class=None,
        direction=None,
    )

    def plain():
        access.analyse_gaps(
            access.Demand(data["demand_xy"], data["population"]),
            access.Facilities(data["facility_xy"], data["capacity"]),
            access.GapRule(3000.0, 1.0, "2sfca"),
            access.Travel("walk", "meters", 500.0),
            roads,
        )

    def plain_files():
        out = Path(folder) / f"plain{run[0]}"
        run[0] += 1
        out.mkdir()
        plain_script(gpkg, out)

    plain_s, plain_all = best_of(repeats, plain)
    files_s, files_all = best_of(repeats, plain_files)
    ours_s, ours_all = best_of(repeats, ours)
    ratio, ratio_files = ours_s / plain_s, ours_s / files_s
    print(f"  plain scipy (arrays in memory, no reading or writing) {plain_s:8.2f} s  {plain_all}")
    print(f"  plain scipy script, GPKG in/out with GDAL's Python    {files_s:8.2f} s  {files_all}")
    print(f"  urflow:facilitygaps (processing.run, GPKG in/out)     {ours_s:8.2f} s  {ours_all}")
    print(
        f"  ratio {ratio:.2f}x to the arrays in memory, {ratio_files:.2f}x to the script with files"
    )
    print("  (target <= 1.5x)")
    return {
        "segments": segments,
        "plain_s": plain_s,
        "plain_files_s": files_s,
        "urflow_s": ours_s,
        "ratio": ratio,
        "ratio_files": ratio_files,
    }


def plain_script(gpkg, out):
    """The facility-gap run as a plain script would write it with what every QGIS install
    ships: the three layers read column-at-once by GDAL (``GetArrowStreamAsNumPy``), WKB
    parsed with numpy, the same scipy work (``core.access.analyse_gaps``), and the two outputs
    the algorithm writes (each input feature with its fields and the result columns) written
    to GeoPackages with GDAL's Python API in one transaction each, spatial index included."""
    from osgeo import ogr

    from urflow.core import access
    from urflow.core.access.columns import demand_columns, facility_columns

    source = ogr.Open(str(gpkg))

    def columns(name):
        batches = list(
            source.GetLayerByName(name).GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO"])
        )
        return {key: np.concatenate([batch[key] for batch in batches]) for key in batches[0]}

    def points(table):
        wkb = np.frombuffer(b"".join(bytes(g) for g in table["geom"]), dtype=np.uint8)
        return np.frombuffer(wkb.reshape(-1, 21)[:, 5:].tobytes(), dtype="<f8").reshape(-1, 2)

    roads_table, demand_table, facility_table = (
        columns(name) for name in ("roads", "demand", "facilities")
    )
    parts = [
        np.frombuffer(bytes(g), dtype="<f8", offset=9).reshape(-1, 2) for g in roads_table["geom"]
    ]
    offsets = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum([len(part) for part in parts], out=offsets[1:])
    roads = access.Roads(
        coords=np.concatenate(parts),
        offsets=offsets,
        line_road=np.arange(len(parts)),
        n_roads=len(parts),
        speed_kmh=roads_table["speed_kmh"],
        road_class=None,
        direction=None,
    )
    result = access.analyse_gaps(
        access.Demand(points(demand_table), demand_table["population"]),
        access.Facilities(points(facility_table), facility_table["capacity"]),
        access.GapRule(3000.0, 1.0, "2sfca"),
        access.Travel("walk", "meters", 500.0),
        roads,
    )
    facility_ids = [value.decode() for value in facility_table["fac_id"]]
    write_copy(
        source.GetLayerByName("demand"),
        demand_table,
        demand_columns(result, facility_ids, "facilities", None, "en"),
        out / "demand.gpkg",
    )
    write_copy(
        source.GetLayerByName("facilities"),
        facility_table,
        facility_columns(result),
        out / "facilities.gpkg",
    )


def write_copy(layer, table, results, path):
    """``layer``'s features (read as ``table``) with the ``results`` columns, to a new
    GeoPackage, with GDAL's Python API: fields first, then one feature per row."""
    from osgeo import ogr

    kinds = {"f": ogr.OFTReal, "i": ogr.OFTInteger, "u": ogr.OFTInteger}
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    out = dataset.CreateLayer(layer.GetName(), layer.GetSpatialRef(), ogr.wkbPoint)
    source_fields = layer.GetLayerDefn()
    names = [source_fields.GetFieldDefn(i).GetName() for i in range(source_fields.GetFieldCount())]
    for i in range(source_fields.GetFieldCount()):
        out.CreateField(source_fields.GetFieldDefn(i))
    values = [
        [v.decode() if isinstance(v, bytes) else v for v in table[name].tolist()] for name in names
    ]
    for name, column in results.items():
        column = np.asarray(column) if not isinstance(column, np.ndarray) else column
        out.CreateField(ogr.FieldDefn(name, kinds.get(column.dtype.kind, ogr.OFTString)))
        listed = column.tolist()
        if column.dtype.kind == "f":
            for k in np.flatnonzero(np.isnan(column)).tolist():
                listed[k] = None
        values.append(listed)
    definition = out.GetLayerDefn()
    geometries = table["geom"]
    out.StartTransaction()
    for row in range(len(geometries)):
        feature = ogr.Feature(definition)
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(geometries[row])))
        for i, column in enumerate(values):
            value = column[row]
            if value is not None:
                feature.SetField(i, value)
        out.CreateFeature(feature)
    out.CommitTransaction()
    dataset = None


# -- hollow villages vs native:countpointsinpolygon ------------------------------------------


def hollow_data(path, n_buildings, seed=3):
    """600 village squares (24 x 25, 800 m in 1 km cells, 8 vertices each) and building
    points (95 % inside villages) with a 0/1 vacancy flag."""
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    villages = ds.CreateLayer("villages", srs, ogr.wkbPolygon)
    for name, kind in (
        ("village_id", ogr.OFTString),
        ("registered_pop", ogr.OFTReal),
        ("resident_pop", ogr.OFTReal),
    ):
        villages.CreateField(ogr.FieldDefn(name, kind))
    rng = np.random.default_rng(seed)
    x0, y0 = 483_500.0, 3_301_500.0
    villages.StartTransaction()
    for k in range(600):
        cx, cy = x0 + (k % 24) * 1000 + 500, y0 + (k // 24) * 1000 + 500
        ring = [
            (cx - 400, cy - 400),
            (cx, cy - 400 - 30),
            (cx + 400, cy - 400),
            (cx + 400 + 30, cy),
            (cx + 400, cy + 400),
            (cx, cy + 400 + 30),
            (cx - 400, cy + 400),
            (cx - 400 - 30, cy),
        ]
        wkt = "POLYGON ((" + ", ".join(f"{x} {y}" for x, y in ring + ring[:1]) + "))"
        feature = ogr.Feature(villages.GetLayerDefn())
        registered = float(rng.integers(300, 3000))
        feature.SetField("village_id", f"V{k:03d}")
        feature.SetField("registered_pop", registered)
        feature.SetField("resident_pop", float(np.round(registered * rng.uniform(0.3, 1.0))))
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        villages.CreateFeature(feature)
    villages.CommitTransaction()
    buildings = ds.CreateLayer("buildings", srs, ogr.wkbPoint)
    buildings.CreateField(ogr.FieldDefn("vacant", ogr.OFTInteger))
    inside = int(n_buildings * 0.95)
    village = rng.integers(0, 600, inside)
    xy = np.column_stack(
        [
            x0 + (village % 24) * 1000 + 500 + rng.uniform(-400, 400, inside),
            y0 + (village // 24) * 1000 + 500 + rng.uniform(-400, 400, inside),
        ]
    )
    xy = np.vstack(
        [
            xy,
            np.column_stack(
                [
                    rng.uniform(x0, x0 + 24_000, n_buildings - inside),
                    rng.uniform(y0, y0 + 25_000, n_buildings - inside),
                ]
            ),
        ]
    )
    vacant = (rng.uniform(size=n_buildings) < 0.2).astype(int)
    buildings.StartTransaction()
    definition = buildings.GetLayerDefn()
    for (x, y), flag in zip(xy, vacant):
        feature = ogr.Feature(definition)
        feature.SetField(0, int(flag))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(float(x), float(y))
        feature.SetGeometryDirectly(point)
        buildings.CreateFeature(feature)
    buildings.CommitTransaction()
    ds = None


def hollow(folder, scale, repeats):
    import processing
    from qgis.core import QgsVectorLayer

    n = int(250_000 * scale)
    gpkg = Path(folder) / "hollow.gpkg"
    hollow_data(gpkg, n)
    print(f"Hollow villages: {n:,} building points in 600 village polygons")
    run = [0]

    def ours():
        run[0] += 1
        return processing.run(
            "urflow:hollowvillages",
            {
                "VILLAGES": f"{gpkg}|layername=villages",
                "VILLAGE_ID_FIELD": "village_id",
                "REGISTERED_POP_FIELD": "registered_pop",
                "RESIDENT_POP_FIELD": "resident_pop",
                "BUILDINGS": f"{gpkg}|layername=buildings",
                "BUILDING_VACANT_FIELD": "vacant",
                "OUTPUT": str(Path(folder) / f"hollow{run[0]}.gpkg"),
                "WEIGHTS_TABLE": str(Path(folder) / f"weights{run[0]}.csv"),
            },
        )

    def native():
        run[0] += 1
        return processing.run(
            "native:countpointsinpolygon",
            {
                "POLYGONS": f"{gpkg}|layername=villages",
                "POINTS": f"{gpkg}|layername=buildings",
                "FIELD": "NUMPOINTS",
                "OUTPUT": str(Path(folder) / f"count{run[0]}.gpkg"),
            },
        )

    native_s, native_all = best_of(repeats, native)
    ours_s, ours_all = best_of(repeats, ours)
    # the same counts: buildings per village
    counted = QgsVectorLayer(str(Path(folder) / f"count{run[0] - repeats}.gpkg"), "c", "ogr")
    total_native = sum(f["NUMPOINTS"] for f in counted.getFeatures())
    ratio = ours_s / native_s
    print(f"  native:countpointsinpolygon                       {native_s:8.2f} s  {native_all}")
    print(f"  urflow:hollowvillages (A2 + population indicators) {ours_s:8.2f} s  {ours_all}")
    print(f"  ratio {ratio:.2f}x (target <= 1.2x); points in villages (native): {total_native:,}")
    return {"buildings": n, "native_s": native_s, "urflow_s": ours_s, "ratio": ratio}


# -- memory of the travel-cost step ------------------------------------------------------------


def memory_child(size, n_facilities):
    sys.path.insert(0, str(HERE.parent / ".build" / "plugins"))
    from urflow.core import access

    coords, offsets, speeds, directions = synthetic_network(size, 42)
    roads = access.RoadLines(coords, offsets, speeds, directions.astype(np.int8))
    rng = np.random.default_rng(1)
    extent = coords.max(axis=0)
    demand = rng.uniform(0, 1, (20_000, 2)) * extent
    facilities = rng.uniform(0, 1, (n_facilities, 2)) * extent
    graph, _ = access.road_graph(roads, access.Travel("car"))
    before = peak_mb()
    start = time.perf_counter()
    costs = access.od_costs(demand, facilities, access.Travel("car"), graph, cutoff=15.0)
    seconds = time.perf_counter() - start
    print(
        "RESULT "
        + json.dumps(
            {
                "facilities": n_facilities,
                "edges": int(graph.n_edges),
                "pairs": int(costs.matrix.nnz),
                "before_mb": before,
                "peak_mb": peak_mb(),
                "seconds": seconds,
            }
        )
    )


def memory(scale):
    size = max(30, int(round(230 * np.sqrt(scale))))
    rows = []
    print(f"Travel-cost step memory: {size} x {size} grid, 20 000 villages, car, 15 min")
    for n in (100, 400, 1600):
        n = max(2, int(n * scale))
        out = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(size), str(n)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        row = json.loads(out[out.index("RESULT ") + 7 :])
        rows.append(row)
        print(
            f"  {row['facilities']:>6} facilities ({row['edges']:,} edges): "
            f"{row['seconds']:6.1f} s, pairs {row['pairs']:>10,}, peak RSS "
            f"{row['peak_mb']:.0f} MB (+{row['peak_mb'] - row['before_mb']:.0f} MB in od_costs)"
        )
    return rows


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--case", default="all", choices=("all", "county", "hollow", "memory"))
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--repeats", type=int, default=2)
    p.add_argument("--json")
    p.add_argument("--memory-child", nargs=2, type=int)
    args = p.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child)
        return
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        if args.case in ("all", "county", "hollow"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            app, _plugin = start_qgis(with_urflow=True)
            if args.case in ("all", "county"):
                figures["county"] = county(folder, args.scale, args.repeats)
            if args.case in ("all", "hollow"):
                figures["hollow"] = hollow(folder, args.scale, args.repeats)
        if args.case in ("all", "memory"):
            figures["memory"] = memory(args.scale)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

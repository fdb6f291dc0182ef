"""A larger synthetic county for the cancellation tests: a road grid and many villages.

``make_county(path, n)`` writes one GeoPackage (EPSG:4548) with
- ``roads``: an n × n grid of 200 m road segments (2 n (n - 1) lines), speed and class;
- ``villages``: (n / 2)² square village polygons of 400 m with census fields;
- ``village_points``: their centres (demand) with ``pop``;
- ``facilities``: every 7th village centre, with ``capacity``;
- ``settlements``: four overlapping-free squares inside each village;
- ``DLTB``: 三调-style parcels: each settlement a homestead (DLBM 0702, CZCSXM 203), the rest
  of each village cultivated land (0103, with the settlements as holes) with a grade;
- ``redline``: a polygon strip over a fifth of the county;
- ``nodes`` and ``od``: flow nodes (the village centres, a town every 9th) and an OD table.
"""

import random
from pathlib import Path

X0, Y0 = 39_500_000.0 - 39_000_000.0 + 500_000.0, 3_500_000.0  # inside CGCS2000 GK zone 39
STEP = 200.0


def make_county(path: Path, n: int = 80, seed: int = 7) -> Path:
    from osgeo import ogr, osr

    ogr.UseExceptions()
    rng = random.Random(seed)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    if Path(path).exists():
        Path(path).unlink()
    data = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))

    def layer(name, geometry, fields):
        lay = data.CreateLayer(name, srs if geometry != ogr.wkbNone else None, geometry)
        for field_name, kind in fields:
            lay.CreateField(ogr.FieldDefn(field_name, kind))
        return lay

    def add(lay, wkt, **values):
        feature = ogr.Feature(lay.GetLayerDefn())
        for key, value in values.items():
            feature.SetField(key, value)
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lay.CreateFeature(feature)

    roads = layer(
        "roads",
        ogr.wkbLineString,
        [("speed_kmh", ogr.OFTReal), ("road_class", ogr.OFTString)],
    )
    data.StartTransaction()
    for i in range(n):
        for j in range(n - 1):
            x, y = X0 + i * STEP, Y0 + j * STEP
            cls = "county" if i % 10 == 0 else "village"
            speed = 50.0 if cls == "county" else 25.0
            add(roads, f"LINESTRING({x} {y},{x} {y + STEP})", speed_kmh=speed, road_class=cls)
            x, y = X0 + j * STEP, Y0 + i * STEP
            add(roads, f"LINESTRING({x} {y},{x + STEP} {y})", speed_kmh=speed, road_class=cls)
    data.CommitTransaction()

    census = [
        ("village_id", ogr.OFTString),
        ("village_name", ogr.OFTString),
        ("town_name", ogr.OFTString),
        ("registered_pop", ogr.OFTReal),
        ("resident_pop", ogr.OFTReal),
        ("pop_60plus", ogr.OFTReal),
        ("outmigrant_workers", ogr.OFTReal),
        ("working_age_pop", ogr.OFTReal),
        ("homesteads", ogr.OFTReal),
        ("idle_homesteads", ogr.OFTReal),
        ("is_traditional", ogr.OFTInteger),
    ]
    villages = layer("villages", ogr.wkbPolygon, census)
    points = layer(
        "village_points", ogr.wkbPoint, [("village_id", ogr.OFTString), ("pop", ogr.OFTReal)]
    )
    facilities = layer(
        "facilities", ogr.wkbPoint, [("fac_id", ogr.OFTString), ("capacity", ogr.OFTReal)]
    )
    settlements = layer(
        "settlements", ogr.wkbPolygon, [("settle_id", ogr.OFTString), ("village_id", ogr.OFTString)]
    )
    nodes = layer(
        "nodes",
        ogr.wkbPoint,
        [("node_id", ogr.OFTString), ("node_type", ogr.OFTString), ("population", ogr.OFTReal)],
    )
    od = layer(
        "od",
        ogr.wkbNone,
        [("origin", ogr.OFTString), ("destination", ogr.OFTString), ("workers", ogr.OFTReal)],
    )
    dltb = layer(
        "DLTB",
        ogr.wkbPolygon,
        [
            ("BSM", ogr.OFTString),
            ("DLBM", ogr.OFTString),
            ("CZCSXM", ogr.OFTString),
            ("GDDB", ogr.OFTInteger),
            ("TBMJ", ogr.OFTReal),
        ],
    )
    size = 2 * STEP
    m = n // 2
    towns = []
    data.StartTransaction()
    for i in range(m):
        for j in range(m):
            k = i * m + j
            vid = f"V{k:05d}"
            x, y = X0 + i * size, Y0 + j * size
            registered = rng.uniform(300, 2000)
            resident = registered * rng.uniform(0.4, 0.95)
            add(
                villages,
                f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))",
                village_id=vid,
                village_name=f"村{k}",
                town_name=f"镇{i // 8}",
                registered_pop=registered,
                resident_pop=resident,
                pop_60plus=resident * rng.uniform(0.1, 0.4),
                outmigrant_workers=registered * rng.uniform(0.05, 0.5),
                working_age_pop=registered * 0.6,
                homesteads=rng.randint(50, 400),
                idle_homesteads=rng.randint(0, 50),
                is_traditional=int(k % 50 == 0),
            )
            cx, cy = x + size / 2 + 7, y + size / 2 + 11
            add(points, f"POINT({cx} {cy})", village_id=vid, pop=resident)
            if k % 7 == 0:
                add(facilities, f"POINT({cx} {cy})", fac_id=f"F{k:05d}", capacity=300.0)
            holes = []
            for q, (dx, dy) in enumerate(((20, 20), (220, 20), (20, 220), (220, 220))):
                a, b = x + dx, y + dy
                ring = f"({a} {b},{a + 150} {b},{a + 150} {b + 150},{a} {b + 150},{a} {b})"
                add(settlements, f"POLYGON({ring})", settle_id=f"{vid}-{q}", village_id=vid)
                # 三调 parcels: each settlement a homestead of rural settlement land ...
                add(
                    dltb,
                    f"POLYGON({ring})",
                    BSM=f"{vid}-{q}",
                    DLBM="0702",
                    CZCSXM="203",
                    TBMJ=22500.0,
                )
                holes.append(f"({a} {b},{a} {b + 150},{a + 150} {b + 150},{a + 150} {b},{a} {b})")
            # ... and the rest of the village cultivated land (with the settlements as holes)
            add(
                dltb,
                f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}),"
                + ",".join(holes)
                + ")",
                BSM=f"{vid}-C",
                DLBM="0103",
                GDDB=1 + k % 15,
                TBMJ=size * size - 4 * 22500.0,
            )
            town = k % 9 == 0
            add(
                nodes,
                f"POINT({cx} {cy})",
                node_id=vid,
                node_type="town" if town else "village",
                population=resident,
            )
            if town:
                towns.append(vid)
    for k in range(m * m):
        for t in rng.sample(towns, 3):
            add(od, None, origin=f"V{k:05d}", destination=t, workers=rng.uniform(1, 40))
    data.CommitTransaction()
    redline = layer("redline", ogr.wkbPolygon, [("rid", ogr.OFTString)])
    width = n * STEP
    add(
        redline,
        f"POLYGON(({X0} {Y0},{X0 + width / 5} {Y0},{X0 + width / 5} {Y0 + width},"
        f"{X0} {Y0 + width},{X0} {Y0}))",
        rid="R1",
    )
    data = None
    return Path(path)

#!/usr/bin/env python3
"""Generate the bundled FICTITIOUS sample county 青溪县 (Qingxi County).

Everything here is invented for testing and demonstration: no real place, population or
parcel is described. The output is deterministic (one fixed seed, no clock), so the tests and
the demo can rely on exact ids and counts.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_sample_county.py [--out DIR]

Writes DIR/sample_county.gpkg and DIR/night_light.tif (default DIR = resources/sample/),
overwriting them. Layer and field names are a contract described in resources/sample/README.md.
"""

import argparse
import math
import os
import sys
from collections import defaultdict

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from sample_natural_villages import layer_spec as natural_villages_spec
from sample_natural_villages import natural_village_records
from scipy.sparse.csgraph import minimum_spanning_tree
from scipy.spatial import cKDTree

SEED = 20240611
EPSG = 4548  # CGCS2000 / 3-degree Gauss-Kruger CM 117E, no zone prefix
CENTER = (530500.0, 3519500.0)  # ~117.32E 31.80N
COUNTY_CODE = "349901"  # not a real county code (no prefecture 3499 exists)
N_VILLAGES = 150
HOMESTEAD_CAP_M2 = 200.0  # provincial per-household homestead cap used for over_standard
SLOT_USE = 0.75  # share of the 16 m x 24 m row slots inside a patch that hold a homestead
DEFAULT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "sample")

# code suffix, name, English name, type, terrain, seat offset from CENTER (km), project area
TOWNSHIPS = [
    ("100", "城关镇", "Chengguan Town", "county_seat", "seat", (8.0, 1.0), "PA01"),
    ("101", "北塘镇", "Beitang Town", "town", "plain", (2.0, 11.0), "PA01"),
    ("102", "东湖镇", "Donghu Town", "town", "plain", (16.0, 9.0), "PA02"),
    ("103", "柳河镇", "Liuhe Town", "town", "plain", (15.0, -9.0), "PA02"),
    ("104", "南桥镇", "Nanqiao Town", "town", "plain", (1.0, -10.0), "PA03"),
    ("105", "石门镇", "Shimen Town", "town", "hill", (-16.0, -1.0), "PA04"),
    ("200", "云岭乡", "Yunling Township", "township", "hill", (-12.0, 9.0), "PA04"),
    ("201", "杉坑乡", "Shankeng Township", "township", "hill", (-9.0, -11.0), "PA03"),
    ("202", "河口乡", "Hekou Township", "township", "plain", (8.0, -7.0), "PA02"),
]
SEAT_FRINGE_KM = 5.5  # villages of the seat town closer than this to the seat are seat fringe

# Census draws per village terrain class: (low, high) uniform ranges.
DEMOGRAPHY = {
    "hill": dict(
        reg=(600, 1500),
        p1=(0.30, 0.60),
        old=(0.30, 0.45),
        out=(0.45, 0.75),
        idle=(0.20, 0.40),
        multi=(0.06, 0.14),
        over=(0.04, 0.10),
        income=(5, 30),
        kid35=(0.012, 0.022),
        kid611=(0.025, 0.045),
        land=(90, 130),
        patches=(2, 5),
    ),
    "plain": dict(
        reg=(1000, 2500),
        p1=(0.10, 0.30),
        old=(0.20, 0.30),
        out=(0.25, 0.45),
        idle=(0.05, 0.15),
        multi=(0.04, 0.10),
        over=(0.06, 0.14),
        income=(20, 120),
        kid35=(0.022, 0.032),
        kid611=(0.045, 0.065),
        land=(110, 150),
        patches=(3, 6),
    ),
    "seat_fringe": dict(
        reg=(1200, 2500),
        p1=(0.01, 0.08),
        old=(0.12, 0.20),
        out=(0.05, 0.20),
        idle=(0.0, 0.05),
        multi=(0.02, 0.06),
        over=(0.03, 0.08),
        income=(80, 400),
        kid35=(0.030, 0.040),
        kid611=(0.060, 0.080),
        land=(100, 130),
        patches=(3, 5),
    ),
}

SURNAMES = [
    ("张", "Zhang"),
    ("李", "Li"),
    ("王", "Wang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("周", "Zhou"),
    ("吴", "Wu"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("朱", "Zhu"),
    ("马", "Ma"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("何", "He"),
    ("高", "Gao"),
    ("林", "Lin"),
    ("罗", "Luo"),
    ("梁", "Liang"),
    ("宋", "Song"),
    ("郑", "Zheng"),
    ("谢", "Xie"),
    ("唐", "Tang"),
    ("韩", "Han"),
    ("曹", "Cao"),
    ("许", "Xu"),
    ("邓", "Deng"),
    ("冯", "Feng"),
    ("桃", "Tao"),
    ("柳", "Liu"),
    ("杏", "Xing"),
    ("枫", "Feng"),
    ("松", "Song"),
    ("竹", "Zhu"),
    ("梅", "Mei"),
    ("荷", "He"),
    ("石", "Shi"),
    ("沙", "Sha"),
    ("青", "Qing"),
    ("白", "Bai"),
    ("红", "Hong"),
    ("金", "Jin"),
    ("新", "Xin"),
    ("前", "Qian"),
    ("后", "Hou"),
    ("上", "Shang"),
    ("下", "Xia"),
    ("大", "Da"),
    ("小", "Xiao"),
    ("双", "Shuang"),
    ("三", "San"),
    ("五", "Wu"),
]
PLAIN_SUFFIX = [
    ("庄", "zhuang"),
    ("集", "ji"),
    ("圩", "wei"),
    ("塘", "tang"),
    ("岗", "gang"),
    ("桥", "qiao"),
    ("湾", "wan"),
    ("店", "dian"),
    ("营", "ying"),
    ("郢", "ying"),
    ("楼", "lou"),
    ("墩", "dun"),
    ("埠", "bu"),
    ("河", "he"),
    ("湖", "hu"),
]
HILL_SUFFIX = [
    ("坑", "keng"),
    ("岭", "ling"),
    ("坞", "wu"),
    ("冲", "chong"),
    ("山", "shan"),
    ("坪", "ping"),
    ("源", "yuan"),
    ("坳", "ao"),
    ("岩", "yan"),
    ("峪", "yu"),
    ("岗", "gang"),
    ("湾", "wan"),
]
OUTSIDE_DESTS = [
    ("310000", "上海市"),
    ("320100", "南京市"),
    ("320500", "苏州市"),
    ("330100", "杭州市"),
    ("340100", "合肥市"),
]


# ----------------------------------------------------------------------------------------
# Small geometry helpers
# ----------------------------------------------------------------------------------------
def pxy(x, y):
    return QgsPointXY(float(x), float(y))


def polygon(xy):
    ring = [pxy(x, y) for x, y in xy]
    ring.append(ring[0])
    return QgsGeometry.fromPolygonXY([ring])


def polyline(xy):
    return QgsGeometry.fromPolylineXY([pxy(x, y) for x, y in xy])


def point(x, y):
    return QgsGeometry.fromPointXY(pxy(x, y))


def polygon_parts(g):
    """Single-part polygons of g (drops points/lines that overlays sometimes leave)."""
    if g is None or g.isEmpty():
        return []
    return [
        p
        for p in g.asGeometryCollection()
        if p.type() == QgsWkbTypes.GeometryType.PolygonGeometry and p.area() > 0
    ]


def largest_part(g):
    parts = polygon_parts(g)
    return max(parts, key=lambda p: p.area()) if parts else None


def line_parts(g):
    return [
        p
        for p in g.asGeometryCollection()
        if p.type() == QgsWkbTypes.GeometryType.LineGeometry and p.length() > 0
    ]


def blob(rng, cx, cy, area, aspect=1.0, angle=0.0, n=18, rough=0.22):
    """Irregular star-shaped polygon of exactly `area` m² around (cx, cy).

    Radii stay positive, so the ring never self-intersects and (cx, cy) is inside."""
    t = np.linspace(0.0, 2 * math.pi, n, endpoint=False)
    r = np.ones(n)
    for k in (2, 3, 4):
        r += rng.uniform(0, rough / k) * np.cos(k * t + rng.uniform(0, 2 * math.pi))
    r += rough * 0.3 * rng.uniform(-1, 1, n)
    x, y = r * np.cos(t) * aspect, r * np.sin(t)
    ca, sa = math.cos(angle), math.sin(angle)
    x, y = x * ca - y * sa, x * sa + y * ca
    a0 = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    s = math.sqrt(area / a0)
    return polygon(zip(cx + s * x, cy + s * y))


def wavy_line(rng, a, b, wiggle, step=200.0):
    """Gentle curve from a to b: a sine series offset perpendicular to the chord.

    The offset is a function of the chord parameter, so the curve never crosses itself; it
    is zero at both ends, so the end vertices are exactly a and b."""
    ax, ay = a
    bx, by = b
    length = math.hypot(bx - ax, by - ay)
    n = max(2, int(length / step))
    t = np.linspace(0.0, 1.0, n + 1)
    amp = min(wiggle * length, 1500.0)
    off = np.zeros_like(t)
    for k in (1, 2, 3):
        off += rng.normal(0, amp / k) * np.sin(k * math.pi * t)
    ux, uy = (bx - ax) / length, (by - ay) / length
    xs = ax + t * (bx - ax) - uy * off
    ys = ay + t * (by - ay) + ux * off
    xs[0], ys[0], xs[-1], ys[-1] = ax, ay, bx, by
    return polyline(zip(xs, ys))


def valid(g):
    """g itself when GEOS-valid, else its largest valid part (simplify can pinch rings)."""
    if g.isGeosValid():
        return g
    return largest_part(g.makeValid())


class prepared:
    """Prepared GEOS engine for fast repeated predicates; keeps its geometry alive."""

    def __init__(self, g):
        self.geom = QgsGeometry(g)
        self.eng = QgsGeometry.createGeometryEngine(self.geom.constGet())
        self.eng.prepareGeometry()

    def contains(self, other):
        """other: a QgsGeometry (held here while GEOS reads it)."""
        return self.eng.contains(other.constGet())


def index_of(geoms):
    idx = QgsSpatialIndex()
    for i, g in enumerate(geoms):
        idx.addFeature(i, g.boundingBox())
    return idx


def disjoint_from(g, geoms, idx):
    return not any(geoms[i].intersects(g) for i in idx.intersects(g.boundingBox()))


def random_point_in(rng, geom, eng=None, tries=2000):
    eng = eng or prepared(geom)
    bb = geom.boundingBox()
    for _ in range(tries):
        x = rng.uniform(bb.xMinimum(), bb.xMaximum())
        y = rng.uniform(bb.yMinimum(), bb.yMaximum())
        if eng.contains(point(x, y)):
            return x, y
    raise RuntimeError("no random point found inside geometry")


def voronoi_partition(points, region):
    """Voronoi cells of `points` clipped to `region`, one single-part polygon per point.

    A clipped cell that falls apart keeps the part holding its point; stray parts are merged
    into the neighbour sharing the longest border, so the cells still partition the region."""
    mp = QgsGeometry.fromMultiPointXY([pxy(x, y) for x, y in points])
    extent = QgsGeometry.fromRect(region.boundingBox()).buffer(5000, 1)
    cells = [None] * len(points)
    for cell in mp.voronoiDiagram(extent).asGeometryCollection():
        for i, (x, y) in enumerate(points):
            if cells[i] is None and cell.contains(pxy(x, y)):
                cells[i] = cell
                break
    strays = []
    for i, (x, y) in enumerate(points):
        parts = polygon_parts(cells[i].intersection(region))
        keep = [p for p in parts if p.contains(pxy(x, y))][0]
        strays += [p for p in parts if p is not keep]
        cells[i] = keep
    for s in strays:
        j = max(range(len(cells)), key=lambda k: s.buffer(0.5, 2).intersection(cells[k]).area())
        cells[j] = largest_part(cells[j].combine(s).buffer(0, 1))
    return cells


def smooth_field(rng, n_waves=5, wl=(4000, 9000)):
    """Random smooth scalar field in [-1, 1]: a sum of plane waves (ridges and valleys)."""
    waves = []
    for _ in range(n_waves):
        ang = rng.uniform(0, math.pi)
        k = 2 * math.pi / rng.uniform(*wl)
        waves.append((k * math.cos(ang), k * math.sin(ang), rng.uniform(0, 2 * math.pi)))

    def f(x, y):
        s = sum(np.sin(kx * x + ky * y + ph) for kx, ky, ph in waves)
        return s / n_waves * 1.6

    return f


def hilliness(x, y):
    """0 on the eastern plain, 1 in the western/south-western hills (smooth transition)."""
    dx, dy = (x - CENTER[0]) / 1000.0, (y - CENTER[1]) / 1000.0
    s = (-dx - 0.35 * dy - 4.0) / 5.0
    return 1.0 / (1.0 + np.exp(-2.0 * s))


def hollowing_field(towns):
    """Where people leave: a smooth field h in [0, 1] per point, 0 = thriving plain, 1 = remote
    hills. It is not the township terrain class, so hollowing varies within townships and across
    the hill-plain edge gradually:

    - a wavy hill-plain transition about 15 km wide (the edge of hilliness() bent by up to
      4 km by a slow smooth field, not a straight line);
    - remoteness: distance to the village's own township seat and to the county seat;
    - local relief: a short-wave smooth field (valleys keep people, ridges lose them).

    Its random numbers come from their own stream (seed SEED + 13), so every layer drawn from
    the main stream keeps its geometry and ids."""
    frng = np.random.default_rng(SEED + 13)
    bend = smooth_field(frng, n_waves=3, wl=(10000, 18000))
    relief = smooth_field(frng, n_waves=6, wl=(2500, 5000))
    county_seat = next(t["seat"] for t in towns if t["town_type"] == "county_seat")

    def h(x, y, town_seat):
        dx, dy = (x - CENTER[0]) / 1000.0, (y - CENTER[1]) / 1000.0
        s = (-dx - 0.35 * dy - 4.0 + 4.0 * float(bend(x, y))) / 7.5
        edge = 1.0 / (1.0 + math.exp(-2.0 * s))
        remote = min(1.0, max(0.0, (math.dist((x, y), town_seat) - 1500.0) / 6000.0))
        far = min(1.0, max(0.0, (math.dist((x, y), county_seat) - 8000.0) / 20000.0))
        v = 0.78 * edge + 0.18 * remote + 0.08 * far + 0.10 * float(relief(x, y)) - 0.06
        return min(1.0, max(0.0, v))

    return h


# ----------------------------------------------------------------------------------------
# Administrative layers
# ----------------------------------------------------------------------------------------
def make_county(rng):
    """Irregular outline: an ellipse 45 km x 35 km with a few random harmonics."""
    t = np.linspace(0, 2 * math.pi, 160, endpoint=False)
    r = np.ones_like(t)
    for k, amp in ((3, 0.07), (5, 0.04), (9, 0.02), (14, 0.01)):
        r += amp * np.sin(k * t + rng.uniform(0, 2 * math.pi))
    r += rng.normal(0, 0.004, t.size)
    xy = zip(CENTER[0] + 22500 * r * np.cos(t), CENTER[1] + 17500 * r * np.sin(t))
    geom = polygon(xy)
    attrs = dict(
        county_code=COUNTY_CODE,
        county_name="青溪县",
        county_name_en="Qingxi County (fictitious)",
        note="FICTITIOUS county generated by scripts/make_sample_county.py for "
        "testing and demonstration only / 虚构县域，仅供测试与演示",
    )
    return geom, attrs


def make_townships(county_geom):
    seats = [(CENTER[0] + 1000 * dx, CENTER[1] + 1000 * dy) for *_, (dx, dy), _ in TOWNSHIPS]
    cells = voronoi_partition(seats, county_geom)
    towns = []
    for (suffix, name, en, ttype, terrain, _, pa), seat, cell in zip(TOWNSHIPS, seats, cells):
        towns.append(
            dict(
                geom=cell,
                town_code=COUNTY_CODE + suffix,
                town_name=name,
                town_name_en=en,
                town_type=ttype,
                terrain=terrain,
                seat=seat,
                project_area=pa,
            )
        )
    return towns


def make_town_areas(rng, towns):
    """Built-up area of the county seat (CZCSXM 201) and of each township seat (202)."""
    areas = []
    for t in towns:
        x, y = t["seat"]
        if t["town_type"] == "county_seat":
            g = blob(rng, x, y, 14.0e6, aspect=1.25, angle=rng.uniform(0, 3), n=28, rough=0.25)
            czcsxm = "201"
        else:
            g = blob(
                rng,
                x,
                y,
                rng.uniform(0.6e6, 1.2e6),
                aspect=rng.uniform(1, 1.5),
                angle=rng.uniform(0, 3),
                n=20,
            )
            czcsxm = "202"
        g = largest_part(g.intersection(t["geom"]))
        areas.append(dict(geom=g, town_code=t["town_code"], czcsxm=czcsxm))
        t["town_area"] = g
    for i, a in enumerate(areas, 1):
        a["area_id"] = f"TA{i:02d}"
    return areas


def make_urban_boundary(rng, towns):
    """城镇开发边界: the built-up area plus room to grow (much more around the seat)."""
    ugbs = []
    for i, t in enumerate(towns, 1):
        grow = 1500.0 if t["town_type"] == "county_seat" else rng.uniform(300, 450)
        g = t["town_area"].buffer(grow, 6).simplify(40.0)
        g = largest_part(g.intersection(t["geom"]))
        t["ugb"] = g
        ugbs.append(
            dict(
                geom=g,
                ugb_id=f"UGB{i:02d}",
                town_code=t["town_code"],
                name=t["town_name"] + "城镇开发边界",
            )
        )
    return ugbs


def village_counts(towns):
    """Villages per township: proportional to area, denser on the plain."""
    km2_per_village = {"seat": 6.0, "plain": 6.5, "hill": 13.0}
    w = np.array([t["geom"].area() / 1e6 / km2_per_village[t["terrain"]] for t in towns])
    n = np.floor(w / w.sum() * N_VILLAGES).astype(int)
    for i in np.argsort(-(w / w.sum() * N_VILLAGES - n))[: N_VILLAGES - n.sum()]:
        n[i] += 1
    return n


def place_village_centres(rng, town, n):
    """Mitchell's best-candidate sampling: well spread, not too close to the town seat."""
    inner = town["geom"].buffer(-600, 4)
    eng = prepared(inner)
    seat = np.array(town["seat"])
    keep_out = 3300.0 if town["town_type"] == "county_seat" else 1400.0
    built = prepared(town["town_area"].buffer(700, 4))
    pts = []
    while len(pts) < n:
        best, best_d = None, -1.0
        for _ in range(40):
            c = np.array(random_point_in(rng, inner, eng))
            if np.hypot(*(c - seat)) < keep_out or built.contains(point(*c)):
                continue
            d = min([np.hypot(*(c - p)) for p in pts] + [np.hypot(*(c - seat)) * 1.3])
            if d > best_d:
                best, best_d = c, d
        pts.append(best)
    # order villages roughly north-west to south-east so codes read like a real list
    pts.sort(key=lambda p: (-round(p[1] / 3000), p[0]))
    return [tuple(p) for p in pts]


def village_names(rng, terrains):
    used, names = set(), []
    for terrain in terrains:
        suffixes = HILL_SUFFIX if terrain == "hill" else PLAIN_SUFFIX
        while True:
            a = SURNAMES[rng.integers(len(SURNAMES))]
            b = suffixes[rng.integers(len(suffixes))]
            if a[0] + b[0] not in used:
                used.add(a[0] + b[0])
                names.append((a[0] + b[0] + "村", a[1] + b[1]))
                break
    return names


def make_villages(rng, towns):
    villages = []
    for town, n in zip(towns, village_counts(towns)):
        centres = place_village_centres(rng, town, n)
        cells = voronoi_partition(centres, town["geom"])
        for k, (c, cell) in enumerate(zip(centres, cells)):
            if town["terrain"] == "hill":
                terrain = "hill"
            elif town["terrain"] == "seat" and math.dist(c, town["seat"]) < SEAT_FRINGE_KM * 1000:
                terrain = "seat_fringe"
            else:
                terrain = "plain"
            villages.append(
                dict(
                    geom=cell,
                    centre=c,
                    town=town,
                    terrain=terrain,
                    village_id=town["town_code"] + f"{200 + k + 1:03d}",
                    town_code=town["town_code"],
                    town_name=town["town_name"],
                )
            )
    for v, (zh, en) in zip(villages, village_names(rng, [v["terrain"] for v in villages])):
        v["village_name"], v["village_name_en"] = zh, en
    return villages


# ----------------------------------------------------------------------------------------
# Census (村情) fields
# ----------------------------------------------------------------------------------------
def choose_special_villages(rng, villages):
    """Pick the survey, traditional and quirk villages (ids are reported in the README)."""
    by_town = defaultdict(list)
    for v in villages:
        by_town[v["town_code"]].append(v)
    hill_towns = [t for t, vs in by_town.items() if vs[0]["town"]["terrain"] == "hill"]
    plain_towns = [t for t, vs in by_town.items() if vs[0]["town"]["terrain"] == "plain"]
    # the survey is kept small so the GeoPackage stays small: the hill township with most
    # (small) villages, the plain township with fewest villages, three seat-fringe villages
    hill_survey = max(hill_towns, key=lambda t: len(by_town[t]))
    plain_survey = min(plain_towns, key=lambda t: len(by_town[t]))
    fringe = [v for v in villages if v["terrain"] == "seat_fringe"]
    survey_fringe = [fringe[i] for i in sorted(rng.choice(len(fringe), 3, replace=False))]
    survey = set(
        v["village_id"] for v in by_town[hill_survey] + by_town[plain_survey] + survey_fringe
    )
    for v in villages:
        v["homestead_survey"] = int(v["village_id"] in survey)
    # in-migration quirk: three seat-fringe villages with more residents than registered
    inflow = [fringe[i] for i in sorted(rng.choice(len(fringe), 3, replace=False))]
    for v in inflow:
        v["inflow"] = True
    # missing age table: a plain village outside the survey
    plain = [v for v in villages if v["terrain"] == "plain" and not v["homestead_survey"]]
    plain[int(rng.integers(len(plain)))]["age_missing"] = True
    return survey


#: Census fields that follow the hollowing field: (range at h = 0, range at h = 1). A village
#: draws a quantile q of its terrain class's DEMOGRAPHY range (main stream, as before) and gets
#: the value at q in the range interpolated at its h.
FIELD_RANGES = {
    "p1": ((0.06, 0.26), (0.36, 0.66)),
    "old": ((0.18, 0.28), (0.32, 0.46)),
    "out": ((0.22, 0.42), (0.50, 0.78)),
    "idle": ((0.03, 0.13), (0.22, 0.42)),
    "income": ((30, 130), (5, 25)),
    "kid35": ((0.024, 0.034), (0.012, 0.020)),
    "kid611": ((0.048, 0.068), (0.025, 0.042)),
}


def field_value(key, cls, x, h):
    """The draw x from the class range of `key`, moved to the same quantile of the range at h."""
    lo, hi = DEMOGRAPHY[cls][key]
    q = (x - lo) / (hi - lo)
    (a0, b0), (a1, b1) = FIELD_RANGES[key]
    lo, hi = a0 + (a1 - a0) * h, b0 + (b1 - b0) * h
    return lo + q * (hi - lo)


def draw_census(rng, villages, towns):
    """Census per village. Seat-fringe villages draw from their own ranges. The other villages
    draw the same random numbers from the main stream as before (same count, same order, so
    the later layers are unchanged) but the hollowing fields are placed by hollowing_field()
    between the plain and the hill ranges, so they change gradually across the county and
    within each township."""
    field = hollowing_field(towns)
    for v in villages:
        cls = v["terrain"]
        d = DEMOGRAPHY[cls]
        h = None if cls == "seat_fringe" else field(*v["centre"], v["town"]["seat"])
        v["hollowing_h"] = h

        def u(key, d=d, cls=cls, h=h):
            x = rng.uniform(*d[key])
            if cls == "seat_fringe" or key not in FIELD_RANGES:
                return x
            return field_value(key, cls, x, h)

        lo, hi = d["reg"]
        if v["town"]["town_type"] == "township":
            hi = lo + (hi - lo) * 0.55  # 乡 villages are smaller than those of 镇
        reg = int(rng.integers(lo, hi + 1))
        if cls == "seat_fringe":
            p1 = rng.uniform(-0.15, -0.03) if v.get("inflow") else u("p1")
        else:
            p1 = u("p1") + rng.normal(0, 0.05)
            p1 = float(np.clip(p1, 0.02, 0.68))
        resident = int(round(reg * (1 - p1)))
        if cls == "seat_fringe" and not v.get("inflow"):
            resident = min(resident, reg - 5)
        p60 = int(round(resident * u("old")))
        working = int(round(reg * rng.uniform(0.55, 0.62)))
        households = int(round(reg / rng.uniform(3.0, 3.4)))
        v.update(
            registered_pop=reg,
            resident_pop=resident,
            pop_60plus=p60,
            pop_65plus=int(round(p60 * rng.uniform(0.62, 0.75))),
            pop_3_5=int(round(resident * u("kid35"))),
            pop_6_11=int(round(resident * u("kid611"))),
            working_age_pop=working,
            outmigrant_workers=int(round(working * u("out"))),
            households=households,
        )
        # the homestead survey's parcel draws (main stream) use the class-range idle rate,
        # whose value decides how many random numbers they take; redraw_idle() then sets the
        # surveyed parcels' idle flags from the field-placed rate with its own stream
        x, e = rng.uniform(*d["idle"]), rng.normal(0, 0.03)
        v["survey_idle_rate"] = float(np.clip(x + e, 0, 0.6))
        v["idle_rate"] = v["survey_idle_rate"]
        if cls != "seat_fringe":
            v["idle_rate"] = float(np.clip(field_value("idle", cls, x, h) + e, 0, 0.6))
        v.update(
            multi_rate=u("multi"),
            over_rate=u("over"),
            collective_income_10k=round(u("income"), 1),
            is_traditional=0,
        )
        if v.get("age_missing"):
            v["pop_60plus"] = v["pop_65plus"] = None


def choose_traditional(rng, villages):
    """传统村落: the most hollow hill village (the documented quirk), two more hill, one plain."""
    hill = sorted(
        [v for v in villages if v["terrain"] == "hill"],
        key=lambda v: v["resident_pop"] / v["registered_pop"],
    )
    plain = [v for v in villages if v["terrain"] == "plain" and not v.get("age_missing")]
    picks = [
        hill[0],
        hill[5 + int(rng.integers(10))],
        hill[20 + int(rng.integers(10))],
        plain[int(rng.integers(len(plain)))],
    ]
    for v in picks:
        v["is_traditional"] = 1
    return picks


# ----------------------------------------------------------------------------------------
# Settlements, homesteads, buildings
# ----------------------------------------------------------------------------------------
KAPPA_BY_SLOPE = {
    1: (0.85, 0.90),
    2: (0.80, 0.85),
    3: (0.72, 0.80),
    4: (0.65, 0.72),
    5: (0.60, 0.65),
}


def make_settlements(rng, villages, town_areas, dist_area):
    """2-6 irregular patches per village; the largest one sits on the village centre."""
    blocked = [a["geom"].buffer(150, 4) for a in town_areas]
    settlements = []
    for v in villages:
        d = DEMOGRAPHY[v["terrain"]]
        n = int(rng.integers(d["patches"][0], d["patches"][1] + 1))
        total = v["registered_pop"] * rng.uniform(*d["land"])
        sizes = np.sort(np.clip(rng.dirichlet([2.0] * n) * total, 5000, 80000))[::-1]
        inside = prepared(v["geom"].buffer(-40, 4))
        patches = []
        for k, size in enumerate(sizes):
            if k > 0:  # the core patch (village point) stays the largest one
                size = min(size, 0.98 * patches[0].area())
            for _ in range(60):
                if k == 0:
                    cx, cy = v["centre"]
                else:
                    ang, dist = rng.uniform(0, 2 * math.pi), rng.uniform(450, 1600)
                    cx = v["centre"][0] + dist * math.cos(ang)
                    cy = v["centre"][1] + dist * math.sin(ang)
                g = blob(
                    rng, cx, cy, size, aspect=rng.uniform(1.0, 1.8), angle=rng.uniform(0, math.pi)
                )
                ok = inside.contains(g)
                ok = ok and not any(g.buffer(80, 2).intersects(p) for p in patches)
                ok = ok and not any(g.intersects(b) for b in blocked)
                if ok:
                    patches.append(g)
                    break
                if k == 0:
                    size *= 0.85  # a village centre close to an edge gets a smaller core
            else:
                if k == 0:
                    raise RuntimeError(f"no core settlement for {v['village_id']}")
        v["patches"] = patches
        v["point"] = v["centre"]
        v["settlement_area_m2"] = float(sum(p.area() for p in patches))
        for k, g in enumerate(patches, 1):
            settlements.append(settlement_record(rng, v, k, g, dist_area))
    return settlements


def settlement_record(rng, v, k, g, dist_area):
    hill = v["terrain"] == "hill"
    slope = int(
        rng.choice([2, 3, 4, 5], p=[0.1, 0.35, 0.35, 0.2])
        if hill
        else rng.choice([1, 2], p=[0.7, 0.3])
    )
    grade = int(min(13, rng.integers(10, 13) + (slope >= 4)) if hill else rng.integers(7, 10))
    ha = g.area() / 1e4
    unit = rng.uniform(70, 100) if hill else rng.uniform(95, 140)  # 万元/ha, all-in
    return dict(
        geom=g,
        settle_id=f"{v['village_id']}-{k:02d}",
        village_id=v["village_id"],
        dlbm="0702",
        dlmc="农村宅基地",
        czcsxm="203",
        tbmj=round(dist_area.measureArea(g), 2),
        slope_class=slope,
        kappa=round(rng.uniform(*KAPPA_BY_SLOPE[slope]), 3),
        reclaim_grade=grade,
        cost_10k=round(ha * unit * rng.lognormal(0, 0.12), 1),
        project_area=v["town"]["project_area"],
        protected=v["is_traditional"],
    )


def rect(cx, cy, w, d, ux, uy):
    """Rectangle centred at (cx, cy), width w along (ux, uy) and depth d across it."""
    vx, vy = -uy, ux
    hw, hd = w / 2, d / 2
    return polygon(
        [
            (cx - ux * hw - vx * hd, cy - uy * hw - vy * hd),
            (cx + ux * hw - vx * hd, cy + uy * hw - vy * hd),
            (cx + ux * hw + vx * hd, cy + uy * hw + vy * hd),
            (cx - ux * hw + vx * hd, cy - uy * hw + vy * hd),
        ]
    )


def make_homesteads(rng, villages, settlements):
    """宅基地 parcels in rows (16 m x 24 m slots) inside the patches of surveyed villages,
    one main building per parcel; the village census fields are then set from the counts."""
    by_village = defaultdict(list)
    for s in settlements:
        by_village[s["village_id"]].append(s)
    parcels, buildings = [], []
    for v in villages:
        if not v["homestead_survey"]:
            continue
        slots = []
        for s in by_village[v["village_id"]]:
            ang = rng.uniform(0, math.pi)
            ux, uy = math.cos(ang), math.sin(ang)
            inner = prepared(s["geom"].buffer(-1.0, 2))
            c = s["geom"].centroid().asPoint()
            half = math.sqrt(s["geom"].boundingBox().area())
            for i in np.arange(-half, half, 16.0):
                for j in np.arange(-half, half, 24.0):
                    cx = c.x() + i * ux - j * uy
                    cy = c.y() + i * uy + j * ux
                    slots.append((s["settle_id"], cx, cy, ux, uy, inner))
        order = rng.permutation(len(slots))
        vp = []
        for si in order:
            if rng.random() > SLOT_USE:
                continue  # lanes, ponds, threshing floors, public buildings
            settle_id, cx, cy, ux, uy, inner = slots[si]
            over = rng.random() < v["over_rate"] * 1.3
            w, d = (
                (rng.uniform(14.0, 15.5), rng.uniform(16.0, 19.0))
                if over
                else (rng.uniform(12.0, 13.0), rng.uniform(12.5, 15.0))
            )
            a, b = rng.uniform(-0.2, 0.2), rng.uniform(-1.0, 1.0)  # along / across the row
            cx, cy = cx + a * ux - b * uy, cy + a * uy + b * ux
            g = rect(cx, cy, w, d, ux, uy)
            if inner.contains(g):
                vp.append(
                    dict(
                        geom=g,
                        village_id=v["village_id"],
                        settle_id=settle_id,
                        over=over,
                        c=(cx, cy, ux, uy, w, d),
                    )
                )
        vp.sort(key=lambda p: (p["settle_id"], round(p["c"][1], 1), round(p["c"][0], 1)))
        assign_households(rng, v, vp)
        for k, p in enumerate(vp, 1):
            p["parcel_id"] = f"{v['village_id']}-H{k:04d}"
            parcels.append(p)
            buildings.append(building_for(rng, v, p, k))
        v["homesteads"] = len(vp)
        v["idle_homesteads"] = sum(p["idle"] for p in vp)
        v["over_standard_hh"] = sum(p["over_standard"] for p in vp)
        v["multi_homestead_hh"] = len({p["household_id"] for p in vp if p["second"]})
    return parcels, buildings


def assign_households(rng, v, vp):
    """Household ids; some households hold a second parcel (一户多宅). At most one
    over-standard parcel per household so parcel and household counts agree."""
    n = len(vp)
    n_second = int(round(n * v["multi_rate"]))
    second = set(rng.choice(n, n_second, replace=False).tolist()) if n_second else set()
    firsts = [i for i in range(n) if i not in second]
    owners = rng.choice(firsts, n_second, replace=False) if n_second else []
    hh = {}
    for k, i in enumerate(firsts, 1):
        hh[i] = f"{v['village_id']}{k:04d}"
    for i, o in zip(sorted(second), owners):
        hh[i] = hh[int(o)]
    seen_over = set()
    for i, p in enumerate(vp):
        p["household_id"] = hh[i]
        p["second"] = i in second
        p["area_m2"] = round(p["geom"].area(), 2)
        p["over_standard"] = int(p["area_m2"] > HOMESTEAD_CAP_M2 and hh[i] not in seen_over)
        if p["over_standard"]:
            seen_over.add(hh[i])
        # second parcels are more often the idle ones (old house kept after building new)
        p["idle"] = int(rng.random() < idle_p(v["survey_idle_rate"], p))
    # a parcel larger than the cap whose household already has one stays in the data but
    # must not count twice: shrink it under the cap to keep the flag consistent with area
    for p in vp:
        if p["area_m2"] > HOMESTEAD_CAP_M2 and not p["over_standard"]:
            cx, cy, ux, uy, _, _ = p["c"]
            p["geom"] = rect(cx, cy, 12.5, 14.5, ux, uy)
            p["area_m2"] = round(p["geom"].area(), 2)


def building_for(rng, v, p, k):
    cx, cy, ux, uy, w, d = p["c"]
    bw, bd = w * rng.uniform(0.55, 0.75), d * rng.uniform(0.45, 0.6)
    shift = (d - bd) / 2 - 1.0  # main house at the back of the plot, yard in front
    g = rect(cx - uy * shift, cy + ux * shift, bw, bd, ux, uy)
    g = largest_part(g.intersection(p["geom"].buffer(-0.3, 2)))
    vacant = int(rng.random() < (0.85 if p["idle"] else 0.04))
    collapse_p = 0.10 if v["terrain"] == "hill" else 0.03
    return dict(
        geom=g,
        bldg_id=f"{v['village_id']}-B{k:04d}",
        village_id=v["village_id"],
        parcel_id=p["parcel_id"],
        floors=int(rng.choice([1, 2, 3], p=[0.35, 0.5, 0.15])),
        vacant=vacant,
        collapsed=int(vacant and rng.random() < collapse_p),
    )


def idle_p(rate, parcel):
    """Chance that a surveyed parcel is idle: second parcels more often (old house kept)."""
    return min(0.95, rate * (2.2 if parcel["second"] else 1))


def redraw_idle(villages, parcels, buildings):
    """Idle parcels and vacant / collapsed buildings of the surveyed villages from the village's
    field-placed idle rate (draw_census), with their own random stream (seed SEED + 14): the
    main stream drew them from the class-range rate, and its later layers stay as they were."""
    rng = np.random.default_rng(SEED + 14)
    by_id = {v["village_id"]: v for v in villages}
    for p, b in zip(parcels, buildings):
        assert b["parcel_id"] == p["parcel_id"]
        v = by_id[p["village_id"]]
        p["idle"] = int(rng.random() < idle_p(v["idle_rate"], p))
        b["vacant"] = int(rng.random() < (0.85 if p["idle"] else 0.04))
        collapse_p = 0.10 if v["terrain"] == "hill" else 0.03
        b["collapsed"] = int(bool(b["vacant"]) and rng.random() < collapse_p)
    idle = defaultdict(int)
    for p in parcels:
        idle[p["village_id"]] += p["idle"]
    for v in villages:
        if v["homestead_survey"]:
            v["idle_homesteads"] = idle[v["village_id"]]


def fill_unsurveyed_homesteads(rng, villages):
    """Census homestead fields of villages without the parcel survey (same slot density)."""
    for v in villages:
        if v["homestead_survey"]:
            continue
        hs = int(round(v["settlement_area_m2"] / 384.0 * SLOT_USE * rng.uniform(0.7, 0.85)))
        v["homesteads"] = hs
        v["idle_homesteads"] = int(round(hs * v["idle_rate"]))
        v["multi_homestead_hh"] = int(round(v["households"] * v["multi_rate"]))
        v["over_standard_hh"] = int(round(v["households"] * v["over_rate"]))


# ----------------------------------------------------------------------------------------
# Roads
# ----------------------------------------------------------------------------------------
ROAD_CLASSES = {
    "county": ("县道", (50, 60)),
    "township": ("乡道", (35, 40)),
    "village": ("村道", (20, 30)),
    "urban": ("城市道路", (30, 30)),
}


def village_junction(rng, v, seat, dist):
    """Where the village road leaves the township road: between the village and its seat."""
    vx, vy = v["point"]
    ang = math.atan2(seat[1] - vy, seat[0] - vx) + rng.uniform(-0.7, 0.7)
    return vx + dist * math.cos(ang), vy + dist * math.sin(ang)


def design_roads(rng, towns, villages, quirk):
    """Road centre lines before noding: (class, code, geometry) per designed route."""
    routes = []
    seat_town = towns[0]
    sx, sy = seat_town["seat"]
    wig = lambda hill: 0.10 if hill else 0.025  # noqa: E731  hill roads wind
    # county roads: seat to every township seat, plus a partial ring between towns
    others = sorted(towns[1:], key=lambda t: math.atan2(t["seat"][1] - sy, t["seat"][0] - sx))
    for t in others:
        routes.append(("county", wavy_line(rng, (sx, sy), t["seat"], 0.03, 300)))
    for a, b in zip(others, others[1:] + others[:1]):
        if math.dist(a["seat"], b["seat"]) < 16000:
            routes.append(
                (
                    "county",
                    wavy_line(rng, a["seat"], b["seat"], wig(a["terrain"] == "hill") * 0.6, 300),
                )
            )
    # urban streets: a rotated grid clipped to the county-seat built-up area
    ang = math.radians(12)
    ux, uy = math.cos(ang), math.sin(ang)
    for k in range(-4, 5):
        for ax, ay in ((ux, uy), (-uy, ux)):
            ox, oy = sx + k * 500 * -ay, sy + k * 500 * ax
            # the two central streets carry the seat as a vertex, so they meet the county
            # roads exactly there (no computed intersection a few nanometres off)
            mid = [(ox, oy)] if k == 0 else []
            g = polyline(
                [(ox - ax * 2600, oy - ay * 2600)] + mid + [(ox + ax * 2600, oy + ay * 2600)]
            )
            for part in line_parts(g.intersection(seat_town["town_area"].buffer(-20, 2))):
                routes.append(("urban", part))
    # township roads: spanning tree (plus loops on the plain) from the seat over junctions
    for t in towns:
        vs = [v for v in villages if v["town_code"] == t["town_code"]]
        hill = t["terrain"] == "hill"
        nodes = [t["seat"]]
        for v in vs:
            if v["village_id"] == quirk:
                continue
            v["junction"] = village_junction(
                rng, v, t["seat"], rng.uniform(350, 800) if hill else rng.uniform(250, 550)
            )
            nodes.append(v["junction"])
        xy = np.array(nodes)
        dm = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
        mst = minimum_spanning_tree(dm).toarray()
        edges = {(min(i, j), max(i, j)) for i, j in zip(*np.nonzero(mst))}
        loop_p, loop_len = (0.08, 3500) if hill else (0.35, 3000)
        for i in range(len(nodes)):
            j = int(np.argsort(dm[i])[2]) if len(nodes) > 2 else 0
            e = (min(i, j), max(i, j))
            if e not in edges and dm[i, j] < loop_len and rng.random() < loop_p:
                edges.add(e)
        for i, j in sorted(edges):
            routes.append(("township", wavy_line(rng, nodes[i], nodes[j], wig(hill), 150)))
        # village roads: junction -> village point, ending exactly on the village point
        for v in vs:
            if v["village_id"] != quirk:
                routes.append(
                    ("village", wavy_line(rng, v["junction"], v["point"], wig(hill), 100))
                )
    # extra village roads between neighbouring plain villages (dense plain network)
    flat = [v for v in villages if v["terrain"] != "hill" and v["village_id"] != quirk]
    tree = cKDTree([v["point"] for v in flat])
    for i, j in sorted(tree.query_pairs(2600)):
        if rng.random() < 0.3:
            routes.append(
                ("village", wavy_line(rng, flat[i]["point"], flat[j]["point"], 0.025, 120))
            )
    return routes


def quirk_spur(routes, v, stop=800.0):
    """Unfinished track towards the remote village: ends `stop` m short of its point."""
    vx, vy = v["point"]
    ends = []
    for cls, g in routes:
        pl = g.asPolyline()
        assert pl, (cls, g.asWkt()[:200])
        ends += [(pl[0].x(), pl[0].y()), (pl[-1].x(), pl[-1].y())]
    ends = np.array(ends)
    d = np.hypot(ends[:, 0] - vx, ends[:, 1] - vy)
    k = int(np.argmin(d))
    nx, ny = ends[k]
    if d[k] > stop + 150:
        f = (d[k] - stop) / d[k]
        routes.append(("village", polyline([(nx, ny), (nx + f * (vx - nx), ny + f * (vy - ny))])))


def node_routes(routes):
    """Split every route at every junction (GEOS union nodes the linework) and give each
    piece the class and code of the route it comes from."""
    geoms = [g for _, g in routes]
    idx = index_of(geoms)
    pieces = []
    for part in line_parts(QgsGeometry.unaryUnion(geoms)):
        mid = part.interpolate(part.length() / 2)
        cands = idx.intersects(mid.buffer(0.01, 2).boundingBox())
        best = min(cands, key=lambda i: geoms[i].distance(mid))
        pieces.append((best, part))
    pieces.sort(key=lambda p: (p[0], p[1].asPolyline()[0].x(), p[1].asPolyline()[0].y()))
    return pieces


def forest_track(rng, redline, roads_geom):
    """A short forest track inside a forest red-line polygon, far from every other road."""
    forests = sorted([r for r in redline if r["kind"] == "forest"], key=lambda r: -r["geom"].area())
    for f in forests:
        inner = f["geom"].buffer(-300, 4)
        if inner.isEmpty():
            continue
        eng = prepared(inner)
        for _ in range(200):
            x, y = random_point_in(rng, inner, eng)
            ang = rng.uniform(0, math.pi)
            a, b = (x, y), (x + 700 * math.cos(ang), y + 700 * math.sin(ang))
            g = wavy_line(rng, a, b, 0.08, 70)
            if eng.contains(g) and g.distance(roads_geom) > 400:
                return g
    raise RuntimeError("no place for the forest track")


def make_roads(towns, villages, redline):
    """Designed routes, noded; retried with another remote village until the remote-village
    quirk holds (nearest road 700-900 m away)."""
    hill = sorted(
        [v for v in villages if v["terrain"] == "hill" and not v["homestead_survey"]],
        key=lambda v: -min(math.dist(v["point"], w["point"]) for w in villages if w is not v),
    )
    for attempt, q in enumerate(hill[:20]):
        rng = np.random.default_rng([SEED, 9, attempt])
        routes = design_roads(rng, towns, villages, q["village_id"])
        quirk_spur(routes, q)
        all_lines = QgsGeometry.unaryUnion([g for _, g in routes])
        d = all_lines.distance(point(*q["point"]))
        if 700 <= d <= 900:
            track = forest_track(rng, redline, all_lines)
            routes.append(("track", track))
            return road_records(rng, routes, node_routes(routes)), q, d
    raise RuntimeError("remote-village quirk could not be placed")


def road_records(rng, routes, pieces):
    codes, counters = {}, {"county": 100, "township": 200, "village": 0, "urban": 0}
    prefix = {"county": "X", "township": "Y", "village": "C", "urban": "U"}
    speeds = {}
    records = []
    urban_pieces = [k for k, (r, _) in enumerate(pieces) if routes[r][0] == "urban"]
    one_way = dict(
        zip(
            sorted(rng.choice(urban_pieces, 4, replace=False).tolist()),
            ["forward", "backward", "forward", "backward"],
        )
    )
    for k, (r, g) in enumerate(pieces):
        cls = routes[r][0]
        track = cls == "track"
        cls = "village" if track else cls
        if r not in codes:
            counters[cls] += 1
            n = counters[cls]
            if track:
                codes[r] = "C999"  # the disconnected forest track
            elif cls == "urban":
                codes[r] = f"U{n:02d}"
            else:
                codes[r] = f"{prefix[cls]}{n:03d}"
            lo, hi = ROAD_CLASSES[cls][1]
            speeds[r] = 20.0 if track else float(round(rng.uniform(lo, hi)))
        speed = speeds[r]
        if cls == "village" and not track and rng.random() < 0.05:
            speed = None  # missing speed: algorithms fall back to the class default
        records.append(
            dict(
                geom=g,
                road_id=f"R{k + 1:05d}",
                road_code=codes[r],
                road_class=cls,
                class_zh=ROAD_CLASSES[cls][0],
                speed_kmh=speed,
                direction=one_way.get(k, "both"),
            )
        )
    return records


# ----------------------------------------------------------------------------------------
# Control lines, cultivated land, 建新 candidates
# ----------------------------------------------------------------------------------------
def make_eco_redline(rng, towns, villages, ridge):
    """Forest red line on the hill ridges, plus a reservoir water-source area (SW hills)."""
    hill_union = QgsGeometry.unaryUnion([t["geom"] for t in towns if t["terrain"] == "hill"])
    avoid = QgsGeometry.unaryUnion(
        [p.buffer(250, 4) for v in villages for p in v["patches"]]
        + [t["ugb"].buffer(300, 4) for t in towns]
    )
    # reservoir: the hill spot farthest from any village point
    pts = np.array([v["point"] for v in villages])
    core = hill_union.buffer(-2500, 4)
    eng = prepared(core)
    best, best_d = None, -1
    for _ in range(400):
        x, y = random_point_in(rng, core, eng)
        d = np.min(np.hypot(pts[:, 0] - x, pts[:, 1] - y))
        if y < CENTER[1] and d > best_d:
            best, best_d = (x, y), d
    water = blob(rng, best[0], best[1], 6.0e6, aspect=1.6, angle=rng.uniform(0, 3), n=24)
    water = largest_part(water.difference(avoid).intersection(hill_union))
    cells = []
    bb = hill_union.boundingBox()
    for x in np.arange(bb.xMinimum(), bb.xMaximum(), 500.0):
        for y in np.arange(bb.yMinimum(), bb.yMaximum(), 500.0):
            if ridge(x + 250, y + 250) > 0.25 and hilliness(x + 250, y + 250) > 0.6:
                cells.append(QgsGeometry.fromRect(QgsRectangle(x, y, x + 500, y + 500)))
    forest = QgsGeometry.unaryUnion(cells).buffer(200, 3).buffer(-200, 3).simplify(60)
    forest = forest.intersection(hill_union).difference(avoid).difference(water.buffer(50, 2))
    records = [dict(geom=water, kind="water_source", name="青溪水库饮用水水源保护区")]
    parts = sorted(
        [p for p in polygon_parts(forest) if p.area() > 1.0e6],
        key=lambda p: (p.centroid().asPoint().x(), p.centroid().asPoint().y()),
    )
    for k, p in enumerate(parts, 1):
        records.append(
            dict(geom=valid(p.simplify(10)), kind="forest", name=f"西部丘陵水源涵养林区{k}")
        )
    for r in records:
        r["geom"] = valid(r["geom"])
    for k, r in enumerate(records, 1):
        r["redline_id"] = f"EPR{k:02d}"
    return records


def make_cultivated(rng, villages, towns, redline, ridge):
    """耕地 blocks from a jittered ~600 m x 480 m grid: most of the plain, hill valleys only."""
    obstacles = [p.buffer(15, 2) for v in villages for p in v["patches"]]
    obstacles += [t["town_area"].buffer(30, 2) for t in towns] + [r["geom"] for r in redline]
    obs_idx = index_of(obstacles)
    vidx = index_of([v["geom"] for v in villages])
    grade_mean = {
        v["village_id"]: (
            rng.uniform(10.6, 12.4) if v["terrain"] == "hill" else rng.uniform(6.6, 8.4)
        )
        for v in villages
    }
    xs = np.arange(CENTER[0] - 23500, CENTER[0] + 23501, 600.0)
    ys = np.arange(CENTER[1] - 18500, CENTER[1] + 18501, 480.0)
    jx = rng.uniform(-70, 70, (len(xs), len(ys)))
    jy = rng.uniform(-60, 60, (len(xs), len(ys)))
    blocks = []
    for i in range(len(xs) - 1):
        for j in range(len(ys) - 1):
            quad = [
                (xs[a] + jx[a, b], ys[b] + jy[a, b])
                for a, b in ((i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1))
            ]
            cx, cy = np.mean(quad, axis=0)
            c = point(cx, cy)
            vs = [k for k in vidx.intersects(c.boundingBox()) if villages[k]["geom"].contains(c)]
            keep_p = 0.9
            if not vs:
                continue
            v = villages[vs[0]]
            if v["terrain"] == "hill" and ridge(cx, cy) > -0.05:
                continue  # hills: valley floors only
            if rng.random() > keep_p:
                continue
            g = polygon(quad).buffer(-8, 2, QgsGeometry.CapFlat, QgsGeometry.JoinStyleMiter, 2)
            g = g.intersection(v["geom"])
            for k in obs_idx.intersects(g.boundingBox()):
                if obstacles[k].intersects(g):
                    g = g.difference(obstacles[k])
            g = largest_part(g)
            if g is None or g.area() < 15000:
                continue
            blocks.append(cultivated_record(rng, v, g, grade_mean))
    for k, b in enumerate(blocks, 1):
        b["parcel_id"] = f"GD{k:05d}"
    return blocks


def cultivated_record(rng, v, g, grade_mean):
    hill = v["terrain"] == "hill"
    lo, hi = (10, 13) if hill else (6, 9)
    grade = int(np.clip(round(grade_mean[v["village_id"]] + rng.normal(0, 0.7)), lo, hi))
    kinds = [("0101", "水田"), ("0102", "水浇地"), ("0103", "旱地")]
    k = rng.choice(3, p=[0.5, 0.05, 0.45] if hill else [0.6, 0.12, 0.28])
    return dict(
        geom=valid(g.simplify(1.5)),
        village_id=v["village_id"],
        dlbm=kinds[k][0],
        dlmc=kinds[k][1],
        grade=grade,
        area_m2=0.0,
    )


def make_permanent_farmland(towns, cultivated):
    """永久基本农田: the better blocks outside every urban boundary, merged per township by a
    small closing (buffer out and back) that bridges the 16 m ditches between blocks."""
    ugb = [t["ugb"].buffer(100, 4) for t in towns]
    records = []
    for t in towns:
        sel = []
        for b in cultivated:
            if not b["village_id"].startswith(t["town_code"]):
                continue
            good = b["grade"] <= 8 or (b["grade"] == 10 and b["dlbm"] == "0101")
            if good and not any(b["geom"].intersects(u) for u in ugb):
                sel.append(b["geom"])
        if not sel:
            continue
        merged = QgsGeometry.unaryUnion(
            [g.buffer(9, 1, QgsGeometry.CapFlat, QgsGeometry.JoinStyleMiter, 2) for g in sel]
        )
        merged = merged.buffer(-9, 1, QgsGeometry.CapFlat, QgsGeometry.JoinStyleMiter, 2)
        merged = merged.intersection(t["geom"]).simplify(1.0)
        for p in polygon_parts(merged):
            if p.area() > 15000:
                records.append(dict(geom=valid(p)))
    for k, r in enumerate(records, 1):
        r["pbf_id"] = f"PBF{k:04d}"
        r["area_m2"] = round(r["geom"].area(), 2)
    return records


def make_candidates(rng, towns, villages, pbf, redline):
    """~40 建新 candidates; four of them break a rule on purpose (see README)."""
    seat = towns[0]
    taken = [p.buffer(60, 2) for v in villages for p in v["patches"]] + [
        t["town_area"] for t in towns
    ]
    taken_idx = index_of(taken)
    pbf_geoms = [p["geom"] for p in pbf]
    red_geoms = [r["geom"] for r in redline]
    pbf_idx, red_idx = index_of(pbf_geoms), index_of(red_geoms)
    cands = []

    def free(g):
        """Not on a settlement, a built-up area or another candidate."""
        return disjoint_from(g, taken, taken_idx) and not any(
            g.intersects(c["geom"]) for c in cands
        )

    def clean(g):
        return (
            free(g)
            and disjoint_from(g, pbf_geoms, pbf_idx)
            and disjoint_from(g, red_geoms, red_idx)
        )

    def add(g, ctype, town, name):
        unit = {"urban": (600, 1200), "industrial": (150, 300), "resettlement": (40, 90)}[ctype]
        cands.append(
            dict(
                geom=g,
                cand_type=ctype,
                town_code=town["town_code"],
                name=name,
                project_area=town["project_area"],
                mandatory=0,
                value_10k=round(g.area() / 1e4 * rng.uniform(*unit), 1),
            )
        )

    def place(region, area_rng, ctype, town, name, n):
        eng = prepared(region)
        placed = 0
        for _ in range(3000):
            if placed == n:
                return
            x, y = random_point_in(rng, region, eng)
            g = blob(
                rng,
                x,
                y,
                rng.uniform(*area_rng),
                aspect=rng.uniform(1, 1.6),
                angle=rng.uniform(0, 3),
                n=10,
                rough=0.12,
            )
            if eng.contains(g) and clean(g):
                add(g, ctype, town, f"{name}{placed + 1}号地块")
                placed += 1
        raise RuntimeError(f"could not place {name}")

    growth = seat["ugb"].difference(seat["town_area"].buffer(30, 2))
    place(growth, (2.0e4, 9.0e4), "urban", seat, "城关镇城东新区", 16)
    place(growth, (4.0e4, 10.0e4), "industrial", seat, "青溪经济开发区", 4)
    for t in towns[1:]:
        ring = t["ugb"].buffer(900, 4).difference(t["town_area"].buffer(40, 2))
        ring = ring.intersection(t["geom"])
        place(ring, (0.5e4, 2.5e4), "resettlement", t, t["town_name"] + "农民安置区", 2)
        if t["terrain"] == "plain":
            place(
                t["ugb"].difference(t["town_area"].buffer(30, 2)),
                (3.0e4, 6.0e4),
                "industrial",
                t,
                t["town_name"] + "工业集中区",
                1,
            )
    for k in (0, 5, 9):  # a few must-build urban parcels, all inside the rules
        cands[k]["mandatory"] = 1
    n_normal = len(cands)
    deliberate_candidates(rng, towns, pbf, redline, free, clean, add)
    for k, c in enumerate(cands, 1):
        c["cand_id"] = f"JX{k:03d}"
    return cands, [c["cand_id"] for c in cands[n_normal:]]


def deliberate_candidates(rng, towns, pbf, redline, free, clean, add):
    """Two on permanent farmland, one on the red line, one urban outside the boundary."""
    seat = towns[0]
    for t in towns[1:3]:  # two plain towns: a parcel on the PBF polygon nearest the seat
        sx, sy = t["seat"]
        for p in sorted(pbf, key=lambda p: p["geom"].distance(point(sx, sy)))[:40]:
            c = p["geom"].pointOnSurface().asPoint()
            g = blob(rng, c.x() + 80, c.y(), rng.uniform(2.0e4, 4.0e4), n=10, rough=0.12)
            if free(g) and g.intersection(p["geom"]).area() > 5000:
                add(g, "resettlement", t, t["town_name"] + "集镇扩容安置区")
                break
        else:
            raise RuntimeError("PBF-overlapping candidate not placed")
    hill_town = next(t for t in towns if t["terrain"] == "hill")
    sx, sy = hill_town["seat"]
    forests = sorted(
        [r for r in redline if r["kind"] == "forest"],
        key=lambda r: r["geom"].distance(point(sx, sy)),
    )
    for r in forests:
        edge = r["geom"].nearestPoint(point(sx, sy)).asPoint()
        g = blob(rng, edge.x(), edge.y(), 3.0e4, n=10, rough=0.12)
        if free(g) and g.intersection(r["geom"]).area() > 5000:
            add(g, "industrial", hill_town, hill_town["town_name"] + "山地旅游配套地块")
            break
    else:
        raise RuntimeError("red-line candidate not placed")
    ring = seat["ugb"].buffer(1500, 4).difference(seat["ugb"].buffer(400, 4))
    eng = prepared(ring)
    for _ in range(2000):
        x, y = random_point_in(rng, ring, eng)
        g = blob(rng, x, y, rng.uniform(3.0e4, 6.0e4), n=10, rough=0.12)
        if clean(g):
            add(g, "urban", seat, "城关镇城北商住地块")
            break
    else:
        raise RuntimeError("outside-boundary candidate not placed")


# ----------------------------------------------------------------------------------------
# Facilities
# ----------------------------------------------------------------------------------------
def near(rng, xy, r_min=30, r_max=120):
    ang, d = rng.uniform(0, 2 * math.pi), rng.uniform(r_min, r_max)
    return xy[0] + d * math.cos(ang), xy[1] + d * math.sin(ang)


def make_facilities(rng, towns, villages):
    """Schools, kindergartens, clinics, health centres and elderly homes as point records."""
    seat = towns[0]
    seat_eng = prepared(seat["town_area"].buffer(-200, 4))
    in_seat = lambda: random_point_in(rng, seat["town_area"].buffer(-200, 4), seat_eng)  # noqa
    schools, kgs, clinics, health, elderly = [], [], [], [], []
    for nm in ["青溪县实验小学", "青溪县城关第二小学", "青溪县城关第三小学"]:
        seats = int(rng.integers(1800, 2600))
        schools.append(
            dict(
                xy=in_seat(),
                name=nm,
                school_type="primary",
                seats=seats,
                pupils=int(seats * rng.uniform(1.02, 1.15)),
                town=seat,
            )
        )
    for nm in ["青溪县第一中学(初中部)", "青溪县城关中学"]:
        seats = int(rng.integers(1800, 2400))
        schools.append(
            dict(
                xy=in_seat(),
                name=nm,
                school_type="junior",
                seats=seats,
                pupils=int(seats * rng.uniform(1.0, 1.1)),
                town=seat,
            )
        )
    for k in range(3):
        places = int(rng.integers(360, 540))
        kgs.append(
            dict(
                xy=in_seat(),
                name=f"青溪县城关第{'一二三'[k]}幼儿园",
                places=places,
                children=int(places * rng.uniform(1.0, 1.12)),
                town=seat,
            )
        )
    health.append(
        dict(xy=in_seat(), name="青溪县人民医院", level="county", beds=420, doctors=156, town=seat)
    )
    elderly.append(
        dict(
            xy=in_seat(), name="青溪县社会福利中心", home_type="county_welfare", beds=200, town=seat
        )
    )
    for t in towns[1:]:
        hill = t["terrain"] == "hill"
        short = t["town_name"][:-1]
        fill = (0.55, 0.8) if hill else (0.85, 1.0)
        seats = int(rng.integers(540, 900))
        schools.append(
            dict(
                xy=near(rng, t["seat"]),
                name=f"{short}中心小学",
                school_type="primary",
                seats=seats,
                pupils=int(seats * rng.uniform(*fill)),
                town=t,
            )
        )
        seats = int(rng.integers(600, 1000))
        schools.append(
            dict(
                xy=near(rng, t["seat"]),
                name=f"{short}初级中学",
                school_type="junior",
                seats=seats,
                pupils=int(seats * rng.uniform(*fill)),
                town=t,
            )
        )
        places = int(rng.integers(150, 270))
        kgs.append(
            dict(
                xy=near(rng, t["seat"]),
                name=f"{short}中心幼儿园",
                places=places,
                children=int(places * rng.uniform(*fill)),
                town=t,
            )
        )
        health.append(
            dict(
                xy=near(rng, t["seat"]),
                name=f"{short}卫生院",
                level="township",
                beds=int(rng.integers(15, 30) if hill else rng.integers(35, 70)),
                doctors=int(rng.integers(6, 12) if hill else rng.integers(12, 25)),
                town=t,
            )
        )
        elderly.append(
            dict(
                xy=near(rng, t["seat"]),
                name=f"{short}敬老院",
                home_type="township_home",
                beds=int(rng.integers(15, 30) if hill else rng.integers(45, 80)),
                town=t,
            )
        )
    # village level: primary schools in the larger plain villages, teaching points in hills
    plain = sorted(
        [v for v in villages if v["terrain"] != "hill"], key=lambda v: -v["registered_pop"]
    )
    for v in plain[:16]:
        seats = int(rng.integers(6, 13) * 30)
        schools.append(
            dict(
                xy=near(rng, v["point"]),
                name=v["village_name"][:-1] + "小学",
                school_type="primary",
                seats=seats,
                pupils=int(seats * rng.uniform(0.6, 1.0)),
                town=v["town"],
            )
        )
    for v in plain[:10]:
        places = int(rng.integers(3, 7) * 30)
        kgs.append(
            dict(
                xy=near(rng, v["point"]),
                name=v["village_name"][:-1] + "幼儿园",
                places=places,
                children=int(places * rng.uniform(0.6, 1.0)),
                town=v["town"],
            )
        )
    hill = [v for v in villages if v["terrain"] == "hill"]
    for k in sorted(rng.choice(len(hill), 5, replace=False)):
        v = hill[k]
        seats = int(rng.integers(30, 70))
        schools.append(
            dict(
                xy=near(rng, v["point"]),
                name=v["village_name"][:-1] + "教学点",
                school_type="teaching_point",
                seats=seats,
                pupils=int(seats * rng.uniform(0.3, 0.7)),
                town=v["town"],
            )
        )
    # village clinics: most plain villages, fewer hill villages (shared with a neighbour)
    for v in villages:
        p_has = {"hill": 0.7, "plain": 0.95, "seat_fringe": 0.85}[v["terrain"]]
        if rng.random() < p_has:
            doctors = int(rng.choice([0, 1, 2, 3], p=[0.08, 0.5, 0.32, 0.1]))
            clinics.append(
                dict(
                    xy=near(rng, v["point"]),
                    name=v["village_name"] + "卫生室",
                    doctors=doctors,
                    village_id=v["village_id"],
                    town=v["town"],
                )
            )
    # mutual-aid homes: mostly plain villages, a couple in the hills
    picks = [plain[k] for k in sorted(rng.choice(len(plain), 9, replace=False))]
    picks += [hill[k] for k in sorted(rng.choice(len(hill), 2, replace=False))]
    for v in picks:
        elderly.append(
            dict(
                xy=near(rng, v["point"]),
                name=v["village_name"] + "互助幸福院",
                home_type="mutual_aid",
                beds=int(rng.integers(8, 21)),
                town=v["town"],
            )
        )
    return dict(
        schools=schools,
        kindergartens=kgs,
        clinics=clinics,
        health_centres=health,
        elderly_homes=elderly,
    )


# ----------------------------------------------------------------------------------------
# Migration OD table and night lights
# ----------------------------------------------------------------------------------------
def make_migration(rng, villages, towns):
    seat = towns[0]
    rows = []
    for v in villages:
        share = {
            "hill": (0.12, 0.10, 0.78),
            "plain": (0.25, 0.12, 0.63),
            "seat_fringe": (0.55, 0.0, 0.45),
        }[v["terrain"]]
        p = rng.dirichlet(np.array(share) * 30 + 0.01)
        if v["town"] is seat:
            p = np.array([p[0] + p[1], 0.0, p[2]])
        k_out = sorted(rng.choice(len(OUTSIDE_DESTS), 2, replace=False))
        split = rng.uniform(0.5, 0.8)
        probs = [p[0], p[1], p[2] * split, p[2] * (1 - split)]
        counts = rng.multinomial(v["outmigrant_workers"], np.array(probs) / sum(probs))
        dests = [
            (seat["town_code"], "青溪县城", "county_seat"),
            (
                v["town_code"],
                v["town_name"] + "镇区" if v["town_name"][-1] != "乡" else v["town_name"] + "集镇",
                "town_seat",
            ),
        ]
        dests += [(OUTSIDE_DESTS[k][0], OUTSIDE_DESTS[k][1], "outside_county") for k in k_out]
        for (code, name, dtype), n in zip(dests, counts):
            if n > 0:
                rows.append(
                    dict(
                        od_id=f"OD{len(rows) + 1:04d}",
                        origin_village_id=v["village_id"],
                        origin_name=v["village_name"],
                        dest_code=code,
                        dest_name=name,
                        dest_type=dtype,
                        workers=int(n),
                        year=2023,
                    )
                )
    return rows


#: Approximate resident populations (millions, 2023) of the destinations outside the county.
OUTSIDE_POP_M = {"310000": 24.9, "320100": 9.5, "320500": 12.9, "330100": 12.5, "340100": 9.9}


def make_flow_nodes(towns, villages):
    """Nodes of the labour OD table: villages (rural), township seats (urban, the county seat is
    城关镇's seat) and the destinations outside the county (urban, without geometry: the
    county is fictitious, so they are not placed on its map). No random draws."""
    nodes = [
        dict(
            node_id=v["village_id"],
            name=v["village_name"],
            node_type="rural",
            population=v["resident_pop"],
            level="village",
            geom=point(*v["point"]),
        )
        for v in villages
    ]
    for t in towns:
        registered = sum(v["registered_pop"] for v in villages if v["town_code"] == t["town_code"])
        seat = t["town_type"] == "county_seat"
        nodes.append(
            dict(
                node_id=t["town_code"],
                name="青溪县城" if seat else t["town_name"] + "镇区",
                node_type="urban",
                population=120000 if seat else int(round(registered * 0.25, -2)),
                level="county_seat" if seat else "town_seat",
                geom=point(*t["seat"]),
            )
        )
    for code, name in OUTSIDE_DESTS:
        nodes.append(
            dict(
                node_id=code,
                name=name,
                node_type="urban",
                population=int(OUTSIDE_POP_M[code] * 1e6),
                level="outside_county",
                geom=None,
            )
        )
    return nodes


def make_hazard_zones(villages, traditional, county_geom):
    """地质灾害隐患区: three landslide zones in the hills, one on the most hollow traditional
    village (a heritage village in a hazard zone: a classification conflict) and two on the
    hilliest other hill villages. No random draws, so every other layer stays as it was."""
    hill = [v for v in villages if v["terrain"] == "hill" and not v.get("is_traditional")]
    hill.sort(key=lambda v: (-hilliness(*v["centre"]), v["village_id"]))
    picks = [traditional[0], hill[0]]
    picks.append(next(v for v in hill[1:] if math.dist(v["centre"], hill[0]["centre"]) > 6000))
    zones = []
    for k, v in enumerate(picks):
        cx, cy = v["geom"].centroid().asPoint().x(), v["geom"].centroid().asPoint().y()
        radius = 1.1 * math.sqrt(v["geom"].area() / math.pi)
        t = np.linspace(0, 2 * math.pi, 48, endpoint=False)
        r = radius * (1 + 0.12 * np.sin(3 * t + k) + 0.06 * np.sin(5 * t + 2 * k))
        ring = [(cx + ri * math.cos(ti), cy + ri * math.sin(ti)) for ri, ti in zip(r, t)]
        g = largest_part(polygon(ring + ring[:1]).intersection(county_geom))
        zones.append(
            dict(
                geom=g,
                hazard_id=f"HZ{k + 1:02d}",
                hazard_type="landslide",
                name=f"{v['village_name']}滑坡隐患区",
                village_id=v["village_id"],
            )
        )
    return zones


# 三调 DLTB-style 地类图斑 (urflow:landsurveylayers): derived from the layers above with its own
# random stream, drawn after everything else, so every other layer stays as it was.
DLTB_SEED = SEED + 12
DLTB_SELF_INTERSECTING = "cultivated"  # the kind of 图斑 given a twisted (bow-tie) corner


def twisted_corner(g, cut=6.0):
    """g with one corner digitised crosswise: a small bow-tie within 2·cut of the corner, the
    self-intersection 三调 deliveries often hold (GEOS-invalid, area almost unchanged)."""
    ring = g.asPolygon()[0][:-1]
    p0, p1, p2 = ring[0], ring[1], ring[2]

    def toward(a, b, d):
        n = math.hypot(b.x() - a.x(), b.y() - a.y())
        return pxy(a.x() + (b.x() - a.x()) * d / n, a.y() + (b.y() - a.y()) * d / n)

    corner = [toward(p1, p0, 2 * cut), toward(p1, p2, cut), toward(p1, p0, cut)]
    twisted = [p0, *corner, toward(p1, p2, 2 * cut)] + ring[2:]
    return QgsGeometry.fromPolygonXY([twisted + [twisted[0]]] + g.asPolygon()[1:])


def dltb_record(k, g, dlbm, dlmc, village, dist_area, czcsxm="", **extra):
    """One 图斑 with the 三调 DLTB fields (GB/T 21010-2017 working classification)."""
    tbmj = round(dist_area.measureArea(g), 2)
    kcxs = extra.pop("kcxs", 0.0)
    kcmj = round(tbmj * kcxs, 2)
    code = village["village_id"] + "0000000" if village else COUNTY_CODE + "0" * 13
    state = bool(extra.pop("state", False))
    return dict(
        geom=g,
        BSM=f"{COUNTY_CODE}2019{k:08d}",
        YSDM="2001010100",
        TBBH=str(k),
        DLBM=dlbm,
        DLMC=dlmc,
        QSXZ="20" if state else "30",  # 20 国有土地使用权, 30 集体土地所有权
        QSDWDM=code,
        QSDWMC=(village["village_name"] + "村民委员会") if village else "青溪县人民政府",
        ZLDWDM=code,
        ZLDWMC=(village["village_name"] + "村民委员会") if village else "青溪县",
        TBMJ=tbmj,
        KCDLBM="1203" if kcxs > 0 else None,
        KCXS=kcxs,
        KCMJ=kcmj,
        TBDLMJ=round(tbmj - kcmj, 2),
        GDLX=extra.pop("gdlx", None),
        GDPDJB=extra.pop("gdpdjb", None),
        GDDB=extra.pop("gddb", None),
        CZCSXM=czcsxm,
        SJNF=2019,
        BZ=extra.pop("bz", None),
    )


def make_dltb(villages, settlements, cultivated, town_areas, redline, dist_area):
    """三调 地类图斑 (DLTB) of the settlement land, cultivated land, town areas and red line.

    三调 maps a village's houses as 0702 农村宅基地 图斑 (not one per household, as the 房地一体
    survey does): every settlement patch is a 0702 图斑, CZCSXM 203, except that the core patch
    of each village gives its western 15 % to a public-service 图斑 (08H2 科教文卫用地) or, in
    every tenth village, to a village factory (0601 工业用地, CZCSXM 203A). Cultivated blocks keep
    their DLBM and get GDDB (等别) = grade, a slope class and a 田坎 deduction in the hills. The
    quirks of real deliveries: one cultivated 图斑 with a twisted corner (self-intersecting),
    one 0.4 m² sliver of 0702 beside a patch, and '203a' typed in lower case."""
    rng = np.random.default_rng(DLTB_SEED)
    by_id = {v["village_id"]: v for v in villages}
    vidx = index_of([v["geom"] for v in villages])
    records, cores, quirks = [], set(), {}

    def add(g, *args, **kw):
        records.append(dltb_record(len(records) + 1, g, *args, dist_area, **kw))
        return records[-1]

    def village_at(g):
        c = g.pointOnSurface()
        hits = [villages[i] for i in vidx.intersects(c.boundingBox())]
        return next((v for v in hits if v["geom"].contains(c)), None)

    factory = 0
    for s in settlements:
        v = by_id[s["village_id"]]
        g = s["geom"]
        if s["village_id"] not in cores:  # the core patch comes first
            cores.add(s["village_id"])
            bb = g.boundingBox()
            west = QgsGeometry.fromRect(
                QgsRectangle(
                    bb.xMinimum() - 1, bb.yMinimum() - 1, bb.xMinimum() + 0.15 * bb.width(),
                    bb.yMaximum() + 1,
                )
            )  # fmt: skip
            piece, rest = g.intersection(west), g.difference(west)
            if not (piece.isMultipart() or rest.isMultipart()):
                if villages.index(v) % 10 == 0:
                    factory += 1
                    code = "203a" if factory == 1 else "203A"  # typed in lower case once
                    add(piece, "0601", "工业用地", v, czcsxm=code)
                    if factory == 1:
                        quirks["lower_case_203a"] = records[-1]["BSM"]
                else:
                    add(piece, "08H2", "科教文卫用地", v, czcsxm="203")
                g = rest
        add(g, "0702", "农村宅基地", v, czcsxm="203", bz=s["settle_id"])
    # a 0.4 m² sliver (20 m x 2 cm) on the northern edge of the first patch: an overlay residue
    top = max(settlements[0]["geom"].asPolygon()[0], key=lambda p: p.y())
    sliver = QgsGeometry.fromRect(QgsRectangle(top.x() - 10, top.y(), top.x() + 10, top.y() + 0.02))
    add(sliver, "0702", "农村宅基地", by_id[settlements[0]["village_id"]], czcsxm="203")
    quirks["sliver"] = records[-1]["BSM"]
    for c in cultivated:
        v = by_id[c["village_id"]]
        hill = v["terrain"] == "hill"
        slope = int(rng.choice([2, 3, 4], p=[0.4, 0.4, 0.2])) if hill else 1
        kcxs = round(rng.uniform(0.04, 0.12), 3) if hill and c["dlbm"] != "0101" else 0.0
        add(
            c["geom"], c["dlbm"], c["dlmc"], v, kcxs=kcxs, gddb=c["grade"], gdpdjb=slope,
            gdlx=("TT" if slope >= 3 else "PD") if hill else None, bz=c["parcel_id"],
        )  # fmt: skip
    twisted = next(r for r in records if r["DLBM"] == "0101" and r["TBMJ"] > 100000)
    twisted["geom"] = twisted_corner(twisted["geom"])
    twisted["invalid_on_purpose"] = True
    quirks["self_intersecting"] = twisted["BSM"]
    for a in town_areas:
        add(a["geom"], "0701", "城镇住宅用地", village_at(a["geom"]), czcsxm=a["czcsxm"], state=1)
    for r in redline:
        water = r["kind"] == "water_source"
        add(r["geom"], "1103" if water else "0301", "水库水面" if water else "乔木林地",
            village_at(r["geom"]), state=water)  # fmt: skip
    assert not twisted["geom"].isGeosValid()
    return records, quirks


def make_night_light(rng, towns, villages, county_geom, path):
    """250 m radiance grid: seat and town glow plus per-patch glow proportional to the
    residents living there (hollow villages are darker per unit of settlement area)."""
    cell = 250.0
    bb = county_geom.boundingBox()
    x0 = math.floor(bb.xMinimum() / cell) * cell - cell
    y1 = math.ceil(bb.yMaximum() / cell) * cell + cell
    nx = int((math.ceil(bb.xMaximum() / cell) * cell + cell - x0) / cell)
    ny = int((y1 - (math.floor(bb.yMinimum() / cell) * cell - cell)) / cell)
    cx = x0 + cell * (np.arange(nx) + 0.5)
    cy = y1 - cell * (np.arange(ny) + 0.5)
    X, Y = np.meshgrid(cx, cy)
    img = 0.25 + 0.15 * rng.lognormal(0, 0.5, X.shape)
    sx, sy = towns[0]["seat"]
    img += 55 * np.exp(-((X - sx) ** 2 + (Y - sy) ** 2) / (2 * 1700.0**2))
    for t in towns[1:]:
        tx, ty = t["seat"]
        img += rng.uniform(10, 16) * np.exp(-((X - tx) ** 2 + (Y - ty) ** 2) / (2 * 450.0**2))
    for v in villages:
        for p in v["patches"]:
            c = p.centroid().asPoint()
            light = 1200.0 * v["resident_pop"] * p.area() / v["settlement_area_m2"]
            s = max(150.0, math.sqrt(p.area()) / 1.5)
            img += (
                light
                / (2 * math.pi * s * s)
                * np.exp(-((X - c.x()) ** 2 + (Y - c.y()) ** 2) / (2 * s * s))
            )
    img *= rng.uniform(0.93, 1.07, img.shape)
    inside = prepared(county_geom.buffer(1000, 4))
    mask = np.array([[inside.contains(point(x, y)) for x in cx] for y in cy])
    img = np.where(mask, np.round(img, 3), -9999.0).astype(np.float32)
    ds = gdal.GetDriverByName("GTiff").Create(
        path, nx, ny, 1, gdal.GDT_Float32, ["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=NO"]
    )
    ds.SetGeoTransform((x0, cell, 0, y1, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.SetDescription("radiance nW/cm2/sr (fictitious)")
    band.WriteArray(img)
    ds.SetMetadataItem(
        "TIFFTAG_IMAGEDESCRIPTION",
        "FICTITIOUS night-time light of 青溪县 (Qingxi County), nW/cm2/sr",
    )
    ds = None
    return img


# ----------------------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------------------
OGR_TYPES = {"str": ogr.OFTString, "int": ogr.OFTInteger, "real": ogr.OFTReal}
GEOM_TYPES = {
    "Polygon": ogr.wkbPolygon,
    "LineString": ogr.wkbLineString,
    "Point": ogr.wkbPoint,
    None: ogr.wkbNone,
}


def write_layer(ds, name, gtype, fields, records, description):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    lyr = ds.CreateLayer(
        name, srs if gtype else None, GEOM_TYPES[gtype], [f"DESCRIPTION={description}", "FID=fid"]
    )
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, OGR_TYPES[ftype]))
    lyr.StartTransaction()
    for r in records:
        f = ogr.Feature(lyr.GetLayerDefn())
        for fname, _ in fields:
            val = r[fname]
            if val is None:
                f.SetFieldNull(fname)
            else:
                f.SetField(fname, val)
        if gtype and r["geom"] is not None:
            g = ogr.CreateGeometryFromWkb(bytes(r["geom"].asWkb()))
            assert g.GetGeometryType() == GEOM_TYPES[gtype], (name, g.GetGeometryName())
            assert g.IsValid() or r.get("invalid_on_purpose"), (name, r)
            f.SetGeometry(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()


def desc(zh, what):
    return f"FICTITIOUS sample county 青溪县 (Qingxi County, fictitious): {zh} {what}."


def layer_specs(d):
    TXT, INT, REAL = "str", "int", "real"
    vfields = [
        ("village_id", TXT),
        ("village_name", TXT),
        ("village_name_en", TXT),
        ("town_code", TXT),
        ("town_name", TXT),
        ("terrain", TXT),
        ("registered_pop", INT),
        ("resident_pop", INT),
        ("pop_60plus", INT),
        ("pop_65plus", INT),
        ("pop_3_5", INT),
        ("pop_6_11", INT),
        ("working_age_pop", INT),
        ("outmigrant_workers", INT),
        ("households", INT),
        ("homesteads", INT),
        ("idle_homesteads", INT),
        ("multi_homestead_hh", INT),
        ("over_standard_hh", INT),
        ("settlement_area_m2", REAL),
        ("collective_income_10k", REAL),
        ("is_traditional", INT),
        ("homestead_survey", INT),
    ]
    pfields = [("fac_id", TXT), ("name", TXT)]
    return [
        (
            "county",
            "Polygon",
            [("county_code", TXT), ("county_name", TXT), ("county_name_en", TXT), ("note", TXT)],
            d["county"],
            desc("县域边界", "county boundary"),
        ),
        (
            "townships",
            "Polygon",
            [
                ("town_code", TXT),
                ("town_name", TXT),
                ("town_name_en", TXT),
                ("town_type", TXT),
                ("terrain", TXT),
            ],
            d["townships"],
            desc("乡镇界", "township boundaries"),
        ),
        (
            "villages",
            "Polygon",
            vfields,
            d["villages"],
            desc("行政村界与村情统计", "administrative villages with census fields"),
        ),
        (
            "village_points",
            "Point",
            [
                ("village_id", TXT),
                ("village_name", TXT),
                ("town_code", TXT),
                ("resident_pop", INT),
                ("pop_60plus", INT),
                ("pop_3_5", INT),
                ("pop_6_11", INT),
            ],
            d["village_points"],
            desc("村庄点", "main settlement point of each village"),
        ),
        (
            "settlements",
            "Polygon",
            [
                ("settle_id", TXT),
                ("village_id", TXT),
                ("dlbm", TXT),
                ("dlmc", TXT),
                ("czcsxm", TXT),
                ("tbmj", REAL),
                ("slope_class", INT),
                ("kappa", REAL),
                ("reclaim_grade", INT),
                ("cost_10k", REAL),
                ("project_area", TXT),
                ("protected", INT),
            ],
            d["settlements"],
            desc("农村居民点 (三调 CZCSXM 203)", "rural settlement patches, 拆旧 candidates"),
        ),
        (
            "homesteads",
            "Polygon",
            [
                ("parcel_id", TXT),
                ("village_id", TXT),
                ("settle_id", TXT),
                ("household_id", TXT),
                ("area_m2", REAL),
                ("idle", INT),
                ("over_standard", INT),
            ],
            d["homesteads"],
            desc("宅基地 (房地一体调查)", "homestead parcels of the surveyed villages"),
        ),
        (
            "buildings",
            "Polygon",
            [
                ("bldg_id", TXT),
                ("village_id", TXT),
                ("parcel_id", TXT),
                ("floors", INT),
                ("vacant", INT),
                ("collapsed", INT),
            ],
            d["buildings"],
            desc("农房", "building footprints on the surveyed homesteads"),
        ),
        (
            "town_areas",
            "Polygon",
            [("area_id", TXT), ("town_code", TXT), ("czcsxm", TXT)],
            d["town_areas"],
            desc("城镇建成区 (CZCSXM 201/202)", "built-up areas of the seats"),
        ),
        (
            "roads",
            "LineString",
            [
                ("road_id", TXT),
                ("road_code", TXT),
                ("road_class", TXT),
                ("class_zh", TXT),
                ("speed_kmh", REAL),
                ("direction", TXT),
            ],
            d["roads"],
            desc("道路网 (县道/乡道/村道/城市道路)", "noded road network"),
        ),
        (
            "schools",
            "Point",
            pfields + [("school_type", TXT), ("seats", INT), ("pupils", INT), ("town_code", TXT)],
            d["schools"],
            desc("中小学与教学点", "primary and junior schools, teaching points"),
        ),
        (
            "kindergartens",
            "Point",
            pfields + [("places", INT), ("children", INT), ("town_code", TXT)],
            d["kindergartens"],
            desc("幼儿园", "kindergartens"),
        ),
        (
            "clinics",
            "Point",
            pfields + [("doctors", INT), ("village_id", TXT), ("town_code", TXT)],
            d["clinics"],
            desc("村卫生室", "village clinics"),
        ),
        (
            "health_centres",
            "Point",
            pfields + [("level", TXT), ("beds", INT), ("doctors", INT), ("town_code", TXT)],
            d["health_centres"],
            desc("县医院与乡镇卫生院", "county hospital and township health centres"),
        ),
        (
            "elderly_homes",
            "Point",
            pfields + [("home_type", TXT), ("beds", INT), ("town_code", TXT)],
            d["elderly_homes"],
            desc("养老机构", "elderly-care homes"),
        ),
        (
            "cultivated",
            "Polygon",
            [
                ("parcel_id", TXT),
                ("village_id", TXT),
                ("dlbm", TXT),
                ("dlmc", TXT),
                ("grade", INT),
                ("area_m2", REAL),
            ],
            d["cultivated"],
            desc("耕地 (质量等别)", "cultivated land blocks with quality grade"),
        ),
        (
            "permanent_farmland",
            "Polygon",
            [("pbf_id", TXT), ("area_m2", REAL)],
            d["permanent_farmland"],
            desc("永久基本农田", "permanent basic farmland"),
        ),
        (
            "eco_redline",
            "Polygon",
            [("redline_id", TXT), ("name", TXT), ("kind", TXT)],
            d["eco_redline"],
            desc("生态保护红线", "ecological protection red line"),
        ),
        (
            "urban_boundary",
            "Polygon",
            [("ugb_id", TXT), ("town_code", TXT), ("name", TXT)],
            d["urban_boundary"],
            desc("城镇开发边界", "urban development boundaries"),
        ),
        (
            "construction_candidates",
            "Polygon",
            [
                ("cand_id", TXT),
                ("name", TXT),
                ("cand_type", TXT),
                ("mandatory", INT),
                ("value_10k", REAL),
                ("project_area", TXT),
                ("town_code", TXT),
            ],
            d["construction_candidates"],
            desc("增减挂钩建新候选地块", "construction (建新) candidate parcels"),
        ),
        (
            "migration_od",
            None,
            [
                ("od_id", TXT),
                ("origin_village_id", TXT),
                ("origin_name", TXT),
                ("dest_code", TXT),
                ("dest_name", TXT),
                ("dest_type", TXT),
                ("workers", INT),
                ("year", INT),
            ],
            d["migration_od"],
            desc("劳动力流动OD表", "labour-migration origin-destination table, 2023"),
        ),
        (
            "flow_nodes",
            "Point",
            [
                ("node_id", TXT),
                ("name", TXT),
                ("node_type", TXT),
                ("population", INT),
                ("level", TXT),
            ],
            d["flow_nodes"],
            desc("城乡流动节点", "nodes of the OD table: villages, town seats, outside cities"),
        ),
        (
            "hazard_zones",
            "Polygon",
            [("hazard_id", TXT), ("hazard_type", TXT), ("name", TXT), ("village_id", TXT)],
            d["hazard_zones"],
            desc("地质灾害隐患区", "geological hazard (landslide) zones"),
        ),
        (
            "DLTB",
            "Polygon",
            [
                ("BSM", TXT),
                ("YSDM", TXT),
                ("TBBH", TXT),
                ("DLBM", TXT),
                ("DLMC", TXT),
                ("QSXZ", TXT),
                ("QSDWDM", TXT),
                ("QSDWMC", TXT),
                ("ZLDWDM", TXT),
                ("ZLDWMC", TXT),
                ("TBMJ", REAL),
                ("KCDLBM", TXT),
                ("KCXS", REAL),
                ("KCMJ", REAL),
                ("TBDLMJ", REAL),
                ("GDLX", TXT),
                ("GDPDJB", INT),
                ("GDDB", INT),
                ("CZCSXM", TXT),
                ("SJNF", INT),
                ("BZ", TXT),
            ],
            d["DLTB"],
            desc("三调地类图斑", "三调-style land-use parcels (DLTB) from the layers above"),
        ),
        natural_villages_spec(d, desc),
    ]


def write_gpkg(path, data):
    if os.path.exists(path):
        os.remove(path)
    # fixed gpkg_contents.last_change so that reruns give byte-identical files
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2024-06-11T00:00:00.000Z")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    for name, gtype, fields, records, description in layer_specs(data):
        write_layer(ds, name, gtype, fields, records, description)
    ds = None
    ds = ogr.Open(path, 1)
    ds.ExecuteSQL("VACUUM")
    ds = None


def facility_records(facs):
    """Give facility dicts ids, a point geometry and their town code."""
    prefix = dict(
        schools="SCH", kindergartens="KG", clinics="CL", health_centres="HC", elderly_homes="EH"
    )
    out = {}
    for key, items in facs.items():
        out[key] = [
            dict(
                it,
                geom=point(*it["xy"]),
                fac_id=f"{prefix[key]}{k:03d}",
                town_code=it["town"]["town_code"],
            )
            for k, it in enumerate(items, 1)
        ]
    return out


# ----------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------
def build(out_dir):
    rng = np.random.default_rng(SEED)
    crs = QgsCoordinateReferenceSystem(f"EPSG:{EPSG}")
    dist_area = QgsDistanceArea()
    dist_area.setSourceCrs(crs, QgsCoordinateTransformContext())
    dist_area.setEllipsoid(crs.ellipsoidAcronym())  # TBMJ is an ellipsoidal area

    county_geom, county_attrs = make_county(rng)
    towns = make_townships(county_geom)
    town_areas = make_town_areas(rng, towns)
    ugbs = make_urban_boundary(rng, towns)
    villages = make_villages(rng, towns)
    choose_special_villages(rng, villages)
    draw_census(rng, villages, towns)
    traditional = choose_traditional(rng, villages)
    settlements = make_settlements(rng, villages, town_areas, dist_area)
    homesteads, buildings = make_homesteads(rng, villages, settlements)
    fill_unsurveyed_homesteads(rng, villages)
    redraw_idle(villages, homesteads, buildings)
    ridge = smooth_field(rng)
    redline = make_eco_redline(rng, towns, villages, ridge)
    roads, quirk_village, quirk_dist = make_roads(towns, villages, redline)
    cultivated = make_cultivated(rng, villages, towns, redline, ridge)
    for c in cultivated:
        c["area_m2"] = round(c["geom"].area(), 2)
    pbf = make_permanent_farmland(towns, cultivated)
    cands, deliberate_ids = make_candidates(rng, towns, villages, pbf, redline)
    facs = facility_records(make_facilities(rng, towns, villages))
    od = make_migration(rng, villages, towns)

    os.makedirs(out_dir, exist_ok=True)
    make_night_light(rng, towns, villages, county_geom, os.path.join(out_dir, "night_light.tif"))
    data = dict(
        county=[dict(county_attrs, geom=county_geom)],
        townships=towns,
        villages=villages,
        village_points=[dict(v, geom=point(*v["point"])) for v in villages],
        settlements=settlements,
        homesteads=homesteads,
        buildings=buildings,
        town_areas=town_areas,
        roads=roads,
        cultivated=cultivated,
        permanent_farmland=pbf,
        eco_redline=redline,
        urban_boundary=ugbs,
        construction_candidates=cands,
        migration_od=od,
        flow_nodes=make_flow_nodes(towns, villages),
        **facs,
        hazard_zones=make_hazard_zones(villages, traditional, county_geom),
        natural_villages=natural_village_records(villages, settlements),
    )
    data["DLTB"], dltb_quirks = make_dltb(
        villages, settlements, cultivated, town_areas, redline, dist_area
    )
    write_gpkg(os.path.join(out_dir, "sample_county.gpkg"), data)
    quirks = dict(
        age_table_missing=[v["village_id"] for v in villages if v.get("age_missing")],
        resident_gt_registered=[
            v["village_id"] for v in villages if v["resident_pop"] > v["registered_pop"]
        ],
        remote_village=(quirk_village["village_id"], round(quirk_dist, 1)),
        forest_track=[r["road_id"] for r in roads if r["road_code"] == "C999"],
        traditional=[v["village_id"] for v in traditional],
        most_hollow_traditional=traditional[0]["village_id"],
        deliberate_candidates=deliberate_ids,
        mandatory=[c["cand_id"] for c in cands if c["mandatory"]],
        survey_villages=[v["village_id"] for v in villages if v["homestead_survey"]],
        hazard_villages=[z["village_id"] for z in data["hazard_zones"]],
        dltb=dltb_quirks,
    )
    check_census(villages, data)
    # the protected traditional village is the most hollow one of the county (README quirk)
    p1 = {v["village_id"]: 1 - v["resident_pop"] / v["registered_pop"] for v in villages}
    assert max(p1, key=p1.get) == quirks["most_hollow_traditional"], quirks
    check_geometry(data, quirks)
    check_roads(data, quirks)
    check_written(os.path.join(out_dir, "sample_county.gpkg"), data)
    node_ids = {n["node_id"] for n in data["flow_nodes"]}
    assert len(node_ids) == len(data["flow_nodes"])
    assert all(r["origin_village_id"] in node_ids and r["dest_code"] in node_ids for r in od)
    return data, quirks


def check_census(villages, data):
    """Internal consistency of the census fields against the parcel layers."""
    parcels = defaultdict(list)
    for p in data["homesteads"]:
        parcels[p["village_id"]].append(p)
    settle_area = defaultdict(float)
    for s in data["settlements"]:
        settle_area[s["village_id"]] += s["geom"].area()
    for v in villages:
        vid = v["village_id"]
        assert v["settlement_area_m2"] == settle_area[vid], vid
        if v["pop_60plus"] is not None:
            assert v["pop_65plus"] <= v["pop_60plus"] <= v["resident_pop"], vid
        assert v["outmigrant_workers"] <= v["working_age_pop"] <= v["registered_pop"], vid
        assert v["idle_homesteads"] <= v["homesteads"], vid
        assert v["multi_homestead_hh"] <= v["households"], vid
        if v["homestead_survey"]:
            ps = parcels[vid]
            holders = defaultdict(int)
            for p in ps:
                holders[p["household_id"]] += 1
            assert v["homesteads"] == len(ps), vid
            assert v["idle_homesteads"] == sum(p["idle"] for p in ps), vid
            assert v["over_standard_hh"] == sum(p["over_standard"] for p in ps), vid
            assert v["over_standard_hh"] == len(
                {p["household_id"] for p in ps if p["over_standard"]}
            ), vid
            assert v["multi_homestead_hh"] == sum(n >= 2 for n in holders.values()), vid
        else:
            assert not parcels[vid], vid
    od = defaultdict(int)
    for r in data["migration_od"]:
        od[r["origin_village_id"]] += r["workers"]
    assert all(od[v["village_id"]] == v["outmigrant_workers"] for v in villages)


def check_geometry(data, quirks):
    """Containment / disjointness the analyses rely on."""
    villages = {v["village_id"]: v for v in data["villages"]}
    town_areas = [a["geom"] for a in data["town_areas"]]
    for s in data["settlements"]:
        assert villages[s["village_id"]]["geom"].contains(s["geom"]), s["settle_id"]
        assert 4000 <= s["geom"].area() <= 80001, s["settle_id"]
        assert not any(s["geom"].intersects(t) for t in town_areas), s["settle_id"]
    for v in data["villages"]:
        core = max(v["patches"], key=lambda p: p.area())
        assert core.contains(pxy(*v["point"])), v["village_id"]
    settle = [s["geom"] for s in data["settlements"]]
    sidx = index_of(settle)
    for c in data["cultivated"]:
        assert disjoint_from(c["geom"], settle, sidx), c["parcel_id"]
        assert not any(c["geom"].intersects(t) for t in town_areas), c["parcel_id"]
    for b, p in zip(data["buildings"], data["homesteads"]):
        assert p["geom"].contains(b["geom"]) and b["parcel_id"] == p["parcel_id"]
        assert b["collapsed"] <= b["vacant"]
    # 建新 candidates: the deliberate rule-breakers and nothing else
    pbf = [p["geom"] for p in data["permanent_farmland"]]
    red = [r["geom"] for r in data["eco_redline"]]
    seat_ugb = data["urban_boundary"][0]["geom"]
    bad = defaultdict(list)
    for c in data["construction_candidates"]:
        g = c["geom"]
        assert 5000 <= g.area() <= 100000, c["cand_id"]
        if any(g.intersects(p) for p in pbf):
            bad["pbf"].append(c["cand_id"])
        if any(g.intersects(r) for r in red):
            bad["redline"].append(c["cand_id"])
        if c["cand_type"] == "urban" and not any(
            g.within(u["geom"]) for u in data["urban_boundary"]
        ):
            bad["outside_ugb"].append(c["cand_id"])
        assert not (c["mandatory"] and c["cand_id"] in sum(bad.values(), [])), c["cand_id"]
    assert len(bad["pbf"]) >= 2 and len(bad["redline"]) >= 1 and len(bad["outside_ugb"]) >= 1
    assert set(sum(bad.values(), [])) == set(quirks["deliberate_candidates"]), bad
    assert seat_ugb.contains(data["town_areas"][0]["geom"])
    quirks["candidates_on_pbf"] = bad["pbf"]
    quirks["candidates_on_redline"] = bad["redline"]
    quirks["urban_candidates_outside_ugb"] = bad["outside_ugb"]


def check_roads(data, quirks):
    """Lines meet only at shared end vertices; every village point is on the network."""
    roads = data["roads"]
    geoms = [r["geom"] for r in roads]
    ends = [(g.asPolyline()[0], g.asPolyline()[-1]) for g in geoms]
    degree = defaultdict(int)
    for a, b in ends:
        degree[(a.x(), a.y())] += 1
        degree[(b.x(), b.y())] += 1
    idx = index_of(geoms)
    for i, g in enumerate(geoms):
        mine = {(p.x(), p.y()) for p in ends[i]}
        for j in idx.intersects(g.boundingBox().buffered(1.0)):
            if j <= i:
                continue
            theirs = {(p.x(), p.y()) for p in ends[j]}
            inter = g.intersection(geoms[j])
            if not inter.isEmpty():
                pts = {(p.x(), p.y()) for p in inter.vertices()}
                assert pts <= (mine & theirs), (roads[i]["road_id"], roads[j]["road_id"])
            # no near-miss: a dead end 1 m from another line would snap wrongly
            for p in ends[i]:
                key = (p.x(), p.y())
                if degree[key] == 1 and key not in theirs:
                    assert geoms[j].distance(QgsGeometry.fromPointXY(p)) > 1.0
    track = [i for i, r in enumerate(roads) if r["road_code"] == "C999"]
    assert len(track) == 1 and all(degree[(p.x(), p.y())] == 1 for p in ends[track[0]])
    remote = quirks["remote_village"][0]
    for v in data["villages"]:
        if v["village_id"] != remote:
            assert degree[tuple(v["point"])] >= 1, v["village_id"]


def check_written(path, data):
    """Read the GeoPackage back: layers, counts, descriptions, valid single-part geometry."""
    ds = ogr.Open(path)
    assert ds.GetLayerCount() == len(data)
    for name, recs in data.items():
        lyr = ds.GetLayerByName(name)
        assert lyr.GetFeatureCount() == len(recs), name
        assert "fictitious" in lyr.GetMetadataItem("DESCRIPTION"), name
        on_purpose = {i + 1 for i, r in enumerate(recs) if r.get("invalid_on_purpose")}
        for f in lyr:
            g = f.GetGeometryRef()
            if g is not None:
                assert g.IsValid() != (f.GetFID() in on_purpose), (name, f.GetFID())
                assert not g.IsEmpty(), (name, f.GetFID())
                assert "MULTI" not in g.GetGeometryName(), name
    ds = None


def summary(data, quirks, out_dir):
    lines = []
    for name, recs in data.items():
        area = sum(
            r["geom"].area()
            for r in recs
            if r.get("geom") is not None
            and r["geom"].type() == QgsWkbTypes.GeometryType.PolygonGeometry
        )
        length = sum(
            r["geom"].length()
            for r in recs
            if r.get("geom") is not None
            and r["geom"].type() == QgsWkbTypes.GeometryType.LineGeometry
        )
        extra = f"  area {area / 1e6:10.3f} km2" if area else ""
        extra += f"  length {length / 1e3:8.1f} km" if length else ""
        lines.append(f"{name:24s} {len(recs):6d}{extra}")
    for t in ("hill", "plain", "seat_fringe"):
        vs = [v for v in data["villages"] if v["terrain"] == t]
        p1 = np.mean([(v["registered_pop"] - v["resident_pop"]) / v["registered_pop"] for v in vs])
        l1 = np.mean([v["idle_homesteads"] / v["homesteads"] for v in vs])
        lines.append(f"terrain {t:12s} n={len(vs):3d}  mean P1={p1:6.3f}  mean L1={l1:5.3f}")
    for k, v in quirks.items():
        lines.append(f"{k}: {v}")
    gpkg = os.path.join(out_dir, "sample_county.gpkg")
    lines.append(f"sample_county.gpkg size: {os.path.getsize(gpkg)} bytes")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default resources/sample)")
    args = ap.parse_args(argv)
    app = QgsApplication([], False)
    app.initQgis()
    data, quirks = build(os.path.abspath(args.out))
    print(summary(data, quirks, os.path.abspath(args.out)))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""make bench: the night-light mean of urflow:hollowvillages (A1, ``overlay.raster_mean_over``)
before and after issue 19: cells classified in numpy, GEOS only where a piece's edge crosses.

Run:  python benchmarks/bench_night_light.py [--scale 1.0] [--repeats 2] [--json FILE]

A synthetic county like bench_in_qgis's hollow case: 600 villages (800 m octagons in 1 km
cells), each with 3-10 settlement patches (star-shaped, 8-24 vertices, 40-500 m across, 30 %
with a hole, clipped to the village), over two night-light rasters covering the county: a
VIIRS-like one (463.83 m cells) and a 30 m one, Float32 with 2 % no-data cells. Times
``raster_mean_over`` against the per-cell loop it replaced (the reference in
tests/processing/test_raster_mean.py), the two run in turn, best of ``--repeats`` in wall and
CPU seconds (the machine may be shared); checks the means are equal to the last bit, and gives
the longest time between two cancel checks.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "processing"))

from bench_facility_gaps_large import start_qgis  # noqa: E402  (puts QGIS on sys.path)

X0, Y0 = 483_500.0, 3_301_500.0


def octagon(cx, cy):
    ring = [
        (cx - 400, cy - 400),
        (cx, cy - 430),
        (cx + 400, cy - 400),
        (cx + 430, cy),
        (cx + 400, cy + 400),
        (cx, cy + 430),
        (cx - 400, cy + 400),
        (cx - 430, cy),
    ]
    return ring + ring[:1]


def settlement_pieces(rng, n_villages):
    """Per village, its settlement patches clipped to it (as the algorithm's overlay gives)."""
    from qgis.core import QgsGeometry, QgsPointXY

    def star(cx, cy, radius, n):
        angles = np.sort(rng.uniform(0, 2 * np.pi, n))
        radii = radius * rng.uniform(0.5, 1.0, n)
        ring = [QgsPointXY(cx + r * np.cos(a), cy + r * np.sin(a)) for a, r in zip(angles, radii)]
        return QgsGeometry.fromPolygonXY([ring + ring[:1]])

    zones = []
    for k in range(n_villages):
        cx, cy = X0 + (k % 24) * 1000 + 500, Y0 + (k // 24) * 1000 + 500
        village = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in octagon(cx, cy)]])
        pieces = []
        for _ in range(int(rng.integers(3, 11))):
            px, py = cx + rng.uniform(-380, 380), cy + rng.uniform(-380, 380)
            radius = rng.uniform(40, 250)
            patch = star(px, py, radius, int(rng.integers(8, 25)))
            if rng.uniform() < 0.3:
                patch = patch.difference(star(px, py, radius * 0.3, 6))
            piece = village.intersection(patch)
            if not piece.isEmpty() and piece.area() > 0:
                pieces.append(piece)
        zones.append(pieces)
    return zones


def light_raster(path, cell, rng):
    from osgeo import gdal, osr
    from qgis.core import QgsRasterLayer

    x_min, y_max = X0 - 1000.0, Y0 + 26_000.0
    cols, rows = int(np.ceil(26_000 / cell)), int(np.ceil(27_000 / cell))
    values = rng.gamma(2.0, 8.0, (rows, cols)).astype(np.float32)
    values[rng.uniform(size=values.shape) < 0.02] = -9999.0
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((x_min, cell, 0, y_max, 0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4548)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(values)
    dataset = None
    layer = QgsRasterLayer(str(path), path.stem)
    assert layer.isValid()
    return layer, (rows, cols)


def alternate(before, after, repeats):
    """Best wall and CPU seconds of each, run in turn (before, after, before, ...) so a busy
    shared machine weighs on both alike; and the last results."""
    times = {"before": [], "after": []}
    results = {}
    for _ in range(repeats):
        for name, function in (("before", before), ("after", after)):
            wall, cpu = time.perf_counter(), time.process_time()
            results[name] = function()
            times[name].append((time.perf_counter() - wall, time.process_time() - cpu))
    best = {name: tuple(min(t[k] for t in runs) for k in range(2)) for name, runs in times.items()}
    return best, results


def run(folder, scale, repeats):
    from numpy.testing import assert_array_equal
    from qgis.core import QgsProcessingFeedback
    from test_raster_mean import reference_raster_mean_over

    from urflow.processing_provider.overlay import raster_mean_over

    class PollClock(QgsProcessingFeedback):
        """The longest time between two isCanceled calls, in this process's CPU seconds (on a
        shared machine the wall-clock gap also counts the waits for a free core) and wall
        seconds."""

        def start(self):
            self.last = (time.process_time(), time.perf_counter())
            self.longest = [0.0, 0.0]

        def isCanceled(self):  # noqa: N802
            now = (time.process_time(), time.perf_counter())
            for k in range(2):
                self.longest[k] = max(self.longest[k], now[k] - self.last[k])
            self.last = now
            return False

    rng = np.random.default_rng(19)
    n_villages = max(24, int(600 * scale))
    zones = settlement_pieces(rng, n_villages)
    n_pieces = sum(len(z) for z in zones)
    vertices = sum(p.constGet().nCoordinates() for z in zones for p in z)
    print(
        f"Night light: {n_villages} villages, {n_pieces:,} settlement pieces "
        f"({vertices:,} vertices), Float32 rasters with 2 % no-data"
    )
    figures = {"villages": n_villages, "pieces": n_pieces}
    for cell in (463.83, 30.0):
        layer, shape = light_raster(Path(folder) / f"light_{int(cell)}m.tif", cell, rng)
        feedback = PollClock()

        def new(feedback=feedback, layer=layer):
            feedback.start()
            means = raster_mean_over(zones, layer, 1, feedback)
            feedback.isCanceled()
            return means

        best, results = alternate(
            lambda layer=layer: reference_raster_mean_over(
                zones, layer, 1, QgsProcessingFeedback()
            ),
            new,
            repeats,
        )
        assert_array_equal(results["after"], results["before"])
        (before_s, before_cpu), (after_s, after_cpu) = best["before"], best["after"]
        print(
            f"  {cell:7.2f} m cells ({shape[0]} x {shape[1]}): per-cell loop {before_s:6.2f} s "
            f"(CPU {before_cpu:6.2f} s), numpy + boundary GEOS {after_s:6.2f} s (CPU "
            f"{after_cpu:6.2f} s): {before_s / after_s:.1f}x wall, {before_cpu / after_cpu:.1f}x "
            f"CPU; means equal to the last bit; longest between cancel checks "
            f"{feedback.longest[0] * 1000:.0f} ms CPU ({feedback.longest[1] * 1000:.0f} ms wall)"
        )
        figures[f"{cell:g}m"] = {
            "before_s": before_s,
            "after_s": after_s,
            "before_cpu_s": before_cpu,
            "after_cpu_s": after_cpu,
            "speedup": before_s / after_s,
            "longest_cancel_gap_cpu_s": feedback.longest[0],
            "longest_cancel_gap_wall_s": feedback.longest[1],
            "villages_with_mean": int(np.isfinite(results["after"]).sum()),
        }
    return figures


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--repeats", type=int, default=2)
    p.add_argument("--json")
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app, _plugin = start_qgis()
    with tempfile.TemporaryDirectory() as folder:
        figures = run(folder, args.scale, args.repeats)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()

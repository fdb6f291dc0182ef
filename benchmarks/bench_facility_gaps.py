"""make bench: urflow:facilitygaps beside QGIS's own network algorithms and plain scipy.

County scale = the sample county (150 villages, elderly homes, 707 road pieces). QGIS's
native:shortestpathpointtolayer routes from one start point per run, so it runs once per
facility, which is what a planner would have to do to get the same cost table.
"""

import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build" / "plugins"))
sys.path.append("/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402


def timed(label, function):
    start = time.perf_counter()
    value = function()
    seconds = time.perf_counter() - start
    print(f"  {label:<58} {seconds:8.2f} s")
    return seconds, value


def main():
    app = QgsApplication([], False)
    app.initQgis()
    import processing
    from processing.core.Processing import Processing

    import urflow

    Processing.initialize()
    plugin = urflow.classFactory(None)
    plugin.initProcessing()
    gpkg = REPO / "resources" / "sample" / "sample_county.gpkg"
    villages = QgsVectorLayer(f"{gpkg}|layername=village_points", "v", "ogr")
    homes = QgsVectorLayer(f"{gpkg}|layername=elderly_homes", "h", "ogr")
    roads = QgsVectorLayer(f"{gpkg}|layername=roads", "r", "ogr")
    print(
        f"County scale: {villages.featureCount()} villages, {homes.featureCount()} elderly "
        f"homes, {roads.featureCount()} road lines; walking, metres, 5 000 m threshold"
    )

    ours, _ = timed(
        "urflow:facilitygaps (all pairs within threshold + nearest)",
        lambda: processing.run(
            "urflow:facilitygaps",
            {
                "DEMAND": villages,
                "DEMAND_ID_FIELD": "village_id",
                "POPULATION_FIELD": "pop_60plus",
                "FACILITIES": homes,
                "FACILITY_ID_FIELD": "fac_id",
                "CAPACITY_FIELD": "beds",
                "NETWORK": roads,
                "TRAVEL_MODE": 0,
                "COST_UNIT": 1,
                "THRESHOLD": 5000,
                "PROVISION_PER_1000": 40,
                "OUTPUT_DEMAND": "memory:",
                "OUTPUT_FACILITIES": "memory:",
            },
        ),
    )

    def native_per_facility():
        for home in homes.getFeatures():
            point = home.geometry().asPoint()
            processing.run(
                "native:shortestpathpointtolayer",
                {
                    "INPUT": roads,
                    "STRATEGY": 0,
                    "START_POINT": f"{point.x()},{point.y()} " "[EPSG:4548]",
                    "END_POINTS": villages,
                    "TOLERANCE": 0,
                    "OUTPUT": "memory:",
                },
            )

    native, _ = timed(
        f"native:shortestpathpointtolayer × {homes.featureCount()} facilities", native_per_facility
    )

    def service_areas():
        processing.run(
            "native:serviceareafromlayer",
            {
                "INPUT": roads,
                "STRATEGY": 0,
                "START_POINTS": homes,
                "TRAVEL_COST2": 5000,
                "TOLERANCE": 0,
                "OUTPUT_LINES": "memory:",
            },
        )

    service, _ = timed("native:serviceareafromlayer (5 000 m, lines only)", service_areas)

    from urflow.core import access
    from urflow.processing_provider.roads import read_roads

    def plain_scipy():
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback
        from scipy.sparse.csgraph import dijkstra

        lines, _ = read_roads(roads, roads.crs(), QgsProcessingContext(), QgsProcessingFeedback())
        graph, _ = access.road_graph(lines, access.Travel(mode="walk", unit="meters"))
        dijkstra(graph.adjacency_m, indices=np.arange(homes.featureCount()), limit=5000)

    scipy_s, _ = timed(
        "plain scipy.sparse.csgraph.dijkstra (graph build + from nodes)", plain_scipy
    )
    print(f"  ratio native shortest paths / urflow: {native / ours:6.1f}×")
    print(f"  ratio native service areas / urflow:  {service / ours:6.1f}×")
    print(f"  ratio urflow / plain scipy:           {ours / scipy_s:6.1f}×")
    print("Large scale: python benchmarks/bench_facility_gaps_large.py")
    villages = homes = roads = None  # drop the layers before QGIS exits, or the process crashes
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()

"""Reading the layers of urflow:hollowvillages into the core's village figures.

The village layer's fields become a :class:`~...core.hollow.VillageCensus`; settlement
polygons, buildings and the night-light raster, overlaid on village polygons, become a
:class:`~...core.hollow.VillageOverlays`. Which figure feeds which indicator is the core's
rule (``core.hollow.INDICATOR_INPUTS``); here only the fields and layers are read and checked.
"""

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProcessingException, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ...core.hollow import INDICATOR_INPUTS, VillageCensus, VillageOverlays
from ...core.messages import listing
from ..layers import read_features, require_fields
from ..overlay import (
    intersection_parts,
    overlapping_pairs,
    raster_mean_over,
    zone_of_points,
    zone_of_xy,
)

#: Field parameter of the village layer → the census figure it holds.
CENSUS_FIELDS = {
    "REGISTERED_POP_FIELD": "registered",
    "RESIDENT_POP_FIELD": "resident",
    "ELDERLY_POP_FIELD": "elderly",
    "OUTMIGRANT_FIELD": "outmigrants",
    "WORKING_AGE_FIELD": "working_age",
    "HOUSEHOLDS_FIELD": "households",
    "HOMESTEADS_FIELD": "homesteads",
    "IDLE_HOMESTEADS_FIELD": "idle_homesteads",
    "MULTI_HOMESTEAD_FIELD": "multi_homestead",
    "OVER_STANDARD_FIELD": "over_standard",
    "SETTLEMENT_AREA_FIELD": "settlement_area",
}
#: Indicator id → the field parameters it reads (for indicators computed from fields only).
INDICATOR_FIELDS = {
    indicator: tuple(key for name in names for key, f in CENSUS_FIELDS.items() if f == name)
    for indicator, (_formula, names) in INDICATOR_INPUTS.items()
    if all(name in CENSUS_FIELDS.values() for name in names)
}


def houses_type(houses):
    """The geometry type of the first building read (buildings may be points)."""
    first = next((g for g in houses.geometries if g is not None), None)
    return first.wkbType() if first is not None else QgsWkbTypes.Type.NoGeometry


class HollowVillageReader:
    """Reads one run's layers in the working CRS ``crs``, reporting to ``feedback``."""

    def __init__(self, crs, context, feedback, direct=None):
        self.crs = crs
        self.context = context
        self.feedback = feedback
        #: ``direct(source, crs, numeric)``: the BUILDINGS points read straight from their
        #: file (``ogr_read.direct_points``), or None to read them through QGIS
        self.direct = direct

    def tr(self, text):
        return QCoreApplication.translate("HollowVillageReader", text)

    def census(self, villages, id_field, name_field, fields):
        """``(table, VillageCensus)``; ``fields`` maps field parameters to field names ('' =
        not given). Refuses an empty layer, NULL or duplicate ids and negative figures."""
        numeric = [field for field in fields.values() if field]
        require_fields(villages, "VILLAGES", [id_field, name_field, *numeric], numeric)
        table = read_features(
            villages,
            self.crs,
            self.context,
            self.feedback,
            numeric=numeric,
            text=[id_field, name_field],
        )
        if self.feedback.isCanceled():
            return table, None
        ids = self._check_ids(table, id_field)
        for field in numeric:
            negative = np.flatnonzero(table.numeric[field] < 0)
            if negative.size:
                raise QgsProcessingException(
                    self.tr("Layer VILLAGES, field '{}': negative values for villages {}").format(
                        field, listing([ids[i] for i in negative])
                    )
                )
        if table.skipped:
            self.feedback.pushWarning(
                self.tr("{} village features with invalid geometry were skipped").format(
                    table.skipped
                )
            )
        figures = {
            CENSUS_FIELDS[key]: table.numeric[field] for key, field in fields.items() if field
        }
        return table, VillageCensus(ids, **figures)

    def _check_ids(self, table, id_field):
        if len(table) == 0:
            raise QgsProcessingException(self.tr("Layer VILLAGES has no features."))
        ids = table.text[id_field]
        missing = [int(fid) for fid, value in zip(table.fids, ids) if value is None]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "Layer VILLAGES, field '{}': the village id is NULL for feature ids {}"
                ).format(id_field, listing(missing))
            )
        seen, duplicates = set(), []
        for value in ids:
            if value in seen and value not in duplicates:
                duplicates.append(value)
            seen.add(value)
        if duplicates:
            raise QgsProcessingException(
                self.tr("Layer VILLAGES, field '{}': village ids appear more than once: {}").format(
                    id_field, listing(duplicates)
                )
            )
        return ids

    def overlays(self, villages, table, settlements, buildings, vacant_field, night_light):
        """Settlement area, building counts and night light per village polygon."""
        if QgsWkbTypes.geometryType(villages.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            if settlements or buildings or night_light:
                self.feedback.pushWarning(
                    self.tr(
                        "VILLAGES are points: SETTLEMENTS, BUILDINGS and "
                        "NIGHT_LIGHT need village polygons and are not used."
                    )
                )
            return VillageOverlays()
        area = pieces = light = None
        no_geometry = np.array([g is None for g in table.geometries], dtype=bool)
        if no_geometry.any() and (settlements or buildings or night_light):
            self.feedback.pushWarning(
                self.tr(
                    "{} villages have a NULL or empty geometry; their settlement land, "
                    "buildings and night light are NULL: feature ids {}"
                ).format(int(no_geometry.sum()), listing([int(f) for f in table.fids[no_geometry]]))
            )
        self._warn_overlapping_villages(table)
        if settlements is not None:
            self.feedback.pushInfo(self.tr("Overlaying settlement land on villages ..."))
            parts = read_features(
                settlements, self.crs, self.context, self.feedback, progress=(10, 30)
            )
            area = np.zeros(len(table))
            pieces = [[] for _ in range(len(table))]
            for village, _part, piece_area, piece in intersection_parts(
                table.geometries, parts.geometries, self.feedback
            ):
                area[village] += piece_area
                pieces[village].append(piece)
            area, pieces = self._dissolve_overlaps(table, parts, area, pieces)
            area[no_geometry] = np.nan
        counted, vacant = self._buildings(table, buildings, vacant_field)
        if counted is not None:
            counted, vacant = counted.astype(float), vacant.astype(float)
            counted[no_geometry] = np.nan
            vacant[no_geometry] = np.nan
        if night_light is not None:
            if pieces is None:
                self.feedback.pushWarning(
                    self.tr(
                        "A1 (night-time light per settlement area) needs "
                        "SETTLEMENTS polygons; it is skipped."
                    )
                )
            else:
                light = self._night_light(pieces, night_light)
        self.feedback.setProgress(60)
        return VillageOverlays(
            settlement_area=area, night_light=light, buildings=counted, vacant_buildings=vacant
        )

    def _warn_overlapping_villages(self, table):
        """Village polygons over each other: what lies in the overlap counts for both."""
        pairs = overlapping_pairs(table.geometries, 1.0, self.feedback)
        if pairs:
            ids = table.text[next(iter(table.text))]
            self.feedback.pushWarning(
                self.tr(
                    "VILLAGES polygons overlap each other ({} pairs); settlement land and "
                    "buildings in an overlap count for both villages: {}"
                ).format(
                    len(pairs),
                    listing([f"{ids[i]} × {ids[j]} ({area:.0f} m²)" for i, j, area in pairs]),
                )
            )

    def _dissolve_overlaps(self, table, parts, area, pieces):
        """Settlement pieces that overlap inside a village (a polygon given twice, slivers of
        two parcels over each other) counted once: the village's pieces are dissolved and the
        villages concerned named in a warning."""
        overlapping = []
        for village, village_pieces in enumerate(pieces):
            if len(village_pieces) < 2:
                continue
            union = QgsGeometry.unaryUnion(village_pieces)
            if union.isNull():
                continue
            if area[village] - union.area() > max(1e-6 * area[village], 0.01):
                overlapping.append((village, area[village] - union.area()))
                area[village] = union.area()
                pieces[village] = [union]
        if overlapping:
            ids = table.text.get(next(iter(table.text)), None) if table.text else None
            names = [
                ids[v] if ids is not None and ids[v] is not None else str(int(table.fids[v]))
                for v, _extra in overlapping
            ]
            self.feedback.pushWarning(
                self.tr(
                    "SETTLEMENTS polygons overlap in {} villages ({:.0f} m² in all would have "
                    "been counted twice); the overlaps are counted once: {}"
                ).format(len(overlapping), sum(e for _v, e in overlapping), listing(names))
            )
        return area, pieces

    def _buildings(self, table, buildings, vacant_field):
        """(buildings with a known vacancy flag, vacant ones) per village, or (None, None)."""
        if buildings is None:
            return None, None
        if not vacant_field:
            self.feedback.pushWarning(
                self.tr("BUILDINGS given without BUILDING_VACANT_FIELD: A2 is skipped.")
            )
            return None, None
        require_fields(buildings, "BUILDINGS", [vacant_field], [vacant_field])
        self.feedback.pushInfo(self.tr("Assigning buildings to villages ..."))
        direct = self.direct(buildings, self.crs, [vacant_field]) if self.direct else None
        if direct is not None:  # a plain point file: read by GDAL, all columns at once
            village = zone_of_xy(table.geometries, direct.xy, self.feedback)
            flag = direct.numeric[vacant_field]
        else:
            houses = read_features(
                buildings,
                self.crs,
                self.context,
                self.feedback,
                numeric=[vacant_field],
                progress=(30, 45),
            )
            village = zone_of_points(table.geometries, houses.geometries, self.feedback)
            self._drop_repeated_buildings(houses, village)
            flag = houses.numeric[vacant_field]
        known = (village >= 0) & ~np.isnan(flag)
        unknown = int(np.count_nonzero((village >= 0) & np.isnan(flag)))
        outside = int(np.count_nonzero(village < 0))
        if unknown:
            self.feedback.pushWarning(
                self.tr("{} buildings have a NULL vacancy flag and are not counted").format(unknown)
            )
        if outside:
            self.feedback.pushInfo(
                self.tr("{} buildings lie outside every village").format(outside)
            )
        counted = np.bincount(village[known], minlength=len(table)).astype(float)
        vacant = np.bincount(
            village[known], weights=(flag[known] > 0).astype(float), minlength=len(table)
        )
        return counted, vacant

    def _drop_repeated_buildings(self, houses, village):
        """A building footprint drawn twice (the two overlap on more than half of the smaller)
        is counted once: the later one is left out (village −1), named in a warning."""
        if (
            QgsWkbTypes.geometryType(houses_type(houses))
            != QgsWkbTypes.GeometryType.PolygonGeometry
        ):
            return
        repeated = []
        for i, j, area in overlapping_pairs(houses.geometries, 0.01, self.feedback):
            smaller = min(houses.geometries[i].area(), houses.geometries[j].area())
            if smaller > 0 and area > 0.5 * smaller and village[j] >= 0:
                village[j] = -1
                repeated.append(int(houses.fids[j]))
        if repeated:
            self.feedback.pushWarning(
                self.tr(
                    "{} BUILDINGS footprints repeat another one (overlap over half the "
                    "smaller) and are counted once; left out: feature ids {}"
                ).format(len(repeated), listing(repeated))
            )

    def _night_light(self, pieces_by_village, raster):
        self.feedback.pushInfo(self.tr("Averaging night-time light over settlement land ..."))
        transform = QgsCoordinateTransform(self.crs, raster.crs(), self.context.transformContext())
        in_raster_crs = []
        for pieces in pieces_by_village:
            moved = []
            for piece in pieces:
                piece = QgsGeometry(piece)
                piece.transform(transform)
                moved.append(piece)
            in_raster_crs.append(moved)
        return raster_mean_over(in_raster_crs, raster, 1, self.feedback)

"""urflow:facilitygaps — 公共服务设施缺口分析 (DESIGN.md §3.2, DOMAIN.md §2)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ...about import resource_path
from ...core.access import accessibility, network
from ...core.access.standards import load_facility_standards
from ...core.errors import URFlowError
from ...core.messages import listing
from ...i18n import output_language, term
from ..base import BaseAlgorithm
from ..layers import (
    attribute,
    core_error,
    new_sink,
    points_xy,
    read_features,
    require_fields,
    working_crs,
    write_copy,
)
from ..overlay import zone_of_points
from ..postprocess import style_when_loaded
from ..roads import mode_speeds, read_roads
from .gap_style import style_demand, style_facilities, style_zones

TRAVEL_MODES = ("walk", "bicycle", "ebike", "car")
COST_UNITS = ("minutes", "meters")
METHODS = ("2sfca", "e2sfca", "gaussian")
GAP_LABELS = {
    0: ("服务盲区", "blind spot"),
    1: ("供给不足", "under-served"),
    2: ("供给充足", "adequate"),
}
NATIONAL_STANDARDS = resource_path("standards", "china_national.csv")


class AnalyseFacilityGapsAlgorithm(BaseAlgorithm):
    DEMAND = "DEMAND"
    DEMAND_ID_FIELD = "DEMAND_ID_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    FACILITIES = "FACILITIES"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    NETWORK = "NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    ROAD_CLASS_FIELD = "ROAD_CLASS_FIELD"
    DIRECTION_FIELD = "DIRECTION_FIELD"
    TRAVEL_MODE = "TRAVEL_MODE"
    COST_UNIT = "COST_UNIT"
    STANDARD = "STANDARD"
    STANDARDS_TABLE = "STANDARDS_TABLE"
    THRESHOLD = "THRESHOLD"
    PROVISION_PER_1000 = "PROVISION_PER_1000"
    METHOD = "METHOD"
    E2SFCA_WEIGHTS = "E2SFCA_WEIGHTS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    DETOUR_FACTOR = "DETOUR_FACTOR"
    ZONES = "ZONES"
    ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_FACILITIES = "OUTPUT_FACILITIES"
    OUTPUT_ZONES = "OUTPUT_ZONES"

    def initAlgorithm(self, config=None):  # noqa: N802
        polygon_or_point = [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                self.tr("Demand: villages or settlements (points or polygons)"),
                polygon_or_point,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DEMAND_ID_FIELD,
                self.tr("Demand id field"),
                parentLayerParameterName=self.DEMAND,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.POPULATION_FIELD,
                self.tr("Population field (the people the standard counts)"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.Numeric,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES, self.tr("Facilities (points)"), [QgsProcessing.TypeVectorPoint]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FACILITY_ID_FIELD,
                self.tr("Facility id field"),
                parentLayerParameterName=self.FACILITIES,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CAPACITY_FIELD,
                self.tr("Capacity field (seats, doctors, beds; default 1 each)"),
                parentLayerParameterName=self.FACILITIES,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.NETWORK,
                self.tr("Road network (lines; straight lines × detour if none)"),
                [QgsProcessing.TypeVectorLine],
                optional=True,
            )
        )
        for key, label, kind in (
            (
                self.SPEED_FIELD,
                self.tr("Speed field, km/h (car)"),
                QgsProcessingParameterField.Numeric,
            ),
            (
                self.ROAD_CLASS_FIELD,
                self.tr("Road class field (county/township/village)"),
                QgsProcessingParameterField.Any,
            ),
            (
                self.DIRECTION_FIELD,
                self.tr("One-way field (forward/backward/both)"),
                QgsProcessingParameterField.Any,
            ),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.NETWORK, type=kind, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterString(
                self.STANDARD,
                self.tr("Standard preset id (e.g. rural_primary_school; empty = custom)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.STANDARDS_TABLE,
                self.tr("Standards table (CSV; default: national presets)"),
                extension="csv",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TRAVEL_MODE,
                self.tr("Travel mode (default: the preset's)"),
                [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.COST_UNIT,
                self.tr("Cost unit (default: the preset's)"),
                [self.tr("Minutes"), self.tr("Meters")],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Threshold: standard travel time or distance (inclusive)"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PROVISION_PER_1000,
                self.tr("Provision standard per 1000 people"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Accessibility method"),
                [
                    self.tr("2SFCA"),
                    self.tr("Enhanced 2SFCA (step weights)"),
                    self.tr("Gaussian 2SFCA"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.E2SFCA_WEIGHTS,
                self.tr("E2SFCA step weights (upper bound:weight, ...)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SNAP_TOLERANCE,
                self.tr("Largest distance from a road, m"),
                QgsProcessingParameterNumber.Double,
                500.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DETOUR_FACTOR,
                self.tr("Detour factor without a network"),
                QgsProcessingParameterNumber.Double,
                1.3,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZONES,
                self.tr("Zones for the summary (townships)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.ZONE_NAME_FIELD,
                self.tr("Zone name field"),
                parentLayerParameterName=self.ZONES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS,
                self.tr("Working CRS (projected; default: automatic)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DEMAND, self.tr("Demand with access and gaps")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_FACILITIES, self.tr("Facilities with catchment and load")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ZONES,
                self.tr("Coverage and deficit per zone"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            )
        )
        for key in (
            self.STANDARDS_TABLE,
            self.E2SFCA_WEIGHTS,
            self.SNAP_TOLERANCE,
            self.DETOUR_FACTOR,
            self.TARGET_CRS,
        ):
            parameter = self.parameterDefinition(key)
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.settings(parameters, context)
        except (URFlowError, QgsProcessingException) as error:
            return False, str(error)
        return True, ""

    def settings(self, parameters, context):
        """Threshold, unit, mode and provision: the preset's, overridden by explicit values."""
        table = (
            self.parameterAsFile(parameters, self.STANDARDS_TABLE, context) or NATIONAL_STANDARDS
        )
        standards = load_facility_standards(table)
        preset_id = self.parameterAsString(parameters, self.STANDARD, context).strip()
        preset = None
        if preset_id:
            if preset_id not in standards:
                raise QgsProcessingException(
                    self.tr("STANDARD '{}' is not in {}; known ids: {}").format(
                        preset_id, table, ", ".join(standards)
                    )
                )
            preset = standards[preset_id]

        def given(key):
            return parameters.get(key) is not None and parameters.get(key) != ""

        chosen = {
            "preset": preset,
            "travel_mode": TRAVEL_MODES[self.parameterAsEnum(parameters, self.TRAVEL_MODE, context)]
            if given(self.TRAVEL_MODE)
            else (preset.travel_mode if preset else "walk"),
            "cost_unit": COST_UNITS[self.parameterAsEnum(parameters, self.COST_UNIT, context)]
            if given(self.COST_UNIT)
            else (preset.cost_unit if preset else "minutes"),
            "threshold": self.parameterAsDouble(parameters, self.THRESHOLD, context)
            if given(self.THRESHOLD)
            else (preset.threshold if preset else None),
            "provision": self.parameterAsDouble(parameters, self.PROVISION_PER_1000, context)
            if given(self.PROVISION_PER_1000)
            else (preset.provision_per_1000 if preset else None),
            "method": METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
        }
        if chosen["threshold"] is None or not chosen["threshold"] > 0:
            raise QgsProcessingException(
                self.tr("Set THRESHOLD (> 0) or choose a STANDARD preset that has one.")
            )
        steps_text = self.parameterAsString(parameters, self.E2SFCA_WEIGHTS, context).strip()
        chosen["steps"] = accessibility.parse_step_weights(steps_text) if steps_text else None
        return chosen

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        demand = self.parameterAsSource(parameters, self.DEMAND, context)
        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        roads = self.parameterAsSource(parameters, self.NETWORK, context)
        zones = self.parameterAsSource(parameters, self.ZONES, context)
        for key, source in ((self.DEMAND, demand), (self.FACILITIES, facilities)):
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        f = {
            key: self.parameterAsString(parameters, key, context)
            for key in (
                self.DEMAND_ID_FIELD,
                self.POPULATION_FIELD,
                self.FACILITY_ID_FIELD,
                self.CAPACITY_FIELD,
                self.SPEED_FIELD,
                self.ROAD_CLASS_FIELD,
                self.DIRECTION_FIELD,
                self.ZONE_NAME_FIELD,
            )
        }
        require_fields(
            demand,
            "DEMAND",
            [f[self.DEMAND_ID_FIELD], f[self.POPULATION_FIELD]],
            [f[self.POPULATION_FIELD]],
        )
        require_fields(
            facilities,
            "FACILITIES",
            [f[self.FACILITY_ID_FIELD], f[self.CAPACITY_FIELD]],
            [f[self.CAPACITY_FIELD]],
        )
        s = self.settings(parameters, context)
        crs = working_crs(
            [demand, facilities, roads],
            self.parameterAsCrs(parameters, self.TARGET_CRS, context),
            context,
        )
        self.log_settings(s, crs, feedback)
        people = self.read_demand(demand, f, crs, context, feedback)
        supply = self.read_facilities(facilities, f, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        try:
            costs, nearest = self.travel(
                parameters, context, feedback, s, crs, roads, f, people["xy"], supply["xy"]
            )
            if costs is None:
                return {}
            measures = self.measure(s, costs, nearest, people, supply, feedback)
        except network.Canceled:
            return {}
        except URFlowError as error:
            raise core_error(error) from error
        return self.write(
            parameters,
            context,
            feedback,
            demand,
            facilities,
            zones,
            f,
            s,
            crs,
            people,
            supply,
            nearest,
            measures,
        )

    # -- reading -------------------------------------------------------------------------

    def log_settings(self, s, crs, feedback):
        preset = s["preset"]
        if preset is not None:
            feedback.pushInfo(
                self.tr("Standard {}: {} {} — {} ({})").format(
                    preset.id,
                    preset.facility_zh,
                    preset.facility_en,
                    preset.source,
                    preset.text("clause", output_language()),
                )
            )
        feedback.pushInfo(
            self.tr(
                "Threshold {} {} by {}; provision {} per 1000; method {}; " "working CRS {}"
            ).format(
                s["threshold"],
                term(s["cost_unit"]),
                term(s["travel_mode"]),
                s["provision"] if s["provision"] is not None else "—",
                s["method"],
                crs.authid(),
            )
        )

    def read_demand(self, demand, f, crs, context, feedback):
        table = read_features(
            demand,
            crs,
            context,
            feedback,
            numeric=[f[self.POPULATION_FIELD]],
            text=[f[self.DEMAND_ID_FIELD]],
            progress=(0, 5),
        )
        if len(table) == 0:
            raise QgsProcessingException(self.tr("Layer DEMAND has no features."))
        population = table.numeric[f[self.POPULATION_FIELD]]
        ids = table.text[f[self.DEMAND_ID_FIELD]]
        bad = np.flatnonzero(np.isnan(population) | (population < 0))
        if bad.size:
            feedback.pushWarning(
                self.tr(
                    "Population is NULL or negative for {} demand features ({}): they count as "
                    "nobody and their gap is NULL"
                ).format(bad.size, listing([ids[i] for i in bad]))
            )
            population = np.where(population >= 0, population, np.nan)
        xy = points_xy(table.geometries)
        return {
            "fids": table.fids,
            "ids": ids,
            "population": population,
            "xy": xy,
            "geometries": table.geometries,
        }

    def read_facilities(self, facilities, f, crs, context, feedback):
        capacity_field = f[self.CAPACITY_FIELD]
        table = read_features(
            facilities,
            crs,
            context,
            feedback,
            numeric=[capacity_field] if capacity_field else [],
            text=[f[self.FACILITY_ID_FIELD]],
            progress=(5, 10),
        )
        if len(table) == 0:
            raise QgsProcessingException(
                self.tr("Layer FACILITIES has no features: there is nothing to reach.")
            )
        ids = table.text[f[self.FACILITY_ID_FIELD]]
        capacity = table.numeric[capacity_field] if capacity_field else np.ones(len(table))
        bad = np.flatnonzero(np.isnan(capacity) | (capacity < 0))
        if bad.size:
            feedback.pushWarning(
                self.tr(
                    "Capacity is NULL or negative for {} facilities ({}): they still count for "
                    "reach (nearest, coverage) but supply nothing"
                ).format(bad.size, listing([ids[i] for i in bad]))
            )
            capacity = np.where(capacity >= 0, capacity, 0.0)
        return {
            "fids": table.fids,
            "ids": ids,
            "capacity": capacity,
            "xy": points_xy(table.geometries),
        }

    # -- computing -----------------------------------------------------------------------

    def travel(self, parameters, context, feedback, s, crs, roads, f, demand_xy, facility_xy):
        threshold, unit = s["threshold"], s["cost_unit"]
        speeds = mode_speeds()
        speed = speeds[s["travel_mode"]]
        if roads is None:
            factor = self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context)
            feedback.pushWarning(
                self.tr("No NETWORK: straight-line distance × {} is used.").format(factor)
            )
            kmh = speed if unit == "minutes" else None
            return (
                network.euclidean_costs(demand_xy, facility_xy, threshold, factor, kmh),
                network.euclidean_nearest(demand_xy, facility_xy, factor, kmh),
            )
        feedback.pushInfo(self.tr("Building the road graph ..."))
        lines = read_roads(
            roads,
            crs,
            context,
            feedback,
            s["travel_mode"],
            f[self.SPEED_FIELD],
            f[self.ROAD_CLASS_FIELD],
            f[self.DIRECTION_FIELD],
        )
        for note, text in (
            (
                "no_speed",
                self.tr(
                    "{} roads have no usable speed: their class's "
                    "or the mode's default speed is used"
                ),
            ),
            (
                "bad_direction",
                self.tr("{} roads have an unknown one-way value: " "both directions are used"),
            ),
            ("no_geometry", self.tr("{} roads without geometry were left out")),
        ):
            if lines.notes[note]:
                feedback.pushWarning(text.format(lines.notes[note]))
        if len(lines.speed) == 0:
            raise QgsProcessingException(self.tr("Layer NETWORK has no usable lines."))
        graph = network.build_graph(lines.coords, lines.offsets, lines.speed, lines.direction)
        prepared = network.prepare_network(
            graph,
            demand_xy,
            facility_xy,
            access_speed_kmh=speeds["walk"],
            snap_distance=self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            cost=unit,
        )
        feedback.setProgress(30)
        feedback.pushInfo(self.tr("Shortest paths within {} {} ...").format(threshold, term(unit)))
        costs = network.travel_costs(prepared, cutoff=threshold, is_canceled=feedback.isCanceled)
        feedback.setProgress(70)
        nearest = network.nearest_facility(prepared, is_canceled=feedback.isCanceled)
        return costs, nearest

    def measure(self, s, costs, nearest, people, supply, feedback):
        population = people["population"]
        known = np.where(np.isnan(population), 0.0, population)
        fca = accessibility.fca(
            costs, known, supply["capacity"], s["threshold"], s["method"], s["steps"]
        )
        covered = accessibility.coverage(nearest.cost, known, s["threshold"])
        provision = s["provision"] / 1000.0 if s["provision"] else None
        gaps = (
            accessibility.gaps(fca.access, population, provision, nearest.cost, s["threshold"])
            if provision
            else None
        )
        in_reach = accessibility.catchment(costs, known, s["threshold"])
        load = accessibility.load(fca.weighted_demand, supply["capacity"], provision)
        gini = accessibility.weighted_gini(fca.access, known) if known.sum() > 0 else float("nan")
        unreachable = np.flatnonzero(np.isnan(nearest.cost))
        if unreachable.size:
            feedback.pushWarning(
                self.tr(
                    "{} demand features cannot reach any facility (off the network or in a "
                    "disconnected part): {}"
                ).format(unreachable.size, listing([people["ids"][i] for i in unreachable]))
            )
        if fca.unserved_facilities.any():
            idle = np.flatnonzero(fca.unserved_facilities)
            feedback.pushWarning(
                self.tr(
                    "{} facilities have nobody within the threshold: supply ratio NULL ({})"
                ).format(idle.size, listing([supply["ids"][j] for j in idle]))
            )
        return {
            "fca": fca,
            "coverage": covered,
            "gaps": gaps,
            "catchment": in_reach,
            "load": load,
            "gini": gini,
            "provision": provision,
        }

    # -- writing -------------------------------------------------------------------------

    def write(
        self,
        parameters,
        context,
        feedback,
        demand,
        facilities,
        zones,
        f,
        s,
        crs,
        people,
        supply,
        nearest,
        m,
    ):
        language = output_language()
        facility_type = self.facility_type(s, facilities, language)
        fca, gaps = m["fca"], m["gaps"]
        n = len(people["ids"])
        gap_class = (
            gaps.gap_class
            if gaps is not None
            else np.where(m["coverage"].covered, 2, 0).astype(np.int8)
        )
        nearest_ids = [supply["ids"][j] if j >= 0 else None for j in nearest.facility]
        demand_values = {
            "nearest_id": nearest_ids,
            "nearest_cost": nearest.cost,
            "covered": m["coverage"].covered.astype(int),
            "access": fca.access * 1000.0,
            "access_ratio": gaps.ratio if gaps is not None else np.full(n, np.nan),
            "gap": gaps.gap if gaps is not None else np.full(n, np.nan),
            "gap_class": gap_class,
            "gap_label": [
                GAP_LABELS.get(int(c), (None, None))[0 if language == "zh" else 1]
                for c in gap_class
            ],
            "facility_type": [facility_type] * n,
        }
        demand_id = write_copy(
            self,
            parameters,
            self.OUTPUT_DEMAND,
            context,
            feedback,
            demand,
            people["fids"],
            demand_values,
            DEMAND_FIELDS,
        )
        facility_values = {
            "catchment_pop": m["catchment"],
            "supply_ratio": fca.ratio * 1000.0,
            "load": m["load"],
            "unserved": fca.unserved_facilities.astype(int),
        }
        facility_id = write_copy(
            self,
            parameters,
            self.OUTPUT_FACILITIES,
            context,
            feedback,
            facilities,
            supply["fids"],
            facility_values,
            FACILITY_FIELDS,
        )
        zones_id = (
            self.write_zones(parameters, context, feedback, zones, f, crs, people, m, facility_type)
            if zones is not None
            else None
        )
        style_when_loaded(
            self, context, demand_id, style_function=lambda layer: style_demand(layer, language)
        )
        style_when_loaded(self, context, facility_id, style_function=style_facilities)
        style_when_loaded(self, context, zones_id, style_function=style_zones)
        results = {
            self.OUTPUT_DEMAND: demand_id,
            self.OUTPUT_FACILITIES: facility_id,
            "COVERAGE_RATE": float(m["coverage"].rate),
            "TOTAL_DEFICIT": float(gaps.total_deficit) if gaps is not None else None,
            "GINI": float(m["gini"]),
            "BLIND_SPOTS": int(np.count_nonzero(gap_class == 0)),
            "UNDER_SERVED": int(np.count_nonzero(gap_class == 1)),
            "UNREACHABLE": int(np.count_nonzero(np.isnan(nearest.cost))),
        }
        if zones_id is not None:
            results[self.OUTPUT_ZONES] = zones_id
        feedback.pushInfo(
            self.tr("Coverage {:.1%}; blind spots {}; under-served {}; deficit " "{}").format(
                results["COVERAGE_RATE"],
                results["BLIND_SPOTS"],
                results["UNDER_SERVED"],
                results["TOTAL_DEFICIT"],
            )
        )
        return results

    @staticmethod
    def facility_type(s, facilities, language):
        """What was analysed, for the outputs' facility_type field and the report's headings:
        the preset's facility name, else the facilities layer's name."""
        preset = s["preset"]
        if preset is None:
            return facilities.sourceName()
        return preset.facility_zh if language == "zh" else preset.facility_en

    def write_zones(self, parameters, context, feedback, zones, f, crs, people, m, facility_type):
        table = read_features(
            zones,
            crs,
            context,
            feedback,
            text=[f[self.ZONE_NAME_FIELD]] if f[self.ZONE_NAME_FIELD] else [],
        )
        index = zone_of_points(table.geometries, people["geometries"], feedback)
        deficit = m["gaps"].deficit if m["gaps"] is not None else np.zeros(len(index))
        population = np.where(np.isnan(people["population"]), 0.0, people["population"])
        summary = accessibility.zone_summary(
            index, population, m["coverage"].covered, deficit, len(table)
        )
        sink, dest_id, fields = new_sink(
            self,
            parameters,
            self.OUTPUT_ZONES,
            context,
            ZONE_FIELDS,
            zones.wkbType(),
            zones.sourceCrs(),
            optional=True,
        )
        if sink is None:
            return None
        names = table.text.get(f[self.ZONE_NAME_FIELD]) if f[self.ZONE_NAME_FIELD] else None
        row_of = {int(fid): i for i, fid in enumerate(table.fids)}
        for feature in zones.getFeatures():
            i = row_of.get(feature.id())
            if i is None:
                continue
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(
                [
                    names[i] if names else str(feature.id()),
                    int(summary.n_demand[i]),
                    attribute(summary.population[i]),
                    attribute(summary.covered_population[i]),
                    attribute(summary.coverage_rate[i]),
                    attribute(summary.deficit[i]),
                    facility_type,
                ]
            )
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        return dest_id

    def name(self):
        return "facilitygaps"

    def displayName(self):  # noqa: N802
        return self.tr("Facility gap analysis (公共服务设施缺口分析)")

    def group(self):
        return self.tr("Public services")

    def groupId(self):  # noqa: N802
        return "services"


DEMAND_FIELDS = [
    ("nearest_id", QVariant.String),
    ("nearest_cost", QVariant.Double),
    ("covered", QVariant.Int),
    ("access", QVariant.Double),
    ("access_ratio", QVariant.Double),
    ("gap", QVariant.Double),
    ("gap_class", QVariant.Int),
    ("gap_label", QVariant.String),
    ("facility_type", QVariant.String),
]
FACILITY_FIELDS = [
    ("catchment_pop", QVariant.Double),
    ("supply_ratio", QVariant.Double),
    ("load", QVariant.Double),
    ("unserved", QVariant.Int),
]
ZONE_FIELDS = [
    ("zone_name", QVariant.String),
    ("n_demand", QVariant.Int),
    ("population", QVariant.Double),
    ("covered_pop", QVariant.Double),
    ("coverage_rate", QVariant.Double),
    ("deficit", QVariant.Double),
    ("facility_type", QVariant.String),
]

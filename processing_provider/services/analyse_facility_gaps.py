"""urflow:facilitygaps — 公共服务设施缺口分析 (DESIGN.md §3.2, DOMAIN.md §2).

Layers → arrays → :func:`core.access.analyse_gaps` → sinks. The rules live in ``core/access``.
"""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core import access
from ...core.errors import URFlowError
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import core_error, working_crs
from . import gap_inputs, gap_outputs
from .gap_feedback import GapFeedback

NATIONAL_STANDARDS = str(access.NATIONAL_STANDARDS)
SOURCE = QgsProcessing.SourceType
FIELD = QgsProcessingParameterField.DataType
DOUBLE = QgsProcessingParameterNumber.Type.Double


class AnalyseFacilityGapsAlgorithm(BaseAlgorithm):
    DEMAND, DEMAND_ID_FIELD, POPULATION_FIELD = "DEMAND", "DEMAND_ID_FIELD", "POPULATION_FIELD"
    FACILITIES, FACILITY_ID_FIELD = "FACILITIES", "FACILITY_ID_FIELD"
    CAPACITY_FIELD, NETWORK, SPEED_FIELD = "CAPACITY_FIELD", "NETWORK", "SPEED_FIELD"
    ROAD_CLASS_FIELD, DIRECTION_FIELD = "ROAD_CLASS_FIELD", "DIRECTION_FIELD"
    TRAVEL_MODE, COST_UNIT, STANDARD = "TRAVEL_MODE", "COST_UNIT", "STANDARD"
    STANDARDS_TABLE, THRESHOLD = "STANDARDS_TABLE", "THRESHOLD"
    PROVISION_PER_1000, METHOD = "PROVISION_PER_1000", "METHOD"
    E2SFCA_WEIGHTS, SNAP_TOLERANCE = "E2SFCA_WEIGHTS", "SNAP_TOLERANCE"
    DETOUR_FACTOR, ZONES, ZONE_NAME_FIELD = "DETOUR_FACTOR", "ZONES", "ZONE_NAME_FIELD"
    TARGET_CRS, OUTPUT_DEMAND = "TARGET_CRS", "OUTPUT_DEMAND"
    OUTPUT_FACILITIES, OUTPUT_ZONES = "OUTPUT_FACILITIES", "OUTPUT_ZONES"
    ADVANCED = (STANDARDS_TABLE, E2SFCA_WEIGHTS, SNAP_TOLERANCE, DETOUR_FACTOR, TARGET_CRS)
    FIELDS = (DEMAND_ID_FIELD, POPULATION_FIELD, FACILITY_ID_FIELD, CAPACITY_FIELD, SPEED_FIELD)
    FIELDS += (ROAD_CLASS_FIELD, DIRECTION_FIELD, ZONE_NAME_FIELD)

    def initAlgorithm(self, config=None):  # noqa: N802
        def field(key, label, parent, kind=FIELD.Any, optional=False):
            return QgsProcessingParameterField(key, label, None, parent, kind, optional=optional)

        def layer(key, label, kinds, optional=False):
            return QgsProcessingParameterFeatureSource(key, label, kinds, optional=optional)

        def number(key, label, default=None, minimum=0.0):
            optional = default is None
            return QgsProcessingParameterNumber(key, label, DOUBLE, default, optional, minimum)

        for parameter in (
            layer(
                self.DEMAND,
                self.tr("Demand: villages or settlements (points or polygons)"),
                [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint],
            ),
            field(self.DEMAND_ID_FIELD, self.tr("Demand id field"), self.DEMAND),
            field(
                self.POPULATION_FIELD,
                self.tr("Population field (the people the standard counts)"),
                self.DEMAND,
                FIELD.Numeric,
            ),
            layer(self.FACILITIES, self.tr("Facilities (points)"), [SOURCE.TypeVectorPoint]),
            field(self.FACILITY_ID_FIELD, self.tr("Facility id field"), self.FACILITIES),
            field(
                self.CAPACITY_FIELD,
                self.tr("Capacity field (seats, doctors, beds; default 1 each)"),
                self.FACILITIES,
                FIELD.Numeric,
                True,
            ),
            layer(
                self.NETWORK,
                self.tr("Road network (lines; straight lines × detour if none)"),
                [SOURCE.TypeVectorLine],
                True,
            ),
            field(
                self.SPEED_FIELD,
                self.tr("Speed field, km/h (car)"),
                self.NETWORK,
                FIELD.Numeric,
                True,
            ),
            field(
                self.ROAD_CLASS_FIELD,
                self.tr("Road class field (county/township/village)"),
                self.NETWORK,
                optional=True,
            ),
            field(
                self.DIRECTION_FIELD,
                self.tr("One-way field (forward/backward/both)"),
                self.NETWORK,
                optional=True,
            ),
            QgsProcessingParameterString(
                self.STANDARD,
                self.tr("Standard preset id (e.g. rural_primary_school; empty = custom)"),
                optional=True,
            ),
            QgsProcessingParameterFile(
                self.STANDARDS_TABLE,
                self.tr("Standards table (CSV; default: national presets)"),
                extension="csv",
                optional=True,
            ),
            QgsProcessingParameterEnum(
                self.TRAVEL_MODE,
                self.tr("Travel mode (default: the preset's)"),
                [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")],
                optional=True,
            ),
            QgsProcessingParameterEnum(
                self.COST_UNIT,
                self.tr("Cost unit (default: the preset's)"),
                [self.tr("Minutes"), self.tr("Meters")],
                optional=True,
            ),
            number(
                self.THRESHOLD, self.tr("Threshold: standard travel time or distance (inclusive)")
            ),
            number(self.PROVISION_PER_1000, self.tr("Provision standard per 1000 people")),
            QgsProcessingParameterEnum(
                self.METHOD,
                self.tr("Accessibility method"),
                [
                    self.tr("2SFCA"),
                    self.tr("Enhanced 2SFCA (step weights)"),
                    self.tr("Gaussian 2SFCA"),
                ],
                defaultValue=0,
            ),
            QgsProcessingParameterString(
                self.E2SFCA_WEIGHTS,
                self.tr("E2SFCA step weights (upper bound:weight, ...)"),
                optional=True,
            ),
            number(self.SNAP_TOLERANCE, self.tr("Largest distance from a road, m"), 500.0),
            number(self.DETOUR_FACTOR, self.tr("Detour factor without a network"), 1.3, 1.0),
            layer(
                self.ZONES,
                self.tr("Zones for the summary (townships)"),
                [SOURCE.TypeVectorPolygon],
                True,
            ),
            field(self.ZONE_NAME_FIELD, self.tr("Zone name field"), self.ZONES, optional=True),
            QgsProcessingParameterCrs(
                self.TARGET_CRS,
                self.tr("Working CRS (projected; default: automatic)"),
                optional=True,
            ),
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DEMAND, self.tr("Demand with access and gaps")
            ),
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_FACILITIES, self.tr("Facilities with catchment and load")
            ),
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ZONES,
                self.tr("Coverage and deficit per zone"),
                SOURCE.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            ),
        ):
            if parameter.name() in self.ADVANCED:
                advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
                parameter.setFlags(parameter.flags() | advanced)
            self.addParameter(parameter)

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
        """``(choice, rule, travel)``: the preset's values, overridden by explicit ones."""
        table = (
            self.parameterAsFile(parameters, self.STANDARDS_TABLE, context) or NATIONAL_STANDARDS
        )

        def given(key, read, options=None):
            if parameters.get(key) is None or parameters.get(key) == "":
                return None
            value = read(parameters, key, context)
            return options[value] if options else value

        choice = access.choose_standard(
            access.load_facility_standards(table),
            self.parameterAsString(parameters, self.STANDARD, context).strip(),
            table,
            travel_mode=given(self.TRAVEL_MODE, self.parameterAsEnum, access.TRAVEL_MODES),
            cost_unit=given(self.COST_UNIT, self.parameterAsEnum, access.COST_UNITS),
            threshold=given(self.THRESHOLD, self.parameterAsDouble),
            provision_per_1000=given(self.PROVISION_PER_1000, self.parameterAsDouble),
        )
        steps = self.parameterAsString(parameters, self.E2SFCA_WEIGHTS, context).strip()
        method = access.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        rule = access.GapRule(
            choice.threshold,
            choice.provision_per_1000,
            method,
            access.parse_step_weights(steps) if steps else None,
        )
        travel = access.Travel(
            choice.travel_mode,
            choice.cost_unit,
            self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context),
        )
        return choice, rule, travel

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sources = self.sources(parameters, context)
        try:
            choice, rule, travel = self.settings(parameters, context)
        except URFlowError as error:
            raise core_error(error) from error
        crs = working_crs(
            [sources.demand, sources.facilities, sources.network],
            self.parameterAsCrs(parameters, self.TARGET_CRS, context),
            context,
        )
        say = GapFeedback(feedback)
        say.settings(choice, rule, crs)
        inputs = gap_inputs.read_inputs(sources, rule, travel, crs, context, feedback, say)
        try:
            result = access.analyse_gaps(
                access.Demand(inputs.demand.xy, inputs.demand.values),
                access.Facilities(inputs.supply.xy, inputs.supply.values),
                rule,
                travel,
                inputs.roads,
                inputs.zones.zones if inputs.zones else None,
                is_canceled=feedback.isCanceled,
                progress=lambda fraction: feedback.setProgress(20 + 75 * fraction),
            )
        except access.Canceled:
            return {}
        except URFlowError as error:
            raise core_error(error) from error
        say.warnings(result, inputs.demand.ids, inputs.supply.ids)
        results = gap_outputs.write_outputs(
            self, parameters, context, feedback, inputs, result, choice.standard, output_language()
        )
        results.update(gap_outputs.result_dict(result))
        say.summary(result)
        return results

    def sources(self, parameters, context):
        """The layers (DEMAND and FACILITIES required) and field names of the run."""
        layers = [
            self.parameterAsSource(parameters, key, context)
            for key in (self.DEMAND, self.FACILITIES, self.NETWORK, self.ZONES)
        ]
        for key, layer in zip((self.DEMAND, self.FACILITIES), layers):
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        fields = [self.parameterAsString(parameters, key, context) for key in self.FIELDS]
        return gap_inputs.GapSources(*layers, *fields)

    def name(self):
        return "facilitygaps"

    def displayName(self):  # noqa: N802
        return self.tr("Facility gap analysis (公共服务设施缺口分析)")

    def group(self):
        return self.tr("Public services")

    def groupId(self):  # noqa: N802
        return "services"

"""The parameters of urflow:facilitygaps (DESIGN.md §3.2): names, labels, defaults, and the
standard, rule and travel settings they give (:func:`settings`)."""

from qgis.core import (
    QgsProcessing,
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
from qgis.PyQt.QtCore import QCoreApplication

from ...core import access
from ..roads import travel_from


class FacilityGapsKeys:
    """Parameter and output names of urflow:facilitygaps (stable: scripts, models and checks use
    them); the algorithm class has them as attributes, as before the renovation."""

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
    STANDARD = "STANDARD"
    STANDARDS_TABLE = "STANDARDS_TABLE"
    TRAVEL_MODE = "TRAVEL_MODE"
    COST_UNIT = "COST_UNIT"
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


NATIONAL_STANDARDS = str(access.NATIONAL_STANDARDS)
SOURCE = QgsProcessing.SourceType
FIELD = QgsProcessingParameterField.DataType
DOUBLE = QgsProcessingParameterNumber.Type.Double
ADVANCED = ("STANDARDS_TABLE", "E2SFCA_WEIGHTS", "SNAP_TOLERANCE", "DETOUR_FACTOR", "TARGET_CRS")
#: The field parameters, in the order of :class:`.gap_inputs.GapSources`' field names.
FIELDS = (
    "DEMAND_ID_FIELD",
    "POPULATION_FIELD",
    "FACILITY_ID_FIELD",
    "CAPACITY_FIELD",
    "SPEED_FIELD",
    "ROAD_CLASS_FIELD",
    "DIRECTION_FIELD",
    "ZONE_NAME_FIELD",
)


def field(key, label, parent, kind=FIELD.Any, optional=False):
    return QgsProcessingParameterField(key, label, None, parent, kind, optional=optional)


def layer(key, label, kinds, optional=False):
    return QgsProcessingParameterFeatureSource(key, label, kinds, optional=optional)


def number(key, label, default=None, minimum=0.0):
    optional = default is None
    return QgsProcessingParameterNumber(key, label, DOUBLE, default, optional, minimum)


class FacilityGapsParameters:
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        parameters = [
            layer(
                "DEMAND",
                self.tr("Demand: villages or settlements (points or polygons)"),
                [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint],
            ),
            field("DEMAND_ID_FIELD", self.tr("Demand id field"), "DEMAND"),
            field(
                "POPULATION_FIELD",
                self.tr("Population field (the people the standard counts)"),
                "DEMAND",
                FIELD.Numeric,
            ),
            layer("FACILITIES", self.tr("Facilities (points)"), [SOURCE.TypeVectorPoint]),
            field("FACILITY_ID_FIELD", self.tr("Facility id field"), "FACILITIES"),
            field(
                "CAPACITY_FIELD",
                self.tr("Capacity field (seats, doctors, beds; default 1 each)"),
                "FACILITIES",
                FIELD.Numeric,
                True,
            ),
            layer(
                "NETWORK",
                self.tr("Road network (lines; straight lines × detour if none)"),
                [SOURCE.TypeVectorLine],
                True,
            ),
            field(
                "SPEED_FIELD", self.tr("Speed field, km/h (car)"), "NETWORK", FIELD.Numeric, True
            ),
            field(
                "ROAD_CLASS_FIELD",
                self.tr("Road class field (county/township/village)"),
                "NETWORK",
                optional=True,
            ),
            field(
                "DIRECTION_FIELD",
                self.tr("One-way field (forward/backward/both)"),
                "NETWORK",
                optional=True,
            ),
            QgsProcessingParameterString(
                "STANDARD",
                self.tr("Standard preset id (e.g. rural_primary_school; empty = custom)"),
                optional=True,
            ),
            QgsProcessingParameterFile(
                "STANDARDS_TABLE",
                self.tr("Standards table (CSV; default: national presets)"),
                extension="csv",
                optional=True,
            ),
            QgsProcessingParameterEnum(
                "TRAVEL_MODE",
                self.tr("Travel mode (default: the preset's)"),
                [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")],
                optional=True,
            ),
            QgsProcessingParameterEnum(
                "COST_UNIT",
                self.tr("Cost unit (default: the preset's)"),
                [self.tr("Minutes"), self.tr("Meters")],
                optional=True,
            ),
            number("THRESHOLD", self.tr("Threshold: standard travel time or distance (inclusive)")),
            number("PROVISION_PER_1000", self.tr("Provision standard per 1000 people")),
            QgsProcessingParameterEnum(
                "METHOD",
                self.tr("Accessibility method"),
                [
                    self.tr("2SFCA"),
                    self.tr("Enhanced 2SFCA (step weights)"),
                    self.tr("Gaussian 2SFCA"),
                ],
                defaultValue=0,
            ),
            QgsProcessingParameterString(
                "E2SFCA_WEIGHTS",
                self.tr("E2SFCA step weights (upper bound:weight, ...)"),
                optional=True,
            ),
            number("SNAP_TOLERANCE", self.tr("Largest distance from a road, m"), 500.0),
            number("DETOUR_FACTOR", self.tr("Detour factor without a network"), 1.3, 1.0),
            layer(
                "ZONES",
                self.tr("Zones for the summary (townships)"),
                [SOURCE.TypeVectorPolygon],
                True,
            ),
            field("ZONE_NAME_FIELD", self.tr("Zone name field"), "ZONES", optional=True),
            QgsProcessingParameterCrs(
                "TARGET_CRS",
                self.tr("Working CRS (projected; default: automatic)"),
                optional=True,
            ),
            QgsProcessingParameterFeatureSink(
                "OUTPUT_DEMAND", self.tr("Demand with access and gaps")
            ),
            QgsProcessingParameterFeatureSink(
                "OUTPUT_FACILITIES", self.tr("Facilities with catchment and load")
            ),
            QgsProcessingParameterFeatureSink(
                "OUTPUT_ZONES",
                self.tr("Coverage and deficit per zone"),
                SOURCE.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            ),
        ]
        for parameter in parameters:
            if parameter.name() in ADVANCED:
                advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
                parameter.setFlags(parameter.flags() | advanced)
        return parameters


def settings(algorithm, parameters, context):
    """``(choice, rule, travel)``: the preset's values, overridden by explicit ones.

    Raises URFlowError (from the core) for an unknown preset, a bad table or step weights.
    """
    table = algorithm.parameterAsFile(parameters, "STANDARDS_TABLE", context) or NATIONAL_STANDARDS

    def given(key, read, options=None):
        if parameters.get(key) is None or parameters.get(key) == "":
            return None
        value = read(parameters, key, context)
        return options[value] if options else value

    choice = access.choose_standard(
        access.load_facility_standards(table),
        algorithm.parameterAsString(parameters, "STANDARD", context).strip(),
        table,
        travel_mode=given("TRAVEL_MODE", algorithm.parameterAsEnum, access.TRAVEL_MODES),
        cost_unit=given("COST_UNIT", algorithm.parameterAsEnum, access.COST_UNITS),
        threshold=given("THRESHOLD", algorithm.parameterAsDouble),
        provision_per_1000=given("PROVISION_PER_1000", algorithm.parameterAsDouble),
    )
    steps = algorithm.parameterAsString(parameters, "E2SFCA_WEIGHTS", context).strip()
    method = access.METHODS[algorithm.parameterAsEnum(parameters, "METHOD", context)]
    rule = access.GapRule(
        choice.threshold,
        choice.provision_per_1000,
        method,
        access.parse_step_weights(steps) if steps else None,
    )
    travel = travel_from(algorithm, parameters, context, choice.travel_mode, choice.cost_unit)
    return choice, rule, travel

"""The parameters of urflow:facilitysiting (issue 16): names, labels, defaults."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

SOURCE = QgsProcessing.SourceType
FIELD = QgsProcessingParameterField.DataType
DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer
ADVANCED = ("STANDARDS_TABLE", "SNAP_TOLERANCE", "DETOUR_FACTOR", "TIME_LIMIT", "TARGET_CRS")


class SitingParameters:
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""

        def field(key, label, parent, kind=FIELD.Any, optional=False):
            return QgsProcessingParameterField(key, label, None, parent, kind, optional=optional)

        def layer(key, label, kinds, optional=False):
            return QgsProcessingParameterFeatureSource(key, label, kinds, optional=optional)

        def number(key, label, default=None, minimum=0.0, kind=DOUBLE):
            return QgsProcessingParameterNumber(key, label, kind, default, default is None, minimum)

        def enum(key, label, options, default=None):
            optional = default is None
            return QgsProcessingParameterEnum(
                key, label, options, defaultValue=default, optional=optional
            )

        def sink(key, label, kind=SOURCE.TypeVectorAnyGeometry, optional=False):
            return QgsProcessingParameterFeatureSink(
                key, label, kind, optional=optional, createByDefault=True
            )

        return [
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
            layer(
                "CANDIDATES",
                self.tr("Candidate sites and existing facilities (points)"),
                [SOURCE.TypeVectorPoint],
            ),
            field("CANDIDATE_ID_FIELD", self.tr("Candidate id field"), "CANDIDATES"),
            field(
                "EXISTING_FIELD",
                self.tr("Existing-facility field (1/true/是 = existing, always open)"),
                "CANDIDATES",
                optional=True,
            ),
            field(
                "CAPACITY_FIELD",
                self.tr("Capacity field (places, beds; capacitated models when given)"),
                "CANDIDATES",
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
                "SPEED_FIELD",
                self.tr("Speed field, km/h (car)"),
                "NETWORK",
                FIELD.Numeric,
                True,
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
            enum(
                "TRAVEL_MODE",
                self.tr("Travel mode (default: the preset's)"),
                [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")],
            ),
            enum(
                "COST_UNIT",
                self.tr("Cost unit (default: the preset's)"),
                [self.tr("Minutes"), self.tr("Meters")],
            ),
            number("SNAP_TOLERANCE", self.tr("Largest distance from a road, m"), 500.0),
            number("DETOUR_FACTOR", self.tr("Detour factor without a network"), 1.3, 1.0),
            layer(
                "COST_TABLE",
                self.tr("Cost table (demand id, candidate id, cost; instead of the network)"),
                [SOURCE.TypeVector],
                True,
            ),
            field(
                "COST_DEMAND_FIELD",
                self.tr("Cost table: demand id field"),
                "COST_TABLE",
                optional=True,
            ),
            field(
                "COST_CANDIDATE_FIELD",
                self.tr("Cost table: candidate id field"),
                "COST_TABLE",
                optional=True,
            ),
            field(
                "COST_FIELD",
                self.tr("Cost table: cost field"),
                "COST_TABLE",
                FIELD.Numeric,
                True,
            ),
            enum(
                "MODEL",
                self.tr("Model"),
                [
                    self.tr("LSCP: fewest new sites covering every coverable point"),
                    self.tr("MCLP: most people covered by the new sites"),
                    self.tr("p-median: least total population × cost"),
                    self.tr("p-center: least largest cost"),
                ],
                2,
            ),
            number("NEW_FACILITIES", self.tr("New facilities to open"), 1, 0, INTEGER),
            number("THRESHOLD", self.tr("Threshold: standard travel time or distance (inclusive)")),
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
            number("CURVE_MAX", self.tr("Curve up to k new sites (0 = no curve)"), 0, 0, INTEGER),
            number("TIME_LIMIT", self.tr("Time limit per solve, s (0 = none)"), 0.0),
            QgsProcessingParameterCrs(
                "TARGET_CRS",
                self.tr("Working CRS (projected; default: automatic)"),
                optional=True,
            ),
            sink("OUTPUT_SITES", self.tr("Sites: selected, new, load"), SOURCE.TypeVectorPoint),
            sink("OUTPUT_DEMAND", self.tr("Demand with its site and cost")),
            sink("OUTPUT_LINES", self.tr("Demand → site lines"), SOURCE.TypeVectorLine, True),
            sink(
                "OUTPUT_CURVE",
                self.tr("What each extra site buys (curve)"),
                SOURCE.TypeVector,
                True,
            ),
        ]

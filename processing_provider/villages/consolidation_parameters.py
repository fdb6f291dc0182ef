"""The parameters of urflow:settlementconsolidation (issue 17): names, labels, defaults."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

SOURCE = QgsProcessing.SourceType
FIELD = QgsProcessingParameterField.DataType
DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer
ADVANCED = ("SNAP_TOLERANCE", "DETOUR_FACTOR", "TIME_LIMIT", "TARGET_CRS")
#: Mask layers: a settlement whose point lies inside one cannot become central.
MASKS = ("ECO_REDLINE", "PERMANENT_FARMLAND", "HAZARD")


class ConsolidationParameters:
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        s = "SETTLEMENTS"

        def field(key, label, parent=s, kind=FIELD.Any, optional=True):
            return QgsProcessingParameterField(key, label, None, parent, kind, optional=optional)

        def layer(key, label, kinds, optional=False):
            return QgsProcessingParameterFeatureSource(key, label, kinds, optional=optional)

        def number(key, label, default, minimum=0.0, kind=DOUBLE, maximum=None):
            parameter = QgsProcessingParameterNumber(key, label, kind, default, False, minimum)
            if maximum is not None:
                parameter.setMaximum(maximum)
            return parameter

        def sink(key, label, kind, optional=True):
            return QgsProcessingParameterFeatureSink(
                key, label, kind, optional=optional, createByDefault=True
            )

        polygons = [SOURCE.TypeVectorPolygon]
        return [
            layer(
                s,
                self.tr("Settlements: natural villages or settlement patches (points or polygons)"),
                [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint],
            ),
            field("SETTLEMENT_ID_FIELD", self.tr("Settlement id field"), optional=False),
            field(
                "POPULATION_FIELD", self.tr("Residents field"), kind=FIELD.Numeric, optional=False
            ),
            field(
                "AREA_FIELD",
                self.tr("Settlement land field, m² (default: polygon area)"),
                kind=FIELD.Numeric,
            ),
            field(
                "CLASS_FIELD",
                self.tr("Village class field (urflow:villageclassification class_code)"),
                kind=FIELD.Numeric,
            ),
            layer(
                "VILLAGE_CLASSES",
                self.tr(
                    "Classified villages (OUTPUT of urflow:villageclassification; instead of "
                    "CLASS_FIELD)"
                ),
                [SOURCE.TypeVector],
                True,
            ),
            field(
                "VILLAGE_CLASSES_ID_FIELD",
                self.tr("Village id field of the classified villages"),
                "VILLAGE_CLASSES",
            ),
            field(
                "VILLAGE_ID_FIELD",
                self.tr("Field of the settlements naming their administrative village"),
            ),
            field(
                "FIXED_FIELD",
                self.tr(
                    "Fixed central village field (1/true/是 = existing central village or town)"
                ),
            ),
            number(
                "MIN_KEEP_POP",
                self.tr("Settlements below this population must move (0 = none)"),
                0.0,
            ),
            field(
                "KAPPA_FIELD",
                self.tr("New-cultivated-land coefficient κ field"),
                kind=FIELD.Numeric,
            ),
            number(
                "DEFAULT_KAPPA",
                self.tr("Default κ (where no field or NULL)"),
                0.85,
                0.0,
                DOUBLE,
                1.0,
            ),
            field(
                "PRIORITY_FIELD",
                self.tr(
                    "Demolition priority field (e.g. hollow_score; copied to OUTPUT_DEMOLITION)"
                ),
                kind=FIELD.Numeric,
            ),
            layer(
                "NETWORK",
                self.tr("Road network (lines; straight lines × detour if none)"),
                [SOURCE.TypeVectorLine],
                True,
            ),
            field("SPEED_FIELD", self.tr("Speed field, km/h (car)"), "NETWORK", FIELD.Numeric),
            field(
                "ROAD_CLASS_FIELD", self.tr("Road class field (county/township/village)"), "NETWORK"
            ),
            field("DIRECTION_FIELD", self.tr("One-way field (forward/backward/both)"), "NETWORK"),
            QgsProcessingParameterEnum(
                "TRAVEL_MODE",
                self.tr("Travel mode"),
                [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")],
                defaultValue=0,
            ),
            QgsProcessingParameterEnum(
                "COST_UNIT",
                self.tr("Cost unit"),
                [self.tr("Minutes"), self.tr("Meters")],
                defaultValue=1,
            ),
            number("SNAP_TOLERANCE", self.tr("Largest distance from a road, m"), 500.0),
            number("DETOUR_FACTOR", self.tr("Detour factor without a network"), 1.3, 1.0),
            layer(
                "COST_TABLE",
                self.tr("Cost table (from id, to id, cost; instead of the network)"),
                [SOURCE.TypeVector],
                True,
            ),
            field("COST_FROM_FIELD", self.tr("Cost table: from settlement id field"), "COST_TABLE"),
            field("COST_TO_FIELD", self.tr("Cost table: to settlement id field"), "COST_TABLE"),
            field("COST_FIELD", self.tr("Cost table: cost field"), "COST_TABLE", FIELD.Numeric),
            number(
                "CENTRAL_COUNT",
                self.tr("Central villages in all (fixed ones included)"),
                1,
                0,
                INTEGER,
            ),
            number(
                "MAX_MOVE_COST",
                self.tr("Largest move cost, inclusive (farming radius; 0 = no limit)"),
                2500.0,
            ),
            number(
                "MIN_CENTRAL_POP",
                self.tr("Smallest central-village population after the moves"),
                0.0,
            ),
            number(
                "MAX_CENTRAL_POP",
                self.tr("Largest central-village population after the moves (0 = no limit)"),
                0.0,
            ),
            number(
                "LAND_STANDARD",
                self.tr("New settlement land per moved resident, m²"),
                150.0,
            ),
            layer("ECO_REDLINE", self.tr("Ecological red line 生态保护红线"), polygons, True),
            layer(
                "PERMANENT_FARMLAND",
                self.tr("Permanent basic farmland 永久基本农田"),
                polygons,
                True,
            ),
            layer("HAZARD", self.tr("Hazard zones (geological hazard, flood)"), polygons, True),
            number("TIME_LIMIT", self.tr("Time limit, s (0 = none)"), 0.0),
            QgsProcessingParameterCrs(
                "TARGET_CRS", self.tr("Working CRS (projected; default: automatic)"), optional=True
            ),
            sink(
                "OUTPUT_SETTLEMENTS",
                self.tr("Settlements with their role"),
                SOURCE.TypeVectorAnyGeometry,
                False,
            ),
            sink("OUTPUT_CENTRAL", self.tr("Central villages"), SOURCE.TypeVectorPoint),
            sink(
                "OUTPUT_MOVES",
                self.tr("Moves: settlement → central village"),
                SOURCE.TypeVectorLine,
            ),
            sink(
                "OUTPUT_DEMOLITION",
                self.tr("Released settlement land (拆旧 candidates for urflow:landquotalinkage)"),
                SOURCE.TypeVectorPolygon,
            ),
        ]

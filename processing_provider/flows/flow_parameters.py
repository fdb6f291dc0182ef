"""The parameters of urflow:urbanruralflows: names, labels and defaults (the network ones
as in urflow:facilitygaps)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication


class FlowKeys:
    """Parameter and output names (stable: scripts and models use them)."""

    NODES = "NODES"
    NODE_ID_FIELD = "NODE_ID_FIELD"
    NODE_TYPE_FIELD = "NODE_TYPE_FIELD"
    MASS_FIELD = "MASS_FIELD"
    NAME_FIELD = "NAME_FIELD"
    FLOWS = "FLOWS"
    ORIGIN_FIELD = "ORIGIN_FIELD"
    DESTINATION_FIELD = "DESTINATION_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    KIND_FIELD = "KIND_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    YEAR = "YEAR"
    DISTANCE = "DISTANCE"
    NETWORK, SPEED_FIELD = "NETWORK", "SPEED_FIELD"
    ROAD_CLASS_FIELD, DIRECTION_FIELD = "ROAD_CLASS_FIELD", "DIRECTION_FIELD"
    TRAVEL_MODE, COST_UNIT = "TRAVEL_MODE", "COST_UNIT"
    SNAP_TOLERANCE, DETOUR_FACTOR = "SNAP_TOLERANCE", "DETOUR_FACTOR"
    GRAVITY = "GRAVITY"
    MIN_VALUE = "MIN_VALUE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_LINES = "OUTPUT_LINES"
    OUTPUT_NODES = "OUTPUT_NODES"
    OUTPUT_MATRIX = "OUTPUT_MATRIX"


class FlowParameters(FlowKeys):
    def tr(self, text):
        return QCoreApplication.translate("FlowParameters", text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        out = []
        add = out.append
        nodes = [
            QgsProcessing.SourceType.TypeVectorPoint,
            QgsProcessing.SourceType.TypeVectorPolygon,
        ]
        add(
            QgsProcessingParameterFeatureSource(
                self.NODES, self.tr("Nodes (towns and villages)"), nodes
            )
        )
        field = QgsProcessingParameterField
        for key, label, parent, optional, kind in (
            (self.NODE_ID_FIELD, self.tr("Node id field"), self.NODES, False, field.DataType.Any),
            (
                self.NODE_TYPE_FIELD,
                self.tr("Node type field (urban or rural)"),
                self.NODES,
                False,
                field.DataType.Any,
            ),
            (
                self.MASS_FIELD,
                self.tr("Mass field for the gravity model (e.g. population)"),
                self.NODES,
                True,
                field.DataType.Numeric,
            ),
            (self.NAME_FIELD, self.tr("Node name field"), self.NODES, True, field.DataType.Any),
        ):
            add(field(key, label, None, parent, kind, optional=optional))
        add(
            QgsProcessingParameterFeatureSource(
                self.FLOWS,
                self.tr("Flow table (origin, destination, value)"),
                [QgsProcessing.SourceType.TypeVector],
            )
        )
        for key, label, optional, kind in (
            (self.ORIGIN_FIELD, self.tr("Origin field"), False, field.DataType.Any),
            (self.DESTINATION_FIELD, self.tr("Destination field"), False, field.DataType.Any),
            (self.VALUE_FIELD, self.tr("Value field"), False, field.DataType.Numeric),
            (
                self.KIND_FIELD,
                self.tr("Kind field (labour, capital, land, …)"),
                True,
                field.DataType.Any,
            ),
            (self.YEAR_FIELD, self.tr("Year field"), True, field.DataType.Numeric),
        ):
            add(field(key, label, None, self.FLOWS, kind, optional=optional))
        add(
            QgsProcessingParameterNumber(
                self.YEAR, self.tr("Year"), QgsProcessingParameterNumber.Type.Integer, None, True
            )
        )
        add(
            QgsProcessingParameterEnum(
                self.DISTANCE,
                self.tr("Distance"),
                [self.tr("Straight line (km)"), self.tr("Road network (NETWORK)")],
                defaultValue=0,
            )
        )
        add(
            QgsProcessingParameterFeatureSource(
                self.NETWORK,
                self.tr("Road network (lines)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        for key, label, kind in (
            (self.SPEED_FIELD, self.tr("Speed field, km/h (car)"), field.DataType.Numeric),
            (self.ROAD_CLASS_FIELD, self.tr("Road class field"), field.DataType.Any),
            (self.DIRECTION_FIELD, self.tr("One-way field"), field.DataType.Any),
        ):
            add(field(key, label, None, self.NETWORK, kind, optional=True))
        add(
            QgsProcessingParameterEnum(
                self.TRAVEL_MODE,
                self.tr("Travel mode on the network"),
                [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")],
                defaultValue=3,
            )
        )
        add(
            QgsProcessingParameterEnum(
                self.COST_UNIT,
                self.tr("Network cost unit"),
                [self.tr("Minutes"), self.tr("Meters")],
                defaultValue=1,
            )
        )
        for key, label, default, low in (
            (self.SNAP_TOLERANCE, self.tr("Largest distance from a road, m"), 500.0, 0.0),
            (self.DETOUR_FACTOR, self.tr("Detour factor (unused over roads)"), 1.3, 1.0),
        ):
            number = QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Type.Double, default, minValue=low
            )
            number.setFlags(number.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            add(number)
        add(
            QgsProcessingParameterEnum(
                self.GRAVITY,
                self.tr("Gravity model for unlisted pairs"),
                [self.tr("None"), self.tr("Unconstrained (masses)"), self.tr("Doubly constrained")],
                defaultValue=0,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.MIN_VALUE,
                self.tr("Smallest gross flow drawn"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            )
        )
        add(
            QgsProcessingParameterCrs(
                self.TARGET_CRS, self.tr("Working CRS (projected)"), optional=True
            )
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LINES, self.tr("Flow lines"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_NODES,
                self.tr("Node balances"),
                QgsProcessing.SourceType.TypeVectorPoint,
            )
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_MATRIX,
                self.tr("Urban–rural flow matrix"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        return out

"""The parameters of urflow:controllinecheck: names, labels and defaults."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.controllines.compliance import DEFAULT_URBAN_TYPES


class ControlLineKeys:
    """Parameter and output names (stable: scripts and models use them)."""

    PLANNED = "PLANNED"
    PLANNED_ID_FIELD = "PLANNED_ID_FIELD"
    PLANNED_TYPE_FIELD = "PLANNED_TYPE_FIELD"
    URBAN_TYPES = "URBAN_TYPES"
    PERMANENT_FARMLAND = "PERMANENT_FARMLAND"
    KCXS_FIELD = "KCXS_FIELD"
    ECO_REDLINE = "ECO_REDLINE"
    URBAN_BOUNDARY = "URBAN_BOUNDARY"
    ZONES = "ZONES"
    ZONE_NAME_FIELD = "ZONE_NAME_FIELD"
    AREA_METHOD = "AREA_METHOD"
    MIN_AREA = "MIN_AREA"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_CONFLICTS = "OUTPUT_CONFLICTS"
    OUTPUT_PLANNED = "OUTPUT_PLANNED"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    LINE_LAYERS = (PERMANENT_FARMLAND, ECO_REDLINE, URBAN_BOUNDARY)


class ControlLineParameters(ControlLineKeys):
    def tr(self, text):
        return QCoreApplication.translate("ControlLineParameters", text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        out = []
        add = out.append
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        add(
            QgsProcessingParameterFeatureSource(
                self.PLANNED,
                self.tr("Planned layer (polygons, lines or points)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        add(
            QgsProcessingParameterField(
                self.PLANNED_ID_FIELD, self.tr("Planned feature id field"), None, self.PLANNED
            )
        )
        add(
            QgsProcessingParameterField(
                self.PLANNED_TYPE_FIELD,
                self.tr("Planned type field (urban construction must lie inside the boundary)"),
                None,
                self.PLANNED,
                optional=True,
            )
        )
        add(
            QgsProcessingParameterString(
                self.URBAN_TYPES,
                self.tr("Type values meaning urban construction (comma-separated)"),
                DEFAULT_URBAN_TYPES,
            )
        )
        for key, label in (
            (self.PERMANENT_FARMLAND, self.tr("Permanent basic farmland 永久基本农田")),
            (self.ECO_REDLINE, self.tr("Ecological red line 生态保护红线")),
            (self.URBAN_BOUNDARY, self.tr("Urban development boundary 城镇开发边界")),
        ):
            add(QgsProcessingParameterFeatureSource(key, label, polygons, optional=True))
            if key == self.PERMANENT_FARMLAND:
                add(
                    QgsProcessingParameterField(
                        self.KCXS_FIELD,
                        self.tr("田坎 deduction coefficient field KCXS (0–1)"),
                        None,
                        self.PERMANENT_FARMLAND,
                        QgsProcessingParameterField.DataType.Numeric,
                        optional=True,
                    )
                )
        add(
            QgsProcessingParameterFeatureSource(
                self.ZONES, self.tr("Zones for the summary (townships)"), polygons, optional=True
            )
        )
        add(
            QgsProcessingParameterField(
                self.ZONE_NAME_FIELD, self.tr("Zone name field"), None, self.ZONES, optional=True
            )
        )
        add(
            QgsProcessingParameterEnum(
                self.AREA_METHOD,
                self.tr("Area method"),
                [self.tr("Planar, in the working CRS"), self.tr("Ellipsoidal, CGCS2000")],
                defaultValue=0,
            )
        )
        add(
            QgsProcessingParameterNumber(
                self.MIN_AREA,
                self.tr("Smallest overlap that counts (m²; smaller ones are slivers)"),
                QgsProcessingParameterNumber.Type.Double,
                0.01,
                minValue=0.0,
            )
        )
        add(
            QgsProcessingParameterCrs(
                self.TARGET_CRS, self.tr("Working CRS (projected)"), optional=True
            )
        )
        add(QgsProcessingParameterFeatureSink(self.OUTPUT_CONFLICTS, self.tr("Conflicts")))
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PLANNED, self.tr("Planned features checked")
            )
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY,
                self.tr("Compliance summary"),
                QgsProcessing.SourceType.TypeVector,
            )
        )
        return out

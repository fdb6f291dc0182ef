"""The parameters of urflow:landsurveylayers (三调图斑提取): names, labels, defaults."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
)
from qgis.PyQt.QtCore import QCoreApplication


class LandSurveyKeys:
    """Parameter and output names (stable: scripts and models use them)."""

    DLTB = "DLTB"
    CLASSIFICATION = "CLASSIFICATION"
    CODE_TABLE = "CODE_TABLE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_SETTLEMENTS = "OUTPUT_SETTLEMENTS"
    OUTPUT_HOMESTEADS = "OUTPUT_HOMESTEADS"
    OUTPUT_CULTIVATED = "OUTPUT_CULTIVATED"

    #: output key → the code table's role it holds
    OUTPUT_ROLES = {
        OUTPUT_SETTLEMENTS: "settlement",
        OUTPUT_HOMESTEADS: "homestead",
        OUTPUT_CULTIVATED: "cultivated",
    }


class LandSurveyParameters(LandSurveyKeys):
    def tr(self, text):
        return QCoreApplication.translate("LandSurveyParameters", text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        return [
            QgsProcessingParameterFeatureSource(
                self.DLTB, self.tr("三调 land-use parcels DLTB 地类图斑 (polygons)"), polygons
            ),
            QgsProcessingParameterEnum(
                self.CLASSIFICATION,
                self.tr("Classification of DLBM"),
                [
                    self.tr("三调 working classification (GB/T 21010-2017): homesteads 0702"),
                    self.tr("用地用海 classification (2023): homesteads 0703"),
                ],
                defaultValue=0,
            ),
            QgsProcessingParameterFile(
                self.CODE_TABLE,
                self.tr("Code table CSV (empty: the shipped 三调 defaults)"),
                extension="csv",
                optional=True,
            ),
            QgsProcessingParameterCrs(
                self.TARGET_CRS,
                self.tr("Working CRS (projected; default: automatic)"),
                optional=True,
            ),
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SETTLEMENTS,
                self.tr("Rural settlement land 农村居民点 (CZCSXM 203/203A)"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            ),
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_HOMESTEADS,
                self.tr("Homesteads 宅基地"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            ),
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CULTIVATED,
                self.tr("Cultivated land 耕地 with grade"),
                QgsProcessing.SourceType.TypeVectorPolygon,
            ),
        ]

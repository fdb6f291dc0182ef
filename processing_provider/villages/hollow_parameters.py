"""The parameters of urflow:hollowvillages (DESIGN.md §3.1): names, labels, defaults, and the
method options they give (:func:`method_options`)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.hollow import (
    LAND_STANDARD_M2,
    RECLAMATION_COEFFICIENT,
    HollowOptions,
    ScoreOptions,
)
from ...core.stats.composite import CLASSIFICATION_METHODS, SCORING_METHODS, WEIGHTING_METHODS
from ...core.textparams import parse_matrix, parse_number_list, parse_weights
from .village_reader import CENSUS_FIELDS


class HollowVillagesKeys:
    """Parameter and output names of urflow:hollowvillages (stable: scripts, models and checks use
    them); the algorithm class has them as attributes, as before the renovation."""

    VILLAGES = "VILLAGES"
    VILLAGE_ID_FIELD = "VILLAGE_ID_FIELD"
    VILLAGE_NAME_FIELD = "VILLAGE_NAME_FIELD"
    REGISTERED_POP_FIELD = "REGISTERED_POP_FIELD"
    RESIDENT_POP_FIELD = "RESIDENT_POP_FIELD"
    ELDERLY_POP_FIELD = "ELDERLY_POP_FIELD"
    OUTMIGRANT_FIELD = "OUTMIGRANT_FIELD"
    WORKING_AGE_FIELD = "WORKING_AGE_FIELD"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    HOMESTEADS_FIELD = "HOMESTEADS_FIELD"
    IDLE_HOMESTEADS_FIELD = "IDLE_HOMESTEADS_FIELD"
    MULTI_HOMESTEAD_FIELD = "MULTI_HOMESTEAD_FIELD"
    OVER_STANDARD_FIELD = "OVER_STANDARD_FIELD"
    SETTLEMENT_AREA_FIELD = "SETTLEMENT_AREA_FIELD"
    SETTLEMENTS = "SETTLEMENTS"
    BUILDINGS = "BUILDINGS"
    BUILDING_VACANT_FIELD = "BUILDING_VACANT_FIELD"
    NIGHT_LIGHT = "NIGHT_LIGHT"
    WEIGHTING = "WEIGHTING"
    AHP_MATRIX = "AHP_MATRIX"
    CUSTOM_WEIGHTS = "CUSTOM_WEIGHTS"
    COMBINED_ALPHA = "COMBINED_ALPHA"
    SCORING = "SCORING"
    CLASSIFICATION = "CLASSIFICATION"
    CLASSES = "CLASSES"
    THRESHOLDS = "THRESHOLDS"
    TYPE_THRESHOLDS = "TYPE_THRESHOLDS"
    LAND_STANDARD = "LAND_STANDARD"
    RECLAMATION_COEFFICIENT = "RECLAMATION_COEFFICIENT"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    WEIGHTS_TABLE = "WEIGHTS_TABLE"


POLYGONS = [QgsProcessing.SourceType.TypeVectorPolygon]
SHAPES = POLYGONS + [QgsProcessing.SourceType.TypeVectorPoint]
DOUBLE = QgsProcessingParameterNumber.Type.Double
UNIT = {"minValue": 0.0, "maxValue": 1.0}
ADVANCED = (
    "AHP_MATRIX",
    "CUSTOM_WEIGHTS",
    "COMBINED_ALPHA",
    "THRESHOLDS",
    "TYPE_THRESHOLDS",
    "TARGET_CRS",
)


def field(key, label, parent="VILLAGES", numeric=True, optional=True):
    """A field parameter of layer ``parent``."""
    kind = QgsProcessingParameterField.DataType
    return QgsProcessingParameterField(
        key,
        label,
        parentLayerParameterName=parent,
        type=kind.Numeric if numeric else kind.Any,
        optional=optional,
    )


def text(key, label, default=None):
    """An optional free-text parameter (advanced)."""
    return QgsProcessingParameterString(key, label, default, optional=default is None)


class HollowVillagesParameters:
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        source = QgsProcessingParameterFeatureSource
        enum, number = QgsProcessingParameterEnum, QgsProcessingParameterNumber
        parameters = [
            source("VILLAGES", self.tr("Villages (polygons or points)"), SHAPES),
            field("VILLAGE_ID_FIELD", self.tr("Village id field"), numeric=False, optional=False),
            field("VILLAGE_NAME_FIELD", self.tr("Village name field (labels)"), numeric=False),
        ]
        labels = (
            self.tr("Registered population field (户籍人口)"),
            self.tr("Resident population field (常住人口)"),
            self.tr("Resident elderly population field (60+ or 65+)"),
            self.tr("Out-migrant workers field (外出务工)"),
            self.tr("Working-age population field (劳动年龄人口)"),
            self.tr("Households field (户数)"),
            self.tr("Homesteads field (宅基地宗数)"),
            self.tr("Idle homesteads field (闲置宅基地)"),
            self.tr("Households with several homesteads field (一户多宅)"),
            self.tr("Households over the homestead cap field (超标占地)"),
            self.tr("Settlement land area field, m² (农村居民点面积)"),
        )
        parameters += [field(key, label) for key, label in zip(CENSUS_FIELDS, labels)]
        weighting = [self.tr("Entropy (熵权法)"), self.tr("Equal"), self.tr("AHP (层次分析法)")]
        weighting += [self.tr("Custom"), self.tr("Combined AHP + entropy")]
        classification = [self.tr("Jenks natural breaks"), self.tr("Quantile")]
        classification += [self.tr("Equal interval"), self.tr("Thresholds")]
        parameters += [
            source(
                "SETTLEMENTS",
                self.tr("Settlement land polygons (used when no area field)"),
                POLYGONS,
                optional=True,
            ),
            source("BUILDINGS", self.tr("Buildings (polygons or points)"), SHAPES, optional=True),
            field(
                "BUILDING_VACANT_FIELD",
                self.tr("Building vacancy field (1 = vacant)"),
                parent="BUILDINGS",
            ),
            QgsProcessingParameterRasterLayer(
                "NIGHT_LIGHT", self.tr("Night-time light raster"), optional=True
            ),
            enum("WEIGHTING", self.tr("Weighting"), weighting, defaultValue=0),
            text("AHP_MATRIX", self.tr("AHP pairwise matrix (rows separated by ';')")),
            text("CUSTOM_WEIGHTS", self.tr("Custom weights (e.g. P1=0.4, L1=0.6)")),
            number(
                "COMBINED_ALPHA", self.tr("AHP share in combined weights (α)"), DOUBLE, 0.5, **UNIT
            ),
            enum(
                "SCORING",
                self.tr("Scoring"),
                [self.tr("Weighted sum"), self.tr("TOPSIS")],
                defaultValue=0,
            ),
            enum("CLASSIFICATION", self.tr("Classification"), classification, defaultValue=0),
            number(
                "CLASSES",
                self.tr("Number of levels (3 or 4)"),
                number.Type.Integer,
                4,
                minValue=3,
                maxValue=4,
            ),
            text("THRESHOLDS", self.tr("Score thresholds between levels (e.g. 0.25, 0.5, 0.75)")),
            text(
                "TYPE_THRESHOLDS",
                self.tr("Typology thresholds: population (P1), land (L1)"),
                "0.2, 0.2",
            ),
            number(
                "LAND_STANDARD",
                self.tr("Settlement land standard, m² per resident"),
                DOUBLE,
                LAND_STANDARD_M2,
                minValue=1.0,
            ),
            number(
                "RECLAMATION_COEFFICIENT",
                self.tr("Reclamation coefficient κ (新增耕地系数)"),
                DOUBLE,
                RECLAMATION_COEFFICIENT,
                **UNIT,
            ),
            QgsProcessingParameterCrs(
                "TARGET_CRS", self.tr("Working CRS (projected; default: automatic)"), optional=True
            ),
            QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Hollow villages")),
            QgsProcessingParameterFeatureSink(
                "WEIGHTS_TABLE",
                self.tr("Indicator weights"),
                QgsProcessing.SourceType.TypeVector,
            ),
        ]
        for parameter in parameters:
            if parameter.name() in ADVANCED:
                parameter.setFlags(
                    parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced
                )
        return parameters


def method_options(algorithm, parameters, context) -> HollowOptions:
    """The method parameters as :class:`HollowOptions` (bad free text raises URFlowError
    naming the parameter; empty text gives None). Reads parameters only: safe in any thread."""

    def chosen(key, names):
        return names[algorithm.parameterAsEnum(parameters, key, context)]

    def parsed(key, parse):
        value = algorithm.parameterAsString(parameters, key, context).strip()
        return parse(value, algorithm.parameter_label(key)) if value else None

    weighting = chosen("WEIGHTING", WEIGHTING_METHODS)
    score = ScoreOptions(
        weighting=weighting,
        scoring=chosen("SCORING", SCORING_METHODS),
        classification=chosen("CLASSIFICATION", CLASSIFICATION_METHODS),
        classes=algorithm.parameterAsInt(parameters, "CLASSES", context),
        thresholds=parsed("THRESHOLDS", parse_number_list),
        ahp_matrix=parsed("AHP_MATRIX", parse_matrix),
        custom_weights=parsed("CUSTOM_WEIGHTS", parse_weights) if weighting == "custom" else None,
        alpha=algorithm.parameterAsDouble(parameters, "COMBINED_ALPHA", context),
    )
    types = parsed("TYPE_THRESHOLDS", parse_number_list)
    return HollowOptions(
        score=score,
        type_thresholds=() if types is None else tuple(types),
        land_standard=algorithm.parameterAsDouble(parameters, "LAND_STANDARD", context),
        kappa=algorithm.parameterAsDouble(parameters, "RECLAMATION_COEFFICIENT", context),
    )

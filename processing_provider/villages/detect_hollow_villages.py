"""urflow:hollowvillages — 空心村识别 (DESIGN.md §3.1, DOMAIN.md §1).

Parameters → the layers read by :class:`.village_reader.HollowVillageReader` → one call of
``core.hollow.evaluate_villages`` → the villages and weights sinks → the result dict.
"""

from functools import partial

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
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
from qgis.PyQt.QtCore import QVariant

from ...core.errors import URFlowError
from ...core.hollow import (
    HOLLOW_LEVELS,
    LAND_STANDARD_M2,
    OUTPUT_FIELDS,
    RECLAMATION_COEFFICIENT,
    WEIGHT_FIELDS,
    HollowOptions,
    ScoreOptions,
    evaluate_villages,
)
from ...core.stats.composite import CLASSIFICATION_METHODS, SCORING_METHODS, WEIGHTING_METHODS
from ...core.textparams import parse_matrix, parse_number_list, parse_weights
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import attribute, core_error, new_sink, working_crs, write_copy
from ..postprocess import style_when_loaded
from .hollow_style import style_hollow_villages
from .village_reader import CENSUS_FIELDS, INDICATOR_FIELDS, HollowVillageReader

POPULATION_FIELDS = tuple(CENSUS_FIELDS)[:5]
COUNT_FIELDS = tuple(CENSUS_FIELDS)[5:]
__all__ = ["DetectHollowVillagesAlgorithm", "POPULATION_FIELDS", "COUNT_FIELDS", "INDICATOR_FIELDS"]
QVARIANT = {float: QVariant.Double, int: QVariant.Int, str: QVariant.String}
RESULT_SPEC = [(name, QVARIANT[kind]) for name, kind in OUTPUT_FIELDS]
WEIGHTS_SPEC = [(name, QVARIANT[kind]) for name, kind in WEIGHT_FIELDS]
POLYGONS = [QgsProcessing.SourceType.TypeVectorPolygon]
SHAPES = POLYGONS + [QgsProcessing.SourceType.TypeVectorPoint]
DOUBLE = QgsProcessingParameterNumber.Type.Double
UNIT = {"minValue": 0.0, "maxValue": 1.0}
ADVANCED = ("AHP_MATRIX", "CUSTOM_WEIGHTS", "COMBINED_ALPHA", "THRESHOLDS", "TYPE_THRESHOLDS")


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


class DetectHollowVillagesAlgorithm(BaseAlgorithm):
    VILLAGES = "VILLAGES"
    VILLAGE_ID_FIELD = "VILLAGE_ID_FIELD"
    VILLAGE_NAME_FIELD = "VILLAGE_NAME_FIELD"
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

    def initAlgorithm(self, config=None):  # noqa: N802
        add, source = self.addParameter, QgsProcessingParameterFeatureSource
        enum, number = QgsProcessingParameterEnum, QgsProcessingParameterNumber
        add(source(self.VILLAGES, self.tr("Villages (polygons or points)"), SHAPES))
        ident = self.tr("Village id field")
        add(field(self.VILLAGE_ID_FIELD, ident, numeric=False, optional=False))
        add(field(self.VILLAGE_NAME_FIELD, self.tr("Village name field (labels)"), numeric=False))
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
        for key, label in zip(CENSUS_FIELDS, labels):
            add(field(key, label))
        settlements = self.tr("Settlement land polygons (used when no area field)")
        add(source(self.SETTLEMENTS, settlements, POLYGONS, optional=True))
        buildings = self.tr("Buildings (polygons or points)")
        add(source(self.BUILDINGS, buildings, SHAPES, optional=True))
        vacant = self.tr("Building vacancy field (1 = vacant)")
        add(field(self.BUILDING_VACANT_FIELD, vacant, parent=self.BUILDINGS))
        light = self.tr("Night-time light raster")
        add(QgsProcessingParameterRasterLayer(self.NIGHT_LIGHT, light, optional=True))
        methods = [self.tr("Entropy (熵权法)"), self.tr("Equal"), self.tr("AHP (层次分析法)")]
        methods += [self.tr("Custom"), self.tr("Combined AHP + entropy")]
        add(enum(self.WEIGHTING, self.tr("Weighting"), methods, defaultValue=0))
        add(text(self.AHP_MATRIX, self.tr("AHP pairwise matrix (rows separated by ';')")))
        add(text(self.CUSTOM_WEIGHTS, self.tr("Custom weights (e.g. P1=0.4, L1=0.6)")))
        alpha = self.tr("AHP share in combined weights (α)")
        add(number(self.COMBINED_ALPHA, alpha, DOUBLE, 0.5, **UNIT))
        methods = [self.tr("Weighted sum"), self.tr("TOPSIS")]
        add(enum(self.SCORING, self.tr("Scoring"), methods, defaultValue=0))
        methods = [self.tr("Jenks natural breaks"), self.tr("Quantile")]
        methods += [self.tr("Equal interval"), self.tr("Thresholds")]
        add(enum(self.CLASSIFICATION, self.tr("Classification"), methods, defaultValue=0))
        levels = self.tr("Number of levels (3 or 4)")
        add(number(self.CLASSES, levels, number.Type.Integer, 4, minValue=3, maxValue=4))
        cuts = self.tr("Score thresholds between levels (e.g. 0.25, 0.5, 0.75)")
        add(text(self.THRESHOLDS, cuts))
        cuts = self.tr("Typology thresholds: population (P1), land (L1)")
        add(text(self.TYPE_THRESHOLDS, cuts, "0.2, 0.2"))
        standard = self.tr("Settlement land standard, m² per resident")
        add(number(self.LAND_STANDARD, standard, DOUBLE, LAND_STANDARD_M2, minValue=1.0))
        kappa = self.tr("Reclamation coefficient κ (新增耕地系数)")
        add(number(self.RECLAMATION_COEFFICIENT, kappa, DOUBLE, RECLAMATION_COEFFICIENT, **UNIT))
        crs = self.tr("Working CRS (projected; default: automatic)")
        add(QgsProcessingParameterCrs(self.TARGET_CRS, crs, optional=True))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hollow villages")))
        weights, kind = self.tr("Indicator weights"), QgsProcessing.SourceType.TypeVector
        add(QgsProcessingParameterFeatureSink(self.WEIGHTS_TABLE, weights, kind))
        for key in ADVANCED + (self.TARGET_CRS,):
            parameter = self.parameterDefinition(key)
            parameter.setFlags(
                parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced
            )

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            options = self.method_options(parameters, context)
        except URFlowError as error:
            return False, str(error)
        score = options.score
        if score.weighting in ("ahp", "combined") and score.ahp_matrix is None:
            return False, self.tr("AHP weighting needs AHP_MATRIX.")
        if score.weighting == "custom" and score.custom_weights is None:
            return False, self.tr("Custom weighting needs CUSTOM_WEIGHTS.")
        count = 0 if score.thresholds is None else len(score.thresholds)
        if score.classification == "thresholds" and count != score.classes - 1:
            return False, self.tr("{} levels need {} THRESHOLDS, got {}.").format(
                score.classes, score.classes - 1, count
            )
        if len(options.type_thresholds) != 2:
            return False, self.tr("TYPE_THRESHOLDS needs two numbers: population, land.")
        return True, ""

    def method_options(self, parameters, context) -> HollowOptions:
        """The method parameters as :class:`HollowOptions` (bad free text raises URFlowError
        naming the parameter; empty text gives None)."""

        def chosen(key, names):
            return names[self.parameterAsEnum(parameters, key, context)]

        def parsed(key, parse):
            value = self.parameterAsString(parameters, key, context).strip()
            return parse(value, self.parameter_label(key)) if value else None

        weighting = chosen(self.WEIGHTING, WEIGHTING_METHODS)
        score = ScoreOptions(
            weighting=weighting,
            scoring=chosen(self.SCORING, SCORING_METHODS),
            classification=chosen(self.CLASSIFICATION, CLASSIFICATION_METHODS),
            classes=self.parameterAsInt(parameters, self.CLASSES, context),
            thresholds=parsed(self.THRESHOLDS, parse_number_list),
            ahp_matrix=parsed(self.AHP_MATRIX, parse_matrix),
            custom_weights=parsed(self.CUSTOM_WEIGHTS, parse_weights)
            if weighting == "custom"
            else None,
            alpha=self.parameterAsDouble(parameters, self.COMBINED_ALPHA, context),
        )
        types = parsed(self.TYPE_THRESHOLDS, parse_number_list)
        return HollowOptions(
            score=score,
            type_thresholds=() if types is None else tuple(types),
            land_standard=self.parameterAsDouble(parameters, self.LAND_STANDARD, context),
            kappa=self.parameterAsDouble(parameters, self.RECLAMATION_COEFFICIENT, context),
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        villages = self.parameterAsSource(parameters, self.VILLAGES, context)
        if villages is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.VILLAGES))
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        crs = working_crs([villages], target, context)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        reader = HollowVillageReader(crs, context, feedback)
        id_field = self.parameterAsString(parameters, self.VILLAGE_ID_FIELD, context)
        name_field = self.parameterAsString(parameters, self.VILLAGE_NAME_FIELD, context)
        fields = {key: self.parameterAsString(parameters, key, context) for key in CENSUS_FIELDS}
        table, census = reader.census(villages, id_field, name_field, fields)
        if feedback.isCanceled():
            return {}
        overlays = reader.overlays(
            villages,
            table,
            self.parameterAsSource(parameters, self.SETTLEMENTS, context),
            self.parameterAsSource(parameters, self.BUILDINGS, context),
            self.parameterAsString(parameters, self.BUILDING_VACANT_FIELD, context),
            self.parameterAsRasterLayer(parameters, self.NIGHT_LIGHT, context),
        )
        if feedback.isCanceled():
            return {}
        try:
            result = evaluate_villages(census, overlays, self.method_options(parameters, context))
        except URFlowError as error:
            raise core_error(error) from error
        language = output_language()
        self.log(result, language, feedback)
        out = result.fields(language)
        dest_id = write_copy(
            self, parameters, self.OUTPUT, context, feedback, villages, table.fids, out, RESULT_SPEC
        )
        if feedback.isCanceled():
            return {}
        label_field = name_field or id_field
        style = partial(style_hollow_villages, language=language, label_field=label_field)
        style_when_loaded(self, context, dest_id, style_function=style)
        results = {
            self.OUTPUT: dest_id,
            self.WEIGHTS_TABLE: self.write_weights(parameters, context, result),
            "INDICATORS": list(result.used),
            "WEIGHTS": result.weights,
            "BREAKS": [float(b) for b in result.breaks],
            "LEVEL_COUNTS": {str(code): n for code, n in result.level_counts.items()},
            "VILLAGE_COUNT": len(table),
        }
        if result.ahp is not None:
            results["AHP_CR"] = float(result.ahp.cr)
        return results

    def log(self, result, language, feedback):
        """The core's notes on the data, the indicators and weights, villages per level."""
        for note in result.notes:
            (feedback.pushWarning if note.warning else feedback.pushInfo)(note.text)
        feedback.pushInfo(
            self.tr("Indicators used, in this order: {}").format(", ".join(result.used))
        )
        if result.ahp is not None:
            feedback.pushInfo(
                self.tr("AHP: λmax = {:.4f}, CI = {:.4f}, CR = {:.4f}").format(
                    result.ahp.lambda_max, result.ahp.ci, result.ahp.cr
                )
            )
        for name, weight in result.weights.items():
            feedback.pushInfo(f"  {name}: w = {weight:.4f}")
        counts = ", ".join(
            f"{code} {HOLLOW_LEVELS.label(code, language)}: {n}"
            for code, n in result.level_counts.items()
        )
        feedback.pushInfo(self.tr("Villages per level: {}").format(counts))

    def write_weights(self, parameters, context, result):
        sink, dest_id, fields = new_sink(
            self, parameters, self.WEIGHTS_TABLE, context, WEIGHTS_SPEC, optional=True
        )
        if sink is None:
            return None
        for row in result.weight_rows():
            feature = QgsFeature(fields)
            feature.setAttributes([attribute(row[name]) for name, _kind in WEIGHTS_SPEC])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def name(self):
        return "hollowvillages"

    def displayName(self):  # noqa: N802
        return self.tr("Hollow-village detection (空心村识别)")

    def group(self):
        return self.tr("Villages")

    def groupId(self):  # noqa: N802
        return "villages"

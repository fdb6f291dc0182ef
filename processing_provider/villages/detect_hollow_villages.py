"""urflow:hollowvillages — 空心村识别 (DESIGN.md §3.1, DOMAIN.md §1)."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import hollow
from ...core.errors import URFlowError
from ...core.messages import listing
from ...core.textparams import parse_keyed_numbers, parse_matrix, parse_number_list
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import (
    attribute,
    core_error,
    new_sink,
    read_features,
    require_fields,
    working_crs,
    write_copy,
)
from ..overlay import intersection_parts, raster_mean_over, zone_of_points
from ..postprocess import style_when_loaded
from .hollow_style import style_hollow_villages

WEIGHTINGS = ("entropy", "equal", "ahp", "custom", "combined")
SCORINGS = ("weighted_sum", "topsis")
CLASSIFICATIONS = ("jenks", "quantile", "equal_interval", "thresholds")
POPULATION_FIELDS = (
    "REGISTERED_POP_FIELD",
    "RESIDENT_POP_FIELD",
    "ELDERLY_POP_FIELD",
    "OUTMIGRANT_FIELD",
    "WORKING_AGE_FIELD",
)
COUNT_FIELDS = (
    "HOUSEHOLDS_FIELD",
    "HOMESTEADS_FIELD",
    "IDLE_HOMESTEADS_FIELD",
    "MULTI_HOMESTEAD_FIELD",
    "OVER_STANDARD_FIELD",
    "SETTLEMENT_AREA_FIELD",
)
INDICATOR_IDS = tuple(indicator.id for indicator in hollow.INDICATORS)
RESULT_SPEC = [(name, QVariant.Double) for name in INDICATOR_IDS] + [
    ("L2_excess", QVariant.Double),
    ("settlement_m2", QVariant.Double),
    ("hollow_score", QVariant.Double),
    ("hollow_rank", QVariant.Int),
    ("hollow_level", QVariant.Int),
    ("hollow_label", QVariant.String),
    ("hollow_label_zh", QVariant.String),
    ("hollow_label_en", QVariant.String),
    ("hollow_type", QVariant.String),
    ("hollow_type_code", QVariant.Int),
    ("surplus_land_m2", QVariant.Double),
    ("potential_cultivated_m2", QVariant.Double),
]


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
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.VILLAGES,
                self.tr("Villages (polygons or points)"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.VILLAGE_ID_FIELD,
                self.tr("Village id field"),
                parentLayerParameterName=self.VILLAGES,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.VILLAGE_NAME_FIELD,
                self.tr("Village name field (labels)"),
                parentLayerParameterName=self.VILLAGES,
                optional=True,
            )
        )
        labels = {
            "REGISTERED_POP_FIELD": self.tr("Registered population field (户籍人口)"),
            "RESIDENT_POP_FIELD": self.tr("Resident population field (常住人口)"),
            "ELDERLY_POP_FIELD": self.tr("Resident elderly population field (60+ or 65+)"),
            "OUTMIGRANT_FIELD": self.tr("Out-migrant workers field (外出务工)"),
            "WORKING_AGE_FIELD": self.tr("Working-age population field (劳动年龄人口)"),
            "HOUSEHOLDS_FIELD": self.tr("Households field (户数)"),
            "HOMESTEADS_FIELD": self.tr("Homesteads field (宅基地宗数)"),
            "IDLE_HOMESTEADS_FIELD": self.tr("Idle homesteads field (闲置宅基地)"),
            "MULTI_HOMESTEAD_FIELD": self.tr("Households with several homesteads field (一户多宅)"),
            "OVER_STANDARD_FIELD": self.tr("Households over the homestead cap field (超标占地)"),
            "SETTLEMENT_AREA_FIELD": self.tr("Settlement land area field, m² (农村居民点面积)"),
        }
        for key, label in labels.items():
            self.addParameter(
                QgsProcessingParameterField(
                    key,
                    label,
                    parentLayerParameterName=self.VILLAGES,
                    type=QgsProcessingParameterField.Numeric,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SETTLEMENTS,
                self.tr("Settlement land polygons (used when no area field)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS,
                self.tr("Buildings (polygons or points)"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.BUILDING_VACANT_FIELD,
                self.tr("Building vacancy field (1 = vacant)"),
                parentLayerParameterName=self.BUILDINGS,
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.NIGHT_LIGHT, self.tr("Night-time light raster"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.WEIGHTING,
                self.tr("Weighting"),
                [
                    self.tr("Entropy (熵权法)"),
                    self.tr("Equal"),
                    self.tr("AHP (层次分析法)"),
                    self.tr("Custom"),
                    self.tr("Combined AHP + entropy"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.AHP_MATRIX,
                self.tr("AHP pairwise matrix (rows separated by ';')"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CUSTOM_WEIGHTS, self.tr("Custom weights (e.g. P1=0.4, L1=0.6)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.COMBINED_ALPHA,
                self.tr("AHP share in combined weights (α)"),
                QgsProcessingParameterNumber.Double,
                0.5,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SCORING,
                self.tr("Scoring"),
                [self.tr("Weighted sum"), self.tr("TOPSIS")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CLASSIFICATION,
                self.tr("Classification"),
                [
                    self.tr("Jenks natural breaks"),
                    self.tr("Quantile"),
                    self.tr("Equal interval"),
                    self.tr("Thresholds"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CLASSES,
                self.tr("Number of levels (3 or 4)"),
                QgsProcessingParameterNumber.Integer,
                4,
                minValue=3,
                maxValue=4,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.THRESHOLDS,
                self.tr("Score thresholds between levels (e.g. 0.25, 0.5, 0.75)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TYPE_THRESHOLDS,
                self.tr("Typology thresholds: population (P1), land (L1)"),
                defaultValue="0.2, 0.2",
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LAND_STANDARD,
                self.tr("Settlement land standard, m² per resident"),
                QgsProcessingParameterNumber.Double,
                hollow.LAND_STANDARD_M2,
                minValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.RECLAMATION_COEFFICIENT,
                self.tr("Reclamation coefficient κ (新增耕地系数)"),
                QgsProcessingParameterNumber.Double,
                hollow.RECLAMATION_COEFFICIENT,
                minValue=0.0,
                maxValue=1.0,
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
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Hollow villages"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.WEIGHTS_TABLE, self.tr("Indicator weights"), QgsProcessing.TypeVector
            )
        )
        for key in (
            "AHP_MATRIX",
            "CUSTOM_WEIGHTS",
            "COMBINED_ALPHA",
            "THRESHOLDS",
            "TYPE_THRESHOLDS",
            "TARGET_CRS",
        ):
            parameter = self.parameterDefinition(key)
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            options = self.method_options(parameters, context)
        except URFlowError as error:
            return False, str(error)
        if options["weighting"] in ("ahp", "combined") and options["ahp_matrix"] is None:
            return False, self.tr("AHP weighting needs AHP_MATRIX.")
        if options["weighting"] == "custom" and not options["custom_text"]:
            return False, self.tr("Custom weighting needs CUSTOM_WEIGHTS.")
        if options["classification"] == "thresholds":
            count = len(options["thresholds"])
            if count != options["classes"] - 1:
                return False, self.tr("{} levels need {} THRESHOLDS, got {}.").format(
                    options["classes"], options["classes"] - 1, count
                )
        if len(options["type_thresholds"]) != 2:
            return False, self.tr("TYPE_THRESHOLDS needs two numbers: population, land.")
        return True, ""

    def method_options(self, parameters, context):
        """The method parameters, parsed (free text raises URFlowError naming the parameter)."""
        ahp_text = self.parameterAsString(parameters, self.AHP_MATRIX, context).strip()
        return {
            "weighting": WEIGHTINGS[self.parameterAsEnum(parameters, self.WEIGHTING, context)],
            "scoring": SCORINGS[self.parameterAsEnum(parameters, self.SCORING, context)],
            "classification": CLASSIFICATIONS[
                self.parameterAsEnum(parameters, self.CLASSIFICATION, context)
            ],
            "classes": self.parameterAsInt(parameters, self.CLASSES, context),
            "thresholds": parse_number_list(
                self.parameterAsString(parameters, self.THRESHOLDS, context),
                self.parameter_label(self.THRESHOLDS),
            ),
            "type_thresholds": parse_number_list(
                self.parameterAsString(parameters, self.TYPE_THRESHOLDS, context),
                self.parameter_label(self.TYPE_THRESHOLDS),
            ),
            "ahp_matrix": parse_matrix(ahp_text, self.parameter_label(self.AHP_MATRIX))
            if ahp_text
            else None,
            "custom_text": self.parameterAsString(parameters, self.CUSTOM_WEIGHTS, context),
            "alpha": self.parameterAsDouble(parameters, self.COMBINED_ALPHA, context),
        }

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        villages = self.parameterAsSource(parameters, self.VILLAGES, context)
        if villages is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.VILLAGES))
        fields = {
            key: self.parameterAsString(parameters, key, context)
            for key in (self.VILLAGE_ID_FIELD, self.VILLAGE_NAME_FIELD)
            + POPULATION_FIELDS
            + COUNT_FIELDS
        }
        numeric_fields = [fields[key] for key in POPULATION_FIELDS + COUNT_FIELDS if fields[key]]
        require_fields(villages, "VILLAGES", fields.values(), numeric_fields)
        settlements = self.parameterAsSource(parameters, self.SETTLEMENTS, context)
        buildings = self.parameterAsSource(parameters, self.BUILDINGS, context)
        vacant_field = self.parameterAsString(parameters, self.BUILDING_VACANT_FIELD, context)
        night_light = self.parameterAsRasterLayer(parameters, self.NIGHT_LIGHT, context)
        crs = working_crs(
            [villages], self.parameterAsCrs(parameters, self.TARGET_CRS, context), context
        )
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        table = read_features(
            villages,
            crs,
            context,
            feedback,
            numeric=numeric_fields,
            text=[fields[self.VILLAGE_ID_FIELD], fields[self.VILLAGE_NAME_FIELD]],
        )
        if feedback.isCanceled():
            return {}
        ids = self._check_villages(table, fields, feedback)
        columns = self._village_columns(table, fields, ids, feedback)
        if QgsWkbTypes.geometryType(villages.wkbType()) == QgsWkbTypes.PolygonGeometry:
            self._overlay_columns(
                table,
                columns,
                settlements,
                buildings,
                vacant_field,
                night_light,
                crs,
                context,
                feedback,
            )
        elif settlements or buildings or night_light:
            feedback.pushWarning(
                self.tr(
                    "VILLAGES are points: SETTLEMENTS, BUILDINGS and "
                    "NIGHT_LIGHT need village polygons and are not used."
                )
            )
        if feedback.isCanceled():
            return {}
        try:
            options = self.method_options(parameters, context)
            indicators = self._indicators(columns, feedback)
            land_standard = self.parameterAsDouble(parameters, self.LAND_STANDARD, context)
            derived = self._derived(
                columns,
                indicators,
                options,
                land_standard,
                self.parameterAsDouble(parameters, self.RECLAMATION_COEFFICIENT, context),
            )
            evaluation = self._evaluate(indicators, options, ids, feedback)
        except URFlowError as error:
            raise core_error(error) from error
        return self._write(
            parameters,
            context,
            feedback,
            villages,
            table,
            fields,
            indicators,
            derived,
            evaluation,
            options,
        )

    # -- reading and checking -------------------------------------------------------------

    def _check_villages(self, table, fields, feedback):
        """Village ids as a list; refuse an empty layer, NULL or duplicate ids, negatives."""
        if len(table) == 0:
            raise QgsProcessingException(self.tr("Layer VILLAGES has no features."))
        id_field = fields[self.VILLAGE_ID_FIELD]
        ids = table.text[id_field]
        missing = [int(fid) for fid, value in zip(table.fids, ids) if value is None]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "Layer VILLAGES, field '{}': the village id is NULL for feature ids {}"
                ).format(id_field, listing(missing))
            )
        seen, duplicates = set(), []
        for value in ids:
            if value in seen and value not in duplicates:
                duplicates.append(value)
            seen.add(value)
        if duplicates:
            raise QgsProcessingException(
                self.tr("Layer VILLAGES, field '{}': village ids appear more than once: {}").format(
                    id_field, listing(duplicates)
                )
            )
        for key in POPULATION_FIELDS + COUNT_FIELDS:
            field = fields[key]
            if not field:
                continue
            negative = np.flatnonzero(table.numeric[field] < 0)
            if negative.size:
                raise QgsProcessingException(
                    self.tr("Layer VILLAGES, field '{}': negative values for villages {}").format(
                        field, listing([ids[i] for i in negative])
                    )
                )
        if table.skipped:
            feedback.pushWarning(
                self.tr("{} village features with invalid geometry were " "skipped").format(
                    table.skipped
                )
            )
        return ids

    def _village_columns(self, table, fields, ids, feedback):
        """Raw village figures by role (None where the field is not given)."""

        def column(key):
            return table.numeric[fields[key]] if fields[key] else None

        columns = {key: column(key) for key in POPULATION_FIELDS + COUNT_FIELDS}
        columns["ids"] = ids
        registered = columns["REGISTERED_POP_FIELD"]
        resident = columns["RESIDENT_POP_FIELD"]
        if registered is not None:
            bad = np.flatnonzero(~(registered > 0))
            if bad.size:
                feedback.pushWarning(
                    self.tr(
                        "Registered population is 0 or NULL for {} villages ({}): P1 is NULL "
                        "there"
                    ).format(bad.size, listing([ids[i] for i in bad]))
                )
        if resident is not None:
            missing = np.flatnonzero(np.isnan(resident))
            if missing.size:
                feedback.pushWarning(
                    self.tr(
                        "Resident population is NULL for {} villages ({}): their indicators "
                        "that need it are NULL"
                    ).format(missing.size, listing([ids[i] for i in missing]))
                )
        if registered is not None and resident is not None:
            more = np.flatnonzero(resident > registered)
            if more.size:
                feedback.pushInfo(
                    self.tr(
                        "{} villages have more residents than registered inhabitants "
                        "(in-migration; "
                        "P1 is negative and kept): {}"
                    ).format(more.size, listing([ids[i] for i in more]))
                )
        return columns

    def _overlay_columns(
        self,
        table,
        columns,
        settlements,
        buildings,
        vacant_field,
        night_light,
        crs,
        context,
        feedback,
    ):
        """Settlement area (overlay), building vacancy and night light per village polygon."""
        pieces_by_village = None
        if settlements is not None:
            feedback.pushInfo(self.tr("Overlaying settlement land on villages ..."))
            parts = read_features(settlements, crs, context, feedback, progress=(10, 30))
            pieces = intersection_parts(table.geometries, parts.geometries, feedback)
            area = np.zeros(len(table))
            pieces_by_village = [[] for _ in range(len(table))]
            for village, _part, piece_area, piece in pieces:
                area[village] += piece_area
                pieces_by_village[village].append(piece)
            if columns["SETTLEMENT_AREA_FIELD"] is None:
                columns["SETTLEMENT_AREA_FIELD"] = area
            columns["settlement_overlay_m2"] = area
        if buildings is not None:
            columns["vacancy"] = self._vacancy(
                table, buildings, vacant_field, crs, context, feedback
            )
        if night_light is not None:
            if pieces_by_village is None:
                feedback.pushWarning(
                    self.tr(
                        "A1 (night-time light per settlement area) needs "
                        "SETTLEMENTS polygons; it is skipped."
                    )
                )
            else:
                columns["night_light"] = self._night_light(
                    pieces_by_village, night_light, crs, context, feedback
                )
        feedback.setProgress(60)

    def _vacancy(self, table, buildings, vacant_field, crs, context, feedback):
        if not vacant_field:
            feedback.pushWarning(
                self.tr("BUILDINGS given without BUILDING_VACANT_FIELD: " "A2 is skipped.")
            )
            return None
        require_fields(buildings, "BUILDINGS", [vacant_field], [vacant_field])
        feedback.pushInfo(self.tr("Assigning buildings to villages ..."))
        houses = read_features(
            buildings, crs, context, feedback, numeric=[vacant_field], progress=(30, 45)
        )
        village = zone_of_points(table.geometries, houses.geometries, feedback)
        vacant = houses.numeric[vacant_field]
        known = (village >= 0) & ~np.isnan(vacant)
        unknown = int(np.count_nonzero((village >= 0) & np.isnan(vacant)))
        outside = int(np.count_nonzero(village < 0))
        if unknown:
            feedback.pushWarning(
                self.tr("{} buildings have a NULL vacancy flag and are not " "counted").format(
                    unknown
                )
            )
        if outside:
            feedback.pushInfo(self.tr("{} buildings lie outside every village").format(outside))
        total = np.bincount(village[known], minlength=len(table)).astype(float)
        empty = np.bincount(
            village[known], weights=(vacant[known] > 0).astype(float), minlength=len(table)
        )
        return hollow.rate(empty, np.where(total > 0, total, np.nan))

    def _night_light(self, pieces_by_village, raster, crs, context, feedback):
        feedback.pushInfo(self.tr("Averaging night-time light over settlement land ..."))
        transform = QgsCoordinateTransform(crs, raster.crs(), context.transformContext())
        in_raster_crs = []
        for pieces in pieces_by_village:
            moved = []
            for piece in pieces:
                piece = QgsGeometry(piece)
                piece.transform(transform)
                moved.append(piece)
            in_raster_crs.append(moved)
        return raster_mean_over(in_raster_crs, raster, 1, feedback)

    # -- computing ------------------------------------------------------------------------

    def _indicators(self, columns, feedback):
        """{indicator id: array} for every indicator whose inputs are present."""
        c = columns
        inputs = {
            "P1": (c["REGISTERED_POP_FIELD"], c["RESIDENT_POP_FIELD"], hollow.population_hollowing),
            "P2": (c["ELDERLY_POP_FIELD"], c["RESIDENT_POP_FIELD"], hollow.ageing),
            "P3": (c["OUTMIGRANT_FIELD"], c["WORKING_AGE_FIELD"], hollow.labour_outmigration),
            "L1": (c["IDLE_HOMESTEADS_FIELD"], c["HOMESTEADS_FIELD"], hollow.rate),
            "L2": (c["SETTLEMENT_AREA_FIELD"], c["RESIDENT_POP_FIELD"], hollow.per_capita_land),
            "L3": (c["MULTI_HOMESTEAD_FIELD"], c["HOUSEHOLDS_FIELD"], hollow.rate),
            "L4": (c["OVER_STANDARD_FIELD"], c["HOUSEHOLDS_FIELD"], hollow.rate),
        }
        indicators = {}
        for indicator_id, (first, second, formula) in inputs.items():
            if first is None or second is None:
                feedback.pushInfo(self.tr("{}: inputs not given, skipped").format(indicator_id))
                continue
            indicators[indicator_id] = formula(first, second)
        for indicator_id, key in (("A1", "night_light"), ("A2", "vacancy")):
            if c.get(key) is not None:
                indicators[indicator_id] = c[key]
            else:
                feedback.pushInfo(self.tr("{}: inputs not given, skipped").format(indicator_id))
        for indicator_id in list(indicators):
            if np.all(np.isnan(indicators[indicator_id])):
                feedback.pushWarning(
                    self.tr("{}: no village has a value; the indicator is " "left out").format(
                        indicator_id
                    )
                )
                del indicators[indicator_id]
        if not indicators:
            raise QgsProcessingException(
                self.tr(
                    "No indicator can be computed: give at least the population fields "
                    "(REGISTERED_POP_FIELD and RESIDENT_POP_FIELD) or the homestead fields."
                )
            )
        return indicators

    def _derived(self, columns, indicators, options, land_standard, kappa):
        """L2 excess, typology and consolidation potential (NaN / -1 where inputs lack)."""
        n = len(columns["ids"])
        nan = np.full(n, np.nan)
        derived = {
            "L2_excess": nan,
            "surplus": nan,
            "potential": nan,
            "settlement": columns["SETTLEMENT_AREA_FIELD"]
            if columns["SETTLEMENT_AREA_FIELD"] is not None
            else nan,
            "type": np.full(n, -1, dtype=np.int64),
        }
        if "L2" in indicators:
            derived["L2_excess"] = hollow.excess_over_standard(indicators["L2"], land_standard)
            derived["surplus"], derived["potential"] = hollow.consolidation_potential(
                columns["SETTLEMENT_AREA_FIELD"],
                columns["RESIDENT_POP_FIELD"],
                land_standard,
                kappa,
            )
        if "P1" in indicators and "L1" in indicators:
            pop_threshold, land_threshold = options["type_thresholds"]
            derived["type"] = hollow.hollow_typology(
                indicators["P1"], indicators["L1"], pop_threshold, land_threshold
            )
        return derived

    def _evaluate(self, indicators, options, ids, feedback):
        names = list(indicators)
        matrix = np.column_stack([indicators[name] for name in names])
        positive = hollow.directions(names) > 0
        custom = None
        if options["weighting"] == "custom":
            custom = parse_keyed_numbers(
                options["custom_text"], names, self.parameter_label(self.CUSTOM_WEIGHTS)
            )
        feedback.pushInfo(self.tr("Indicators used, in this order: {}").format(", ".join(names)))
        evaluation = hollow.evaluate(
            matrix,
            positive,
            weighting=options["weighting"],
            scoring=options["scoring"],
            classification=options["classification"],
            classes=options["classes"],
            thresholds=options["thresholds"] if options["classification"] == "thresholds" else None,
            ahp_matrix=options["ahp_matrix"],
            custom_weights=custom,
            alpha=options["alpha"],
            names=names,
            row_ids=ids,
        )
        for name, constant in zip(names, evaluation.constant):
            if constant:
                feedback.pushWarning(
                    self.tr("{} has the same value in every village: weight " "0").format(name)
                )
        if evaluation.ahp is not None:
            feedback.pushInfo(
                self.tr("AHP: λmax = {:.4f}, CI = {:.4f}, CR = {:.4f}").format(
                    evaluation.ahp.lambda_max, evaluation.ahp.ci, evaluation.ahp.cr
                )
            )
        for name, weight in zip(names, evaluation.weights):
            feedback.pushInfo(f"  {name}: w = {weight:.4f}")
        return evaluation

    # -- writing --------------------------------------------------------------------------

    def _write(
        self,
        parameters,
        context,
        feedback,
        villages,
        table,
        fields,
        indicators,
        derived,
        evaluation,
        options,
    ):
        language = output_language()
        names = list(indicators)
        level_offset = 4 - options["classes"]  # 3 levels are light / moderate / severe
        levels = np.where(evaluation.levels >= 0, evaluation.levels + level_offset, -1)
        level_names = hollow.LEVEL_LABELS[4]
        column = 0 if language == "zh" else 1
        level_labels = [level_names.get(int(level), (None, None)) for level in levels]
        type_labels = [
            hollow.TYPOLOGY_LABELS.get(int(code), (None, None)) for code in derived["type"]
        ]
        n = len(table)
        columns = {name: indicators.get(name, np.full(n, np.nan)) for name in INDICATOR_IDS}
        columns.update(
            {
                "L2_excess": derived["L2_excess"],
                "settlement_m2": derived["settlement"],
                "hollow_score": evaluation.scores,
                "hollow_rank": [int(r) if r > 0 else None for r in evaluation.ranks],
                "hollow_level": [int(level) if level >= 0 else None for level in levels],
                "hollow_label": [labels[column] for labels in level_labels],
                "hollow_label_zh": [labels[0] for labels in level_labels],
                "hollow_label_en": [labels[1] for labels in level_labels],
                "hollow_type": [labels[column] for labels in type_labels],
                "hollow_type_code": [int(c) if c >= 0 else None for c in derived["type"]],
                "surplus_land_m2": derived["surplus"],
                "potential_cultivated_m2": derived["potential"],
            }
        )
        dest_id = write_copy(
            self,
            parameters,
            self.OUTPUT,
            context,
            feedback,
            villages,
            table.fids,
            columns,
            RESULT_SPEC,
        )
        if feedback.isCanceled():
            return {}

        weights_id = self._write_weights(parameters, context, names, indicators, evaluation)
        label_field = fields[self.VILLAGE_NAME_FIELD] or fields[self.VILLAGE_ID_FIELD]
        style_when_loaded(
            self,
            context,
            dest_id,
            style_function=lambda layer: style_hollow_villages(layer, language, label_field),
        )
        counts = {
            level_names[int(lv) + level_offset][1 if language == "en" else 0]: int(count)
            for lv, count in enumerate(evaluation.counts)
        }
        feedback.pushInfo(self.tr("Villages per level: {}").format(counts))
        results = {
            self.OUTPUT: dest_id,
            self.WEIGHTS_TABLE: weights_id,
            "INDICATORS": names,
            "WEIGHTS": {name: float(w) for name, w in zip(names, evaluation.weights)},
            "BREAKS": [float(b) for b in evaluation.breaks],
            "LEVEL_COUNTS": counts,
            "VILLAGE_COUNT": len(table),
        }
        if evaluation.ahp is not None:
            results["AHP_CR"] = float(evaluation.ahp.cr)
        return results

    def _write_weights(self, parameters, context, names, indicators, evaluation):
        spec = [
            ("indicator", QVariant.String),
            ("name_zh", QVariant.String),
            ("name_en", QVariant.String),
            ("direction", QVariant.String),
            ("n_valid", QVariant.Int),
            ("entropy", QVariant.Double),
            ("weight", QVariant.Double),
            ("method", QVariant.String),
        ]
        sink, dest_id, fields = new_sink(
            self, parameters, self.WEIGHTS_TABLE, context, spec, optional=True
        )
        if sink is None:
            return None
        method = f"{evaluation.weighting} / {evaluation.scoring} / {evaluation.classification}"
        for j, name in enumerate(names):
            indicator = hollow.INDICATORS_BY_ID[name]
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    name,
                    indicator.name_zh,
                    indicator.name_en,
                    "+" if indicator.direction > 0 else "−",
                    int(np.count_nonzero(~np.isnan(indicators[name]))),
                    attribute(evaluation.entropy[j]),
                    float(evaluation.weights[j]),
                    method,
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest_id

    def name(self):
        return "hollowvillages"

    def displayName(self):  # noqa: N802
        return self.tr("Hollow-village detection (空心村识别)")

    def group(self):
        return self.tr("Villages")

    def groupId(self):  # noqa: N802
        return "villages"

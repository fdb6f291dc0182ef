"""urflow:villageclassification — 村庄分类 (DOMAIN.md §7, issue 15).

Parameters → the villages and the optional layers read into derived fields
(:mod:`.class_derived`) → development potential (core.villageclass, the composite index of
urflow:hollowvillages) → rule conditions evaluated as QGIS expressions (:mod:`.class_rules`)
→ one core decision (first match, also_matched) → the sinks and the result dict.
"""

from functools import partial

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

from ...core import villageclass
from ...core.errors import URFlowError
from ...core.stats.composite import WEIGHTING_METHODS
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import core_error, working_crs
from ..postprocess import style_when_loaded
from ..run_record import record_run
from .class_derived import (
    DERIVED,
    DERIVED_NAMES,
)
from .class_inputs import ClassificationInputs
from .class_outputs import write_summary, write_villages
from .class_rules import check_fields, evaluate_conditions, parse_conditions
from .class_style import style_classes

SOURCE, FIELD = QgsProcessing.SourceType, QgsProcessingParameterField.DataType
DOUBLE = QgsProcessingParameterNumber.Type.Double
ADVANCED = ("AHP_MATRIX", "CUSTOM_WEIGHTS", "COMBINED_ALPHA", "SCORING", "SNAP_TOLERANCE")
ADVANCED += ("DETOUR_FACTOR", "TARGET_CRS")


class ClassifyVillagesAlgorithm(BaseAlgorithm):
    VILLAGES, VILLAGE_ID_FIELD, VILLAGE_NAME_FIELD = (
        "VILLAGES",
        "VILLAGE_ID_FIELD",
        "VILLAGE_NAME_FIELD",
    )
    ZONE_FIELD, POPULATION_FIELD = "ZONE_FIELD", "POPULATION_FIELD"
    SETTLEMENT_AREA_FIELD, HERITAGE_FIELD, RULES = (
        "SETTLEMENT_AREA_FIELD",
        "HERITAGE_FIELD",
        "RULES",
    )
    TOWNS, TOWN_ID_FIELD, NETWORK, SPEED_FIELD = "TOWNS", "TOWN_ID_FIELD", "NETWORK", "SPEED_FIELD"
    ROAD_CLASS_FIELD, DIRECTION_FIELD = "ROAD_CLASS_FIELD", "DIRECTION_FIELD"
    TRAVEL_MODE, COST_UNIT = "TRAVEL_MODE", "COST_UNIT"
    SNAP_TOLERANCE, DETOUR_FACTOR, HOLLOW = "SNAP_TOLERANCE", "DETOUR_FACTOR", "HOLLOW"
    POTENTIAL_FIELDS, POTENTIAL_DIRECTIONS = "POTENTIAL_FIELDS", "POTENTIAL_DIRECTIONS"
    WEIGHTING, AHP_MATRIX, CUSTOM_WEIGHTS = "WEIGHTING", "AHP_MATRIX", "CUSTOM_WEIGHTS"
    COMBINED_ALPHA, SCORING, TARGET_CRS = "COMBINED_ALPHA", "SCORING", "TARGET_CRS"
    OUTPUT, OUTPUT_SUMMARY = "OUTPUT", "OUTPUT_SUMMARY"

    def initAlgorithm(self, config=None):  # noqa: N802
        add, source = self.addParameter, QgsProcessingParameterFeatureSource
        polygons = [SOURCE.TypeVectorPolygon]

        def field(key, label, parent, kind=FIELD.Any, optional=True):
            add(QgsProcessingParameterField(key, label, None, parent, kind, optional=optional))

        def text(key, label, default=None):
            add(QgsProcessingParameterString(key, label, default, optional=True))

        shapes = [SOURCE.TypeVectorPolygon, SOURCE.TypeVectorPoint]
        add(source(self.VILLAGES, self.tr("Villages (polygons or points)"), shapes))
        field(self.VILLAGE_ID_FIELD, self.tr("Village id field"), self.VILLAGES, optional=False)
        field(self.VILLAGE_NAME_FIELD, self.tr("Village name field (labels)"), self.VILLAGES)
        field(self.ZONE_FIELD, self.tr("Township field (for the summary)"), self.VILLAGES)
        numeric = FIELD.Numeric
        field(self.POPULATION_FIELD, self.tr("Population field (summary)"), self.VILLAGES, numeric)
        area = self.tr("Settlement area field, m² (summary)")
        field(self.SETTLEMENT_AREA_FIELD, area, self.VILLAGES, numeric)
        heritage = self.tr("Heritage field (1 = 传统村落 / 历史文化名村)")
        field(self.HERITAGE_FIELD, heritage, self.VILLAGES)
        rules = self.tr("Rules table (CSV; empty = national preset)")
        add(QgsProcessingParameterFile(self.RULES, rules, extension="csv", optional=True))
        for key, label in (
            ("URBAN_BOUNDARY", self.tr("Urban development boundary 城镇开发边界")),
            ("BUILT_UP", self.tr("Town built-up areas 建成区")),
            ("ECO_REDLINE", self.tr("Ecological red line 生态保护红线")),
            ("HAZARD", self.tr("Hazard zones (geological hazard, flood)")),
            ("PERMANENT_FARMLAND", self.tr("Permanent basic farmland 永久基本农田")),
        ):
            add(source(key, label, polygons, optional=True))
        add(
            source(
                self.TOWNS,
                self.tr("Towns (points: county seat and towns)"),
                [SOURCE.TypeVectorPoint],
                optional=True,
            )
        )
        field(self.TOWN_ID_FIELD, self.tr("Town id field"), self.TOWNS)
        network = self.tr("Road network (lines; straight lines × detour if none)")
        add(source(self.NETWORK, network, [SOURCE.TypeVectorLine], optional=True))
        field(self.SPEED_FIELD, self.tr("Speed field, km/h (car)"), self.NETWORK, numeric)
        field(
            self.ROAD_CLASS_FIELD,
            self.tr("Road class field (county/township/village)"),
            self.NETWORK,
        )
        field(self.DIRECTION_FIELD, self.tr("One-way field (forward/backward/both)"), self.NETWORK)
        modes = [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")]
        add(
            QgsProcessingParameterEnum(
                self.TRAVEL_MODE, self.tr("Travel mode"), modes, defaultValue=3
            )
        )
        units = [self.tr("Minutes"), self.tr("Meters")]
        add(QgsProcessingParameterEnum(self.COST_UNIT, self.tr("Cost unit"), units, defaultValue=0))
        snap = self.tr("Largest distance from a road, m")
        add(QgsProcessingParameterNumber(self.SNAP_TOLERANCE, snap, DOUBLE, 500.0, minValue=0.0))
        detour = self.tr("Detour factor without a network")
        add(QgsProcessingParameterNumber(self.DETOUR_FACTOR, detour, DOUBLE, 1.3, minValue=1.0))
        hollow = self.tr("Hollow villages (output of urflow:hollowvillages)")
        add(source(self.HOLLOW, hollow, [SOURCE.TypeVector], optional=True))
        text(
            self.POTENTIAL_FIELDS,
            self.tr("Potential fields (comma-separated; fields or derived fields)"),
        )
        text(self.POTENTIAL_DIRECTIONS, self.tr("Potential directions (+ or − per field)"))
        methods = [self.tr("Entropy (熵权法)"), self.tr("Equal"), self.tr("AHP (层次分析法)")]
        methods += [self.tr("Custom"), self.tr("Combined AHP + entropy")]
        add(
            QgsProcessingParameterEnum(
                self.WEIGHTING, self.tr("Weighting"), methods, defaultValue=0
            )
        )
        text(self.AHP_MATRIX, self.tr("AHP pairwise matrix (rows separated by ';')"))
        text(self.CUSTOM_WEIGHTS, self.tr("Custom weights (e.g. resident_pop=0.6, town_cost=0.4)"))
        alpha = self.tr("AHP share in combined weights (α)")
        add(
            QgsProcessingParameterNumber(
                self.COMBINED_ALPHA, alpha, DOUBLE, 0.5, minValue=0.0, maxValue=1.0
            )
        )
        scoring = [self.tr("Weighted sum"), self.tr("TOPSIS")]
        add(QgsProcessingParameterEnum(self.SCORING, self.tr("Scoring"), scoring, defaultValue=0))
        crs = self.tr("Working CRS (projected; default: automatic)")
        add(QgsProcessingParameterCrs(self.TARGET_CRS, crs, optional=True))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Classified villages")))
        summary = self.tr("Village classes per township")
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY, summary, SOURCE.TypeVector, optional=True, createByDefault=True
            )
        )
        for key in ADVANCED:
            parameter = self.parameterDefinition(key)
            parameter.setFlags(
                parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced
            )

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        weighting = WEIGHTING_METHODS[self.parameterAsEnum(parameters, self.WEIGHTING, context)]
        if weighting in ("ahp", "combined") and not parameters.get(self.AHP_MATRIX):
            return False, self.tr("AHP weighting needs AHP_MATRIX.")
        if weighting == "custom" and not parameters.get(self.CUSTOM_WEIGHTS):
            return False, self.tr("Custom weighting needs CUSTOM_WEIGHTS.")
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            rules = villageclass.load_rules(self.parameterAsFile(parameters, self.RULES, context))
        except URFlowError as error:
            raise core_error(error) from error
        expressions, referenced = parse_conditions(rules)
        villages = self.parameterAsSource(parameters, self.VILLAGES, context)
        if villages is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.VILLAGES))
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        crs = working_crs([villages], target, context)
        inputs = ClassificationInputs(self, parameters, context, feedback)
        run = inputs.villages(villages, crs)
        derived, unavailable = inputs.derived(run, crs)
        names = villages.fields().names()
        disabled = check_fields(rules, referenced, names, DERIVED_NAMES, unavailable, feedback)
        spec = [(name, kind) for name, kind, _key in DERIVED]
        matches = evaluate_conditions(
            rules, expressions, disabled, villages, run.fids, derived, spec, feedback
        )
        if feedback.isCanceled():
            return {}
        language, fields, table = output_language(), inputs.fields, run.table
        decision = villageclass.classify_villages(matches, rules, derived["potential"], language)
        rows = villageclass.summarise(
            decision.class_code,
            table.text[fields["zone"]] if fields["zone"] else None,
            table.numeric[fields["pop"]] if fields["pop"] else None,
            table.numeric[fields["area"]] if fields["area"] else None,
            language,
        )
        dest = write_villages(
            self, parameters, context, feedback, villages, run.fids, derived, decision, language
        )
        label = fields["name"] or fields["id"]
        style = partial(style_classes, language=language, label_field=label)
        style_when_loaded(self, context, dest, style_function=style)
        self.log(decision, rules, language, feedback)
        results = {
            self.OUTPUT: dest,
            self.OUTPUT_SUMMARY: write_summary(self, parameters, context, rows),
            "CLASS_COUNTS": {str(code): n for code, n in decision.class_counts.items()},
            "UNCLASSIFIED": decision.unclassified,
            "CONFLICTS": decision.conflicts,
            "VILLAGE_COUNT": len(run.fids),
        }
        record_run(self, parameters, context, results)
        return results

    def log(self, decision, rules, language, feedback):
        feedback.pushInfo(
            self.tr("Rules, in order: {}").format(
                "; ".join(f"{r.order} → {r.class_code} ({r.condition})" for r in rules)
            )
        )
        counts = ", ".join(
            f"{code} {villageclass.VILLAGE_CLASSES.label(code, language)}: {n}"
            for code, n in decision.class_counts.items()
        )
        feedback.pushInfo(self.tr("Villages per class: {}").format(counts))
        if decision.conflicts:
            feedback.pushWarning(
                self.tr(
                    "{} villages also match later rules (see also_matched), e.g. a heritage "
                    "village in a hazard zone."
                ).format(decision.conflicts)
            )

    # ------------------------------------------------------------------ metadata

    def name(self):
        return "villageclassification"

    def displayName(self):  # noqa: N802
        return self.tr("Village classification (村庄分类)")

    def group(self):
        return self.tr("Villages")

    def groupId(self):  # noqa: N802
        return "villages"

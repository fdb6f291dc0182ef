"""urflow:hollowvillages — 空心村识别 (DESIGN.md §3.1, DOMAIN.md §1).

Parameters → the layers read by :class:`.village_reader.HollowVillageReader` → one call of
``core.hollow.evaluate_villages`` → the villages and weights sinks → the result dict.
"""

from functools import partial

from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException
from qgis.PyQt.QtCore import QVariant

from ...core.errors import URFlowError
from ...core.hollow import (
    HOLLOW_LEVELS,
    OUTPUT_FIELDS,
    WEIGHT_FIELDS,
    HollowOptions,
    evaluate_villages,
)
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import attribute, core_error, new_sink, working_crs, write_copy
from ..ogr_read import direct_points
from ..postprocess import style_when_loaded
from ..run_record import record_run
from . import hollow_parameters
from .hollow_parameters import HollowVillagesKeys
from .hollow_style import style_hollow_villages
from .village_reader import CENSUS_FIELDS, HollowVillageReader

__all__ = ["DetectHollowVillagesAlgorithm"]
QVARIANT = {float: QVariant.Double, int: QVariant.Int, str: QVariant.String}
RESULT_SPEC = [(name, QVARIANT[kind]) for name, kind in OUTPUT_FIELDS]
WEIGHTS_SPEC = [(name, QVARIANT[kind]) for name, kind in WEIGHT_FIELDS]


class DetectHollowVillagesAlgorithm(HollowVillagesKeys, BaseAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in hollow_parameters.HollowVillagesParameters().definitions():
            self.addParameter(parameter)

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
        for key, values in (
            ("THRESHOLDS", () if score.thresholds is None else score.thresholds),
            ("TYPE_THRESHOLDS", options.type_thresholds),
        ):
            if any(value > 1 for value in values):  # typed as percent on a 0–1 scale
                return False, self.tr(
                    "{}: {} are on a 0–1 scale (scores and P1/L1 are fractions); "
                    "{} looks like percent, give {}."
                ).format(
                    self.parameter_label(key),
                    key,
                    ", ".join(f"{v:g}" for v in values),
                    ", ".join(f"{v / 100:g}" for v in values),
                )
        return True, ""

    def method_options(self, parameters, context) -> HollowOptions:
        """The method parameters as :class:`HollowOptions` (bad free text raises URFlowError
        naming the parameter); reads parameters only, so a dialog may call it."""
        return hollow_parameters.method_options(self, parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        villages = self.parameterAsSource(parameters, "VILLAGES", context)
        if villages is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "VILLAGES"))
        target = self.parameterAsCrs(parameters, "TARGET_CRS", context)
        overlays = [
            self.parameterAsSource(parameters, key, context) if parameters.get(key) else None
            for key in ("SETTLEMENTS", "BUILDINGS")
        ]
        crs = working_crs([villages, *overlays], target, context)  # each needs a CRS
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        direct = partial(direct_points, self, parameters, "BUILDINGS", context)
        reader = HollowVillageReader(crs, context, feedback, direct)
        id_field = self.parameterAsString(parameters, "VILLAGE_ID_FIELD", context)
        name_field = self.parameterAsString(parameters, "VILLAGE_NAME_FIELD", context)
        fields = {key: self.parameterAsString(parameters, key, context) for key in CENSUS_FIELDS}
        table, census = reader.census(villages, id_field, name_field, fields)
        if feedback.isCanceled():
            return {}
        overlays = reader.overlays(
            villages,
            table,
            self.parameterAsSource(parameters, "SETTLEMENTS", context),
            self.parameterAsSource(parameters, "BUILDINGS", context),
            self.parameterAsString(parameters, "BUILDING_VACANT_FIELD", context),
            self.parameterAsRasterLayer(parameters, "NIGHT_LIGHT", context),
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
            self, parameters, "OUTPUT", context, feedback, villages, table.fids, out, RESULT_SPEC
        )
        if feedback.isCanceled():
            return {}
        label_field = name_field or id_field
        style = partial(style_hollow_villages, language=language, label_field=label_field)
        style_when_loaded(self, context, dest_id, style_function=style)
        results = {
            "OUTPUT": dest_id,
            "WEIGHTS_TABLE": self.write_weights(parameters, context, result),
            "INDICATORS": list(result.used),
            "WEIGHTS": result.weights,
            "BREAKS": [float(b) for b in result.breaks],
            "LEVEL_COUNTS": {str(code): n for code, n in result.level_counts.items()},
            "VILLAGE_COUNT": len(table),
        }
        if result.ahp is not None:
            results["AHP_CR"] = float(result.ahp.cr)
        record_run(self, parameters, context, results, self.method_record(parameters, context))
        return results

    def method_record(self, parameters, context):
        """The method as the run resolved it, for the report (run_record.py)."""
        options = self.method_options(parameters, context)
        score = options.score
        return {
            "weighting": score.weighting,
            "scoring": score.scoring,
            "classification": score.classification,
            "classes": score.classes,
            "thresholds": None if score.thresholds is None else list(score.thresholds),
            "alpha": score.alpha,
            "type_thresholds": list(options.type_thresholds),
            "land_standard_m2": options.land_standard,
            "kappa": options.kappa,
        }

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
            self, parameters, "WEIGHTS_TABLE", context, WEIGHTS_SPEC, optional=True
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

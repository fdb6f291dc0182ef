"""urflow:landquotalinkage — 城乡建设用地增减挂钩平衡 (DESIGN.md §3.3, DOMAIN.md §3)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core import linkage
from ...core.errors import URFlowError
from ...core.messages import listing
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import (
    attribute,
    core_error,
    new_sink,
    points_xy,
    read_features,
    require_fields,
    working_crs,
    write_copy,
)
from ..overlay import intersection_parts, zone_of_points
from ..postprocess import style_when_loaded
from .balance_rows import balance_table_rows, diagnosis_row, group_label
from .linkage_style import style_construction, style_demolition, style_pairs

QUOTA_BASES = linkage.QUOTA_BASES
GRADE_SCALES = ("dengbie", "dengji")
#: Overlap with a control line that excludes a 建新 parcel (m²): anything beyond rounding.
CONTROL_LINE_TOLERANCE_M2 = 0.01
#: Overlap between two candidate parcels that is an error (m²): smaller slivers are ignored.
CANDIDATE_OVERLAP_M2 = 1.0
#: MIP relative gap at which a plan counts as proven optimal.
MIP_REL_GAP = 1e-6
#: Field values read as "yes" in flag fields (mandatory, protected).
TRUE_VALUES = {"1", "true", "t", "yes", "y", "是", "必选", "保护"}
#: 建新 type spellings, English codes and the Chinese words planners use.
TYPE_WORDS = {
    "urban": "urban",
    "城镇": "urban",
    "城镇建设": "urban",
    "城市": "urban",
    "resettlement": "resettlement",
    "安置": "resettlement",
    "安置区": "resettlement",
    "农民安置": "resettlement",
    "industrial": "industrial",
    "产业": "industrial",
    "工业": "industrial",
    "产业发展": "industrial",
}
STATE_LABELS = {
    "selected": ("入选", "selected"),
    "not_selected": ("未入选", "not selected"),
    "protected": ("保护，不拆旧", "protected"),
    "excluded": ("管控线排除", "excluded by a control line"),
    "unusable": ("无效地块", "unusable parcel"),
}
REASON_TEXT = {
    "pbf": ("占用永久基本农田 {:.2f} m²", "overlaps permanent basic farmland ({:.2f} m²)"),
    "redline": ("占用生态保护红线 {:.2f} m²", "overlaps the ecological red line ({:.2f} m²)"),
    "ugb": (
        "城镇建设用地位于城镇开发边界外 {:.2f} m²",
        "urban construction outside the urban growth boundary ({:.2f} m²)",
    ),
}


class BalanceLandQuotaAlgorithm(BaseAlgorithm):
    DEMOLITION = "DEMOLITION"
    DEMOLITION_ID_FIELD = "DEMOLITION_ID_FIELD"
    DEMOLITION_AREA_FIELD = "DEMOLITION_AREA_FIELD"
    KAPPA_FIELD = "KAPPA_FIELD"
    DEFAULT_KAPPA = "DEFAULT_KAPPA"
    DEMOLITION_GRADE_FIELD = "DEMOLITION_GRADE_FIELD"
    DEFAULT_GRADE = "DEFAULT_GRADE"
    COST_FIELD = "COST_FIELD"
    UNIT_COST = "UNIT_COST"
    PRIORITY_FIELD = "PRIORITY_FIELD"
    PRIORITY_LAYER = "PRIORITY_LAYER"
    PRIORITY_LAYER_FIELD = "PRIORITY_LAYER_FIELD"
    PROTECTED_FIELD = "PROTECTED_FIELD"
    CONSTRUCTION = "CONSTRUCTION"
    CONSTRUCTION_ID_FIELD = "CONSTRUCTION_ID_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    UNIT_VALUE = "UNIT_VALUE"
    MANDATORY_FIELD = "MANDATORY_FIELD"
    CONSTRUCTION_TYPE_FIELD = "CONSTRUCTION_TYPE_FIELD"
    CULTIVATED = "CULTIVATED"
    CULTIVATED_GRADE_FIELD = "CULTIVATED_GRADE_FIELD"
    PERMANENT_FARMLAND = "PERMANENT_FARMLAND"
    ECO_REDLINE = "ECO_REDLINE"
    URBAN_BOUNDARY = "URBAN_BOUNDARY"
    QUOTA_BASIS = "QUOTA_BASIS"
    REQUIRE_QUALITY = "REQUIRE_QUALITY"
    GRADE_SCALE = "GRADE_SCALE"
    MAX_PAIR_DISTANCE = "MAX_PAIR_DISTANCE"
    BUDGET = "BUDGET"
    PRIORITY_WEIGHT = "PRIORITY_WEIGHT"
    DISTANCE_WEIGHT = "DISTANCE_WEIGHT"
    GROUP_FIELD = "GROUP_FIELD"
    TIME_LIMIT = "TIME_LIMIT"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_DEMOLITION = "OUTPUT_DEMOLITION"
    OUTPUT_CONSTRUCTION = "OUTPUT_CONSTRUCTION"
    OUTPUT_PAIRS = "OUTPUT_PAIRS"
    OUTPUT_BALANCE = "OUTPUT_BALANCE"

    def initAlgorithm(self, config=None):  # noqa: N802
        polygons = [QgsProcessing.TypeVectorPolygon]
        numeric = QgsProcessingParameterField.Numeric
        double = QgsProcessingParameterNumber.Double

        def field(
            key, label, parent, kind=QgsProcessingParameterField.Any, optional=True, default=None
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key,
                    label,
                    defaultValue=default,
                    parentLayerParameterName=parent,
                    type=kind,
                    optional=optional,
                )
            )

        def number(key, label, default, minimum=0.0, maximum=None):
            parameter = QgsProcessingParameterNumber(key, label, double, default, minValue=minimum)
            if maximum is not None:
                parameter.setMaximum(maximum)
            self.addParameter(parameter)

        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DEMOLITION,
                self.tr("拆旧 candidates: rural construction land to reclaim " "(polygons)"),
                polygons,
            )
        )
        field(self.DEMOLITION_ID_FIELD, self.tr("拆旧 id field"), self.DEMOLITION, optional=False)
        field(
            self.DEMOLITION_AREA_FIELD,
            self.tr("拆旧 area field, m² (default: polygon area)"),
            self.DEMOLITION,
            numeric,
        )
        field(
            self.KAPPA_FIELD,
            self.tr("Reclamation coefficient κ field (share that becomes " "cultivated land)"),
            self.DEMOLITION,
            numeric,
        )
        number(self.DEFAULT_KAPPA, self.tr("Default κ (where no field or NULL)"), 0.85, 0.0, 1.0)
        field(
            self.DEMOLITION_GRADE_FIELD,
            self.tr("Grade of the reclaimed land field (等别 or " "等级)"),
            self.DEMOLITION,
            numeric,
        )
        number(self.DEFAULT_GRADE, self.tr("Default grade of the reclaimed land"), 10.0, 1.0, 15.0)
        field(
            self.COST_FIELD,
            self.tr("Cost field (demolition, compensation, reclamation)"),
            self.DEMOLITION,
            numeric,
        )
        number(self.UNIT_COST, self.tr("Unit cost per ha (where no cost field)"), 0.0)
        field(
            self.PRIORITY_FIELD,
            self.tr("Priority field (e.g. hollow_score)"),
            self.DEMOLITION,
            numeric,
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PRIORITY_LAYER,
                self.tr("Priority from polygons (e.g. the output of Hollow " "village detection)"),
                polygons,
                optional=True,
            )
        )
        field(
            self.PRIORITY_LAYER_FIELD,
            self.tr("Priority field of those polygons"),
            self.PRIORITY_LAYER,
            numeric,
            default="hollow_score",
        )
        field(
            self.PROTECTED_FIELD,
            self.tr("Protected flag field (传统村落, heritage: never " "demolished)"),
            self.DEMOLITION,
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CONSTRUCTION, self.tr("建新 candidates: land to build on (polygons)"), polygons
            )
        )
        field(
            self.CONSTRUCTION_ID_FIELD, self.tr("建新 id field"), self.CONSTRUCTION, optional=False
        )
        field(
            self.VALUE_FIELD,
            self.tr("Value field (land value or need)"),
            self.CONSTRUCTION,
            numeric,
        )
        number(self.UNIT_VALUE, self.tr("Unit value per ha (where no value field)"), 0.0)
        field(
            self.MANDATORY_FIELD, self.tr("Mandatory flag field (must be built)"), self.CONSTRUCTION
        )
        field(
            self.CONSTRUCTION_TYPE_FIELD,
            self.tr("Type field (urban / resettlement / " "industrial)"),
            self.CONSTRUCTION,
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CULTIVATED,
                self.tr("Cultivated land (耕地) with quality grades"),
                polygons,
                optional=True,
            )
        )
        field(
            self.CULTIVATED_GRADE_FIELD,
            self.tr("Cultivated land grade field"),
            self.CULTIVATED,
            numeric,
        )
        for key, label in (
            (self.PERMANENT_FARMLAND, self.tr("Permanent basic farmland (永久基本农田)")),
            (self.ECO_REDLINE, self.tr("Ecological protection red line (生态保护红线)")),
            (self.URBAN_BOUNDARY, self.tr("Urban growth boundary (城镇开发边界)")),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(key, label, polygons, optional=True)
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.QUOTA_BASIS,
                self.tr("Quota basis"),
                [
                    self.tr("Reclaimed cultivated land (a·κ)"),
                    self.tr("Reclaimed construction land (a)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.REQUIRE_QUALITY, self.tr("Require cultivated-land quality not to fall"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GRADE_SCALE,
                self.tr("Grade scale"),
                [self.tr("等别 1–15 (1 = best)"), self.tr("等级 1–10 (GB/T 33469-2016, 1 = best)")],
                defaultValue=0,
            )
        )
        number(
            self.MAX_PAIR_DISTANCE,
            self.tr("Largest 拆旧–建新 pair distance, m (0 = no " "limit)"),
            0.0,
        )
        number(self.BUDGET, self.tr("Budget for the 拆旧 costs (0 = no limit)"), 0.0)
        number(
            self.PRIORITY_WEIGHT,
            self.tr("Priority weight β (objective per unit of " "priority)"),
            0.0,
        )
        number(
            self.DISTANCE_WEIGHT,
            self.tr("Distance weight λ (objective per ha of quota " "per km)"),
            0.0,
        )
        field(
            self.GROUP_FIELD,
            self.tr("Project area field (项目区; the same field name on " "both layers)"),
            self.DEMOLITION,
        )
        number(self.TIME_LIMIT, self.tr("Solver time limit, s"), 60.0, 1.0)
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS,
                self.tr("Working CRS (projected; default: automatic)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DEMOLITION, self.tr("拆旧 parcels with the selection")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CONSTRUCTION, self.tr("建新 parcels with the selection and exclusions")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PAIRS, self.tr("Quota pairs 拆旧 → 建新"), QgsProcessing.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_BALANCE, self.tr("Balance sheet (挂钩平衡表)"), QgsProcessing.TypeVector
            )
        )
        for key in (self.DEMOLITION_AREA_FIELD, self.GRADE_SCALE, self.TIME_LIMIT, self.TARGET_CRS):
            parameter = self.parameterDefinition(key)
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        given = {
            key: self.parameterAsString(parameters, key, context)
            for key in (self.PRIORITY_FIELD, self.CULTIVATED_GRADE_FIELD, self.PRIORITY_LAYER_FIELD)
        }
        if given[self.PRIORITY_FIELD] and parameters.get(self.PRIORITY_LAYER):
            return False, self.tr("Give either PRIORITY_FIELD or PRIORITY_LAYER, not both.")
        if parameters.get(self.PRIORITY_LAYER) and not given[self.PRIORITY_LAYER_FIELD]:
            return False, self.tr(
                "PRIORITY_LAYER needs PRIORITY_LAYER_FIELD: the field that "
                "holds each polygon's priority (e.g. hollow_score)."
            )
        if parameters.get(self.CULTIVATED) and not given[self.CULTIVATED_GRADE_FIELD]:
            return False, self.tr(
                "CULTIVATED needs CULTIVATED_GRADE_FIELD: the grade of the "
                "cultivated land each 建新 parcel occupies."
            )
        scale = GRADE_SCALES[self.parameterAsEnum(parameters, self.GRADE_SCALE, context)]
        top = linkage.GRADE_SCALES[scale] - 1
        grade = self.parameterAsDouble(parameters, self.DEFAULT_GRADE, context)
        if grade > top:
            return False, self.tr("DEFAULT_GRADE {} is outside the grade scale 1–{}.").format(
                grade, top
            )
        kappa = self.parameterAsDouble(parameters, self.DEFAULT_KAPPA, context)
        if not 0 < kappa <= 1:
            return False, self.tr("DEFAULT_KAPPA must lie in (0, 1], got {}.").format(kappa)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sources = {
            key: self.parameterAsSource(parameters, key, context)
            for key in (
                self.DEMOLITION,
                self.CONSTRUCTION,
                self.PRIORITY_LAYER,
                self.CULTIVATED,
                self.PERMANENT_FARMLAND,
                self.ECO_REDLINE,
                self.URBAN_BOUNDARY,
            )
        }
        for key in (self.DEMOLITION, self.CONSTRUCTION):
            if sources[key] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        f = {
            key: self.parameterAsString(parameters, key, context)
            for key in (
                self.DEMOLITION_ID_FIELD,
                self.DEMOLITION_AREA_FIELD,
                self.KAPPA_FIELD,
                self.DEMOLITION_GRADE_FIELD,
                self.COST_FIELD,
                self.PRIORITY_FIELD,
                self.PRIORITY_LAYER_FIELD,
                self.PROTECTED_FIELD,
                self.CONSTRUCTION_ID_FIELD,
                self.VALUE_FIELD,
                self.MANDATORY_FIELD,
                self.CONSTRUCTION_TYPE_FIELD,
                self.CULTIVATED_GRADE_FIELD,
                self.GROUP_FIELD,
            )
        }
        demolition, construction = sources[self.DEMOLITION], sources[self.CONSTRUCTION]
        require_fields(
            demolition,
            "DEMOLITION",
            [
                f[self.DEMOLITION_ID_FIELD],
                f[self.DEMOLITION_AREA_FIELD],
                f[self.KAPPA_FIELD],
                f[self.DEMOLITION_GRADE_FIELD],
                f[self.COST_FIELD],
                f[self.PRIORITY_FIELD],
                f[self.PROTECTED_FIELD],
                f[self.GROUP_FIELD],
            ],
            [
                f[self.DEMOLITION_AREA_FIELD],
                f[self.KAPPA_FIELD],
                f[self.DEMOLITION_GRADE_FIELD],
                f[self.COST_FIELD],
                f[self.PRIORITY_FIELD],
            ],
        )
        require_fields(
            construction,
            "CONSTRUCTION",
            [
                f[self.CONSTRUCTION_ID_FIELD],
                f[self.VALUE_FIELD],
                f[self.MANDATORY_FIELD],
                f[self.CONSTRUCTION_TYPE_FIELD],
                f[self.GROUP_FIELD],
            ],
            [f[self.VALUE_FIELD]],
        )
        if sources[self.PRIORITY_LAYER] is not None:
            require_fields(
                sources[self.PRIORITY_LAYER],
                "PRIORITY_LAYER",
                [f[self.PRIORITY_LAYER_FIELD]],
                [f[self.PRIORITY_LAYER_FIELD]],
            )
        if sources[self.CULTIVATED] is not None:
            require_fields(
                sources[self.CULTIVATED],
                "CULTIVATED",
                [f[self.CULTIVATED_GRADE_FIELD]],
                [f[self.CULTIVATED_GRADE_FIELD]],
            )
        crs = working_crs(
            [demolition, construction],
            self.parameterAsCrs(parameters, self.TARGET_CRS, context),
            context,
        )
        feedback.pushInfo(self.tr("Working CRS {}").format(crs.authid()))
        scale = GRADE_SCALES[self.parameterAsEnum(parameters, self.GRADE_SCALE, context)]

        d = self.read_demolition(parameters, context, feedback, sources, f, crs, scale)
        c = (
            self.read_construction(parameters, context, feedback, sources, f, crs)
            if d is not None
            else None
        )
        if c is None:
            return {}  # canceled while reading
        self.check_overlaps(d, c, feedback)
        self.occupied_cultivated(c, sources[self.CULTIVATED], f, crs, context, feedback, scale)
        self.control_lines(c, sources, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)
        problem, rows_d, rows_c = self.problem(parameters, context, feedback, d, c, scale)
        feedback.pushInfo(
            self.tr(
                "{} 拆旧 and {} 建新 candidates, {} candidate pairs, {} " "project areas; solving …"
            ).format(
                problem.n_demolition,
                problem.n_construction,
                problem.pair_i.size,
                len(problem.group_names),
            )
        )
        try:
            result = linkage.optimise(
                problem,
                time_limit=self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
                mip_rel_gap=MIP_REL_GAP,
                is_canceled=feedback.isCanceled,
                raise_infeasible=False,
            )
        except URFlowError as error:
            raise core_error(error) from error
        if result.status == "canceled":
            return {}
        if result.status == "infeasible":
            # Not an error (DESIGN §3.3): the outputs show the candidates, the failing rules
            # and the diagnosis, which names the rule, the project area and the numbers.
            feedback.reportError(result.message, False)
            return self.write(
                parameters, context, feedback, sources, d, c, crs, problem, result, rows_d, rows_c
            )
        if np.isnan(result.objective):
            raise QgsProcessingException(
                self.tr(
                    "No plan was found within TIME_LIMIT ({} s); raise the time limit, or add "
                    "project areas (GROUP_FIELD) or a pair distance to make the model smaller."
                ).format(self.parameterAsDouble(parameters, self.TIME_LIMIT, context))
            )
        feedback.setProgress(80)
        violations = linkage.check_solution(problem, result.x, result.y, result.flows)
        if violations:  # the solver's word is checked, never trusted
            raise QgsProcessingException(
                self.tr("The plan fails the independent check: {}").format(
                    "; ".join(violations[:5])
                )
            )
        self.log_result(result, feedback)
        return self.write(
            parameters, context, feedback, sources, d, c, crs, problem, result, rows_d, rows_c
        )

    # -- reading -------------------------------------------------------------------------

    def read_demolition(self, parameters, context, feedback, sources, f, crs, scale):
        source = sources[self.DEMOLITION]
        numeric = [
            f[k]
            for k in (
                self.DEMOLITION_AREA_FIELD,
                self.KAPPA_FIELD,
                self.DEMOLITION_GRADE_FIELD,
                self.COST_FIELD,
                self.PRIORITY_FIELD,
            )
        ]
        text = [f[self.DEMOLITION_ID_FIELD], f[self.PROTECTED_FIELD], f[self.GROUP_FIELD]]
        table = read_features(
            source, crs, context, feedback, numeric=numeric, text=text, progress=(0, 10)
        )
        if feedback.isCanceled():
            return None
        if len(table) == 0:
            raise QgsProcessingException(self.tr("Layer DEMOLITION has no features."))
        ids = self.ids(table, f[self.DEMOLITION_ID_FIELD], "DEMOLITION")
        n = len(table)
        area_field = f[self.DEMOLITION_AREA_FIELD]
        area_m2 = table.numeric[area_field] if area_field else polygon_areas(table.geometries)
        kappa = self.with_default(
            table,
            f[self.KAPPA_FIELD],
            parameters,
            self.DEFAULT_KAPPA,
            context,
            feedback,
            ids,
            "DEMOLITION",
        )
        grade = self.with_default(
            table,
            f[self.DEMOLITION_GRADE_FIELD],
            parameters,
            self.DEFAULT_GRADE,
            context,
            feedback,
            ids,
            "DEMOLITION",
        )
        self.require_range(
            kappa,
            ids,
            "DEMOLITION",
            f[self.KAPPA_FIELD] or "DEFAULT_KAPPA",
            0.0,
            1.0,
            self.tr("κ must lie in (0, 1]"),
            open_low=True,
        )
        top = linkage.GRADE_SCALES[scale] - 1
        self.require_range(
            grade,
            ids,
            "DEMOLITION",
            f[self.DEMOLITION_GRADE_FIELD] or "DEFAULT_GRADE",
            1.0,
            top,
            self.tr("grades must lie in 1–{} ({})").format(top, scale),
        )
        area_ha = area_m2 / 1e4
        if f[self.COST_FIELD]:
            cost = table.numeric[f[self.COST_FIELD]]
            bad = np.flatnonzero(np.isnan(cost) | (cost < 0))
            if bad.size:
                raise QgsProcessingException(
                    self.tr(
                        "Layer DEMOLITION, field '{}': cost is NULL or negative for {} parcels: "
                        "{}"
                    ).format(f[self.COST_FIELD], bad.size, listing(ids[bad]))
                )
        else:
            cost = np.nan_to_num(area_ha) * self.parameterAsDouble(
                parameters, self.UNIT_COST, context
            )
        priority = self.priority(parameters, context, feedback, sources, f, table, ids, crs)
        protected = flags(table.text.get(f[self.PROTECTED_FIELD]), n)
        xy = points_xy(table.geometries)
        # an area field may give an area to a feature without geometry: it cannot be paired
        usable = np.isfinite(area_ha) & (area_ha > 0) & np.isfinite(xy).all(axis=1)
        if not usable.all():
            feedback.pushWarning(
                self.tr(
                    "{} 拆旧 parcels have no area (zero, NULL or no geometry) and are left out: "
                    "{}"
                ).format(np.count_nonzero(~usable), listing(ids[~usable]))
            )
        if table.skipped:
            feedback.pushWarning(
                self.tr("{} 拆旧 features with invalid geometry were left " "out.").format(
                    table.skipped
                )
            )
        return {
            "table": table,
            "ids": ids,
            "area_ha": area_ha,
            "kappa": kappa,
            "grade": grade,
            "cost": cost,
            "priority": priority,
            "protected": protected,
            "group": groups(table.text.get(f[self.GROUP_FIELD]), n),
            "usable": usable,
            "xy": xy,
        }

    def read_construction(self, parameters, context, feedback, sources, f, crs):
        source = sources[self.CONSTRUCTION]
        table = read_features(
            source,
            crs,
            context,
            feedback,
            numeric=[f[self.VALUE_FIELD]],
            text=[
                f[self.CONSTRUCTION_ID_FIELD],
                f[self.MANDATORY_FIELD],
                f[self.CONSTRUCTION_TYPE_FIELD],
                f[self.GROUP_FIELD],
            ],
            progress=(10, 15),
        )
        if feedback.isCanceled():
            return None
        if len(table) == 0:
            raise QgsProcessingException(self.tr("Layer CONSTRUCTION has no features."))
        ids = self.ids(table, f[self.CONSTRUCTION_ID_FIELD], "CONSTRUCTION")
        m = len(table)
        area_ha = polygon_areas(table.geometries) / 1e4
        if f[self.VALUE_FIELD]:
            value = table.numeric[f[self.VALUE_FIELD]]
            bad = np.flatnonzero(np.isnan(value))
            if bad.size:
                raise QgsProcessingException(
                    self.tr(
                        "Layer CONSTRUCTION, field '{}': value is NULL for {} parcels: {}"
                    ).format(f[self.VALUE_FIELD], bad.size, listing(ids[bad]))
                )
        else:
            value = np.nan_to_num(area_ha) * self.parameterAsDouble(
                parameters, self.UNIT_VALUE, context
            )
        ctype = np.full(m, "urban", dtype=object)
        type_field = f[self.CONSTRUCTION_TYPE_FIELD]
        if type_field:
            words = table.text[type_field]
            unknown = [
                i
                for i, w in enumerate(words)
                if w is not None and TYPE_WORDS.get(w.strip().lower()) is None
            ]
            if unknown:
                raise QgsProcessingException(
                    self.tr(
                        "Layer CONSTRUCTION, field '{}': unknown type for {} parcels ({}); use "
                        "urban/城镇, resettlement/安置 or industrial/产业"
                    ).format(
                        type_field, len(unknown), listing(f"{ids[i]}={words[i]}" for i in unknown)
                    )
                )
            missing = [i for i, w in enumerate(words) if w is None]
            if missing:
                feedback.pushWarning(
                    self.tr(
                        "{} 建新 parcels have no type and are treated as urban (they must lie "
                        "inside "
                        "the urban growth boundary): {}"
                    ).format(len(missing), listing(ids[missing]))
                )
            ctype = np.array(
                [TYPE_WORDS[w.strip().lower()] if w is not None else "urban" for w in words],
                dtype=object,
            )
        usable = np.isfinite(area_ha) & (area_ha > 0)
        if not usable.all():
            feedback.pushWarning(
                self.tr(
                    "{} 建新 parcels have no area (zero or no geometry) and are left out: {}"
                ).format(np.count_nonzero(~usable), listing(ids[~usable]))
            )
        if table.skipped:
            feedback.pushWarning(
                self.tr("{} 建新 features with invalid geometry were left " "out.").format(
                    table.skipped
                )
            )
        return {
            "table": table,
            "ids": ids,
            "area_ha": area_ha,
            "value": value,
            "ctype": ctype,
            "mandatory": flags(table.text.get(f[self.MANDATORY_FIELD]), m),
            "group": groups(table.text.get(f[self.GROUP_FIELD]), m),
            "usable": usable,
            "xy": points_xy(table.geometries),
            "occupied_m2": np.zeros(m),
            "occupied_grade": np.full(m, np.nan),
            "overlap": {key: np.zeros(m) for key in REASON_TEXT},
        }

    def ids(self, table, field, layer):
        ids = np.array(
            [v if v is not None else f"#{fid}" for v, fid in zip(table.text[field], table.fids)],
            dtype=object,
        )
        values, counts = np.unique(ids.astype(str), return_counts=True)
        if (counts > 1).any():
            raise QgsProcessingException(
                self.tr("Layer {}, field '{}': ids must be unique; repeated: {}").format(
                    layer, field, listing(values[counts > 1])
                )
            )
        return ids

    def with_default(self, table, field, parameters, default_key, context, feedback, ids, layer):
        default = self.parameterAsDouble(parameters, default_key, context)
        if not field:
            return np.full(len(table), default)
        values = table.numeric[field]
        missing = np.isnan(values)
        if missing.any():
            feedback.pushWarning(
                self.tr("Layer {}, field '{}': NULL for {} parcels, {} = {} used: {}").format(
                    layer,
                    field,
                    np.count_nonzero(missing),
                    default_key,
                    default,
                    listing(ids[missing]),
                )
            )
        return np.where(missing, default, values)

    def require_range(self, values, ids, layer, field, low, high, what, open_low=False):
        below = values <= low if open_low else values < low
        bad = np.flatnonzero(below | (values > high))
        if bad.size:
            raise QgsProcessingException(
                self.tr("Layer {}, field '{}': {}; {} parcels: {}").format(
                    layer, field, what, bad.size, listing(f"{ids[i]}={values[i]:g}" for i in bad)
                )
            )

    def priority(self, parameters, context, feedback, sources, f, table, ids, crs):
        if f[self.PRIORITY_FIELD]:
            values = table.numeric[f[self.PRIORITY_FIELD]]
        elif sources[self.PRIORITY_LAYER] is not None:
            zones = read_features(
                sources[self.PRIORITY_LAYER],
                crs,
                context,
                feedback,
                numeric=[f[self.PRIORITY_LAYER_FIELD]],
                progress=(15, 18),
            )
            index = zone_of_points(zones.geometries, table.geometries, feedback)
            scores = zones.numeric[f[self.PRIORITY_LAYER_FIELD]]
            values = np.full(len(table), np.nan)
            values[index >= 0] = scores[index[index >= 0]]
            outside = np.flatnonzero(index < 0)
            if outside.size:
                feedback.pushWarning(
                    self.tr(
                        "{} 拆旧 parcels lie in no PRIORITY_LAYER polygon: priority 0 ({})"
                    ).format(outside.size, listing(ids[outside]))
                )
        else:
            return np.zeros(len(table))
        missing = np.isnan(values)
        if missing.any():
            feedback.pushWarning(
                self.tr("{} 拆旧 parcels have a NULL priority: 0 used").format(
                    np.count_nonzero(missing)
                )
            )
        return np.where(missing, 0.0, values)

    # -- overlays ------------------------------------------------------------------------

    def check_overlaps(self, d, c, feedback):
        """Overlapping candidates would count the same land twice: refuse, naming them."""
        gd, gc = d["table"].geometries, c["table"].geometries
        problems = []
        for label, zones, parts, zone_ids, part_ids, same in (
            (self.tr("拆旧 parcels overlap each other"), gd, gd, d["ids"], d["ids"], True),
            (self.tr("建新 parcels overlap each other"), gc, gc, c["ids"], c["ids"], True),
            (self.tr("拆旧 parcels are also 建新 candidates"), gd, gc, d["ids"], c["ids"], False),
        ):
            pairs = [
                (z, p, area)
                for z, p, area, _piece in intersection_parts(zones, parts, feedback)
                if (z < p or not same) and area > CANDIDATE_OVERLAP_M2
            ]
            if pairs:
                problems.append(
                    "{}: {}".format(
                        label,
                        listing(
                            [
                                f"{zone_ids[z]} × {part_ids[p]} ({area:.1f} m²)"
                                for z, p, area in pairs
                            ],
                            6,
                        ),
                    )
                )
        if problems:
            raise QgsProcessingException("; ".join(problems))

    def occupied_cultivated(self, c, cultivated, f, crs, context, feedback, scale):
        if cultivated is None:
            feedback.pushWarning(
                self.tr(
                    "No CULTIVATED layer: 建新 parcels are taken to occupy " "no cultivated land."
                )
            )
            return
        field = f[self.CULTIVATED_GRADE_FIELD]
        table = read_features(
            cultivated, crs, context, feedback, numeric=[field], progress=(18, 25)
        )
        grade = table.numeric[field]
        top = linkage.GRADE_SCALES[scale] - 1
        pieces = intersection_parts(c["table"].geometries, table.geometries, feedback)
        bad = sorted({p for _z, p, _a, _g in pieces if not 1 <= grade[p] <= top})
        if bad:
            feedback.pushWarning(
                self.tr(
                    "Layer CULTIVATED, field '{}': {} parcels under 建新 candidates have a NULL "
                    "or out-of-scale grade and count as grade 1, the strictest"
                ).format(field, len(bad))
            )
        area = np.zeros(len(c["ids"]))
        points = np.zeros(len(c["ids"]))
        for z, p, piece_area, _piece in pieces:
            area[z] += piece_area
            points[z] += piece_area * (grade[p] if 1 <= grade[p] <= top else 1.0)
        parcel = np.nan_to_num(c["area_ha"] * 1e4)
        over = np.flatnonzero(area > parcel * (1 + 1e-6) + CONTROL_LINE_TOLERANCE_M2)
        if over.size:
            feedback.pushWarning(
                self.tr(
                    "CULTIVATED polygons overlap each other under {} 建新 parcels: the occupied "
                    "cultivated land is capped at the parcel area ({})"
                ).format(over.size, listing(c["ids"][over]))
            )
        c["occupied_m2"] = np.minimum(area, parcel)
        c["occupied_grade"] = np.where(area > 0, points / np.where(area > 0, area, 1), np.nan)

    def control_lines(self, c, sources, crs, context, feedback):
        geometries = c["table"].geometries
        for key, code in (
            (self.PERMANENT_FARMLAND, "pbf"),
            (self.ECO_REDLINE, "redline"),
            (self.URBAN_BOUNDARY, "ugb"),
        ):
            if sources[key] is None:
                continue
            lines = read_features(sources[key], crs, context, feedback, progress=(25, 30))
            inside = np.zeros(len(geometries))
            for _line, part, area, _piece in intersection_parts(
                lines.geometries, geometries, feedback
            ):
                inside[part] += area
            if code == "ugb":
                # overlapping boundary polygons must not count a piece twice
                inside = np.minimum(inside, c["area_ha"] * 1e4)
                outside = np.where(c["ctype"] == "urban", c["area_ha"] * 1e4 - inside, 0.0)
                c["overlap"][code] = np.nan_to_num(outside)
            else:
                c["overlap"][code] = inside
        if sources[self.URBAN_BOUNDARY] is None and (c["ctype"] == "urban").any():
            feedback.pushWarning(
                self.tr(
                    "No URBAN_BOUNDARY: urban 建新 parcels are not checked "
                    "against the urban growth boundary."
                )
            )

    # -- solving -------------------------------------------------------------------------

    def problem(self, parameters, context, feedback, d, c, scale):
        language = output_language()
        m = len(c["ids"])
        reasons = []
        for j in range(m):
            parts = [
                REASON_TEXT[code][0 if language == "zh" else 1].format(c["overlap"][code][j])
                for code in REASON_TEXT
                if c["overlap"][code][j] > CONTROL_LINE_TOLERANCE_M2
            ]
            reasons.append("; ".join(parts))
        c["excluded_reason"] = np.array(reasons, dtype=object)
        c["excluded"] = np.array([bool(r) for r in reasons])
        conflict = np.flatnonzero(c["excluded"] & c["mandatory"] & c["usable"])
        if conflict.size:
            raise QgsProcessingException(
                self.tr(
                    "Mandatory 建新 parcels break a control line and cannot be built: {}. Move or "
                    "reshape them, or clear their mandatory flag."
                ).format("; ".join(f"{c['ids'][j]}: {c['excluded_reason'][j]}" for j in conflict))
            )
        rows_d = np.flatnonzero(d["usable"])
        rows_c = np.flatnonzero(c["usable"])
        unusable_mandatory = np.flatnonzero(~c["usable"] & c["mandatory"])
        if unusable_mandatory.size:
            raise QgsProcessingException(
                self.tr("Mandatory 建新 parcels have no area: {}").format(
                    listing(c["ids"][unusable_mandatory])
                )
            )
        if rows_d.size == 0 or rows_c.size == 0:
            raise QgsProcessingException(
                self.tr("No usable {} parcels.").format("拆旧" if rows_d.size == 0 else "建新")
            )
        max_distance = self.parameterAsDouble(parameters, self.MAX_PAIR_DISTANCE, context)
        group_d, group_c = d["group"][rows_d], c["group"][rows_c]
        has_groups = any(g for g in d["group"]) or any(g for g in c["group"])
        pairs = linkage.candidate_pairs(
            d["xy"][rows_d],
            c["xy"][rows_c],
            max_distance,
            group_d if has_groups else None,
            group_c if has_groups else None,
        )
        basis = QUOTA_BASES[self.parameterAsEnum(parameters, self.QUOTA_BASIS, context)]
        if not np.any(d["cost"][rows_d]) and not np.any(c["value"][rows_c]):
            feedback.pushWarning(
                self.tr(
                    "Every cost and value is 0 (no COST_FIELD/UNIT_COST, "
                    "no VALUE_FIELD/UNIT_VALUE): "
                    "all feasible plans score the same and the one returned is arbitrary."
                )
            )
        occupied = np.minimum(c["occupied_m2"] / 1e4, c["area_ha"])
        try:
            problem = linkage.linkage_problem(
                d["area_ha"][rows_d],
                d["kappa"][rows_d],
                d["grade"][rows_d],
                c["area_ha"][rows_c],
                occupied[rows_c],
                c["occupied_grade"][rows_c],
                cost=d["cost"][rows_d],
                priority=d["priority"][rows_d],
                protected=d["protected"][rows_d],
                group_d=group_d if has_groups else None,
                demolition_ids=d["ids"][rows_d],
                value=c["value"][rows_c],
                ctype=c["ctype"][rows_c],
                mandatory=c["mandatory"][rows_c],
                excluded=c["excluded"][rows_c],
                excluded_reason=c["excluded_reason"][rows_c],
                group_c=group_c if has_groups else None,
                construction_ids=c["ids"][rows_c],
                pairs=pairs,
                max_distance_m=max_distance,
                quota_basis=basis,
                require_quality=self.parameterAsBoolean(parameters, self.REQUIRE_QUALITY, context),
                grade_scale=scale,
                budget=self.parameterAsDouble(parameters, self.BUDGET, context),
                priority_weight=self.parameterAsDouble(parameters, self.PRIORITY_WEIGHT, context),
                distance_weight=self.parameterAsDouble(parameters, self.DISTANCE_WEIGHT, context),
            )
        except URFlowError as error:
            raise core_error(error) from error
        return problem, rows_d, rows_c

    def log_result(self, result, feedback):
        total = result.balance.total
        if result.status == "optimal":
            feedback.pushInfo(
                self.tr("Proven optimal in {:.1f} s (gap {:.2g}); objective " "{:.4f}").format(
                    result.seconds, result.gap, result.objective
                )
            )
        else:
            feedback.pushWarning(
                self.tr(
                    "Time limit reached: best plan found, objective {:.4f}, gap to the proven "
                    "bound {:.2%}. {}"
                ).format(result.objective, result.gap, result.message)
            )
        feedback.pushInfo(
            self.tr(
                "拆旧 {} parcels, {:.4f} ha (reclaimed {:.4f} ha); 建新 {} parcels, {:.4f} ha "
                "(occupying {:.4f} ha of cultivated land); net new cultivated land {:.4f} ha; "
                "surplus quota {:.4f} ha"
            ).format(
                total.n_demolition,
                total.demolition_ha,
                total.reclaimed_ha,
                total.n_construction,
                total.construction_ha,
                total.occupied_ha,
                total.net_cultivated_ha,
                total.surplus_ha,
            )
        )

    # -- writing -------------------------------------------------------------------------

    def write(
        self, parameters, context, feedback, sources, d, c, crs, problem, result, rows_d, rows_c
    ):
        language = output_language()
        n, m = len(d["ids"]), len(c["ids"])
        names = problem.group_names
        x = np.zeros(n, dtype=bool)
        x[rows_d] = result.x
        y = np.zeros(m, dtype=bool)
        y[rows_c] = result.y
        given = np.zeros(n)
        np.add.at(given, rows_d[result.flow_i], result.flow_ha)
        received = np.zeros(m)
        np.add.at(received, rows_c[result.flow_j], result.flow_ha)
        quota = np.full(n, np.nan)
        quota[rows_d] = problem.quota
        group_of_d = np.full(n, None, dtype=object)
        group_of_d[rows_d] = [group_label(names[g], language) for g in problem.group_d]
        group_of_c = np.full(m, None, dtype=object)
        group_of_c[rows_c] = [group_label(names[g], language) for g in problem.group_c]

        state_d = np.where(
            ~d["usable"],
            "unusable",
            np.where(x, "selected", np.where(d["protected"], "protected", "not_selected")),
        )
        reclaimed = d["area_ha"] * d["kappa"]
        demolition_values = {
            "selected": x.astype(int),
            "state": state_d,
            "state_label": [label(STATE_LABELS, s, language) for s in state_d],
            "area_ha": d["area_ha"],
            "kappa_used": d["kappa"],
            "grade_used": d["grade"],
            "reclaimed_ha": np.where(d["usable"], reclaimed, np.nan),
            "quota_ha": quota,
            "quota_used_ha": np.where(x, given, 0.0),
            "surplus_ha": np.where(x, quota - given, np.nan),
            "cost_used": d["cost"],
            "priority_used": d["priority"],
            "group": group_of_d,
        }
        demolition_id = write_copy(
            self,
            parameters,
            self.OUTPUT_DEMOLITION,
            context,
            feedback,
            sources[self.DEMOLITION],
            d["table"].fids,
            demolition_values,
            DEMOLITION_FIELDS,
        )
        state_c = np.where(
            ~c["usable"],
            "unusable",
            np.where(y, "selected", np.where(c["excluded"], "excluded", "not_selected")),
        )
        construction_values = {
            "selected": y.astype(int),
            "state": state_c,
            "state_label": [label(STATE_LABELS, s, language) for s in state_c],
            "ctype": c["ctype"],
            "is_mandatory": c["mandatory"].astype(int),
            "area_ha": c["area_ha"],
            "occupied_cultivated_ha": c["occupied_m2"] / 1e4,
            "occupied_grade": c["occupied_grade"],
            "value_used": c["value"],
            "quota_received_ha": received,
            "excluded": c["excluded"].astype(int),
            "excluded_reason": [r or None for r in c["excluded_reason"]],
            "pbf_overlap_m2": c["overlap"]["pbf"],
            "redline_overlap_m2": c["overlap"]["redline"],
            "outside_ugb_m2": c["overlap"]["ugb"],
            "group": group_of_c,
        }
        construction_id = write_copy(
            self,
            parameters,
            self.OUTPUT_CONSTRUCTION,
            context,
            feedback,
            sources[self.CONSTRUCTION],
            c["table"].fids,
            construction_values,
            CONSTRUCTION_FIELDS,
        )
        pairs_id = self.write_pairs(
            parameters, context, d, c, crs, problem, result, rows_d, rows_c, language
        )
        balance_id = self.write_balance(parameters, context, problem, result, language)
        infeasible = result.status == "infeasible"
        style_when_loaded(
            self,
            context,
            demolition_id,
            style_function=lambda layer: style_demolition(layer, language),
        )
        style_when_loaded(
            self,
            context,
            construction_id,
            style_function=lambda layer: style_construction(layer, language),
        )
        style_when_loaded(self, context, pairs_id, style_function=style_pairs)
        total = result.balance.total
        return {
            self.OUTPUT_DEMOLITION: demolition_id,
            self.OUTPUT_CONSTRUCTION: construction_id,
            self.OUTPUT_PAIRS: pairs_id,
            self.OUTPUT_BALANCE: balance_id,
            "STATUS": result.status,
            "OBJECTIVE": attribute(result.objective),
            "GAP": attribute(result.gap),
            "SOLVE_SECONDS": result.seconds,
            "N_DEMOLITION": total.n_demolition,
            "N_CONSTRUCTION": total.n_construction,
            "N_EXCLUDED": int(np.count_nonzero(c["excluded"])),
            "DEMOLITION_HA": total.demolition_ha,
            "RECLAIMED_HA": total.reclaimed_ha,
            "QUOTA_HA": total.quota_ha,
            "CONSTRUCTION_HA": total.construction_ha,
            "OCCUPIED_HA": total.occupied_ha,
            "NET_CULTIVATED_HA": total.net_cultivated_ha,
            "SURPLUS_HA": total.surplus_ha,
            "COST": total.cost,
            "VALUE": total.value,
            "ALL_RULES_PASSED": bool(result.balance.feasible) and not infeasible,
            "DIAGNOSIS": result.message if infeasible else None,
        }

    def write_pairs(
        self, parameters, context, d, c, crs, problem, result, rows_d, rows_c, language
    ):
        sink, dest_id, fields = new_sink(
            self, parameters, self.OUTPUT_PAIRS, context, PAIR_FIELDS, QgsWkbTypes.LineString, crs
        )
        for i, j, quota, distance in zip(
            result.flow_i, result.flow_j, result.flow_ha, result.flow_distance_m
        ):
            row_d, row_c = rows_d[i], rows_c[j]
            start, end = d["xy"][row_d], c["xy"][row_c]
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*start), QgsPointXY(*end)]))
            feature.setAttributes(
                [
                    str(d["ids"][row_d]),
                    str(c["ids"][row_c]),
                    float(quota),
                    float(linkage.ha_to_mu(quota)),
                    float(distance),
                    group_label(problem.group_names[problem.group_c[j]], language),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest_id

    def write_balance(self, parameters, context, problem, result, language):
        sink, dest_id, fields = new_sink(
            self, parameters, self.OUTPUT_BALANCE, context, BALANCE_FIELDS
        )
        rows = balance_table_rows(result.balance, problem, language)
        if result.status == "infeasible":  # why there is no plan, first
            rows.insert(0, diagnosis_row(result.message, rows[-1]["group"], language))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([attribute(row[name]) for name, _kind in BALANCE_FIELDS])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest_id

    def name(self):
        return "landquotalinkage"

    def displayName(self):  # noqa: N802
        return self.tr("Land-quota linkage balancing (城乡建设用地增减挂钩)")

    def group(self):
        return self.tr("Land")

    def groupId(self):  # noqa: N802
        return "land"


DEMOLITION_FIELDS = [
    ("selected", QVariant.Int),
    ("state", QVariant.String),
    ("state_label", QVariant.String),
    ("area_ha", QVariant.Double),
    ("kappa_used", QVariant.Double),
    ("grade_used", QVariant.Double),
    ("reclaimed_ha", QVariant.Double),
    ("quota_ha", QVariant.Double),
    ("quota_used_ha", QVariant.Double),
    ("surplus_ha", QVariant.Double),
    ("cost_used", QVariant.Double),
    ("priority_used", QVariant.Double),
    ("group", QVariant.String),
]
CONSTRUCTION_FIELDS = [
    ("selected", QVariant.Int),
    ("state", QVariant.String),
    ("state_label", QVariant.String),
    ("ctype", QVariant.String),
    ("is_mandatory", QVariant.Int),
    ("area_ha", QVariant.Double),
    ("occupied_cultivated_ha", QVariant.Double),
    ("occupied_grade", QVariant.Double),
    ("value_used", QVariant.Double),
    ("quota_received_ha", QVariant.Double),
    ("excluded", QVariant.Int),
    ("excluded_reason", QVariant.String),
    ("pbf_overlap_m2", QVariant.Double),
    ("redline_overlap_m2", QVariant.Double),
    ("outside_ugb_m2", QVariant.Double),
    ("group", QVariant.String),
]
PAIR_FIELDS = [
    ("from_id", QVariant.String),
    ("to_id", QVariant.String),
    ("quota_ha", QVariant.Double),
    ("quota_mu", QVariant.Double),
    ("distance_m", QVariant.Double),
    ("group", QVariant.String),
]
BALANCE_FIELDS = [
    ("group", QVariant.String),
    ("kind", QVariant.String),
    ("item", QVariant.String),
    ("label", QVariant.String),
    ("value", QVariant.Double),
    ("value_mu", QVariant.Double),
    ("unit", QVariant.String),
    ("relation", QVariant.String),
    ("limit", QVariant.Double),
    ("result", QVariant.String),
    ("required", QVariant.Int),
]


def label(labels, code, language):
    zh, en = labels[code]
    return zh if language == "zh" else en


def polygon_areas(geometries):
    """Planar area (m², working CRS) of each geometry; NaN where missing."""
    return np.array([g.area() if g is not None else np.nan for g in geometries], dtype=float)


def flags(values, n):
    """A yes/no field as booleans: non-zero numbers, true, yes, 是 … are yes; NULL, 0 and
    anything else no."""
    if values is None:
        return np.zeros(n, dtype=bool)
    return np.array(
        [
            v is not None and (str(v).strip().lower() in TRUE_VALUES or is_nonzero_number(v))
            for v in values
        ],
        dtype=bool,
    )


def is_nonzero_number(text):
    try:
        return float(text) != 0
    except ValueError:
        return False


def groups(values, n):
    """Project-area codes as text; '' where there is none."""
    if values is None:
        return np.full(n, "", dtype=object)
    return np.array(["" if v is None else str(v).strip() for v in values], dtype=object)

"""urflow:landquotalinkage — 城乡建设用地增减挂钩平衡 (DESIGN.md §3.3, DOMAIN.md §3)."""

from qgis.core import QgsProcessingException

from ...core.errors import URFlowError
from ...core.linkage import GRADE_SCALES, QUOTA_BASES, LinkageRules, PlanOptions, plan_linkage
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import core_error, require_fields, working_crs
from ..run_record import record_run
from .linkage_outputs import write_outputs
from .linkage_parameters import LinkageKeys, LinkageParameters
from .linkage_parcels import LinkageFields, ParcelDefaults, read_parcels

SCALES = tuple(GRADE_SCALES)  # the GRADE_SCALE enum: dengbie, dengji
LAYERS = (
    "DEMOLITION",
    "CONSTRUCTION",
    "PRIORITY_LAYER",
    "CULTIVATED",
    "PERMANENT_FARMLAND",
    "ECO_REDLINE",
    "URBAN_BOUNDARY",
)


#: The rules the report states (run_record.py).
RULE_KEYS = ("quota_basis", "require_quality", "grade_scale", "max_distance_m", "budget")
RULE_KEYS += ("priority_weight", "distance_weight")


class BalanceLandQuotaAlgorithm(LinkageKeys, BaseAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in LinkageParameters().definitions():
            self.addParameter(parameter)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        given = {
            key: self.parameterAsString(parameters, key, context)
            for key in ("PRIORITY_FIELD", "CULTIVATED_GRADE_FIELD", "PRIORITY_LAYER_FIELD")
        }
        if given["PRIORITY_FIELD"] and parameters.get("PRIORITY_LAYER"):
            return False, self.tr("Give either PRIORITY_FIELD or PRIORITY_LAYER, not both.")
        if parameters.get("PRIORITY_LAYER") and not given["PRIORITY_LAYER_FIELD"]:
            return False, self.tr(
                "PRIORITY_LAYER needs PRIORITY_LAYER_FIELD: the field that "
                "holds each polygon's priority (e.g. hollow_score)."
            )
        if parameters.get("CULTIVATED") and not given["CULTIVATED_GRADE_FIELD"]:
            return False, self.tr(
                "CULTIVATED needs CULTIVATED_GRADE_FIELD: the grade of the "
                "cultivated land each 建新 parcel occupies."
            )
        top = GRADE_SCALES[SCALES[self.parameterAsEnum(parameters, "GRADE_SCALE", context)]] - 1
        grade = self.parameterAsDouble(parameters, "DEFAULT_GRADE", context)
        if grade > top:
            return False, self.tr("DEFAULT_GRADE {} is outside the grade scale 1–{}.").format(
                grade, top
            )
        kappa = self.parameterAsDouble(parameters, "DEFAULT_KAPPA", context)
        if not 0 < kappa <= 1:
            return False, self.tr("DEFAULT_KAPPA must lie in (0, 1], got {}.").format(kappa)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sources = {key: self.parameterAsSource(parameters, key, context) for key in LAYERS}
        for key in ("DEMOLITION", "CONSTRUCTION"):
            if sources[key] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        fields, defaults = self.fields(parameters, context), self.defaults(parameters, context)
        self.require_fields(sources, fields)
        target = self.parameterAsCrs(parameters, "TARGET_CRS", context)
        # every layer given must have a CRS; the first (DEMOLITION) gives the default one
        crs = working_crs([sources["DEMOLITION"], *sources.values()], target, context)
        feedback.pushInfo(self.tr("Working CRS {}").format(crs.authid()))
        read = read_parcels(sources, fields, defaults, crs, context, feedback)
        if read is None:
            return {}  # canceled while reading
        if feedback.isCanceled():
            return {}
        feedback.setProgress(40)
        language = output_language()
        try:
            plan = plan_linkage(
                read.demolition,
                read.construction,
                self.rules(parameters, context, defaults.scale),
                PlanOptions(
                    self.parameterAsDouble(parameters, "TIME_LIMIT", context),
                    self.parameterAsDouble(parameters, "MIP_GAP", context),
                    language,
                ),
                is_canceled=feedback.isCanceled,
            )
        except URFlowError as error:
            raise core_error(error) from error
        if plan.status == "canceled":
            return {}
        self.log(plan, feedback)
        feedback.setProgress(80)
        results = write_outputs(self, parameters, context, feedback, plan, read, crs, language)
        results = {**results, **plan.summary()}
        rules = self.rules(parameters, context, defaults.scale)
        method = {key: getattr(rules, key) for key in RULE_KEYS}
        method.update(
            default_kappa=self.parameterAsDouble(parameters, "DEFAULT_KAPPA", context),
            time_limit_s=self.parameterAsDouble(parameters, "TIME_LIMIT", context),
            mip_rel_gap=self.parameterAsDouble(parameters, "MIP_GAP", context),
        )
        record_run(self, parameters, context, results, method)
        return results

    # -- parameters ----------------------------------------------------------------------

    def fields(self, parameters, context):
        def text(key):
            return self.parameterAsString(parameters, key, context)

        return LinkageFields(
            *(
                text(key)
                for key in (
                    "DEMOLITION_ID_FIELD",
                    "DEMOLITION_AREA_FIELD",
                    "KAPPA_FIELD",
                    "DEMOLITION_GRADE_FIELD",
                    "COST_FIELD",
                    "PRIORITY_FIELD",
                    "PRIORITY_LAYER_FIELD",
                    "PROTECTED_FIELD",
                    "CONSTRUCTION_ID_FIELD",
                    "VALUE_FIELD",
                    "MANDATORY_FIELD",
                    "CONSTRUCTION_TYPE_FIELD",
                    "CULTIVATED_GRADE_FIELD",
                    "GROUP_FIELD",
                )
            )
        )

    def defaults(self, parameters, context):
        scale = SCALES[self.parameterAsEnum(parameters, "GRADE_SCALE", context)]
        number = self.parameterAsDouble
        return ParcelDefaults(
            kappa=number(parameters, "DEFAULT_KAPPA", context),
            grade=number(parameters, "DEFAULT_GRADE", context),
            unit_cost=number(parameters, "UNIT_COST", context),
            unit_value=number(parameters, "UNIT_VALUE", context),
            grade_top=GRADE_SCALES[scale] - 1,
            scale=scale,
        )

    def rules(self, parameters, context, scale):
        number = self.parameterAsDouble
        return LinkageRules(
            quota_basis=QUOTA_BASES[self.parameterAsEnum(parameters, "QUOTA_BASIS", context)],
            require_quality=self.parameterAsBoolean(parameters, "REQUIRE_QUALITY", context),
            grade_scale=scale,
            max_distance_m=number(parameters, "MAX_PAIR_DISTANCE", context),
            budget=number(parameters, "BUDGET", context),
            priority_weight=number(parameters, "PRIORITY_WEIGHT", context),
            distance_weight=number(parameters, "DISTANCE_WEIGHT", context),
        )

    def require_fields(self, sources, f):
        d_numeric = [f.demolition_area, f.kappa, f.demolition_grade, f.cost, f.priority]
        d_text = [f.demolition_id, f.protected, f.group]
        require_fields(sources["DEMOLITION"], "DEMOLITION", d_numeric + d_text, d_numeric)
        c_text = [f.construction_id, f.mandatory, f.construction_type, f.group]
        require_fields(sources["CONSTRUCTION"], "CONSTRUCTION", [f.value] + c_text, [f.value])
        for key, name in (("PRIORITY_LAYER", f.priority_layer), ("CULTIVATED", f.cultivated_grade)):
            if sources[key] is not None:
                require_fields(sources[key], key, [name], [name])

    def log(self, plan, feedback):
        """The run in the log; an infeasible plan says why (a result, DESIGN §3.3)."""
        for warning in plan.warnings:
            feedback.pushWarning(warning)
        p = plan.problem
        feedback.pushInfo(
            self.tr("{} 拆旧 and {} 建新 candidates, {} candidate pairs, {} project areas").format(
                p.n_demolition, p.n_construction, p.pair_i.size, len(p.group_names)
            )
        )
        if plan.status == "infeasible":
            feedback.reportError(plan.message, False)
            return
        if not plan.has_plan:
            raise QgsProcessingException(
                self.tr(
                    "No plan was found within TIME_LIMIT ({:g} s): {} Raise the time limit, or "
                    "add project areas (GROUP_FIELD) or a pair distance to make the model smaller."
                ).format(plan.seconds, plan.message)
            )
        if plan.status == "optimal":
            feedback.pushInfo(
                self.tr("Proven optimal in {:.1f} s (gap {:.2g}); objective {:.4f}").format(
                    plan.seconds, plan.gap, plan.objective
                )
            )
        else:
            feedback.pushWarning(
                self.tr("Best plan known, objective {:.4f}, bound {:.4f}, gap {:.2%}: {}").format(
                    plan.objective, plan.bound, plan.gap, plan.message
                )
            )
        t = plan.balance.total
        feedback.pushInfo(
            self.tr(
                "拆旧 {} parcels, {:.4f} ha (reclaimed {:.4f} ha); 建新 {} parcels, {:.4f} ha "
                "(occupying {:.4f} ha of cultivated land); net new cultivated land {:.4f} ha; "
                "surplus quota {:.4f} ha"
            ).format(
                t.n_demolition,
                t.demolition_ha,
                t.reclaimed_ha,
                t.n_construction,
                t.construction_ha,
                t.occupied_ha,
                t.net_cultivated_ha,
                t.surplus_ha,
            )
        )

    def name(self):
        return "landquotalinkage"

    def displayName(self):  # noqa: N802
        return self.tr("Land-quota linkage balancing (城乡建设用地增减挂钩)")

    def group(self):
        return self.tr("Land")

    def groupId(self):  # noqa: N802
        return "land"

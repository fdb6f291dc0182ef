"""urflow:facilitysiting — 公共服务设施布局优化 (DOMAIN.md §9, docs/en/facility-siting.md).

Layers → arrays → :func:`core.siting.site_facilities` → sinks. Costs come from the network
core facility gaps uses (:func:`core.access.od_costs`) or from a cost table.
"""

import math
from dataclasses import dataclass

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core import access, siting
from ...core.errors import URFlowError
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import core_error, working_crs
from ..roads import travel_from
from ..run_record import record_run
from . import siting_inputs, siting_outputs
from .siting_parameters import ADVANCED, SitingParameters

SOURCE = QgsProcessing.SourceType
FIELD = QgsProcessingParameterField.DataType
DOUBLE = QgsProcessingParameterNumber.Type.Double
INTEGER = QgsProcessingParameterNumber.Type.Integer


@dataclass(frozen=True)
class SitingSources:
    demand: object
    candidates: object
    network: object
    cost_table: object


@dataclass(frozen=True)
class SitingInputs:
    sources: SitingSources
    demand: object
    candidates: object


class SiteFacilitiesAlgorithm(BaseAlgorithm):
    DEMAND, DEMAND_ID_FIELD, POPULATION_FIELD = "DEMAND", "DEMAND_ID_FIELD", "POPULATION_FIELD"
    CANDIDATES, CANDIDATE_ID_FIELD = "CANDIDATES", "CANDIDATE_ID_FIELD"
    EXISTING_FIELD, CAPACITY_FIELD = "EXISTING_FIELD", "CAPACITY_FIELD"
    NETWORK, SPEED_FIELD, ROAD_CLASS_FIELD = "NETWORK", "SPEED_FIELD", "ROAD_CLASS_FIELD"
    DIRECTION_FIELD, TRAVEL_MODE, COST_UNIT = "DIRECTION_FIELD", "TRAVEL_MODE", "COST_UNIT"
    SNAP_TOLERANCE, DETOUR_FACTOR = "SNAP_TOLERANCE", "DETOUR_FACTOR"
    COST_TABLE, COST_DEMAND_FIELD = "COST_TABLE", "COST_DEMAND_FIELD"
    COST_CANDIDATE_FIELD, COST_FIELD = "COST_CANDIDATE_FIELD", "COST_FIELD"
    MODEL, NEW_FACILITIES, THRESHOLD = "MODEL", "NEW_FACILITIES", "THRESHOLD"
    STANDARD, STANDARDS_TABLE, CURVE_MAX = "STANDARD", "STANDARDS_TABLE", "CURVE_MAX"
    TIME_LIMIT, TARGET_CRS = "TIME_LIMIT", "TARGET_CRS"
    OUTPUT_SITES, OUTPUT_DEMAND = "OUTPUT_SITES", "OUTPUT_DEMAND"
    OUTPUT_LINES, OUTPUT_CURVE = "OUTPUT_LINES", "OUTPUT_CURVE"

    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in SitingParameters().definitions():
            if parameter.name() in ADVANCED:
                advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
                parameter.setFlags(parameter.flags() | advanced)
            self.addParameter(parameter)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self.settings(parameters, context)
        except (URFlowError, QgsProcessingException) as error:
            return False, str(error)
        return True, ""

    def settings(self, parameters, context):
        """``(rule, travel, standard)``: the preset's values, overridden by explicit ones."""

        def given(key, read, options=None):
            if parameters.get(key) is None or parameters.get(key) == "":
                return None
            value = read(parameters, key, context)
            return options[value] if options else value

        preset = self.parameterAsString(parameters, self.STANDARD, context).strip()
        mode = given(self.TRAVEL_MODE, self.parameterAsEnum, access.TRAVEL_MODES)
        unit = given(self.COST_UNIT, self.parameterAsEnum, access.COST_UNITS)
        threshold = given(self.THRESHOLD, self.parameterAsDouble)
        standard = None
        if preset or threshold is not None:
            table = self.parameterAsFile(parameters, self.STANDARDS_TABLE, context) or str(
                access.NATIONAL_STANDARDS
            )
            choice = access.choose_standard(
                access.load_facility_standards(table),
                preset,
                table,
                travel_mode=mode,
                cost_unit=unit,
                threshold=threshold,
            )
            mode, unit, threshold, standard = (
                choice.travel_mode,
                choice.cost_unit,
                choice.threshold,
                choice.standard,
            )
        model = siting.MODELS[self.parameterAsEnum(parameters, self.MODEL, context)]
        rule = siting.SitingRule(
            model,
            self.parameterAsInt(parameters, self.NEW_FACILITIES, context),
            math.inf if threshold is None else threshold,
            self.parameterAsInt(parameters, self.CURVE_MAX, context),
            self.parameterAsDouble(parameters, self.TIME_LIMIT, context),
        )
        travel = travel_from(self, parameters, context, mode or "walk", unit or "minutes")
        return rule, travel, standard

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sources = self.sources(parameters, context)
        try:
            rule, travel, standard = self.settings(parameters, context)
        except URFlowError as error:
            raise core_error(error) from error
        crs = working_crs(
            [sources.demand, sources.candidates, sources.network],
            self.parameterAsCrs(parameters, self.TARGET_CRS, context),
            context,
        )
        text = lambda key: self.parameterAsString(parameters, key, context)  # noqa: E731
        demand = siting_inputs.read_points(
            sources.demand,
            "DEMAND",
            text(self.DEMAND_ID_FIELD),
            text(self.POPULATION_FIELD),
            "",
            crs,
            context,
            feedback,
        )
        candidates = siting_inputs.read_points(
            sources.candidates,
            "CANDIDATES",
            text(self.CANDIDATE_ID_FIELD),
            text(self.CAPACITY_FIELD),
            text(self.EXISTING_FIELD),
            crs,
            context,
            feedback,
        )
        existing = siting_inputs.existing_flags(
            candidates.flags, candidates.ids, self.EXISTING_FIELD
        )
        costs = self.costs(parameters, context, feedback, sources, demand, candidates, travel, crs)
        feedback.setProgress(30)
        try:
            result = siting.site_facilities(
                demand.values,
                existing,
                costs,
                rule,
                candidates.values,
                is_canceled=feedback.isCanceled,
                progress=lambda fraction: feedback.setProgress(30 + 65 * fraction),
            )
        except siting.Canceled:
            return {}
        except URFlowError as error:
            raise core_error(error) from error
        self.report(feedback, rule, result, demand, candidates)
        inputs = SitingInputs(sources, demand, candidates)
        run = {
            "model": rule.model,
            "threshold": rule.threshold,
            "cost_unit": travel.unit,
            "standard": standard.id if standard is not None else "",
            "population": text(self.POPULATION_FIELD),
        }
        outputs = siting_outputs.write_outputs(
            self, parameters, context, feedback, inputs, result, crs, output_language(), run
        )
        outputs.update(siting_outputs.result_dict(result, candidates.ids, demand.ids))
        record_run(self, parameters, context, outputs)
        return outputs

    def costs(self, parameters, context, feedback, sources, demand, candidates, travel, crs):
        """Demand-to-candidate costs from COST_TABLE when given, else from the network core."""
        if sources.cost_table is None:
            fields = [
                self.parameterAsString(parameters, key, context)
                for key in (self.SPEED_FIELD, self.ROAD_CLASS_FIELD, self.DIRECTION_FIELD)
            ]
            return siting_inputs.network_costs(
                demand, candidates, sources.network, fields, travel, crs, context, feedback
            )
        keys = (self.COST_DEMAND_FIELD, self.COST_CANDIDATE_FIELD, self.COST_FIELD)
        fields = [self.parameterAsString(parameters, key, context) for key in keys]
        if not all(fields):
            raise QgsProcessingException(
                self.tr(
                    "A cost table needs COST_DEMAND_FIELD, COST_CANDIDATE_FIELD and COST_FIELD."
                )
            )
        costs, notes = siting_inputs.table_costs(
            sources.cost_table, fields, demand, candidates, context, feedback
        )
        if notes.n_unknown_rows:
            feedback.pushWarning(
                self.tr(
                    "{n} cost table rows name unknown ids and were left out; demand: {d}; "
                    "candidates: {c}"
                ).format(
                    n=notes.n_unknown_rows,
                    d=", ".join(notes.unknown_demand[:10]) or "-",
                    c=", ".join(notes.unknown_candidates[:10]) or "-",
                )
            )
        if notes.n_null or notes.n_repeated:
            feedback.pushWarning(
                self.tr("Cost table: {a} rows without a cost left out, {b} repeated pairs.").format(
                    a=notes.n_null, b=notes.n_repeated
                )
            )
        return costs

    def report(self, feedback, rule, result, demand, candidates):
        """The log: uncoverable and unreachable points named, the status and its figures."""
        for mask, text in (
            (
                result.uncoverable,
                self.tr("{n} demand points have no candidate within the threshold: {ids}"),
            ),
            (result.unreachable, self.tr("{n} demand points cannot reach any candidate: {ids}")),
        ):
            if mask.any():
                ids = ", ".join(str(i) for i in demand.ids[mask][:20])
                feedback.pushWarning(text.format(n=int(mask.sum()), ids=ids))
        if result.status == "infeasible":
            feedback.reportError(
                self.tr("No solution: the model is infeasible (capacity shortfall {s}).").format(
                    s=round(result.shortfall, 6)
                )
            )
        new_ids = ", ".join(str(candidates.ids[j]) for j in result.new_indices) or "-"
        feedback.pushInfo(
            self.tr("{model}: {status}, objective {objective}, new sites: {ids}").format(
                model=rule.model,
                status=result.status,
                objective=round(result.objective, 6),
                ids=new_ids,
            )
        )
        if result.violations:
            feedback.reportError(
                self.tr("The solution check failed: {codes}").format(
                    codes=", ".join(result.violations)
                )
            )

    def sources(self, parameters, context):
        """The layers (DEMAND and CANDIDATES required)."""
        layers = [
            self.parameterAsSource(parameters, key, context)
            for key in (self.DEMAND, self.CANDIDATES, self.NETWORK, self.COST_TABLE)
        ]
        for key, layer in zip((self.DEMAND, self.CANDIDATES), layers):
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        return SitingSources(*layers)

    def name(self):
        return "facilitysiting"

    def displayName(self):  # noqa: N802
        return self.tr("Facility siting (公共服务设施布局优化)")

    def group(self):
        return self.tr("Public services")

    def groupId(self):  # noqa: N802
        return "services"

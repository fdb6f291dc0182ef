"""urflow:facilitygaps — 公共服务设施缺口分析 (DESIGN.md §3.2, DOMAIN.md §2).

Layers → arrays → :func:`core.access.analyse_gaps` → sinks. The rules live in ``core/access``.
"""

from functools import partial

from qgis.core import QgsProcessingException

from ...core import access
from ...core.errors import URFlowError
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import core_error, working_crs
from ..ogr_read import direct_lines, direct_points
from ..run_record import record_run
from . import gap_inputs, gap_outputs
from .gap_feedback import GapFeedback
from .gap_parameters import (
    FIELDS,
    NATIONAL_STANDARDS,
    FacilityGapsKeys,
    FacilityGapsParameters,
    settings,
)

__all__ = ["AnalyseFacilityGapsAlgorithm", "NATIONAL_STANDARDS"]


#: What the report states of the run's standard (its facility, level, source and clause).
STANDARD_FIELDS = ("id", "facility_zh", "facility_en", "level", "level_zh", "source", "clause")
STANDARD_FIELDS += ("clause_zh", "provision_unit", "population_basis", "status")


def method_record(choice, rule, travel):
    """The standard, travel and catchment rule as the run resolved them (run_record.py)."""
    standard = choice.standard
    record = {
        "travel_mode": choice.travel_mode,
        "cost_unit": choice.cost_unit,
        "threshold": choice.threshold,
        "provision_per_1000": choice.provision_per_1000,
        "fca_method": rule.method,
        "snap_distance_m": travel.snap_distance,
        "detour_factor": travel.detour_factor,
    }
    if standard is not None:
        for name in STANDARD_FIELDS:
            record[f"standard_{name}"] = getattr(standard, name)
    return record


class AnalyseFacilityGapsAlgorithm(FacilityGapsKeys, BaseAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in FacilityGapsParameters().definitions():
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
        """``(choice, rule, travel)``: the preset's values, overridden by explicit ones."""
        return settings(self, parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        sources = self.sources(parameters, context)
        try:
            choice, rule, travel = self.settings(parameters, context)
        except URFlowError as error:
            raise core_error(error) from error
        crs = working_crs(
            [sources.demand, sources.facilities, sources.network],
            self.parameterAsCrs(parameters, "TARGET_CRS", context),
            context,
        )
        say = GapFeedback(feedback)
        say.settings(choice, rule, crs)
        direct = (
            partial(direct_points, self, parameters, "DEMAND", context),
            partial(direct_points, self, parameters, "FACILITIES", context),
            partial(direct_lines, self, parameters, "NETWORK", context),
        )
        inputs = gap_inputs.read_inputs(sources, rule, travel, crs, context, feedback, say, direct)
        try:
            result = access.analyse_gaps(
                access.Demand(inputs.demand.xy, inputs.demand.values),
                access.Facilities(inputs.supply.xy, inputs.supply.values),
                rule,
                travel,
                inputs.roads,
                inputs.zones.zones if inputs.zones else None,
                is_canceled=feedback.isCanceled,
                progress=lambda fraction: feedback.setProgress(20 + 75 * fraction),
            )
        except access.Canceled:
            return {}
        except URFlowError as error:
            raise core_error(error) from error
        say.warnings(result, inputs.demand.ids, inputs.supply.ids)
        results = gap_outputs.write_outputs(
            self, parameters, context, feedback, inputs, result, choice.standard, output_language()
        )
        results.update(gap_outputs.result_dict(result))
        say.summary(result)
        record_run(self, parameters, context, results, method_record(choice, rule, travel))
        return results

    def sources(self, parameters, context):
        """The layers (DEMAND and FACILITIES required) and field names of the run."""
        layers = [
            self.parameterAsSource(parameters, key, context)
            for key in ("DEMAND", "FACILITIES", "NETWORK", "ZONES")
        ]
        for key, layer in zip(("DEMAND", "FACILITIES"), layers):
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        fields = [self.parameterAsString(parameters, key, context) for key in FIELDS]
        return gap_inputs.GapSources(*layers, *fields)

    def name(self):
        return "facilitygaps"

    def displayName(self):  # noqa: N802
        return self.tr("Facility gap analysis (公共服务设施缺口分析)")

    def group(self):
        return self.tr("Public services")

    def groupId(self):  # noqa: N802
        return "services"

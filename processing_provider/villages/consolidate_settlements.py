"""urflow:settlementconsolidation — 村庄撤并与中心村布局 (DOMAIN.md §8, issue 17,
docs/en/consolidation.md).

Layers → arrays (:mod:`.consolidation_inputs`; costs from the network core of
urflow:facilitygaps or a COST_TABLE) → :func:`core.consolidation.consolidate_settlements` →
sinks (:mod:`.consolidation_outputs`) and the result dict.
"""

from dataclasses import replace

from qgis.core import QgsProcessingException, QgsProcessingParameterDefinition

from ...core import consolidation
from ...core.errors import URFlowError
from ...core.solver import SolveCanceled, cancel_scope
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import core_error, working_crs
from ..roads import road_fields, travel_from
from ..run_record import record_run
from . import consolidation_inputs as inputs
from .consolidation_outputs import result_dict, write_outputs
from .consolidation_parameters import ADVANCED, MASKS, ConsolidationParameters

FIELD_KEYS = (
    ("id", "SETTLEMENT_ID_FIELD"),
    ("pop", "POPULATION_FIELD"),
    ("area", "AREA_FIELD"),
    ("class", "CLASS_FIELD"),
    ("fixed", "FIXED_FIELD"),
    ("kappa", "KAPPA_FIELD"),
    ("priority", "PRIORITY_FIELD"),
    ("village", "VILLAGE_ID_FIELD"),
)


class ConsolidateSettlementsAlgorithm(BaseAlgorithm):
    SETTLEMENTS, SETTLEMENT_ID_FIELD = "SETTLEMENTS", "SETTLEMENT_ID_FIELD"
    POPULATION_FIELD, AREA_FIELD, CLASS_FIELD = "POPULATION_FIELD", "AREA_FIELD", "CLASS_FIELD"
    VILLAGE_CLASSES, VILLAGE_CLASSES_ID_FIELD = "VILLAGE_CLASSES", "VILLAGE_CLASSES_ID_FIELD"
    VILLAGE_ID_FIELD = "VILLAGE_ID_FIELD"
    FIXED_FIELD, MIN_KEEP_POP, KAPPA_FIELD = "FIXED_FIELD", "MIN_KEEP_POP", "KAPPA_FIELD"
    DEFAULT_KAPPA, PRIORITY_FIELD, NETWORK = "DEFAULT_KAPPA", "PRIORITY_FIELD", "NETWORK"
    COST_TABLE, COST_FROM_FIELD = "COST_TABLE", "COST_FROM_FIELD"
    COST_TO_FIELD, COST_FIELD = "COST_TO_FIELD", "COST_FIELD"
    CENTRAL_COUNT, MAX_MOVE_COST = "CENTRAL_COUNT", "MAX_MOVE_COST"
    MIN_CENTRAL_POP, MAX_CENTRAL_POP = "MIN_CENTRAL_POP", "MAX_CENTRAL_POP"
    LAND_STANDARD, TIME_LIMIT, TARGET_CRS = "LAND_STANDARD", "TIME_LIMIT", "TARGET_CRS"
    OUTPUT_SETTLEMENTS, OUTPUT_CENTRAL = "OUTPUT_SETTLEMENTS", "OUTPUT_CENTRAL"
    OUTPUT_MOVES, OUTPUT_DEMOLITION = "OUTPUT_MOVES", "OUTPUT_DEMOLITION"

    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in ConsolidationParameters().definitions():
            if parameter.name() in ADVANCED:
                advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
                parameter.setFlags(parameter.flags() | advanced)
            self.addParameter(parameter)

    def rule(self, parameters, context):
        number = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        return consolidation.ConsolidationRule(
            central_count=self.parameterAsInt(parameters, self.CENTRAL_COUNT, context),
            max_move_cost=number(self.MAX_MOVE_COST),
            min_central_pop=number(self.MIN_CENTRAL_POP),
            max_central_pop=number(self.MAX_CENTRAL_POP),
            min_keep_pop=number(self.MIN_KEEP_POP),
            land_standard=number(self.LAND_STANDARD),
            default_kappa=number(self.DEFAULT_KAPPA),
            time_limit=number(self.TIME_LIMIT),
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.SETTLEMENTS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SETTLEMENTS))
        layer = lambda key: self.parameterAsSource(parameters, key, context)  # noqa: E731
        network, table = layer(self.NETWORK), layer(self.COST_TABLE)
        masks = {key: layer(key) for key in MASKS}
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        crs = working_crs([source, network], target, context)
        fields = {k: self.parameterAsString(parameters, key, context) for k, key in FIELD_KEYS}
        s = self.with_classes(
            parameters,
            context,
            feedback,
            inputs.read_settlements(source, fields, crs, context, feedback),
        )
        masked, counts = inputs.masked(masks, s, crs, context, feedback)
        for key, n in counts.items():
            feedback.pushInfo(self.tr("{n} settlements inside {mask}").format(n=n, mask=key))
        rule = self.rule(parameters, context)
        costs, unreachable = self.costs(parameters, context, feedback, s, network, table, rule, crs)
        feedback.setProgress(40)
        try:
            with cancel_scope(feedback.isCanceled):  # the MILP in a worker, killed on cancel
                result = consolidation.consolidate_settlements(
                    s.population,
                    s.area,
                    costs,
                    rule,
                    s.classes,
                    s.fixed,
                    masked,
                    s.kappa,
                    s.ids,
                    unreachable,
                )
        except SolveCanceled:
            return {}
        except URFlowError as error:
            raise core_error(error) from error
        self.log(feedback, result, s.ids)
        outputs = write_outputs(
            self, parameters, context, feedback, source, s, result, crs, output_language()
        )
        outputs.update(result_dict(result, s.ids))
        record_run(self, parameters, context, outputs)
        return outputs

    def with_classes(self, parameters, context, feedback, s):
        """The settlements with the class (and, without PRIORITY_FIELD, the hollow score) of
        their administrative village when VILLAGE_CLASSES is given."""
        villages = self.parameterAsSource(parameters, self.VILLAGE_CLASSES, context)
        if villages is None:
            return s
        keys = (self.VILLAGE_CLASSES_ID_FIELD, self.VILLAGE_ID_FIELD)
        id_field, village_field = (self.parameterAsString(parameters, k, context) for k in keys)
        if s.classes is not None or not id_field or not village_field:
            raise QgsProcessingException(
                self.tr(
                    "VILLAGE_CLASSES needs VILLAGE_CLASSES_ID_FIELD and VILLAGE_ID_FIELD, and "
                    "replaces CLASS_FIELD: give one of the two."
                )
            )
        classes, score = inputs.village_classes(villages, id_field, s, context, feedback)
        priority = s.priority if s.priority is not None else score
        return replace(s, classes=classes, priority=priority)

    def costs(self, parameters, context, feedback, s, network, table, rule, crs):
        """``(costs, unreachable)``: COST_TABLE when given, else the network core."""
        if table is None:
            travel = travel_from(self, parameters, context)
            roads = list(road_fields(self, parameters, context).values())
            cutoff = rule.max_move_cost or float("inf")
            return inputs.network_costs(s, network, roads, travel, cutoff, crs, context, feedback)
        keys = (self.COST_FROM_FIELD, self.COST_TO_FIELD, self.COST_FIELD)
        names = [self.parameterAsString(parameters, key, context) for key in keys]
        if not all(names):
            raise QgsProcessingException(
                self.tr("A cost table needs COST_FROM_FIELD, COST_TO_FIELD and COST_FIELD.")
            )
        return inputs.cost_table(table, names, s, context, feedback), None

    def log(self, feedback, result, ids):
        if result.status == "infeasible":
            unplaced = [str(ids[i]) for i in result.unplaced.nonzero()[0]]
            if unplaced:
                feedback.reportError(
                    self.tr(
                        "Infeasible: these settlements must move but have no admissible "
                        "central village within MAX_MOVE_COST: {ids}"
                    ).format(ids=", ".join(unplaced[:50]))
                )
            else:
                feedback.reportError(
                    self.tr(
                        "Infeasible: no choice of CENTRAL_COUNT central villages meets "
                        "MIN_CENTRAL_POP and MAX_CENTRAL_POP with every mover placed."
                    )
                )
            return
        central = ", ".join(str(ids[j]) for j in result.central_indices)
        feedback.pushInfo(
            self.tr(
                "{status}: objective {objective}; central villages {central}; {n} settlements "
                "move ({pop} residents); released {rel} ha, new land {new} ha"
            ).format(
                status=result.status,
                objective=round(result.objective, 3),
                central=central,
                n=result.moved_count,
                pop=round(result.total_moved_pop),
                rel=round(result.total_released_m2 / 1e4, 2),
                new=round(result.total_new_land_m2 / 1e4, 2),
            )
        )
        if result.violations:
            feedback.reportError(
                self.tr("The plan check failed: {codes}").format(codes=", ".join(result.violations))
            )

    def name(self):
        return "settlementconsolidation"

    def displayName(self):  # noqa: N802
        return self.tr("Settlement consolidation (村庄撤并与中心村布局)")

    def group(self):
        return self.tr("Villages")

    def groupId(self):  # noqa: N802
        return "villages"

"""urflow:urbanruralflows — 城乡要素流动分析: OD flows between towns and villages."""

import numpy as np
from qgis.core import (
    QgsProcessingException,
)

from ...core import flows as core_flows
from ...core.checks import unique_ids
from ...core.errors import URFlowError
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..layers import (
    core_error,
    points_xy,
    read_features,
    require_fields,
    working_crs,
)
from ..postprocess import style_when_loaded
from ..roads import road_fields, travel_from
from ..run_record import record_run
from .flow_distance import road_costs, straight_km
from .flow_inputs import id_text, match_nodes, pick_year
from .flow_outputs import write_lines, write_matrix, write_nodes
from .flow_parameters import FlowKeys, FlowParameters
from .flow_style import style_lines, style_nodes


class AnalyseUrbanRuralFlowsAlgorithm(FlowKeys, BaseAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in FlowParameters().definitions():
            self.addParameter(parameter)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        gravity = self.parameterAsEnum(parameters, self.GRAVITY, context)
        if gravity == 1 and not parameters.get(self.MASS_FIELD):
            return False, self.tr(
                "GRAVITY 1 (unconstrained) needs MASS_FIELD, e.g. the population."
            )
        if self.parameterAsEnum(parameters, self.DISTANCE, context) == 1 and not parameters.get(
            self.NETWORK
        ):
            return False, self.tr("DISTANCE 1 (road network) needs NETWORK.")
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        nodes, flows = self.read(parameters, context, feedback)
        gravity = self.parameterAsEnum(parameters, self.GRAVITY, context)
        try:
            distance = self.distance(parameters, context, feedback, nodes)
            fits = self.fit(nodes, flows, gravity, distance) if gravity else {}
            result = core_flows.analyse_flows(
                len(nodes["ids"]), nodes["urban"], flows, {k: f.estimates for k, f in fits.items()}
            )
        except URFlowError as error:
            raise core_error(error) from error
        if feedback.isCanceled():
            return {}
        self.report(result, fits, feedback)
        language = output_language()
        min_value = self.parameterAsDouble(parameters, self.MIN_VALUE, context)
        outputs = {
            self.OUTPUT_LINES: write_lines(
                self, parameters, context, nodes, result, min_value, language
            ),
            self.OUTPUT_NODES: write_nodes(self, parameters, context, nodes, result),
            self.OUTPUT_MATRIX: write_matrix(self, parameters, context, result),
        }
        for key, style in ((self.OUTPUT_LINES, style_lines), (self.OUTPUT_NODES, style_nodes)):
            style_when_loaded(
                self,
                context,
                outputs[key],
                style_function=lambda layer, s=style: s(layer, language),
            )
        results = {**outputs, **self.headline(result, fits)}
        record_run(self, parameters, context, results)
        return results

    # ------------------------------------------------------------------ inputs

    def read(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.NODES, context)
        table = self.parameterAsSource(parameters, self.FLOWS, context)
        for key, layer in ((self.NODES, source), (self.FLOWS, table)):
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                self.tr("{}: the layer has no CRS; set its CRS first.").format(
                    self.parameter_label(self.NODES)
                )
            )
        f = {
            key: self.parameterAsString(parameters, key, context) or None
            for key in (
                self.NODE_ID_FIELD,
                self.NODE_TYPE_FIELD,
                self.MASS_FIELD,
                self.NAME_FIELD,
                self.ORIGIN_FIELD,
                self.DESTINATION_FIELD,
                self.VALUE_FIELD,
                self.KIND_FIELD,
                self.YEAR_FIELD,
            )
        }
        require_fields(
            source,
            self.parameter_label(self.NODES),
            [f[self.NODE_ID_FIELD], f[self.NODE_TYPE_FIELD], f[self.NAME_FIELD]],
            numeric=[f[self.MASS_FIELD]],
        )
        require_fields(
            table,
            self.parameter_label(self.FLOWS),
            [f[self.ORIGIN_FIELD], f[self.DESTINATION_FIELD], f[self.KIND_FIELD]],
            numeric=[f[self.VALUE_FIELD], f[self.YEAR_FIELD]],
        )
        crs = working_crs(
            [source],
            self.parameterAsCrs(parameters, self.TARGET_CRS, context)
            if parameters.get(self.TARGET_CRS)
            else None,
            context,
        )
        node_table = read_features(
            source,
            crs,
            context,
            feedback,
            numeric=[f[self.MASS_FIELD]],
            text=[f[self.NODE_ID_FIELD], f[self.NODE_TYPE_FIELD], f[self.NAME_FIELD]],
        )
        raw_ids = [id_text(v) for v in node_table.text[f[self.NODE_ID_FIELD]]]
        try:
            ids = unique_ids(
                raw_ids, self.tr("NODES field '{}'").format(f[self.NODE_ID_FIELD]), node_table.fids
            )
            urban = core_flows.node_types(node_table.text[f[self.NODE_TYPE_FIELD]], ids)
        except URFlowError as error:
            raise core_error(error) from error
        flow_table = read_features(
            table,
            crs,
            context,
            feedback,
            geometry=False,
            numeric=[f[self.VALUE_FIELD], f[self.YEAR_FIELD]],
            text=[f[self.ORIGIN_FIELD], f[self.DESTINATION_FIELD], f[self.KIND_FIELD]],
        )
        rows = np.ones(len(flow_table), dtype=bool)
        if f[self.YEAR_FIELD]:
            year = (
                self.parameterAsInt(parameters, self.YEAR, context)
                if parameters.get(self.YEAR) is not None
                else None
            )
            rows = pick_year(flow_table.numeric[f[self.YEAR_FIELD]], year, feedback)
        values = flow_table.numeric[f[self.VALUE_FIELD]]
        missing = rows & np.isnan(values)
        if missing.any():
            feedback.pushWarning(
                self.tr("{} flows have no value (NULL) and were left out.").format(
                    int(missing.sum())
                )
            )
            rows &= ~missing
        origins = [id_text(v) for v, r in zip(flow_table.text[f[self.ORIGIN_FIELD]], rows) if r]
        destinations = [
            id_text(v) for v, r in zip(flow_table.text[f[self.DESTINATION_FIELD]], rows) if r
        ]
        keep, o, d, unknown = match_nodes(list(ids), origins, destinations, feedback)
        kinds = (
            [
                k if k is not None else "flow"
                for k, r in zip(flow_table.text[f[self.KIND_FIELD]], rows)
                if r
            ]
            if f[self.KIND_FIELD]
            else ["flow"] * int(rows.sum())
        )
        try:
            flows = core_flows.FlowTable.of(
                o, d, values[rows][keep], np.asarray(kinds, dtype=object)[keep]
            )
        except URFlowError as error:
            raise core_error(error) from error
        names = node_table.text[f[self.NAME_FIELD]] if f[self.NAME_FIELD] else [None] * len(ids)
        nodes = {
            "ids": ids,
            "names": names,
            "urban": urban,
            "xy": points_xy(node_table.geometries),
            "mass": node_table.numeric.get(f[self.MASS_FIELD]),
            "crs": crs,
            "unknown": unknown,
        }
        return nodes, flows

    def fit(self, nodes, flows, gravity, distance):
        fits = {}
        for kind in dict.fromkeys(str(k) for k in flows.kind):
            rows = (flows.kind.astype(str) == kind) & (flows.origin != flows.destination)
            subset = core_flows.FlowTable(
                flows.origin[rows], flows.destination[rows], flows.value[rows], flows.kind[rows]
            )
            fits[kind] = core_flows.fit_gravity(
                len(nodes["ids"]), subset, distance, nodes["mass"], gravity, kind
            )
        return fits

    def distance(self, parameters, context, feedback, nodes):
        """Straight km, or road costs in COST_UNIT when DISTANCE is 1."""
        if self.parameterAsEnum(parameters, self.DISTANCE, context) != 1:
            nodes["cost_unit"] = None
            return straight_km(nodes["xy"])
        network = self.parameterAsSource(parameters, self.NETWORK, context)
        if network is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.NETWORK))
        travel = travel_from(self, parameters, context)
        fields = road_fields(self, parameters, context)
        distance, _notes = road_costs(
            nodes["xy"], network, fields, travel, nodes["crs"], context, feedback
        )
        nodes["cost_unit"] = travel.unit
        nodes["network_cost"] = distance
        return distance

    # ------------------------------------------------------------------ results

    def headline(self, result, fits):
        one = len(fits) == 1

        def per_kind(name):
            values = {k: getattr(fit, name) for k, fit in fits.items()}
            return next(iter(values.values())) if one else values

        head = {
            "TOTAL_FLOW": result.total(),
            "NET_RURAL_OUTFLOW": result.net_rural_outflow(),
            "KIND_TOTALS": {kind: result.total(kind) for kind in result.kinds},
            "SELF_FLOWS": sum(count for count, _ in result.self_flows.values()),
            "N_ESTIMATED": int(result.pairs.estimated.sum()),
        }
        if fits:
            head.update(
                BETA=per_kind("beta"),
                A=per_kind("a"),
                B=per_kind("b"),
                K=per_kind("k"),
                PSEUDO_R2=per_kind("pseudo_r2"),
                N_OBSERVED=sum(fit.n_observed for fit in fits.values()),
            )
        return head

    def report(self, result, fits, feedback):
        for kind, (count, total) in result.self_flows.items():
            if count:
                feedback.pushWarning(
                    self.tr(
                        "{} self-flows of {} (origin = destination, {:g} in all) are kept apart."
                    ).format(count, kind, total)
                )
        for kind in result.kinds:
            m = result.matrix[kind]
            feedback.pushInfo(
                self.tr(
                    "{}: total {:g}; rural→urban {:g}, urban→rural {:g}, net rural outflow {:g}."
                ).format(
                    kind,
                    result.total(kind),
                    m["rural_to_urban"],
                    m["urban_to_rural"],
                    result.net_rural_outflow(kind),
                )
            )
        for kind, fit in fits.items():
            feedback.pushInfo(
                self.tr(
                    "{}: gravity β = {:.4f}, pseudo R² = {:.3f} over {} observed pairs; "
                    "{} pairs estimated."
                ).format(kind, fit.beta, fit.pseudo_r2, fit.n_observed, fit.estimates.origin.size)
            )
            if fit.beta <= 0:
                feedback.pushWarning(
                    self.tr(
                        "{}: the fitted β is {:.3f} ≤ 0: in this table flows do not fall with "
                        "distance, so the estimates are no distance-decay model; check the table "
                        "before using them."
                    ).format(kind, fit.beta)
                )
            if fit.left_out:
                feedback.pushWarning(
                    self.tr(
                        "{}: {} observed pairs were left out of the fit (zero distance or no mass)."
                    ).format(kind, fit.left_out)
                )

    # ------------------------------------------------------------------ metadata

    def name(self):
        return "urbanruralflows"

    def displayName(self):  # noqa: N802
        return self.tr("Urban–rural flows 城乡要素流动分析")

    def group(self):
        return self.tr("Flows")

    def groupId(self):  # noqa: N802
        return "flows"

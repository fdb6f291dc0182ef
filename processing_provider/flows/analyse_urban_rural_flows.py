"""urflow:urbanruralflows — 城乡要素流动分析: OD flows between towns and villages."""

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core import access
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
from .flow_distance import road_costs, straight_km
from .flow_inputs import id_text, match_nodes, pick_year
from .flow_outputs import write_lines, write_matrix, write_nodes
from .flow_style import style_lines, style_nodes


class AnalyseUrbanRuralFlowsAlgorithm(BaseAlgorithm):
    NODES = "NODES"
    NODE_ID_FIELD = "NODE_ID_FIELD"
    NODE_TYPE_FIELD = "NODE_TYPE_FIELD"
    MASS_FIELD = "MASS_FIELD"
    NAME_FIELD = "NAME_FIELD"
    FLOWS = "FLOWS"
    ORIGIN_FIELD = "ORIGIN_FIELD"
    DESTINATION_FIELD = "DESTINATION_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    KIND_FIELD = "KIND_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    YEAR = "YEAR"
    DISTANCE = "DISTANCE"
    NETWORK, SPEED_FIELD = "NETWORK", "SPEED_FIELD"
    ROAD_CLASS_FIELD, DIRECTION_FIELD = "ROAD_CLASS_FIELD", "DIRECTION_FIELD"
    TRAVEL_MODE, COST_UNIT = "TRAVEL_MODE", "COST_UNIT"
    SNAP_TOLERANCE, DETOUR_FACTOR = "SNAP_TOLERANCE", "DETOUR_FACTOR"
    GRAVITY = "GRAVITY"
    MIN_VALUE = "MIN_VALUE"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_LINES = "OUTPUT_LINES"
    OUTPUT_NODES = "OUTPUT_NODES"
    OUTPUT_MATRIX = "OUTPUT_MATRIX"

    def initAlgorithm(self, config=None):  # noqa: N802
        nodes = [
            QgsProcessing.SourceType.TypeVectorPoint,
            QgsProcessing.SourceType.TypeVectorPolygon,
        ]
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.NODES, self.tr("Nodes (towns and villages)"), nodes
            )
        )
        field = QgsProcessingParameterField
        for key, label, parent, optional, kind in (
            (self.NODE_ID_FIELD, self.tr("Node id field"), self.NODES, False, field.DataType.Any),
            (
                self.NODE_TYPE_FIELD,
                self.tr("Node type field (urban or rural)"),
                self.NODES,
                False,
                field.DataType.Any,
            ),
            (
                self.MASS_FIELD,
                self.tr("Mass field for the gravity model (e.g. population)"),
                self.NODES,
                True,
                field.DataType.Numeric,
            ),
            (self.NAME_FIELD, self.tr("Node name field"), self.NODES, True, field.DataType.Any),
        ):
            self.addParameter(field(key, label, None, parent, kind, optional=optional))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FLOWS,
                self.tr("Flow table (origin, destination, value)"),
                [QgsProcessing.SourceType.TypeVector],
            )
        )
        for key, label, optional, kind in (
            (self.ORIGIN_FIELD, self.tr("Origin field"), False, field.DataType.Any),
            (self.DESTINATION_FIELD, self.tr("Destination field"), False, field.DataType.Any),
            (self.VALUE_FIELD, self.tr("Value field"), False, field.DataType.Numeric),
            (
                self.KIND_FIELD,
                self.tr("Kind field (labour, capital, land, …)"),
                True,
                field.DataType.Any,
            ),
            (self.YEAR_FIELD, self.tr("Year field"), True, field.DataType.Numeric),
        ):
            self.addParameter(field(key, label, None, self.FLOWS, kind, optional=optional))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR, self.tr("Year"), QgsProcessingParameterNumber.Type.Integer, None, True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DISTANCE,
                self.tr("Distance"),
                [self.tr("Straight line (km)"), self.tr("Road network (NETWORK)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.NETWORK,
                self.tr("Road network (lines)"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        for key, label, kind in (
            (self.SPEED_FIELD, self.tr("Speed field, km/h (car)"), field.DataType.Numeric),
            (self.ROAD_CLASS_FIELD, self.tr("Road class field"), field.DataType.Any),
            (self.DIRECTION_FIELD, self.tr("One-way field"), field.DataType.Any),
        ):
            self.addParameter(field(key, label, None, self.NETWORK, kind, optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TRAVEL_MODE,
                self.tr("Travel mode on the network"),
                [self.tr("Walk"), self.tr("Bicycle"), self.tr("E-bike"), self.tr("Car")],
                defaultValue=3,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.COST_UNIT,
                self.tr("Network cost unit"),
                [self.tr("Minutes"), self.tr("Meters")],
                defaultValue=1,
            )
        )
        for key, label, default, low in (
            (self.SNAP_TOLERANCE, self.tr("Largest distance from a road, m"), 500.0, 0.0),
            (self.DETOUR_FACTOR, self.tr("Detour factor (unused over roads)"), 1.3, 1.0),
        ):
            number = QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Type.Double, default, minValue=low
            )
            number.setFlags(number.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(number)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GRAVITY,
                self.tr("Gravity model for unlisted pairs"),
                [self.tr("None"), self.tr("Unconstrained (masses)"), self.tr("Doubly constrained")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_VALUE,
                self.tr("Smallest gross flow drawn"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS, self.tr("Working CRS (projected)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LINES, self.tr("Flow lines"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_NODES,
                self.tr("Node balances"),
                QgsProcessing.SourceType.TypeVectorPoint,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_MATRIX,
                self.tr("Urban–rural flow matrix"),
                QgsProcessing.SourceType.TypeVector,
            )
        )

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
        return {**outputs, **self.headline(result, fits)}

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
            ids = unique_ids(raw_ids, self.tr("NODES field '{}'").format(f[self.NODE_ID_FIELD]))
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
        travel = access.Travel(
            access.TRAVEL_MODES[self.parameterAsEnum(parameters, self.TRAVEL_MODE, context)],
            access.COST_UNITS[self.parameterAsEnum(parameters, self.COST_UNIT, context)],
            self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context),
            self.parameterAsDouble(parameters, self.DETOUR_FACTOR, context),
        )
        fields = {
            name: self.parameterAsString(parameters, key, context)
            for name, key in (
                ("speed", self.SPEED_FIELD),
                ("class", self.ROAD_CLASS_FIELD),
                ("direction", self.DIRECTION_FIELD),
            )
        }
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

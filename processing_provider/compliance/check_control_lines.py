"""urflow:controllinecheck — 三线合规检查: any planned layer against the three control lines."""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...core import controllines
from ...core.checks import unique_ids
from ...core.errors import URFlowError
from ...core.messages import listing
from ...i18n import output_language
from ..base import BaseAlgorithm
from ..control_lines import KINDS, Cut, Measure, PolygonLayer, cut_by_lines
from ..layers import core_error, read_features, require_fields, working_crs
from ..overlay import zone_of_points
from ..postprocess import style_when_loaded
from ..run_record import record_run
from .control_outputs import write_conflicts, write_planned, write_summary
from .control_parameters import ControlLineKeys, ControlLineParameters
from .control_style import style_conflicts, style_planned

#: Parameter of each control line → its code in core.controllines and control_lines.cut_by_lines.
LINE_KEYS = {
    "PERMANENT_FARMLAND": "permanent_farmland",
    "ECO_REDLINE": "eco_redline",
    "URBAN_BOUNDARY": "urban_boundary",
}


@dataclass(frozen=True)
class Run:
    """What one run read: the planned layer cut by the lines, in the working CRS."""

    planned: object
    crs: QgsCoordinateReferenceSystem
    kind: int
    fids: np.ndarray
    ids: np.ndarray
    checked: list
    cut: Cut
    piece_zone: np.ndarray
    zone_names: list
    lines_repaired: dict


class CheckControlLinesAlgorithm(ControlLineKeys, BaseAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in ControlLineParameters().definitions():
            self.addParameter(parameter)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok and not any(parameters.get(key) for key in self.LINE_LAYERS):
            return False, self.tr(
                "Give at least one control line: PERMANENT_FARMLAND, ECO_REDLINE or "
                "URBAN_BOUNDARY."
            )
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        run = self.read(parameters, context, feedback)
        try:
            result = controllines.check_compliance(
                len(run.fids),
                controllines.OverlapPieces(*run.cut.columns, run.piece_zone),
                geometry=KINDS[run.kind],
                min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
                checked=run.checked,
                n_zones=len(run.zone_names),
            )
        except URFlowError as error:
            raise core_error(error) from error
        if feedback.isCanceled():
            return {}
        self.report(result, run, feedback)
        language = output_language()
        outputs = {
            self.OUTPUT_CONFLICTS: write_conflicts(
                self, parameters, context, run, result, language
            ),
            self.OUTPUT_PLANNED: write_planned(
                self, parameters, context, feedback, run, result, language
            ),
            self.OUTPUT_SUMMARY: write_summary(self, parameters, context, run, result, language),
        }
        for key, style in (
            (self.OUTPUT_CONFLICTS, style_conflicts),
            (self.OUTPUT_PLANNED, style_planned),
        ):
            style_when_loaded(self, context, outputs[key], style_function=style)
        results = {
            **outputs,
            "CONFLICT_COUNT": result.conflict_count,
            "COMPLIANT_COUNT": result.compliant_count,
            "FARMLAND_HA": float(result.farmland_ha.sum()),
            "FARMLAND_NET_HA": float(result.farmland_net_ha.sum()),
            "REDLINE_HA": float(result.redline_ha.sum()),
            "OUTSIDE_URBAN_HA": float(result.outside_urban_ha.sum()),
            "LINE_OVERLAP_HA": result.line_overlap_ha,
            "SLIVER_COUNT": result.sliver_count,
            "UNCHECKED_COUNT": int((result.conflict == -1).sum()),
        }
        record_run(self, parameters, context, results)
        return results

    def read(self, parameters, context, feedback) -> "Run":
        """Every input read once into the working CRS, and the planned layer cut by the lines."""
        planned, lines, zones = self.sources(parameters, context)
        crs = working_crs(
            [planned, *lines.values(), zones], self.target_crs(parameters, context), context
        )
        fields = self.fields(parameters, context)
        table = read_features(planned, crs, context, feedback, text=[fields["id"], fields["type"]])
        ids = self.planned_ids(table, fields["id"])
        kind = QgsWkbTypes.geometryType(planned.wkbType())
        kcxs_field = {self.PERMANENT_FARMLAND: [fields["kcxs"]] if fields["kcxs"] else []}
        polygons = {
            key: read_features(source, crs, context, feedback, numeric=kcxs_field.get(key, []))
            for key, source in lines.items()
        }
        kcxs = polygons[self.PERMANENT_FARMLAND].numeric[fields["kcxs"]] if fields["kcxs"] else None
        method = self.parameterAsEnum(parameters, self.AREA_METHOD, context)
        layers = {key: PolygonLayer(t.geometries) for key, t in polygons.items()}
        cut = cut_by_lines(
            table.geometries,
            kind,
            self.urban_mask(parameters, context, table, fields["type"]),
            {LINE_KEYS[key]: layer for key, layer in layers.items()},
            kcxs,
            Measure(crs, context, ellipsoidal=method == 1),
            feedback,
        )
        zone_table = (
            read_features(zones, crs, context, feedback, text=[fields["zone"]]) if zones else None
        )
        return Run(
            planned=planned,
            crs=crs,
            kind=kind,
            fids=table.fids,
            ids=ids,
            checked=[g is not None for g in table.geometries],
            cut=cut,
            piece_zone=self.piece_zones(zone_table, cut.geometries, feedback),
            zone_names=self.zone_names(zone_table, fields["zone"]),
            lines_repaired={key: layer.repaired for key, layer in layers.items()},
        )

    # ------------------------------------------------------------------ inputs

    def sources(self, parameters, context):
        planned = self.parameterAsSource(parameters, self.PLANNED, context)
        if planned is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.PLANNED))
        lines = {
            key: self.parameterAsSource(parameters, key, context)
            for key in self.LINE_LAYERS
            if parameters.get(key)
        }
        zones = (
            self.parameterAsSource(parameters, self.ZONES, context)
            if parameters.get(self.ZONES)
            else None
        )
        for key, source in [(self.PLANNED, planned), *lines.items(), (self.ZONES, zones)]:
            if source is not None and not source.sourceCrs().isValid():
                raise QgsProcessingException(
                    self.tr("{}: the layer has no CRS; set its CRS first.").format(
                        self.parameter_label(key)
                    )
                )
        return planned, lines, zones

    def target_crs(self, parameters, context):
        return (
            self.parameterAsCrs(parameters, self.TARGET_CRS, context)
            if parameters.get(self.TARGET_CRS)
            else None
        )

    def fields(self, parameters, context):
        fields = {
            name: self.parameterAsString(parameters, key, context) or None
            for name, key in (
                ("id", self.PLANNED_ID_FIELD),
                ("type", self.PLANNED_TYPE_FIELD),
                ("kcxs", self.KCXS_FIELD),
                ("zone", self.ZONE_NAME_FIELD),
            )
        }
        planned = self.parameterAsSource(parameters, self.PLANNED, context)
        require_fields(planned, self.parameter_label(self.PLANNED), [fields["id"], fields["type"]])
        if fields["kcxs"] and not parameters.get(self.PERMANENT_FARMLAND):
            raise QgsProcessingException(self.tr("KCXS_FIELD needs PERMANENT_FARMLAND."))
        if parameters.get(self.ZONES) and not fields["zone"]:
            raise QgsProcessingException(self.tr("ZONES needs ZONE_NAME_FIELD."))
        return fields

    def planned_ids(self, table, field):
        try:
            return unique_ids(
                table.text[field], self.tr("Planned layer field '{}'").format(field), table.fids
            )
        except URFlowError as error:
            raise core_error(error) from error

    def urban_mask(self, parameters, context, table, type_field):
        if not type_field:
            return np.ones(len(table), dtype=bool)
        words = controllines.parse_type_words(
            self.parameterAsString(parameters, self.URBAN_TYPES, context)
        )
        return np.array(
            [v is not None and v.strip().casefold() in words for v in table.text[type_field]],
            dtype=bool,
        )

    # ------------------------------------------------------------------ geometry

    def piece_zones(self, zone_table, geometries, feedback):
        if zone_table is None:
            return np.full(len(geometries), -1, dtype=np.int64)
        return zone_of_points(zone_table.geometries, geometries, feedback)

    @staticmethod
    def zone_names(zone_table, field):
        if zone_table is None:
            return []
        return [
            name if name is not None else str(fid)
            for name, fid in zip(zone_table.text[field], zone_table.fids)
        ]

    def report(self, result, run, feedback):
        ids = run.ids
        missing = [ids[i] for i, ok in enumerate(run.checked) if not ok]
        if missing:
            feedback.pushWarning(
                self.tr(
                    "{} planned features have no geometry and were not checked (NULL results): {}"
                ).format(len(missing), listing(missing))
            )
        if run.cut.repaired:
            feedback.pushWarning(
                self.tr(
                    "{} planned features had an invalid geometry, repaired before the check: {}"
                ).format(len(run.cut.repaired), listing([ids[i] for i in run.cut.repaired]))
            )
        for key, rows in run.lines_repaired.items():
            if rows:
                feedback.pushWarning(
                    self.tr("{}: {} invalid polygons were repaired before the check.").format(
                        self.parameter_label(key), len(rows)
                    )
                )
        if run.cut.overlapped:
            feedback.pushWarning(
                self.tr(
                    "Polygons of a control line overlap each other under {} planned features; "
                    "each overlap was counted once: {}"
                ).format(len(run.cut.overlapped), listing([ids[i] for i in run.cut.overlapped]))
            )
        conflicted = [ids[i] for i in np.flatnonzero(result.conflict == 1)]
        feedback.pushInfo(
            self.tr("{} of {} planned features break a control line: {}").format(
                len(conflicted), len(ids), listing(conflicted) or "—"
            )
        )
        if result.line_overlap_ha > 0:
            feedback.pushWarning(
                self.tr(
                    "The control lines overlap each other on {:.4f} ha, which the rules forbid."
                ).format(result.line_overlap_ha)
            )
        if result.sliver_count:
            feedback.pushInfo(
                self.tr("{} slivers below MIN_AREA were set apart.").format(result.sliver_count)
            )

    # ------------------------------------------------------------------ metadata

    def name(self):
        return "controllinecheck"

    def displayName(self):  # noqa: N802
        return self.tr("Three-control-line compliance check 三线合规检查")

    def group(self):
        return self.tr("Land")

    def groupId(self):  # noqa: N802
        return "land"

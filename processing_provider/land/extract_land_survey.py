"""urflow:landsurveylayers — 三调图斑提取: a 三调 DLTB layer → rural settlement land, homesteads
and cultivated land with grades, for the other analyses (DOMAIN.md §0.3)."""

from qgis.core import QgsProcessingException, QgsWkbTypes

from ...core.errors import URFlowError
from ...core.landsurvey import (
    CLASSIFICATIONS,
    FIELD_ONLY,
    SELECTING,
    extract_land_survey,
    find_field,
    read_code_table,
)
from ...core.messages import listing
from ..base import BaseAlgorithm
from ..guard import _layer_name as layer_name
from ..layers import core_error, working_crs
from ..run_record import record_run
from .landsurvey_outputs import POLICY, overlapping_parcels, read_parcels, write_outputs
from .landsurvey_parameters import LandSurveyKeys, LandSurveyParameters

#: role → result key prefix
RESULT_PREFIX = {"settlement": "SETTLEMENT", "homestead": "HOMESTEAD", "cultivated": "CULTIVATED"}


class ExtractLandSurveyAlgorithm(LandSurveyKeys, BaseAlgorithm):
    def initAlgorithm(self, config=None):  # noqa: N802
        for parameter in LandSurveyParameters().definitions():
            self.addParameter(parameter)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.DLTB, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.DLTB))
        self.dltb_name = layer_name(parameters.get(self.DLTB), source)
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            raise QgsProcessingException(
                self.tr("{}: layer '{}' holds {}, not polygons.").format(
                    self.parameter_label(self.DLTB),
                    self.dltb_name,
                    QgsWkbTypes.displayString(source.wkbType()),
                )
            )
        target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        crs = working_crs([source], target if parameters.get(self.TARGET_CRS) else None, context)
        classification = CLASSIFICATIONS[
            self.parameterAsEnum(parameters, self.CLASSIFICATION, context)
        ]
        path = self.parameterAsFile(parameters, self.CODE_TABLE, context)
        try:
            table = read_code_table(path or None)
            fields = self.fields(source, table, classification, path, feedback)
            parcels = read_parcels(source, fields, crs, context, feedback)
            if feedback.isCanceled():
                return {}
            policy = POLICY.get(context.invalidGeometryCheck(), "stop")
            result = self.extract(source, parcels, table, classification, policy)
        except URFlowError as error:
            raise core_error(error) from error
        self.report(result, table, classification, feedback)
        self.report_overlaps(source, parcels, result, crs, context, feedback)
        if feedback.isCanceled():
            return {}
        outputs = write_outputs(self, parameters, context, feedback, source, parcels, result)
        figures = {f"{RESULT_PREFIX[r]}_HA": result.planar_ha[r] for r in SELECTING}
        if result.tbmj_ha is not None:
            figures.update({f"{RESULT_PREFIX[r]}_TBMJ_HA": result.tbmj_ha[r] for r in SELECTING})
        results = {**outputs, **figures}
        record_run(self, parameters, context, results)
        return results

    def extract(self, source, parcels, table, classification, policy):
        """The core's selection; its refusals (invalid parcels under 'stop') name the layer."""
        try:
            return extract_land_survey(parcels, table, classification, policy)
        except URFlowError as error:
            raise QgsProcessingException(
                self.tr("{}: layer '{}': {}").format(
                    self.parameter_label(self.DLTB), self.dltb_name, error
                )
            ) from error

    def report_overlaps(self, source, parcels, result, crs, context, feedback):
        """Selected parcels that overlap (a parcel delivered twice, a topology error) are
        counted twice in the sums: named in the log with the overlapping area."""
        pairs = overlapping_parcels(source, parcels, result, crs, context, feedback)
        if pairs:
            feedback.pushWarning(
                self.tr(
                    "{}: layer '{}': {} pairs of selected parcels overlap ({:.4f} ha counted "
                    "twice in the sums); feature ids: {}. Repair the layer's topology."
                ).format(
                    self.parameter_label(self.DLTB),
                    self.dltb_name,
                    len(pairs),
                    sum(area for _a, _b, area in pairs) / 1e4,
                    listing([f"{a}/{b}" for a, b, _area in pairs]),
                )
            )

    def fields(self, source, table, classification, path, feedback):
        """role → the DLTB field holding it (case-insensitive match); a missing selecting field
        is refused, a missing grade or TBMJ field is reported."""
        names = source.fields().names()
        where = path or self.tr("the shipped code table")
        found = {}
        for role in SELECTING + FIELD_ONLY:
            rule = table.rule(classification, role)
            if rule is None or not rule.field:
                continue
            name = find_field(names, rule.field)
            if name is not None:
                found[role] = name
            elif role in SELECTING:
                raise QgsProcessingException(
                    self.tr(
                        "{}: layer '{}' has no field '{}' (role {} in {}). Its fields: {}. "
                        "Name the field in a code table (CODE_TABLE)."
                    ).format(
                        self.parameter_label(self.DLTB),
                        self.dltb_name,
                        rule.field,
                        self.role_names()[role],
                        where,
                        ", ".join(names),
                    )
                )
            else:
                feedback.pushWarning(
                    self.tr("{}: layer '{}' has no field '{}' ({}); {}").format(
                        self.parameter_label(self.DLTB),
                        self.dltb_name,
                        rule.field,
                        self.role_names()[role],
                        self.tr("the cultivated land's grade stays NULL.")
                        if role == "grade"
                        else self.tr("no TBMJ sums (*_TBMJ_HA) are given."),
                    )
                )
        replaced = [n for n in names if n.casefold() in ("area_m2", "grade")]
        if replaced:
            feedback.pushWarning(
                self.tr("Input fields replaced by this run's results: {}").format(
                    ", ".join(replaced)
                )
            )
        return found

    def role_names(self):
        return {
            "settlement": self.tr("Rural settlement land"),
            "homestead": self.tr("Homesteads"),
            "cultivated": self.tr("Cultivated land"),
            "grade": self.tr("grade (耕地等别)"),
            "tbmj": self.tr("TBMJ (图斑面积)"),
        }

    def report(self, result, table, classification, feedback):
        homestead = table.rule(classification, "homestead")
        feedback.pushInfo(
            self.tr("Classification: {}; homesteads are {} {}.").format(
                self.tr("三调 working classification (GB/T 21010-2017)")
                if classification == "sandiao"
                else self.tr("用地用海 classification (2023)"),
                homestead.field,
                "/".join(homestead.codes),
            )
        )
        for role in SELECTING:
            feedback.pushInfo(
                self.tr("{}: {} parcels, {:.4f} ha (planar){}").format(
                    self.role_names()[role],
                    result.counts[role],
                    result.planar_ha[role],
                    ""
                    if result.tbmj_ha is None
                    else self.tr(", {:.4f} ha (TBMJ)").format(result.tbmj_ha[role]),
                )
            )
        for match in result.loose:
            feedback.pushWarning(
                self.tr("{} parcels: value '{}' read as code '{}' ({}).").format(
                    match.count, match.value, match.code, self.role_names()[match.role]
                )
            )
        if result.other_classification:
            feedback.pushWarning(
                self.tr(
                    "No homestead found, but {} parcels carry the other classification's "
                    "homestead code: check CLASSIFICATION (三调 0702, 用地用海 0703)."
                ).format(result.other_classification)
            )
        for ids, text in (
            (result.repaired, self.tr("{} invalid polygons repaired (makeValid): {}")),
            (result.skipped, self.tr("{} invalid polygons skipped (not written): {}")),
            (result.no_geometry, self.tr("{} parcels without geometry (area_m2 NULL): {}")),
            (result.bad_grade, self.tr("{} cultivated parcels without a grade 1–15: {}")),
            (result.no_tbmj, self.tr("{} parcels without TBMJ (left out of *_TBMJ_HA): {}")),
        ):
            if ids:
                feedback.pushWarning(text.format(len(ids), listing(ids)))
        if result.tbmj_suspect:
            feedback.pushWarning(
                self.tr(
                    "TBMJ is {:.4g} × the planar area (median): is it in m²? (ha: 0.0001, "
                    "mu: 0.0015)"
                ).format(result.tbmj_ratio)
            )

    def name(self):
        return "landsurveylayers"

    def displayName(self):  # noqa: N802
        return self.tr("Land survey parcels 三调图斑提取")

    def group(self):
        return self.tr("Land")

    def groupId(self):  # noqa: N802
        return "land"

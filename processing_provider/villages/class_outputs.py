"""Sinks of urflow:villageclassification: the villages with their class, and the summary."""

from qgis.core import QgsFeature, QgsFeatureSink
from qgis.PyQt.QtCore import QVariant

from ...core.villageclass import SUMMARY_FIELDS
from ..layers import attribute, new_sink, write_copy

QVARIANT = {float: QVariant.Double, int: QVariant.Int, str: QVariant.String}
#: The fields the classification adds, in output order: the derived fields (as
#: ``class_derived.DERIVED`` lists them; a test checks they agree), then the decision.
RESULT_FIELDS = [
    ("udb_share", float),
    ("builtup_share", float),
    ("redline_share", float),
    ("hazard_share", float),
    ("farmland_share", float),
    ("town_cost", float),
    ("town_id", str),
    ("hollow_score", float),
    ("hollow_level", int),
    ("heritage", int),
    ("potential", float),
    ("potential_rank", int),
    ("class_code", int),
    ("class_label", str),
    ("rule_order", int),
    ("rule_source", str),
    ("also_matched", str),
]
RESULT_SPEC = [(name, QVARIANT[kind]) for name, kind in RESULT_FIELDS]
SUMMARY_SPEC = [(name, QVARIANT[kind]) for name, kind in SUMMARY_FIELDS]


def write_villages(
    algorithm, parameters, context, feedback, source, fids, derived, decision, language
):
    columns = dict(derived)
    columns.update(decision.fields(language))
    return write_copy(
        algorithm, parameters, "OUTPUT", context, feedback, source, fids, columns, RESULT_SPEC
    )


def write_summary(algorithm, parameters, context, rows):
    sink, dest_id, fields = new_sink(
        algorithm, parameters, "OUTPUT_SUMMARY", context, SUMMARY_SPEC, optional=True
    )
    if sink is None:
        return None
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([attribute(row[name]) for name, _kind in SUMMARY_SPEC])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest_id

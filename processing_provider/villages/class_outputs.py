"""Sinks of urflow:villageclassification: the villages with their class, and the summary."""

from qgis.core import QgsFeature, QgsFeatureSink
from qgis.PyQt.QtCore import QVariant

from ...core.villageclass import SUMMARY_FIELDS
from ..layers import attribute, new_sink, write_copy
from .class_derived import DERIVED

QVARIANT = {float: QVariant.Double, int: QVariant.Int, str: QVariant.String}
#: Derived fields then the decision, in output order.
RESULT_SPEC = [(name, QVARIANT[kind]) for name, kind, _key in DERIVED] + [
    ("class_code", QVariant.Int),
    ("class_label", QVariant.String),
    ("rule_order", QVariant.Int),
    ("rule_source", QVariant.String),
    ("also_matched", QVariant.String),
]
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

"""Rule conditions as QGIS expressions over each village's fields and the derived fields.

The core (core.villageclass) orders the rules and decides; here each condition is parsed once,
its fields are checked, and it is evaluated per village into the boolean table the core takes.
"""

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ...core.errors import URFlowError
from ...core.villageclass import disabled_rules, unknown_fields
from ..layers import attribute, core_error

QVARIANT = {float: QVariant.Double, int: QVariant.Int, str: QVariant.String}


def parse_conditions(rules):
    """``(expressions, referenced)``: one parsed QgsExpression per rule and the fields it names.

    A condition QGIS cannot parse is an error naming the rule's order and QGIS's message.
    """
    expressions, referenced = [], []
    for rule in rules:
        expression = QgsExpression(rule.condition)
        if expression.hasParserError():
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "VillageClassification",
                    "Rule {}: the condition {} is not a valid QGIS expression: {}",
                ).format(rule.order, repr(rule.condition), expression.parserErrorString())
            )
        expressions.append(expression)
        referenced.append(
            sorted(
                name
                for name in expression.referencedColumns()
                if name != QgsFeatureRequest.ALL_ATTRIBUTES
            )
        )
    return expressions, referenced


def check_fields(rules, referenced, layer_fields, derived_names, unavailable, feedback):
    """Error on a field nobody has; warn on rules using a derived field that is NULL.

    Returns the set of rule orders whose condition counts as false for every village.
    """
    try:
        unknown_fields(rules, referenced, set(layer_fields) | set(derived_names))
    except URFlowError as error:
        raise core_error(error) from error
    disabled = disabled_rules(rules, referenced, unavailable)
    for order, names in disabled.items():
        feedback.pushWarning(
            QCoreApplication.translate(
                "VillageClassification",
                "Rule {}: {} has no input layer or field in this run, so it is NULL and the "
                "rule is false for every village.",
            ).format(order, ", ".join(names))
        )
    return set(disabled)


def is_true(value) -> bool:
    """A condition's value as a decision: NULL and errors are false."""
    if value is None:
        return False
    if hasattr(value, "isNull") and value.isNull():
        return False
    return bool(value)


def evaluate_conditions(rules, expressions, disabled, source, fids, derived, spec, feedback):
    """``matches`` (villages × rules, bool) for the villages read as ``fids``.

    ``derived`` maps each derived field name to a sequence indexed like ``fids``; ``spec`` is
    [(name, python type)] of the derived fields. A derived name that is also a layer field
    takes the derived value.
    """
    names = [name for name, _kind in spec]
    fields = QgsFields()
    kept = [f for f in source.fields() if f.name() not in names]
    for field in kept:
        fields.append(field)
    for name, kind in spec:
        fields.append(QgsField(name, QVARIANT[kind]))
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.setFields(fields)
    for expression in expressions:
        expression.prepare(context)
    row_of = {int(fid): i for i, fid in enumerate(fids)}
    matches = np.zeros((len(fids), len(rules)), dtype=bool)
    iterator, feature = source.getFeatures(), QgsFeature()
    while iterator.nextFeature(feature):
        if feedback.isCanceled():
            break
        i = row_of.get(feature.id())
        if i is None:
            continue
        row = QgsFeature(fields, feature.id())
        row.setGeometry(feature.geometry())
        row.setAttributes(
            [feature[f.name()] for f in kept] + [attribute(derived[name][i]) for name in names]
        )
        context.setFeature(row)
        for k, (rule, expression) in enumerate(zip(rules, expressions)):
            if rule.order in disabled:
                continue
            value = expression.evaluate(context)
            if expression.hasEvalError():
                raise QgsProcessingException(
                    QCoreApplication.translate(
                        "VillageClassification", "Rule {}: the condition {} fails: {}"
                    ).format(rule.order, repr(rule.condition), expression.evalErrorString())
                )
            matches[i, k] = is_true(value)
    return matches

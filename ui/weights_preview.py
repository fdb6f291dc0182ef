"""Entropy weights of the field-based hollowing indicators, previewed in a background task.

The dialog never computes in the GUI thread and never calls an algorithm's private methods:
it snapshots the village layer (a thread-safe feature source), and a :class:`QgsTask` reads
the chosen fields, forms the indicators with the core's formulas and weighs them with
``core.stats.weighting`` (min–max normalisation, then entropy weights), as the run does.
Indicators from overlays (settlement polygons, buildings, night light) come only with the run.
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsTask,
    QgsVectorLayerFeatureSource,
    QgsVectorLayerSelectedFeatureSource,
)

from ..core import hollow
from ..core.errors import URFlowError
from ..core.stats.weighting import entropy_weights, minmax_normalize

#: The field parameters each field-based indicator reads and its formula (DOMAIN §1.1).
INDICATOR_INPUTS = {
    "P1": ("REGISTERED_POP_FIELD", "RESIDENT_POP_FIELD", hollow.population_hollowing),
    "P2": ("ELDERLY_POP_FIELD", "RESIDENT_POP_FIELD", hollow.ageing),
    "P3": ("OUTMIGRANT_FIELD", "WORKING_AGE_FIELD", hollow.labour_outmigration),
    "L1": ("IDLE_HOMESTEADS_FIELD", "HOMESTEADS_FIELD", hollow.rate),
    "L2": ("SETTLEMENT_AREA_FIELD", "RESIDENT_POP_FIELD", hollow.per_capita_land),
    "L3": ("MULTI_HOMESTEAD_FIELD", "HOUSEHOLDS_FIELD", hollow.rate),
    "L4": ("OVER_STANDARD_FIELD", "HOUSEHOLDS_FIELD", hollow.rate),
}


class PreviewProblem(Exception):
    """Why no preview: ``code`` "missing_fields" (``detail``: the names) or "no_values"."""

    def __init__(self, code, detail=""):
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class WeightsPreview:
    """Entropy ``e_j`` and weight ``w_j`` per indicator id (in ``names`` order)."""

    names: tuple
    entropy: np.ndarray
    weights: np.ndarray
    villages: int


def computable(fields: dict) -> list:
    """The indicator ids whose two fields are both chosen in ``fields`` ({parameter: name})."""
    return [
        indicator
        for indicator, (first, second, _formula) in INDICATOR_INPUTS.items()
        if fields.get(first) and fields.get(second)
    ]


def entropy_preview(columns: dict, villages: int) -> WeightsPreview:
    """Entropy weights over the field-based indicators ``columns`` ({parameter: values}).

    An indicator without any value is left out, as the algorithm leaves it out.

    Raises
    ------
    PreviewProblem
        "no_values": no indicator has a value in any village.
    URFlowError
        From the core: e.g. no indicator varies between villages.
    """
    indicators = {}
    for indicator, (first, second, formula) in INDICATOR_INPUTS.items():
        if columns.get(first) is None or columns.get(second) is None:
            continue
        values = formula(columns[first], columns[second])
        if not np.all(np.isnan(values)):
            indicators[indicator] = values
    if not indicators:
        raise PreviewProblem("no_values")
    names = tuple(indicators)
    z, _constant = minmax_normalize(
        np.column_stack([indicators[name] for name in names]), hollow.directions(names)
    )
    entropy, weights = entropy_weights(z)
    return WeightsPreview(names, entropy, weights, villages)


class WeightsPreviewTask(QgsTask):
    """Reads the fields of a village layer snapshot and computes :func:`entropy_preview`.

    ``on_done(task)`` is called in the GUI thread when the task ends; then ``result`` is a
    :class:`WeightsPreview`, or ``error`` a :class:`PreviewProblem` or the core's
    :class:`URFlowError` (both None if canceled).
    """

    def __init__(self, description, layer, fields: dict, on_done, selected_only=False):
        super().__init__(description, QgsTask.Flag.CanCancel)
        # snapshots taken in the GUI thread, safe to read in the task's thread
        self.source = (
            QgsVectorLayerSelectedFeatureSource(layer)
            if selected_only
            else QgsVectorLayerFeatureSource(layer)
        )
        self.field_names = dict(fields)
        self.on_done = on_done
        self.result = None
        self.error = None

    def run(self):  # noqa: D102 - the task's thread
        try:
            columns, count = self._read()
            if self.isCanceled():
                return False
            self.result = entropy_preview(columns, count)
            return True
        except (PreviewProblem, URFlowError) as error:
            self.error = error
            return False

    def _read(self):
        names = {key: name for key, name in self.field_names.items() if name}
        index = {key: self.source.fields().lookupField(name) for key, name in names.items()}
        missing = [names[key] for key, i in index.items() if i < 0]
        if missing:
            raise PreviewProblem("missing_fields", ", ".join(missing))
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(sorted(set(index.values())))
        values = {key: [] for key in index}
        feature = QgsFeature()
        iterator = self.source.getFeatures(request)
        while iterator.nextFeature(feature):
            if self.isCanceled():
                break
            attributes = feature.attributes()
            for key, i in index.items():
                values[key].append(number(attributes[i]))
        count = len(next(iter(values.values()), []))
        return {key: np.array(column, dtype=float) for key, column in values.items()}, count

    def finished(self, _ok):  # noqa: D102 - the GUI thread
        self.on_done(self)


def number(value) -> float:
    """A float, NaN for NULL or text that is no number."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")

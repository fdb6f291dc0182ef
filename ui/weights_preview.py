"""The hollow-villages weights, previewed by the core entry in a background task.

The dialog never computes in the GUI thread and never calls an algorithm's private methods.
In the GUI thread it takes the method options from the algorithm's public
``method_options(parameters, context)`` (which only reads parameters) and snapshots the
village layer (a thread-safe feature source); a :class:`QgsTask` reads the chosen fields into
a :class:`~..core.hollow.VillageCensus` and calls ``core.hollow.evaluate_villages`` — the run's
own entry, so the preview weighs by the method chosen in the dialog. Which field parameter
holds which figure is the adapter's map (``CENSUS_FIELDS``); which figures feed which indicator
is the core's (``core.hollow.INDICATOR_INPUTS``). Indicators from overlays (settlement
polygons, buildings, night light) come only with the run.
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

from ..core.errors import URFlowError
from ..core.hollow import HollowOptions, VillageCensus, evaluate_villages
from ..processing_provider.villages.village_reader import CENSUS_FIELDS, INDICATOR_FIELDS

__all__ = [
    "CENSUS_FIELDS",
    "INDICATOR_FIELDS",
    "PreviewProblem",
    "WeightsPreview",
    "WeightsPreviewTask",
    "computable",
    "weights_preview",
]


class PreviewProblem(Exception):
    """Why no preview: ``code`` "missing_fields" (``detail``: the names)."""

    def __init__(self, code, detail=""):
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class WeightsPreview:
    """Entropy ``e_j`` (NaN unless entropy or combined weighting) and weight ``w_j`` per
    indicator id, in ``names`` order; ``weighting`` is the method's id (e.g. "ahp")."""

    names: tuple
    entropy: np.ndarray
    weights: np.ndarray
    villages: int
    weighting: str


def computable(fields: dict) -> list:
    """The indicator ids whose field parameters are all chosen in ``fields`` ({parameter:
    field name}), i.e. the indicators a preview can weigh."""
    return [
        indicator
        for indicator, keys in INDICATOR_FIELDS.items()
        if all(fields.get(key) for key in keys)
    ]


def weights_preview(census: VillageCensus, options: HollowOptions) -> WeightsPreview:
    """The weights a run gives the census' indicators: ``evaluate_villages(census, None,
    options)``.

    Raises
    ------
    URFlowError
        From the core: e.g. no indicator can be computed, a bad AHP matrix or custom weights.
    """
    result = evaluate_villages(census, None, options)
    return WeightsPreview(
        result.used,
        result.index.entropy,
        result.index.weights,
        len(result.ids),
        result.index.weighting,
    )


class WeightsPreviewTask(QgsTask):
    """Reads the fields of a village layer snapshot and computes :func:`weights_preview`.

    ``fields`` maps field parameters (keys of ``CENSUS_FIELDS``) to field names (None or ""
    = not chosen); ``id_field`` names the villages in the core's messages (feature ids when
    None). ``on_done(task)`` is called in the GUI thread when the task ends; then ``result``
    is a :class:`WeightsPreview`, or ``error`` a :class:`PreviewProblem` or the core's
    :class:`URFlowError` (both None if canceled).
    """

    def __init__(
        self, description, layer, fields: dict, id_field, options, on_done, selected_only=False
    ):
        super().__init__(description, QgsTask.Flag.CanCancel)
        # snapshots taken in the GUI thread, safe to read in the task's thread
        self.source = (
            QgsVectorLayerSelectedFeatureSource(layer)
            if selected_only
            else QgsVectorLayerFeatureSource(layer)
        )
        self.field_names = {key: name for key, name in fields.items() if name}
        self.id_field = id_field or None
        self.options = options
        self.on_done = on_done
        self.result = None
        self.error = None

    def run(self):  # noqa: D102 - the task's thread
        try:
            census = self._read()
            if self.isCanceled():
                return False
            self.result = weights_preview(census, self.options)
            return True
        except (PreviewProblem, URFlowError) as error:
            self.error = error
            return False

    def _read(self) -> VillageCensus:
        names = dict(self.field_names)
        if self.id_field:
            names[None] = self.id_field
        index = {key: self.source.fields().lookupField(name) for key, name in names.items()}
        missing = [names[key] for key, i in index.items() if i < 0]
        if missing:
            raise PreviewProblem("missing_fields", ", ".join(missing))
        request = QgsFeatureRequest()
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(sorted(set(index.values())))
        ids, values = [], {key: [] for key in self.field_names}
        feature = QgsFeature()
        iterator = self.source.getFeatures(request)
        while iterator.nextFeature(feature):
            if self.isCanceled():
                break
            attributes = feature.attributes()
            ids.append(text(attributes[index[None]]) if self.id_field else feature.id())
            for key in values:
                values[key].append(number(attributes[index[key]]))
        figures = {
            CENSUS_FIELDS[key]: np.array(column, dtype=float) for key, column in values.items()
        }
        return VillageCensus(ids, **figures)

    def finished(self, _ok):  # noqa: D102 - the GUI thread
        self.on_done(self)


def number(value) -> float:
    """A float, NaN for NULL or text that is no number."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def text(value):
    """An id as text, None for NULL or empty (as the run reads it)."""
    return None if value is None or value == "" or str(value) == "NULL" else str(value)

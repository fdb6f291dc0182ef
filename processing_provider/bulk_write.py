"""Writing many features to a sink at once: result columns turned into field values per column
(not per cell), features handed to the sink in batches (``addFeatures``), not one by one.

The sink is made by the caller (``layers.write_copy`` / ``new_sink``); only adding happens here.
"""

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink

#: Features per ``addFeatures`` call (a sink may look at cancel between calls).
BATCH = 2000


def field_values(column):
    """``[layers.attribute(v) for v in column]``, per column: NaN → None, numpy → Python."""
    if isinstance(column, np.ndarray) and column.ndim == 1:
        kind = column.dtype.kind
        if kind == "f":
            values = column.tolist()
            for k in np.flatnonzero(np.isnan(column)).tolist():
                values[k] = None
            return values
        if kind == "b":
            return column.astype(np.int64).tolist()
        if kind in "iuU":
            return column.tolist()
    from .layers import attribute

    return [attribute(value) for value in column]


def result_rows(columns, names):
    """One list of field values per row of ``columns`` (name → sequence), fields ``names``."""
    return [list(row) for row in zip(*(field_values(columns[name]) for name in names))]


def add_in_batches(sink, features, flags=QgsFeatureSink.Flag.FastInsert):
    """Add ``features`` (a list) to ``sink`` in batches of :data:`BATCH`."""
    for start in range(0, len(features), BATCH):
        sink.addFeatures(features[start : start + BATCH], flags)


def add_copies(sink, source, fids, fields, kept, rows, feedback):
    """Add to ``sink`` a copy of each feature of ``source`` whose id is in ``fids``: its
    geometry, the values of its fields named ``kept``, then ``rows[i]`` for ``fids[i]``; in the
    order ``source`` gives them, with ``fields``. Stops when ``feedback`` is canceled."""
    source_fields = source.fields()
    at = [source_fields.indexOf(name) for name in kept]
    whole = at == list(range(source_fields.count()))
    row_of = {int(fid): i for i, fid in enumerate(fids)}
    batch = []
    iterator, feature = source.getFeatures(), QgsFeature()
    while iterator.nextFeature(feature):
        i = row_of.get(feature.id())
        if i is None:
            continue
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        values = feature.attributes()
        out.setAttributes((values if whole else [values[k] for k in at]) + rows[i])
        batch.append(out)
        if len(batch) == BATCH:
            if feedback.isCanceled():
                return
            add_in_batches(sink, batch)
            batch = []
    if not feedback.isCanceled():
        add_in_batches(sink, batch)

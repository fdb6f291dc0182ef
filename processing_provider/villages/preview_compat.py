"""The two private methods the hollow-villages dialog's weight preview called before
``core.hollow.evaluate_villages`` existed, kept so that dialog keeps working until it calls the
core entry itself (``evaluate_villages(census, None, algorithm.method_options(...))``).
Remove this module and the mix-in once no dialog calls ``_indicators`` / ``_evaluate``."""

import numpy as np

from ...core.hollow import HollowOptions, directions
from ...core.hollow.evaluation import score_options
from ...core.hollow.inputs import indicator_values
from ...core.stats.composite import composite_index
from .village_reader import CENSUS_FIELDS


class PreviewCompat:
    """Mix-in of DetectHollowVillagesAlgorithm: the preview's old calls, on the core entry's
    own steps (the same indicators, options and weights as a run)."""

    def _indicators(self, columns, feedback):
        """{indicator id: values} from {field parameter: column or None}."""
        figures = {CENSUS_FIELDS[key]: column for key, column in columns.items()}
        values, _skipped = indicator_values(figures)
        return values

    def _evaluate(self, indicators, options: HollowOptions, ids, feedback):
        """The composite index (``.weights``, ``.entropy``, ``.weighting``) of ``indicators``."""
        used = tuple(indicators)
        return composite_index(
            np.column_stack([indicators[name] for name in used]),
            directions(used),
            score_options(options, used),
            names=used,
            row_ids=ids,
        )

"""Cost units and coordinates shared by every travel-cost module.

Costs are minutes (travel time) or meters (network or detoured distance); coordinates are
``(n, 2)`` arrays of x, y in metres of a projected CRS.
"""

from __future__ import annotations

import numpy as np

from ..checks import choice
from ..errors import InputError
from ..messages import tr

#: the cost units, in the order of the COST_UNIT parameter
COST_UNITS = ("minutes", "meters")

#: minutes per metre at 1 km/h: t [min] = length [m] * MIN_PER_M_AT_1KMH / speed [km/h]
MIN_PER_M_AT_1KMH = 60.0 / 1000.0


def cost_unit(value) -> str:
    """``value`` if it is one of :data:`COST_UNITS`, else an :class:`InputError`."""
    return choice(value, COST_UNITS, tr("cost unit"))


def xy_array(xy, name: str) -> np.ndarray:
    """``xy`` as a float array of shape (n, 2) (x, y in metres); an empty input gives (0, 2).

    Non-finite coordinates pass: callers decide what a missing point means.
    """
    try:
        arr = np.asarray(xy, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be numeric (x, y) coordinates in metres.").format(name=name)
        ) from exc
    if arr.ndim == 1 and arr.size == 0:
        arr = arr.reshape(0, 2)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise InputError(
            tr("{name} must have shape (n, 2) (x, y in metres); got {shape}.").format(
                name=name, shape=arr.shape
            )
        )
    return arr

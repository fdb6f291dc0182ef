"""The mixed-integer solver, found when it is needed.

``scipy.optimize.milp`` (HiGHS) arrived in SciPy 1.9; some QGIS installs ship an older SciPy
(Ubuntu 22.04 has 1.8). Importing it lazily keeps the plugin loading there: only the analyses
that solve a MILP refuse to run, saying which SciPy they need.
"""

from __future__ import annotations

from .errors import InputError
from .messages import tr

MILP_SCIPY = "1.9"


def require_milp():
    """``scipy.optimize.milp``, or an :class:`InputError` naming the SciPy version needed."""
    try:
        from scipy.optimize import milp
    except ImportError:
        try:
            import scipy

            version = scipy.__version__
        except ImportError:
            version = tr("none")
        raise InputError(
            tr(
                "This analysis solves a mixed-integer programme with scipy.optimize.milp, which "
                "needs SciPy {needed} or newer; the Python of this QGIS has SciPy {version}. "
                "Update SciPy for QGIS's Python (or use a QGIS that ships a newer one)."
            ).format(needed=MILP_SCIPY, version=version)
        ) from None
    return milp

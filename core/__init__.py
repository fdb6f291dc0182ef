"""QGIS-free numeric core of URFlow.

Nothing below this package may import ``qgis`` or Qt (``tests/core/test_core_is_qgis_free.py``
enforces it), so every function here can be used and tested with numpy and scipy alone.
"""

from .errors import URFlowError  # noqa: F401

"""What every URFlow algorithm shares: translation, instance creation, icon and help."""

import json
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..about import resource_path
from ..i18n import current_locale
from .guard import guarded

HELP_DIR = Path(__file__).resolve().parent / "help"


class BaseAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define ``name()``, ``group()``, ``groupId()`` and the algorithm itself.

    Every subclass's ``processAlgorithm`` runs through :func:`guard.guarded`: input geometry
    types checked first, outputs all-or-nothing on failure or cancel.
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "urflow_guarded", False):
            cls.processAlgorithm = guarded(process)

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def parameter_label(self, name) -> str:
        """How messages name a parameter: its (translated) label, then its identifier."""
        definition = self.parameterDefinition(name)
        return f"{definition.description()} [{name}]" if definition is not None else name

    def createInstance(self):  # noqa: N802
        return type(self)()

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        return resource_path("icons", f"{self.name()}.svg")

    def help_map(self) -> dict:
        """``help/<name>.<locale>.json`` if it exists, else ``help/<name>.json``."""
        language = current_locale().split("_")[0]
        for candidate in (
            f"{self.name()}.{current_locale()}",
            f"{self.name()}.{language}",
            self.name(),
        ):
            path = HELP_DIR / f"{candidate}.json"
            if path.exists():
                return json.loads(path.read_text(encoding="utf-8"))
        return {}

    def shortHelpString(self):  # noqa: N802
        return self.help_map().get("ALG_DESC", "")

    def helpString(self):  # noqa: N802
        return QgsProcessingUtils.formatHelpMapAsHtml(self.help_map(), self)

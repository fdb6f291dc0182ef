"""Make the checkout importable as the package ``urflow`` whatever its folder is called.

The repository root is the plugin folder; QGIS imports it by folder name. Tests (and
``qgis_process`` through ``QGIS_PLUGINPATH``) see it through ``.build/plugins/urflow``, a
symlink to the checkout, so ``import urflow`` works from a folder named ``main`` too.
"""

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGINS_DIR = REPO / ".build" / "plugins"


def _link_plugin() -> None:
    link = PLUGINS_DIR / "urflow"
    PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
    if link.is_symlink() and link.resolve() == REPO:
        return
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(REPO, target_is_directory=True)


_link_plugin()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(PLUGINS_DIR) not in sys.path:
    sys.path.insert(0, str(PLUGINS_DIR))

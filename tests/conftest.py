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


def run_qgis_process(*args, timeout=600):
    """Run the project's qgis_process wrapper; returns the CompletedProcess."""
    import subprocess

    return subprocess.run(
        ["bash", str(REPO / "scripts" / "qgis_process.sh"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _qgis_process_json(algorithm_id, parameters):
    import json

    completed = run_qgis_process(
        "run",
        algorithm_id,
        "--json",
        "--",
        *[f"{key}={value}" for key, value in parameters.items()],
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return json.loads(completed.stdout[completed.stdout.index("{") :])


import pytest  # noqa: E402


@pytest.fixture
def qgis_process_json():
    """``qgis_process_json(algorithm_id, {PARAM: value})`` → the parsed ``--json`` output."""
    return _qgis_process_json


@pytest.fixture
def sample_gpkg():
    return REPO / "resources" / "sample" / "sample_county.gpkg"


@pytest.fixture
def qgis_process():
    """``qgis_process(*args)`` → CompletedProcess of the project's qgis_process wrapper."""
    return run_qgis_process

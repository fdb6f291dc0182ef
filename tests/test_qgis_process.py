"""qgis_process (as a subprocess, through the project's wrapper) finds the URFlow provider."""

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def qgis_process(*args):
    return subprocess.run(["bash", str(REPO / "scripts" / "qgis_process.sh"), *args],
                          capture_output=True, text=True, timeout=300)


def test_qgis_process_loads_the_plugin_and_lists_the_provider():
    plugins = qgis_process("plugins")
    assert plugins.returncode == 0, plugins.stderr
    assert "* urflow" in plugins.stdout  # loaded, implements a Processing provider
    listing = qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    assert "\nURFlow\n" in listing.stdout

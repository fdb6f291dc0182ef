"""An older SciPy without scipy.optimize.milp: the plugin still imports, and the linkage says
which SciPy it needs instead of failing at start-up."""

import subprocess
import sys
from pathlib import Path

PLUGINS = str(Path(__file__).resolve().parents[2] / ".build" / "plugins")

SCRIPT = f"""
import sys
sys.path.insert(0, {PLUGINS!r})
import scipy.optimize
del scipy.optimize.milp  # as on SciPy 1.8 (Ubuntu 22.04)
import urflow.core.linkage as linkage  # importing the package must not fail
from urflow.core.errors import InputError
try:
    linkage.plan_linkage(None, None)
except InputError as error:
    print("REFUSED:", error)
"""


def test_without_milp_the_core_imports_and_the_linkage_names_the_scipy_it_needs():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "REFUSED:" in done.stdout
    assert "SciPy 1.9 or newer" in done.stdout and "scipy.optimize.milp" in done.stdout

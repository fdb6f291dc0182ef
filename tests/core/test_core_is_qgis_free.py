"""core/ and reporting/ never import QGIS or Qt: they are the path to batch runs without QGIS."""

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
QGIS_FREE = (REPO / "core", REPO / "reporting")
PLUGINS_DIR = Path(__file__).resolve().parents[2] / ".build" / "plugins"
FORBIDDEN = ("qgis", "PyQt4", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip", "processing")


def imported_roots(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]


def test_no_core_module_imports_qgis_or_qt():
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {root}"
        for folder in QGIS_FREE
        for path in sorted(folder.rglob("*.py"))
        for line, root in imported_roots(path)
        if root in FORBIDDEN
    ]
    assert offenders == []


def test_core_imports_with_qgis_and_qt_unavailable():
    modules = sorted(
        "urflow." + ".".join(path.relative_to(REPO).with_suffix("").parts).replace(".__init__", "")
        for folder in QGIS_FREE
        for path in folder.rglob("*.py")
    )
    script = (
        "import sys\n"
        f"for name in {FORBIDDEN!r}:\n"
        "    sys.modules[name] = None  # any import of it now raises ImportError\n"
        f"sys.path.insert(0, {str(PLUGINS_DIR)!r})\n"
        "import importlib\n"
        f"for module in {modules!r}:\n"
        "    importlib.import_module(module)\n"
        "print('ok')\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "ok"

"""Code that breaks on PyQt6 / QGIS 4 is found here, not by a planner opening QGIS 4.

PyQt6 drops the unscoped enum names (``QIODevice.WriteOnly`` must be written
``QIODevice.OpenModeFlag.WriteOnly``), the ``exec_()`` spelling and the ``PyQt5`` package; QGIS 4's
bindings drop the unscoped names of QGIS's own enums (``QgsWkbTypes.Point``). Every spelling this
test asks for already runs on QGIS 3.22 / Qt 5.15 (``test_curated_spellings_run_on_this_qgis``).

The plugin's Python sources (everything but ``.venv``, ``.build``, ``tests`` and hidden folders)
are parsed with :mod:`ast` and checked for:

* imports of ``PyQt5``/``PyQt6``/``sip`` instead of ``qgis.PyQt``;
* ``exec_`` (use ``exec()``);
* unscoped enum members of Qt and QGIS classes, ``Class.Member``: first from the curated map
  :data:`CURATED`, then by asking the running bindings whether ``Class.Member`` is a member of an
  enum nested in ``Class`` (then ``Class.Enum.Member`` is the spelling to use);
* unscoped flags read from an instance, ``parameter.FlagAdvanced`` (:data:`INSTANCE_MEMBERS`);
* ``QVariant.Type`` (``QVariant.Type.Double``): PyQt6 has no ``QVariant.Type``. QGIS's Qt6
  builds patch ``QVariant.Int``/``Double``/``String``… back onto ``QVariant`` as their
  ``QMetaType.Type`` values and ``QgsField`` takes them (qgis/QGIS#55954; its pyqt5_to_pyqt6
  script rewrites ``QVariant.Type.X`` to ``QVariant.X``), while QGIS 3.22 wants the
  ``QVariant.Type`` value, which ``QVariant.Double`` is there: ``QVariant.Double`` is the one
  spelling that runs on both, so the members of ``QVariant`` are otherwise left alone.
"""

import ast
import importlib
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SKIPPED_DIRS = {"tests", "dist", "demo-output", "__pycache__"}

#: Common unscoped names and the scoped spelling that runs on QGIS 3.22 (Qt 5.15) and PyQt6.
CURATED = {
    "QIODevice.ReadOnly": "QIODevice.OpenModeFlag.ReadOnly",
    "QIODevice.WriteOnly": "QIODevice.OpenModeFlag.WriteOnly",
    "QIODevice.ReadWrite": "QIODevice.OpenModeFlag.ReadWrite",
    "QIODevice.Text": "QIODevice.OpenModeFlag.Text",
    "Qt.AlignLeft": "Qt.AlignmentFlag.AlignLeft",
    "Qt.AlignRight": "Qt.AlignmentFlag.AlignRight",
    "Qt.AlignCenter": "Qt.AlignmentFlag.AlignCenter",
    "Qt.AlignHCenter": "Qt.AlignmentFlag.AlignHCenter",
    "Qt.AlignVCenter": "Qt.AlignmentFlag.AlignVCenter",
    "Qt.AlignTop": "Qt.AlignmentFlag.AlignTop",
    "Qt.AlignBottom": "Qt.AlignmentFlag.AlignBottom",
    "Qt.UserRole": "Qt.ItemDataRole.UserRole",
    "Qt.DisplayRole": "Qt.ItemDataRole.DisplayRole",
    "Qt.EditRole": "Qt.ItemDataRole.EditRole",
    "Qt.ToolTipRole": "Qt.ItemDataRole.ToolTipRole",
    "Qt.CheckStateRole": "Qt.ItemDataRole.CheckStateRole",
    "Qt.Checked": "Qt.CheckState.Checked",
    "Qt.Unchecked": "Qt.CheckState.Unchecked",
    "Qt.ItemIsEnabled": "Qt.ItemFlag.ItemIsEnabled",
    "Qt.ItemIsSelectable": "Qt.ItemFlag.ItemIsSelectable",
    "Qt.ItemIsEditable": "Qt.ItemFlag.ItemIsEditable",
    "Qt.ItemIsUserCheckable": "Qt.ItemFlag.ItemIsUserCheckable",
    "Qt.Horizontal": "Qt.Orientation.Horizontal",
    "Qt.Vertical": "Qt.Orientation.Vertical",
    "Qt.WaitCursor": "Qt.CursorShape.WaitCursor",
    "Qt.KeepAspectRatio": "Qt.AspectRatioMode.KeepAspectRatio",
    "Qt.SmoothTransformation": "Qt.TransformationMode.SmoothTransformation",
    "Qt.transparent": "Qt.GlobalColor.transparent",
    "Qt.white": "Qt.GlobalColor.white",
    "Qt.black": "Qt.GlobalColor.black",
    "Qt.NoPen": "Qt.PenStyle.NoPen",
    "Qt.SolidLine": "Qt.PenStyle.SolidLine",
    "Qt.DashLine": "Qt.PenStyle.DashLine",
    "Qt.NoBrush": "Qt.BrushStyle.NoBrush",
    "Qt.AscendingOrder": "Qt.SortOrder.AscendingOrder",
    "Qt.DescendingOrder": "Qt.SortOrder.DescendingOrder",
    "Qt.CaseInsensitive": "Qt.CaseSensitivity.CaseInsensitive",
    "Qt.RichText": "Qt.TextFormat.RichText",
    "Qt.MatchExactly": "Qt.MatchFlag.MatchExactly",
    "Qt.WA_DeleteOnClose": "Qt.WidgetAttribute.WA_DeleteOnClose",
    "Qt.TextSelectableByMouse": "Qt.TextInteractionFlag.TextSelectableByMouse",
    "QMessageBox.Yes": "QMessageBox.StandardButton.Yes",
    "QMessageBox.No": "QMessageBox.StandardButton.No",
    "QMessageBox.Ok": "QMessageBox.StandardButton.Ok",
    "QMessageBox.Cancel": "QMessageBox.StandardButton.Cancel",
    "QMessageBox.Warning": "QMessageBox.Icon.Warning",
    "QMessageBox.Information": "QMessageBox.Icon.Information",
    "QMessageBox.Critical": "QMessageBox.Icon.Critical",
    "QSizePolicy.Expanding": "QSizePolicy.Policy.Expanding",
    "QSizePolicy.Preferred": "QSizePolicy.Policy.Preferred",
    "QSizePolicy.Fixed": "QSizePolicy.Policy.Fixed",
    "QSizePolicy.Minimum": "QSizePolicy.Policy.Minimum",
    "QSizePolicy.Maximum": "QSizePolicy.Policy.Maximum",
    "QFont.Bold": "QFont.Weight.Bold",
    "QFont.Normal": "QFont.Weight.Normal",
    "QPainter.Antialiasing": "QPainter.RenderHint.Antialiasing",
    "QPainter.TextAntialiasing": "QPainter.RenderHint.TextAntialiasing",
    "QPainter.SmoothPixmapTransform": "QPainter.RenderHint.SmoothPixmapTransform",
    "QImage.Format_ARGB32": "QImage.Format.Format_ARGB32",
    "QImage.Format_ARGB32_Premultiplied": "QImage.Format.Format_ARGB32_Premultiplied",
    "QImage.Format_RGB32": "QImage.Format.Format_RGB32",
    "QDialogButtonBox.Ok": "QDialogButtonBox.StandardButton.Ok",
    "QDialogButtonBox.Cancel": "QDialogButtonBox.StandardButton.Cancel",
    "QDialogButtonBox.Close": "QDialogButtonBox.StandardButton.Close",
    "QDialogButtonBox.Help": "QDialogButtonBox.StandardButton.Help",
    "QDialogButtonBox.Apply": "QDialogButtonBox.StandardButton.Apply",
    "QDialogButtonBox.Reset": "QDialogButtonBox.StandardButton.Reset",
    "QAbstractItemView.SelectRows": "QAbstractItemView.SelectionBehavior.SelectRows",
    "QAbstractItemView.SingleSelection": "QAbstractItemView.SelectionMode.SingleSelection",
    "QAbstractItemView.ExtendedSelection": "QAbstractItemView.SelectionMode.ExtendedSelection",
    "QAbstractItemView.NoEditTriggers": "QAbstractItemView.EditTrigger.NoEditTriggers",
    "QHeaderView.Stretch": "QHeaderView.ResizeMode.Stretch",
    "QHeaderView.ResizeToContents": "QHeaderView.ResizeMode.ResizeToContents",
    "QHeaderView.Interactive": "QHeaderView.ResizeMode.Interactive",
    "QFrame.NoFrame": "QFrame.Shape.NoFrame",
    "QFrame.HLine": "QFrame.Shape.HLine",
    "QLineEdit.Password": "QLineEdit.EchoMode.Password",
    "QFileDialog.ShowDirsOnly": "QFileDialog.Option.ShowDirsOnly",
    "QPalette.Window": "QPalette.ColorRole.Window",
    "QgsWkbTypes.Point": "QgsWkbTypes.Type.Point",
    "QgsWkbTypes.LineString": "QgsWkbTypes.Type.LineString",
    "QgsWkbTypes.Polygon": "QgsWkbTypes.Type.Polygon",
    "QgsWkbTypes.MultiPolygon": "QgsWkbTypes.Type.MultiPolygon",
    "QgsWkbTypes.NoGeometry": "QgsWkbTypes.Type.NoGeometry",
    "QgsWkbTypes.PointGeometry": "QgsWkbTypes.GeometryType.PointGeometry",
    "QgsWkbTypes.LineGeometry": "QgsWkbTypes.GeometryType.LineGeometry",
    "QgsWkbTypes.PolygonGeometry": "QgsWkbTypes.GeometryType.PolygonGeometry",
    "QgsWkbTypes.NullGeometry": "QgsWkbTypes.GeometryType.NullGeometry",
    "QgsProcessing.TypeVectorPoint": "QgsProcessing.SourceType.TypeVectorPoint",
    "QgsProcessing.TypeVectorLine": "QgsProcessing.SourceType.TypeVectorLine",
    "QgsProcessing.TypeVectorPolygon": "QgsProcessing.SourceType.TypeVectorPolygon",
    "QgsProcessing.TypeVectorAnyGeometry": "QgsProcessing.SourceType.TypeVectorAnyGeometry",
    "QgsProcessing.TypeVector": "QgsProcessing.SourceType.TypeVector",
    "QgsProcessing.TypeRaster": "QgsProcessing.SourceType.TypeRaster",
    "QgsProcessing.TypeMapLayer": "QgsProcessing.SourceType.TypeMapLayer",
    "QgsProcessingParameterNumber.Integer": "QgsProcessingParameterNumber.Type.Integer",
    "QgsProcessingParameterNumber.Double": "QgsProcessingParameterNumber.Type.Double",
    "QgsProcessingParameterField.Any": "QgsProcessingParameterField.DataType.Any",
    "QgsProcessingParameterField.Numeric": "QgsProcessingParameterField.DataType.Numeric",
    "QgsProcessingParameterField.String": "QgsProcessingParameterField.DataType.String",
    "QgsProcessingParameterDefinition.FlagAdvanced": (
        "QgsProcessingParameterDefinition.Flag.FlagAdvanced"
    ),
    "QgsProcessingParameterDefinition.FlagOptional": (
        "QgsProcessingParameterDefinition.Flag.FlagOptional"
    ),
    "QgsProcessingAlgorithm.FlagNoThreading": "QgsProcessingAlgorithm.Flag.FlagNoThreading",
    "QgsFeatureSink.FastInsert": "QgsFeatureSink.Flag.FastInsert",
    "QgsFeatureRequest.NoGeometry": "QgsFeatureRequest.Flag.NoGeometry",
    "Qgis.Info": "Qgis.MessageLevel.Info",
    "Qgis.Warning": "Qgis.MessageLevel.Warning",
    "Qgis.Critical": "Qgis.MessageLevel.Critical",
    "Qgis.Success": "Qgis.MessageLevel.Success",
}

#: Unscoped flags commonly read from an instance (``parameter.FlagAdvanced``): any object.
INSTANCE_MEMBERS = {
    "FlagAdvanced": "QgsProcessingParameterDefinition.Flag.FlagAdvanced",
    "FlagOptional": "QgsProcessingParameterDefinition.Flag.FlagOptional",
    "FlagHidden": "QgsProcessingParameterDefinition.Flag.FlagHidden",
    "FlagIsModelOutput": "QgsProcessingParameterDefinition.Flag.FlagIsModelOutput",
}

#: What to write instead of ``QVariant.Type`` (see the module docstring).
QVARIANT_TYPE = (
    "write QVariant.Int, QVariant.Double, QVariant.String (QVariant.Type is not in PyQt6)"
)

#: Classes whose unscoped members the generic check leaves alone (see the module docstring).
NOT_CHECKED = {"QVariant"}

#: Offenders allowed for now: file -> texts; a text allows every use of it in that file.
#: Empty since the last renovation leftovers were fixed; keep it so, never add to it.
ALLOWED = {}


def plugin_sources():
    """The plugin's ``.py`` files (relative paths), hidden folders, tests and builds left out."""
    found = []
    for root, dirs, files in os.walk(REPO):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        found += [Path(root, name).relative_to(REPO) for name in files if name.endswith(".py")]
    return sorted(found)


def binding_classes():
    """Name → class of every Qt and QGIS class the plugin may use (as the modules spell it)."""
    names = {}
    for module_name in (
        "qgis.PyQt.QtCore",
        "qgis.PyQt.QtGui",
        "qgis.PyQt.QtWidgets",
        "qgis.PyQt.QtXml",
        "qgis.PyQt.QtNetwork",
        "qgis.PyQt.QtSvg",
        "qgis.PyQt.QtPrintSupport",
        "qgis.core",
        "qgis.gui",
        "qgis.analysis",
    ):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name in dir(module):
            value = getattr(module, name)
            if name.startswith("Q") and isinstance(value, type):
                names.setdefault(name, value)
    return names


def dotted(node):
    """``a.b.c`` for a chain of names and attributes, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def is_enum_type(value):
    return type(value).__name__ == "enumtype"  # sip's metaclass of wrapped C++ enums


def scoped_spelling(classes, class_name, member):
    """``Class.Enum.Member`` when ``Class.Member`` is an unscoped enum member, else None."""
    cls = classes.get(class_name)
    if cls is None or class_name in NOT_CHECKED or is_enum_type(cls):
        return None
    value = getattr(cls, member, None)
    if value is None or isinstance(value, type) or not is_enum_type(type(value)):
        return None
    enum_name = type(value).__qualname__.rpartition(".")[2]
    for candidate in (f"{class_name}.{enum_name}", type(value).__qualname__):
        holder = resolve(classes, candidate)
        if holder is not None and getattr(holder, member, None) == value:
            return f"{candidate}.{member}"
    return f"{type(value).__qualname__}.{member}"


def resolve(classes, name):
    """The object a dotted name starting with a binding class names, else None."""
    head, *rest = (name or "").split(".")
    value = classes.get(head)
    for part in rest:
        value = getattr(value, part, None)
    return value


def qt6_breakers(source, classes):
    """[(line, offending text, what to write instead)] for one module's source text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                    found.append(
                        (node.lineno, f"import {alias.name}", "import it through qgis.PyQt")
                    )
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                found.append((node.lineno, f"from {node.module} import", "from qgis.PyQt..."))
        elif isinstance(node, ast.Attribute):
            if node.attr == "exec_":
                found.append((node.lineno, f"{dotted(node.value) or '...'}.exec_", ".exec()"))
                continue
            owner = dotted(node.value)
            class_name = owner.split(".")[-1] if owner else None
            if class_name == "QVariant" and node.attr == "Type":
                found.append((node.lineno, f"{owner}.Type", QVARIANT_TYPE))
                continue
            key = f"{class_name}.{node.attr}"
            if key in CURATED:
                found.append((node.lineno, key, CURATED[key]))
            elif class_name in classes:
                spelling = scoped_spelling(classes, class_name, node.attr)
                if spelling:
                    found.append((node.lineno, key, spelling))
            elif node.attr in INSTANCE_MEMBERS and not is_enum_type(resolve(classes, owner)):
                text = f"{owner or '...'}.{node.attr}"
                found.append((node.lineno, text, INSTANCE_MEMBERS[node.attr]))
    return sorted(found)


@pytest.fixture(scope="module")
def classes():
    return binding_classes()


@pytest.fixture(scope="module")
def findings(classes):
    """[(file, line, text, spelling)] over the plugin's sources."""
    result = []
    for path in plugin_sources():
        source = (REPO / path).read_text(encoding="utf-8")
        result += [(path.as_posix(), *hit) for hit in qt6_breakers(source, classes)]
    return result


def test_the_scan_covers_the_plugin_and_skips_tests_and_builds():
    files = {path.as_posix() for path in plugin_sources()}
    assert {"plugin.py", "processing_provider/provider.py", "core/checks.py"} <= files
    assert not [f for f in files if f.split("/")[0] in {"tests", ".venv", ".build"}]


@pytest.mark.parametrize("unscoped", sorted(CURATED))
def test_curated_spellings_run_on_this_qgis(classes, unscoped):
    """The spelling the failure message asks for works on the QGIS the tests run on."""
    scoped = CURATED[unscoped]
    namespace = dict(classes)
    assert eval(scoped, namespace) == eval(unscoped, namespace)  # noqa: S307
    holder = eval(scoped.rpartition(".")[0], namespace)  # noqa: S307
    assert is_enum_type(holder), f"{scoped} is not a member of an enum"


def test_the_scanner_finds_each_kind_and_leaves_scoped_spellings_alone(classes):
    bad = (
        "from PyQt5.QtCore import Qt\n"
        "import sip\n"
        "f.open(QIODevice.WriteOnly)\n"
        "dialog.exec_()\n"
        "box = QtWidgets.QMessageBox.Yes\n"
        "kind = QgsWkbTypes.Point\n"
        "types = [QgsProcessing.TypeVectorPoint]\n"
        "hint = QPainter.HighQualityAntialiasing\n"
        "p.setFlags(p.flags() | p.FlagAdvanced)\n"
        "field = QgsField('n', QVariant.Type.Double)\n"
    )
    hits = {(line, text, spelling) for line, text, spelling in qt6_breakers(bad, classes)}
    assert {(line, text) for line, text, _ in hits} == {
        (1, "from PyQt5.QtCore import"),
        (2, "import sip"),
        (3, "QIODevice.WriteOnly"),
        (4, "dialog.exec_"),
        (5, "QMessageBox.Yes"),
        (6, "QgsWkbTypes.Point"),
        (7, "QgsProcessing.TypeVectorPoint"),
        (8, "QPainter.HighQualityAntialiasing"),
        (9, "p.FlagAdvanced"),
        (10, "QVariant.Type"),
    }
    assert (
        8,
        "QPainter.HighQualityAntialiasing",
        "QPainter.RenderHint.HighQualityAntialiasing",
    ) in hits
    good = (
        "from qgis.PyQt import sip\n"
        "from qgis.PyQt.QtCore import Qt\n"
        "f.open(QIODevice.OpenModeFlag.WriteOnly)\n"
        "dialog.exec()\n"
        "align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
        "kind = QgsWkbTypes.Type.Point\n"
        "field = QgsField('n', QVariant.Double)\n"
        "flags = QgsProcessingParameterDefinition.Flag.FlagAdvanced\n"
        "value = QgsProcessing.TEMPORARY_OUTPUT\n"
    )
    assert qt6_breakers(good, classes) == []


def test_no_code_that_breaks_on_qt6(findings):
    new = [hit for hit in findings if hit[2] not in ALLOWED.get(hit[0], ())]
    assert new == [], "code that breaks on PyQt6 / QGIS 4:\n" + "\n".join(
        f"  {file}:{line}: {text} -> {spelling}" for file, line, text, spelling in new
    )


def test_the_allowlist_only_holds_offenders_still_there(findings):
    still_there = {(file, text) for file, _line, text, _spelling in findings}
    allowed = {(file, text) for file, texts in ALLOWED.items() for text in texts}
    fixed = sorted(allowed - still_there)
    assert fixed == [], f"fixed, so remove from ALLOWED: {fixed}"


def test_every_suggested_spelling_runs_on_this_qgis(findings, classes):
    """The generic check's suggestions too (the curated ones are checked above)."""
    namespace = dict(classes)
    suggested = {spelling for *_, spelling in findings if spelling.startswith("Q")}
    for spelling in sorted(suggested):
        assert is_enum_type(eval(spelling.rpartition(".")[0], namespace)), spelling  # noqa: S307

"""Every translatable string in the plugin's code and .ui files has a finished Chinese
translation in ``resources/i18n/urflow_zh_CN.ts`` (issue #6: a Chinese planner meets no English).

The strings are found here with Python's own parser, independently of ``pylupdate5``, so a call
pylupdate5 silently skips (an f-string, a trailing comma) or a string added without running
``make ts`` fails the test with its file and line.
"""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "urflow_zh_CN.ts"
SKIP_DIRS = {"tests", "scripts", "benchmarks", ".venv", ".build", "dist", "demo-output"}
#: Calls whose string argument is translated: name -> (index of the context, index of the text);
#: context None = the enclosing class (``self.tr``) or ``@default`` outside a class / for ``tr``.
CALLS = {"translate": (0, 1), "QT_TRANSLATE_NOOP": (0, 1), "tr": (None, 0)}


def plugin_sources():
    for path in sorted(ROOT.rglob("*.py")):
        if not SKIP_DIRS.intersection(path.relative_to(ROOT).parts[:-1]):
            yield path


def finished_translations():
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (
                translation is not None
                and translation.get("type") is None
                and (translation.text or "").strip()
            )
            found[(name, message.findtext("source"))] = bool(done)
    return found


def constants(tree):
    """Module-level NAME = "text" assignments (contexts kept in a constant)."""
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def translatable_calls(path, source=None):
    """(context, text, line) of each translation call with literal text; problems found."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    names = constants(tree)
    found, problems = [], []

    def visit(node, cls):
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in CALLS:
            return
        context_at, text_at = CALLS[name]
        if len(node.args) <= text_at:
            return
        text = node.args[text_at]
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if isinstance(text, ast.JoinedStr) or (isinstance(text, ast.BinOp)):
            problems.append(f"{where}: {name}() of a computed string cannot be translated")
            return
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            return  # a variable: the literal was marked where it was written
        if context_at is None:
            is_method = isinstance(func, ast.Attribute)
            context = cls if is_method and cls else "@default"
        else:
            arg = node.args[context_at]
            context = (
                arg.value if isinstance(arg, ast.Constant) else names.get(getattr(arg, "id", None))
            )
        found.append((context, text.value, where))

    visit(tree, None)
    return found, problems


def ui_strings():
    for path in sorted((ROOT / "ui").glob("*.ui")):
        root = ET.parse(path).getroot()
        context = (
            root.find("widget").get("name")
            if root.find("class") is None
            else root.findtext("class")
        )
        for string in root.iter("string"):
            if string.get("notr") != "true" and (string.text or "").strip():
                yield context, string.text, path.name


def test_every_translatable_string_has_a_finished_chinese_translation():
    translations = finished_translations()
    missing, problems, count = [], [], 0
    for path in plugin_sources():
        calls, bad = translatable_calls(path)
        problems += bad
        for context, text, where in calls:
            count += 1
            if not translations.get((context, text)):
                missing.append(f"{where} [{context}] {text!r}")
    for context, text, where in ui_strings():
        count += 1
        if not translations.get((context, text)):
            missing.append(f"{where} [{context}] {text!r}")
    assert count > 500, "the scan found too few strings: is it still reading the plugin?"
    assert problems == []
    assert missing == [], f"{len(missing)} strings lack a Chinese translation (make ts)"


@pytest.mark.parametrize(
    "snippet, problem",
    [
        ('raise E(tr(f"bad {x}"))', True),
        ('raise E(tr("bad {x}").format(x=1))', False),
        ('self.tr("a" + b)', True),
    ],
)
def test_the_scan_refuses_computed_strings(snippet, problem):
    _calls, problems = translatable_calls(ROOT / "core" / "_scan_probe.py", snippet)
    assert bool(problems) is problem

"""core/README.md, the map of output field → core function → label table, cannot go stale.

Every dotted name in backticks must exist (``core.*`` and ``reporting.*`` imported; the QGIS
adapters' ``processing_provider.*`` found in their source, without importing QGIS), every
label table must be a LabelTable of a field or result key of its algorithm, and every field an
output writes (its field list, named in the table's heading) must be mapped, and no other.
"""

import ast
import importlib
import re
from pathlib import Path

import pytest

from urflow.core.labels import LabelTable

REPO = Path(__file__).resolve().parents[2]
README = REPO / "core" / "README.md"
NAME = re.compile(r"`((?:core|reporting|processing_provider)(?:\.[A-Za-z_]\w*)+)`")
PATH = re.compile(r"`((?:core|reporting|processing_provider)/[\w/]+\.py)`")
ALGORITHM = re.compile(r"^### (urflow:\w+)\s*$")
OUTPUT = re.compile(r"^#### (\w+) — fields of `([\w.]+)`\s*$")
RESULT = re.compile(r"^#### Result keys\s*$")
ALGORITHMS = (
    "urflow:hollowvillages",
    "urflow:facilitygaps",
    "urflow:landquotalinkage",
    "urflow:controllinecheck",
    "urflow:urbanruralflows",
    "urflow:villageclassification",
    "urflow:facilitysiting",
    "urflow:settlementconsolidation",
    "urflow:planningreport",
    "urflow:landsurveylayers",
)


def text():
    return README.read_text(encoding="utf-8")


# -- resolving names ---------------------------------------------------------------------


def imported(dotted):
    """The object a ``core.…`` or ``reporting.…`` name stands for (modules, then attributes)."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module("urflow." + ".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for attribute in parts[cut:]:
            obj = getattr(obj, attribute)  # AttributeError: the map names what is not there
        return obj
    raise ModuleNotFoundError(dotted)


def source_node(dotted):
    """The AST node (module, class, function or assignment) a ``processing_provider.…`` name
    stands for, found in the source without importing QGIS."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        base = REPO.joinpath(*parts[:cut])
        path = base.with_suffix(".py")
        if not path.exists() and (base / "__init__.py").exists():
            path = base / "__init__.py"
        if path.exists():
            node = ast.parse(path.read_text(encoding="utf-8"))
            for name in parts[cut:]:
                node = member(node, name)
                if node is None:
                    raise AttributeError(f"{dotted}: no {name} in {path.relative_to(REPO)}")
            return node
    raise ModuleNotFoundError(dotted)


def member(node, name):
    for child in node.body:
        if isinstance(child, (ast.FunctionDef, ast.ClassDef)) and child.name == name:
            return child
        if isinstance(child, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in child.targets
        ):
            return child
    return None


def field_names(dotted):
    """The names of a field list: ``(name, type)`` pairs or plain names."""
    if dotted.startswith("processing_provider."):
        value = source_node(dotted).value
        assert isinstance(value, (ast.List, ast.Tuple)), f"{dotted} is no literal list"
        return [
            (item.elts[0] if isinstance(item, ast.Tuple) else item).value for item in value.elts
        ]
    return [item if isinstance(item, str) else item[0] for item in imported(dotted)]


def resolves(dotted):
    if dotted.startswith("processing_provider."):
        source_node(dotted)
    else:
        imported(dotted)


# -- reading the map ---------------------------------------------------------------------


def cells(line):
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def sections():
    """{algorithm: [(output key, field list name or None, [rows of cells])]}."""
    found, algorithm, table = {}, None, None
    for line in text().splitlines():
        if line.startswith("## "):
            algorithm = table = None
        elif ALGORITHM.match(line):
            algorithm = ALGORITHM.match(line).group(1)
            found[algorithm] = []
        elif algorithm and (OUTPUT.match(line) or RESULT.match(line)):
            heading = OUTPUT.match(line)
            table = (heading.group(1), heading.group(2)) if heading else ("result", None)
            found[algorithm].append((*table, []))
        elif line.startswith("#"):
            table = None
        elif algorithm and table and line.startswith("|"):
            row = cells(line)
            if row[0] in ("field", "key") or set(row[0]) <= set("-"):
                continue
            found[algorithm][-1][2].append(row)
    return found


def test_every_name_in_the_map_exists():
    names = sorted(set(NAME.findall(text())))
    assert len(names) > 100
    missing = []
    for name in names:
        try:
            resolves(name)
        except (ImportError, AttributeError) as error:
            missing.append(f"{name} ({error})")
    assert missing == []
    for path in PATH.findall(text()):
        assert (REPO / path).exists(), path


def test_every_algorithm_has_its_section():
    assert tuple(sections()) == ALGORITHMS


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_each_field_has_one_function_and_at_most_one_label_table(algorithm):
    tables = sections()[algorithm]
    assert tables, algorithm
    known = set()  # fields and result keys of the algorithm
    for _output, _fields, rows in tables:
        for row in rows:
            known.update(re.split(r",\s*", row[0]))
    for output, _fields, rows in tables:
        assert rows, (algorithm, output)
        for row in rows:
            assert len(row) == 4, row
            computed = NAME.findall(row[1])
            assert len(computed) == 1 and row[1] == f"`{computed[0]}`", (output, row)
            if row[2] == "—":
                continue
            tables_named = NAME.findall(row[2])
            assert tables_named, (output, row)
            for name in tables_named:
                table = imported(name)
                assert isinstance(table, LabelTable), (output, row[0], name)
                assert table.field in known, (output, row[0], name, table.field)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_every_field_an_output_writes_is_mapped(algorithm):
    for output, fields, rows in sections()[algorithm]:
        if fields is None:
            continue
        mapped = [row[0] for row in rows]
        assert mapped == list(dict.fromkeys(mapped)), (output, "a field mapped twice")
        assert set(mapped) == set(field_names(fields)), (algorithm, output)


def test_label_tables_of_the_core_are_all_in_the_map():
    """A new categorical output gets a label table; the map must say which field it labels."""
    objects = [imported(name) for name in set(NAME.findall(text())) if name.startswith("core.")]
    named = {id(obj) for obj in objects if isinstance(obj, LabelTable)}
    unmapped = []
    for path in sorted((REPO / "core").rglob("*.py")):
        module = ".".join(path.relative_to(REPO).with_suffix("").parts)
        if module.endswith("__init__"):
            continue
        for name, obj in vars(importlib.import_module("urflow." + module)).items():
            if isinstance(obj, LabelTable) and id(obj) not in named:
                unmapped.append(f"{module}.{name}")
    assert unmapped == []


def test_the_classification_writes_its_derived_fields_in_the_order_it_derives_them():
    written = field_names("processing_provider.villages.class_outputs.RESULT_FIELDS")
    derived = source_node("processing_provider.villages.class_derived.DERIVED").value
    shares = source_node("processing_provider.villages.class_derived.SHARE_LAYERS").value
    names = [key.value for key in shares.keys] + [
        item.elts[0].value for item in derived.elts if isinstance(item, ast.Tuple)
    ]
    assert written[: len(names)] == names

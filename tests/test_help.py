"""Algorithm help (issue #6): every algorithm documents every parameter and output, in English
and in Chinese, and the help shown follows QGIS's locale.

The algorithms are whatever ``algorithm_classes()`` offers, so a new algorithm needs its
``processing_provider/help/<name>.json`` and ``<name>.zh_CN.json`` to pass.
"""

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from urflow import i18n
from urflow.processing_provider.provider import algorithm_classes

HELP_DIR = Path(__file__).resolve().parents[1] / "processing_provider" / "help"
STANDARDS_CSV = (
    Path(__file__).resolve().parents[1] / "resources" / "standards" / "china_national.csv"
)
#: Help files per algorithm: "" = ``<name>.json`` (English, the fallback), else ``<name>.<x>.json``
LANGUAGES = ("", "zh_CN")
#: Keys formatHelpMapAsHtml reads besides the parameter names.
META_KEYS = {"ALG_DESC", "ALG_CREATOR", "ALG_HELP_CREATOR", "ALG_VERSION"}
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
TAG = re.compile(r"</?([a-zA-Z]+)[^<>]*>")
ALLOWED_TAGS = {"p", "b", "i", "br", "sub", "sup"}


def algorithm_id(algorithm_class):
    return algorithm_class.__name__


ALGORITHMS = pytest.mark.parametrize("algorithm_class", algorithm_classes(), ids=algorithm_id)
BOTH_LANGUAGES = pytest.mark.parametrize("language", LANGUAGES, ids=lambda x: x or "en")


def help_path(algorithm_class, language):
    name = algorithm_class().name()
    return HELP_DIR / (f"{name}.{language}.json" if language else f"{name}.json")


def load_help(algorithm_class, language):
    path = help_path(algorithm_class, language)
    assert path.exists(), f"missing help file {path.name}"
    with path.open(encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as error:
            pytest.fail(f"{path.name} is not valid JSON: {error}")
    assert isinstance(data, dict), f"{path.name} must hold one JSON object"
    return data


def parameter_names(algorithm_class):
    """Every parameter of the algorithm, destinations (outputs) included, in dialog order."""
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    names = [parameter.name() for parameter in algorithm.parameterDefinitions()]
    names += [
        output.name() for output in algorithm.outputDefinitions() if output.name() not in names
    ]
    assert names, f"{algorithm.name()} has no parameters"
    return names


@ALGORITHMS
@BOTH_LANGUAGES
def test_help_file_exists_and_is_a_json_object_of_strings(qgis_app, algorithm_class, language):
    data = load_help(algorithm_class, language)
    not_text = sorted(key for key, value in data.items() if not isinstance(value, str))
    assert not_text == [], f"{help_path(algorithm_class, language).name}: not strings"


@ALGORITHMS
@BOTH_LANGUAGES
def test_help_documents_every_parameter_and_output(qgis_app, algorithm_class, language):
    data = load_help(algorithm_class, language)
    required = ["ALG_DESC", "ALG_CREATOR"] + parameter_names(algorithm_class)
    missing = [key for key in required if not data.get(key, "").strip()]
    assert missing == [], f"{help_path(algorithm_class, language).name}: no help for {missing}"


@ALGORITHMS
@BOTH_LANGUAGES
def test_help_has_no_entry_for_a_parameter_that_does_not_exist(qgis_app, algorithm_class, language):
    data = load_help(algorithm_class, language)
    stale = sorted(set(data) - META_KEYS - set(parameter_names(algorithm_class)))
    assert stale == [], f"{help_path(algorithm_class, language).name}: unknown keys {stale}"


@ALGORITHMS
@BOTH_LANGUAGES
def test_help_html_uses_simple_balanced_tags(qgis_app, algorithm_class, language):
    data = load_help(algorithm_class, language)
    problems = []
    for key, text in data.items():
        tags = TAG.findall(text)
        unknown = {tag.lower() for tag in tags} - ALLOWED_TAGS
        if unknown:
            problems.append(f"{key}: tags {sorted(unknown)}")
        for tag in ALLOWED_TAGS - {"br"}:
            opened = len(re.findall(rf"<{tag}(?:\s[^<>]*)?>", text, re.IGNORECASE))
            closed = len(re.findall(rf"</{tag}>", text, re.IGNORECASE))
            if opened != closed:
                problems.append(f"{key}: {opened} <{tag}> but {closed} </{tag}>")
        if "<" in TAG.sub("", text):
            problems.append(f"{key}: a bare '<' (write it as a word, ≤ or &lt;)")
    assert problems == [], f"{help_path(algorithm_class, language).name}: {problems}"


@ALGORITHMS
def test_english_and_chinese_help_have_the_same_entries(qgis_app, algorithm_class):
    english, chinese = (set(load_help(algorithm_class, language)) for language in LANGUAGES)
    assert sorted(english ^ chinese) == []


@ALGORITHMS
def test_chinese_help_is_written_in_chinese(qgis_app, algorithm_class):
    data = load_help(algorithm_class, "zh_CN")
    not_chinese = sorted(
        key for key, text in data.items() if key != "ALG_CREATOR" and not CJK.search(text)
    )
    assert not_chinese == []


def set_qgis_locale(monkeypatch, locale):
    """Make QgsApplication.locale() (as urflow.i18n sees it) return ``locale``."""
    monkeypatch.setattr(i18n, "QgsApplication", SimpleNamespace(locale=lambda: locale))


@ALGORITHMS
def test_help_map_gives_the_chinese_help_in_a_chinese_qgis(qgis_app, monkeypatch, algorithm_class):
    chinese = load_help(algorithm_class, "zh_CN")
    set_qgis_locale(monkeypatch, "zh_CN")
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    assert algorithm.help_map() == chinese
    assert algorithm.shortHelpString() == chinese["ALG_DESC"]
    html = algorithm.helpString()
    assert chinese["ALG_DESC"] in html
    first_parameter = algorithm.parameterDefinitions()[0].name()
    assert chinese[first_parameter] in html


@ALGORITHMS
@pytest.mark.parametrize("locale", ["en_US", "en", "de_DE"])
def test_help_map_gives_the_english_help_in_other_languages(
    qgis_app, monkeypatch, algorithm_class, locale
):
    set_qgis_locale(monkeypatch, locale)
    assert algorithm_class().help_map() == load_help(algorithm_class, "")


@ALGORITHMS
@pytest.mark.parametrize(
    "locale",
    [pytest.param("zh", id="zh-system-locale"), pytest.param("zh-Hans", id="zh-Hans-override")],
)
def test_help_map_gives_the_chinese_help_for_qgis_chinese_locale_names(
    qgis_app, monkeypatch, algorithm_class, locale
):
    set_qgis_locale(monkeypatch, locale)
    assert algorithm_class().help_map() == load_help(algorithm_class, "zh_CN")


def test_facility_gap_help_names_every_preset_and_the_standards_behind_them(qgis_app):
    """Issue #6 asks for the standards each algorithm follows: every preset of the national
    table is named under STANDARD, and every standard code of its sources under ALG_DESC."""
    import csv

    (facility_gaps,) = [cls for cls in algorithm_classes() if cls().name() == "facilitygaps"]
    with STANDARDS_CSV.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    codes = set()
    for row in rows:
        codes.update(
            re.findall(
                r"GB(?:/T)? \d+-\d{4}|TD/T \d+-\d{4}|建标\d+-\d{4}|" r"国办发〔\d{4}〕\d+号",
                row["source"],
            )
        )
    assert codes
    for language in LANGUAGES:
        data = load_help(facility_gaps, language)
        assert [row["id"] for row in rows if row["id"] not in data["STANDARD"]] == []
        assert sorted(code for code in codes if code not in data["ALG_DESC"]) == []


# --------------------------------------------------------------------------- docs/ citations
# Users have the plugin's help, README and docs/, not the project's specification files: help
# and README cite docs/ (the Chinese help docs/zh/, the English help and README docs/en/), and
# every file and section they cite exists.

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
README = REPO / "README.md"
SPEC_FILES = re.compile(r"\bDOMAIN\b|\bDESIGN\.md\b|\bDOMAIN\.md\b")
DOCS_CITATION = re.compile(
    r"(docs/(?:(?:en|zh)/[\w-]+\.md|README\.md))`?(?:\s*§\s*(\d+(?:\.\d+)*)(?:[–-](\d+(?:\.\d+)*))?)?"
)
HEADING_NUMBER = re.compile(r"^#{2,4}\s+(\d+(?:\.\d+)*)[.\s]", re.MULTILINE)
TEST_CITATION = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")
MARKDOWN_LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def help_files():
    return sorted(HELP_DIR.glob("*.json"))


def user_texts():
    """(name, text) of every help file, the README and every docs/ page."""
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in help_files()]
    texts.append(("README.md", README.read_text(encoding="utf-8")))
    texts += [(str(p.relative_to(REPO)), p.read_text(encoding="utf-8")) for p in docs_pages()]
    return texts


def docs_pages():
    return sorted(DOCS.rglob("*.md"))


def citations(text):
    """[(path, first section or None, last section or None)] of the docs/ files cited."""
    return [match.groups() for match in DOCS_CITATION.finditer(text)]


def section_numbers(path):
    return set(HEADING_NUMBER.findall((REPO / path).read_text(encoding="utf-8")))


def test_no_help_readme_or_docs_page_names_the_project_specification():
    found = [name for name, text in user_texts() if SPEC_FILES.search(text)]
    assert found == [], f"{found} cite DOMAIN/DESIGN.md, which users do not have: cite docs/"


def test_help_cites_docs_in_its_own_language():
    wrong = []
    for path in help_files():
        cited = {cited_path for cited_path, _, _ in citations(path.read_text(encoding="utf-8"))}
        language = "zh" if ".zh_CN." in path.name else "en"
        wrong += [f"{path.name}: {c}" for c in cited if c.split("/")[1] not in (language,)]
    assert wrong == []


@pytest.mark.parametrize(
    "name",
    ["hollowvillages", "facilitygaps", "landquotalinkage", "controllinecheck", "urbanruralflows"],
)
@pytest.mark.parametrize("language", LANGUAGES, ids=lambda x: x or "en")
def test_analysis_help_points_to_its_method_page(name, language):
    path = HELP_DIR / (f"{name}.{language}.json" if language else f"{name}.json")
    description = json.loads(path.read_text(encoding="utf-8"))["ALG_DESC"]
    assert citations(description), f"{path.name}: ALG_DESC cites no docs/ page"


def test_every_cited_docs_file_and_section_exists():
    cited = [(name, c) for name, text in user_texts() for c in citations(text)]
    assert any(name == "README.md" for name, _ in cited)
    missing = []
    for name, (path, first, last) in cited:
        if not (REPO / path).is_file():
            missing.append(f"{name}: {path}")
            continue
        numbers = section_numbers(path)
        missing += [f"{name}: {path} §{s}" for s in (first, last) if s and s not in numbers]
    assert missing == []


def test_docs_pages_exist_in_both_languages():
    english = {p.name for p in (DOCS / "en").glob("*.md")}
    chinese = {p.name for p in (DOCS / "zh").glob("*.md")}
    assert english and sorted(english ^ chinese) == []
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    assert [n for n in sorted(english) if f"en/{n}" not in index or f"zh/{n}" not in index] == []


def test_the_two_languages_of_a_page_have_the_same_sections():
    different = []
    for english in sorted((DOCS / "en").glob("*.md")):
        chinese = DOCS / "zh" / english.name
        en_numbers = section_numbers(english.relative_to(REPO))
        zh_numbers = section_numbers(chinese.relative_to(REPO))
        if en_numbers != zh_numbers:
            different.append(f"{english.name}: {sorted(en_numbers ^ zh_numbers)}")
    assert different == []


def test_docs_links_point_to_files_that_exist():
    broken = []
    for page in docs_pages():
        for target in MARKDOWN_LINK.findall(page.read_text(encoding="utf-8")):
            if "://" not in target and not (page.parent / target).exists():
                broken.append(f"{page.relative_to(REPO)}: {target}")
    assert broken == []


def test_worked_examples_name_tests_that_exist():
    """The tests docs/ says reproduce E1–E10 exist, down to the test function."""
    missing = []
    for page in docs_pages():
        for path, function in TEST_CITATION.findall(page.read_text(encoding="utf-8")):
            source = REPO / path
            if not source.is_file():
                missing.append(f"{page.name}: {path}")
            elif function and not re.search(rf"^def {function}\(", source.read_text("utf-8"), re.M):
                missing.append(f"{page.name}: {path}::{function}")
    assert missing == []
    for language in ("en", "zh"):
        text = (DOCS / language / "worked-examples.md").read_text(encoding="utf-8")
        covered = set()
        for first, last in re.findall(r"^## E(\d+)(?:–E(\d+))? ", text, re.MULTILINE):
            covered.update(range(int(first), int(last or first) + 1))
        absent = [f"E{n}" for n in range(1, 11) if n not in covered]
        assert absent == [], f"{language}/worked-examples.md lacks {absent}"

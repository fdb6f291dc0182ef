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

"""`make package` builds a zip that QGIS's plugin repository would accept."""

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REQUIRED = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "hasProcessingProvider",
    "tags",
    "category",
    "icon",
    "experimental",
    "changelog",
)


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    completed = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "package.py"), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    (path,) = out.glob("urflow-*.zip")
    return zipfile.ZipFile(path)


def test_zip_has_one_plugin_folder_with_the_entry_points(plugin_zip):
    names = plugin_zip.namelist()
    assert all(name.startswith("urflow/") for name in names)
    for required in (
        "__init__.py",
        "plugin.py",
        "metadata.txt",
        "LICENSE",
        "processing_provider/provider.py",
        "core/__init__.py",
        "resources/sample/sample_county.gpkg",
        "resources/i18n/urflow_zh_CN.qm",
        "resources/models/urflow_hollow_linkage_report.model3",
        "resources/models/urflow_facility_gaps_report.model3",
    ):
        assert f"urflow/{required}" in names


def test_zip_has_no_tests_or_developer_files(plugin_zip):
    names = plugin_zip.namelist()
    for unwanted in (
        "urflow/tests/",
        "urflow/scripts/",
        "urflow/benchmarks/",
        "urflow/.ci/",
        "urflow/Makefile",
        "urflow/pyproject.toml",
        "urflow/.git",
    ):
        assert not any(name.startswith(unwanted) for name in names), unwanted
    assert not any("__pycache__" in name or name.endswith((".pyc", ".ts")) for name in names)


def test_zip_metadata_has_every_required_field(plugin_zip):
    meta = configparser.ConfigParser(interpolation=None)
    meta.read_string(plugin_zip.read("urflow/metadata.txt").decode("utf-8"))
    general = meta["general"]
    missing = [key for key in REQUIRED if not general.get(key, "").strip()]
    assert missing == []
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert general["author"] == "URFlow contributors"
    assert f"urflow/{general['icon']}" in plugin_zip.namelist()
    assert "城乡" in general["name"] and "URFlow" in general["name"]

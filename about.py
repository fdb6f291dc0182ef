"""Where the plugin lives and what its metadata says (no QGIS imports: core tests use it)."""

import configparser
from functools import lru_cache
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
SAMPLE_GPKG = RESOURCES_DIR / "sample" / "sample_county.gpkg"


def resource_path(*parts: str) -> str:
    """Absolute path of a file below ``resources/`` as a string (what Qt wants)."""
    return str(RESOURCES_DIR.joinpath(*parts))


@lru_cache(maxsize=1)
def metadata() -> dict:
    """The ``[general]`` section of ``metadata.txt``."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata().get("version", "0")

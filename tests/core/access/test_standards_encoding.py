"""A standards CSV saved by Chinese Excel (GBK) is read; a missing or undecodable file is named
(issue 12)."""

from pathlib import Path

import pytest

from urflow.core.access.standards import load_facility_standards
from urflow.core.errors import InputError

NATIONAL = Path(__file__).resolve().parents[3] / "resources" / "standards" / "china_national.csv"


def test_gbk_file_reads_like_the_utf8_one(tmp_path):
    gbk = tmp_path / "standards_gbk.csv"
    gbk.write_bytes(NATIONAL.read_text(encoding="utf-8").encode("gbk", errors="replace"))
    utf8 = load_facility_standards(NATIONAL)
    read = load_facility_standards(gbk)
    assert list(read) == list(utf8)
    first = next(iter(utf8))
    assert read[first].facility_zh == utf8[first].facility_zh
    assert read[first].threshold == utf8[first].threshold


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match="Cannot read the standards table .*nope.csv"):
        load_facility_standards(tmp_path / "nope.csv")


def test_neither_utf8_nor_gbk_is_named(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"id,facility_zh\n\xff\xfe\xff\x80\x80\n")
    with pytest.raises(InputError, match="neither UTF-8 nor GBK"):
        load_facility_standards(bad)

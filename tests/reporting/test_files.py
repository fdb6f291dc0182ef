"""The report file is written whole or not at all."""

import os

import pytest

from urflow.reporting import write_atomically


def test_writes_utf8_and_replaces_an_old_report(tmp_path):
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")
    write_atomically(path, "<p>城关镇</p>")
    assert path.read_text(encoding="utf-8") == "<p>城关镇</p>"
    assert os.listdir(tmp_path) == ["report.html"]


def test_creates_the_folder(tmp_path):
    path = tmp_path / "new" / "folder" / "report.html"
    write_atomically(str(path), "x")
    assert path.read_text(encoding="utf-8") == "x"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, "x")
    assert os.listdir(tmp_path) == []


def test_a_path_below_a_file_is_refused(tmp_path):
    (tmp_path / "file.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        write_atomically(tmp_path / "file.txt" / "report.html", "x")
    with pytest.raises(OSError):
        write_atomically(tmp_path / "file.txt" / "deeper" / "report.html", "x")
    assert os.listdir(tmp_path) == ["file.txt"]


def test_a_failed_write_leaves_neither_part_file_nor_half_report(tmp_path, monkeypatch):
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")

    def fail(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomically(path, "new")
    assert os.listdir(tmp_path) == ["report.html"]
    assert path.read_text(encoding="utf-8") == "old"

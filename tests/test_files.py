"""Atomic writes: the file is either the old one or the new one, never a mix."""
from __future__ import annotations

import os

import pytest

from geo.errors import InputError
from geo.files import atomic_write


def test_replaces_whole_keeps_shareable_mode_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "map.html"
    atomic_write(target, b"old")
    assert target.read_bytes() == b"old" and (target.stat().st_mode & 0o777) == 0o644
    atomic_write(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "events.jsonl"
    atomic_write(target, b"complete")

    def broken(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, b"half")
    assert target.read_bytes() == b"complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]


def test_refuses_a_missing_folder_or_a_directory_target(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        atomic_write(tmp_path / "nope" / "x.html", b"x")
    with pytest.raises(InputError, match="directory"):
        atomic_write(tmp_path, b"x")

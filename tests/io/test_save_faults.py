"""Saving when the disk says no: each fault gives one clear SaveError and loses nothing.

Faults are injected where the operating system would report them (the tests run
as root, so a read-only folder cannot be made with chmod). After each one: the
file that was on disk is byte-identical, no temporary file is left, and the map
in memory is exactly as before, including its modified time.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile

import pytest

from journeymap.io import journey_reading
from journeymap.io.errors import SaveError
from journeymap.io.journey_file import save_map
from journeymap.model import Card, Kpi
from tests.factories import small_map
from tests.fuzz_budget import FUZZED

_real_fdopen = os.fdopen
_real_fsync = os.fsync


class _FullDiskFile:
    """A file whose writes fail the way a full disk makes them fail."""

    def __init__(self, handle) -> None:
        self.handle = handle

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def _fail(code: int, text: str):
    def fail(*args, **kwargs):
        raise OSError(code, text)

    return fail


def _permission_denied(*args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


FAULTS = {
    "disk full while writing": ("os.fdopen", lambda fd, *a: _FullDiskFile(_real_fdopen(fd, *a)), "disk is full"),
    "disk full at fsync": ("os.fsync", _fail(errno.ENOSPC, "No space left on device"), "disk is full"),
    "quota exceeded at fsync": ("os.fsync", _fail(errno.EDQUOT, "Disk quota exceeded"), "quota"),
    "permission denied creating the temporary file": ("tempfile.mkstemp", _permission_denied, "permission denied"),
    "permission denied replacing the file": ("os.replace", _permission_denied, "permission denied"),
    "read-only file system": ("tempfile.mkstemp", _fail(errno.EROFS, "Read-only file system"), "read-only"),
    "read-only file system at replace": ("os.replace", _fail(errno.EROFS, "Read-only file system"), "read-only"),
    "input/output error": ("os.replace", _fail(errno.EIO, "Input/output error"), "Input/output error"),
}


def _saved_map(folder):
    path = folder / "map.journey"
    save_map(small_map(), path)
    return path


def _edited_map():
    doc = small_map()
    doc.update_card("web-ad", title="changed in the workshop")
    return doc


def _assert_one_clear_message(exc: SaveError, reason: str) -> None:
    message = str(exc)
    assert message.startswith("Could not save map.journey")
    assert reason in message
    assert "The file on disk was not changed." in message
    assert len(message.splitlines()) == 1 and len(message) < 400


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_gives_one_message_and_loses_nothing(tmp_path, monkeypatch, fault):
    target, replacement, reason = FAULTS[fault]
    path = _saved_map(tmp_path)
    before_bytes = path.read_bytes()
    doc = _edited_map()
    before = doc.snapshot()
    module, name = target.split(".")
    monkeypatch.setattr({"os": os, "tempfile": tempfile}[module], name, replacement)
    with pytest.raises(SaveError) as info:
        save_map(doc, path)
    monkeypatch.undo()
    FUZZED["save faults injected"] += 1
    _assert_one_clear_message(info.value, reason)
    assert path.read_bytes() == before_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey"], "a temporary file was left behind"
    assert doc.snapshot() == before  # includes info.modified: the stamp is put back
    save_map(doc, path)  # once the disk is fine again, the same map saves
    assert b"changed in the workshop" in path.read_bytes()


def test_folder_that_vanished_before_saving(tmp_path):
    doc = _edited_map()
    before = doc.snapshot()
    with pytest.raises(SaveError) as info:
        save_map(doc, tmp_path / "gone" / "map.journey")
    FUZZED["save faults injected"] += 1
    _assert_one_clear_message(info.value, "folder does not exist")
    assert doc.snapshot() == before


def test_folder_that_vanished_while_saving(tmp_path, monkeypatch):
    """The folder is removed after the temporary file is written: the rename fails for real."""
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = _saved_map(folder)
    doc = _edited_map()
    before = doc.snapshot()

    def unplug(fd):
        _real_fsync(fd)
        shutil.rmtree(folder)

    monkeypatch.setattr(os, "fsync", unplug)
    with pytest.raises(SaveError) as info:
        save_map(doc, path)
    monkeypatch.undo()
    FUZZED["save faults injected"] += 1
    _assert_one_clear_message(info.value, "folder does not exist")
    assert doc.snapshot() == before
    assert not folder.exists()  # nothing was recreated or left behind


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("too many cards", "too many entries"),
        ("a KPI that is not a number", "NaN"),
        ("a hand-typed colour", "colour"),
    ],
)
def test_map_that_would_not_open_again_is_not_written(tmp_path, monkeypatch, damage, words):
    """The editor can hold values a file may not; saving refuses them instead of writing a file that never opens."""
    path = _saved_map(tmp_path)
    before_bytes = path.read_bytes()
    doc = _edited_map()
    if damage == "too many cards":
        monkeypatch.setattr(journey_reading, "MAX_CARDS", doc.card_count() + 2)  # the limit itself, made small
        for i in range(3):
            doc.add_card(Card(f"bulk-{i}", "st-a1", "l-act", "x"))
    elif damage == "a KPI that is not a number":
        doc.update_card("web-ad", kpis=(Kpi("calls", float("nan")),))
    else:
        doc.update_stage("s-aware", color="light blue")
    before = doc.snapshot()
    with pytest.raises(SaveError) as info:
        save_map(doc, path)
    FUZZED["save faults injected"] += 1
    message = str(info.value)
    assert message.startswith("Could not save map.journey: ") and words in message
    assert message.endswith("The file on disk was not changed.")
    assert len(message.splitlines()) == 1 and len(message) < 500
    assert path.read_bytes() == before_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey"]
    assert doc.snapshot() == before

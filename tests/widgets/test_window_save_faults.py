"""Saving from the window when the disk says no, or when the file changed under the map.

Each fault is injected where the operating system would report it. After each one the
window showed one message, the map is intact and still unsaved, and the file on disk
is byte for byte what it was.
"""

from __future__ import annotations

import errno
import os
import shutil

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from journeymap.editor.commands import SetPropertiesCommand
from journeymap.io.journey_file import document_to_json, load_map, save_map
from journeymap.widgets.main_window import MainWindow
from tests.factories import small_map

_real_fdopen = os.fdopen


class _FullDiskFile:
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


def _raise(code, text):
    def fail(*args, **kwargs):
        raise OSError(code, text)

    return fail


FAULTS = {
    "disk full": ("os.fdopen", lambda fd, *a: _FullDiskFile(_real_fdopen(fd, *a)), "the disk is full"),
    "permission denied": ("tempfile.mkstemp", _raise(errno.EACCES, "Permission denied"), "permission denied"),
    "permission denied at replace": ("os.replace", _raise(errno.EPERM, "Operation not permitted"),
                                     "permission denied"),
}


def _open_edited(qtbot, path) -> MainWindow:
    window = MainWindow(load_map(path), str(path))
    qtbot.addWidget(window)
    window.show()
    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"title": "Not lost"}))
    return window


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_failing_disk_gives_one_message_and_loses_nothing(qtbot, tmp_path, monkeypatch, dialogs, fault):
    path = tmp_path / "shop.journey"
    save_map(small_map(), path)
    before = path.read_bytes()
    window = _open_edited(qtbot, path)
    in_memory = document_to_json(window.document)
    target, replacement, reason = FAULTS[fault]
    with monkeypatch.context() as fault_injected:
        fault_injected.setattr(target, replacement)
        assert not window.controller.save()
    assert dialogs.kinds() == ["warning"]
    assert reason in dialogs.calls[0][2] and "shop.journey" in dialogs.calls[0][2]
    assert document_to_json(window.document) == in_memory
    assert window.isWindowModified() and not window.undo_stack.isClean()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.journey"]  # no temporary file left


def test_a_folder_that_vanished_gives_one_message_and_keeps_the_map(qtbot, tmp_path, dialogs):
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = folder / "shop.journey"
    save_map(small_map(), path)
    window = _open_edited(qtbot, path)
    in_memory = document_to_json(window.document)
    shutil.rmtree(folder)
    assert not window.controller.save()
    assert dialogs.kinds() == ["warning"]
    assert "does not exist" in dialogs.calls[0][2]
    assert document_to_json(window.document) == in_memory
    assert window.isWindowModified()
    assert not folder.exists()
    assert window.controller.path == str(path.resolve())  # Save can try again once the stick is back


# ----------------------------------------------------------------------------- changed on disk
def _answer_box(monkeypatch, button_name):
    """Stand in for QMessageBox.exec: record the question and click the named button."""
    asked = []

    def fake_exec(box):
        asked.append(box.text())
        box.findChild(QAbstractButton, button_name).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def _changed_by_someone_else(path):
    other = small_map()
    other.update_card("web-ad", title="Changed by a colleague")
    save_map(other, path)
    return path.read_bytes()


def test_overwrite_replaces_a_file_changed_on_disk(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "shop.journey"
    save_map(small_map(), path)
    window = _open_edited(qtbot, path)
    _changed_by_someone_else(path)
    asked = _answer_box(monkeypatch, "overwrite")
    assert window.controller.save()
    assert len(asked) == 1 and "shop.journey" in asked[0] and "changed" in asked[0]
    assert load_map(path).info.title == "Not lost"
    assert not window.isWindowModified()
    assert window.controller.save()  # saved by us now: no question the second time
    assert len(asked) == 1


def test_cancel_leaves_the_changed_file_and_the_map_alone(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "shop.journey"
    save_map(small_map(), path)
    window = _open_edited(qtbot, path)
    theirs = _changed_by_someone_else(path)
    asked = _answer_box(monkeypatch, "cancel")
    assert not window.controller.save()
    assert len(asked) == 1
    assert path.read_bytes() == theirs
    assert window.isWindowModified() and window.document.info.title == "Not lost"


def test_save_as_keeps_their_file_and_writes_ours_elsewhere(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "shop.journey"
    save_map(small_map(), path)
    window = _open_edited(qtbot, path)
    theirs = _changed_by_someone_else(path)
    _answer_box(monkeypatch, "save_as")
    mine = tmp_path / "shop (mine).journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    assert window.controller.save()
    assert path.read_bytes() == theirs
    assert load_map(mine).info.title == "Not lost"
    assert window.controller.path == str(mine.resolve())


def test_a_touched_but_identical_file_is_not_a_change(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "shop.journey"
    save_map(small_map(), path)
    window = _open_edited(qtbot, path)
    os.utime(path, (1_000_000_000, 1_000_000_000))  # a backup tool touched it; the bytes are the same
    asked = _answer_box(monkeypatch, "cancel")
    assert window.controller.save()
    assert asked == []

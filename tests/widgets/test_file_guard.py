"""Opening a map that another Journeymap has open warns first; one process never opens it twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox

from journeymap.io.journey_file import save_map
from journeymap.widgets import app as app_module
from journeymap.widgets import windows
from journeymap.widgets.file_guard import holder_of, lock_path_for
from journeymap.widgets.main_window import MainWindow
from tests.factories import small_map


def _answer_box(monkeypatch, button_name):
    asked = []

    def fake_exec(box):
        asked.append(box.text())
        box.findChild(QAbstractButton, button_name).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return asked


def _held_elsewhere(path) -> QLockFile:
    """The lock another Journeymap takes when it opens ``path`` (a second holder: the probe cannot take it)."""
    where = lock_path_for(str(path))
    where.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(where))
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    return lock


def _saved(tmp_path):
    path = tmp_path / "shop.journey"
    save_map(small_map(), path)
    return path


def _window(qtbot, path=None):
    window = MainWindow(small_map(), str(path) if path else None)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_lock_lives_in_the_data_folder_not_beside_the_map(qtbot, tmp_path):
    path = _saved(tmp_path)
    window = _window(qtbot, path)
    assert window.file_guard.lock is not None and window.file_guard.lock.isLocked()
    assert holder_of(str(path)) == os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.journey"]
    window.undo_stack.setClean()
    window.close()
    assert holder_of(str(path)) is None


def test_opening_a_map_open_elsewhere_warns_and_cancel_keeps_it_closed(qtbot, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    other = _held_elsewhere(path)
    window = _window(qtbot)
    window.actions.add_stage.trigger()  # an edited map: Open would use a new window
    asked = _answer_box(monkeypatch, "cancel")
    assert window.controller.open_path(str(path)) is None
    assert len(asked) == 1
    assert f"pid {os.getpid()}" in asked[0] and "may overwrite" in asked[0]
    assert [w.controller.path for w in windows.open_windows()] == [None]
    other.unlock()


def test_open_anyway_opens_it(qtbot, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    other = _held_elsewhere(path)
    window = _window(qtbot)
    asked = _answer_box(monkeypatch, "open_anyway")
    opened = window.controller.open_path(str(path))
    assert len(asked) == 1
    assert opened is not None and opened.controller.path == str(path.resolve())
    assert opened.file_guard.lock is None  # the other one keeps the lock
    other.unlock()


def test_a_map_nobody_else_has_open_opens_without_a_question(qtbot, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    window = _window(qtbot)
    asked = _answer_box(monkeypatch, "cancel")
    assert window.controller.open_path(str(path)) is window
    assert asked == []


def test_a_second_open_in_this_process_shows_the_window_that_has_it(qtbot, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    first = _window(qtbot, path)
    other = _window(qtbot)
    asked = _answer_box(monkeypatch, "cancel")
    assert other.controller.open_path(str(path)) is first
    assert asked == []
    assert len(windows.open_windows()) == 2


def test_the_command_line_file_warns_too_and_cancel_starts_on_the_sample(qtbot, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    other = _held_elsewhere(path)
    asked = _answer_box(monkeypatch, "cancel")
    window = app_module.open_first_window(str(path))
    qtbot.addWidget(window)
    assert len(asked) == 1
    assert window.controller.path is None
    other.unlock()


def test_save_as_moves_the_lock_to_the_new_file(qtbot, tmp_path, monkeypatch):
    path = _saved(tmp_path)
    window = _window(qtbot, path)
    copy = tmp_path / "copy.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert window.controller.save_as()
    assert holder_of(str(path)) is None
    assert holder_of(str(copy)) == os.getpid()


def test_another_process_holding_the_map_is_named_and_its_death_frees_it(qtbot, tmp_path):
    path = _saved(tmp_path)
    lock = lock_path_for(str(path))
    lock.parent.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom PySide6.QtCore import QLockFile\n"
         "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
         "print(lock.tryLock(0), flush=True); time.sleep(60)", str(lock)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "True"
        assert holder_of(str(path)) == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    deadline = time.monotonic() + 5
    while holder_of(str(path)) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert holder_of(str(path)) is None  # a killed holder's lock is stale at once

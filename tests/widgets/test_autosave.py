"""Recovery copies of unsaved maps: when they are written, what they hold, and when they go away."""

from __future__ import annotations

import json
import threading
import time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.editor.commands import SetPropertiesCommand
from journeymap.io import recovery
from journeymap.io.journey_file import load_map, save_map
from journeymap.widgets import autosave as autosave_module
from journeymap.widgets.main_window import MainWindow
from journeymap.widgets.recovery_session import recovery_root
from tests.factories import small_map


def _edit(window, title="Edited in the workshop"):
    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"title": title}))


def _open(qtbot, path):
    window = MainWindow(load_map(path), str(path))
    qtbot.addWidget(window)
    window.show()
    return window


def _saved(tmp_path, name="shop.journey"):
    path = tmp_path / name
    save_map(small_map(), path)
    return path


def test_an_unsaved_map_gets_a_copy_in_the_data_folder_never_in_the_users_file(qtbot, tmp_path):
    path = _saved(tmp_path)
    before = path.read_bytes()
    window = _open(qtbot, path)
    assert not window.autosave.save_now()  # nothing unsaved, nothing written
    _edit(window)
    assert window.autosave.save_now()
    window.autosave.wait()
    copy = window.autosave.copy_path()
    assert copy.is_relative_to(recovery_root()) and copy.parent.parent == recovery_root()
    assert load_map(copy).info.title == "Edited in the workshop"
    sidecar = json.loads(copy.with_suffix(".json").read_text(encoding="utf-8"))
    assert sidecar["original"] == str(path.resolve())
    assert sidecar["title"] == "shop.journey"
    assert sidecar["size"] == copy.stat().st_size
    assert sidecar["original_state"]["size"] == len(before)
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]  # nothing beside the user's file either


def test_no_second_copy_until_the_map_changes_again(qtbot, tmp_path):
    window = _open(qtbot, _saved(tmp_path))
    _edit(window)
    assert window.autosave.save_now()
    window.autosave.wait()
    assert not window.autosave.save_now()
    _edit(window, "Again")
    assert window.autosave.save_now()


def test_the_timer_writes_the_copy(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEYMAP_AUTOSAVE_SECONDS", "0.2")
    window = _open(qtbot, _saved(tmp_path))
    assert window.autosave.timer.interval() == 200
    _edit(window)
    qtbot.waitUntil(lambda: window.autosave.copy_path().with_suffix(".json").exists(), timeout=5000)


def test_losing_focus_writes_the_copy_at_once(qtbot, tmp_path):
    window = _open(qtbot, _saved(tmp_path))
    assert window.autosave.timer.interval() == 30_000  # the default: the timer plays no part here
    _edit(window)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    window.autosave.wait()
    assert load_map(window.autosave.copy_path()).info.title == "Edited in the workshop"


def test_never_two_writes_of_one_map_at_once(qtbot, tmp_path, monkeypatch):
    release, running, calls = threading.Event(), [], []
    real_write = autosave_module.write_recovery

    def slow_write(*args, **kwargs):
        running.append(1)
        calls.append(len(running))
        release.wait(5)
        try:
            return real_write(*args, **kwargs)
        finally:
            running.pop()

    monkeypatch.setattr(autosave_module, "write_recovery", slow_write)
    window = _open(qtbot, _saved(tmp_path))
    _edit(window)
    assert window.autosave.save_now()
    _edit(window, "Second")
    assert not window.autosave.save_now()  # the first is still writing: this one waits for a later tick
    release.set()
    window.autosave.wait()
    assert window.autosave.save_now()  # the change made meanwhile is written next
    window.autosave.wait()
    assert calls == [1, 1]
    assert load_map(window.autosave.copy_path()).info.title == "Second"


def test_saving_removes_the_copy(qtbot, tmp_path):
    path = _saved(tmp_path)
    window = _open(qtbot, path)
    _edit(window)
    window.autosave.save_now()
    window.autosave.wait()
    assert window.autosave.copy_path().exists()
    assert window.controller.save()
    assert not window.autosave.copy_path().exists()
    assert not window.autosave.copy_path().with_suffix(".json").exists()


def test_closing_with_discard_removes_the_copy(qtbot, tmp_path, dialogs):
    window = _open(qtbot, _saved(tmp_path))
    _edit(window)
    window.autosave.save_now()
    window.autosave.wait()
    copy = window.autosave.copy_path()
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.close()
    assert dialogs.kinds() == ["question"]
    assert not copy.exists() and not copy.with_suffix(".json").exists()


def test_a_write_finishing_after_the_close_leaves_nothing(qtbot, tmp_path, dialogs, monkeypatch):
    release = threading.Event()
    real_map_text = autosave_module.map_text
    monkeypatch.setattr(autosave_module, "map_text", lambda data: (release.wait(5), real_map_text(data))[1])
    window = _open(qtbot, _saved(tmp_path))
    _edit(window)
    assert window.autosave.save_now()
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.close()
    release.set()
    window.autosave.wait()
    assert recovery.list_recoveries(window.autosave.session.folder) == []


def test_a_copy_that_cannot_be_written_is_said_once_and_tried_again(qtbot, tmp_path, monkeypatch):
    from journeymap.io.errors import SaveError

    def full_disk(*args, **kwargs):
        raise SaveError("Could not save x.journey in /data: the disk is full. The file on disk was not changed.")

    monkeypatch.setattr(autosave_module, "write_recovery", full_disk)
    window = _open(qtbot, _saved(tmp_path))
    _edit(window)
    window.autosave.save_now()
    window.autosave.wait()
    assert "the disk is full" in window.statusBar().currentMessage()
    assert window.autosave.save_now()  # not marked as written: the next tick tries again
    assert window.isWindowModified()


def test_snapshot_on_the_gui_thread_stays_short_on_a_thousand_card_map(qtbot, tmp_path):
    """The canvas waits only for the model snapshot; JSON text and disk writes happen on the writer thread."""
    from bench.generate import generate

    path = tmp_path / "big.journey"
    save_map(generate("M"), path)
    window = _open(qtbot, path)
    assert len(window.document.cards()) == 1000
    timings = []
    for index in range(3):
        _edit(window, f"Big {index}")
        start = time.perf_counter()
        assert window.autosave.save_now()
        timings.append(time.perf_counter() - start)
        window.autosave.wait()
    assert load_map(window.autosave.copy_path()).info.title == "Big 2"
    assert min(timings) < 0.25, timings


def test_a_data_folder_that_cannot_be_made_costs_the_copy_not_the_window(qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    path = _saved(tmp_path)
    window = _open(qtbot, path)  # opening still works; the file lock cannot be taken
    assert window.file_guard.lock is None
    _edit(window)
    assert window.autosave.save_now()
    window.autosave.wait()
    assert "Could not write the recovery copy" in window.statusBar().currentMessage()
    assert window.isWindowModified() and window.document.info.title == "Edited in the workshop"


def test_the_application_losing_focus_writes_the_copy(qtbot, tmp_path, qapp):
    from PySide6.QtCore import Qt

    window = _open(qtbot, _saved(tmp_path))
    _edit(window)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    window.autosave.wait()
    assert load_map(window.autosave.copy_path()).info.title == "Edited in the workshop"

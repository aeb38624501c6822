"""After a crash: which copies are offered, and what Restore, Open Original, Discard and Decide Later do."""

from __future__ import annotations

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QDialog

from journeymap.io.file_state import file_state
from journeymap.io.journey_file import document_to_json, load_map, save_map
from journeymap.io.recovery import write_recovery
from journeymap.widgets import recovery_dialog, windows
from journeymap.widgets.main_window import MainWindow
from journeymap.widgets.recovery_dialog import DISCARD, OPEN_ORIGINAL, RESTORE, RecoveryDialog, offer_recovery
from journeymap.widgets.recovery_session import recovery_root, stale_recoveries
from tests.factories import small_map


def _crashed_copy(session: str, original=None, title="shop.journey", map_title="Recovered", state=None):
    """A copy as a killed process leaves it: a session folder whose lock nobody holds."""
    doc = small_map()
    doc.info = doc.info.__class__(**{**doc.info.__dict__, "title": map_title})
    folder = recovery_root() / session
    write_recovery(folder, "k" + session, document_to_json(doc), str(original) if original else None, title, state)
    return folder


def _first_window(qtbot):
    window = MainWindow(small_map())
    qtbot.addWidget(window)
    window.show()
    return window


def _answer(monkeypatch, choose):
    """Stand in for the dialog's exec: ``choose(dialog)`` picks, then Apply (or returns Rejected)."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        return choose(dialog)

    monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)
    return seen


def test_only_copies_of_sessions_that_are_gone_are_offered(qtbot):
    _crashed_copy("111-dead")
    _crashed_copy("222-live")
    live = QLockFile(str(recovery_root() / "222-live.lock"))
    live.setStaleLockTime(0)
    assert live.tryLock(0)  # another Journeymap still running holds its session
    assert [entry.folder.name for entry in stale_recoveries()] == ["111-dead"]
    live.unlock()
    assert sorted(entry.folder.name for entry in stale_recoveries()) == ["111-dead", "222-live"]


def test_the_dialog_lists_name_time_and_size(qtbot, tmp_path):
    original = tmp_path / "shop.journey"
    save_map(small_map(), original)
    _crashed_copy("1-a", original)
    _crashed_copy("2-b", None, title="Untitled")
    dialog = RecoveryDialog(stale_recoveries())
    qtbot.addWidget(dialog)
    table = dialog.table

    def cell(row, column):
        text = table.item(row, column).text()
        assert text[0] == "\u2068" and text[-1] == "\u2069"  # each cell keeps its own direction
        return text[1:-1]

    assert table.rowCount() == 2
    names = {cell(row, 0) for row in range(2)}
    assert names == {"shop.journey", "Untitled"}
    for row in range(2):
        assert cell(row, 1)[:2] == "20"  # a date
        assert cell(row, 2).endswith(("KB", "kB", "bytes", "B"))
    offered = {cell(row, 0): dialog.offered(row) for row in range(2)}
    assert offered["shop.journey"] == [RESTORE, OPEN_ORIGINAL, DISCARD]
    assert offered["Untitled"] == [RESTORE, DISCARD]  # no original to open


def test_restore_opens_the_map_unsaved_and_pointing_at_its_original(qtbot, tmp_path, monkeypatch):
    original = tmp_path / "shop.journey"
    save_map(small_map(), original)
    state = file_state(original).as_dict()
    folder = _crashed_copy("9-dead", original, map_title="Workshop edits", state=state)
    window = _first_window(qtbot)
    _answer(monkeypatch, lambda d: (d.choose(0, RESTORE), QDialog.DialogCode.Accepted)[1])
    [restored] = offer_recovery(window)
    assert restored is window  # the untouched start-up map gives way
    assert restored.document.info.title == "Workshop edits"
    assert restored.controller.path == str(original.resolve())
    assert restored.isWindowModified() and not restored.undo_stack.isClean()
    assert not restored.controller.is_untouched()  # opening another file will not replace it
    assert restored.autosave.copy_path().exists()  # the copy now belongs to this session
    assert not folder.exists()
    assert restored.file_guard.state.as_dict() == state
    assert stale_recoveries() == []
    restored.undo_stack.setClean()  # Save (or reaching the saved state) drops the copy
    assert not restored.autosave.copy_path().exists()


def test_save_after_restore_writes_the_original(qtbot, tmp_path, monkeypatch):
    original = tmp_path / "shop.journey"
    save_map(small_map(), original)
    _crashed_copy("9-dead", original, map_title="Workshop edits", state=file_state(original).as_dict())
    window = _first_window(qtbot)
    _answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)  # Restore is the default
    [restored] = offer_recovery(window)
    assert restored.controller.save()
    assert load_map(original).info.title == "Workshop edits"
    assert not restored.isWindowModified()


def test_open_original_opens_the_file_and_drops_the_copy(qtbot, tmp_path, monkeypatch):
    original = tmp_path / "shop.journey"
    save_map(small_map(), original)
    folder = _crashed_copy("9-dead", original, map_title="Workshop edits")
    window = _first_window(qtbot)
    _answer(monkeypatch, lambda d: (d.choose(0, OPEN_ORIGINAL), QDialog.DialogCode.Accepted)[1])
    assert offer_recovery(window) == []
    assert window.controller.path == str(original.resolve())
    assert window.document.info.title == "Small"
    assert not window.isWindowModified()
    assert not folder.exists()
    assert stale_recoveries() == []


def test_discard_removes_the_copy(qtbot, monkeypatch):
    folder = _crashed_copy("9-dead")
    window = _first_window(qtbot)
    _answer(monkeypatch, lambda d: (d.choose(0, DISCARD), QDialog.DialogCode.Accepted)[1])
    assert offer_recovery(window) == []
    assert not folder.exists() and not (recovery_root() / "9-dead.lock").exists()
    assert window.controller.is_untouched()


def test_decide_later_keeps_every_copy(qtbot, monkeypatch):
    _crashed_copy("9-dead")
    window = _first_window(qtbot)
    seen = _answer(monkeypatch, lambda d: QDialog.DialogCode.Rejected)
    assert offer_recovery(window) == []
    assert len(seen) == 1
    assert len(stale_recoveries()) == 1


def test_no_dialog_without_copies(qtbot, monkeypatch):
    window = _first_window(qtbot)
    seen = _answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    assert offer_recovery(window) == []
    assert seen == []


def test_a_damaged_copy_is_reported_and_kept(qtbot, monkeypatch, dialogs):
    folder = _crashed_copy("9-dead")
    copy = next(folder.glob("*.journey"))
    copy.write_text("{ not json", encoding="utf-8")
    window = _first_window(qtbot)
    _answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    assert recovery_dialog.offer_recovery(window) == []
    assert dialogs.kinds() == ["warning"]
    assert dialogs.calls[0][2].startswith("shop.journey")
    assert copy.exists()  # nothing is thrown away that could still be rescued by hand


def test_restore_takes_over_the_window_that_shows_the_original_unchanged(qtbot, tmp_path, monkeypatch):
    original = tmp_path / "shop.journey"
    save_map(small_map(), original)
    _crashed_copy("9-dead", original, map_title="Workshop edits")
    window = MainWindow(load_map(original), str(original))  # started as `journeymap shop.journey`
    qtbot.addWidget(window)
    window.show()
    _answer(monkeypatch, lambda d: QDialog.DialogCode.Accepted)
    assert offer_recovery(window) == [window]
    assert window.document.info.title == "Workshop edits" and window.isWindowModified()
    assert len([w for w in windows.open_windows() if w.controller.path == str(original.resolve())]) == 1

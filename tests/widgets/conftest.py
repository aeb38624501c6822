"""Fixtures for the windows around the canvas: a main window on a known map, recorded dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from journeymap.widgets import windows
from tests.factories import small_map


class DialogRecorder:
    """Stands in for QMessageBox's static functions: records each call and gives a set answer."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Cancel

    def make(self, kind: str, default_answer=None):
        def show(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.answer if kind == "question" else (default_answer or QMessageBox.StandardButton.Ok)

        return show

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    recorder = DialogRecorder()
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, recorder.make(kind))
    yield recorder


@pytest.fixture(autouse=True)
def keep_closed_windows(monkeypatch):
    """Closed windows stay inspectable (pytest-qt closes them again at teardown); test_window_lifetime opts out."""
    from journeymap.widgets.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "free_on_close", False)


@pytest.fixture(autouse=True)
def empty_clipboard_after(qapp):
    """Leave no mime data on the clipboard: Qt frees it after Python has gone and crashes at exit."""
    yield
    qapp.clipboard().clear()


@pytest.fixture(autouse=True)
def close_windows_after():
    """Close every window a test opened, without asking about unsaved changes."""
    yield
    for window in list(windows._open):
        if not window.closed:
            window.undo_stack.setClean()
            window.close()
    windows._open.clear()


@pytest.fixture
def window(qtbot):
    from journeymap.widgets.main_window import MainWindow

    win = MainWindow(small_map())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win

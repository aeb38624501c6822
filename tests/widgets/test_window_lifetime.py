"""A closed main window is freed, not kept alive by its own signal connections."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from journeymap.widgets import windows
from journeymap.widgets.main_window import MainWindow
from tests.factories import small_map


def _main_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and shiboken6.isValid(w)]


@pytest.fixture
def frees_closed_windows(monkeypatch):
    monkeypatch.setattr(MainWindow, "free_on_close", True)  # what the application does


def test_a_closed_window_is_deleted(qtbot, frees_closed_windows):
    window = MainWindow(small_map())
    window.show()
    assert window in _main_windows()
    assert window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    gc.collect()
    assert window not in _main_windows()
    qtbot.waitUntil(lambda: window not in windows._open)
    assert window not in windows.open_windows()


def test_a_freed_window_that_is_not_yet_forgotten_is_not_offered(qtbot, frees_closed_windows):
    window = MainWindow(small_map())
    window.show()
    assert window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    windows.register(window)  # as if the forgetting timer had not run yet
    assert window not in windows.open_windows()
    windows._open.remove(window)


def test_a_window_whose_close_was_cancelled_stays(qtbot, dialogs):
    from journeymap.editor.commands import SetPropertiesCommand

    window = MainWindow(small_map())
    qtbot.addWidget(window)
    window.show()
    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"title": "Changed"}))
    assert not window.close()  # the recorded dialog answers Cancel
    qtbot.wait(20)
    assert shiboken6.isValid(window) and window.isVisible()

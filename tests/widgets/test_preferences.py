"""Edit → Preferences…: the autosave interval is remembered and applied to every open window."""

from __future__ import annotations

from journeymap.widgets import settings
from journeymap.widgets.main_window import MainWindow
from journeymap.widgets.preferences_dialog import PreferencesDialog
from tests.factories import small_map


def test_preferences_is_in_the_edit_menu(window):
    assert window.preferences_action in window.menus["edit"].actions()
    assert window.preferences_action.text().replace("&", "") == "Preferences…"


def test_the_interval_is_remembered_and_applied_to_open_windows(qtbot, window):
    second = MainWindow(small_map())
    qtbot.addWidget(second)
    assert window.autosave.timer.interval() == settings.DEFAULT_AUTOSAVE_SECONDS * 1000
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.autosave.value() == 30
    dialog.autosave.setValue(90)
    dialog.accept()
    assert settings.autosave_seconds() == 90
    assert window.autosave.timer.interval() == 90_000
    assert second.autosave.timer.interval() == 90_000
    assert PreferencesDialog(window).autosave.value() == 90


def test_cancel_changes_nothing(qtbot, window):
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.autosave.setValue(600)
    dialog.reject()
    assert settings.autosave_seconds() == 30


def test_the_environment_overrides_the_setting_and_nonsense_is_clamped(monkeypatch):
    settings.set_autosave_seconds(100_000)
    assert settings.autosave_seconds() == settings.AUTOSAVE_RANGE[1]
    monkeypatch.setenv("JOURNEYMAP_AUTOSAVE_SECONDS", "0.5")
    assert settings.autosave_seconds() == 0.5
    monkeypatch.setenv("JOURNEYMAP_AUTOSAVE_SECONDS", "soon")
    assert settings.autosave_seconds() == settings.AUTOSAVE_RANGE[1]

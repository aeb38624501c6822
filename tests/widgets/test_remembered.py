"""What the editor remembers between runs: recent files, window geometry, last folder, language."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFileDialog, QMenu

from journeymap.io.journey_file import save_map
from journeymap.widgets import recent_files, settings
from journeymap.widgets.main_window import MainWindow
from tests.factories import small_map


def _files(tmp_path, count):
    paths = []
    for index in range(count):
        path = tmp_path / f"map{index}.journey"
        save_map(small_map(), path)
        paths.append(path)
    return paths


def test_recent_files_keep_ten_newest_first_and_forget_vanished_files(tmp_path):
    paths = _files(tmp_path, 12)
    for path in paths:
        recent_files.add_recent_file(str(path))
    remembered = recent_files.recent_files()
    assert remembered == [str(p.resolve()) for p in reversed(paths)][:10]
    recent_files.add_recent_file(str(paths[5]))  # opening again moves it to the top, once
    assert recent_files.recent_files()[0] == str(paths[5].resolve())
    assert len(recent_files.recent_files()) == 10
    paths[11].unlink()
    assert str(paths[11].resolve()) not in recent_files.recent_files()
    assert str(paths[11].resolve()) not in recent_files._stored()  # pruned from the settings too


def test_saving_and_opening_fill_the_open_recent_menu(window, tmp_path, monkeypatch):
    saved = tmp_path / "saved.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    window.controller.save_as()
    menu = window.findChild(QMenu, "menu_open_recent")
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.objectName().startswith("action_recent_")]
    assert [a.data() for a in entries] == [str(saved.resolve())]
    assert settings.last_folder() == str(tmp_path.resolve())


def test_a_recent_entry_opens_its_file(window, tmp_path):
    other = _files(tmp_path, 1)[0]
    recent_files.add_recent_file(str(other))
    window.undo_stack.clear()
    menu = window.findChild(QMenu, "menu_open_recent")
    menu.aboutToShow.emit()
    menu.actions()[0].trigger()
    assert window.controller.path == str(other.resolve())


def test_clear_recent_files(window, tmp_path):
    recent_files.add_recent_file(str(_files(tmp_path, 1)[0]))
    window.actions.clear_recent.trigger()
    assert recent_files.recent_files() == []


def test_window_geometry_and_dock_state_are_restored(qtbot):
    first = MainWindow(small_map())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(20, 30, 701, 503))  # inside the 800x600 offscreen screen
    first.palette_dock.hide()
    assert first.close()
    second = MainWindow(small_map())
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (701, 503)
    second.show()
    assert second.palette_dock.isHidden()
    assert not second.inspector_dock.isHidden()


def test_lang_on_the_command_line_is_not_remembered(monkeypatch):
    from journeymap.widgets import app as app_module

    chosen = []
    # Switching the shared application to Hebrew would mirror every later test's widgets: record instead.
    monkeypatch.setattr(app_module, "install_translator", lambda app, lang: chosen.append(lang))
    app_module.create_application("he")
    assert settings.interface_language() == ""  # --lang is for that run; View → Language is remembered
    assert chosen == ["he"]

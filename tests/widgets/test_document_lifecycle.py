"""Title, unsaved marker, Save / Save As / Open through real files, closing with unsaved changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymap.editor.commands import SetPropertiesCommand
from journeymap.io.errors import SaveError
from journeymap.io.journey_file import load_map, save_map
from journeymap.widgets import document_controller, windows
from journeymap.widgets.main_window import MainWindow
from tests.factories import small_map


def _edit(window, title="Edited"):
    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"title": title}))


def _answer_save_dialog(monkeypatch, path):
    calls = []

    def fake(*args, **kwargs):
        calls.append(args)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return calls


def _answer_open_dialog(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_title_names_the_file_and_marks_unsaved_changes(window, tmp_path, monkeypatch):
    assert window.windowTitle() == "Untitled[*] — Journeymap"
    assert not window.isWindowModified()
    _edit(window)
    assert window.isWindowModified()
    _answer_save_dialog(monkeypatch, tmp_path / "shop.journey")
    assert window.controller.save()
    assert window.windowTitle() == "shop.journey[*] — Journeymap"
    assert not window.isWindowModified()
    window.undo_stack.undo()
    assert window.isWindowModified()


def test_save_as_adds_the_suffix_and_save_then_writes_in_place(window, tmp_path, monkeypatch):
    calls = _answer_save_dialog(monkeypatch, tmp_path / "plan")
    _edit(window, "First")
    assert window.controller.save()
    target = tmp_path / "plan.journey"
    assert load_map(target).info.title == "First"
    _edit(window, "Second")
    assert window.controller.save()  # no dialog this time: the map has a file now
    assert len(calls) == 1
    assert load_map(target).info.title == "Second"
    assert window.undo_stack.isClean()


def test_cancelled_save_as_keeps_the_map_unsaved(window, monkeypatch):
    _answer_save_dialog(monkeypatch, None)
    _edit(window)
    assert not window.controller.save()
    assert window.isWindowModified()


def test_save_failure_shows_the_message_and_keeps_the_map_unsaved(window, tmp_path, monkeypatch, dialogs):
    _answer_save_dialog(monkeypatch, tmp_path / "missing-folder" / "map.journey")
    _edit(window)
    assert not window.controller.save()
    assert dialogs.kinds() == ["warning"]
    assert "missing-folder" in dialogs.calls[0][2] and "not changed" in dialogs.calls[0][2]
    assert window.isWindowModified()
    assert window.controller.path is None


def test_save_error_from_the_writer_is_shown(window, tmp_path, monkeypatch, dialogs):
    def failing(doc, path):
        raise SaveError("Could not save map.journey: the disk is full. The file on disk was not changed.")

    monkeypatch.setattr(document_controller, "save_map", failing)
    _answer_save_dialog(monkeypatch, tmp_path / "map.journey")
    _edit(window)
    assert not window.controller.save()
    assert "disk is full" in dialogs.calls[-1][2]
    assert not (tmp_path / "map.journey").exists()


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Save, True, True),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Cancel, False, False),
    ],
)
def test_closing_with_unsaved_changes_asks(window, tmp_path, monkeypatch, dialogs, answer, closes, saved):
    target = tmp_path / "asked.journey"
    _answer_save_dialog(monkeypatch, target)
    _edit(window, "Asked")
    dialogs.answer = answer
    assert window.close() is closes
    assert dialogs.kinds() == ["question"]
    assert "Untitled" in dialogs.calls[0][2]
    assert window.isVisible() is not closes
    assert target.exists() is saved
    if saved:
        assert load_map(target).info.title == "Asked"


def test_closing_an_unchanged_map_does_not_ask(window, dialogs):
    assert window.close()
    assert dialogs.calls == []


def test_open_replaces_an_untouched_map_in_the_same_window(window, tmp_path, monkeypatch):
    path = tmp_path / "other.journey"
    doc = small_map()
    doc.set_info(title="Other map")
    save_map(doc, path)
    _answer_open_dialog(monkeypatch, path)
    window.findChild(type(window.actions.open), "action_open").trigger()
    assert window.document.info.title == "Other map"
    assert window.controller.path == str(path.resolve())
    assert window.windowTitle().startswith("other.journey")
    assert not window.isWindowModified()
    assert window.undo_stack.count() == 0


def test_open_with_changes_opens_a_second_window(window, tmp_path, qtbot):
    path = tmp_path / "second.journey"
    save_map(small_map(), path)
    _edit(window, "Kept")
    opened = window.controller.open_path(str(path))
    assert opened is not window and isinstance(opened, MainWindow)
    assert window.document.info.title == "Kept"
    assert opened.controller.path == str(path.resolve())
    assert opened in windows.open_windows()
    # Opening the same file again brings that window forward instead of loading it twice.
    assert window.controller.open_path(str(path)) is opened


def test_a_file_that_fails_to_load_shows_the_loaders_message(window, tmp_path, dialogs):
    bad = tmp_path / "broken.journey"
    bad.write_text('{"format": "journeymap", "version": 1, "map": ', encoding="utf-8")
    assert window.controller.open_path(str(bad)) is None
    assert dialogs.kinds() == ["warning"]
    assert "broken.journey" in dialogs.calls[0][2] and "cut short" in dialogs.calls[0][2]
    assert window.document.info.title == "Small"  # the map in the window is untouched
    _edit(window, "Still usable")
    assert window.document.info.title == "Still usable"


def test_a_picture_with_a_map_opens_and_save_asks_for_a_journey_file(window, tmp_path, monkeypatch):
    import io

    from PIL import Image

    from journeymap.io.journey_file import document_to_json
    from journeymap.io.png_embed import png_with_map

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    picture = tmp_path / "slide.png"
    picture.write_bytes(png_with_map(buffer.getvalue(), document_to_json(small_map())))
    window.controller.open_path(str(picture))
    assert window.controller.path.endswith("slide.png")
    calls = _answer_save_dialog(monkeypatch, tmp_path / "slide.journey")
    _edit(window)
    assert window.controller.save()
    assert len(calls) == 1 and calls[0][2].endswith("slide.journey")  # suggested next to the picture
    assert picture.read_bytes().startswith(b"\x89PNG")  # the picture was not overwritten
    assert load_map(tmp_path / "slide.journey").info.title == "Edited"


def test_new_from_template_opens_an_untitled_copy(window, monkeypatch):
    from journeymap.widgets.template_dialog import TemplateDialog

    monkeypatch.setattr(TemplateDialog, "choose", classmethod(lambda cls, parent=None: "blank"))
    window.actions.new_from_template.trigger()
    assert window.controller.path is None
    assert window.document.info.title == "Untitled journey"


def test_template_dialog_lists_every_template(qtbot):
    from journeymap.io.templates import template_names
    from journeymap.widgets.template_dialog import TemplateDialog

    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    names = dialog.names()
    assert names == template_names()
    assert dialog.selected_name() in names


def test_open_dialog_offers_maps_pictures_and_all_files_from_the_last_folder(window, tmp_path, monkeypatch):
    from journeymap.widgets import settings

    settings.remember_folder_of(str(tmp_path / "x.journey"))
    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: seen.append(args) or ("", ""))
    window.actions.open.trigger()
    parent, _title, folder, filters = seen[0][:4]
    assert parent is window and folder == str(tmp_path.resolve())
    assert filters.split(";;") == ["Journey maps (*.journey)", "PNG with a map (*.png)", "All files (*)"]
    assert window.document.info.title == "Small"  # cancelled: nothing changed

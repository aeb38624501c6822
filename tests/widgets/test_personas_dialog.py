"""Map → Personas…: every edit is an undo step on the window's stack."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from journeymap.widgets.personas_dialog import PersonasDialog


@pytest.fixture
def dialog(window, qtbot):
    window.actions.personas.trigger()
    dlg = window.map_actions._personas_dialog
    assert isinstance(dlg, PersonasDialog) and dlg.isVisible()
    return dlg


def _names(window):
    return [p.name for p in window.document.personas()]


def test_lists_the_maps_personas(dialog):
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Anna", "Ben"]
    assert dialog.name.text() == "Anna"


def test_add_rename_and_undo(window, dialog, qtbot):
    new_id = dialog.add_persona()
    assert _names(window) == ["Anna", "Ben", "Persona 3"]
    assert dialog.current_id() == new_id
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Carla")
    assert window.document.persona(new_id).name == "Carla"
    assert window.undo_stack.count() == 2  # add, then the typing as one step
    window.undo_stack.undo()
    assert window.document.persona(new_id).name == "Persona 3"
    assert dialog.name.text() == "Persona 3"
    window.undo_stack.undo()
    assert _names(window) == ["Anna", "Ben"]


def test_description_goals_and_colour(window, dialog, qtbot, monkeypatch):
    dialog.description.setFocus()
    qtbot.keyClicks(dialog.description, "Student")
    dialog.goals.setPlainText("Cheap laptop\n\n  Fast delivery ")
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#00AA00"))
    dialog.color.button.click()
    anna = window.document.persona("p-anna")
    assert (anna.description, anna.goals, anna.color) == ("Student", ("Cheap laptop", "Fast delivery"), "#00AA00")
    assert window.undo_stack.count() == 3
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    anna = window.document.persona("p-anna")
    assert (anna.description, anna.goals, anna.color) == ("", (), "#E15759")


def test_reorder_and_remove_are_undoable(window, dialog):
    dialog.list.setCurrentRow(1)
    dialog.up_button.click()
    assert _names(window) == ["Ben", "Anna"]
    assert dialog.current_id() == "p-ben"
    dialog.remove_button.click()
    assert _names(window) == ["Anna"]
    assert window.document.card("phone-ask").personas == ()  # taken off the cards that named Ben
    window.undo_stack.undo()
    assert _names(window) == ["Ben", "Anna"]
    assert window.document.card("phone-ask").personas == ("p-ben",)
    window.undo_stack.undo()
    assert _names(window) == ["Anna", "Ben"]


def test_buttons_follow_the_position(dialog):
    dialog.list.setCurrentRow(0)
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    dialog.list.setCurrentRow(1)
    assert dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()


def test_opening_another_map_in_the_window_closes_the_old_maps_dialog(window, dialog, tmp_path):
    from journeymap.io.journey_file import save_map
    from tests.factories import small_map

    path = tmp_path / "other.journey"
    save_map(small_map(), path)
    old_document = window.document
    window.controller.open_path(str(path))  # the window's map is untouched: it is reused
    assert window.document is not old_document
    assert not dialog.isVisible()
    window.actions.personas.trigger()
    assert window.map_actions._personas_dialog.document is window.document

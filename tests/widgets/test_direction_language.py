"""Map → Right-to-Left Map and View → Language: one undo step each way, remembered language."""

from __future__ import annotations

from PySide6.QtGui import QAction

from journeymap import i18n


def test_rtl_action_mirrors_the_map_in_one_undo_step(window, qtbot):
    action = window.findChild(QAction, "action_rtl_map")
    scene = window.scene
    scene.apply_geometry()
    first_stage = window.document.stages()[0].id
    ltr_x = scene.layout.stages[first_stage].x
    assert not action.isChecked()
    count = window.undo_stack.count()
    action.trigger()
    scene.apply_geometry()
    assert window.document.info.direction == "rtl"
    assert window.undo_stack.count() == count + 1
    assert action.isChecked()
    assert scene.layout.stages[first_stage].x > ltr_x  # the first stage moved to the right
    window.undo_stack.undo()
    scene.apply_geometry()
    assert window.document.info.direction == "ltr"
    assert not action.isChecked()
    assert scene.layout.stages[first_stage].x == ltr_x


def test_inspector_direction_change_updates_the_menu(window, qtbot):
    from journeymap.editor.commands import SetPropertiesCommand

    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"direction": "rtl"}))
    window.scene.apply_geometry()
    assert window.findChild(QAction, "action_rtl_map").isChecked()


def test_language_menu_offers_english_and_hebrew_and_remembers_the_choice(window):
    english = window.findChild(QAction, "action_language_en")
    hebrew = window.findChild(QAction, "action_language_he")
    assert english.text() == "English" and hebrew.text() == "עברית"
    assert english.isChecked()
    hebrew.trigger()
    assert i18n.remembered_language() == "he"
    assert hebrew.isChecked() and not english.isChecked()
    assert "עברית" in window.statusBar().currentMessage()
    assert i18n.choose_language() == "he"
    assert i18n.choose_language("en") == "en"

"""Quick add box (Ctrl+K), the shortcuts overlay (F1) and the persona combo of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymap.editor.commands import RemoveStructureCommand
from journeymap.widgets.shortcut_list import shortcut_groups

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_k_adds_a_card_from_one_line(qtbot, window):
    qtbot.keyClick(window.view, K.Key_K, CTRL)
    popup = window.quick_add_popup
    assert popup.isVisible() and QApplication.focusWidget() is popup.line
    qtbot.keyClicks(popup.line, "purchase / phone: asks about delivery")
    assert popup.hint.text() == "Adds a card to Purchase › Buy › Phone"  # where it will go, before Enter
    qtbot.keyClick(popup.line, K.Key_Return)
    assert not popup.isVisible()
    assert window.document.cell_cards("st-b1", "l-phone")
    card = window.document.card(window.document.cell_cards("st-b1", "l-phone")[0])
    assert card.title == "asks about delivery"
    assert window.undo_stack.count() == 1
    assert QApplication.focusWidget() is window.view
    assert window.scene.editor() is None  # the Enter that applied the line did not reach the canvas


def test_a_line_that_names_nothing_shows_why_and_adds_nothing(qtbot, window):
    cards = window.document.card_count()
    qtbot.keyClick(window.view, K.Key_K, CTRL)
    popup = window.quick_add_popup
    qtbot.keyClicks(popup.line, "Nowhere / Website: text")
    qtbot.keyClick(popup.line, K.Key_Return)
    assert popup.isVisible()
    assert popup.error.isVisible() and "Nowhere" in popup.error.text()
    assert window.scene.editor() is None
    assert window.document.card_count() == cards and window.undo_stack.count() == 0
    qtbot.keyClick(popup.line, K.Key_Escape)
    assert not popup.isVisible()


def test_f1_shows_every_shortcut_over_the_canvas(qtbot, window):
    overlay = window.shortcuts_overlay
    qtbot.keyClick(window.view, K.Key_F1)
    assert overlay.isVisible()
    assert overlay.geometry() == window.rect()  # over the whole window: room for every line
    assert overlay.entries() == [keys for _g, rows in shortcut_groups() for keys, _t in rows]
    assert len(overlay.entries()) >= 25
    qtbot.keyClicks(overlay, "abc")  # typed over the overlay: no card starts underneath
    assert window.scene.editor() is None and overlay.isVisible()
    qtbot.keyClick(overlay, K.Key_Escape)
    assert not overlay.isVisible()
    help_menu = window.menus["help"]
    assert window.actions.keyboard_shortcuts in help_menu.actions()


def test_persona_combo_lists_personas_and_drives_the_filter(qtbot, window):
    combo = window.persona_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All personas", "Anna", "Ben"]
    combo.setCurrentIndex(2)
    assert window.persona_filter.persona_id == "p-ben"
    assert window.undo_stack.count() == 0 and window.undo_stack.isClean()
    window.undo_stack.push(RemoveStructureCommand(window.document, "persona", "p-ben"))
    window.scene.apply_geometry()
    assert [combo.itemText(i) for i in range(combo.count())] == ["All personas", "Anna"]
    assert combo.currentIndex() == 0 and window.persona_filter.persona_id is None


def test_persona_combo_on_a_map_without_personas_reads_all_personas(qtbot):
    from journeymap.io.templates import load_template
    from journeymap.widgets.main_window import MainWindow

    window = MainWindow(load_template("blank"))
    qtbot.addWidget(window)
    assert window.persona_combo.currentText() == "All personas"
    assert not window.persona_combo.isEnabled()

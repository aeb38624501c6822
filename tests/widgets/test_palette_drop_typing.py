"""A card dropped from the palette is being edited: typing names it, whatever had the keys before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_typing_after_a_palette_drop_names_the_new_card(window, qtbot):
    scene = window.scene
    scene.apply_geometry()
    window.palette_dock.setFocus()
    window.palette_dock.widget().setFocus()  # the drag starts in the palette, which keeps the keys
    before = {c.id for c in window.document.cards()}
    # What dropEvent does once it has read the kind from the drag's data (PySide cannot build that event).
    assert scene.drop_kind("touchpoint", scene.cell_rect("st-b1", "l-phone").center())
    scene.take_keyboard()
    new = [c.id for c in window.document.cards() if c.id not in before]
    assert len(new) == 1 and scene.editor() is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    QTest.keyClicks(window.view.viewport(), "Asks about delivery")
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert window.document.card(new[0]).title == "Asks about delivery"
    assert window.document.card(new[0]).lane == "l-phone"

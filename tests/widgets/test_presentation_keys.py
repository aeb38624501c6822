"""Presentation mode is the canvas's current interaction: it takes the keys, and nothing edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

K = Qt.Key


def _enter(qtbot, window):
    qtbot.keyClick(window.view, K.Key_F5)
    qtbot.waitUntil(lambda: window.isFullScreen())
    qtbot.wait(20)


def test_presenting_is_the_current_interaction_and_keys_edit_nothing(qtbot, window):
    _enter(qtbot, window)
    assert window.scene.interaction is window.presentation.keys
    before = window.document.snapshot()
    for key, mods in ((K.Key_A, Qt.KeyboardModifier.NoModifier), (K.Key_Return, Qt.KeyboardModifier.ControlModifier),
                      (K.Key_3, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window.view, key, mods)
    assert window.document.snapshot() == before and window.scene.editor() is None
    qtbot.keyClick(window.view, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.scene.interaction is None and not window.presentation.active


def test_a_change_of_the_map_while_presenting_keeps_the_presentation(qtbot, window):
    """A live session's peer may edit while the room watches."""
    _enter(qtbot, window)
    window.editor.set_properties("card", "web-ad", {"title": "Changed by a peer"})
    window.scene.apply_geometry()
    assert window.presentation.active and window.scene.interaction is window.presentation.keys
    qtbot.keyClick(window.view, K.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())

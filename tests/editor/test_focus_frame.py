"""The focus frame is always drawn where the keys will act."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.editor.keyboard_entry import KeyboardEntry
from journeymap.editor.quick_add import quick_add


def framed(scene) -> bool:
    """The grid draws the frame around the scene's focus cell."""
    return scene.focus_cell is not None and scene.grid_item._focus_cell == scene.cell_rect(*scene.focus_cell)


def test_clicking_a_card_moves_the_frame_to_its_cell_at_once(canvas):
    scene = canvas.scene
    assert scene.focus_cell != ("st-k1", "l-phone")
    canvas.click(canvas.card_center("phone-support"))
    assert scene.selected_card_ids() == ["phone-support"]
    assert scene.focus_cell == ("st-k1", "l-phone") and framed(scene)


def test_quick_add_moves_the_frame_with_the_focus(canvas):
    scene = canvas.scene
    quick_add(scene, "Purchase / Phone: calls to ask about delivery")
    assert scene.focus_cell == ("st-b1", "l-phone") and framed(scene)


def test_a_keyboard_connection_leaves_the_frame_where_the_keys_act(canvas, qtbot):
    scene, view = canvas.scene, canvas.view
    entry = KeyboardEntry(view)
    scene.select_ids(["web-ad"])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert entry.connect.active
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert framed(scene)
    qtbot.keyClick(view, Qt.Key.Key_A)  # typing starts a card where the frame is
    editor = scene.editor()
    assert editor is not None
    assert scene.cell_rect(*scene.focus_cell).contains(editor.sceneBoundingRect().center())


def test_any_move_of_the_focus_cell_moves_the_frame(canvas):
    scene = canvas.scene
    scene.focus_cell = ("st-b1", "l-web")
    assert framed(scene)
    scene.focus_cell = None
    assert scene.grid_item._focus_cell is None

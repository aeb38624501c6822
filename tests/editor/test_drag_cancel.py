"""A drag called off: another button, Escape, a closed window or a change to the map put the
cards back and show the canvas as it was; the cycle collector waits only while a drag runs."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from tests.editor.test_live_drag import _geometry


def test_the_collector_waits_while_cards_are_dragged_and_resumes_on_the_drop(canvas):
    import gc

    assert gc.isenabled()
    start = canvas.card_center("phone-support")
    canvas.press(start)
    canvas.move(start + QPointF(30, 40))
    assert not gc.isenabled()
    canvas.release(start + QPointF(30, 40))
    assert gc.isenabled()
    canvas.press(start)
    canvas.move(start + QPointF(30, 40))
    assert not gc.isenabled()
    canvas.press(start)  # a new press drops the running drag without its release
    assert gc.isenabled()
    canvas.release(start)


def _drag_away(canvas, qapp):
    start = canvas.card_center("phone-support")
    canvas.press(start)
    canvas.move(start + QPointF(60, 40))
    qapp.processEvents()
    assert not canvas.scene.grid_item.isVisible()  # the drag's picture stands in for the grid
    return start + QPointF(60, 40)


def test_another_button_pressed_mid_drag_calls_the_drag_off_and_puts_everything_back(canvas, qapp):
    from PySide6.QtCore import Qt

    scene = canvas.scene
    before = _geometry(scene)
    item = scene.card_items["phone-support"]
    origin = item.pos()
    at = _drag_away(canvas, qapp)
    canvas.press(at, button=Qt.MouseButton.RightButton)
    canvas.release(at, button=Qt.MouseButton.RightButton)
    canvas.release(at)
    qapp.processEvents()
    assert item.pos() == origin and item.zValue() == 10
    assert scene.grid_item.isVisible() and scene.connection_layer.isVisible()
    assert canvas.stack.count() == 0
    assert _geometry(scene) == before


def test_escape_mid_drag_puts_the_cards_back(canvas, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from journeymap.editor.keyboard_entry import KeyboardEntry

    keys = KeyboardEntry(canvas.view)
    try:
        scene = canvas.scene
        item = scene.card_items["phone-support"]
        origin = item.pos()
        at = _drag_away(canvas, qapp)
        escape = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(canvas.view, escape)
        assert item.pos() == origin and scene.grid_item.isVisible()
        assert item.isSelected()  # Escape called off the drag, not the selection
        canvas.move(at + QPointF(40, 0))  # the button is still down: nothing follows it any more
        canvas.release(at + QPointF(40, 0))
        assert item.pos() == origin and canvas.stack.count() == 0
    finally:
        canvas.view.removeEventFilter(keys)


def test_a_scene_detached_mid_drag_ends_the_drag_and_its_pause_of_the_collector(canvas):
    import gc

    start = canvas.card_center("phone-support")
    canvas.press(start)
    canvas.move(start + QPointF(30, 40))
    assert not gc.isenabled()
    canvas.scene.detach()  # the window is closed with the button still down
    assert gc.isenabled()
    assert canvas.scene.card_items["phone-support"].scene_rect().center() == start


def test_the_map_changed_under_a_drag_calls_the_drag_off(canvas, qapp):
    scene = canvas.scene
    start = canvas.card_center("phone-support")
    canvas.press(start)
    canvas.move(start + QPointF(60, 40))
    assert scene.delete_selection()  # Delete pressed with the button still down
    qapp.processEvents()
    assert "phone-support" not in scene.card_items
    assert scene.grid_item.isVisible() and scene.connection_layer.isVisible()
    canvas.move(start + QPointF(80, 40))
    canvas.release(start + QPointF(80, 40))  # nothing left to drop
    assert canvas.stack.count() == 1  # the deletion alone
    canvas.stack.undo()
    qapp.processEvents()
    assert scene.card_items["phone-support"].scene_rect().center() == start

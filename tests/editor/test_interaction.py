"""One current interaction on the canvas: mouse and key events go to it first, then to the default."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeymap.editor.gestures import CardDragGesture
from journeymap.editor.interaction import Interaction
from journeymap.editor.keyboard_connect import KeyboardConnect
from tests.editor.keyboard_canvas import keyboard_canvas_fixture  # noqa: F401 (the keyboard_canvas fixture)
from tests.factories import small_map

K = Qt.Key


def test_a_keyboard_connection_is_the_current_interaction_while_it_runs(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["act-search"])
    canvas.press(K.Key_C)
    assert isinstance(canvas.scene.interaction, KeyboardConnect)
    canvas.press(K.Key_Escape)
    assert canvas.scene.interaction is None and not canvas.keys.connect.active


def test_a_drag_is_the_current_interaction_from_press_to_release(canvas):
    scene = canvas.scene
    start = canvas.card_center("web-ad")
    canvas.press(start)
    assert isinstance(scene.interaction, CardDragGesture) and not scene.interaction.active
    canvas.move(start + QPointF(40, 0))
    assert scene.interaction.active
    canvas.release(start + QPointF(40, 0))
    assert scene.interaction is None


def test_starting_one_interaction_calls_off_the_one_running(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    scene = canvas.scene
    scene.select_ids(["act-search"])
    canvas.press(K.Key_C)
    connect = scene.interaction
    drag = CardDragGesture(scene, canvas.scene.card_items["web-ad"].scene_rect().center(), scene.card_items["web-ad"])
    scene.begin_interaction(drag)
    assert scene.interaction is drag and not connect.active


def test_keys_reach_the_current_interaction_before_the_keymap(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    heard = []

    class Listening(Interaction):
        active = True

        def handle_key(self, key, mods):
            heard.append(key)
            return key == K.Key_3

    canvas.scene.select_ids(["web-ad"])
    canvas.scene.begin_interaction(Listening())
    canvas.press(K.Key_3)  # the keymap would set an emotion: the interaction took it
    assert heard == [K.Key_3] and canvas.doc.card("web-ad").emotion == 1
    canvas.press(K.Key_5)  # not taken: the keymap's turn
    assert heard == [K.Key_3, K.Key_5] and canvas.doc.card("web-ad").emotion == 2

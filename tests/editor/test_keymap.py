"""One keymap answers "what does this key do here?"; Enter and F2 are answered in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.editor.keymap import CTRL, NONE, Binding, KeyContext, Keymap, When
from tests.editor.keyboard_canvas import keyboard_canvas_fixture  # noqa: F401 (the keyboard_canvas fixture)
from tests.factories import small_map

K = Qt.Key
ONE_CARD = KeyContext(selected_cards=1, selected_items=1)
NOTHING = KeyContext()
HEADER = KeyContext(selected_items=1, header=("lane", "l-web"))


def _action(keymap, key, mods, context):
    binding = keymap.resolve(key, mods, context)
    return binding.action if binding else None


def test_what_enter_and_f2_do_depends_on_what_is_selected():
    keymap = Keymap()
    assert _action(keymap, K.Key_Return, NONE, ONE_CARD) == "edit_card"
    assert _action(keymap, K.Key_F2, NONE, ONE_CARD) == "edit_card"
    assert _action(keymap, K.Key_Enter, NONE, NOTHING) == "new_card"
    assert _action(keymap, K.Key_Return, CTRL, NOTHING) == "new_card"
    assert _action(keymap, K.Key_F2, NONE, NOTHING) == "rename_step"  # the focus cell's step
    assert _action(keymap, K.Key_Return, NONE, HEADER) is None
    assert keymap.describe(K.Key_Return, NONE, ONE_CARD) == "edit the selected card's title"


def test_digits_set_emotions_only_with_cards_selected_else_they_type():
    keymap = Keymap()
    assert _action(keymap, K.Key_3, NONE, KeyContext(selected_cards=2, selected_items=2)) == "set_emotion"
    assert _action(keymap, K.Key_3, NONE, NOTHING) is None  # typing "3" starts a card


def test_a_new_binding_can_go_before_an_existing_one():
    keymap = Keymap()
    keymap.add(Binding((K.Key_F2,), (NONE,), When.HEADER, "rename_header", "rename the header"), before="edit_card")
    assert _action(keymap, K.Key_F2, NONE, HEADER) == "rename_header"
    assert _action(keymap, K.Key_F2, NONE, ONE_CARD) == "edit_card"
    assert keymap.bindings[[b.action for b in keymap.bindings].index("edit_card") - 1].action == "rename_header"


def test_every_action_of_the_keymap_has_its_handler(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    for binding in canvas.keys.keymap.bindings:
        assert callable(getattr(canvas.keys, f"key_{binding.action}", None)), binding.action


def test_a_binding_added_at_run_time_is_routed_to_its_handler(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    heard = []
    canvas.keys.key_rename_header = lambda key: heard.append(key) or True
    canvas.keys.keymap.add(Binding((K.Key_F2,), (NONE,), When.HEADER, "rename_header", "rename"), before="edit_card")
    canvas.scene.select_ids(["l-web"])
    canvas.press(K.Key_F2)
    assert heard == [K.Key_F2]


def test_f2_on_a_selected_card_opens_one_editor_once(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["web-ad"])
    canvas.press(K.Key_F2)
    editor = canvas.scene.editor()
    assert editor is not None and editor.toPlainText() == "Sees an ad"
    from journeymap.editor.scene_input import InputMixin

    assert "keyPressEvent" not in vars(InputMixin)  # the canvas's keys have one route: key_actions.py

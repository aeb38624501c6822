"""Where a key press on the canvas goes, and what each action of the keymap does.

One route for every key: the open in-place editor first (it keeps every key but
Ctrl+Enter), then a running interaction (a keyboard connection; Escape calls a mouse
drag off), then the keymap (``keymap.py``), and last, a printable character starts a
new card with it. Mixed into ``KeyboardEntry``: ``key_<action>`` carries out the
keymap's ``action``; each returns True when it used the key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from .keymap import CTRL, ENTER_KEYS, NONE, SHIFT, KeyContext
from .layout_keys import physical_key

Key = Qt.Key
ARROWS = {Key.Key_Left: (-1, 0), Key.Key_Right: (1, 0), Key.Key_Up: (0, -1), Key.Key_Down: (0, 1)}
EMOTION_KEYS = {Key.Key_0: None, Key.Key_1: -2, Key.Key_2: -1, Key.Key_3: 0, Key.Key_4: 1, Key.Key_5: 2}
HEADER_KINDS = ("stage", "step", "lane")


def plain_modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    """The modifiers that change a key's meaning (the keypad flag does not)."""
    return event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


class KeyActionsMixin:
    # ----------------------------------------------------------------- the route
    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on one key press; True when the key was used."""
        key, mods = physical_key(event), plain_modifiers(event)
        scene = self.scene
        self._follow_selection()
        if scene.editor() is not None:
            if key in ENTER_KEYS and mods == CTRL:
                self.finish_and_start_another()
                return True
            return False
        interaction = scene.interaction  # a keyboard connection, a drag (Escape puts the cards back)
        if interaction is not None:
            if interaction.handle_key(key, mods):
                return True
            if interaction.modal:
                return False  # passed on to the window (Ctrl+S...), never to the keymap
        binding = self.keymap.resolve(key, mods, self.key_context())
        if binding is not None:
            return bool(getattr(self, f"key_{binding.action}")(key))
        return self._type_new_card(event.text(), mods)

    def key_context(self) -> KeyContext:
        """What the keymap needs to know of the canvas right now."""
        scene = self.scene
        target, model_id = scene.selection_target()
        header = (target, model_id) if target in HEADER_KINDS else None
        return KeyContext(len(scene.selected_card_ids()), len(scene.selectedItems()), header)

    def _type_new_card(self, text: str, mods) -> bool:
        if text and text.isprintable() and not text.isspace() and mods in (NONE, SHIFT):
            self.start_entry(text=text)
            return True
        return False

    # ----------------------------------------------------------------- the actions
    def key_move_focus(self, key) -> bool:
        self.scene.clearSelection()
        self.move_focus(*ARROWS[key])
        return True

    def key_move_cards(self, key) -> bool:
        return self.move_selected(*ARROWS[key])

    def key_next_card(self, key) -> bool:
        self.select_next_card(True)
        return True

    def key_previous_card(self, key) -> bool:
        self.select_next_card(False)
        return True

    def key_clear_selection(self, key) -> bool:
        self.scene.clearSelection()
        return True

    def key_edit_card(self, key) -> bool:
        self.scene.begin_edit_card(self.scene.selected_card_ids()[0])
        return True

    def key_new_card(self, key) -> bool:
        self.start_entry()
        return True

    def key_duplicate(self, key) -> bool:  # only reached without the window's Duplicate action
        return bool(self.scene.duplicate_selection())

    def key_set_emotion(self, key) -> bool:
        return self.set_emotion(EMOTION_KEYS[key])

    def key_toggle_moment_of_truth(self, key) -> bool:
        return self.toggle_moment_of_truth()

    def key_begin_connect(self, key) -> bool:
        return self.connect.begin(self.scene.selected_card_ids()[0])

"""The canvas's keymap: one table that answers "what does this key do here?".

A binding names keys, the modifiers they take, the situation it applies in, and an
action; ``KeyboardEntry`` carries the action out (its method ``key_<action>``). The
first binding that matches wins, so a narrower situation is listed before a wider one.
Adding a key is one ``Binding`` in ``DEFAULT_BINDINGS`` (or ``Keymap.add`` at run time)
and one ``key_<action>`` method; ``docs/shortcuts.md`` lists them for users.

Keys of a running interaction (a keyboard connection, a drag) and of an open in-place
editor are answered before this table, by that interaction or editor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt

Key = Qt.Key
Mod = Qt.KeyboardModifier
NONE = Mod.NoModifier
CTRL = Mod.ControlModifier
ALT = Mod.AltModifier
SHIFT = Mod.ShiftModifier
ARROW_KEYS = (Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down)
ENTER_KEYS = (Key.Key_Return, Key.Key_Enter)
EMOTION_DIGITS = (Key.Key_0, Key.Key_1, Key.Key_2, Key.Key_3, Key.Key_4, Key.Key_5)


class When(Enum):
    """The situations a binding can ask for."""

    ALWAYS = "always"
    ONE_CARD = "one card selected"
    CARDS = "cards selected"
    SELECTION = "anything selected"
    NOTHING_SELECTED = "nothing selected"
    HEADER = "one stage, step or lane header selected"


@dataclass(frozen=True)
class KeyContext:
    """What a key press meets on the canvas (built by ``KeyboardEntry`` from the scene)."""

    selected_cards: int = 0
    selected_items: int = 0
    header: tuple[str, str] | None = None  # (kind, id) of the one selected header

    def holds(self, when: When) -> bool:
        if when is When.ONE_CARD:
            return self.selected_cards == 1
        if when is When.CARDS:
            return self.selected_cards > 0
        if when is When.SELECTION:
            return self.selected_items > 0
        if when is When.NOTHING_SELECTED:
            return self.selected_items == 0
        if when is When.HEADER:
            return self.header is not None
        return True


@dataclass(frozen=True)
class Binding:
    keys: tuple[Qt.Key, ...]
    mods: tuple[Qt.KeyboardModifier, ...]  # empty: any modifiers
    when: When
    action: str
    description: str  # for the reader of this table; users read docs/shortcuts.md

    def matches(self, key: Qt.Key, mods: Qt.KeyboardModifier, context: KeyContext) -> bool:
        return key in self.keys and (not self.mods or mods in self.mods) and context.holds(self.when)


def _b(keys: Iterable[Qt.Key], mods, when: When, action: str, description: str) -> Binding:
    return Binding(tuple(keys), tuple(mods) if isinstance(mods, tuple) else (mods,), when, action, description)


DEFAULT_BINDINGS: tuple[Binding, ...] = (
    _b(ARROW_KEYS, NONE, When.ALWAYS, "move_focus", "move the focus cell (mirrored in right-to-left maps)"),
    _b(ARROW_KEYS, ALT, When.ALWAYS, "move_cards", "move the selected cards one cell"),
    _b((Key.Key_Tab,), NONE, When.ALWAYS, "next_card", "select the next card in timeline order"),
    _b((Key.Key_Backtab,), (NONE, SHIFT), When.ALWAYS, "previous_card", "select the previous card"),
    _b((Key.Key_Tab,), SHIFT, When.ALWAYS, "previous_card", "select the previous card"),
    _b((Key.Key_Escape,), (), When.SELECTION, "clear_selection", "select nothing"),
    _b((*ENTER_KEYS, Key.Key_F2), NONE, When.ONE_CARD, "edit_card", "edit the selected card's title"),
    _b(ENTER_KEYS, (NONE, CTRL), When.NOTHING_SELECTED, "new_card", "start a new card in the focus cell"),
    _b((Key.Key_D,), CTRL, When.ALWAYS, "duplicate", "duplicate the selected cards"),
    _b(EMOTION_DIGITS, NONE, When.CARDS, "set_emotion", "1-5 set the emotion -2..+2, 0 clears it"),
    _b((Key.Key_M,), NONE, When.CARDS, "toggle_moment_of_truth", "mark or unmark a moment of truth"),
    _b((Key.Key_C,), NONE, When.ONE_CARD, "begin_connect", "connect the card to another by keyboard"),
    # the grid around the cards (structure_keys.py): the parts of the focus cell
    _b((Key.Key_Left, Key.Key_Right), CTRL | ALT, When.ALWAYS, "add_step_beside",
       "add a step on that side of the focused one (after it: right, or left in right-to-left maps)"),
    _b((Key.Key_Down,), CTRL | ALT, When.ALWAYS, "add_lane_below", "add a lane below the focused one (a kind list)"),
    _b((Key.Key_S,), CTRL | ALT, When.ALWAYS, "add_stage", "add a stage after the focused one"),
    _b((Key.Key_Left, Key.Key_Right), CTRL | SHIFT, When.ALWAYS, "move_step", "move the focused step one place"),
    _b((Key.Key_Up, Key.Key_Down), CTRL | SHIFT, When.ALWAYS, "move_lane", "move the focused lane one place"),
    _b((Key.Key_F2,), NONE, When.HEADER, "rename_header", "rename the selected stage, step or lane"),
    _b((Key.Key_F2,), NONE, When.NOTHING_SELECTED, "rename_step", "rename the focused step"),
    _b((Key.Key_F2,), SHIFT, When.ALWAYS, "rename_stage", "rename the focused stage"),
    _b((Key.Key_F2,), CTRL, When.ALWAYS, "rename_lane", "rename the focused lane"),
    _b((Key.Key_F2,), CTRL | SHIFT, When.ALWAYS, "rename_title", "edit the map's title"),
    _b((Key.Key_Delete,), CTRL, When.ALWAYS, "delete_step", "delete the focused step (asks when it holds cards)"),
    _b((Key.Key_Delete,), CTRL | SHIFT, When.ALWAYS, "delete_lane", "delete the focused lane (asks if it holds cards)"),
)


class Keymap:
    """An ordered list of bindings; ``resolve`` gives the one a key press means, or None."""

    def __init__(self, bindings: Iterable[Binding] = DEFAULT_BINDINGS) -> None:
        self.bindings: list[Binding] = list(bindings)

    def add(self, binding: Binding, before: str | None = None) -> None:
        """Add a binding at the end, or before the first binding of action ``before``."""
        if before is not None:
            for index, existing in enumerate(self.bindings):
                if existing.action == before:
                    self.bindings.insert(index, binding)
                    return
        self.bindings.append(binding)

    def resolve(self, key: Qt.Key, mods: Qt.KeyboardModifier, context: KeyContext) -> Binding | None:
        for binding in self.bindings:
            if binding.matches(key, mods, context):
                return binding
        return None

    def describe(self, key: Qt.Key, mods: Qt.KeyboardModifier, context: KeyContext) -> str | None:
        """What the key does in this situation, in words (None: it types, or does nothing here)."""
        binding = self.resolve(key, mods, context)
        return binding.description if binding is not None else None

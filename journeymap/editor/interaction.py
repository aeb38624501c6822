"""What the canvas is in the middle of: the one current interaction that input goes to first.

A mouse gesture (dragging cards, connecting by the handle, moving or resizing a header)
a keyboard connection, or presentation mode's keys, is an ``Interaction``: it is started, receives the mouse and
key events of the canvas while it runs, finishes (at most one edit through the
``MapEditor``) or is cancelled (Escape, another button, a change of the map under it),
putting back what it moved. The scene holds at most one (``scene.interaction``); with
none, the default handling starts one (scene_input.py for the mouse, the keymap for keys).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt


class Interaction:
    """Base of the canvas's interactions; each method says whether it used the event."""

    scene = None  # the JourneyScene it runs on
    active = False  # True once it is under way (a press becomes a drag past the drag distance)
    # Modal: takes every key, and the keymap gets none, even while the keyboard entry is off
    # (presentation mode). It is not called off by a change of the map (``active`` stays False).
    modal = False

    def mouse_move(self, pos: QPointF) -> bool:
        return False

    def mouse_release(self, pos: QPointF) -> bool:
        return False

    def handle_key(self, key: Qt.Key, mods: Qt.KeyboardModifier) -> bool:
        """Keys while it runs; by default Escape calls it off and every other key passes on."""
        if key == Qt.Key.Key_Escape:
            self.scene.cancel_interaction()
            return True
        return False

    def cancel(self) -> None:
        """End without an edit, putting back whatever it moved."""

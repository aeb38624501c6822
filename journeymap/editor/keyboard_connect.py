"""Connecting two cards without the mouse.

With one card selected, C starts: the card becomes the source and a dashed line
follows the target. Tab / Shift+Tab pick the next / previous card, the arrows
move the focus cell and pick the first card in it; Enter connects source to
target as one undo step, Escape gives up. Any other key leaves the mode and does
what it normally does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from . import style
from .interaction import Interaction

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ARROWS = {Key.Key_Left: (-1, 0), Key.Key_Right: (1, 0), Key.Key_Up: (0, -1), Key.Key_Down: (0, 1)}


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyboardConnect", text)


class KeyboardConnect(Interaction):
    """C on a card, then Tab or arrows to pick the target, Enter to connect: an interaction of the canvas."""

    def __init__(self, entry) -> None:
        self.entry = entry
        self.source: str | None = None
        self.target: str | None = None
        self._line: QGraphicsLineItem | None = None

    @property
    def active(self) -> bool:
        return self.source is not None

    @property
    def scene(self):
        return self.entry.scene

    def cancel(self) -> None:
        self.end()

    def begin(self, source: str) -> bool:
        scene = self.entry.scene
        scene.begin_interaction(self)
        self.source = source
        self.target = None
        title = scene.document.card(source).title
        scene.statusMessage.emit(
            tr("Connect from “%1”: pick the target with Tab or the arrows, then press Enter (Escape cancels)").replace(
                "%1", title
            )
        )
        self._show_line()
        return True

    def handle_key(self, key, mods) -> bool:
        """Keys of the connect mode; False (after leaving the mode) for any other key."""
        entry = self.entry
        if key == Key.Key_Tab and mods == NONE:
            self._pick(entry.select_next_card(True))
            return True
        if key == Key.Key_Backtab or (key == Key.Key_Tab and mods == SHIFT):
            self._pick(entry.select_next_card(False))
            return True
        if key in ARROWS and mods == NONE:
            cell = entry.move_focus(*ARROWS[key])
            cards = entry.scene.document.cell_cards(*cell) if cell else []
            if cards:
                entry.select_card(cards[0])
            else:
                entry.scene.clearSelection()
            self._pick(cards[0] if cards else None)
            return True
        if key in (Key.Key_Return, Key.Key_Enter) and mods == NONE:
            self.finish()
            return True
        if key == Key.Key_Escape:
            source = self.source
            self.end()
            entry.select_card(source)
            entry.scene.statusMessage.emit(tr("No connection made"))
            return True
        self.end()
        return False

    def _pick(self, card_id: str | None) -> None:
        self.target = card_id
        self._show_line()

    def finish(self) -> str | None:
        """Connect source to target; returns the new connection's id (None when there is no target)."""
        scene = self.entry.scene
        source, target = self.source, self.target
        if target is None or target == source:
            scene.statusMessage.emit(tr("Pick another card to connect to, or press Escape"))
            return None
        self.end()
        return connect_cards(scene, source, target)

    def end(self) -> None:
        self.source = None
        self.target = None
        scene = self.entry.scene
        if scene is not None:
            scene.end_interaction(self)
        if self._line is not None:
            if self._line.scene() is not None:
                self._line.scene().removeItem(self._line)
            self._line = None

    def _show_line(self) -> None:
        scene = self.entry.scene
        if self._line is None:
            self._line = QGraphicsLineItem()
            pen = QPen(QColor(style.FOCUS_FRAME), 2, Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._line.setPen(pen)
            self._line.setZValue(40)
            scene.addItem(self._line)
        source = scene.card_items.get(self.source)
        target = scene.card_items.get(self.target) if self.target else None
        if source is None or target is None:
            self._line.setVisible(False)
            return
        self._line.setLine(QLineF(source.scene_rect().center(), target.scene_rect().center()))
        self._line.setVisible(True)


def connect_cards(scene, source: str, target: str) -> str:
    """Connect (one undo step) ``source`` to ``target`` and select the target card."""
    doc = scene.document
    conn_id = scene.map_editor.connect_cards(source, target)
    if conn_id is None:
        return None
    scene.select_ids([target])
    done = tr("Connected “%1” → “%2”")
    scene.statusMessage.emit(done.replace("%1", doc.card(source).title).replace("%2", doc.card(target).title))
    return conn_id

"""A bare canvas (scene, view, keyboard entry) shown and focused, for tests that press keys on it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from journeymap.editor.keyboard_entry import KeyboardEntry
from journeymap.editor.scene import JourneyScene
from journeymap.editor.view import JourneyView


@dataclass
class Canvas:
    doc: object
    stack: QUndoStack
    scene: JourneyScene
    view: JourneyView
    keys: KeyboardEntry
    qtbot: object

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.view, key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.view, text)

    def type_text(self, text: str) -> None:
        """Type any script (QTest.keyClicks only knows Latin keys): one key event per character."""
        for char in text:
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(self.view, event)

    def titles(self, step_id: str, lane_id: str) -> list[str]:
        return [self.doc.card(c).title for c in self.doc.cell_cards(step_id, lane_id)]


def open_canvas(qtbot, doc) -> Canvas:
    stack = QUndoStack()
    scene = JourneyScene(doc, stack)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.setFocus()
    keys = KeyboardEntry(view)
    return Canvas(doc, stack, scene, view, keys, qtbot)


@pytest.fixture(name="keyboard_canvas")
def keyboard_canvas_fixture(qtbot):
    """``keyboard_canvas(doc)`` opens a canvas; all of them are closed in order after the test."""
    opened: list[Canvas] = []

    def make(doc) -> Canvas:
        opened.append(open_canvas(qtbot, doc))
        return opened[-1]

    yield make
    for canvas in opened:
        canvas.scene.cancel_edit()
        canvas.scene.clearSelection()  # not while the scene is destroyed: its Python half would be gone
        canvas.view.removeEventFilter(canvas.keys)
        canvas.view.close()
        canvas.view.setScene(None)

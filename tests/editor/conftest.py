"""Canvas fixtures: a scene on the small map inside a shown 1600 x 1000 view at 100 %,
and helpers that drive it with real mouse events through the view's viewport."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from journeymap.editor.scene import JourneyScene
from journeymap.editor.view import JourneyView
from tests.factories import small_map


class Canvas:
    def __init__(self, doc, qtbot) -> None:
        self.doc = doc
        self.stack = QUndoStack()
        self.scene = JourneyScene(doc, self.stack)
        self.view = JourneyView(self.scene)
        qtbot.addWidget(self.view)
        self.view.resize(1600, 1000)
        self.view.show()
        self.view.actual_size()
        self.view.horizontalScrollBar().setValue(self.view.horizontalScrollBar().minimum())
        self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
        QApplication.processEvents()

    # ------------------------------------------------------------ geometry
    def card_center(self, card_id: str) -> QPointF:
        return self.scene.card_items[card_id].scene_rect().center()

    def cell_center(self, step_id: str, lane_id: str) -> QPointF:
        return self.scene.cell_rect(step_id, lane_id).center()

    def to_view(self, scene_pos: QPointF) -> QPoint:
        return self.view.mapFromScene(scene_pos)

    # ------------------------------------------------------------ mouse
    def _send(self, kind, scene_pos: QPointF, button, buttons, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        local = QPointF(self.to_view(scene_pos))
        global_pos = QPointF(self.view.viewport().mapToGlobal(local.toPoint()))
        event = QMouseEvent(kind, local, global_pos, button, buttons, modifiers)
        QApplication.sendEvent(self.view.viewport(), event)

    def press(self, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier, button=Qt.MouseButton.LeftButton) -> None:
        self._send(QEvent.Type.MouseButtonPress, pos, button, button, modifiers)

    def move(self, pos: QPointF, buttons=Qt.MouseButton.LeftButton) -> None:
        self._send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, buttons)

    def release(self, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier, button=Qt.MouseButton.LeftButton) -> None:
        self._send(QEvent.Type.MouseButtonRelease, pos, button, Qt.MouseButton.NoButton, modifiers)

    def click(self, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.press(pos, modifiers)
        self.release(pos, modifiers)

    def double_click(self, pos: QPointF) -> None:
        self.press(pos)
        self.release(pos)
        self._send(QEvent.Type.MouseButtonDblClick, pos, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
        self.release(pos)

    def drag(self, start: QPointF, end: QPointF, steps: int = 8) -> None:
        self.press(start)
        for i in range(1, steps + 1):
            t = i / steps
            self.move(QPointF(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t))
        self.release(end)

    # ------------------------------------------------------------ undo
    def undo_redo_round_trip(self, check_after, check_before) -> None:
        """Undo everything (checking the old state), redo everything (checking the new one)."""
        while self.stack.canUndo():
            self.stack.undo()
        check_before()
        while self.stack.canRedo():
            self.stack.redo()
        check_after()


@pytest.fixture
def canvas(qtbot):
    return Canvas(small_map(), qtbot)


@pytest.fixture
def make_canvas(qtbot):
    return lambda doc: Canvas(doc, qtbot)

"""Editing a name in place: a text item laid over a card or header.

Enter commits (the scene turns it into one SetPropertiesCommand), Escape cancels,
leaving the editor (clicking elsewhere) commits. Shift+Enter inserts a line break
in card titles. The editor never touches the model; it calls back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyle, QStyleOptionGraphicsItem

from .. import style
from ..text_block import qt_direction


class InPlaceEditor(QGraphicsTextItem):
    def __init__(
        self,
        text: str,
        font: QFont,
        rect: QRectF,
        rtl: bool,
        on_commit: Callable[[str], None],
        on_cancel: Callable[[], None],
        multiline: bool = False,
        fill: QColor | None = None,
    ) -> None:
        super().__init__()
        self._fill = QColor(fill) if fill is not None else QColor(style.EDITOR_BACKGROUND)
        self._on_commit = on_commit
        self._on_cancel = on_cancel
        self._done = False
        self._multiline = multiline
        self._frame = QRectF(rect)
        self.setFont(font)
        self.setDefaultTextColor(QColor(style.TEXT))
        self.setPlainText(text)
        self.setTextWidth(rect.width() - 2 * style.CARD_PADDING_X + 8)
        self._rtl = rtl
        self._apply_direction()
        self.document().contentsChanged.connect(self._apply_direction)
        self.document().setDocumentMargin(4)
        self.setPos(rect.x() + style.CARD_PADDING_X - 4, rect.y() + style.CARD_PADDING_Y - 4)
        self.setZValue(50)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)

    def _apply_direction(self) -> None:
        """Lay the text out in its own base direction as it is typed (see ``bidi``); align it as the map."""
        direction = qt_direction(self.toPlainText(), self._rtl)
        if direction == getattr(self, "_direction", None):
            return
        self._direction = direction
        option = self.document().defaultTextOption()
        horizontal = Qt.AlignmentFlag.AlignRight if self._rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(horizontal | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        frame = self.mapFromScene(self._frame).boundingRect().united(self.boundingRect())
        painter.setPen(QPen(QColor(style.FOCUS_FRAME), 2))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(frame, style.CARD_RADIUS, style.CARD_RADIUS)
        plain = QStyleOptionGraphicsItem(option)  # without Qt's dashed focus rectangle over our frame
        plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, plain, widget)

    def boundingRect(self) -> QRectF:
        frame = self.mapFromScene(self._frame).boundingRect()
        return super().boundingRect().united(frame).adjusted(-2, -2, 2, 2)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._multiline and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                super().keyPressEvent(event)
                return
            self.commit()
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        self._on_commit(text)

    def cancel(self) -> None:
        if self._done:
            return
        self._done = True
        self._on_cancel()

    def is_done(self) -> bool:
        return self._done

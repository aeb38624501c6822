"""Transient helpers drawn over the map: the connection handle and the rubber connection."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from .. import style
from ..drawing_modes import ModesHanded

CARD_Z = 10
CARD_Z_WITH_HANDLE = 16


class ConnectionHandleItem(ModesHanded, QGraphicsItem):
    """A small circle at a card's forward edge: drag it to another card to connect them."""

    Type = QGraphicsItem.UserType + 3

    def __init__(self) -> None:
        super().__init__()
        self.card = None
        self.setZValue(30)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setVisible(False)
        self._hover = False

    def type(self) -> int:
        return self.Type

    def attach(self, card, forward: int) -> None:
        """Sit on the middle of ``card``'s forward side, as its child (None hides the handle).

        Being the card's child keeps the card hovered while the pointer is on the handle,
        and lets the handle travel with the card while it is dragged.
        """
        previous = self.card
        self.card = card
        if previous is not None and previous is not card:
            previous.setZValue(CARD_Z)
        if card is None:
            self.setVisible(False)
            if self.parentItem() is not None:
                self.setParentItem(None)
            return
        card.setZValue(CARD_Z_WITH_HANDLE)  # above connection captions, which could hide the handle
        if self.parentItem() is not card:
            self.setParentItem(card)
        rect = card.rect()
        self.setPos(rect.right() if forward > 0 else rect.left(), rect.center().y())
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        r = style.HANDLE_RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.boundingRect().adjusted(-2, -2, 2, 2))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.modes.exporting:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = style.HANDLE_RADIUS + (1.5 if self._hover else 0)
        painter.setPen(QPen(QColor(style.ON_BADGE), 1.5))
        painter.setBrush(QColor(style.SELECTION))
        painter.drawEllipse(QPointF(0, 0), r, r)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def mousePressEvent(self, event) -> None:
        event.accept()  # the scene runs the connect gesture; keep the rubber band from starting


class RubberConnectionItem(QGraphicsPathItem):
    """The dashed curve that follows the mouse while a connection is being drawn."""

    def __init__(self) -> None:
        super().__init__()
        pen = QPen(QColor(style.SELECTION), 1.8, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setZValue(40)

    def set_ends(self, start: QPointF, end: QPointF, forward: int) -> None:
        path = QPainterPath(start)
        reach = max(30.0, abs(end.x() - start.x()) * 0.4)
        path.cubicTo(QPointF(start.x() + forward * reach, start.y()), QPointF(end.x() - forward * reach, end.y()), end)
        self.setPath(path)


class InsertMarkerItem(QGraphicsItem):
    """A bold line showing where a dragged card or header will land."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(35)
        self._line = (QPointF(), QPointF())
        self.setVisible(False)

    def show_line(self, a: QPointF, b: QPointF) -> None:
        self.prepareGeometryChange()
        self._line = (a, b)
        self.setVisible(True)
        self.update()

    def boundingRect(self) -> QRectF:
        a, b = self._line
        return QRectF(a, b).normalized().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(style.SELECTION), 3)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(*self._line)

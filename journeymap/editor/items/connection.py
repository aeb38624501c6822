"""A connection: a smooth curve with an arrowhead, and its label and share on the curve.

The route (kind, gutter, side slots) is decided by the scene from the layout; the
path is rebuilt from the two card items' current rectangles, so while cards are
dragged only their own connections are recomputed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...model import Connection
from .. import fonts, style
from ..routing import Route, segments

_LABEL_FONT = None


def label_font():
    global _LABEL_FONT
    if _LABEL_FONT is None:
        _LABEL_FONT = fonts.label_font()
    return _LABEL_FONT


def connection_caption(conn: Connection) -> str:
    """'label · 70%', either part alone, or '' ."""
    share = f"{conn.share:g}%" if conn.share is not None else ""
    return " · ".join(part for part in (conn.label.strip(), share) if part)


class ConnectionItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    def __init__(self, conn: Connection, source, target) -> None:
        super().__init__()
        self.conn_id = conn.id
        self.source = source
        self.target = target
        self.route = Route("forward")
        self.forward = 1
        self.caption = connection_caption(conn)
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._label_rect = QRectF()
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(8)

    def type(self) -> int:
        return self.Type

    def set_connection(self, conn: Connection) -> None:
        caption = connection_caption(conn)
        if caption != self.caption:
            self.caption = caption
            self.rebuild()
        self.setToolTip(caption)

    def set_route(self, route: Route, forward: int) -> None:
        self.route = route
        self.forward = forward
        self.rebuild()

    def rebuild(self) -> None:
        """Recompute the path from the cards' current rectangles."""
        source = self.source.scene_rect()
        target = self.target.scene_rect()
        rect_of = lambda r: (r.x(), r.y(), r.width(), r.height())
        cmds, end, direction = segments(self.route, rect_of(source), rect_of(target), self.forward)
        path = QPainterPath()
        for cmd in cmds:
            op, *points = cmd
            pts = [QPointF(*p) for p in points]
            if op == "M":
                path.moveTo(pts[0])
            elif op == "L":
                path.lineTo(pts[0])
            elif op == "Q":
                path.quadTo(pts[0], pts[1])
            else:
                path.cubicTo(pts[0], pts[1], pts[2])
        self.prepareGeometryChange()
        self._path = path
        self._arrow = _arrowhead(QPointF(*end), direction)
        self._label_rect = self._place_label(path)
        self._shape = None
        self._bounds = path.controlPointRect().united(self._arrow.boundingRect()).united(self._label_rect)
        self._bounds.adjust(-3, -3, 3, 3)
        self.update()

    def _place_label(self, path: QPainterPath) -> QRectF:
        if not self.caption:
            return QRectF()
        metrics = QFontMetricsF(label_font())
        width = min(metrics.horizontalAdvance(self.caption) + 12, 180.0)
        height = metrics.height() + 4
        mid = path.pointAtPercent(0.5)
        return QRectF(mid.x() - width / 2, mid.y() - height / 2, width, height)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(style.CONNECTION_PICK_WIDTH)
            shape = stroker.createStroke(self._path)
            shape.addPolygon(self._arrow)
            if not self._label_rect.isNull():
                shape.addRect(self._label_rect)
            self._shape = shape
        return self._shape

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def label_rect(self) -> QRectF:
        return QRectF(self._label_rect)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        exporting = getattr(self.scene(), "exporting", False)
        selected = self.isSelected() and not exporting
        color = QColor(style.CONNECTION_SELECTED if selected else style.CONNECTION)
        pen = QPen(color, style.CONNECTION_WIDTH + (1.0 if selected else 0.0))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(self._arrow)
        if self.caption:
            self._paint_label(painter, color if selected else QColor(style.LABEL_BORDER))

    def _paint_label(self, painter: QPainter, border: QColor) -> None:
        rect = self._label_rect
        painter.setPen(QPen(border, 1))
        painter.setBrush(style.qcolor(style.LABEL_BACKGROUND))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(label_font())
        painter.setPen(QColor(style.TEXT_MUTED))
        metrics = QFontMetricsF(label_font())
        text = metrics.elidedText(self.caption, Qt.TextElideMode.ElideRight, rect.width() - 10)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _arrowhead(tip: QPointF, direction: tuple[float, float]) -> QPolygonF:
    dx, dy = direction
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    back = QPointF(tip.x() - ux * style.ARROW_LENGTH, tip.y() - uy * style.ARROW_LENGTH)
    half = style.ARROW_WIDTH / 2
    left = QPointF(back.x() - uy * half, back.y() + ux * half)
    right = QPointF(back.x() + uy * half, back.y() - ux * half)
    return QPolygonF([tip, left, right])

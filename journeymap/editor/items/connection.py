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
from ..routing import Route, label_points, segments
from ..text_block import qt_direction

# Qt enum members looked up once: attribute access on them is slow in Python, and
# thousands of items are built per map.
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_CONNECTION_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_LABEL_FONT = None
_LABEL_SIZES: dict[str, tuple[float, float]] = {}


def label_font():
    global _LABEL_FONT
    if _LABEL_FONT is None:
        _LABEL_FONT = fonts.label_font()
    return _LABEL_FONT


def label_size(caption: str) -> tuple[float, float]:
    """Width and height of a caption's pill (cached: many connections share captions)."""
    size = _LABEL_SIZES.get(caption)
    if size is None:
        metrics = QFontMetricsF(label_font())
        size = (min(metrics.horizontalAdvance(caption) + 12, 160.0), metrics.height() + 4)
        if len(_LABEL_SIZES) < 50000:
            _LABEL_SIZES[caption] = size
    return size


def connection_caption(conn: Connection) -> str:
    """'label · 70%', either part alone, or '' ."""
    share = f"{conn.share:g}%" if conn.share is not None else ""
    return " · ".join(part for part in (conn.label.strip(), share) if part)


class ConnectionLabelItem(QGraphicsItem):
    """The caption of a connection, drawn above cards so it is never hidden.

    A top-level item (not a child) because a child cannot stack above other
    top-level items; it belongs to its ConnectionItem and is not selectable itself.
    Made only for connections that have a caption: most have none, and an item each
    made 15,000 more items (a third of the scene) on a map of 10,000 cards.
    """

    Type = QGraphicsItem.UserType + 4

    def __init__(self, connection: ConnectionItem) -> None:
        super().__init__()
        self.connection = connection
        self.setZValue(15)
        self._rect = QRectF()
        self.setCacheMode(_DEVICE_CACHE)

    def type(self) -> int:
        return self.Type

    def set_rect(self, rect: QRectF) -> None:
        if rect.isNull() and self._rect.isNull():
            if self.isVisible():
                self.setVisible(False)
            return  # a connection without a caption: nothing to draw or move
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.setVisible(not rect.isNull())
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        conn = self.connection
        selected = conn.isSelected() and not getattr(self.scene(), "exporting", False)
        border = QColor(style.CONNECTION_SELECTED if selected else style.LABEL_BORDER)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._rect
        painter.setPen(QPen(border, 1))
        painter.setBrush(style.qcolor(style.LABEL_BACKGROUND))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(label_font())
        painter.setPen(QColor(style.TEXT_MUTED))
        metrics = QFontMetricsF(label_font())
        text = metrics.elidedText(conn.caption, Qt.TextElideMode.ElideRight, rect.width() - 10)
        painter.save()
        painter.setLayoutDirection(qt_direction(text, conn.forward < 0))  # the caption's own, not the window's
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


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
        self._cmds: list[tuple] = [("M", (0.0, 0.0))]
        self._arrow = QPolygonF()
        self._label_rect = QRectF()
        self._shape: QPainterPath | None = None
        self._bounds = QRectF()
        self._label_item: ConnectionLabelItem | None = None
        self.live = False  # drawn by this item (selected or being dragged), not by the shared layer
        self.setFlags(_CONNECTION_FLAGS)
        self.setZValue(8)

    def type(self) -> int:
        return self.Type

    @property
    def label_item(self) -> ConnectionLabelItem:
        """The caption's item, made (and put in this item's scene) when first needed."""
        if self._label_item is None:
            label = ConnectionLabelItem(self)
            label.setOpacity(self.opacity())
            label.setPos(self.pos())
            label.set_rect(self._label_rect)
            self._label_item = label
            scene = self.scene()
            if scene is not None:
                scene.addItem(label)
        return self._label_item

    def caption_item(self) -> ConnectionLabelItem | None:
        """The caption's item if it was ever made (None for a connection never captioned)."""
        return self._label_item

    def set_strength(self, opacity: float) -> None:
        """Opacity of the curve and its caption (the persona filter dims what a persona does not meet)."""
        self.setOpacity(opacity)
        if self._label_item is not None:
            self._label_item.setOpacity(opacity)

    def set_connection(self, conn: Connection) -> None:
        caption = connection_caption(conn)
        if caption != self.caption:
            self.caption = caption
            self.rebuild()
        self.setToolTip(caption)

    def set_route(self, route: Route, forward: int, place_label=None) -> None:
        self.route = route
        self.forward = forward
        self.rebuild(place_label)

    def rebuild(self, place_label=None) -> None:
        """Recompute the path from the cards' current rectangles.

        ``place_label(item, width, height) -> QRectF`` may choose a free spot for the
        caption; without it the caption sits at the middle of the curve.
        """
        source, target = self.source, self.target
        source_rect = (source.x(), source.y(), source.width(), source.height())
        target_rect = (target.x(), target.y(), target.width(), target.height())
        cmds, end, direction = segments(self.route, source_rect, target_rect, self.forward)
        label = self._label_item
        if self.x() or self.y():  # was shifted whole during a drag
            self.setPos(0, 0)
            if label is not None:
                label.setPos(0, 0)
        self._cmds = cmds
        path = _build_path(cmds)
        self.prepareGeometryChange()
        self._path = path
        self._arrow = _arrowhead(QPointF(*end), direction)
        self._label_rect = self._place_label(path, place_label)
        if label is not None:
            label.set_rect(self._label_rect)
        elif self.caption:
            self.label_item  # noqa: B018 - made on first use, with the rectangle just placed
        self._shape = None
        self._bounds = path.controlPointRect().united(self._arrow.boundingRect())
        self._bounds.adjust(-3, -3, 3, 3)
        if self.live:
            self.update()

    def _place_label(self, path: QPainterPath, place_label) -> QRectF:
        if not self.caption:
            return QRectF()
        width, height = label_size(self.caption)
        if place_label is not None:
            return place_label(self, width, height)
        x, y = label_points(self._cmds)[0]
        return QRectF(x - width / 2, y - height / 2, width, height)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(style.CONNECTION_PICK_WIDTH)
            shape = stroker.createStroke(self._path)
            shape.addPolygon(self._arrow)
            self._shape = shape
        return self._shape

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def shift(self, dx: float, dy: float) -> None:
        """Move the whole curve (both its cards are dragged together): no path to recompute."""
        self.setPos(dx, dy)
        if self._label_item is not None:
            self._label_item.setPos(dx, dy)

    def never_built(self) -> bool:
        return self._path.isEmpty()

    def route_commands(self) -> list[tuple]:
        return self._cmds

    def path_ref(self) -> QPainterPath:
        """The path itself, not a copy (for the connection layer)."""
        return self._path

    def arrow_ref(self) -> QPolygonF:
        return self._arrow

    def set_live(self, live: bool) -> None:
        if live != self.live:
            self.live = live
            # resting connections are painted by the shared layer: let Qt skip this item entirely
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not live)
            self.update()
            if self._label_item is not None:
                self._label_item.update()

    def label_rect(self) -> QRectF:
        return QRectF(self._label_rect)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exporting = getattr(self.scene(), "exporting", False)
        if exporting or not self.live:
            return  # the connection layer draws resting connections (and all of them in exports)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        color = QColor(style.CONNECTION_SELECTED if selected else style.CONNECTION)
        pen = QPen(color, style.CONNECTION_WIDTH + (1.0 if selected else 0.0))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(self._arrow)


def _build_path(cmds: list[tuple]) -> QPainterPath:
    """A QPainterPath from routing commands, with plain numbers (no QPointF per point)."""
    path = QPainterPath()
    for cmd in cmds:
        op = cmd[0]
        if op == "C":
            (x1, y1), (x2, y2), (x3, y3) = cmd[1], cmd[2], cmd[3]
            path.cubicTo(x1, y1, x2, y2, x3, y3)
        elif op == "L":
            path.lineTo(*cmd[1])
        elif op == "Q":
            (x1, y1), (x2, y2) = cmd[1], cmd[2]
            path.quadTo(x1, y1, x2, y2)
        else:
            path.moveTo(*cmd[1])
    return path


def _arrowhead(tip: QPointF, direction: tuple[float, float]) -> QPolygonF:
    dx, dy = direction
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    back = QPointF(tip.x() - ux * style.ARROW_LENGTH, tip.y() - uy * style.ARROW_LENGTH)
    half = style.ARROW_WIDTH / 2
    left = QPointF(back.x() - uy * half, back.y() + ux * half)
    right = QPointF(back.x() + uy * half, back.y() - ux * half)
    return QPolygonF([tip, left, right])

"""All resting connections drawn by one item, cached as one bitmap.

Drawing 1,500 antialiased curves one item at a time costs a repaint tens of
milliseconds; drawing them as two combined paths from one item whose device cache
covers the viewport costs a blit. Connections that are *live* (selected, or
attached to cards being dragged) are left out here and drawn by their own items,
so a drag invalidates this layer once, at its start, and never while it runs.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import style


class ConnectionLayerItem(QGraphicsItem):
    def __init__(self, connections: dict) -> None:
        super().__init__()
        self._connections = connections  # the scene's id -> ConnectionItem map, read only
        self._rect = QRectF()
        self._lines: QPainterPath | None = None
        self._arrows: QPainterPath | None = None
        self._exported_all = False
        self.setZValue(8)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def invalidate(self) -> None:
        """Connections or their paths changed: rebuild the combined paths on the next paint."""
        self._lines = None
        self._arrows = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _build(self, include_live: bool) -> None:
        lines = QPainterPath()
        arrows = QPainterPath()
        for item in self._connections.values():
            if item.live and not include_live:
                continue
            lines.addPath(item.path_ref())
            arrows.addPolygon(item.arrow_ref())
            arrows.closeSubpath()
        self._lines, self._arrows = lines, arrows
        self._exported_all = include_live

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exporting = bool(getattr(self.scene(), "exporting", False))
        if self._lines is None or self._exported_all != exporting:
            self._build(include_live=exporting)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(style.CONNECTION)
        pen = QPen(color, style.CONNECTION_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._lines)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(self._arrows)

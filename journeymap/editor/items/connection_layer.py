"""All resting connections drawn by one item, cached as one bitmap.

Drawing 1,500 antialiased curves one item at a time costs a repaint tens of
milliseconds; drawing them from one item whose device cache covers the viewport
costs a blit. Connections that are *live* (selected, or attached to cards being
dragged) are left out here and drawn by their own items, so a drag invalidates
this layer once, at its start, and never while it runs.

The curves are stroked one by one, never as one combined path: Qt strokes a
combined path as a single outline whose scanlines cross every curve at once, which
took 9 s instead of 0.4 s for 1,500 curves at 1x (the PNG export, and the first
paint of the cache).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from .. import style


class ConnectionLayerItem(QGraphicsItem):
    def __init__(self, connections: dict) -> None:
        super().__init__()
        self._connections = connections  # the scene's id -> ConnectionItem map, read only
        self._rect = QRectF()
        self._shapes: list[tuple[QPainterPath, QPolygonF, QRectF]] | None = None
        self._exported_all = False
        self.setZValue(8)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect, to skip the rest
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def invalidate(self) -> None:
        """Connections or their paths changed: rebuild the combined paths on the next paint."""
        self._shapes = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def _build(self, include_live: bool) -> None:
        self._shapes = [
            (item.path_ref(), item.arrow_ref(), item.boundingRect())
            for item in self._connections.values()
            if include_live or not item.live
        ]
        self._exported_all = include_live

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exporting = bool(getattr(self.scene(), "exporting", False))
        if self._shapes is None or self._exported_all != exporting:
            self._build(include_live=exporting)
        exposed = option.exposedRect if option is not None else QRectF()
        everything = exposed.isEmpty() or exposed.contains(self._rect)
        shapes = self._shapes if everything else [s for s in self._shapes if s[2].intersects(exposed)]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(style.CONNECTION)
        pen = QPen(color, style.CONNECTION_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw_path = painter.drawPath
        for path, _arrow, _bounds in shapes:
            draw_path(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        draw_polygon = painter.drawPolygon
        for _path, arrow, _bounds in shapes:
            draw_polygon(arrow)

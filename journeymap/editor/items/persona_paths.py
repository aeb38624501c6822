"""The connections on the chosen persona's paths, drawn at full strength over the dimmed layer.

Resting connections are drawn together by the scene's connection layer; while the
persona filter is on, that layer is faded and this item draws again, on top, the
connections the persona takes, so they stand out without touching the layer.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import style


class PersonaPathsItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(8.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._lines = QPainterPath()
        self._arrows = QPainterPath()
        self._rect = QRectF()
        self.count = 0

    def set_connections(self, items) -> None:
        """``items``: the ConnectionItems to draw (their current paths are copied)."""
        self.prepareGeometryChange()
        lines, arrows = QPainterPath(), QPainterPath()
        for item in items:
            lines.addPath(item.path_ref())
            arrows.addPolygon(item.arrow_ref())
            arrows.closeSubpath()
        self._lines, self._arrows = lines, arrows
        self.count = len(items)
        self._rect = lines.boundingRect().united(arrows.boundingRect()).adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(style.CONNECTION)
        pen = QPen(color, style.CONNECTION_WIDTH + 0.6)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._lines)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(self._arrows)

"""The emotion lane: the map's most looked-at line.

A point per scored card at its step's position, joined in timeline order by a
smooth curve; a zero line; the area above zero tinted positive and below tinted
negative; a face at each point. In a right-to-left map the points come mirrored
from the layout, so the curve runs right to left by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...model.kinds import EMOTION_MAX, EMOTION_MIN
from .. import style
from ..detail import simplified
from ..drawing_modes import ModesHanded
from ..icons import draw_face

FACE = 18.0
SCALE_MARGIN = 4.0   # the +2 / 0 / -2 scale: from the lane's start ...
SCALE_WIDTH = 22.0   # ... this wide ...
ZERO_LINE_INSET = SCALE_MARGIN + SCALE_WIDTH + 10.0  # ... and the zero line starts clear of its "0"


def score_y(top: float, bottom: float, score: float) -> float:
    """The y of an emotion score in a lane spanning ``top``..``bottom`` (shared by curve and scale)."""
    pad = FACE / 2 + 8
    top, bottom = top + pad, bottom - pad
    fraction = (score - EMOTION_MIN) / (EMOTION_MAX - EMOTION_MIN)
    return bottom - fraction * (bottom - top)


def smooth_curve(points: list[tuple[QPointF, int]]) -> QPainterPath:
    """A smooth line through the points: level at each point, an S between neighbours."""
    path = QPainterPath()
    if not points:
        return path
    coords = [(point.x(), point.y()) for point, _score in points]
    path.moveTo(*coords[0])
    cubic = path.cubicTo
    for (ax, ay), (bx, by) in zip(coords, coords[1:], strict=False):
        mid = (ax + bx) / 2
        cubic(mid, ay, mid, by, bx, by)
    return path


class EmotionCurveItem(ModesHanded, QGraphicsItem):
    folds_into_backdrop = True  # lies between the grid and the connections

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(4)
        self._rect = QRectF()
        self._points: list[tuple[QPointF, int]] = []
        self._curve = QPainterPath()
        self._positive = QPainterPath()
        self._negative = QPainterPath()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def score_y(self, score: float) -> float:
        """The y of a score inside the lane, leaving room for faces at the extremes."""
        return score_y(self._rect.top(), self._rect.bottom(), score)

    def set_curve(self, rect: QRectF, points: list[tuple[float, int]]) -> None:
        """``points``: (x, score) in timeline order."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        self._points = [(QPointF(x, self.score_y(score)), score) for x, score in points]
        self._build_paths()
        self.update()

    def zero_y(self) -> float:
        return self.score_y(0)

    def zero_line(self) -> tuple[QPointF, QPointF]:
        """The dashed zero line's ends: clear of the scale at the lane's start, on either side."""
        zero = self.zero_y()
        inset = ZERO_LINE_INSET
        return QPointF(self._rect.left() + inset, zero), QPointF(self._rect.right() - inset, zero)

    def curve_points(self) -> list[tuple[float, float, int]]:
        """The plotted points as (x, y, score) in timeline order: what exports redraw the curve from."""
        return [(point.x(), point.y(), score) for point, score in self._points]

    def _build_paths(self) -> None:
        self._curve = smooth_curve(self._points)
        self._positive = QPainterPath()
        self._negative = QPainterPath()
        if not self._points:
            return
        first = self._points[0][0]
        last = self._points[-1][0]
        zero = self.zero_y()
        area = QPainterPath(self._curve)
        area.lineTo(last.x(), zero)
        area.lineTo(first.x(), zero)
        area.closeSubpath()
        above = QPainterPath()
        above.addRect(QRectF(self._rect.left(), self._rect.top(), self._rect.width(), zero - self._rect.top()))
        below = QPainterPath()
        below.addRect(QRectF(self._rect.left(), zero, self._rect.width(), self._rect.bottom() - zero))
        self._positive = area.intersected(above)
        self._negative = area.intersected(below)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(style.EMOTION_ZERO_LINE), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(*self.zero_line())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.qcolor(style.EMOTION_POSITIVE))
        painter.drawPath(self._positive)
        painter.setBrush(style.qcolor(style.EMOTION_NEGATIVE))
        painter.drawPath(self._negative)
        line = QPen(QColor(style.EMOTION_LINE), 2.2)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._curve)
        if simplified(painter, self.modes.exporting):
            self._paint_dots(painter)  # faces a few pixels wide: their colours say enough
            return
        for point, score in self._points:
            box = QRectF(point.x() - FACE / 2, point.y() - FACE / 2, FACE, FACE)
            draw_face(painter, box, score, QColor(style.EMOTION_FACE.get(score, style.EMOTION_FACE[0])))

    def _paint_dots(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        colors = {score: QColor(color) for score, color in style.EMOTION_FACE.items()}
        fallback = colors[0]
        for point, score in self._points:
            painter.setBrush(colors.get(score, fallback))
            painter.drawEllipse(point, FACE / 2, FACE / 2)

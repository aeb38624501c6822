"""One persona's emotion curve, drawn in the persona's colour in the emotion lane.

Shown instead of the map's overall curve while the persona filter is on: alone
(with faces and the tinted areas, like the overall curve) when one persona is
chosen, or one per persona (a coloured line, dots and the persona's name at its
end) when all personas are shown together.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from .. import fonts, style
from ..detail import simplified
from ..icons import draw_face
from ..line_sink import draw_centered_text
from ..text_block import qt_direction
from .emotion import FACE, EmotionCurveItem, smooth_curve

DOT = 9.0


class PersonaCurveItem(EmotionCurveItem):
    def __init__(self, persona_id: str, name: str, color: str, alone: bool) -> None:
        super().__init__()
        self.persona_id = persona_id
        self.name = name
        self.color = QColor(color)
        self.alone = alone
        self.setZValue(5)
        self.shape_key = None  # what the curve was last built from (kept by the persona filter)

    def _build_paths(self) -> None:
        """Side by side with other personas there are no tinted areas: only the line is needed."""
        if self.alone:
            super()._build_paths()
            return
        self._curve = smooth_curve(self._points)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.alone:
            zero = self.zero_y()
            painter.setPen(QPen(QColor(style.EMOTION_ZERO_LINE), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(self._rect.left() + 8, zero), QPointF(self._rect.right() - 8, zero))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.qcolor(style.EMOTION_POSITIVE))
            painter.drawPath(self._positive)
            painter.setBrush(style.qcolor(style.EMOTION_NEGATIVE))
            painter.drawPath(self._negative)
        line = QPen(self.color, 2.6 if self.alone else 2.2)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._curve)
        far = simplified(painter, self.modes.exporting)
        if self.alone and far:
            self._paint_dots(painter)
        elif self.alone:
            for point, score in self._points:
                box = QRectF(point.x() - FACE / 2, point.y() - FACE / 2, FACE, FACE)
                draw_face(painter, box, score, QColor(style.EMOTION_FACE.get(score, style.EMOTION_FACE[0])))
        else:
            painter.setPen(Qt.PenStyle.NoPen if far else QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(self.color)
            draw_ellipse, radius = painter.drawEllipse, DOT / 2
            for point, _score in self._points:
                draw_ellipse(point, radius, radius)
        if not self.alone and self._points:
            self._paint_name(painter)

    def _paint_name(self, painter: QPainter) -> None:
        """The persona's first name just past the curve's last point, so the curves need no legend."""
        font = fonts.label_font()
        font.setBold(True)
        metrics = QFontMetricsF(font)
        label = self.name.split(",")[0].strip()
        width = metrics.horizontalAdvance(label) + 4
        last = self._points[-1][0]
        rtl = len(self._points) > 1 and self._points[0][0].x() > last.x()
        x = last.x() - width - 8 if rtl else last.x() + 8
        x = max(self._rect.left() + 2, min(x, self._rect.right() - width - 2))
        box = QRectF(x, last.y() - metrics.height() / 2, width, metrics.height())
        painter.save()
        painter.setFont(font)
        painter.setPen(self.color.darker(125))
        painter.setLayoutDirection(qt_direction(label, rtl))  # the name's own, not the window's
        draw_centered_text(painter, box, label)
        painter.restore()

"""Small line icons for lane kinds, drawn as vector paths (24 x 24 units).

Paths rather than bitmaps so that icons stay sharp at any zoom and stay vector in
SVG and PDF exports. Every icon is stroked (round caps, no fill) in one colour,
which keeps the set visually consistent.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from . import style


def _globe() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QRectF(3, 3, 18, 18))
    p.addEllipse(QRectF(8, 3, 8, 18))
    p.moveTo(3, 12)
    p.lineTo(21, 12)
    p.moveTo(4.5, 7.5)
    p.lineTo(19.5, 7.5)
    p.moveTo(4.5, 16.5)
    p.lineTo(19.5, 16.5)
    return p


def _envelope() -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(3, 5.5, 18, 13), 2, 2)
    p.moveTo(3.5, 6.5)
    p.lineTo(12, 13)
    p.lineTo(20.5, 6.5)
    return p


def _bubbles() -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(2.5, 3.5, 13, 9), 3, 3)
    p.moveTo(6, 12.5)
    p.lineTo(5, 16)
    p.lineTo(9, 12.5)
    p.moveTo(17.5, 8)
    p.lineTo(19, 8)
    p.quadTo(21.5, 8, 21.5, 10.5)
    p.lineTo(21.5, 14.5)
    p.quadTo(21.5, 17, 19, 17)
    p.lineTo(18.5, 17)
    p.lineTo(19.5, 20.5)
    p.lineTo(15, 17)
    p.lineTo(11, 17)
    p.quadTo(8.5, 17, 8.5, 15)
    return p


def _handset() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(6.5, 3.5)
    p.lineTo(9.5, 3.5)
    p.lineTo(11, 8)
    p.lineTo(8.8, 9.6)
    p.cubicTo(9.8, 11.8, 12.2, 14.2, 14.4, 15.2)
    p.lineTo(16, 13)
    p.lineTo(20.5, 14.5)
    p.lineTo(20.5, 17.5)
    p.cubicTo(20.5, 19.5, 19, 20.5, 17.5, 20.5)
    p.cubicTo(9.5, 20, 4, 14.5, 3.5, 6.5)
    p.cubicTo(3.5, 5, 4.5, 3.5, 6.5, 3.5)
    return p


def _robot() -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(4, 8, 16, 12), 3, 3)
    p.addEllipse(QPointF(9, 13.5), 1.3, 1.3)
    p.addEllipse(QPointF(15, 13.5), 1.3, 1.3)
    p.moveTo(9.5, 17)
    p.lineTo(14.5, 17)
    p.moveTo(12, 8)
    p.lineTo(12, 5)
    p.addEllipse(QPointF(12, 4), 1.2, 1.2)
    p.moveTo(4, 13)
    p.lineTo(2, 13)
    p.moveTo(20, 13)
    p.lineTo(22, 13)
    return p


def _storefront() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(4, 4)
    p.lineTo(20, 4)
    p.lineTo(21.5, 9)
    p.lineTo(2.5, 9)
    p.closeSubpath()
    for x in (2.5, 8.8, 15.2):
        p.moveTo(x, 9)
        p.arcTo(QRectF(x, 7, 6.3, 5), 180, 180)
    p.moveTo(4, 11)
    p.lineTo(4, 20.5)
    p.lineTo(20, 20.5)
    p.lineTo(20, 11)
    p.addRect(QRectF(10, 14, 4, 6.5))
    return p


def _mobile() -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(6.5, 2.5, 11, 19), 2.5, 2.5)
    p.moveTo(10.5, 5)
    p.lineTo(13.5, 5)
    p.addEllipse(QPointF(12, 18.3), 0.9, 0.9)
    return p


def _megaphone() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(3, 9.5)
    p.lineTo(8, 9.5)
    p.lineTo(18, 4.5)
    p.lineTo(18, 19.5)
    p.lineTo(8, 14.5)
    p.lineTo(3, 14.5)
    p.closeSubpath()
    p.moveTo(6, 14.5)
    p.lineTo(7.5, 20)
    p.lineTo(10.5, 20)
    p.lineTo(9.3, 15.2)
    p.moveTo(20.5, 10)
    p.lineTo(20.5, 14)
    return p


def _star(cx: float = 12, cy: float = 12.5, outer: float = 9.5, inner: float = 4.2) -> QPainterPath:
    p = QPainterPath()
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        point = QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        p.moveTo(point) if i == 0 else p.lineTo(point)
    p.closeSubpath()
    return p


def _dots() -> QPainterPath:
    p = QPainterPath()
    p.addRoundedRect(QRectF(3.5, 3.5, 17, 17), 4, 4)
    for x in (8.5, 15.5):
        for y in (8.5, 15.5):
            p.addEllipse(QPointF(x, y), 1.2, 1.2)
    return p


def _action_arrow() -> QPainterPath:
    """A step forward: an arrow leaving a point."""
    p = QPainterPath()
    p.addEllipse(QPointF(5, 12), 2.2, 2.2)
    p.moveTo(7.2, 12)
    p.lineTo(20, 12)
    p.moveTo(14.5, 6.5)
    p.lineTo(20, 12)
    p.lineTo(14.5, 17.5)
    return p


def _target() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QPointF(11, 13), 8.5, 8.5)
    p.addEllipse(QPointF(11, 13), 4.8, 4.8)
    p.addEllipse(QPointF(11, 13), 1.3, 1.3)
    p.moveTo(11, 13)
    p.lineTo(20, 4)
    p.moveTo(17, 3.8)
    p.lineTo(20, 4)
    p.lineTo(20.2, 7)
    return p


def _question() -> QPainterPath:
    p = QPainterPath()
    p.addEllipse(QRectF(2.5, 2.5, 19, 19))
    p.moveTo(9, 9.5)
    p.cubicTo(9, 5.8, 15, 5.8, 15, 9.3)
    p.cubicTo(15, 11.6, 12, 11.8, 12, 14.2)
    p.addEllipse(QPointF(12, 17.4), 0.5, 0.5)
    return p


def _lightning() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(13.5, 2.5)
    p.lineTo(5, 13.5)
    p.lineTo(11.5, 13.5)
    p.lineTo(10.5, 21.5)
    p.lineTo(19, 10.5)
    p.lineTo(12.5, 10.5)
    p.closeSubpath()
    return p


def _bulb() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(9, 17)
    p.lineTo(9, 15)
    p.cubicTo(6.5, 13.5, 5, 11.5, 5, 9)
    p.cubicTo(5, 5, 8.2, 2.5, 12, 2.5)
    p.cubicTo(15.8, 2.5, 19, 5, 19, 9)
    p.cubicTo(19, 11.5, 17.5, 13.5, 15, 15)
    p.lineTo(15, 17)
    p.closeSubpath()
    p.moveTo(9.5, 19.5)
    p.lineTo(14.5, 19.5)
    p.moveTo(10.5, 21.8)
    p.lineTo(13.5, 21.8)
    return p


def _note() -> QPainterPath:
    p = QPainterPath()
    p.moveTo(4.5, 3.5)
    p.lineTo(19.5, 3.5)
    p.lineTo(19.5, 15)
    p.lineTo(13.5, 20.5)
    p.lineTo(4.5, 20.5)
    p.closeSubpath()
    p.moveTo(19.5, 15)
    p.lineTo(13.5, 15)
    p.lineTo(13.5, 20.5)
    p.moveTo(8, 8)
    p.lineTo(16, 8)
    p.moveTo(8, 11.5)
    p.lineTo(13, 11.5)
    return p


def face_features(score: int) -> QPainterPath:
    """Eyes and a mouth that follows the emotion score (-2 frown .. +2 broad smile), 24 units."""
    p = QPainterPath()
    p.addEllipse(QPointF(9, 10), 0.9, 0.9)
    p.addEllipse(QPointF(15, 10), 0.9, 0.9)
    bend = {-2: -3.4, -1: -1.7, 0: 0.0, 1: 1.8, 2: 3.6}.get(score, 0.0)
    mouth_y = 15.5 - bend / 2
    p.moveTo(8, mouth_y)
    p.quadTo(12, mouth_y + bend, 16, mouth_y)
    return p


def face_path(score: int) -> QPainterPath:
    """A round face with features for the score, as one stroked icon."""
    p = QPainterPath()
    p.addEllipse(QRectF(2.5, 2.5, 19, 19))
    p.addPath(face_features(score))
    return p


def draw_face(painter: QPainter, rect: QRectF, score: int, fill: QColor) -> None:
    """A filled disc in ``fill`` with white features: the emotion badge and curve marker."""
    painter.save()
    painter.setPen(QPen(QColor(style.ON_BADGE), 1.2))
    painter.setBrush(fill)
    painter.drawEllipse(rect)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 19.0, rect.height() / 19.0)
    painter.translate(-2.5, -2.5)
    pen = QPen(QColor(style.ON_BADGE), 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(face_features(score))
    painter.restore()


_ICONS = {
    "website": _globe,
    "email": _envelope,
    "social": _bubbles,
    "phone": _handset,
    "chatbot": _robot,
    "store": _storefront,
    "app": _mobile,
    "ads": _megaphone,
    "loyalty": _star,
    "custom": _dots,
    "actions": _action_arrow,
    "motivations": _target,
    "questions": _question,
    "friction": _lightning,
    "opportunities": _bulb,
    "notes": _note,
    "emotion": lambda: face_path(1),
}


@cache
def lane_icon_path(kind: str) -> QPainterPath:
    """The icon of a lane kind (a neutral one for kinds this version does not know)."""
    return QPainterPath(_ICONS.get(kind, _dots)())


# Icons that point along the timeline: mirrored in a right-to-left map.
DIRECTIONAL_ICONS = frozenset({"actions"})


def draw_icon(
    painter: QPainter, path: QPainterPath, rect: QRectF, color: QColor, width: float = 1.6, mirrored: bool = False
) -> None:
    """Stroke a 24-unit icon path into ``rect`` (flipped left-right when ``mirrored``)."""
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 24.0, rect.height() / 24.0)
    if mirrored:
        painter.translate(24.0, 0.0)
        painter.scale(-1.0, 1.0)
    pen = QPen(color, width * 24.0 / max(1.0, rect.width()))  # ``width`` in scene units, not icon units
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()

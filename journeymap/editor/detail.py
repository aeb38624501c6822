"""Level of detail: how much an item draws at the scale it is painted at.

Below ``TEXT_DETAIL_SCALE`` a card's 13 px title is under 5 px tall on screen: a grey
smudge that costs as much to lay out and draw as readable text. There, items draw a
simplified picture instead (their shapes and colours, text as grey bars), which reads
as a map overview and costs a fraction of the full drawing on a map of thousands of
cards. Exports always draw everything, at any scale.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from . import style

TEXT_DETAIL_SCALE = 0.4


def painted_scale(painter: QPainter) -> float:
    """How many device pixels one scene unit covers (the view's zoom, times any cache scale)."""
    transform = painter.worldTransform()
    return (transform.m11() * transform.m11() + transform.m12() * transform.m12()) ** 0.5


def simplified(painter: QPainter, exporting: bool) -> bool:
    """True when the item should draw its overview picture rather than its full detail."""
    return not exporting and painted_scale(painter) < TEXT_DETAIL_SCALE


def text_bars(block, x: float, y: float) -> list[QRectF]:
    """Where a text block's lines are, as bars: a line's middle three fifths, as long as its text."""
    return [QRectF(x + bx, y + by + bh * 0.2, bw, bh * 0.6) for bx, by, bw, bh in block.line_boxes()]


def draw_text(painter: QPainter, block, x: float, y: float, exporting: bool) -> None:
    """Draw a text block at (x, y), or its bars when zoomed far out."""
    if simplified(painter, exporting):
        # drawRects, not fillRect: choosing among fillRect's overloads makes the bindings create
        # QGradient's classes (a preset enum of 180 names) during the first paint
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_bar_color())
        painter.drawRects(text_bars(block, x, y))
        painter.restore()
    else:
        block.draw(painter, x, y)


def _bar_color() -> QColor:
    global _BAR_COLOR
    if _BAR_COLOR is None:
        _BAR_COLOR = style.qcolor(style.OVERVIEW_TEXT)
    return _BAR_COLOR


_BAR_COLOR: QColor | None = None

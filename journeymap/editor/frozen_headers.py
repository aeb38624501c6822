"""Stage and step headers, and lane headers, stay in view while the map scrolls (frozen panes).

Drawn by the view over the scene (``JourneyView.drawForeground``) as copies of the header
items at the edge of the window, only while the real ones have scrolled out: the scene, the
items and every export stay as they are, and presentation mode (which shows the whole map
or one stage) draws none. A click on a frozen copy reaches what lies beneath it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from . import style

SHADOW = QColor(16, 42, 67, 40)  # a thin line under (or beside) a frozen band, so it reads as lifted


def frozen_offsets(layout, visible: QRectF) -> tuple[float, float]:
    """(dy for the stage and step headers, dx for the lane headers); 0 where they are in view."""
    band_top, grid = layout.corner.y, layout.grid
    dy = visible.top() - band_top if band_top < visible.top() < grid.bottom - (grid.y - band_top) else 0.0
    corner = layout.corner
    if layout.rtl:
        dx = visible.right() - corner.right if visible.right() < corner.right else 0.0
        if visible.right() - corner.w < grid.x:
            dx = 0.0
    else:
        dx = visible.left() - corner.x if visible.left() > corner.x else 0.0
        if visible.left() + corner.w > grid.right:
            dx = 0.0
    return max(dy, 0.0), dx


def _paint_item(painter: QPainter, item, offset: QPointF, visible: QRectF) -> None:
    if not item.sceneBoundingRect().translated(offset).intersects(visible):
        return  # a big map has hundreds of headers; only those on screen are drawn
    painter.save()
    painter.translate(item.pos() + offset)
    item.paint(painter, None, None)
    painter.restore()


def paint_frozen_headers(scene, painter: QPainter, visible: QRectF, exposed: QRectF | None = None) -> bool:
    """Draw the frozen bands for ``visible`` (scene coordinates); True when they are in effect.

    Only headers within ``exposed`` (the part being repainted) are drawn: a dragged card's
    frame repaints a small area and must not lay out every frozen header's text again."""
    if scene is None or getattr(scene, "document", None) is None or scene.drawing_modes.exporting:
        return False
    layout = scene.layout
    if not layout.stages:
        return False
    dy, dx = frozen_offsets(layout, visible)
    if not dy and not dx:
        return False
    corner, grid = layout.corner, layout.grid
    exposed = visible if exposed is None else exposed.intersected(visible)
    background = QColor(style.BACKGROUND)
    parts = {"stage": [], "step": [], "lane": []}
    for item in scene.header_items.values():
        parts.setdefault(item.part, []).append(item)
    if dx:
        column = QRectF(corner.x + dx, grid.y, corner.w, grid.h)
        painter.fillRect(column, background)
        for item in parts["lane"]:
            _paint_item(painter, item, QPointF(dx, 0), exposed)
        edge = column.left() if layout.rtl else column.right()
        painter.fillRect(QRectF(edge - (2 if layout.rtl else 0), column.top(), 2, column.height()), SHADOW)
    if dy:
        band = QRectF(grid.x, corner.y + dy, grid.w, grid.y - corner.y)
        painter.fillRect(band, background)
        for item in parts["stage"] + parts["step"]:
            _paint_item(painter, item, QPointF(0, dy), exposed)
        painter.fillRect(QRectF(band.left(), band.bottom(), band.width(), 2), SHADOW)
    if dx and dy:  # where the two bands cross: the corner stays empty
        painter.fillRect(QRectF(corner.x + dx, corner.y + dy, corner.w, corner.h), background)
    return True

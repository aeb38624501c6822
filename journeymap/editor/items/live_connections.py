"""The connections of cards being dragged, drawn by one live layer while the drag runs."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import style
from ..detail import painted_scale
from .map_layer import MapLayerItem

# A drag that moves more curves than this is busy: its curves are drawn in one one-pixel pass
# (not passes laid side by side to the pen's weight) and their captions wait for the drop. With
# twenty cards and fifty curves crossing the window, the full weight and the captions sliding
# along took a third of each frame; the exact drawing returns on the drop.
BUSY_DRAG_CURVES = 16


class LiveConnectionLayerItem(MapLayerItem):
    """The connections of the cards being dragged, drawn from one item while the drag runs.

    Each step of a drag routes every curve of the moving cards again. As items of their
    own, each would be re-indexed by the scene (their boxes run across the map) and
    stroked by Qt's general path stroker, which costs about half a millisecond for a
    curve across the window: 50 curves took 10 ms a frame. The connection items keep
    their resting geometry untouched until the drop routes them for good (see
    ``ConnectionItem.begin_drag``); here their moving routes are plain numbers, and a
    step re-indexes nothing.

    The curves are drawn with Qt's one-pixel line drawer (what it uses itself for pens
    up to a pixel wide, a tenth of the cost): a pen wider than a pixel on screen is laid
    down as overlapping one-pixel passes, shifted diagonally across the pen's width, so
    a moving curve keeps its weight (1.6 px at 100 %); a busy drag draws one pass alone
    (see BUSY_DRAG_CURVES). Once the cards are dropped, the shared layer strokes every
    curve exactly again.
    """

    def __init__(self) -> None:
        super().__init__()
        self._items: list = []
        self._dirty: list[float] | None = None
        self._busy = False
        self.setZValue(8)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_busy(self, busy: bool) -> None:
        """Draw the moving curves in one pass (see BUSY_DRAG_CURVES)."""
        self._busy = busy

    def set_items(self, items) -> None:
        for item in self._items:
            self.update_box(item.drag_box())
        self._items = list(items)
        for item in self._items:
            self.update_box(item.drag_box())

    def items_drawn(self) -> list:
        return list(self._items)

    def update_box(self, box) -> None:
        if box is not None:
            x0, y0, x1, y1 = box
            self.update(QRectF(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4))

    def mark_box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Note an area to repaint; ``commit`` repaints all noted at once (the view repaints
        their bounding rectangle anyway, and one update costs less than a hundred)."""
        dirty = self._dirty
        if dirty is None:
            self._dirty = [x0, y0, x1, y1]
            return
        if x0 < dirty[0]:
            dirty[0] = x0
        if y0 < dirty[1]:
            dirty[1] = y0
        if x1 > dirty[2]:
            dirty[2] = x1
        if y1 > dirty[3]:
            dirty[3] = y1

    def commit(self) -> None:
        if self._dirty is not None:
            box, self._dirty = self._dirty, None
            self.update_box(box)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.modes.exporting or not self._items:
            return  # exports draw every connection from the resting layer
        exposed = option.exposedRect if option is not None else QRectF()
        if exposed.isEmpty():
            exposed = self._rect
        margin = style.CONNECTION_WIDTH + 2
        area = (exposed.left() - margin, exposed.top() - margin, exposed.right() + margin, exposed.bottom() + margin)
        if self._busy:
            self._paint_combined(painter, area)
            return
        groups: dict[tuple[bool, float], list] = {}  # drawn together: one pen and opacity per group
        scene = self.scene()
        for item in self._items:
            if item.scene() is not scene:
                continue  # removed while the drag ran (the document was replaced)
            drawing = item.drag_drawing(area)
            if drawing is not None:
                path, arrow, selected = drawing
                groups.setdefault((selected, item.opacity()), []).append((path, arrow))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = painted_scale(painter) or 1.0
        base = painter.opacity()
        for (selected, opacity), drawings in groups.items():
            color = QColor(style.CONNECTION_SELECTED if selected else style.CONNECTION)
            painter.setOpacity(base * opacity)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            width = style.CONNECTION_WIDTH + (1.0 if selected else 0.0)
            stroke_in_passes(painter, [path for path, _arrow in drawings], color, width, scale, exact=not self._busy)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            for _path, arrow in drawings:
                if arrow is not None:
                    painter.drawPolygon(arrow)
        painter.setOpacity(base)

    def _paint_combined(self, painter: QPainter, area: tuple[float, float, float, float]) -> None:
        """A busy drag: one pass, so all curves of a look can be one path (Qt's one-pixel line
        drawer takes a combined path curve by curve) and all their arrowheads another.

        The pass is not antialiased: blending the edge pixels of fifty curves that cross the
        window took a fifth of each frame. The drop draws them smooth again."""
        groups: dict[tuple[bool, float], tuple[QPainterPath, QPainterPath]] = {}
        scene = self.scene()
        for item in self._items:
            if item.scene() is not scene:
                continue  # removed while the drag ran (the document was replaced)
            key = (item.isSelected(), item.opacity())
            paths = groups.get(key)
            if paths is None:
                paths = groups[key] = (QPainterPath(), QPainterPath())
            item.add_drag_drawing(paths[0], paths[1], area)
        smooth = QPainter.RenderHint.Antialiasing
        painter.setBrush(Qt.BrushStyle.NoBrush)
        base = painter.opacity()
        for (selected, opacity), (curves, arrows) in groups.items():
            color = QColor(style.CONNECTION_SELECTED if selected else style.CONNECTION)
            painter.setOpacity(base * opacity)
            painter.setPen(QPen(color, 0))  # cosmetic: one device pixel
            painter.setRenderHint(smooth, False)
            painter.drawPath(curves)
            painter.setRenderHint(smooth, True)  # arrowheads are small: smooth costs little there
            painter.fillPath(arrows, color)
        painter.setOpacity(base)


def pass_offsets(width: float, scale: float) -> list[float]:
    """Diagonal shifts (scene units) of the one-pixel passes that lay down a pen ``width`` wide.

    A pen at most a pixel wide on screen needs one pass, unshifted. A wider one needs
    passes no more than a pixel apart from one edge of the pen to the other: shifted by
    (t, t), a pass moves across a steep curve by t horizontally and across a flat one
    by t vertically.
    """
    device = width * scale
    if device <= 1.0:
        return [0.0]
    spread = device - 1.0
    count = int(math.ceil(spread)) + 1
    return [(-spread / 2 + spread * k / (count - 1)) / scale for k in range(count)]


def stroke_in_passes(
    painter: QPainter, paths: list[QPainterPath], color: QColor, width: float, scale: float, exact: bool = True
) -> None:
    """Stroke ``paths`` ``width`` wide in one-pixel passes, or in one such pass when not ``exact``."""
    offsets = pass_offsets(width, scale)
    if len(offsets) == 1:
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for path in paths:
            painter.drawPath(path)
        return
    painter.setPen(QPen(color, 0))  # cosmetic: one device pixel, drawn by Qt's fast line drawer
    draw = painter.drawPath
    if not exact:
        for path in paths:
            draw(path)
        return
    for offset in offsets:
        painter.translate(offset, offset)
        for path in paths:
            draw(path)
        painter.translate(-offset, -offset)

"""All resting connections drawn by one item, cached as one bitmap.

Drawing 1,500 antialiased curves one item at a time costs a repaint tens of
milliseconds; drawing them from one item whose device cache covers the viewport
costs a blit. Connections that are *live* (selected, or attached to cards being
dragged) are left out here and drawn by their own items, so a drag invalidates
this layer once, at its start, and never while it runs.

The curves are stroked one by one, never as one combined path: Qt strokes a
combined path as a single outline whose scanlines cross every curve at once, which
took 9 s instead of 0.4 s for 1,500 curves at 1x (the PNG export, and the first
paint of the cache). Zoomed out until the pen is at most a pixel wide, Qt draws it
with its line drawer, curve by curve even in a combined path: there all curves are
one path and all arrowheads another, two calls instead of thousands (the same
pixels; a map of 1,000 cards opens fitted to the window, at about a fifth).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from .. import style
from ..detail import painted_scale
from .connection import add_commands

# Device widths up to which Qt strokes a pen with its one-pixel line drawer (QRasterPaintEngine's
# "fast pen": width times scale at most 1), kept a little under so rounding never crosses it.
THIN_PEN = 0.98


class ConnectionLayerItem(QGraphicsItem):
    def __init__(self, connections: dict) -> None:
        super().__init__()
        self._connections = connections  # the scene's id -> ConnectionItem map, read only
        self._rect = QRectF()
        self._shapes: list[tuple[QPainterPath, QPolygonF, QRectF]] | None = None
        self._combined: tuple[QPainterPath, QPainterPath] | None = None  # all curves, all arrowheads
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
        self._combined = None
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

    def _build_combined(self) -> tuple[QPainterPath, QPainterPath]:
        curves, arrows = QPainterPath(), QPainterPath()
        for item in self._connections.values():
            points = item.arrow_points()
            if item.live or points is None:
                continue  # drawn by its own item, or not routed yet
            add_commands(curves, item.route_commands())
            tip, left, right = points
            arrows.moveTo(*tip)
            arrows.lineTo(*left)
            arrows.lineTo(*right)
            arrows.closeSubpath()
        return curves, arrows

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exporting = bool(getattr(self.scene(), "exporting", False))
        if not exporting and style.CONNECTION_WIDTH * painted_scale(painter) <= THIN_PEN:
            self._paint_thin(painter)
            return
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

    def _paint_thin(self, painter: QPainter) -> None:
        """Far out: every resting curve in one call, every arrowhead in another (see the module's note)."""
        if self._combined is None:
            self._combined = self._build_combined()
        curves, arrows = self._combined
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(style.CONNECTION)
        pen = QPen(color, style.CONNECTION_WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(curves)
        painter.fillPath(arrows, color)


# A drag that moves more curves than this is busy: its curves are drawn in one one-pixel pass
# (not passes laid side by side to the pen's weight) and their captions wait for the drop. With
# twenty cards and fifty curves crossing the window, the full weight and the captions sliding
# along took a third of each frame; the exact drawing returns on the drop.
BUSY_DRAG_CURVES = 16


class LiveConnectionLayerItem(QGraphicsItem):
    """The connections of the cards being dragged, drawn from one item while the drag runs.

    Each step of a drag reroutes every curve with one end left behind. As items of their
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
        self._rect = QRectF()
        self._items: list = []
        self._dirty: list[float] | None = None
        self._busy = False
        self.setZValue(8)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        """The whole map: the layer never moves nor grows while a drag runs, so it is never re-indexed."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

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
        if getattr(self.scene(), "exporting", False) or not self._items:
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
        drawer takes a combined path curve by curve) and all their arrowheads another."""
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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        base = painter.opacity()
        for (selected, opacity), (curves, arrows) in groups.items():
            color = QColor(style.CONNECTION_SELECTED if selected else style.CONNECTION)
            painter.setOpacity(base * opacity)
            painter.setPen(QPen(color, 0))  # cosmetic: one device pixel
            painter.drawPath(curves)
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


class BackdropItem(QGraphicsItem):
    """While cards are dragged: the grid, the headers, the curves below the cards and the
    resting connections, as one picture per view, blitted in one copy.

    A drag with many curves repaints the whole window on every step; the grid's and the
    connection layer's bitmaps then cost two full-window blends a frame (about 3 ms of
    an 11 ms frame on a map of 1,000 cards). The items folded in here are hidden while
    the drag runs and shown again when it ends. A view whose zoom or scroll changed
    since its picture was taken gets the folded items painted directly (exact, slower).
    """

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self._folded: list[QGraphicsItem] = []
        self._grid: QGraphicsItem | None = None
        self._pictures: dict[int, tuple[tuple, QPixmap]] = {}  # id(view) -> (transform key, picture)
        self._overlays: dict[int, QPixmap] = {}  # id(view) -> what lies above the grid
        self.setZValue(-20)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def boundingRect(self) -> QRectF:
        return self._rect

    def active(self) -> bool:
        return bool(self._folded)

    def fold(self, grid: QGraphicsItem, above_grid: list[QGraphicsItem], layer: QGraphicsItem, rect: QRectF) -> None:
        """Take pictures of the grid, the items above it and ``layer`` for every view, then hide them all."""
        if self._rect != rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self._grid = grid
        self._folded = [item for item in (grid, *above_grid, layer) if item.isVisible()]
        scene = self.scene()
        for view in scene.views() if scene is not None else ():
            # what lies above the grid is taken once; the grid again whenever its drop target moves
            self._overlays[id(view)] = self._picture(view, [*above_grid, layer], transparent=True)
            self._pictures[id(view)] = self._compose(view)
        for item in self._folded:
            item.setVisible(False)
        self.setVisible(True)

    def refresh(self) -> None:
        """The grid changed (its drop target): take its picture again, under what lies above it."""
        scene = self.scene()
        if not self._folded or scene is None:
            return
        for view in scene.views():
            if id(view) in self._overlays:
                self._pictures[id(view)] = self._compose(view)
        self.update()

    def unfold(self) -> None:
        for item in self._folded:
            item.setVisible(True)
        self._folded = []
        self._pictures.clear()
        self._overlays.clear()
        self.setVisible(False)

    def covers(self, view) -> bool:
        """Whether this view's picture is up to date, so painting it covers the whole viewport."""
        entry = self._pictures.get(id(view))
        return entry is not None and entry[0] == self._key(view)

    @staticmethod
    def _key(view) -> tuple:
        t = view.viewportTransform()
        size = view.viewport().size()
        return (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), size.width(), size.height())

    def _compose(self, view) -> tuple[tuple, QPixmap]:
        picture = self._picture(view, [self._grid], transparent=False)
        overlay = self._overlays.get(id(view))
        if overlay is not None:
            painter = QPainter(picture)
            painter.drawPixmap(0, 0, overlay)
            painter.end()
        return self._key(view), picture

    def _picture(self, view, items: list[QGraphicsItem], transparent: bool) -> QPixmap:
        viewport = view.viewport()
        ratio = viewport.devicePixelRatioF()
        picture = QPixmap(viewport.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
        painter = QPainter(picture)
        painter.setRenderHints(view.renderHints())  # as the view paints its items
        if not transparent:
            painter.fillRect(QRectF(0, 0, viewport.width(), viewport.height()), self.scene().backgroundBrush())
        seen = view.mapToScene(viewport.rect()).boundingRect()
        self._paint_items(painter, view.viewportTransform(), items, seen)
        painter.end()
        return picture

    @staticmethod
    def _paint_items(painter: QPainter, view_transform, items, seen: QRectF) -> None:
        option = QStyleOptionGraphicsItem()
        for item in items:
            option.exposedRect = item.mapRectFromScene(seen).intersected(item.boundingRect())
            if option.exposedRect.isEmpty():
                continue  # out of sight
            painter.save()
            painter.setTransform(item.sceneTransform() * view_transform)
            painter.setOpacity(item.opacity())
            item.paint(painter, option, None)
            painter.restore()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        view = widget.parent() if widget is not None else None
        if view is not None and self.covers(view):
            entry = self._pictures[id(view)]
            painter.save()
            painter.resetTransform()
            painter.drawPixmap(0, 0, entry[1])
            painter.restore()
            return
        exposed = option.exposedRect if option is not None else self._rect
        base = painter.worldTransform()
        for item in self._folded:  # a view this picture is not for: paint the folded items themselves
            painter.save()
            painter.setTransform(item.sceneTransform() * base)
            painter.setOpacity(painter.opacity() * item.opacity())
            sub = QStyleOptionGraphicsItem()
            sub.exposedRect = item.mapRectFromScene(exposed).intersected(item.boundingRect())
            item.paint(painter, sub, widget)
            painter.restore()

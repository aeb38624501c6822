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

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from .. import style
from ..detail import painted_scale
from .map_layer import MapLayerItem
from .route_paths import add_arrow, add_commands

# Device widths up to which Qt strokes a pen with its one-pixel line drawer (QRasterPaintEngine's
# "fast pen": width times scale at most 1), kept a little under so rounding never crosses it.
THIN_PEN = 0.98


class ConnectionLayerItem(MapLayerItem):
    def __init__(self, connections: dict) -> None:
        super().__init__()
        self._connections = connections  # the scene's id -> ConnectionItem map, read only
        self._shapes: list[tuple[QPainterPath, QPolygonF, QRectF]] | None = None
        self._combined: tuple[QPainterPath, QPainterPath] | None = None  # all curves, all arrowheads
        self._exported_all = False
        self.setZValue(8)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)  # exposedRect, to skip the rest

    def invalidate(self) -> None:
        """Connections or their paths changed: rebuild the combined paths on the next paint."""
        self._shapes = None
        self._combined = None
        self.update()

    def forget(self) -> None:
        """Another map is shown: drop the paths and the cached bitmap (an update alone let the old
        bitmap show through where the new, smaller map did not repaint it: ghost arrows)."""
        self.invalidate()
        mode = self.cacheMode()
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.setCacheMode(mode)

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
            add_arrow(arrows, points)
        return curves, arrows

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exporting = self.modes.exporting
        if not exporting and style.CONNECTION_WIDTH * painted_scale(painter) <= THIN_PEN:
            self._paint_thin(painter)
            return
        if self._shapes is None or self._exported_all != exporting:
            self._build(include_live=exporting)
        exposed = option.exposedRect if option is not None else QRectF()
        if exporting and painter.hasClipping():  # a paper page draws its part of the map: the clip says which
            clip = painter.clipBoundingRect()
            exposed = clip if exposed.isEmpty() else exposed.intersected(clip)
        everything = exposed.isEmpty() or exposed.contains(self._rect)
        shapes = self._shapes if everything else [s for s in self._shapes if s[2].intersects(exposed)]
        color = _set_curve_pen(painter)
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
        color = _set_curve_pen(painter)
        painter.drawPath(curves)
        painter.fillPath(arrows, color)


def _set_curve_pen(painter: QPainter) -> QColor:
    """Antialiased, the resting connections' pen and no brush; returns their colour (for the arrowheads)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(style.CONNECTION)
    pen = QPen(color, style.CONNECTION_WIDTH)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    return color

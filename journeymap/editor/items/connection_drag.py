"""A connection while its cards are dragged: its moving geometry as plain numbers, drawn by
the live layer (live_connections.py), while the item keeps its resting geometry until the drop."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ..routing import arrow_points, iter_label_points, route_box, route_through
from .route_paths import add_arrow, add_commands

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class DragGeometry:
    """A connection's geometry while its cards are dragged: plain numbers, drawn by the live layer."""

    __slots__ = ("layer", "cmds", "arrow", "box", "pending", "drawn", "caption_hidden")

    def __init__(self, layer, cmds: list[tuple], arrow: tuple) -> None:
        self.layer = layer
        self.pending = False  # moved since the item's own geometry was last routed
        self.caption_hidden = False  # the caption waits, hidden, for the drop
        self.set_route(cmds, arrow)

    def set_route(self, cmds: list[tuple], arrow: tuple) -> None:
        self.cmds = cmds
        self.arrow = arrow
        self.box = route_box(cmds, arrow)
        self.drawn: list | None = None  # [path, arrow polygon or None] of the last paint

    def moved(self, cmds: list[tuple], arrow: tuple) -> None:
        """A drag step routed it again: the layer repaints where it was and where it is."""
        mark = self.layer.mark_box
        mark(*self.box)
        self.set_route(cmds, arrow)
        self.pending = True
        mark(*self.box)


class ConnectionDragMixin:
    """The drag half of ConnectionItem: from ``begin_drag`` to ``end_drag`` the live layer draws it."""

    _drag: DragGeometry | None = None
    _label_moved = False

    def begin_drag(self, layer, follow_caption: bool = True) -> None:
        """Leave the drawing to ``layer`` (a LiveConnectionLayerItem) until ``end_drag``; the
        caption follows the curve, or (``follow_caption`` False) hides until the drop."""
        if self._drag is None and self._arrow_pts is not None:
            self._drag = DragGeometry(layer, self._cmds, self._arrow_pts)
            self.setFlag(_NO_CONTENTS, True)
            label = self._label_item
            if not follow_caption and label is not None and label.isVisible():
                label.setVisible(False)
                self._drag.caption_hidden = True

    def dragging(self) -> bool:
        return self._drag is not None

    def drag_commands(self) -> list[tuple] | None:
        """The route the live layer draws now (path commands), or None when not dragged."""
        return self._drag.cmds if self._drag is not None else None

    def drag_arrow(self) -> tuple | None:
        """The arrowhead the live layer draws now (three corners), or None when not dragged."""
        return self._drag.arrow if self._drag is not None else None

    def drag_box(self) -> tuple[float, float, float, float] | None:
        """Where the live layer draws this connection now (x0, y0, x1, y1), or None."""
        return self._drag.box if self._drag is not None else None

    def drag_route(self, route, p0, p3, source_rect=None, place_caption=None) -> None:
        """A drag step: draw ``route`` from ``p0`` to ``p3`` (where it now leaves and reaches its
        cards; a self loop also needs its card's ``source_rect``), the caption where
        ``place_caption(cmds, width, height)`` puts its top left corner (by default at the route's
        middle). The item's own route and geometry stay those it rests with."""
        drag = self._drag
        if drag is None:
            return
        cmds, end, direction = route_through(route, p0, p3, self.forward, source_rect)
        drag.moved(cmds, arrow_points(end, direction))  # the live layer repaints on its commit, once per step
        rect = self._label_rect
        if rect is None or self._label_item is None or drag.caption_hidden:
            return
        if place_caption is not None:
            x, y = place_caption(cmds, rect.width(), rect.height())
        else:
            mx, my = next(iter_label_points(cmds))
            x, y = mx - rect.width() / 2, my - rect.height() / 2
        self._move_caption(x - rect.x(), y - rect.y())

    def _move_caption(self, dx: float, dy: float) -> None:
        self._label_item.setPos(dx, dy)
        self._label_moved = True

    def end_drag(self, place_label=None) -> None:
        """Draw itself again; route for good if the drag moved its cards and nothing routed it since."""
        drag, self._drag = self._drag, None
        if drag is None:
            return
        self.setFlag(_NO_CONTENTS, not self.live)
        if drag.pending and self._current_route()[0] != self._cmds:
            self.rebuild(place_label)
        elif self._label_moved:
            self._label_item.setPos(0, 0)
            self._label_moved = False
        if drag.caption_hidden and self._label_item is not None:
            self._label_item.setVisible(not self._label_item.rect().isNull())
        if self.live:
            self.update()

    def drag_drawing(self, area: tuple[float, float, float, float]):
        """(path, arrow or None, selected) to draw inside ``area`` (x0, y0, x1, y1), or None when outside it."""
        drag = self._drag
        if drag is None:
            return None
        x0, y0, x1, y1 = area
        bx0, by0, bx1, by1 = drag.box
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            return None
        drawn = drag.drawn
        if drawn is None:
            path = QPainterPath()
            add_commands(path, drag.cmds)
            drag.drawn = drawn = [path, None]
        tip = drag.arrow[0]
        if not (x0 - 12 <= tip[0] <= x1 + 12 and y0 - 12 <= tip[1] <= y1 + 12):
            return drawn[0], None, self.isSelected()  # its arrowhead is out of sight
        if drawn[1] is None:
            drawn[1] = QPolygonF([QPointF(x, y) for x, y in drag.arrow])
        return drawn[0], drawn[1], self.isSelected()

    def add_drag_drawing(self, curves: QPainterPath, arrows: QPainterPath, area: tuple[float, ...]) -> None:
        """Append the moving curve to ``curves`` and its arrowhead to ``arrows``, where inside ``area``."""
        drag = self._drag
        if drag is None:
            return
        x0, y0, x1, y1 = area
        bx0, by0, bx1, by1 = drag.box
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            return
        add_commands(curves, drag.cmds)
        tip = drag.arrow[0]
        if x0 - 12 <= tip[0] <= x1 + 12 and y0 - 12 <= tip[1] <= y1 + 12:
            add_arrow(arrows, drag.arrow)

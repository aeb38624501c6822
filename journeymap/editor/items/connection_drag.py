"""A connection while its cards are dragged: its moving geometry as plain numbers, drawn by
the live layer (live_connections.py), while the item keeps its resting geometry until the drop."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ..routing import arrow_points, attach_point, iter_label_points, route_box, route_through
from .route_paths import add_arrow, add_commands

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class DragGeometry:
    """A connection's geometry while its cards are dragged: plain numbers, drawn by the live layer."""

    __slots__ = ("layer", "cmds", "arrow", "box", "dx", "dy", "pending", "drawn", "caption_hidden", "ends")

    def __init__(self, layer, cmds: list[tuple], arrow: tuple) -> None:
        self.layer = layer
        self.pending = False  # moved since the item's own geometry was last routed
        self.caption_hidden = False  # the caption waits, hidden, for the drop
        # (source moves, where the moving end sits on its card, the end left behind's point)
        self.ends: tuple[bool, tuple[float, float], tuple[float, float]] | None = None
        self.set_route(cmds, arrow)

    def set_route(self, cmds: list[tuple], arrow: tuple) -> None:
        self.cmds = cmds
        self.arrow = arrow
        self.box = route_box(cmds, arrow)
        self.dx = self.dy = 0.0
        self.drawn: list | None = None  # [(dx, dy), path, arrow polygon or None] of the last paint

    def scene_box(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.box
        dx, dy = self.dx, self.dy
        return (x0 + dx, y0 + dy, x1 + dx, y1 + dy)

    def _mark(self) -> None:
        self.layer.mark_box(*self.scene_box())

    def moved(self, cmds: list[tuple] | None, arrow: tuple = (), dx: float = 0.0, dy: float = 0.0) -> None:
        """A drag step: rerouted (``cmds``) or shifted (``dx``, ``dy``); the layer repaints where it was and is."""
        self._mark()
        if cmds is not None:
            self.set_route(cmds, arrow)
        else:
            self.dx, self.dy = dx, dy
        self.pending = True
        self._mark()


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

    def drag_box(self) -> tuple[float, float, float, float] | None:
        """Where the live layer draws this connection now (x0, y0, x1, y1), or None."""
        return self._drag.scene_box() if self._drag is not None else None

    def drag_anchor(self, source_moves: bool, source: tuple, target: tuple) -> None:
        """Before the steps of a drag that moves one end's card (``source`` and ``target`` are the
        cards' (x, y, w, h)): keep where the moving end sits on its card and where the other end is."""
        if self._drag is None:
            return
        route, forward = self.route, self.forward
        source_side, target_side = route.sides()
        if source_moves:
            anchor = attach_point((0.0, 0.0, source[2], source[3]), source_side, route.source_slot, forward)
            fixed = attach_point(target, target_side, route.target_slot, forward)
        else:
            anchor = attach_point((0.0, 0.0, target[2], target[3]), target_side, route.target_slot, forward)
            fixed = attach_point(source, source_side, route.source_slot, forward)
        self._drag.ends = (source_moves, anchor, fixed)

    def drag_reroute(self, x: float, y: float) -> None:
        """The moving end's card is now at (x, y): route again, caption at the middle.

        The moving end is the card's position plus where it sits on the card (what
        ``attach_point`` adds, so the numbers are those of routing from the rectangles)."""
        drag = self._drag
        if drag is None or drag.ends is None:
            return
        source_moves, (ax, ay), fixed = drag.ends
        moving = (x + ax, y + ay)
        p0, p3 = (moving, fixed) if source_moves else (fixed, moving)
        cmds, end, direction = route_through(self.route, p0, p3, self.forward)
        drag.moved(cmds, arrow_points(end, direction))  # the live layer repaints on its commit, once per step
        if self._label_rect is not None and self._label_item is not None and not drag.caption_hidden:
            mx, my = next(iter_label_points(cmds))
            centre = self._label_rect.center()
            self._move_caption(mx - centre.x(), my - centre.y())

    def drag_shift(self, dx: float, dy: float) -> None:
        """Both cards moved by (dx, dy) from where the drag began: the whole curve moves, unchanged."""
        if self._drag is None:
            return
        self._drag.moved(None, dx=dx, dy=dy)
        if self._label_item is not None and not self._drag.caption_hidden:
            self._move_caption(dx, dy)

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
        dx, dy = drag.dx, drag.dy
        x0, y0, x1, y1 = area[0] - dx, area[1] - dy, area[2] - dx, area[3] - dy  # in the route's own units
        bx0, by0, bx1, by1 = drag.box
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            return None
        drawn = drag.drawn
        if drawn is None or drawn[0] != (dx, dy):
            path = QPainterPath()
            add_commands(path, drag.cmds, dx, dy)
            drag.drawn = drawn = [(dx, dy), path, None]
        tip = drag.arrow[0]
        if not (x0 - 12 <= tip[0] <= x1 + 12 and y0 - 12 <= tip[1] <= y1 + 12):
            return drawn[1], None, self.isSelected()  # its arrowhead is out of sight
        if drawn[2] is None:
            drawn[2] = QPolygonF([QPointF(x + dx, y + dy) for x, y in drag.arrow])
        return drawn[1], drawn[2], self.isSelected()

    def add_drag_drawing(self, curves: QPainterPath, arrows: QPainterPath, area: tuple[float, ...]) -> None:
        """Append the moving curve to ``curves`` and its arrowhead to ``arrows``, where inside ``area``."""
        drag = self._drag
        if drag is None:
            return
        dx, dy = drag.dx, drag.dy
        x0, y0, x1, y1 = area[0] - dx, area[1] - dy, area[2] - dx, area[3] - dy  # in the route's own units
        bx0, by0, bx1, by1 = drag.box
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            return
        add_commands(curves, drag.cmds, dx, dy)
        tip = drag.arrow[0]
        if x0 - 12 <= tip[0] <= x1 + 12 and y0 - 12 <= tip[1] <= y1 + 12:
            add_arrow(arrows, drag.arrow, dx, dy)

"""A connection: a smooth curve with an arrowhead, and its label and share on the curve.

The route (kind, gutter, side slots) is decided by the scene from the layout; the
path is rebuilt from the two card items' current rectangles. While cards are dragged
their connections are drawn by the live layer from plain numbers (``begin_drag``);
the items themselves keep their resting geometry until the drop routes them again.
The caption's item and text live in connection_caption.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem

from ...model import Connection
from .. import style
from ..routing import SIDES, Route, arrow_points, attach_point, iter_label_points, route_box, route_through, segments
from .connection_caption import (
    EMPTY_RECT,
    ConnectionLabelItem,
    caption_text,
    connection_caption,
    has_caption,
    label_size,
)

# Qt enum members looked up once: attribute access on them is slow in Python, and
# thousands of items are built per map.
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_CONNECTION_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | _NO_CONTENTS
_UNROUTED = [("M", (0.0, 0.0))]
class _Drag:
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
        x0, y0, x1, y1 = self.box
        dx, dy = self.dx, self.dy
        self.layer.mark_box(x0 + dx, y0 + dy, x1 + dx, y1 + dy)

    def moved(self, cmds: list[tuple] | None, arrow: tuple = (), dx: float = 0.0, dy: float = 0.0) -> None:
        """A drag step: rerouted (``cmds``) or shifted (``dx``, ``dy``); the layer repaints where it was and is."""
        self._mark()
        if cmds is not None:
            self.set_route(cmds, arrow)
        else:
            self.dx, self.dy = dx, dy
        self.pending = True
        self._mark()


class ConnectionItem(QGraphicsItem):
    Type = QGraphicsItem.UserType + 2

    # Defaults read from the class until first set: a map of 10,000 cards makes 15,000 of these.
    route = Route("forward")  # never changed in place: set_route gives each item its own
    forward = 1
    live = False  # drawn by this item (selected), not by the shared layer
    _caption: str | None = None  # made from _text when first asked for
    _cmds: list[tuple] = _UNROUTED
    _arrow_pts: tuple | None = None
    _path: QPainterPath | None = None  # made from _cmds when first needed
    _arrow: QPolygonF | None = None
    _label_rect: QRectF | None = None
    _shape: QPainterPath | None = None
    _bounds = EMPTY_RECT
    _label_item: ConnectionLabelItem | None = None
    _label_moved = False
    _drag: _Drag | None = None

    def __init__(self, conn: Connection, source, target) -> None:
        super().__init__()
        self.conn_id = conn.id
        self.source = source
        self.target = target
        self._text = (conn.label, conn.share)
        self.setFlags(_CONNECTION_FLAGS)
        self.setZValue(8)

    def type(self) -> int:
        return self.Type

    @property
    def caption(self) -> str:
        if self._caption is None:
            self._caption = caption_text(*self._text)
        return self._caption

    def has_caption(self) -> bool:
        return has_caption(*self._text)

    @property
    def label_item(self) -> ConnectionLabelItem:
        """The caption's item, made (and put in this item's scene) when first needed."""
        if self._label_item is None:
            label = ConnectionLabelItem(self, self._label_rect)
            opacity = self.opacity()
            if opacity != 1.0:
                label.setOpacity(opacity)
            self._label_item = label
            scene = self.scene()
            if scene is not None:
                scene.addItem(label)
                if getattr(scene, "overview_mode", False):
                    label.set_overview_mode(True)
        return self._label_item

    def caption_item(self) -> ConnectionLabelItem | None:
        """The caption's item if it was ever made (None for a connection never captioned)."""
        return self._label_item

    def set_strength(self, opacity: float) -> None:
        """Opacity of the curve and its caption (the persona filter dims what a persona does not meet)."""
        self.setOpacity(opacity)
        if self._label_item is not None:
            self._label_item.setOpacity(opacity)

    def set_connection(self, conn: Connection) -> None:
        caption = connection_caption(conn)
        if caption != self.caption:
            self._text = (conn.label, conn.share)
            self._caption = caption
            self.rebuild()
        self.setToolTip(caption)

    def set_route(self, route: Route, forward: int, place_label=None, rects=None) -> None:
        self.route = route
        self.forward = forward
        self.rebuild(place_label, rects)

    def _current_route(self, rects=None) -> tuple[list[tuple], tuple]:
        """Route commands and arrowhead from the two cards' current rectangles (or ``rects``)."""
        if rects is None:
            source, target = self.source, self.target
            rects = (
                (source.x(), source.y(), source.width(), source.height()),
                (target.x(), target.y(), target.width(), target.height()),
            )
        cmds, end, direction = segments(self.route, rects[0], rects[1], self.forward)
        return cmds, arrow_points(end, direction)

    def rebuild(self, place_label=None, rects=None) -> None:
        """Recompute the path from the cards' current rectangles.

        ``place_label(item, width, height) -> QRectF`` may choose a free spot for the
        caption; without it the caption sits at the middle of the curve. ``rects``, the
        (x, y, w, h) of the source and target cards, saves asking the card items.
        """
        cmds, arrow = self._current_route(rects)
        x0, y0, x1, y1 = route_box(cmds, arrow)
        self.prepareGeometryChange()
        self._cmds = cmds
        self._arrow_pts = arrow
        self._path = None
        self._arrow = None
        self._shape = None
        self._bounds = QRectF(x0 - 3, y0 - 3, x1 - x0 + 6, y1 - y0 + 6)
        self._place_caption(place_label)
        if self._drag is not None:
            self._drag.moved(cmds, arrow)
            self._drag.pending = False
            self._drag.layer.commit()
        if self.live:
            self.update()

    def _place_caption(self, place_label) -> None:
        label = self._label_item
        if self._label_moved:
            label.setPos(0, 0)
            self._label_moved = False
        if not self.has_caption():
            self._label_rect = None
            if label is not None:
                label.set_rect(EMPTY_RECT)
            return
        width, height = label_size(self.caption)
        if place_label is not None:
            rect = place_label(self, width, height)
        else:
            x, y = next(iter_label_points(self._cmds))
            rect = QRectF(x - width / 2, y - height / 2, width, height)
        self._label_rect = rect
        if label is not None:
            label.set_rect(rect)
        else:
            self.label_item  # noqa: B018 - made on first use, with the rectangle just placed

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(style.CONNECTION_PICK_WIDTH)
            shape = stroker.createStroke(self.path_ref())
            shape.addPolygon(self.arrow_ref())
            self._shape = shape
        return self._shape

    def path(self) -> QPainterPath:
        return QPainterPath(self.path_ref())

    def never_built(self) -> bool:
        return self._arrow_pts is None

    def route_commands(self) -> list[tuple]:
        return self._cmds

    def arrow_points(self) -> tuple | None:
        """The arrowhead's three corners (tip first) as numbers, or None before the first route."""
        return self._arrow_pts

    def path_ref(self) -> QPainterPath:
        """The path itself, not a copy (for the connection layer)."""
        if self._path is None:
            self._path = build_path(self._cmds)
        return self._path

    def arrow_ref(self) -> QPolygonF:
        if self._arrow is None:
            self._arrow = QPolygonF([QPointF(x, y) for x, y in self._arrow_pts or ()])
        return self._arrow

    def set_live(self, live: bool) -> None:
        if live != self.live:
            self.live = live
            # resting connections are painted by the shared layer: let Qt skip this item entirely
            self.setFlag(_NO_CONTENTS, not live or self._drag is not None)
            self.update()
            if self._label_item is not None:
                self._label_item.update()
                self._label_item.sync_contents()  # a live caption draws itself, over the overview's

    def caption_rect(self) -> QRectF | None:
        """The caption's rectangle itself (not a copy; None without a caption), for reading only."""
        return self._label_rect

    def label_rect(self) -> QRectF:
        return QRectF(self._label_rect) if self._label_rect is not None else QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exporting = getattr(self.scene(), "exporting", False)
        if exporting or not self.live or self._drag is not None:
            return  # the layers draw resting and dragged connections (and all of them in exports)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        color = QColor(style.CONNECTION_SELECTED if selected else style.CONNECTION)
        pen = QPen(color, style.CONNECTION_WIDTH + (1.0 if selected else 0.0))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path_ref())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(self.arrow_ref())

    # ----------------------------------------------------------------- while its cards are dragged
    def begin_drag(self, layer, follow_caption: bool = True) -> None:
        """Leave the drawing to ``layer`` (a LiveConnectionLayerItem) until ``end_drag``; the
        caption follows the curve, or (``follow_caption`` False) hides until the drop."""
        if self._drag is None and self._arrow_pts is not None:
            self._drag = _Drag(layer, self._cmds, self._arrow_pts)
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
        source_side, target_side = SIDES[route.kind]
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


def add_arrow(path: QPainterPath, arrow: tuple, dx: float = 0.0, dy: float = 0.0) -> None:
    """Append an arrowhead's triangle (three corners as numbers) to a path filled at once with others."""
    (x0, y0), (x1, y1), (x2, y2) = arrow
    path.moveTo(x0 + dx, y0 + dy)
    path.lineTo(x1 + dx, y1 + dy)
    path.lineTo(x2 + dx, y2 + dy)
    path.closeSubpath()


def add_commands(path: QPainterPath, cmds: list[tuple], dx: float = 0.0, dy: float = 0.0) -> None:
    """Append routing commands to a QPainterPath, with plain numbers (no QPointF per point)."""
    for cmd in cmds:
        op = cmd[0]
        if op == "C":
            (x1, y1), (x2, y2), (x3, y3) = cmd[1], cmd[2], cmd[3]
            path.cubicTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy, x3 + dx, y3 + dy)
        elif op == "L":
            x, y = cmd[1]
            path.lineTo(x + dx, y + dy)
        elif op == "Q":
            (x1, y1), (x2, y2) = cmd[1], cmd[2]
            path.quadTo(x1 + dx, y1 + dy, x2 + dx, y2 + dy)
        else:
            x, y = cmd[1]
            path.moveTo(x + dx, y + dy)


def build_path(cmds: list[tuple]) -> QPainterPath:
    path = QPainterPath()
    add_commands(path, cmds)
    return path

"""A connection: a smooth curve with an arrowhead, and its label and share on the curve.

The route (kind, gutter, side slots) is decided by the scene from the layout; the
path is rebuilt from the two card items' current rectangles. While cards are dragged
their connections are drawn by the live layer from plain numbers (``begin_drag``);
the items themselves keep their resting geometry until the drop routes them again.
The caption's item and text live in connection_caption.py, the drag half in
connection_drag.py, and routes as Qt paths in route_paths.py.
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
from ..drawing_modes import ModesHanded
from ..routing import Route, arrow_points, iter_label_points, route_box, segments
from .connection_caption import (
    EMPTY_RECT,
    ConnectionLabelItem,
    caption_text,
    connection_caption,
    has_caption,
    label_size,
)
from .connection_drag import ConnectionDragMixin
from .route_paths import build_path

# Qt enum members looked up once: attribute access on them is slow in Python, and
# thousands of items are built per map.
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_CONNECTION_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | _NO_CONTENTS
_UNROUTED = [("M", (0.0, 0.0))]
class ConnectionItem(ModesHanded, ConnectionDragMixin, QGraphicsItem):
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
                if self.modes.far_out:
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
        exporting = self.modes.exporting
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

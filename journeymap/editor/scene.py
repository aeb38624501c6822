"""The canvas: a QGraphicsScene that shows one JourneyDocument and turns gestures into commands.

The scene subscribes to the document's change events and keeps a model-id -> item
map. Items are created or removed as events arrive; geometry is recomputed by the
pure layout module once per batch of events (after each undo-stack step, or on the
next turn of the event loop) and applied only to items whose boxes changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QPixmapCache, QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..model import JourneyDocument
from ..model.events import ChangeEvent
from ..model.kinds import CARD_KIND_COLORS, LANE_KIND_COLORS
from . import style
from .cell_focus import first_cell
from .items.card import CardItem, CardTextCache
from .items.connection import ConnectionItem
from .items.connection_layer import ConnectionLayerItem
from .items.emotion import EmotionCurveItem
from .items.grid import GridItem
from .items.handles import ConnectionHandleItem, InsertMarkerItem
from .items.headers import HeaderItem, LaneHeaderItem, StageHeaderItem, StepHeaderItem, TitleItem
from .layout import Box, LabelSpots, MapLayout, compute_layout
from .routing import SIDES, Route, gutter_for, label_points, route_kind
from .scene_edit import EditOperationsMixin
from .scene_input import InputMixin

PIXMAP_CACHE_KB = 256 * 1024


class JourneyScene(InputMixin, EditOperationsMixin, QGraphicsScene):
    """Shows a document; every change goes through ``undo_stack``."""

    statusMessage = Signal(str)
    layoutChanged = Signal()

    def __init__(self, document: JourneyDocument, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        # Item caches live in QPixmapCache; its 10 MB default holds less than two
        # viewport-sized layers, and a thrashing cache repaints every card every frame.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor(style.BACKGROUND))
        self.undo_stack = undo_stack
        self.document: JourneyDocument | None = None
        self.exporting = False
        self.layout = MapLayout()
        self.texts = CardTextCache()
        self.card_items: dict[str, CardItem] = {}
        self.connection_items: dict[str, ConnectionItem] = {}
        self.header_items: dict[str, HeaderItem] = {}
        self.focus_cell: tuple[str, str] | None = None
        self.label_spots = LabelSpots(self.layout)
        self._dirty = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        self._init_fixed_items()
        self._init_input()
        undo_stack.indexChanged.connect(lambda _index: self.flush())
        self.selectionChanged.connect(self._on_selection_changed)
        self.set_document(document)

    def _init_fixed_items(self) -> None:
        self.grid_item = GridItem()
        self.title_item = TitleItem()
        self.emotion_item = EmotionCurveItem()
        self.handle_item = ConnectionHandleItem()
        self.marker_item = InsertMarkerItem()
        self.connection_layer = ConnectionLayerItem(self.connection_items)
        self._dragged_connections: set = set()
        fixed = (self.grid_item, self.title_item, self.emotion_item, self.handle_item, self.marker_item)
        for item in (*fixed, self.connection_layer):
            self.addItem(item)

    # ----------------------------------------------------------------- document
    def set_document(self, doc: JourneyDocument) -> None:
        """Show another document: unsubscribe from the old one and rebuild everything."""
        if self.document is not None:
            self.document.unsubscribe(self._on_change)
        self.cancel_edit()
        self.document = doc
        doc.subscribe(self._on_change)
        self.rebuild()

    def rebuild(self) -> None:
        """Drop every model item and build them again from the document."""
        self.handle_item.attach(None, 1)
        for item in [*self.connection_items.values(), *self.card_items.values(), *self.header_items.values()]:
            self.removeItem(item)
        for item in self.connection_items.values():
            self.removeItem(item.label_item)
        self.card_items.clear()
        self.connection_items.clear()
        self.header_items.clear()
        self.focus_cell = first_cell(self.document)  # keyboard entry starts here when a map opens
        for card in self.document.cards():
            self._add_card_item(card.id)
        for conn in self.document.connections():
            self._add_connection_item(conn.id)
        self._dirty = True
        self.flush()

    def _on_change(self, event: ChangeEvent) -> None:
        handler = getattr(self, f"_on_{event.kind}", None)
        if handler is not None:
            handler(event.ids)
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        self._dirty = True
        if not self._flush_timer.isActive():
            self._flush_timer.start(0)

    def _on_reset(self, ids) -> None:
        self.rebuild()

    def _on_card_added(self, ids) -> None:
        for card_id in ids:
            self._add_card_item(card_id)

    def _on_card_removed(self, ids) -> None:
        for card_id in ids:
            item = self.card_items.pop(card_id, None)
            if item is not None:
                if self.handle_item.parentItem() is item:
                    self.handle_item.attach(None, 1)
                self.removeItem(item)

    def _on_card_changed(self, ids) -> None:
        for card_id in ids:
            self._refresh_card(card_id)

    def _on_card_moved(self, ids) -> None:
        for card_id in ids:
            self._refresh_card(card_id)  # the kind follows the lane

    def _on_connection_added(self, ids) -> None:
        for conn_id in ids:
            self._add_connection_item(conn_id)

    def _on_connection_removed(self, ids) -> None:
        for conn_id in ids:
            item = self.connection_items.pop(conn_id, None)
            if item is not None:
                item.source.connections.discard(item)
                item.target.connections.discard(item)
                self.removeItem(item.label_item)
                self.removeItem(item)

    def _on_connection_changed(self, ids) -> None:
        for conn_id in ids:
            item = self.connection_items[conn_id]
            item.set_connection(self.document.connection(conn_id))
            item.rebuild(self.free_label_spot)

    def _on_layout(self, ids) -> None:
        self._refresh_all_cards()

    def _on_map(self, ids) -> None:
        self._refresh_all_cards()

    def _on_persona(self, ids) -> None:
        self._refresh_all_cards()

    # ----------------------------------------------------------------- items
    def is_rtl(self) -> bool:
        return self.document.info.direction == "rtl"

    def card_color(self, card_id: str) -> tuple[str, str]:
        """(card kind, fill colour): touchpoints take their lane's colour."""
        doc = self.document
        lane = doc.lane(doc.card(card_id).lane)
        kind = doc.card_kind(card_id)
        if kind == "touchpoint":
            return kind, lane.color or LANE_KIND_COLORS.get(lane.kind, CARD_KIND_COLORS["touchpoint"])
        return kind, CARD_KIND_COLORS.get(kind, "#EDEDED")

    def _persona_colors(self) -> dict[str, str]:
        return {p.id: p.color for p in self.document.personas()}

    def _add_card_item(self, card_id: str) -> None:
        kind, color = self.card_color(card_id)
        card = self.document.card(card_id)
        item = CardItem(card, kind, color, self.texts, self.is_rtl(), self._persona_colors())
        self.card_items[card_id] = item
        self.addItem(item)

    def _refresh_card(self, card_id: str) -> None:
        item = self.card_items.get(card_id)
        if item is not None:
            kind, color = self.card_color(card_id)
            item.set_card(self.document.card(card_id), kind, color, self.is_rtl(), self._persona_colors())

    def _refresh_all_cards(self) -> None:
        personas = self._persona_colors()
        rtl = self.is_rtl()
        for card_id, item in self.card_items.items():
            kind, color = self.card_color(card_id)
            item.set_card(self.document.card(card_id), kind, color, rtl, personas)

    def _add_connection_item(self, conn_id: str) -> None:
        conn = self.document.connection(conn_id)
        source, target = self.card_items[conn.source], self.card_items[conn.target]
        item = ConnectionItem(conn, source, target)
        source.connections.add(item)
        target.connections.add(item)
        self.connection_items[conn_id] = item
        self.addItem(item)
        self.addItem(item.label_item)

    # ----------------------------------------------------------------- layout
    def measure(self, card, width: float) -> float:
        kind = self.document.card_kind(card.id)
        return self.texts.card_height(card, kind, width, self.is_rtl())

    def flush(self) -> None:
        """Apply pending document changes to geometry (no-op when nothing changed)."""
        if not self._dirty or self.document is None:
            return
        self._dirty = False
        self._flush_timer.stop()
        self.layout = compute_layout(self.document, self.measure)
        self.setSceneRect(self.map_rect())  # first: a growing scene rect would rebuild the index on every move
        self.connection_layer.set_rect(self.map_rect())
        self.label_spots = LabelSpots(self.layout)
        moved = self._apply_card_boxes()
        self._apply_headers()
        self._apply_routes(moved)
        self.connection_layer.invalidate()
        self._apply_emotion()
        self.grid_item.set_layout(self.layout, {stage.steps[0].id for stage in self.document.stages()})
        self._apply_focus_cell()
        if self.handle_item.card is not None:
            self.handle_item.attach(self.handle_item.card, self.layout.forward_sign())
        self.layoutChanged.emit()

    def _apply_card_boxes(self) -> set[str]:
        moved = set()
        for card_id, box in self.layout.cards.items():
            item = self.card_items.get(card_id)
            if item is None:
                continue
            if (item.pos().x(), item.pos().y(), item.width(), item.height()) != (box.x, box.y, box.w, box.h):
                item.set_box(box.x, box.y, box.w, box.h)
                moved.add(card_id)
        return moved

    def _apply_headers(self) -> None:
        doc, layout, rtl = self.document, self.layout, self.is_rtl()
        wanted: dict[str, tuple] = {}
        for stage in doc.stages():
            wanted[stage.id] = (StageHeaderItem, stage.name, stage.color, layout.stages[stage.id], None)
            for step in stage.steps:
                wanted[step.id] = (StepHeaderItem, step.name, stage.color, layout.steps[step.id], None)
        for lane in doc.lanes():
            wanted[lane.id] = (LaneHeaderItem, lane.name, lane.color or "", layout.lanes[lane.id], lane.kind)
        for model_id in [m for m, item in self.header_items.items() if type(item) is not wanted.get(m, (None,))[0]]:
            self.removeItem(self.header_items.pop(model_id))
        for model_id, (cls, name, color, box, lane_kind) in wanted.items():
            item = self.header_items.get(model_id)
            if item is None:
                item = cls(model_id)
                self.header_items[model_id] = item
                self.addItem(item)
            if lane_kind is not None:
                item.set_lane_kind(lane_kind)
            item.set_content(name, color, rtl)
            item.set_box(box.x, box.y, box.w, box.h)
        self.title_item.set_title(doc.info.title, rtl)
        title = layout.title
        self.title_item.set_box(title.x, title.y, title.w, title.h)

    def _apply_routes(self, moved: set[str]) -> None:
        """Give every connection its route; rebuild those whose route or ends changed."""
        routes = self.compute_routes()
        forward = self.layout.forward_sign()
        for conn_id, item in self.connection_items.items():
            route = routes[conn_id]
            if route != item.route or item.forward != forward or item.source.card_id in moved or (
                item.target.card_id in moved
            ):
                item.set_route(route, forward, self.free_label_spot)

    def free_label_spot(self, owner, width: float, height: float) -> QRectF:
        """A place on the curve for a caption that covers no card and no other caption."""
        candidates = label_points(owner.route_commands())
        mx, my = candidates[0]
        # short curves between neighbouring cards: just above or below the middle, still touching it
        candidates += [(mx, my - height / 2 - 2), (mx, my + height / 2 + 2)]
        for x, y in candidates:
            box = Box(x - width / 2, y - height / 2, width, height)
            if self.label_spots.is_free(box):
                self.label_spots.take(box)
                return QRectF(box.x, box.y, box.w, box.h)
        return QRectF(mx - width / 2, my - height / 2, width, height)

    def compute_routes(self) -> dict[str, Route]:
        doc, layout = self.document, self.layout
        step_index = {s: i for i, s in enumerate(layout.step_order)}
        lane_index = {lane: i for i, lane in enumerate(layout.lane_order)}
        place: dict[str, tuple[int, int, int]] = {}
        for (step_id, lane_id), ids in doc.cells():
            for index, card_id in enumerate(ids):
                place[card_id] = (step_index[step_id], lane_index[lane_id], index)
        routes: dict[str, Route] = {}
        ports: dict[tuple[str, str], list[tuple[tuple, str, int]]] = {}
        for conn in doc.connections():
            kind = route_kind(place[conn.source], place[conn.target], conn.source == conn.target)
            source_row = layout.rows[doc.card(conn.source).lane]
            target_row = layout.rows[doc.card(conn.target).lane]
            gutter = gutter_for(kind, (source_row.y, source_row.bottom), (target_row.y, target_row.bottom))
            routes[conn.id] = Route(kind, gutter)
            source_side, target_side = SIDES[kind]
            ports.setdefault((conn.source, source_side), []).append((place[conn.target], conn.id, 0))
            ports.setdefault((conn.target, target_side), []).append((place[conn.source], conn.id, 1))
        for (_card, side), users in ports.items():
            users.sort(key=lambda u: (u[0][1], u[0][2], u[0][0]) if side in ("fwd", "back") else u[0])
            for slot, (_place, conn_id, end) in enumerate(users):
                route = routes[conn_id]
                if end == 0:
                    route.source_slot = (slot, len(users))
                else:
                    route.target_slot = (slot, len(users))
        return routes

    def _apply_emotion(self) -> None:
        lane_id = self.layout.emotion_lane
        if lane_id is None:
            self.emotion_item.setVisible(False)
            return
        self.emotion_item.setVisible(True)
        row = self.layout.rows[lane_id]
        by_step: dict[str, list[int]] = {}
        order: list[str] = []
        for card in self.document.cards():
            if card.emotion is not None:
                if card.step not in by_step:
                    order.append(card.step)
                by_step.setdefault(card.step, []).append(card.emotion)
        points = []
        for step_id in order:
            column, scores = self.layout.columns[step_id], by_step[step_id]
            for index, score in enumerate(scores):
                fraction = (index + 1) / (len(scores) + 1)
                x = column.right - column.w * fraction if self.is_rtl() else column.x + column.w * fraction
                points.append((x, score))
        self.emotion_item.set_curve(QRectF(row.x, row.y, row.w, row.h), points)

    def _apply_focus_cell(self) -> None:
        cell = self.focus_cell
        if cell is not None and (cell[0] not in self.layout.columns or cell[1] not in self.layout.rows):
            self.focus_cell = cell = None
        rect = None
        if cell is not None:
            box = self.layout.cell(*cell)
            rect = QRectF(box.x, box.y, box.w, box.h)
        self.grid_item.set_focus_cell(rect)

    def _on_selection_changed(self) -> None:
        self._sync_live_connections()
        selected = [item for item in self.selectedItems() if isinstance(item, CardItem)]
        handle_card = self.handle_item.card
        if handle_card is not None and not handle_card.isSelected():
            handle_card.sync_handle()
        if len(selected) == 1:
            selected[0].sync_handle()

    def _sync_live_connections(self) -> None:
        """Selected and dragged connections are drawn by their own items, the rest by the layer."""
        changed = False
        for item in self.connection_items.values():
            live = item.isSelected() or item in self._dragged_connections
            if live != item.live:
                item.set_live(live)
                changed = True
        if changed:
            self.connection_layer.invalidate()

    def set_dragged_connections(self, items) -> None:
        self._dragged_connections = set(items)
        self._sync_live_connections()

    # ----------------------------------------------------------------- queries
    def cell_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        self.flush()
        return self.layout.cell_at(scene_pos.x(), scene_pos.y())

    def map_rect(self) -> QRectF:
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def cell_rect(self, step_id: str, lane_id: str) -> QRectF:
        box = self.layout.cell(step_id, lane_id)
        return QRectF(box.x, box.y, box.w, box.h)

    # ----------------------------------------------------------------- selection
    def selected_card_ids(self) -> list[str]:
        ids = [item.card_id for item in self.selectedItems() if isinstance(item, CardItem)]
        return sorted(ids, key=self.document.timeline_key)

    def selected_connection_ids(self) -> list[str]:
        return sorted(item.conn_id for item in self.selectedItems() if isinstance(item, ConnectionItem))

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly the cards, connections and headers with these ids."""
        wanted = set(ids)
        self.clearSelection()
        for mapping in (self.card_items, self.connection_items, self.header_items):
            for model_id in wanted & mapping.keys():
                mapping[model_id].setSelected(True)

    def selection_target(self) -> tuple[str, str | None]:
        selected = self.selectedItems()
        if len(selected) == 1:
            item = selected[0]
            if isinstance(item, CardItem):
                return ("card", item.card_id)
            if isinstance(item, ConnectionItem):
                return ("connection", item.conn_id)
            if isinstance(item, HeaderItem):
                return (item.kind, item.model_id)
        cards = self.selected_card_ids()
        if selected and len(cards) == len(selected):
            return ("card", cards[0])
        return ("map", None)

    # ----------------------------------------------------------------- export
    @contextmanager
    def export_mode(self) -> Iterator[None]:
        """While exporting: no selection marks, handles, hover or focus frame, and no bitmap caches."""
        self.flush()
        self.cancel_edit()
        cached = [item for item in self.items() if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
        modes = [item.cacheMode() for item in cached]
        handle_visible = self.handle_item.isVisible()
        self.exporting = True
        self.handle_item.setVisible(False)
        self.marker_item.setVisible(False)
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        self.update()
        try:
            yield
        finally:
            self.exporting = False
            for item, mode in zip(cached, modes, strict=True):
                item.setCacheMode(mode)
            self.handle_item.setVisible(handle_visible)
            self.update()

    def card_hover_changed(self, card: CardItem, active: bool) -> None:
        """Show the connection handle on the hovered or selected card."""
        if active:
            self.handle_item.attach(card, self.layout.forward_sign())
        elif self.handle_item.card is card:
            self.handle_item.attach(None, 1)

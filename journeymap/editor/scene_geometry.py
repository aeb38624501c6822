"""Geometry of the scene: applying the layout, routing connections, placing captions,
drawing the emotion curve, and which connections are drawn live.

A mixin of JourneyScene kept apart because it is the one place where layout boxes
become item positions; everything here runs once per batch of document changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from ..collector import cycle_collector_paused
from . import style
from .caption_spots import find_caption_spot
from .drawing_modes import ModesHanded
from .gutters import RoutePlan, make_plan
from .items.backdrop import BackdropItem
from .items.card import CardItem
from .items.connection import ConnectionItem
from .items.headers import LaneHeaderItem, StageHeaderItem, StepHeaderItem
from .items.live_connections import BUSY_DRAG_CURVES, LiveConnectionLayerItem
from .layout import LabelSpots, compute_layout
from .routing import Route


class GeometryMixin:
    # ----------------------------------------------------------------- layout
    def measure(self, card, width: float) -> float:
        kind = self.document.card_kind(card.id)
        return self.texts.card_height(card, kind, width, self.is_rtl())

    def apply_geometry(self) -> None:
        """The geometry pass: lay the map out again after pending document changes, move and
        reroute only the items whose boxes changed, then emit ``layoutChanged`` (the pass is over).
        Nothing to do when nothing changed."""
        if not self._dirty or self.document is None:
            return
        self._dirty = False
        self._geometry_timer.stop()
        self.layout = compute_layout(self.document, self.measure)
        self.setSceneRect(self.map_rect())  # first: a growing scene rect would rebuild the index on every move
        self.connection_layer.set_rect(self.map_rect())
        if self._live_layer is not None:
            self._live_layer.set_rect(self.map_rect())
        self.label_spots = LabelSpots(self.layout)
        moved = self._apply_card_boxes()
        self._apply_headers()
        if (moved or self._routes_dirty) and self._apply_routes(moved):
            self.connection_layer.invalidate()
        self._routes_dirty = False
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
            wanted = (box.x, box.y, box.w, box.h)
            if item.box() != wanted or (item.x(), item.y()) != wanted[:2]:
                item.set_box(*wanted)
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

    def _apply_routes(self, moved: set[str]) -> int:
        """Give every connection its route; rebuild those whose route or ends changed (returns how many)."""
        routes = self.compute_routes()
        forward = self.layout.forward_sign()
        stale = []
        take = self.label_spots.take_rect
        for conn_id, item in self.connection_items.items():
            route = routes[conn_id]
            if (
                item.never_built()
                or route != item.route
                or item.forward != forward
                or item.source.card_id in moved
                or item.target.card_id in moved
            ):
                stale.append((item, route))
            else:
                label = item.caption_rect()  # captions that stay keep their place
                if label is not None:
                    take(label.x(), label.y(), label.width(), label.height())
        boxes = self.layout.cards  # where the card items now are: no need to ask each item
        place = self.free_label_spot
        for item, route in stale:
            source, target = boxes[item.source.card_id], boxes[item.target.card_id]
            rects = ((source.x, source.y, source.w, source.h), (target.x, target.y, target.w, target.h))
            item.set_route(route, forward, place, rects)
        return len(stale)

    def free_label_spot(self, owner, width: float, height: float) -> QRectF:
        """A place for a caption that covers no card and no other caption: on its route where
        there is room, else the nearest free spot around the route's middle (see caption_spots)."""
        grid = self.layout.grid
        spot = find_caption_spot(
            owner.route_commands(), width, height, self.label_spots,
            (grid.x, grid.y, grid.right, grid.bottom + style.MARGIN / 2),
            self.lane_lines(),
        )
        return QRectF(*spot)

    _lane_lines_of = None  # (layout, its lane lines)

    def lane_lines(self) -> list[float]:
        """The y of the lines between lanes (and the grid's bottom), sorted; kept per layout."""
        cached = self._lane_lines_of
        if cached is None or cached[0] is not self.layout:
            rows = sorted(self.layout.rows.values(), key=lambda row: row.y)
            cached = self._lane_lines_of = (self.layout, [row.bottom for row in rows])
        return cached[1]

    _route_plan: RoutePlan | None = None

    def compute_routes(self) -> dict[str, Route]:
        """Every connection's route. Planning makes tens of thousands of short-lived tuples, none in
        a cycle: the cycle collector is held off, which spent as long walking them as planning took."""
        doc = self.document
        with cycle_collector_paused():
            plan = make_plan(self.layout, doc.cells(), ((c.id, c.source, c.target) for c in doc.connections()))
        self._route_plan = plan
        return plan.routes

    def route_plan(self) -> RoutePlan:
        """The plan the connections were last routed by (a drag plans its own among them)."""
        if self._route_plan is None:
            self.compute_routes()
        return self._route_plan

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
            self._focus_cell_at = cell = None
        rect = None
        if cell is not None:
            box = self.layout.cell(*cell)
            rect = QRectF(box.x, box.y, box.w, box.h)
        self.grid_item.set_focus_cell(rect)

    def _on_selection_changed(self) -> None:
        self._sync_live_connections()
        self.follow_selected_cell()  # the focus frame goes where the selected cards are (focus_frame.py)
        selected = [item for item in self.selectedItems() if isinstance(item, CardItem)]
        handle_card = self.handle_item.card
        if handle_card is not None and not handle_card.isSelected():
            handle_card.sync_handle()
        if len(selected) == 1:
            selected[0].sync_handle()

    def _sync_live_connections(self) -> None:
        """Selected and dragged connections are drawn by their own items, the rest by the layer.

        Worked out from the selection and the drag alone: visiting all 15,000 connections of a
        big map on every selection change made a rubber band or a multiple selection crawl.
        """
        selected = {item for item in self.selectedItems() if isinstance(item, ConnectionItem)}
        wanted = selected | self._dragged_connections
        previous = self._live_connections
        if wanted == previous:
            return
        for item in previous - wanted:
            item.set_live(False)
        for item in wanted - previous:
            item.set_live(True)
        self._live_connections = wanted
        self.connection_layer.invalidate()

    _live_layer = None  # made by the first drag

    def live_layer(self):
        """The item that draws the connections of dragged cards (made when first needed)."""
        if self._live_layer is None:
            self._live_layer = LiveConnectionLayerItem()
            self._live_layer.set_rect(self.map_rect())
            self.addItem(self._live_layer)
        return self._live_layer

    def set_dragged_connections(self, items) -> None:
        """Hand these connections' drawing to the live layer while their cards are dragged
        (an empty ``items`` hands them back, routing for good any the drop left unrouted)."""
        previous = self._dragged_connections
        self._dragged_connections = set(items)
        layer = self.live_layer()
        for item in previous - self._dragged_connections:
            layer.update_box(item.drag_box())  # where the layer drew it last
            item.end_drag(self.free_label_spot)
        busy = len(self._dragged_connections) > BUSY_DRAG_CURVES
        layer.set_busy(busy)
        for item in self._dragged_connections:
            item.begin_drag(layer, follow_caption=not busy)
        layer.set_items(item for item in self._dragged_connections if item.dragging())
        self._sync_live_connections()
        self._fold_backdrop(bool(self._dragged_connections))

    _backdrop = None  # made by the first drag

    def _fold_backdrop(self, dragging: bool) -> None:
        """While a drag runs, what lies below the cards is one picture (see BackdropItem)."""
        backdrop = self._backdrop
        if not dragging:
            if backdrop is not None and backdrop.active():
                backdrop.unfold()
            return
        if backdrop is None:
            backdrop = self._backdrop = BackdropItem()
            self.addItem(backdrop)
        if backdrop.active() or not self.views():
            return
        between = []  # the emotion and persona curves lie between the grid and the connections
        lane_id = self.layout.emotion_lane
        if lane_id is not None:
            row = self.layout.rows[lane_id]
            for item in reversed(self.items(QRectF(row.x, row.y, row.w, row.h))):  # bottom first
                if item.parentItem() is None and isinstance(item, ModesHanded) and item.folds_into_backdrop:
                    between.append(item)
        # the title and headers too: text repainted on every step cost more than a blit
        between.extend([self.title_item, *self.header_items.values()])
        between.sort(key=lambda item: item.zValue())  # stable: the emotion row's order is kept
        backdrop.fold(self.grid_item, between, self.connection_layer, self.map_rect())

    def backdrop_covers(self, view) -> bool:
        """Whether the drag's picture covers all of ``view`` (its background need not be painted)."""
        backdrop = self._backdrop
        return backdrop is not None and backdrop.active() and backdrop.covers(view)

    def drop_target_changed(self, old: QRectF | None, new: QRectF | None) -> None:
        """The grid's drop target moved from cell ``old`` to ``new`` during a drag: the backdrop shows the grid."""
        if self._backdrop is not None and self._backdrop.active():
            area = QRectF()
            for rect in (old, new):
                if rect is not None:
                    area = area.united(rect)
            if not area.isEmpty():
                self._backdrop.refresh(area)

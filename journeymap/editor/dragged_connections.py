"""The connections of the cards a drag moves, routed again at every step of it.

Each step plans their routes by the router's rules for where the cards are now
(drag_routes.py) and hands each connection its route to draw in the live layer, its
caption on a free spot as the geometry pass would choose one: clear of the cards (the
dragged ones where they are now), the captions that stay and those placed before it
in the step. The items keep their resting routes meanwhile: a drag called off shows
them again as they were, and the drop plans the whole map.
"""

from __future__ import annotations

from . import style
from .caption_spots import SpotsAbove, find_caption_spot
from .drag_routes import DragRouting


class DraggedConnections:
    """Routes ``connections`` (ConnectionItems) again as the ``cards`` (CardItems) are dragged."""

    def __init__(self, scene, cards, connections) -> None:
        self.scene = scene
        self.routing = DragRouting(scene.route_plan(), [card.card_id for card in cards])
        self.connections = sorted(connections, key=lambda item: item.conn_id)  # captions placed in one order
        self._ignored: frozenset | None = None  # see _left_behind
        self._step_spots: SpotsAbove | None = None
        self._boxes: dict[str, tuple[float, float, float, float]] = {}

    def step(self, boxes: dict[str, tuple[float, float, float, float]]) -> None:
        """The dragged cards now stand at ``boxes`` (card id -> (x, y, w, h)): route their connections there."""
        routing = self.routing
        routes = routing.routes(boxes)
        points = routing.attach_points
        self._boxes = boxes
        self._step_spots = None
        place = self._place_caption
        for conn in self.connections:
            conn_id = conn.conn_id
            route = routes.get(conn_id)
            if route is None:
                continue  # added since the last geometry pass: it waits for the drop
            p0, p3 = points[conn_id]
            conn.drag_route(route, p0, p3, boxes.get(conn.source.card_id), place)

    def _place_caption(self, cmds: list[tuple], width: float, height: float) -> tuple[float, float]:
        spots = self._step_spots
        if spots is None:
            spots = self._step_spots = SpotsAbove(self.scene.label_spots, self._left_behind())
            for x, y, w, h in self._boxes.values():
                spots.take_rect(x, y, w, h)
        scene = self.scene
        grid = scene.layout.grid
        bounds = (grid.x, grid.y, grid.right, grid.bottom + style.MARGIN / 2)
        x, y, _w, _h = find_caption_spot(cmds, width, height, spots, bounds, scene.lane_lines())
        return x, y

    def _left_behind(self) -> frozenset:
        """Where the dragged cards and their connections' captions lay, as the map's spots hold them:
        free for the drag's captions (worked out once per drag)."""
        if self._ignored is None:
            cards = self.scene.layout.cards
            ignored = {(b.x, b.y, b.x + b.w, b.y + b.h) for b in (cards.get(c) for c in self.routing.moving_cards) if b}
            for conn in self.connections:
                r = conn.caption_rect()
                if r is not None:
                    ignored.add((r.x(), r.y(), r.x() + r.width(), r.y() + r.height()))
            self._ignored = frozenset(ignored)
        return self._ignored

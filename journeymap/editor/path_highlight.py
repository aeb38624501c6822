"""One journey picked in the Analysis panel, shown on the canvas: a way of looking, never a change.

Like the persona filter, it keeps the path's cards and connections at full strength and dims
the rest, and the emotion lane draws the emotion met along the path. It re-applies itself
after every layout pass (after the persona filter, which it then overrides), and clearing
it hands the canvas back to the persona filter.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF

from .items.persona_curve import PersonaCurveItem
from .items.persona_paths import PersonaPathsItem
from .persona_filter import DIMMED_OPACITY

PATH_COLOR = "#D9822B"


class PathHighlight(QObject):
    def __init__(self, scene, persona_filter) -> None:
        super().__init__(scene)
        self.scene = scene
        self.persona_filter = persona_filter
        self.cards: tuple[str, ...] = ()
        self.connections: tuple[str, ...] = ()
        self.label = ""
        self.paths_item = PersonaPathsItem()
        self.paths_item.setZValue(8.6)
        self.curve: PersonaCurveItem | None = None
        scene.addItem(self.paths_item)
        self.paths_item.setVisible(False)
        scene.layoutChanged.connect(self.apply)

    @property
    def active(self) -> bool:
        return bool(self.cards)

    def show(self, cards, connections, label: str) -> None:
        self.cards, self.connections, self.label = tuple(cards), tuple(connections), label
        self.apply()

    def clear(self) -> None:
        if not self.active:
            return
        self.cards, self.connections = (), ()
        self.paths_item.setVisible(False)
        self._drop_curve()
        scene = self.scene
        for item in scene.card_items.values():
            item.setOpacity(1.0)
        for item in scene.connection_items.values():
            item.set_strength(1.0)
        scene.connection_layer.setOpacity(1.0)
        scene.emotion_item.setVisible(scene.layout.emotion_lane is not None)
        self.persona_filter.refresh()

    def apply(self) -> None:
        scene = self.scene
        if not self.active or scene.document is None:
            return
        cards = {c for c in self.cards if c in scene.card_items}
        conns = [c for c in self.connections if c in scene.connection_items]
        if len(cards) < len(set(self.cards)) or len(conns) < len(set(self.connections)):
            self.clear()  # an edit took part of the path away
            return
        for card_id, item in scene.card_items.items():
            item.setOpacity(1.0 if card_id in cards else DIMMED_OPACITY)
        for conn_id, item in scene.connection_items.items():
            item.set_strength(1.0 if conn_id in conns else DIMMED_OPACITY)
        scene.connection_layer.setOpacity(DIMMED_OPACITY)
        if self.paths_item.scene() is not scene:
            scene.addItem(self.paths_item)
        self.paths_item.set_connections([scene.connection_items[c] for c in dict.fromkeys(conns)])
        self.paths_item.setVisible(True)
        overview = getattr(scene, "map_overview", None)
        if overview is not None:
            overview.invalidate()
        self._draw_curve()

    def curve_points(self) -> list[tuple[float, int]]:
        """(x, score) of the scored cards on the path, each once, left to right as drawn."""
        scene = self.scene
        points = []
        for card_id in dict.fromkeys(self.cards):
            card = scene.document.card(card_id)
            item = scene.card_items.get(card_id)
            if card.emotion is not None and item is not None:
                points.append((item.scene_rect().center().x(), card.emotion))
        points.sort(key=lambda p: -p[0] if scene.layout.rtl else p[0])
        return points

    def _draw_curve(self) -> None:
        scene = self.scene
        lane_id = scene.layout.emotion_lane
        points = self.curve_points()
        if lane_id is None or not points:
            self._drop_curve()
            return
        if self.curve is None or self.curve.scene() is not scene:
            self.curve = PersonaCurveItem("path", self.label, PATH_COLOR, alone=True)
            self.curve.setZValue(5.5)
            scene.addItem(self.curve)
        row = scene.layout.rows[lane_id]
        self.curve.set_curve(QRectF(row.x, row.y, row.w, row.h), points)
        self.curve.setVisible(True)
        scene.emotion_item.setVisible(False)
        for other in self.persona_filter.curves:
            other.setVisible(False)

    def _drop_curve(self) -> None:
        if self.curve is not None and self.curve.scene() is self.scene:
            self.scene.removeItem(self.curve)
        self.curve = None

"""The persona filter: a way of LOOKING at a map, never a change to it (no undo step, not saved).

Choosing a persona keeps the cards and connections on that persona's paths at full
strength and dims the rest, and the emotion lane draws that persona's curve. With
"All personas", the emotion lane draws one curve per persona in its colour (the
map's overall curve when it has no personas) and nothing is dimmed.

The filter re-applies itself after every layout pass of the scene, so it follows
edits, undo and a change of document by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Signal

from ..model import queries
from .items.persona_curve import PersonaCurveItem
from .items.persona_paths import PersonaPathsItem

DIMMED_OPACITY = 0.18
CURVE_SPACING = 3.5  # vertical gap between persona curves that run together


class PersonaFilter(QObject):
    """Highlight one persona's paths on a scene; ``persona_id`` None means all personas."""

    changed = Signal(object)  # the persona id, or None for all

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.persona_id: str | None = None
        self.curves: list[PersonaCurveItem] = []
        self.paths_item = PersonaPathsItem()
        scene.addItem(self.paths_item)
        scene.layoutChanged.connect(self.apply)
        self.apply()

    # ----------------------------------------------------------------- choosing
    def set_persona(self, persona_id: str | None) -> None:
        if persona_id is not None and persona_id not in self._persona_ids():
            persona_id = None
        if persona_id != self.persona_id:
            self.persona_id = persona_id
            self.apply()
            self.changed.emit(persona_id)

    def cycle(self) -> str | None:
        """Next persona in the map's order, then back to all personas (key P in presentation)."""
        order = [None, *self._persona_ids()]
        index = order.index(self.persona_id) if self.persona_id in order else 0
        self.set_persona(order[(index + 1) % len(order)])
        return self.persona_id

    def _persona_ids(self) -> list[str]:
        doc = self.scene.document
        return [p.id for p in doc.personas()] if doc is not None else []

    # ----------------------------------------------------------------- drawing
    def apply(self) -> None:
        scene = self.scene
        doc = scene.document
        if doc is None:
            return
        if self.persona_id is not None and self.persona_id not in self._persona_ids():
            self.persona_id = None
            self.changed.emit(None)
        self._apply_opacity()
        self._apply_curves()

    def _apply_opacity(self) -> None:
        """Dim what the persona does not meet: its cards, captions and the shared connection layer."""
        scene, doc = self.scene, self.scene.document
        if self.persona_id is None:
            cards, conns = None, None
        else:
            cards = queries.persona_cards(doc, self.persona_id)
            conns = {c.id for c in queries.persona_connections(doc, self.persona_id)}
        for card_id, item in scene.card_items.items():
            item.setOpacity(1.0 if cards is None or card_id in cards else DIMMED_OPACITY)
        for conn_id, item in scene.connection_items.items():
            opacity = 1.0 if conns is None or conn_id in conns else DIMMED_OPACITY
            item.setOpacity(opacity)
            item.label_item.setOpacity(opacity)
        layer = getattr(scene, "connection_layer", None)
        if layer is not None:
            layer.setOpacity(1.0 if conns is None else DIMMED_OPACITY)
        if self.paths_item.scene() is not scene:
            scene.addItem(self.paths_item)
        highlighted = [] if conns is None else [scene.connection_items[c] for c in sorted(conns)]
        self.paths_item.set_connections(highlighted)
        self.paths_item.setVisible(bool(highlighted))

    def _apply_curves(self) -> None:
        scene, doc = self.scene, self.scene.document
        for curve in self.curves:
            if curve.scene() is scene:
                scene.removeItem(curve)
        self.curves = []
        lane_id = scene.layout.emotion_lane
        personas = doc.personas()
        if lane_id is None or not personas:
            return  # the scene's own overall curve stays
        shown = [p for p in personas if self.persona_id in (None, p.id)]
        row = scene.layout.rows[lane_id]
        rect = QRectF(row.x, row.y, row.w, row.h)
        for index, persona in enumerate(shown):
            curve = PersonaCurveItem(persona.id, persona.name, persona.color, alone=len(shown) == 1)
            curve.set_curve(rect, self.curve_points(persona.id))
            # where personas feel the same their curves would hide each other: draw them side by side
            curve.setPos(0, (index - (len(shown) - 1) / 2) * CURVE_SPACING)
            scene.addItem(curve)
            self.curves.append(curve)
        scene.emotion_item.setVisible(False)

    def curve_points(self, persona_id: str) -> list[tuple[float, int]]:
        """(x, score) per point of a persona's curve, placed in its step's column like the overall curve."""
        scene = self.scene
        layout = scene.layout
        by_step: dict[str, list[int]] = {}
        for point in queries.emotion_curve(scene.document, persona_id):
            step_id = layout.step_order[point.step_index]
            by_step.setdefault(step_id, []).append(point.score)
        points = []
        for step_id, scores in by_step.items():
            column = layout.columns[step_id]
            for index, score in enumerate(scores):
                fraction = (index + 1) / (len(scores) + 1)
                x = column.right - column.w * fraction if layout.rtl else column.x + column.w * fraction
                points.append((x, score))
        return points

    def visible_curve_count(self) -> int:
        """How many emotion curves the lane shows now (the overall one counts when visible)."""
        overall = 1 if self.scene.emotion_item.isVisible() else 0
        return overall + sum(1 for curve in self.curves if curve.isVisible())

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
        self._dimmed = False
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

    def refresh(self) -> None:
        """Draw the filter afresh over whatever another view (a highlighted path) left on the canvas."""
        self._dimmed = True
        for curve in self.curves:
            curve.setVisible(True)
        self.apply()

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
        if self.persona_id is None and not self._dimmed:
            return  # nothing was dimmed, and new items start at full strength
        if self.persona_id is None:
            cards, conns = None, None
        else:
            cards = queries.persona_cards(doc, self.persona_id)
            conns = {c.id for c in queries.persona_connections(doc, self.persona_id)}
        for card_id, item in scene.card_items.items():
            item.setOpacity(1.0 if cards is None or card_id in cards else DIMMED_OPACITY)
        for conn_id, item in scene.connection_items.items():
            item.set_strength(1.0 if conns is None or conn_id in conns else DIMMED_OPACITY)
        layer = getattr(scene, "connection_layer", None)
        if layer is not None:
            layer.setOpacity(1.0 if conns is None else DIMMED_OPACITY)
        overview = getattr(scene, "map_overview", None)
        if overview is not None:
            overview.invalidate()  # it draws each card at the card's opacity
        if self.paths_item.scene() is not scene:
            scene.addItem(self.paths_item)
        highlighted = [] if conns is None else [scene.connection_items[c] for c in sorted(conns)]
        self.paths_item.set_connections(highlighted)
        self.paths_item.setVisible(bool(highlighted))
        self._dimmed = self.persona_id is not None

    def _apply_curves(self) -> None:
        """One curve item per shown persona, rebuilt only when its points, place or look changed."""
        scene, doc = self.scene, self.scene.document
        lane_id = scene.layout.emotion_lane
        personas = doc.personas()
        shown = [p for p in personas if self.persona_id in (None, p.id)] if lane_id is not None else []
        old = {curve.persona_id: curve for curve in self.curves}
        self.curves = []
        if shown:
            row = scene.layout.rows[lane_id]
            rect = QRectF(row.x, row.y, row.w, row.h)
            points = self.all_curve_points([p.id for p in shown])
            for index, persona in enumerate(shown):
                curve = self._curve_for(old.pop(persona.id, None), persona, len(shown) == 1)
                key = (rect, tuple(points[persona.id]))
                if curve.shape_key != key:
                    curve.set_curve(rect, points[persona.id])
                    curve.shape_key = key
                # where personas feel the same their curves would hide each other: draw them side by side
                curve.setPos(0, (index - (len(shown) - 1) / 2) * CURVE_SPACING)
                self.curves.append(curve)
            scene.emotion_item.setVisible(False)
        for curve in old.values():
            if curve.scene() is scene:
                scene.removeItem(curve)

    def _curve_for(self, curve: PersonaCurveItem | None, persona, alone: bool) -> PersonaCurveItem:
        look = (persona.name, persona.color.lower(), alone)
        if curve is None or (curve.name, curve.color.name(), curve.alone) != look:
            if curve is not None and curve.scene() is self.scene:
                self.scene.removeItem(curve)
            curve = PersonaCurveItem(persona.id, persona.name, persona.color, alone=alone)
            self.scene.addItem(curve)
        return curve

    def all_curve_points(self, persona_ids: list[str]) -> dict[str, list[tuple[float, int]]]:
        """(x, score) per point of each persona's curve, in one pass over the cards.

        The same cards as ``queries.emotion_curve(doc, persona_id)`` (a card naming no
        persona speaks for all), placed in their step's column like the overall curve.
        """
        layout = self.scene.layout
        by_step: dict[str, dict[str, list[int]]] = {pid: {} for pid in persona_ids}
        for card in self.scene.document.cards():
            if card.emotion is None:
                continue
            for pid in persona_ids:
                if not card.personas or pid in card.personas:
                    by_step[pid].setdefault(card.step, []).append(card.emotion)
        result = {}
        for pid, steps in by_step.items():
            points = []
            for step_id, scores in steps.items():
                column = layout.columns[step_id]
                for index, score in enumerate(scores):
                    fraction = (index + 1) / (len(scores) + 1)
                    x = column.right - column.w * fraction if layout.rtl else column.x + column.w * fraction
                    points.append((x, score))
            result[pid] = points
        return result

    def curve_points(self, persona_id: str) -> list[tuple[float, int]]:
        return self.all_curve_points([persona_id])[persona_id]

    def visible_curve_count(self) -> int:
        """How many emotion curves the lane shows now (the overall one counts when visible)."""
        overall = 1 if self.scene.emotion_item.isVisible() else 0
        return overall + sum(1 for curve in self.curves if curve.isVisible())

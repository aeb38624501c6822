"""A still copy of what the analysis reads from a map, so it can be computed away from the editor.

Cards, connections, lanes, stages and personas are frozen values, so the copy only keeps
references and the orders between them: taking it costs one pass over the map, and the
editor may go on changing the document while a thread analyses the copy.
"""

from __future__ import annotations

from ..document import JourneyDocument
from ..entities import Card, Connection, Lane, Persona, Stage
from ..errors import ModelError


class MapSnapshot:
    """The reading methods of ``JourneyDocument`` the analysis uses, over a copy."""

    def __init__(self, doc: JourneyDocument) -> None:
        self._cards = doc.cards()
        self._by_id = {card.id: card for card in self._cards}
        self._order = {card.id: i for i, card in enumerate(self._cards)}
        self._connections = doc.connections()
        self._lanes = doc.lanes()
        self._lane_by_id = {lane.id: lane for lane in self._lanes}
        self._stages = doc.stages()
        self._stage_of_step = {step.id: stage for stage in self._stages for step in stage.steps}
        self._personas = doc.personas()

    def cards(self) -> list[Card]:
        return list(self._cards)

    def card(self, card_id: str) -> Card:
        try:
            return self._by_id[card_id]
        except KeyError:
            raise ModelError(f"no card with id {card_id!r}") from None

    def has_card(self, card_id: str) -> bool:
        return card_id in self._by_id

    def timeline_key(self, card_id: str) -> int:
        return self._order[card_id]

    def connections(self) -> list[Connection]:
        return list(self._connections)

    def connection_count(self) -> int:
        return len(self._connections)

    def lanes(self) -> list[Lane]:
        return list(self._lanes)

    def lane(self, lane_id: str) -> Lane:
        return self._lane_by_id[lane_id]

    def stages(self) -> list[Stage]:
        return list(self._stages)

    def stage_of_step(self, step_id: str) -> Stage:
        return self._stage_of_step[step_id]

    def personas(self) -> list[Persona]:
        return list(self._personas)

    def persona(self, persona_id: str) -> Persona:
        for persona in self._personas:
            if persona.id == persona_id:
                return persona
        raise ModelError(f"no persona with id {persona_id!r}")


def snapshot_of(doc) -> MapSnapshot:
    """``doc`` itself when it is a snapshot already, else a new snapshot of it."""
    return doc if isinstance(doc, MapSnapshot) else MapSnapshot(doc)

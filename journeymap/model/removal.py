"""What a removal took out of a document, so that undo can put it back exactly."""

from __future__ import annotations

from dataclasses import dataclass, field

from .entities import Card, Connection, Lane, Persona, Stage, Step


@dataclass
class Removal:
    """Everything one removal took out or changed.

    Lists are in the order things must be put back: ascending positions, so that
    inserting each at its old index rebuilds the old order.
    """

    personas: list[tuple[int, Persona]] = field(default_factory=list)
    stages: list[tuple[int, Stage]] = field(default_factory=list)
    steps: list[tuple[str, int, Step]] = field(default_factory=list)
    lanes: list[tuple[int, Lane]] = field(default_factory=list)
    cards: list[tuple[Card, int]] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    # Cards that stayed but were moved to another cell: (card id, step, lane, index) before.
    moved_cards: list[tuple[str, str, str, int]] = field(default_factory=list)
    # Old values of cards and connections that stayed but were edited (a persona taken off them).
    changed_cards: list[Card] = field(default_factory=list)
    changed_connections: list[Connection] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not any(
            (
                self.personas,
                self.stages,
                self.steps,
                self.lanes,
                self.cards,
                self.connections,
                self.moved_cards,
                self.changed_cards,
                self.changed_connections,
            )
        )

"""This peer's changes on their way into the Doc: which parts changed, and one transaction for them (no Qt).

The document's change events name the cards and connections an edit touched; only
those are taken from the map again and compared (a keystroke costs what it touches).
An edit of the grid, the personas or the map's info compares the whole map.
"""

from __future__ import annotations

from pycrdt import Doc

from ..model import JourneyDocument
from ..model.events import ChangeEvent
from .schema import Flat, flatten, flatten_parts, write_changes


class Outgoing:
    def __init__(self) -> None:
        self.cards: set[str] = set()
        self.connections: set[str] = set()
        self.everything = False

    def note(self, event: ChangeEvent) -> None:
        if event.kind.startswith("card_"):
            self.cards.update(event.ids)
        elif event.kind.startswith("connection_"):
            self.connections.update(event.ids)
        else:
            self.everything = True

    def pending(self) -> bool:
        return self.everything or bool(self.cards or self.connections)

    def discard(self) -> None:
        self.cards, self.connections, self.everything = set(), set(), False

    def write(self, ydoc: Doc, doc: JourneyDocument, mirror: Flat, origin: object) -> tuple[Flat, int]:
        """One transaction with what changed since the last write; returns the new mirror and the fields written."""
        if self.everything:
            new, only = flatten(doc, mirror), None
        else:
            new, only = flatten_parts(doc, mirror, self.cards, self.connections)
        self.discard()
        with ydoc.transaction(origin=origin):
            written = write_changes(ydoc, mirror, new, only)
        return new, written

"""Peers without a network or Qt: a map, a Y.Doc, and the same write/read steps the binding uses."""

from __future__ import annotations

from pycrdt import Doc

from journeymap.io.journey_file import document_to_json, parse_json_text
from journeymap.live.apply import apply_document
from journeymap.live.schema import flatten, read_document, read_flat, seed, write_changes
from journeymap.model import JourneyDocument


class Peer:
    def __init__(self, ydoc: Doc, document: JourneyDocument) -> None:
        self.ydoc = ydoc
        self.document = document
        self.mirror = read_flat(ydoc)
        self.online = True

    @classmethod
    def host(cls, document: JourneyDocument) -> Peer:
        ydoc, _ = seed(document, "room")
        return cls(ydoc, document)

    @classmethod
    def guest(cls, host: Peer) -> Peer:
        ydoc = Doc()
        ydoc.apply_update(host.ydoc.get_update())
        return cls(ydoc, read_document(ydoc))

    def push(self) -> None:
        """Send the local map's changes into the Doc (what one command does)."""
        new = flatten(self.document, self.mirror)
        with self.ydoc.transaction(origin="local"):
            write_changes(self.ydoc, self.mirror, new)
        self.mirror = new

    def pull(self) -> None:
        flat = read_flat(self.ydoc)
        target = read_document(self.ydoc)
        apply_document(self.document, target)
        self.mirror = flatten(self.document, flat)


def exchange(peers: list[Peer]) -> None:
    """Every online peer receives every other online peer's updates, as a room would relay them."""
    online = [p for p in peers if p.online]
    for receiver in online:
        for sender in online:
            if sender is not receiver:
                receiver.ydoc.apply_update(sender.ydoc.get_update(receiver.ydoc.get_state()))
    for peer in online:
        peer.pull()


def file_round_trip(document: JourneyDocument) -> JourneyDocument:
    """The map as saved and opened again: the file checks must pass."""
    return parse_json_text(document_to_json(document), "host.journey")

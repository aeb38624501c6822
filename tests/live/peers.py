"""Peers without a network or Qt: a map, a Y.Doc, and the same write/read steps the binding uses."""

from __future__ import annotations

from pycrdt import Doc

from journeymap.io.journey_file import document_to_json, parse_json_text
from journeymap.live.apply import pull_flat
from journeymap.live.outgoing import Outgoing
from journeymap.live.schema import read_document, read_flat, seed
from journeymap.model import JourneyDocument


class Peer:
    def __init__(self, ydoc: Doc, document: JourneyDocument) -> None:
        self.ydoc = ydoc
        self.document = document
        self.mirror = read_flat(ydoc)
        self.online = True
        self.outgoing = Outgoing()
        self.pulling = False
        document.subscribe(lambda event: None if self.pulling else self.outgoing.note(event))

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
        self.mirror, _ = self.outgoing.write(self.ydoc, self.document, self.mirror, "local")

    def pull(self) -> None:
        new = read_flat(self.ydoc)
        self.pulling = True
        try:
            pull_flat(self.document, self.mirror, new, "peer")
        finally:
            self.pulling = False
        self.mirror = new


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

"""Starting a room for a map: seed it once, serve it on the chosen address."""

from __future__ import annotations

from collections.abc import Callable

from pycrdt import Doc

from ..model import JourneyDocument
from .address import LiveAddress
from .schema import seed
from .server import LiveServer

LOOPBACK = "127.0.0.1"


def start_room(
    document: JourneyDocument,
    host: str = LOOPBACK,
    port: int = 0,
    on_change: Callable[[Doc], None] | None = None,
) -> LiveServer:
    """A running room holding ``document``; ``server.address`` says where (raises ``OSError``)."""
    address = LiveAddress.new(host, port)
    ydoc, _ = seed(document, address.room)
    server = LiveServer(address, ydoc.get_update(), on_change)
    server.start()
    return server

"""The address of a live session: ``journeymap://HOST:PORT/ROOM?token=TOKEN`` (or the same as ``ws://``).

The token is a random secret made by the host for each session; the host refuses a
connection whose path does not carry it, so only people who were given the address
can join. Any Yjs client connects with the ``ws://`` form (room ``ROOM``, parameter
``token``).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from ..i18n import arg, translate

SCHEMES = ("journeymap", "ws")
_ROOM = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,128}$")


class AddressError(ValueError):
    """A session address that cannot be used; the message says what is wrong."""


@dataclass(frozen=True)
class LiveAddress:
    host: str
    port: int
    room: str
    token: str

    @classmethod
    def new(cls, host: str, port: int) -> LiveAddress:
        return cls(host, port, "map-" + secrets.token_hex(4), secrets.token_urlsafe(18))

    def link(self, scheme: str = "journeymap") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self.port}/{self.room}?token={self.token}"

    def websocket_url(self) -> str:
        return self.link("ws")

    def path(self) -> str:
        """The request path a client sends: the room and the token."""
        return f"/{self.room}?token={self.token}"


def parse_address(text: str) -> LiveAddress:
    """Read a pasted link; raises ``AddressError`` saying what is missing."""
    text = text.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise AddressError(arg(translate("live", "“%1” is not a session address: %2"), text, exc)) from None
    if parts.scheme not in SCHEMES:
        message = translate("live", "“%1” is not a session address: it should start with journeymap:// or ws://")
        raise AddressError(arg(message, text))
    if not parts.hostname or port is None:
        message = translate("live", "“%1” names no computer and port (expected journeymap://HOST:PORT/ROOM?token=…)")
        raise AddressError(arg(message, text))
    room = parts.path.strip("/")
    if not _ROOM.match(room):
        raise AddressError(arg(translate("live", "“%1” names no session after the port"), text))
    tokens = parse_qs(parts.query).get("token", [])
    if len(tokens) != 1 or not _TOKEN.match(tokens[0]):
        message = translate("live", "“%1” carries no valid token (the part after ?token=); copy the whole address")
        raise AddressError(arg(message, text))
    return LiveAddress(parts.hostname, port, room, tokens[0])


def check_path(request_path: str, address: LiveAddress) -> bool:
    """True when a request's path names this session's room with its token."""
    parts = urlsplit(request_path)
    tokens = parse_qs(parts.query).get("token", [])
    return (
        parts.path.strip("/") == address.room
        and len(tokens) == 1
        and secrets.compare_digest(tokens[0], address.token)
    )

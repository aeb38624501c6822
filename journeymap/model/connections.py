"""The connections of a journey document: reading them, the adjacency around each card,
and every change to them (JourneyDocument's methods, kept here by concept as with
``StructureMixin``). They share the document's stores: ``_connections`` by id and the
``_out`` / ``_in`` adjacency of each card.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .entities import Connection
from .errors import ModelError
from .events import EventKind
from .removal import Removal
from .text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # pragma: no cover
    from .document import JourneyDocument


class ConnectionsMixin:
    def connection(self: JourneyDocument, conn_id: str) -> Connection:
        try:
            return self._connections[conn_id]
        except KeyError:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no connection with id %1"), repr(conn_id))) from None

    def has_connection(self: JourneyDocument, conn_id: str) -> bool:
        return conn_id in self._connections

    def connections(self) -> list[Connection]:
        return list(self._connections.values())

    def connection_count(self) -> int:
        return len(self._connections)

    def connections_of(self: JourneyDocument, card_id: str) -> list[Connection]:
        """Connections leaving or entering a card (leaving first, each in the order they were added)."""
        self.card(card_id)
        keys = dict.fromkeys(self._out[card_id])
        keys.update(dict.fromkeys(self._in[card_id]))
        return [self._connections[k] for k in keys]

    def out_connections(self: JourneyDocument, card_id: str) -> list[str]:
        """Ids of the connections leaving a card, in the order they were added."""
        self.card(card_id)
        return list(self._out[card_id])

    def in_connections(self: JourneyDocument, card_id: str) -> list[str]:
        """Ids of the connections arriving at a card, in the order they were added."""
        self.card(card_id)
        return list(self._in[card_id])

    def out_degree(self: JourneyDocument, card_id: str) -> int:
        """How many connections leave a card (a connection from a card to itself counts)."""
        self.card(card_id)
        return len(self._out[card_id])

    def in_degree(self: JourneyDocument, card_id: str) -> int:
        """How many connections arrive at a card."""
        self.card(card_id)
        return len(self._in[card_id])

    def add_connection(self: JourneyDocument, conn: Connection) -> Connection:
        self._check_connection(conn)
        self._claim_id(conn.id)
        self._store_connection(conn)
        self._emit(EventKind.CONNECTION_ADDED, (conn.id,))
        return conn

    def add_connections(self: JourneyDocument, conns: Iterable[Connection]) -> list[Connection]:
        """Add connections, in order: all of them or, on a problem, none; one event names them all."""
        conns = list(conns)
        self._claim_checked(conns, self._check_connection)
        out, in_ = self._out, self._in
        for conn in conns:
            self._connections[conn.id] = conn
            out[conn.source][conn.id] = None
            in_[conn.target][conn.id] = None
        if conns:
            self._graph_changed()
            self._emit(EventKind.CONNECTION_ADDED, [conn.id for conn in conns])
        return conns

    def update_connection(self: JourneyDocument, conn_id: str, **changes) -> Connection:
        """Change label, share or personas; returns the old connection."""
        if {"id", "source", "target"} & changes.keys():
            raise ModelError(
                Text(QT_TRANSLATE_NOOP("messages", "a connection's ends cannot change; remove it and add another"))
            )
        old = self.connection(conn_id)
        new = replace(old, **changes)
        self._check_connection(new)
        self._set_connection(new)
        self._emit(EventKind.CONNECTION_CHANGED, (conn_id,))
        return old

    def replace_connections(self: JourneyDocument, conns: Iterable[Connection]) -> None:
        ids = []
        for conn in conns:
            old = self.connection(conn.id)
            if (old.source, old.target) != (conn.source, conn.target):
                raise ModelError(
                    Text(QT_TRANSLATE_NOOP("messages", "connection %1 joins other cards now"), repr(conn.id))
                )
            self._check_connection(conn)
            self._set_connection(conn)
            ids.append(conn.id)
        if ids:
            self._emit(EventKind.CONNECTION_CHANGED, ids)

    def _set_connection(self: JourneyDocument, conn: Connection) -> None:
        self._connections[conn.id] = conn
        self._graph_changed()

    def remove_connections(self: JourneyDocument, conn_ids: Iterable[str]) -> Removal:
        removal = Removal()
        self._take_connections(list(conn_ids), removal)
        return removal

    def _take_connections(self: JourneyDocument, conn_ids: list[str], removal: Removal) -> None:
        unique = list(dict.fromkeys(conn_ids))
        for conn_id in unique:
            self.connection(conn_id)  # raise on an unknown id before anything is removed
        taken = []
        for conn_id in unique:
            conn = self.connection(conn_id)
            del self._out[conn.source][conn_id]
            del self._in[conn.target][conn_id]
            del self._connections[conn_id]
            self._ids.discard(conn_id)
            taken.append(conn)
        removal.connections.extend(taken)
        if taken:
            self._graph_changed()
            self._emit(EventKind.CONNECTION_REMOVED, [c.id for c in taken])

    def _store_connection(self: JourneyDocument, conn: Connection) -> None:
        """Record a checked connection whose id is claimed."""
        self._connections[conn.id] = conn
        self._out[conn.source][conn.id] = None
        self._in[conn.target][conn.id] = None
        self._graph_changed()

    def _check_connection(self: JourneyDocument, conn: Connection) -> None:
        self.card(conn.source)
        self.card(conn.target)
        if conn.share is not None and not 0 <= conn.share <= 100:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "a share of customers must be between 0 and 100 %")))
        self._check_personas(conn.personas)

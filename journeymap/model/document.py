"""The journey document: the one place a map's data lives and changes.

Cards and connections live in plain dicts keyed by id, and the document keeps its
own adjacency: for every card, the ids of the connections leaving and entering it
(several connections may join the same two cards). networkx answers path questions
over a snapshot graph built on demand (``JourneyDocument.graph``), so opening a map
never imports it. Stages with their steps, lanes and personas are ordered lists.
Every change goes through a method here that keeps the invariants and then emits a
change event, so an undo command only has to call methods and a scene only has to listen.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .connections import ConnectionsMixin
from .entities import Card, Connection, Lane, MapInfo, Persona, Stage, Step
from .errors import ModelError
from .events import EventKind, EventSource
from .kinds import EMOTION_MAX, EMOTION_MIN, card_kind_for_lane
from .removal import Removal
from .structure import StructureMixin
from .text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

Cell = tuple[str, str]  # (step id, lane id)


class JourneyDocument(ConnectionsMixin, StructureMixin, EventSource):
    """A whole journey map. Read freely; change only through the methods."""

    def __init__(self, info: MapInfo | None = None) -> None:
        EventSource.__init__(self)
        self.info = info or MapInfo()
        self.extra: dict = {}
        self._cards: dict[str, Card] = {}
        self._personas: list[Persona] = []
        self._stages: list[Stage] = []
        self._lanes: list[Lane] = []
        self._cells: dict[Cell, list[str]] = {}
        self._connections: dict[str, Connection] = {}
        # Adjacency: card id -> ids of its outgoing / incoming connections, in the order they were added.
        self._out: dict[str, dict[str, None]] = {}
        self._in: dict[str, dict[str, None]] = {}
        # Bumped by every change to cards or connections; the networkx snapshot is rebuilt when it moved.
        self._graph_changes = 0
        self._graph_snapshot: tuple[int, nx.MultiDiGraph] | None = None
        self._ids: set[str] = set()
        self._step_cache: list[Step] | None = None
        self._step_index: dict[str, int] = {}
        self._step_stage: dict[str, str] = {}
        # Lookup caches, rebuilt on demand: opening a file checks a lane and personas for every card.
        self._lane_cache: dict[str, Lane] | None = None
        self._persona_id_cache: frozenset[str] | None = None

    # ----------------------------------------------------------------- ids
    def new_id(self, prefix: str) -> str:
        """A fresh id, unique across every part of this document."""
        while True:
            candidate = f"{prefix}-{os.urandom(4).hex()}"  # as random as uuid4, without importing uuid
            if candidate not in self._ids:
                return candidate

    def has_id(self, item_id: str) -> bool:
        return item_id in self._ids

    def _claim_id(self, item_id: str) -> None:
        if not item_id or not isinstance(item_id, str):
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "an id must be a non-empty string")))
        if item_id in self._ids:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "id %1 is already used in this map"), repr(item_id)))
        self._ids.add(item_id)

    # ----------------------------------------------------------------- map info
    def set_info(self, **changes) -> MapInfo:
        """Change title, description, language or direction; returns the old info."""
        old = self.info
        if "direction" in changes and changes["direction"] not in ("ltr", "rtl"):
            raise ModelError(
                Text(
                    QT_TRANSLATE_NOOP("messages", "direction must be 'ltr' or 'rtl', not %1"),
                    repr(changes["direction"]),
                )
            )
        self.info = replace(old, **changes)
        self._emit(EventKind.MAP_INFO)
        return old

    # ----------------------------------------------------------------- graph snapshot
    @property
    def graph(self) -> nx.MultiDiGraph:
        """The cards and connections as a ``networkx.MultiDiGraph``: a snapshot for analysis, not for editing.

        Nodes are card ids carrying ``card=``; edges are keyed by connection id and carry
        ``connection=``. The graph is built on first use (importing networkx only then),
        frozen, and cached until the next change to cards or connections. Change the map
        through the document's methods; a graph taken earlier does not follow later changes.
        """
        cached = self._graph_snapshot
        if cached is not None and cached[0] == self._graph_changes:
            return cached[1]
        import networkx as nx  # here, not at the top: opening a map must not pay for importing networkx

        graph = nx.MultiDiGraph()
        graph.add_nodes_from((card_id, {"card": card}) for card_id, card in self._cards.items())
        graph.add_edges_from((c.source, c.target, c.id, {"connection": c}) for c in self._connections.values())
        nx.freeze(graph)
        self._graph_snapshot = (self._graph_changes, graph)
        return graph

    def _graph_changed(self) -> None:
        self._graph_changes += 1

    # ----------------------------------------------------------------- cards: reading
    def card(self, card_id: str) -> Card:
        try:
            return self._cards[card_id]
        except KeyError:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no card with id %1"), repr(card_id))) from None

    def has_card(self, card_id: str) -> bool:
        return card_id in self._cards

    def cards(self) -> list[Card]:
        """Every card, in timeline order: by step, then lane, then order in the cell."""
        ordered: list[Card] = []
        cards = self._cards
        cells = self._cells
        for step in self.steps():
            for lane in self._lanes:
                for card_id in cells.get((step.id, lane.id), ()):
                    ordered.append(cards[card_id])
        return ordered

    def card_count(self) -> int:
        return len(self._cards)

    def card_kind(self, card_id: str) -> str:
        card = self.card(card_id)
        return card_kind_for_lane(self.lane(card.lane).kind) or "note"

    def cell_cards(self, step_id: str, lane_id: str) -> list[str]:
        """Ids of the cards in one cell, top to bottom."""
        return list(self._cells.get((step_id, lane_id), ()))

    def cells(self) -> Iterator[tuple[Cell, list[str]]]:
        """Every non-empty cell with its card ids (a copy of each list)."""
        for cell, ids in self._cells.items():
            if ids:
                yield cell, list(ids)

    def card_index(self, card_id: str) -> int:
        card = self.card(card_id)
        return self._cells[(card.step, card.lane)].index(card_id)

    def timeline_key(self, card_id: str) -> tuple[int, int, int]:
        """Sort key that puts cards in the order a reader meets them on the map."""
        card = self.card(card_id)
        return (
            self.step_index(card.step),
            self.lane_index(card.lane),
            self._cells[(card.step, card.lane)].index(card_id),
        )

    # ----------------------------------------------------------------- cards: changing
    def add_card(self, card: Card, index: int | None = None) -> Card:
        """Put a new card into its cell, at ``index`` (default: the end)."""
        self._check_card(card)
        self._claim_id(card.id)
        self._store_card(card)
        cell = self._cells.setdefault((card.step, card.lane), [])
        cell.insert(len(cell) if index is None else max(0, min(index, len(cell))), card.id)
        self._emit(EventKind.CARD_ADDED, (card.id,))
        return card

    def add_cards(self, cards: Iterable[Card]) -> list[Card]:
        """Put new cards at the ends of their cells, in order: all of them or, on a problem, none.

        The same checks as ``add_card``; one ``card_added`` event names them all (opening
        a file adds thousands of cards at once).
        """
        cards = list(cards)
        self._claim_checked(cards, self._check_card)
        cells = self._cells
        for card in cards:
            self._cards[card.id] = card
            self._out[card.id] = {}
            self._in[card.id] = {}
            cell = cells.get((card.step, card.lane))
            if cell is None:
                cells[(card.step, card.lane)] = [card.id]
            else:
                cell.append(card.id)
        if cards:
            self._graph_changed()
            self._emit(EventKind.CARD_ADDED, [card.id for card in cards])
        return cards

    def _claim_checked(self, items: list, check) -> None:
        """Check every item and claim its id, or claim nothing and raise the first problem."""
        claimed: list[str] = []
        try:
            for item in items:
                check(item)
                self._claim_id(item.id)
                claimed.append(item.id)
        except ModelError:
            self._ids.difference_update(claimed)
            raise

    def update_card(self, card_id: str, **changes) -> Card:
        """Change a card's properties (not its place: see ``move_cards``); returns the old card."""
        if "step" in changes or "lane" in changes or "id" in changes:
            raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "use move_cards to change where a card is")))
        old = self.card(card_id)
        new = replace(old, **changes)
        self._check_card(new)
        self._cards[card_id] = new
        self._graph_changed()
        self._emit(EventKind.CARD_CHANGED, (card_id,))
        return old

    def replace_cards(self, cards: Iterable[Card]) -> None:
        """Put back earlier values of cards (same ids, same places): undo of ``update_card``."""
        ids = []
        for card in cards:
            current = self.card(card.id)
            if (current.step, current.lane) != (card.step, card.lane):
                raise ModelError(
                    Text(QT_TRANSLATE_NOOP("messages", "card %1 is no longer in the same cell"), repr(card.id))
                )
            self._check_card(card)
            self._cards[card.id] = card
            ids.append(card.id)
        if ids:
            self._graph_changed()
            self._emit(EventKind.CARD_CHANGED, ids)

    def move_cards(self, moves: Iterable[tuple[str, str, str, int | None]]) -> list[tuple[str, str, str, int]]:
        """Move cards to cells: each move is (card id, step id, lane id, index or None for the end).

        Moves apply one after another. Returns the inverse moves; applying them in
        reverse order puts every card back where it was, in its old order.
        """
        moves = list(moves)
        for card_id, step_id, lane_id, _ in moves:  # refuse before anything moves
            self.card(card_id)
            self._check_place(step_id, lane_id)
        inverse: list[tuple[str, str, str, int]] = []
        moved: list[str] = []
        for card_id, step_id, lane_id, index in moves:
            card = self.card(card_id)
            self._check_place(step_id, lane_id)
            old_cell = self._cells[(card.step, card.lane)]
            old_index = old_cell.index(card_id)
            inverse.append((card_id, card.step, card.lane, old_index))
            old_cell.remove(card_id)
            new_cell = self._cells.setdefault((step_id, lane_id), [])
            position = len(new_cell) if index is None else max(0, min(index, len(new_cell)))
            new_cell.insert(position, card_id)
            if (card.step, card.lane) != (step_id, lane_id):
                self._cards[card_id] = replace(card, step=step_id, lane=lane_id)
            moved.append(card_id)
        if moved:
            self._graph_changed()
            self._emit(EventKind.CARD_MOVED, moved)
        return inverse

    def remove_cards(self, card_ids: Iterable[str]) -> Removal:
        """Remove cards and every connection that touches them."""
        removal = Removal()
        self._take_cards(list(card_ids), removal)
        return removal

    def _take_cards(self, card_ids: list[str], removal: Removal) -> None:
        """Remove cards (and their connections) into ``removal``, emitting events."""
        unique = list(dict.fromkeys(card_ids))
        for card_id in unique:
            self.card(card_id)  # raise early on an unknown id, before anything changes
        conn_ids = {key for card_id in unique for ends in (self._in, self._out) for key in ends[card_id]}
        self._take_connections(sorted(conn_ids), removal)
        # Record each card with its index, then restore in ascending index per cell.
        records = [(self.card(card_id), self.card_index(card_id)) for card_id in unique]
        records.sort(key=lambda rec: rec[1])
        for card, _ in records:
            self._cells[(card.step, card.lane)].remove(card.id)
            del self._cards[card.id]
            del self._out[card.id]
            del self._in[card.id]
            self._ids.discard(card.id)
        removal.cards.extend(records)
        if records:
            self._graph_changed()
            self._emit(EventKind.CARD_REMOVED, [card.id for card, _ in records])

    # ----------------------------------------------------------------- storage
    def _store_card(self, card: Card) -> None:
        """Record a checked card whose id is claimed (not yet in a cell)."""
        self._cards[card.id] = card
        self._out[card.id] = {}
        self._in[card.id] = {}
        self._graph_changed()

    # ----------------------------------------------------------------- checks
    def _check_place(self, step_id: str, lane_id: str) -> None:
        self.step(step_id)
        lane = self.lane(lane_id)
        if card_kind_for_lane(lane.kind) is None:
            raise ModelError(
                Text(
                    QT_TRANSLATE_NOOP("messages", "lane %1 shows the emotion curve and holds no cards"), repr(lane.name)
                )
            )

    def _check_card(self, card: Card) -> None:
        self._check_place(card.step, card.lane)
        if card.emotion is not None:
            if isinstance(card.emotion, bool) or not isinstance(card.emotion, int):
                raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "an emotion score must be a whole number")))
            if not EMOTION_MIN <= card.emotion <= EMOTION_MAX:
                raise ModelError(
                    Text(
                        QT_TRANSLATE_NOOP("messages", "an emotion score must be between %1 and %2"),
                        EMOTION_MIN,
                        EMOTION_MAX,
                    )
                )
        self._check_personas(card.personas)

    def _check_personas(self, persona_ids: Iterable[str]) -> None:
        if self._persona_id_cache is None:
            self._persona_id_cache = frozenset(p.id for p in self._personas)
        for persona_id in persona_ids:
            if persona_id not in self._persona_id_cache:
                raise ModelError(Text(QT_TRANSLATE_NOOP("messages", "no persona with id %1"), repr(persona_id)))

    # ----------------------------------------------------------------- whole-document
    def replace_content(self, other: JourneyDocument) -> None:
        """Take every part of ``other`` (a checked map, then dropped) as this map's: one "reset" event.

        For a change that reshapes the whole map at once, such as a peer's edit of the grid
        in a live session; listeners stay subscribed to this document.
        """
        listeners = self._listeners
        self.__dict__.update(other.__dict__)
        self._listeners = listeners
        self._graph_changed()
        self._emit(EventKind.RESET)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, JourneyDocument):
            return NotImplemented
        return self.snapshot() == other.snapshot()

    __hash__ = None  # type: ignore[assignment]

    def snapshot(self) -> tuple:
        """Everything that makes up the map, as comparable values (for tests and equality)."""
        return (
            self.info,
            self.extra,
            tuple(self._personas),
            tuple(self._stages),
            tuple(self._lanes),
            tuple(self.cards()),
            tuple(sorted(self._connections.values(), key=lambda c: c.id)),
        )

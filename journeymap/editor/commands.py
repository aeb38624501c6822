"""Undo commands: the only way the editor changes a document.

Each command stores what changed (old and new values, or the ``Removal`` a
removal returned), never a copy of the map, and calls document methods in
``redo`` and ``undo``. The scene follows the document's change events, so no
command touches a graphics item.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..model import Card, Connection, JourneyDocument, Lane, ModelError, Persona, Removal, Stage, Step


def _guarded(method):
    """Wrap redo/undo so a refusal never escapes into Qt.

    An exception out of ``QUndoStack.push`` leaves the command on the stack, and one out
    of ``undo`` while the stack changes index crashes the process. A refused command is
    marked obsolete instead (the stack then drops it) and the reason goes to the
    command's ``reporter`` (the editor that pushed it sets one).
    """

    @functools.wraps(method)
    def guarded(self) -> None:
        try:
            method(self)
        except ModelError as exc:
            self.refusal = exc.args[0] if exc.args else str(exc)  # a Text: said in the user's language when shown
            self.setObsolete(True)
            if self.reporter is not None:
                self.reporter(self.refusal)

    return guarded


class DocumentCommand(QUndoCommand):
    """Base of every command: ``refusal`` holds the model's reason when it said no."""

    reporter: Callable[[str], None] | None = None  # told the reason of a refusal

    def __init__(self, doc: JourneyDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.refusal: str | None = None

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        for name in ("redo", "undo"):
            if name in cls.__dict__:
                setattr(cls, name, _guarded(cls.__dict__[name]))


# ============================================================================ cards
class AddCardsCommand(DocumentCommand):
    """Add cards (new, pasted or duplicated) and the connections among them, as one step."""

    def __init__(
        self,
        doc: JourneyDocument,
        cards: Iterable[tuple[Card, int | None]],
        connections: Iterable[Connection] = (),
        text: str | None = None,
    ) -> None:
        self.cards = list(cards)
        self.connections = list(connections)
        count = len(self.cards)  # a plain name: lupdate skips texts whose count is an expression
        super().__init__(doc, text or QCoreApplication.translate("commands", "Add %n card(s)", None, count))

    def redo(self) -> None:
        added_cards: list[str] = []
        added_conns: list[str] = []
        try:
            for card, index in self.cards:
                self.doc.add_card(card, index)
                added_cards.append(card.id)
            for conn in self.connections:
                self.doc.add_connection(conn)
                added_conns.append(conn.id)
        except ModelError:  # all or nothing: take back what was added before the refusal
            self.doc.remove_connections(added_conns)
            self.doc.remove_cards(added_cards)
            raise

    def undo(self) -> None:
        # Connections first: one may join two cards that were there before this command.
        self.doc.remove_connections([conn.id for conn in self.connections])
        self.doc.remove_cards([card.id for card, _ in self.cards])


class RemoveItemsCommand(DocumentCommand):
    """Delete cards and connections (a card takes its connections with it)."""

    def __init__(self, doc: JourneyDocument, card_ids: Iterable[str] = (), conn_ids: Iterable[str] = ()) -> None:
        self.card_ids = list(card_ids)
        self.conn_ids = list(conn_ids)
        count = len(self.card_ids) + len(self.conn_ids)
        super().__init__(doc, QCoreApplication.translate("commands", "Delete %n item(s)", None, count))
        self.removals: list[Removal] = []

    def redo(self) -> None:
        connections = self.doc.remove_connections(self.conn_ids)
        try:
            cards = self.doc.remove_cards(self.card_ids)
        except ModelError:  # all or nothing: put the connections back before reporting the refusal
            self.doc.restore(connections)
            raise
        self.removals = [connections, cards]

    def undo(self) -> None:
        for removal in reversed(self.removals):
            self.doc.restore(removal)


class MoveCardsCommand(DocumentCommand):
    """Move cards to cells or reorder them inside one; a whole drag is one command."""

    def __init__(self, doc: JourneyDocument, moves: Iterable[tuple[str, str, str, int | None]]) -> None:
        self.moves = list(moves)
        count = len(self.moves)
        super().__init__(doc, QCoreApplication.translate("commands", "Move %n card(s)", None, count))
        self.inverse: list[tuple[str, str, str, int]] = []

    def redo(self) -> None:
        self.inverse = self.doc.move_cards(self.moves)

    def undo(self) -> None:
        self.doc.move_cards(list(reversed(self.inverse)))


# ============================================================================ properties
_MERGE_ID = 0x4A4D  # any constant: QUndoStack only merges commands with equal ids


class SetPropertiesCommand(DocumentCommand):
    """Change fields of one card, connection, stage, step, lane, persona or the map itself.

    With ``merge=True`` consecutive changes of the same fields of the same target
    (typing in the inspector, dragging a slider) become one undo step.
    """

    TARGETS = ("card", "connection", "stage", "step", "lane", "persona", "map")

    def __init__(
        self,
        doc: JourneyDocument,
        target: str,
        target_id: str | None,
        changes: dict,
        merge: bool = False,
        text: str | None = None,
    ) -> None:
        if target not in self.TARGETS:
            raise ValueError(f"unknown target {target!r}")
        self.target = target
        self.target_id = target_id
        self.new = dict(changes)
        self.old: dict = {}
        self.merge = merge
        text = text or QCoreApplication.translate("commands", "Change %1").replace("%1", target_label(target))
        super().__init__(doc, text)

    def _apply(self, values: dict):
        if self.target == "map":
            return self.doc.set_info(**values)
        update = getattr(self.doc, f"update_{self.target}")
        return update(self.target_id, **values)

    def redo(self) -> None:
        before = self._apply(self.new)
        if not self.old:
            self.old = {key: getattr(before, key) for key in self.new}

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetPropertiesCommand) or not other.merge:
            return False
        if (other.target, other.target_id, other.new.keys()) != (self.target, self.target_id, self.new.keys()):
            return False
        self.new = dict(other.new)
        return True


def target_label(target: str) -> str:
    labels = {
        "card": QCoreApplication.translate("commands", "card"),
        "connection": QCoreApplication.translate("commands", "connection"),
        "stage": QCoreApplication.translate("commands", "stage"),
        "step": QCoreApplication.translate("commands", "step"),
        "lane": QCoreApplication.translate("commands", "lane"),
        "persona": QCoreApplication.translate("commands", "persona"),
        "map": QCoreApplication.translate("commands", "map"),
    }
    return labels[target]


# ============================================================================ connections
class AddConnectionCommand(DocumentCommand):
    def __init__(self, doc: JourneyDocument, conn: Connection) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Connect cards"))
        self.conn = conn

    def redo(self) -> None:
        self.doc.add_connection(self.conn)

    def undo(self) -> None:
        self.doc.remove_connections([self.conn.id])


# ============================================================================ grid and cast
class AddStructureCommand(DocumentCommand):
    """Add a stage, a step (into ``stage_id``), a lane or a persona at an index."""

    def __init__(
        self,
        doc: JourneyDocument,
        item: Stage | Step | Lane | Persona,
        index: int | None = None,
        stage_id: str | None = None,
    ) -> None:
        kind = _kind_of(item)
        super().__init__(doc, QCoreApplication.translate("commands", "Add %1").replace("%1", target_label(kind)))
        self.part = kind
        self.item = item
        self.index = index
        self.stage_id = stage_id

    def redo(self) -> None:
        if self.part == "step":
            self.doc.add_step(self.stage_id, self.item, self.index)
        else:
            getattr(self.doc, f"add_{self.part}")(self.item, self.index)

    def undo(self) -> None:
        getattr(self.doc, f"remove_{self.part}")(self.item.id)


class RemoveStructureCommand(DocumentCommand):
    """Remove a stage, step, lane or persona; cards go with it or move to ``move_cards_to``."""

    def __init__(self, doc: JourneyDocument, kind: str, item_id: str, move_cards_to: str | None = None) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Delete %1").replace("%1", target_label(kind)))
        self.part = kind
        self.item_id = item_id
        self.move_cards_to = move_cards_to
        self.removal: Removal | None = None

    def redo(self) -> None:
        remove = getattr(self.doc, f"remove_{self.part}")
        if self.part == "persona":
            self.removal = remove(self.item_id)
        else:
            self.removal = remove(self.item_id, move_cards_to=self.move_cards_to)

    def undo(self) -> None:
        self.doc.restore(self.removal)


class MoveStructureCommand(DocumentCommand):
    """Reorder a stage, lane or persona, or move a step (possibly into another stage)."""

    def __init__(self, doc: JourneyDocument, kind: str, item_id: str, index: int, stage_id: str | None = None) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Move %1").replace("%1", target_label(kind)))
        self.part = kind
        self.item_id = item_id
        self.index = index
        self.stage_id = stage_id
        self.previous: tuple | int | None = None

    def redo(self) -> None:
        if self.part == "step":
            self.previous = self.doc.move_step(self.item_id, self.stage_id, self.index)
        else:
            self.previous = getattr(self.doc, f"move_{self.part}")(self.item_id, self.index)

    def undo(self) -> None:
        if self.part == "step":
            old_stage, old_index = self.previous
            self.doc.move_step(self.item_id, old_stage, old_index)
        else:
            getattr(self.doc, f"move_{self.part}")(self.item_id, self.previous)


def _kind_of(item) -> str:
    for kind, cls in (("stage", Stage), ("step", Step), ("lane", Lane), ("persona", Persona)):
        if isinstance(item, cls):
            return kind
    raise TypeError(f"cannot add {type(item).__name__}")

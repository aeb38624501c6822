"""The one door for edits: every change a user makes to a map goes through a ``MapEditor``.

The editor owns the document and its undo stack and has one typed method per user
operation. Gestures, keys, menus, dialogs, the inspector and quick add call these
methods; nothing else pushes onto the undo stack (tests/test_edit_door.py checks). Rules
about what is allowed (no card on the emotion lane, one emotion lane, the last stage
stays) live here once, and a request they refuse is said through ``message``; a command
the model refuses is said through ``refused`` with the model's reason.

A live session or an import hooks here too: ``apply`` takes any ready command and
``batch`` makes several operations one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Card, ChangeEvent, Connection, JourneyDocument, Persona
from ..model.kinds import card_kind_for_lane
from .commands import (
    AddCardsCommand,
    AddConnectionCommand,
    AddStructureCommand,
    DocumentCommand,
    MoveCardsCommand,
    MoveStructureCommand,
    RemoveItemsCommand,
    RemoveStructureCommand,
    SetPropertiesCommand,
)
from .following import stop_following_when_destroyed
from .structure_edits import StructureEditsMixin


def tr(text: str) -> str:
    return QCoreApplication.translate("MapEditor", text)


_MISSING = object()


class MapEditor(StructureEditsMixin, QObject):
    """Owns a document and its undo stack; the only object that pushes commands."""

    message = Signal(str)  # a request the editor's rules decline, in the user's words
    refused = Signal(str)  # a command the model refused: its reason; nothing changed
    documentReplaced = Signal(object)  # another document is being edited (the history starts afresh)
    documentChanged = Signal(object)  # a ChangeEvent of the document being edited, for widgets that follow it

    def __init__(self, document: JourneyDocument, undo_stack: QUndoStack | None = None, parent=None) -> None:
        super().__init__(parent)
        if undo_stack is None:
            undo_stack = QUndoStack(self)
            # Its destructor clears it, which signals indexChanged into listeners that may be half
            # gone (a scene the garbage collector is taking apart): once this editor goes, it is quiet.
            self.destroyed.connect(lambda *_args: undo_stack.blockSignals(True))
        self.undo_stack = undo_stack
        self.document = document
        document.subscribe(self._relay)
        stop_following_when_destroyed(self, "_relay")

    def set_document(self, document: JourneyDocument) -> None:
        """Edit another document: the old one's history goes, listeners are told."""
        self.undo_stack.clear()
        self.document.unsubscribe(self._relay)
        self.document = document
        document.subscribe(self._relay)
        self.documentReplaced.emit(document)

    def _relay(self, event: ChangeEvent) -> None:
        self.documentChanged.emit(event)

    # ----------------------------------------------------------------- the door itself
    def apply(self, command: QUndoCommand) -> bool:
        """Push a ready command (an import, a batch); False when the model refused it."""
        if isinstance(command, DocumentCommand):
            command.reporter = self.refused.emit
        self.undo_stack.push(command)
        return getattr(command, "refusal", None) is None

    @contextmanager
    def batch(self, text: str) -> Iterator[None]:
        """Everything applied inside is one undo step called ``text``."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def decline(self, text: str) -> None:
        """Say why a request was not carried out (nothing changed)."""
        self.message.emit(text)

    # ----------------------------------------------------------------- cards
    def lane_holds_cards(self, lane_id: str) -> bool:
        """The one rule of where a card may go: any lane but the emotion lane."""
        if card_kind_for_lane(self.document.lane(lane_id).kind) is None:
            self.decline(tr("Cards cannot be placed on the emotion lane"))
            return False
        return True

    def add_card(self, step_id: str, lane_id: str, title: str = "", index: int | None = None,
                 text: str | None = None) -> str | None:
        """A new card in a cell; returns its id, or None when the lane holds no cards."""
        if not self.lane_holds_cards(lane_id):
            return None
        doc = self.document
        card = Card(doc.new_id("card"), step_id, lane_id, title)
        ok = self.apply(AddCardsCommand(doc, [(card, index)], text=text or tr("Add card")))
        return card.id if ok else None

    def add_cards(self, cards: list[tuple[Card, int | None]], connections: Iterable[Connection] = (),
                  text: str | None = None) -> list[str]:
        """Ready cards (pasted, duplicated, imported) and the connections among them, as one step."""
        if not cards:
            return []
        ok = self.apply(AddCardsCommand(self.document, cards, connections, text=text))
        return [card.id for card, _ in cards] if ok else []

    def move_cards(self, moves: list[tuple[str, str, str, int | None]]) -> bool:
        """Cards to (step, lane, index) as one step: a drag, Alt+arrows."""
        if not moves:
            return False
        return self.apply(MoveCardsCommand(self.document, moves))

    def delete_items(self, card_ids: Iterable[str] = (), conn_ids: Iterable[str] = (), text: str | None = None) -> bool:
        """Delete cards (with their connections) and connections as one step."""
        command = RemoveItemsCommand(self.document, card_ids, conn_ids)
        if not command.card_ids and not command.conn_ids:
            return False
        if text:
            command.setText(text)
        return self.apply(command)

    def connect_cards(self, source: str, target: str) -> str | None:
        """A connection from one card to another; returns its id."""
        doc = self.document
        conn = Connection(doc.new_id("conn"), source, target)
        return conn.id if self.apply(AddConnectionCommand(doc, conn)) else None

    # ----------------------------------------------------------------- properties
    def _current(self, target: str, target_id: str | None):
        return self.document.info if target == "map" else getattr(self.document, target)(target_id)

    def set_properties(self, target: str, target_id: str | None, changes: dict, merge: bool = False,
                       text: str | None = None) -> bool:
        """Change fields of a card, connection, stage, step, lane, persona or the map.

        Fields that already hold the value are left out; ``merge`` makes a run of edits
        of the same fields (typing, a slider) one undo step.
        """
        current = self._current(target, target_id)
        changes = {key: value for key, value in changes.items() if getattr(current, key, _MISSING) != value}
        if not changes:
            return False
        return self.apply(SetPropertiesCommand(self.document, target, target_id, changes, merge=merge, text=text))

    def set_cards_property(self, card_ids: Iterable[str], name: str, value, text: str) -> bool:
        """Set one field on several cards as one undo step."""
        doc = self.document
        card_ids = [c for c in card_ids if getattr(doc.card(c), name) != value]
        if not card_ids:
            return False
        with self.batch(text):
            for card_id in card_ids:
                self.apply(SetPropertiesCommand(doc, "card", card_id, {name: value}))
        return True

    def set_many_properties(self, edits: Iterable[tuple[str, str, dict]], text: str) -> bool:
        """Fields of several cards and connections (the inspector's selection form) as one undo step.

        Each edit is (target, id, changes); fields that already hold their value are left out.
        """
        wanted = []
        for target, target_id, changes in edits:
            current = self._current(target, target_id)
            changed = {key: value for key, value in changes.items() if getattr(current, key, _MISSING) != value}
            if changed:
                wanted.append(SetPropertiesCommand(self.document, target, target_id, changed))
        if not wanted:
            return False
        with self.batch(text):
            for command in wanted:
                self.apply(command)
        return True

    def set_map_info(self, changes: dict, text: str | None = None, merge: bool = False) -> bool:
        """Title, description, language or direction of the map."""
        return self.set_properties("map", None, changes, merge=merge, text=text)

    # ----------------------------------------------------------------- personas
    def add_persona(self, name: str, color: str, index: int | None = None) -> str | None:
        persona = Persona(self.document.new_id("persona"), name, color=color)
        return persona.id if self.apply(AddStructureCommand(self.document, persona, index)) else None

    def remove_persona(self, persona_id: str) -> bool:
        return self.apply(RemoveStructureCommand(self.document, "persona", persona_id))

    def move_persona(self, persona_id: str, index: int) -> bool:
        return self.apply(MoveStructureCommand(self.document, "persona", persona_id, index))

    # ----------------------------------------------------------------- imports
    def apply_import(self, changes, text: str | None = None) -> bool:
        """What an import from a spreadsheet changes (``io.xlsx_import.ImportChanges``), as one undo step."""
        from .import_command import ImportCommand

        return self.apply(ImportCommand(self.document, changes, text))

"""Turning a preview (with the user's choices) into changes, and applying them all or none.

``plan_changes`` picks what to apply: every change and addition, the sheet's or the map's
value for each conflict, the deletions only when confirmed. ``apply_changes`` runs them
on the document and returns the steps that undo them, so the editor can make the whole
import one undo step and the command line can write the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ...model import Card, Connection, JourneyDocument, ModelError, Persona
from .preview import Preview

Undo = list[Callable[[], object]]


@dataclass
class ImportChanges:
    personas_added: list[Persona] = field(default_factory=list)
    persona_updates: dict[str, dict] = field(default_factory=dict)
    cards_added: list[Card] = field(default_factory=list)
    card_updates: dict[str, dict] = field(default_factory=dict)
    card_moves: dict[str, dict] = field(default_factory=dict)  # id -> {"step": ..., "lane": ...}
    connections_added: list[Connection] = field(default_factory=list)
    connection_updates: dict[str, dict] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=lambda: {"connections": [], "cards": [], "personas": []})

    def count(self) -> int:
        return (len(self.personas_added) + len(self.persona_updates) + len(self.cards_added)
                + len(self.card_updates.keys() | self.card_moves.keys()) + len(self.connections_added)
                + len(self.connection_updates) + sum(len(ids) for ids in self.removed.values()))


class UnresolvedConflicts(ValueError):
    """A conflict with no choice made: nothing can be applied."""


def plan_changes(preview: Preview, choices: dict[str, str] | None = None, default: str | None = None,
                 delete: bool | set[str] = False) -> ImportChanges:
    """The changes to make; ``choices`` maps a conflict's key to 'map' or 'sheet', ``default`` for the rest."""
    choices = choices or {}
    changes = ImportChanges()
    for item in preview.added:
        {"cards": changes.cards_added, "connections": changes.connections_added,
         "personas": changes.personas_added}[item.sheet].append(item.item)
    for item in preview.changed:
        for change in item.fields:
            _set(changes, item.sheet, item.id, change.field, change.value)
    unresolved = []
    for conflict in preview.conflicts:
        choice = choices.get(conflict.key, default)
        if choice == "sheet":
            _set(changes, conflict.sheet, conflict.id, conflict.field, conflict.sheet_value)
        elif choice != "map":
            unresolved.append(conflict.key)
    if unresolved:
        raise UnresolvedConflicts(", ".join(unresolved))
    for item in preview.deleted:
        if delete is True or (isinstance(delete, set) and item.id in delete):
            changes.removed[item.sheet].append(item.id)
    return changes


def _set(changes: ImportChanges, sheet: str, item_id: str, name: str, value) -> None:
    if sheet == "cards":
        target = changes.card_moves if name in ("step", "lane") else changes.card_updates
    else:
        target = changes.connection_updates if sheet == "connections" else changes.persona_updates
    target.setdefault(item_id, {})[name] = value


def apply_changes(doc: JourneyDocument, changes: ImportChanges) -> Undo:
    """Make every change, or (on a refusal) none: returns the undo steps, to be run in reverse."""
    undo: Undo = []
    try:
        _apply(doc, changes, undo)
    except ModelError:
        revert(undo)
        raise
    return undo


def revert(undo: Undo) -> None:
    for step in reversed(undo):
        step()


def _apply(doc: JourneyDocument, ch: ImportChanges, undo: Undo) -> None:
    for persona in ch.personas_added:
        doc.add_persona(persona)
        undo.append(lambda p=persona: doc.remove_persona(p.id))
    for persona_id, values in ch.persona_updates.items():
        old = doc.update_persona(persona_id, **values)
        undo.append(lambda i=persona_id, o=old, k=tuple(values): doc.update_persona(i, **{n: getattr(o, n) for n in k}))
    if ch.cards_added:
        doc.add_cards(ch.cards_added)
        undo.append(lambda ids=[c.id for c in ch.cards_added]: doc.remove_cards(ids))
    for card_id, values in ch.card_updates.items():  # one undo step each: a refusal half-way undoes the rest
        old = doc.update_card(card_id, **values)
        undo.append(lambda o=old: doc.replace_cards([o]))
    moves = []
    for card_id, place in ch.card_moves.items():
        card = doc.card(card_id)
        moves.append((card_id, place.get("step", card.step), place.get("lane", card.lane), None))
    if moves:
        inverse = doc.move_cards(moves)
        undo.append(lambda: doc.move_cards(list(reversed(inverse))))
    if ch.connections_added:
        doc.add_connections(ch.connections_added)
        undo.append(lambda ids=[c.id for c in ch.connections_added]: doc.remove_connections(ids))
    for conn_id, values in ch.connection_updates.items():
        _update_connection(doc, conn_id, values, undo)
    _remove(doc, ch, undo)


def _update_connection(doc: JourneyDocument, conn_id: str, values: dict, undo: Undo) -> None:
    """Label, share, personas in place; other ends by taking the connection out and putting it back, same id."""
    if not {"source", "target"} & values.keys():
        old = doc.update_connection(conn_id, **values)
        undo.append(lambda: doc.replace_connections([old]))
        return
    removal = doc.remove_connections([conn_id])
    try:
        doc.add_connection(replace(removal.connections[0], **values))
    except ModelError:
        doc.restore(removal)
        raise
    undo.append(lambda: (doc.remove_connections([conn_id]), doc.restore(removal)))


def _remove(doc: JourneyDocument, ch: ImportChanges, undo: Undo) -> None:
    for kind, remove in (("connections", doc.remove_connections), ("cards", doc.remove_cards)):
        ids = [item_id for item_id in ch.removed[kind]
               if (doc.has_connection(item_id) if kind == "connections" else doc.has_card(item_id))]
        if ids:
            removal = remove(ids)
            undo.append(lambda r=removal: doc.restore(r))
    for persona_id in ch.removed["personas"]:
        removal = doc.remove_persona(persona_id)
        undo.append(lambda r=removal: doc.restore(r))

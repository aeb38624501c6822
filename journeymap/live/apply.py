"""Bringing a local map to equal a target map through the document's methods (no Qt).

A peer's change arrives as the whole shared map; the binding builds the target from
it and calls ``apply_document``. Edits of cards and connections, the usual case while
people type, become the same fine-grained calls and events a local edit makes, so the
canvas updates only what changed. A change to the grid, the personas or the map's
info replaces the content at once (one "reset" event).
"""

from __future__ import annotations

from ..model import JourneyDocument


def same_structure(doc: JourneyDocument, target: JourneyDocument) -> bool:
    return (
        doc.info == target.info
        and doc.extra == target.extra
        and doc.personas() == target.personas()
        and doc.stages() == target.stages()
        and doc.lanes() == target.lanes()
    )


def apply_document(doc: JourneyDocument, target: JourneyDocument) -> bool:
    """Change ``doc`` until it equals ``target``; True when anything changed."""
    if not same_structure(doc, target):
        doc.replace_content(target)
        return True
    changed = _remove_missing(doc, target)
    new_cards = [card for card in target.cards() if not doc.has_card(card.id)]
    if new_cards:
        doc.add_cards(new_cards)
        changed = True
    changed = _place_cards(doc, target) or changed
    edited = [card for card in target.cards() if doc.card(card.id) != card]
    if edited:
        doc.replace_cards(edited)
        changed = True
    new_conns = [c for c in target.connections() if not doc.has_connection(c.id)]
    if new_conns:
        doc.add_connections(new_conns)
        changed = True
    edited_conns = [c for c in target.connections() if doc.connection(c.id) != c]
    if edited_conns:
        doc.replace_connections(edited_conns)
        changed = True
    return changed


def _remove_missing(doc: JourneyDocument, target: JourneyDocument) -> bool:
    gone_conns = [c.id for c in doc.connections() if not _same_ends(c, target)]
    if gone_conns:
        doc.remove_connections(gone_conns)
    gone_cards = [c.id for c in doc.cards() if not target.has_card(c.id)]
    if gone_cards:
        doc.remove_cards(gone_cards)
    return bool(gone_conns or gone_cards)


def _same_ends(conn, target: JourneyDocument) -> bool:
    if not target.has_connection(conn.id):
        return False
    other = target.connection(conn.id)
    return (other.source, other.target) == (conn.source, conn.target)


def _place_cards(doc: JourneyDocument, target: JourneyDocument) -> bool:
    """Move cards so every cell holds the target's cards in the target's order."""
    moves = []
    for (step_id, lane_id), ids in target.cells():
        if doc.cell_cards(step_id, lane_id) != ids:
            moves.extend((card_id, step_id, lane_id, index) for index, card_id in enumerate(ids))
    if moves:
        doc.move_cards(moves)
    return bool(moves)

"""Bringing a local map to equal a target map through the document's methods (no Qt).

A peer's change arrives as the whole shared map; the binding builds the target from
it and calls ``apply_document``. Edits of cards and connections, the usual case while
people type, become the same fine-grained calls and events a local edit makes, so the
canvas updates only what changed. A change to the grid, the personas or the map's
info replaces the content at once (one RESET event: the canvas is rebuilt).
"""

from __future__ import annotations

from ..io.journey_format import data_to_document
from ..model import JourneyDocument, ModelError
from .schema import Flat, flat_to_data, order_of


def same_structure(doc: JourneyDocument, target: JourneyDocument) -> bool:
    return doc.info == target.info and doc.extra == target.extra and _same_grid(doc, target)


def _same_grid(doc: JourneyDocument, target: JourneyDocument) -> bool:
    return doc.personas() == target.personas() and doc.stages() == target.stages() and doc.lanes() == target.lanes()


def apply_document(doc: JourneyDocument, target: JourneyDocument) -> bool:
    """Change ``doc`` until it equals ``target``; True when anything changed."""
    info_changed = doc.info != target.info
    if info_changed and doc.extra == target.extra and _same_grid(doc, target):
        info = target.info  # a retitled map: the canvas redraws its title, not every card
        doc.set_info(**{name: getattr(info, name) for name in info.__dataclass_fields__})
    if not same_structure(doc, target):
        doc.replace_content(target)
        return True
    changed = _remove_missing(doc, target) or info_changed
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


# ============================================================================ from the Doc's flat fields
def changed_ids(old: Flat, new: Flat) -> dict[str, set[str]] | None:
    """Root -> ids of the cards and connections that differ; None when anything else differs."""
    for root in ("map", "extra", "personas", "stages", "steps", "lanes"):
        if old.get(root) != new.get(root):
            return None
    changed = {}
    for root in ("cards", "connections"):
        before, after = old.get(root, {}), new.get(root, {})
        changed[root] = {i for i in before.keys() | after.keys() if before.get(i) != after.get(i)}
    return changed


def _narrowed(old: Flat, new: Flat, hint: dict[str, set[str]]) -> dict[str, set[str]] | None:
    if any(root not in ("cards", "connections") for root in hint):
        return changed_ids(old, new)
    changed = {}
    for root in ("cards", "connections"):
        before, after = old.get(root, {}), new.get(root, {})
        changed[root] = {i for i in hint.get(root, ()) if before.get(i) != after.get(i)}
    return changed


def pull_flat(doc: JourneyDocument, old: Flat, new: Flat, place: str, hint: dict[str, set[str]] | None = None) -> bool:
    """Bring ``doc`` (which shows ``old``) to show ``new``: the file checks first (raise ``FormatError``).

    When only cards and connections changed, just those are checked and applied (a
    keystroke of a peer costs what it touches, not the whole map); otherwise the whole
    map is read and checked again. ``hint``: root -> the only ids that may differ (what the
    Doc's events named), which spares comparing every card.
    """
    changed = changed_ids(old, new) if hint is None else _narrowed(old, new, hint)
    if changed is None:
        return apply_document(doc, data_to_document(flat_to_data(new), place))
    if not changed["cards"] and not changed["connections"]:
        return False
    target = _checked_parts(new, changed, place)
    try:
        return _apply_parts(doc, target, new, changed)
    except ModelError:  # an id taken by another kind of part, or the like: read everything
        return apply_document(doc, data_to_document(flat_to_data(new), place))


def _checked_parts(new: Flat, changed: dict[str, set[str]], place: str) -> JourneyDocument:
    """A small map: the grid, the changed cards and connections and the cards these join, checked."""
    cards, conns = new["cards"], new["connections"]
    wanted = {i for i in changed["cards"] if i in cards}
    for conn_id in changed["connections"]:
        fields = conns.get(conn_id)
        if fields is not None:
            wanted.update(end for end in (fields.get("from"), fields.get("to")) if end in cards)
    probe = {**new, "cards": {i: cards[i] for i in wanted}}
    probe["connections"] = {i: conns[i] for i in changed["connections"] if i in conns}
    return data_to_document(flat_to_data(probe), place)


def _apply_parts(doc: JourneyDocument, target: JourneyDocument, new: Flat, changed: dict[str, set[str]]) -> bool:
    card_ids, conn_ids = changed["cards"], changed["connections"]
    gone_conns = [i for i in conn_ids if doc.has_connection(i) and not _same_ends(doc.connection(i), target)]
    if gone_conns:
        doc.remove_connections(gone_conns)
    gone_cards = [i for i in card_ids if doc.has_card(i) and not target.has_card(i)]
    if gone_cards:
        doc.remove_cards(gone_cards)
    cells = {(doc.card(i).step, doc.card(i).lane) for i in card_ids if doc.has_card(i)}
    arriving = [target.card(i) for i in card_ids if target.has_card(i) and not doc.has_card(i)]
    if arriving:
        doc.add_cards(arriving)
    cells.update((target.card(i).step, target.card(i).lane) for i in card_ids if target.has_card(i))
    moves = []
    for step_id, lane_id in cells:
        wanted = _cell_order(new, doc, step_id, lane_id)
        if doc.cell_cards(step_id, lane_id) != wanted:
            moves.extend((card_id, step_id, lane_id, index) for index, card_id in enumerate(wanted))
    if moves:
        doc.move_cards(moves)
    edited = [target.card(i) for i in card_ids if target.has_card(i) and doc.card(i) != target.card(i)]
    if edited:
        doc.replace_cards(edited)
    arriving_conns = [target.connection(i) for i in conn_ids if target.has_connection(i) and not doc.has_connection(i)]
    if arriving_conns:
        doc.add_connections(arriving_conns)
    edited_conns = [
        target.connection(i) for i in conn_ids if target.has_connection(i) and doc.connection(i) != target.connection(i)
    ]
    if edited_conns:
        doc.replace_connections(edited_conns)
    return bool(gone_conns or gone_cards or arriving or moves or edited or arriving_conns or edited_conns)


def _cell_order(new: Flat, doc: JourneyDocument, step_id: str, lane_id: str) -> list[str]:
    """The cards of one cell as the Doc orders them (key, then id), among the cards the map holds."""
    members = [
        (order_of(fields), card_id)
        for card_id, fields in new["cards"].items()
        if fields.get("step") == step_id and fields.get("lane") == lane_id and doc.has_card(card_id)
    ]
    return [card_id for _, card_id in sorted(members)]

"""Questions the journey graph answers: where customers enter and leave, which paths
exist, where they drop out, which touchpoints nobody reaches, how they feel on the way.

Definitions (also in docs/file-format.md):
- an *entry* card has connections leaving it and none arriving;
- an *exit* card has connections arriving and none leaving;
- a *dead end* is an exit card before the map's last stage: customers stop there early;
- an *unreachable* card is one no path from an entry reaches: a connected card caught in a
  loop nobody enters, or a touchpoint with no connection at all while the map has connections.
Annotation cards (actions, questions...) without connections are normal and never warned about.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import JourneyDocument
from .kinds import lane_category
from .text import QT_TRANSLATE_NOOP, Text


def entry_cards(doc: JourneyDocument) -> list[str]:
    found = [c.id for c in doc.cards() if doc.in_degree(c.id) == 0 and doc.out_degree(c.id) > 0]
    return sorted(found, key=doc.timeline_key)


def exit_cards(doc: JourneyDocument) -> list[str]:
    found = [c.id for c in doc.cards() if doc.out_degree(c.id) == 0 and doc.in_degree(c.id) > 0]
    return sorted(found, key=doc.timeline_key)


def dead_ends(doc: JourneyDocument) -> list[str]:
    stages = doc.stages()
    if not stages:
        return []
    last_stage = stages[-1].id
    return [cid for cid in exit_cards(doc) if doc.stage_of_step(doc.card(cid).step).id != last_stage]


def reachable_cards(doc: JourneyDocument) -> set[str]:
    """Every card some path from an entry card passes through (entries included)."""
    import networkx as nx  # only path questions need networkx; the editor starts without it

    reached: set[str] = set()
    for entry in entry_cards(doc):
        if entry not in reached:
            reached.add(entry)
            reached |= nx.descendants(doc.graph, entry)
    return reached


def unreachable_cards(doc: JourneyDocument) -> list[str]:
    if doc.connection_count() == 0:
        return []
    reached = reachable_cards(doc)
    found = []
    for card in doc.cards():
        if card.id in reached:
            continue
        connected = doc.in_degree(card.id) + doc.out_degree(card.id) > 0
        is_touchpoint = lane_category(doc.lane(card.lane).kind) == "channel"
        if connected or is_touchpoint:
            found.append(card.id)
    return found


def paths(
    doc: JourneyDocument,
    source: str,
    target: str,
    *,
    max_paths: int = 100,
    max_length: int = 50,
) -> list[list[str]]:
    """Paths from ``source`` to ``target`` as lists of card ids.

    Loops are allowed: a path may pass a card again, but never uses the same
    connection twice, so a loop is walked at most once per connection. Bounded by
    ``max_paths`` results and ``max_length`` connections per path, so it always ends.
    """
    doc.card(source)
    doc.card(target)
    graph = doc.graph
    found: list[list[str]] = []
    if source == target:
        return [[source]]
    # Depth-first, with an explicit stack of (node, iterator over out-edges).
    path = [source]
    used: list[str] = []
    stack = [iter(list(graph.out_edges(source, keys=True)))]
    while stack and len(found) < max_paths:
        try:
            _, nxt, key = next(stack[-1])
        except StopIteration:
            stack.pop()
            path.pop()
            if used:
                used.pop()
            continue
        if key in used:
            continue
        if nxt == target:
            found.append(path + [nxt])
            continue
        if len(used) + 1 >= max_length:
            continue
        path.append(nxt)
        used.append(key)
        stack.append(iter(list(graph.out_edges(nxt, keys=True))))
    return found


def journey_paths(doc: JourneyDocument, *, max_paths: int = 100, max_length: int = 50) -> list[list[str]]:
    """Every path from an entry card to an exit card, within the same bounds as ``paths``."""
    result: list[list[str]] = []
    for entry in entry_cards(doc):
        for exit_ in exit_cards(doc):
            left = max_paths - len(result)
            if left <= 0:
                return result
            result.extend(paths(doc, entry, exit_, max_paths=left, max_length=max_length))
    return result


@dataclass(frozen=True)
class EmotionPoint:
    card_id: str
    step_index: int
    score: int


def emotion_along(doc: JourneyDocument, card_ids: list[str]) -> list[EmotionPoint]:
    """The emotion scores met along a path, in path order (unscored cards skipped)."""
    points = []
    for card_id in card_ids:
        card = doc.card(card_id)
        if card.emotion is not None:
            points.append(EmotionPoint(card_id, doc.step_index(card.step), card.emotion))
    return points


def emotion_curve(doc: JourneyDocument, persona_id: str | None = None) -> list[EmotionPoint]:
    """Scored cards in timeline order; for a persona, the cards that name it or name nobody.

    A card without personas speaks for every persona, which is how maps are usually drawn.
    """
    if persona_id is not None:
        doc.persona(persona_id)
    points = []
    for card in doc.cards():
        if card.emotion is None:
            continue
        if persona_id is not None and card.personas and persona_id not in card.personas:
            continue
        points.append(EmotionPoint(card.id, doc.step_index(card.step), card.emotion))
    return points


def persona_cards(doc: JourneyDocument, persona_id: str) -> set[str]:
    """Cards on a persona's paths: those naming it, those naming nobody, and the ends of its connections."""
    doc.persona(persona_id)
    chosen = {c.id for c in doc.cards() if not c.personas or persona_id in c.personas}
    for conn in persona_connections(doc, persona_id):
        chosen.update((conn.source, conn.target))
    return chosen


def persona_connections(doc: JourneyDocument, persona_id: str) -> list:
    """Connections a persona takes: those naming it, and those naming nobody."""
    doc.persona(persona_id)
    return [c for c in doc.connections() if not c.personas or persona_id in c.personas]


def warnings(doc: JourneyDocument) -> list[Text]:
    """Readable warnings about the graph, for ``journeymap check`` and the editor (English; ``i18n.localized``)."""
    messages = []
    for cid in dead_ends(doc):
        card = doc.card(cid)
        stage = doc.stage_of_step(card.step)
        messages.append(Text(QT_TRANSLATE_NOOP(
            "messages", "dead end: customers stop at %1 (%2), before the last stage"), repr(card.title), stage.name))
    for cid in unreachable_cards(doc):
        card = doc.card(cid)
        lane = doc.lane(card.lane).name
        unreachable = QT_TRANSLATE_NOOP("messages", "unreachable: no path reaches %1 (%2)")
        messages.append(Text(unreachable, repr(card.title), lane))
    return messages

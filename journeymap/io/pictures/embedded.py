"""The map a PNG carries inside: what the picture shows of it, never more.

A picture of the whole map carries the whole map; a picture of a selection carries the
selected cards, the connections between them, the personas they name, and the stages,
steps and lanes they stand in (the emotion lane too when they carry feelings): the picture
of a selection is drawn from this small map, and opens again as it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...model import JourneyDocument
from ..journey_file import document_to_json, parse_json_text


def embedded_map(doc: JourneyDocument, selection: Iterable[str]) -> JourneyDocument:
    """``doc`` itself for no selection, else a copy holding only what the selection shows."""
    chosen = {card_id for card_id in selection if doc.has_card(card_id)}
    if not chosen:
        return doc
    part = parse_json_text(document_to_json(doc), "")
    part.remove_cards([card.id for card in part.cards() if card.id not in chosen])
    named = {p for card in part.cards() for p in card.personas} | {
        p for conn in part.connections() for p in conn.personas
    }
    for persona in part.personas():
        if persona.id not in named:
            part.remove_persona(persona.id)
    steps = {card.step for card in part.cards()}
    lanes = {card.lane for card in part.cards()}
    emotion = part.emotion_lane()
    if emotion is not None and any(card.emotion is not None for card in part.cards()):
        lanes.add(emotion.id)  # the selected cards' feelings keep their curve
    for lane in part.lanes():
        if lane.id not in lanes:
            part.remove_lane(lane.id)
    for stage in part.stages():
        kept = [step for step in stage.steps if step.id in steps]
        if not kept:
            part.remove_stage(stage.id)
            continue
        for step in stage.steps:
            if step.id not in steps:
                part.remove_step(step.id)
    return part

"""Quick add: one typed line becomes a card or a connection.

Syntax (documented in docs/shortcuts.md):

- ``Stage / Lane: text``         a card at the end of that stage's LAST step, in that lane;
- ``Stage / Step / Lane: text``  a card in that step and lane;
- ``Card A -> Card B``           a connection between two cards found by title
  (``→`` works too).

Names are matched loosely and in any script, Hebrew included: first exactly
(ignoring case and spacing), then as a prefix, then as a part of the name, then
by similarity (``difflib``). ``parse_quick_add`` only reads the document and
returns a plan or a readable error; ``apply_plan`` turns the plan into one undo step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..model import JourneyDocument
from ..model.kinds import card_kind_for_lane
from ..model.names import best_match, normalise  # noqa: F401 (normalise: part of this module's interface)
from .keyboard_connect import connect_cards

ARROW = re.compile(r"\s*(?:->|→|=>)\s*")


def tr(text: str) -> str:
    return QCoreApplication.translate("QuickAdd", text)


@dataclass(frozen=True)
class CardPlan:
    step_id: str
    lane_id: str
    title: str


@dataclass(frozen=True)
class ConnectionPlan:
    source_id: str
    target_id: str


class QuickAddError(ValueError):
    """A line that names nothing on the map; the message is ready to show."""


def parse_quick_add(doc: JourneyDocument, line: str) -> CardPlan | ConnectionPlan:
    """What ``line`` asks for; raises QuickAddError with a readable message when it cannot be done."""
    text = line.strip()
    if not text:
        raise QuickAddError(tr("Type “Stage / Lane: text” to add a card, or “Card -> Card” to connect two cards"))
    head, colon, title = text.partition(":")
    if colon and "/" in head:
        return _card_plan(doc, [part.strip() for part in head.split("/")], title.strip())
    if ARROW.search(text):
        return _connection_plan(doc, ARROW.split(text, maxsplit=1))
    raise QuickAddError(tr("Type “Stage / Lane: text” to add a card, or “Card -> Card” to connect two cards"))


def _card_plan(doc: JourneyDocument, parts: list[str], title: str) -> CardPlan:
    if len(parts) not in (2, 3) or not all(parts):
        raise QuickAddError(tr("Name a stage and a lane (and optionally a step): “Stage / Lane: text”"))
    if not title:
        raise QuickAddError(tr("Type the card's text after the colon"))
    stage_id = best_match(parts[0], [(s.id, s.name) for s in doc.stages()])
    if stage_id is None:
        raise QuickAddError(tr("No stage is called “%1”").replace("%1", parts[0]))
    steps = doc.stage(stage_id).steps
    step_id = steps[-1].id
    if len(parts) == 3:
        step_id = best_match(parts[1], [(s.id, s.name) for s in steps])
        if step_id is None:
            message = tr("Stage “%1” has no step called “%2”")
            raise QuickAddError(message.replace("%1", doc.stage(stage_id).name).replace("%2", parts[1]))
    emotion = doc.emotion_lane()
    if emotion is not None and normalise(emotion.name).startswith(normalise(parts[-1])):
        raise QuickAddError(tr("The emotion lane holds no cards; set a card's emotion with the keys 1–5"))
    card_lanes = [(lane.id, lane.name) for lane in doc.lanes() if card_kind_for_lane(lane.kind) is not None]
    lane_id = best_match(parts[-1], card_lanes)
    if lane_id is None:
        raise QuickAddError(tr("No lane is called “%1”").replace("%1", parts[-1]))
    return CardPlan(step_id, lane_id, title)


def _connection_plan(doc: JourneyDocument, ends: list[str]) -> ConnectionPlan:
    if len(ends) != 2 or not all(end.strip() for end in ends):
        raise QuickAddError(tr("Name two cards to connect: “Card -> Card”"))
    titles = [(card.id, card.title) for card in doc.cards()]
    found = []
    for end in ends:
        card_id = best_match(end, titles)
        if card_id is None:
            raise QuickAddError(tr("No card is called “%1”").replace("%1", end.strip()))
        found.append(card_id)
    if found[0] == found[1]:
        raise QuickAddError(tr("Both names match the same card; type more of each title"))
    return ConnectionPlan(found[0], found[1])


def apply_plan(scene, plan: CardPlan | ConnectionPlan) -> str:
    """Carry out a plan as one undo step; returns the new card's or connection's id."""
    if isinstance(plan, ConnectionPlan):
        return connect_cards(scene, plan.source_id, plan.target_id)
    card_id = scene.map_editor.add_card(plan.step_id, plan.lane_id, plan.title, text=tr("Quick add"))
    if card_id is None:
        return None
    scene.select_ids([card_id])
    scene.focus_cell = (plan.step_id, plan.lane_id)
    scene.apply_geometry()
    scene._apply_focus_cell()
    return card_id


def quick_add(scene, line: str) -> str:
    """Parse and apply one line; raises QuickAddError (and changes nothing) when it names nothing."""
    return apply_plan(scene, parse_quick_add(scene.document, line))

"""What the page's script knows of the map: one JSON object, escaped to sit inside a <script>.

Cards carry their box in the picture's coordinates (the SVG's viewBox), so a click on
the drawn map finds its card. Every user text goes to the page as JSON data and is put
on the page with ``textContent``; the JSON itself has ``<``, ``>`` and ``&`` escaped, so
no title can close the script element it sits in.
"""

from __future__ import annotations

import json

from ...model import JourneyDocument, queries
from ...model.kinds import CARD_KIND_LABELS
from ..pictures.legend import legend_entries


def card_boxes(scene, frame) -> dict[str, tuple[float, float, float, float]]:
    """Each card's (x, y, w, h) in the picture, from the scene's layout and the picture's frame."""
    dx = frame.target.x() - frame.source.x()
    dy = frame.target.y() - frame.source.y()
    return {
        card_id: (round(box.x + dx, 1), round(box.y + dy, 1), round(box.w, 1), round(box.h, 1))
        for card_id, box in scene.layout.cards.items()
    }


def page_data(doc: JourneyDocument, boxes: dict, labels: dict[str, str]) -> dict:
    stage_of = {step.id: stage for stage in doc.stages() for step in stage.steps}
    steps = {step.id: step for step in doc.steps()}
    lanes = {lane.id: lane for lane in doc.lanes()}
    cards = []
    for card in doc.cards():
        kind = doc.card_kind(card.id)
        stage = stage_of.get(card.step)
        cards.append(
            {
                "id": card.id,
                "title": card.title,
                "description": card.description,
                "kind": labels.get("kind:" + kind, CARD_KIND_LABELS.get(kind, kind)),
                "stage": stage.name if stage else "",
                "step": steps[card.step].name if card.step in steps else "",
                "lane": lanes[card.lane].name if card.lane in lanes else "",
                "emotion": card.emotion,
                "moment": card.moment_of_truth,
                "owner": card.owner,
                "kpis": [kpi.display() for kpi in card.kpis],
                "personas": list(card.personas),
                "box": boxes.get(card.id),
            }
        )
    return {
        "title": doc.info.title,
        "description": doc.info.description,
        "rtl": doc.info.direction == "rtl",
        "personas": [
            {"id": p.id, "name": p.name, "color": p.color, "description": p.description, "goals": list(p.goals)}
            for p in doc.personas()
        ],
        "personaCards": {p.id: sorted(queries.persona_cards(doc, p.id)) for p in doc.personas()},
        "cards": cards,
        "connections": [
            {"source": c.source, "target": c.target, "label": c.label, "share": c.share} for c in doc.connections()
        ],
        "legend": [
            {"mark": e.mark, "text": e.text.replace("\u200e", ""), "color": e.color} for e in legend_entries(doc)
        ],
        "labels": labels,
    }


def script_json(data: dict) -> str:
    """JSON safe inside a <script> element (no '</script>', no '<!--', no line separators)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text

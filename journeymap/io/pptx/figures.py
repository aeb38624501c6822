"""What a stage slide's notes say about the stage: its cards by role, its reach and lowest emotion.

Reach (the share of customers who arrive in the stage) comes from the journey analysis
(``journeymap.model.analysis.stage_summary``); the notes leave it out for a map without
connections to follow. The cards by role are read from the map here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Card, JourneyDocument, Stage


@dataclass
class StageFigures:
    friction: list[Card] = field(default_factory=list)
    opportunities: list[Card] = field(default_factory=list)
    moments_of_truth: list[Card] = field(default_factory=list)
    lowest: Card | None = None  # the card with the lowest emotion score
    reach: float | None = None  # 0..1, from the analysis


def stage_figures(doc: JourneyDocument, stage: Stage, reach: dict[str, float] | None = None) -> StageFigures:
    steps = {step.id for step in stage.steps}
    figures = StageFigures(reach=(reach or {}).get(stage.id))
    for (step_id, _lane), ids in doc.cells():
        if step_id not in steps:
            continue
        for card_id in ids:
            card = doc.card(card_id)
            kind = doc.card_kind(card_id)
            if kind == "friction":
                figures.friction.append(card)
            elif kind == "opportunity":
                figures.opportunities.append(card)
            if card.moment_of_truth:
                figures.moments_of_truth.append(card)
            if card.emotion is not None and (figures.lowest is None or card.emotion < figures.lowest.emotion):
                figures.lowest = card
    return figures


def stage_reach(doc: JourneyDocument) -> dict[str, float]:
    """Stage id -> share of customers reaching it (the analysis's stage summary); none without connections."""
    from ...model.analysis import stage_summary

    return {row.id: row.reach for row in stage_summary(doc) if row.reach is not None}

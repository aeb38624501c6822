"""What a stage slide's notes say about the stage: its cards by role, its reach and lowest emotion.

Reach (the share of customers who arrive in the stage) comes from the journey analysis
(``journeymap.model.analysis``) when that module is present; until then the notes leave
it out. Everything else is read from the map here.
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
    """Stage id -> share of customers reaching it, from the analysis module; empty without it."""
    try:
        from ...model import analysis  # type: ignore[attr-defined]
    except ImportError:
        return {}
    summary = getattr(analysis, "stage_summary", None)
    if summary is None:
        return {}
    found = {}
    for row in summary(doc):
        stage_id = row.get("id") if isinstance(row, dict) else getattr(row, "id", None)
        value = row.get("reach") if isinstance(row, dict) else getattr(row, "reach", None)
        if stage_id is not None and isinstance(value, int | float):
            found[stage_id] = float(value)
    return found

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
    arrivals: list[tuple[Card, str]] = field(default_factory=list)  # (card elsewhere, its stage's name) leading in
    departures: list[tuple[Card, str]] = field(default_factory=list)  # ... and leading on: not drawn on the slide


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
    _crossings(doc, steps, figures)
    return figures


def _crossings(doc: JourneyDocument, steps: set[str], figures: StageFigures) -> None:
    """Connections with one end in the stage: the slide shows only the stage, the notes say where they go."""
    seen: set[tuple[str, str]] = set()
    for conn in doc.connections():
        source, target = doc.card(conn.source), doc.card(conn.target)
        inside_source, inside_target = source.step in steps, target.step in steps
        if inside_source == inside_target:
            continue
        other, found = (target, figures.departures) if inside_source else (source, figures.arrivals)
        key = ("out" if inside_source else "in", other.id)
        if key not in seen:
            seen.add(key)
            found.append((other, doc.stage_of_step(other.step).name))


def stage_reach(doc: JourneyDocument) -> dict[str, float]:
    """Stage id -> share of customers reaching it (the analysis's stage summary); none without connections."""
    from ...model.analysis import stage_summary

    return {row.id: row.reach for row in stage_summary(doc) if row.reach is not None}

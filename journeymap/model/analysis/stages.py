"""The stage summary (the gap view): per stage, how customers feel, what hurts, who runs it, who gets there.

``stage_summary(doc)`` is the small, stable entry point other parts use (speaker notes of a
slide deck read ``reach`` and ``emotion_min`` from it).
"""

from __future__ import annotations

from ...collector import cycle_collector_paused
from ..document import JourneyDocument
from ..kinds import lane_category
from . import markov
from .flow import Chain, build_chain
from .result import StageSummary
from .snapshot import snapshot_of


def speaks_for(doc: JourneyDocument, persona: str | None, chain: Chain) -> set[str]:
    """Cards that count for a persona: naming it or nobody, and the ends of its connections."""
    if persona is None:
        return {c.id for c in doc.cards()}
    chosen = {c.id for c in doc.cards() if not c.personas or persona in c.personas}
    for conn in chain.connections:
        chosen.update((conn.source, conn.target))
    return chosen


def stage_reach(chain: Chain, rows, states: set[int]) -> float | None:
    """The share of entering customers who arrive at one of ``states`` at least once."""
    if not chain.connections:
        return None
    if not states:
        return 0.0
    return markov.hitting(rows, chain.entries, states)


def summarise_stages(doc: JourneyDocument, chain: Chain, persona: str | None = None) -> list[StageSummary]:
    counted = speaks_for(doc, persona, chain)
    rows = chain.rows()
    lanes = {lane.id: lane for lane in doc.lanes()}
    by_stage: dict[str, list] = {stage.id: [] for stage in doc.stages()}
    for card in doc.cards():
        if card.id in counted:
            by_stage[doc.stage_of_step(card.step).id].append(card)
    result = []
    for stage in doc.stages():
        cards = by_stage[stage.id]
        scores = [c.emotion for c in cards if c.emotion is not None]
        kinds = [lanes[c.lane].kind for c in cards]
        touchpoints: dict[str, int] = {}
        for lane in doc.lanes():
            count = sum(1 for c in cards if c.lane == lane.id)
            if count and lane_category(lane.kind) == "channel":
                touchpoints[lane.id] = count
        owners = tuple(dict.fromkeys(c.owner.strip() for c in cards if c.owner.strip()))
        states = {chain.index[c.id] for c in cards}
        result.append(
            StageSummary(
                id=stage.id,
                name=stage.name,
                reach=stage_reach(chain, rows, states),
                emotion_avg=sum(scores) / len(scores) if scores else None,
                emotion_min=min(scores) if scores else None,
                friction=kinds.count("friction"),
                opportunities=kinds.count("opportunities"),
                moments_of_truth=sum(1 for c in cards if c.moment_of_truth),
                touchpoints=touchpoints,
                owners=owners,
            )
        )
    return result


def stage_summary(doc: JourneyDocument, persona: str | None = None) -> list[StageSummary]:
    """The stage summary of ``doc`` (for one persona if given), stages in map order."""
    with cycle_collector_paused():  # as in analyze(): many objects, no cycles
        doc = snapshot_of(doc)
        return summarise_stages(doc, build_chain(doc, persona), persona)

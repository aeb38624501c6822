"""The stage summary (the gap view): per stage, how customers feel, what hurts, who runs it, who gets there.

``stage_summary(doc)`` is the small, stable entry point other parts use (speaker notes of a
slide deck read ``reach`` and ``emotion_min`` from it).
"""

from __future__ import annotations

from collections import Counter

from ...collector import cycle_collector_paused
from ..document import JourneyDocument
from ..kinds import lane_category
from . import markov
from .flow import Chain, build_chain
from .result import StageSummary
from .snapshot import snapshot_of
from .stage_reach import StageReach


def speaks_for(doc: JourneyDocument, persona: str | None, chain: Chain) -> set[str]:
    """Cards that count for a persona: naming it or nobody, and the ends of its connections."""
    if persona is None:
        return {c.id for c in doc.cards()}
    chosen = {c.id for c in doc.cards() if not c.personas or persona in c.personas}
    for conn in chain.connections:
        chosen.update((conn.source, conn.target))
    return chosen


def stage_cards(doc: JourneyDocument, chain: Chain, persona: str | None) -> dict[str, list]:
    """Per stage id, its cards that count for the persona (all of them without one)."""
    cards = doc.cards()
    if persona is not None:
        counted = speaks_for(doc, persona, chain)
        cards = [c for c in cards if c.id in counted]
    by_stage: dict[str, list] = {stage.id: [] for stage in doc.stages()}
    stage_of = {step.id: stage.id for stage in doc.stages() for step in stage.steps}
    for card in cards:
        by_stage[stage_of[card.step]].append(card)
    return by_stage


def reach_plan(doc: JourneyDocument, chain: Chain, rows, by_stage: dict[str, list]) -> StageReach | None:
    """What the stages' reach needs from the chain's solution; None when the map has no connections to follow."""
    if not chain.connections:
        return None
    return StageReach(rows, chain.entries, [{chain.index[c.id] for c in by_stage[s.id]} for s in doc.stages()])


def summarise_stages(
    doc: JourneyDocument, by_stage: dict[str, list], reaches: list[float] | None
) -> list[StageSummary]:
    """The summary of each stage from its cards (``stage_cards``) and its reach (None: nothing to follow)."""
    lanes = {lane.id: lane for lane in doc.lanes()}
    channel_lanes = [lane.id for lane in doc.lanes() if lane_category(lane.kind) == "channel"]
    result = []
    for n, stage in enumerate(doc.stages()):
        cards = by_stage[stage.id]
        scores = [c.emotion for c in cards if c.emotion is not None]
        kinds = [lanes[c.lane].kind for c in cards]
        per_lane = Counter(c.lane for c in cards)
        owners = tuple(dict.fromkeys(c.owner.strip() for c in cards if c.owner.strip()))
        result.append(
            StageSummary(
                id=stage.id,
                name=stage.name,
                reach=None if reaches is None else reaches[n],
                emotion_avg=sum(scores) / len(scores) if scores else None,
                emotion_min=min(scores) if scores else None,
                friction=kinds.count("friction"),
                opportunities=kinds.count("opportunities"),
                moments_of_truth=sum(1 for c in cards if c.moment_of_truth),
                touchpoints={lane: per_lane[lane] for lane in channel_lanes if per_lane[lane]},
                owners=owners,
            )
        )
    return result


def stage_summary(doc: JourneyDocument, persona: str | None = None) -> list[StageSummary]:
    """The stage summary of ``doc`` (for one persona if given), stages in map order."""
    with cycle_collector_paused():  # as in analyze(): many objects, no cycles
        doc = snapshot_of(doc)
        chain = build_chain(doc, persona)
        rows = chain.rows()
        by_stage = stage_cards(doc, chain, persona)
        plan = reach_plan(doc, chain, rows, by_stage)
        reaches = None
        if plan is not None:
            reaches = plan.reaches(markov.solve(rows, chain.entries, with_reach=False, keep=plan.keep))
        return summarise_stages(doc, by_stage, reaches)

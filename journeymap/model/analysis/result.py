"""What an analysis finds, as plain values (no Qt), and their JSON form for ``journeymap analyze``."""

from __future__ import annotations

from dataclasses import dataclass, field

from .flow import AnalysisWarning


@dataclass(frozen=True)
class Emotion:
    start: int
    lowest: int
    end: int


@dataclass(frozen=True)
class PathInfo:
    """One journey from an entry to where it ends."""

    cards: tuple[str, ...]
    connections: tuple[str, ...]
    share: float
    channels: tuple[str, ...]  # the lane kinds of its touchpoints, a run of one channel counted once
    switches: int
    emotion: Emotion | None
    moments_of_truth: tuple[str, ...]
    friction: tuple[str, ...]
    channel_lanes: tuple[str, ...] = ()  # the lane ids behind ``channels``, one per run


@dataclass(frozen=True)
class MorePaths:
    count: int
    exact: bool  # False: at least ``count`` (the search stopped at its budget in a map with loops)
    share: float


@dataclass(frozen=True)
class Loop:
    cards: tuple[str, ...]  # from the card the loop returns to, round to the card it leaves from
    connection: str  # the connection that closes it
    share: float  # the share of entering customers who go round it at least once
    connections: tuple[str, ...] = ()  # every connection round it, the closing one last


@dataclass(frozen=True)
class DropOff:
    card: str
    share: float
    dead_end: bool  # True: nothing goes on from the card, before the map's last stage


@dataclass(frozen=True)
class ChannelSwitch:
    from_kind: str
    to_kind: str
    from_lane: str
    to_lane: str
    count: int
    share: float | None  # expected moves per entering customer; None inside a loop nobody leaves


@dataclass(frozen=True)
class StageSummary:
    """The gap view of one stage; ``reach`` is None when the map has no connections to follow."""

    id: str
    name: str
    reach: float | None
    emotion_avg: float | None
    emotion_min: int | None
    friction: int
    opportunities: int
    moments_of_truth: int
    touchpoints: dict[str, int]  # lane id -> touchpoints in this stage, in lane order
    owners: tuple[str, ...]


@dataclass
class Analysis:
    persona: str | None
    entry: str | None
    entries: dict[str, float]
    reach: dict[str, float]
    visits: dict[str, float | None]
    paths: list[PathInfo]
    more_paths: MorePaths
    loops: list[Loop]
    drop_offs: list[DropOff]
    exits: dict[str, float]  # cards nothing goes on from, with the share ending there
    unreachable: list[str]
    dead_ends: list[str]
    channel_switches: list[ChannelSwitch]
    stages: list[StageSummary]
    warnings: list[AnalysisWarning] = field(default_factory=list)
    trapped: float = 0.0  # the share that goes round a loop nobody leaves, for ever

    def entered(self) -> float:
        return sum(self.entries.values())


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 12)


def to_json(analysis: Analysis, warning_text=None) -> dict:
    """The JSON object of ``journeymap analyze --json``: exactly the documented keys."""
    warning_text = warning_text or (lambda w: w.kind)
    return {
        "reach": {k: _rounded(v) for k, v in analysis.reach.items()},
        "visits": {k: _rounded(v) for k, v in analysis.visits.items()},
        "paths": [_path_json(p) for p in analysis.paths],
        "loops": [{"cards": list(lp.cards), "share": _rounded(lp.share)} for lp in analysis.loops],
        "drop_offs": [{"card": d.card, "share": _rounded(d.share)} for d in analysis.drop_offs],
        "unreachable": list(analysis.unreachable),
        "dead_ends": list(analysis.dead_ends),
        "channel_switches": [
            {"from": s.from_kind, "to": s.to_kind, "count": s.count, "share": _rounded(s.share)}
            for s in analysis.channel_switches
        ],
        "stages": [_stage_json(s) for s in analysis.stages],
        "warnings": [warning_text(w) for w in analysis.warnings],
    }


def _path_json(path: PathInfo) -> dict:
    emotion = path.emotion
    return {
        "cards": list(path.cards),
        "share": _rounded(path.share),
        "channels": list(path.channels),
        "switches": path.switches,
        "emotion": None if emotion is None else {"start": emotion.start, "lowest": emotion.lowest, "end": emotion.end},
        "moments_of_truth": list(path.moments_of_truth),
        "friction": list(path.friction),
    }


def _stage_json(stage: StageSummary) -> dict:
    return {
        "id": stage.id,
        "name": stage.name,
        "reach": _rounded(stage.reach),
        "emotion_avg": _rounded(stage.emotion_avg),
        "emotion_min": stage.emotion_min,
        "friction": stage.friction,
        "opportunities": stage.opportunities,
        "moments_of_truth": stage.moments_of_truth,
        "touchpoints": dict(stage.touchpoints),
        "owners": list(stage.owners),
    }

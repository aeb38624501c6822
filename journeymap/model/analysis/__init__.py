"""What the journey graph answers: reach and visits, the likely paths, loops, drop-offs, channel
switches and the stage summary, computed exactly from the cards, connections and shares.

Python, with numpy for the dense core of a big loop (loaded only then), no Qt and no networkx
(so neither the editor's start nor opening a map pays for them); docs/analysis.md gives the
rules and the method. The entry points:

- ``analyze(doc, persona=None, entry=None, top=10) -> Analysis``
- ``stage_summary(doc, persona=None) -> list[StageSummary]``
"""

from .analyze import DEFAULT_TOP, analyze
from .flow import AnalysisWarning
from .result import Analysis, ChannelSwitch, DropOff, Emotion, Loop, MorePaths, PathInfo, StageSummary, to_json
from .stages import stage_summary

__all__ = [
    "DEFAULT_TOP",
    "Analysis",
    "AnalysisWarning",
    "ChannelSwitch",
    "DropOff",
    "Emotion",
    "Loop",
    "MorePaths",
    "PathInfo",
    "StageSummary",
    "analyze",
    "stage_summary",
    "to_json",
]

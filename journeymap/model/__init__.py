"""The journey document and its parts. Nothing here imports Qt (a test enforces it)."""

from .document import JourneyDocument
from .entities import Card, Connection, Kpi, Lane, MapInfo, Persona, Stage, Step
from .errors import ModelError
from .events import ChangeEvent, EventKind
from .removal import Removal

__all__ = [
    "Card",
    "ChangeEvent",
    "Connection",
    "EventKind",
    "JourneyDocument",
    "Kpi",
    "Lane",
    "MapInfo",
    "ModelError",
    "Persona",
    "Removal",
    "Stage",
    "Step",
]

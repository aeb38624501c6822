"""The parts of a journey map as immutable values.

Values are frozen so that an undo command can keep the old value and put it back
without copying anything, and so that nothing outside the document can change
the map behind its back. ``extra`` holds keys from the file the program does
not know, so that they survive a save.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Kpi:
    """A measured figure on a card: ``call duration = 2 min``."""

    name: str
    value: float
    unit: str = ""

    def display(self) -> str:
        number = f"{self.value:g}"
        return f"{self.name}: {number} {self.unit}".rstrip()


@dataclass(frozen=True)
class MapInfo:
    title: str = "Untitled journey"
    description: str = ""
    language: str = "en"
    direction: str = "ltr"
    created: str = ""
    modified: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=True)


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    description: str = ""
    goals: tuple[str, ...] = ()
    color: str = "#5B8DEF"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    """A column of the grid: one moment inside a stage."""

    id: str
    name: str
    description: str = ""
    width: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    description: str = ""
    color: str = "#DDE6F0"
    steps: tuple[Step, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Lane:
    """A row of the grid: a channel, an annotation kind, or the emotion curve."""

    id: str
    name: str
    kind: str
    icon: str = ""
    color: str = ""
    height: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Card:
    """One note on the map, placed in the cell (step, lane).

    Its kind is not stored here: it follows the lane (see ``kinds.card_kind_for_lane``),
    so moving a card to another lane can never leave it with a contradicting kind.
    The order inside the cell is kept by the document.
    """

    id: str
    step: str
    lane: str
    title: str = ""
    description: str = ""
    emotion: int | None = None
    moment_of_truth: bool = False
    owner: str = ""
    kpis: tuple[Kpi, ...] = ()
    personas: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Connection:
    """A directed move of customers from one card to another."""

    id: str
    source: str
    target: str
    label: str = ""
    share: float | None = None
    personas: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

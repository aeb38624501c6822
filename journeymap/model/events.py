"""Change events: how the document tells a scene (or anything else) what changed.

Plain callbacks rather than Qt signals so that the model stays free of Qt; the
editor's scene subscribes and updates only the items named in each event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# What can change. "layout" covers stages, steps and lanes (the grid itself);
# "reset" means the whole document was replaced and everything must be rebuilt.
EVENT_KINDS = (
    "card_added",
    "card_removed",
    "card_changed",
    "card_moved",
    "connection_added",
    "connection_removed",
    "connection_changed",
    "layout",
    "persona",
    "map",
    "reset",
)


@dataclass(frozen=True)
class ChangeEvent:
    kind: str
    ids: tuple[str, ...] = ()


Listener = Callable[[ChangeEvent], None]


class EventSource:
    """Keeps listeners and delivers events in the order they happened."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, kind: str, ids: tuple[str, ...] | list[str] = ()) -> None:
        event = ChangeEvent(kind, tuple(ids))
        for listener in list(self._listeners):
            listener(event)

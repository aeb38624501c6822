"""Change events: how the document tells a scene (or anything else) what changed.

Plain callbacks rather than Qt signals so that the model stays free of Qt. Listeners
that are bound methods are held weakly (a scene or a dialog that is thrown away stops
being called without unsubscribing); other callables are held as given. An operation
that changes several things (removing a stage takes its cards and connections) holds
its events back and delivers them once the document is consistent again.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum


class EventKind(str, Enum):
    """What changed. A ``str`` enum: ``event.kind == "card_added"`` holds as well."""

    CARD_ADDED = "card_added"
    CARD_REMOVED = "card_removed"
    CARD_CHANGED = "card_changed"
    CARD_MOVED = "card_moved"
    CONNECTION_ADDED = "connection_added"
    CONNECTION_REMOVED = "connection_removed"
    CONNECTION_CHANGED = "connection_changed"
    GRID = "layout"  # stages, steps or lanes: the grid itself (the value predates the name)
    PERSONA = "persona"
    MAP_INFO = "map"  # title, description, language or direction
    RESET = "reset"  # the whole content was replaced (replace_content): everything is built again

    def __str__(self) -> str:
        return self.value


EVENT_KINDS = tuple(kind.value for kind in EventKind)


@dataclass(frozen=True)
class ChangeEvent:
    kind: EventKind
    ids: tuple[str, ...] = ()


Listener = Callable[[ChangeEvent], None]


def _held(listener: Listener):
    """A weak reference to a bound method, the listener itself otherwise; called, either gives it back."""
    if getattr(listener, "__self__", None) is not None and hasattr(listener, "__func__"):
        return weakref.WeakMethod(listener)
    return lambda: listener


class EventSource:
    """Keeps listeners and delivers events in the order they happened."""

    def __init__(self) -> None:
        self._listeners: list = []  # references: called, each gives its listener (or None once it is gone)
        self._held_back: list[ChangeEvent] | None = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(_held(listener))

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners = [ref for ref in self._listeners if ref() not in (listener, None)]

    def listener_count(self) -> int:
        """How many listeners are still alive (a thrown-away scene no longer counts)."""
        return sum(1 for ref in self._listeners if ref() is not None)

    def _emit(self, kind: EventKind, ids: tuple[str, ...] | list[str] = ()) -> None:
        event = ChangeEvent(EventKind(kind), tuple(ids))  # a kind nobody knows fails here, at its source
        if self._held_back is not None:
            self._held_back.append(event)
            return
        self._deliver(event)

    def _deliver(self, event: ChangeEvent) -> None:
        dead = False
        for ref in list(self._listeners):
            listener = ref()
            if listener is None:
                dead = True
            else:
                listener(event)
        if dead:
            self._listeners = [ref for ref in self._listeners if ref() is not None]

    @contextmanager
    def _events_after(self) -> Iterator[None]:
        """Hold events back until the outermost operation ends, then deliver them in order."""
        if self._held_back is not None:  # nested: the outer bracket delivers
            yield
            return
        self._held_back = []
        try:
            yield
        finally:
            held, self._held_back = self._held_back, None
            for event in held:
                self._deliver(event)

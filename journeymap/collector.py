"""Pausing Python's cycle collector around work that makes many objects and no garbage cycles.

Opening a big map parses a few hundred thousand objects and then builds tens of
thousands of canvas items; the cycle collector would walk all of them again and again
(a fifth to a third of the time) and find nothing. Reference counting still frees
whatever is dropped meanwhile; the collector resumes as soon as the work ends.

Starting the editor is such work from the first import on (Qt's bindings make some
hundreds of classes): ``pause_until_first_window`` pauses the collector there, and the
first window's own pause (``keep``) ends it.

A drag is another: each step makes and drops a few thousand small objects, and every
few dozen steps a collection walked the young ones for 2 to 5 ms, a stutter in a frame
that otherwise takes 4. ``GesturePause`` holds the collector off while a gesture lives.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused_for_start_up = False


def pause_until_first_window() -> None:
    """Pause the collector now, before the editor's imports; the first window resumes it."""
    global _paused_for_start_up
    if gc.isenabled():
        gc.disable()
        _paused_for_start_up = True


@contextmanager
def cycle_collector_paused(keep: bool = False) -> Iterator[None]:
    """``keep``: what exists at the end lives as long as the program (the first window and
    its map); freeze it, so that neither the collection the pause has put off nor any later
    full collection walks it again. A ``keep`` block also ends the start-up pause."""
    global _paused_for_start_up
    ends_start_up = keep and _paused_for_start_up
    if not gc.isenabled() and not ends_start_up:  # already paused by an enclosing block
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        _paused_for_start_up = False if ends_start_up else _paused_for_start_up
        gc.enable()


class GesturePause:
    """Holds the cycle collector off from creation until ``end`` (or until it is freed).

    A gesture keeps one while it runs; a gesture dropped without its release (a new press,
    another document) frees it, and freeing ends the pause, so the collector cannot stay off.
    """

    __slots__ = ("_resume",)

    def __init__(self) -> None:
        self._resume = gc.isenabled()  # an enclosing pause resumes for itself
        if self._resume:
            gc.disable()

    def end(self) -> None:
        if self._resume:
            self._resume = False
            gc.enable()

    def __del__(self) -> None:
        self.end()

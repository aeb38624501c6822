"""Pausing Python's cycle collector around work that makes many objects and no garbage cycles.

Opening a big map parses a few hundred thousand objects and then builds tens of
thousands of canvas items; the cycle collector would walk all of them again and again
(a fifth to a third of the time) and find nothing. Reference counting still frees
whatever is dropped meanwhile; the collector resumes as soon as the work ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused(keep: bool = False) -> Iterator[None]:
    """``keep``: what exists at the end lives as long as the program (the first window and
    its map); freeze it, so that neither the collection the pause has put off nor any later
    full collection walks it again."""
    if not gc.isenabled():  # already paused by an enclosing block
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        gc.enable()

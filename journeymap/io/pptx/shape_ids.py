"""Shape ids from a counter while a deck is built.

For every shape it adds, python-pptx finds the largest id in use by searching the whole
slide (``//@id``), so a slide of n shapes costs n² — minutes for a map of a thousand
cards. While ``counted_shape_ids`` is active its group-shape element takes ids from one
counter instead: every id is still unique in its slide (and across the deck), which is
all the format asks.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from pptx.oxml.shapes.groupshape import CT_GroupShape

_LOCK = threading.Lock()


@contextmanager
def counted_shape_ids() -> Iterator[None]:
    counter = itertools.count(2)  # 1 is the shape tree's own id
    with _LOCK:
        originals = CT_GroupShape.__dict__["max_shape_id"], CT_GroupShape.__dict__["_next_shape_id"]
        CT_GroupShape.max_shape_id = property(lambda _self: next(counter))
        CT_GroupShape._next_shape_id = property(lambda _self: next(counter))
        try:
            yield
        finally:
            CT_GroupShape.max_shape_id, CT_GroupShape._next_shape_id = originals

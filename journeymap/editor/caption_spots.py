"""Where a connection's caption goes: pure numbers, no Qt.

On the route itself where a spot is free (the caption then sits on its line, as a
reader expects), else the nearest free spot around the route's middle, searched in
rings, so a caption never covers a card or another caption. Spots stay inside
``bounds`` (the grid), never over the headers.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain

from . import style
from .routing import iter_label_points

RING_STEP = 10.0
RINGS = 30       # up to 300 units away from the route's middle
LINE_SLIDE = 16.0
LINE_SLIDES = 16  # up to 256 units along a lane line
MIN_LANE_GAP = 2 * style.CELL_PADDING_Y  # the least room between the cards of two lanes


def _ring_offsets() -> list[tuple[float, float]]:
    """Offsets from the route's middle, ring by ring outwards; in a ring the nearest first
    (moving sideways costs less than up or down: a caption is wide)."""
    offsets = []
    for n in range(1, RINGS + 1):
        ring = {(i, j) for i in range(-n, n + 1) for j in (-n, n)}
        ring |= {(i, j) for i in (-n, n) for j in range(-n, n + 1)}
        offsets += sorted(ring, key=lambda o: (abs(o[0]) * 0.5 + abs(o[1]), o))
    return [(i * RING_STEP, j * RING_STEP) for i, j in offsets]


_OFFSETS = _ring_offsets()


def _on_lane_lines(middle: tuple[float, float], lines: list[float]):
    """Spots on the lines between lanes nearest the route's middle, sliding away from it: no card
    reaches those lines, so a one-line caption finds room there unless other captions took it."""
    mx, my = middle
    i = bisect_left(lines, my)
    nearest = sorted(lines[max(0, i - 2): i + 2], key=lambda y: abs(y - my))
    for step in range(0, LINE_SLIDES + 1):
        for y in nearest:
            for dx in ((0.0,) if step == 0 else (-step * LINE_SLIDE, step * LINE_SLIDE)):
                yield mx + dx, y


def find_caption_spot(
    cmds: list[tuple], width: float, height: float, spots, bounds, lines: list[float] = ()
) -> tuple[float, float, float, float]:
    """(x, y, w, h) of a free place for a caption of this size near the route ``cmds``; taken in ``spots``.

    ``lines`` are the y of the lines between lanes, sorted."""
    half_w, half_h = width / 2, height / 2
    left_bound, top_bound, right_bound, bottom_bound = bounds
    is_free, take = spots.is_free_rect, spots.take_rect

    def fits(x: float, y: float) -> bool:
        left, top = x - half_w, y - half_h
        return (left_bound <= left and left + width <= right_bound and top_bound <= top
                and top + height <= bottom_bound and is_free(left, top, width, height))

    along = list(iter_label_points(cmds))
    middle = along[0]
    # on the route, then beside it with the line still through the pill's edge (made only if needed)
    sideways, upways = half_w - 8.0, max(0.0, half_h - 4.0)
    shifts = ((-sideways, 0.0), (sideways, 0.0), (0.0, -upways), (0.0, upways))
    beside = ((x + dx, y + dy) for x, y in along for dx, dy in shifts)
    for x, y in chain(along, beside):
        if fits(x, y):
            take(x - half_w, y - half_h, width, height)
            return (x - half_w, y - half_h, width, height)
    if height < MIN_LANE_GAP:
        for x, y in _on_lane_lines(middle, list(lines)):
            if fits(x, y):
                take(x - half_w, y - half_h, width, height)
                return (x - half_w, y - half_h, width, height)
    mx, my = middle
    for dx, dy in _OFFSETS:
        x, y = mx + dx, my + dy
        if fits(x, y):
            take(x - half_w, y - half_h, width, height)
            return (x - half_w, y - half_h, width, height)
    return (middle[0] - half_w, middle[1] - half_h, width, height)  # a map full to the brim: on the route


class SpotsAbove:
    """Spots taken for one step of a drag (the floating cards, the captions placed in it) above
    ``below``, what the map holds (a LabelSpots), but its rectangles ``ignored`` (those of the
    cards dragged away and of their captions); read and taken as a LabelSpots."""

    def __init__(self, below, ignored: frozenset = frozenset()) -> None:
        self._below = below
        self._ignored = ignored
        self._taken: list[tuple[float, float, float, float]] = []

    def take_rect(self, x: float, y: float, w: float, h: float) -> None:
        self._taken.append((x, y, x + w, y + h))

    def is_free_rect(self, x: float, y: float, w: float, h: float) -> bool:
        right, bottom = x + w, y + h
        for left, top, other_right, other_bottom in self._taken:
            if x < other_right and left < right and y < other_bottom and top < bottom:
                return False
        if self._ignored:
            return self._below.is_free_rect_but(x, y, w, h, self._ignored)
        return self._below.is_free_rect(x, y, w, h)

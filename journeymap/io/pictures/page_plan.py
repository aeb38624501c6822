"""How a map goes onto paper: one page when its text stays readable there, otherwise tiles.

A big map shrunk onto one A4 page turns its card text into specks. The plan keeps card
text at least ``MIN_TEXT_POINTS`` high: it picks the orientation that needs fewest pages
(then the one that shows the map largest) and, when one page is not enough, splits the
map into a grid of tiles read in the map's direction, each overlapping its neighbours a
little so no card is cut without being shown whole on one of them. A page away from the
map's start repeats the lane headers on that side (``side`` map units wide), a page below
the first row repeats the stage and step headers along its top (``top`` high): its part of
the map is that much smaller, and the count of pages allows for it. No Qt: plain numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_TEXT_POINTS = 6.0  # card text below this is hard to read on paper
MAX_PAGES = 64  # a poster of more pages helps nobody: past it the text shrinks instead
MOST_REPEATED = 1 / 3  # repeated headers never take more of a page than this: past it they are not repeated


@dataclass(frozen=True)
class Tile:
    """One page's part of the map: from ``x``, ``y`` (map units) drawn into the page rectangle
    ``left``, ``top``, ``width``, ``height`` (page units); ``column`` and ``row`` count from the
    map's start (the right for a right-to-left map)."""

    column: int
    row: int
    x: float
    y: float
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class PagePlan:
    """``columns`` x ``rows`` pages of the paper area ``area`` (width, height), drawn at ``scale``
    page units per map unit; ``overlap`` is in page units, ``side`` and ``top`` (the headers a
    page repeats) in map units."""

    landscape: bool
    columns: int
    rows: int
    scale: float
    area: tuple[float, float]
    overlap: float
    side: float = 0.0
    top: float = 0.0

    @property
    def pages(self) -> int:
        return self.columns * self.rows

    def tiles(self, width: float, rtl: bool = False) -> list[Tile]:
        """Each page's part of a map ``width`` wide, in reading order: rows top to bottom, and
        along a row left to right, or for ``rtl`` right to left with the first page flush with
        the map's right edge. Pages after the first column leave ``side`` on the map's start
        side (left, or right for ``rtl``), pages after the first row ``top`` at the top."""
        k = self.scale
        xs = _parts(self.columns, self.area[0] / k, self.side, self.overlap / k)
        ys = _parts(self.rows, self.area[1] / k, self.top, self.overlap / k)
        if rtl:  # the same parts, measured from the map's right edge
            xs = [(width - x - w, w) for x, w in xs]
        tiles = []
        for row, (y, h) in enumerate(ys):
            for column, (x, w) in enumerate(xs):
                left = 0.0 if rtl else self.area[0] - w * k
                tiles.append(Tile(column, row, x, y, left, self.area[1] - h * k, w * k, h * k))
        return tiles


def _parts(count: int, full: float, repeated: float, overlap: float) -> list[tuple[float, float]]:
    """Where each of ``count`` pages' parts starts along one side of the map and how long it is
    (map units): the first ``full``, the others ``repeated`` less, each overlapping the last."""
    parts, start = [], 0.0
    for index in range(count):
        length = full if index == 0 else full - repeated
        parts.append((start, length))
        start += length - overlap
    return parts


def _count(length: float, page: float, overlap: float, repeated: float, least: float) -> int:
    """How many pages ``page`` long hold ``length`` map units at ``least`` scale, each after the
    first giving ``repeated`` map units to headers and ``overlap`` page units to its neighbour."""
    beyond = length * least - page  # what the first page leaves
    if beyond <= 0:
        return 1
    return 1 + math.ceil(beyond / (page - overlap - repeated * least))


def _scale(length: float, page: float, overlap: float, repeated: float, count: int) -> float:
    """The largest scale at which ``count`` pages hold ``length`` map units."""
    return (count * page - (count - 1) * overlap) / (length + (count - 1) * repeated)


def _grid(width: float, height: float, area: tuple[float, float], overlap: float, least: float, repeated):
    """Columns, rows and scale to show a ``width`` x ``height`` map at ``least`` scale or more, with
    ``repeated`` (side, top) map units of each page past the first column or row given to headers."""
    side, top = repeated
    fit = min(area[0] / width, area[1] / height)
    if fit >= least:
        return 1, 1, fit
    columns = _count(width, area[0], overlap, side, least)
    rows = _count(height, area[1], overlap, top, least)
    scale = min(_scale(width, area[0], overlap, side, columns), _scale(height, area[1], overlap, top, rows))
    return columns, rows, scale


def plan_pages(
    width: float,
    height: float,
    landscape_area: tuple[float, float],
    orientation: str,
    least_scale: float,
    overlap: float,
    side: float = 0.0,
    top: float = 0.0,
) -> PagePlan:
    """The plan for a ``width`` x ``height`` map (map units) on paper whose landscape printable
    area is ``landscape_area`` (page units); ``orientation`` is "auto", "landscape" or "portrait";
    ``side`` and ``top`` are the lane headers' width and the stage and step headers' height."""
    portrait_area = (landscape_area[1], landscape_area[0])
    choices = {"landscape": [True], "portrait": [False]}.get(orientation, [True, False])
    plans = []
    for landscape in choices:
        area = landscape_area if landscape else portrait_area
        least = least_scale
        repeated = (side if side * least <= area[0] * MOST_REPEATED else 0.0,
                    top if top * least <= area[1] * MOST_REPEATED else 0.0)
        columns, rows, scale = _grid(width, height, area, overlap, least, repeated)
        while columns * rows > MAX_PAGES:
            least *= 0.8
            columns, rows, scale = _grid(width, height, area, overlap, least, repeated)
        plans.append(PagePlan(landscape, columns, rows, scale, area, overlap, *repeated))
    return min(plans, key=lambda plan: (plan.pages, -plan.scale))

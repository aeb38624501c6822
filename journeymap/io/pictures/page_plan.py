"""How a map goes onto paper: one page when its text stays readable there, otherwise tiles.

A big map shrunk onto one A4 page turns its card text into specks. The plan keeps card
text at least ``MIN_TEXT_POINTS`` high: it picks the orientation that needs fewest pages
(then the one that shows the map largest) and, when one page is not enough, splits the
map into a grid of tiles read in the map's direction, each overlapping its neighbours a
little so no card is cut without being shown whole on one of them. No Qt: plain numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_TEXT_POINTS = 6.0  # card text below this is hard to read on paper
MAX_PAGES = 64  # a poster of more pages helps nobody: past it the text shrinks instead


@dataclass(frozen=True)
class PagePlan:
    """``columns`` x ``rows`` pages of the paper area ``area`` (width, height), drawn at ``scale``
    page units per map unit; ``overlap`` is in page units."""

    landscape: bool
    columns: int
    rows: int
    scale: float
    area: tuple[float, float]
    overlap: float

    @property
    def pages(self) -> int:
        return self.columns * self.rows

    def tiles(self, width: float, rtl: bool = False) -> list[tuple[float, float]]:
        """The top-left corner of each page's part of a map ``width`` wide, in map units, in
        reading order: rows top to bottom, and along a row left to right, or for ``rtl`` right
        to left with the first page flush with the map's right edge."""
        step_x = (self.area[0] - self.overlap) / self.scale
        step_y = (self.area[1] - self.overlap) / self.scale
        if rtl:
            right = width - self.area[0] / self.scale  # the first page's part ends where the map does
            xs = [right - column * step_x for column in range(self.columns)]
        else:
            xs = [column * step_x for column in range(self.columns)]
        return [(x, row * step_y) for row in range(self.rows) for x in xs]


def _grid(width: float, height: float, area: tuple[float, float], overlap: float, least: float):
    """Columns, rows and scale to show a ``width`` x ``height`` map at ``least`` scale or more."""
    fit = min(area[0] / width, area[1] / height)
    if fit >= least:
        return 1, 1, fit
    columns = max(1, math.ceil((width * least - overlap) / (area[0] - overlap)))
    rows = max(1, math.ceil((height * least - overlap) / (area[1] - overlap)))
    scale = min((columns * area[0] - (columns - 1) * overlap) / width, (rows * area[1] - (rows - 1) * overlap) / height)
    return columns, rows, scale


def plan_pages(
    width: float,
    height: float,
    landscape_area: tuple[float, float],
    orientation: str,
    least_scale: float,
    overlap: float,
) -> PagePlan:
    """The plan for a ``width`` x ``height`` map (map units) on paper whose landscape printable
    area is ``landscape_area`` (page units); ``orientation`` is "auto", "landscape" or "portrait"."""
    portrait_area = (landscape_area[1], landscape_area[0])
    choices = {"landscape": [True], "portrait": [False]}.get(orientation, [True, False])
    plans = []
    for landscape in choices:
        area = landscape_area if landscape else portrait_area
        least = least_scale
        columns, rows, scale = _grid(width, height, area, overlap, least)
        while columns * rows > MAX_PAGES:
            least *= 0.8
            columns, rows, scale = _grid(width, height, area, overlap, least)
        plans.append(PagePlan(landscape, columns, rows, scale, area, overlap))
    return min(plans, key=lambda plan: (plan.pages, -plan.scale))

"""Where a region of the map lands on a 16:9 slide: scene pixels to slide EMU.

The scene is measured in pixels at 96 dpi, so one scene pixel at scale 1 is
9,525 EMU; a region is scaled to fit the slide's content area and centred in it.
Font sizes follow the same scale (a 13 px title at scale 0.5 is 4.9 pt).
"""

from __future__ import annotations

from dataclasses import dataclass

SLIDE_WIDTH = 12_192_000  # 13.333 in: 16:9
SLIDE_HEIGHT = 6_858_000  # 7.5 in
EMU_PER_PX = 9_525
MARGIN = 228_600  # 0.25 in around the content
HEADER = 640_080  # 0.7 in for the slide's own title line

Rect = tuple[float, float, float, float]  # x, y, w, h


@dataclass(frozen=True)
class Placement:
    """Maps scene coordinates (px) to slide coordinates (EMU)."""

    scale: float  # slide px per scene px
    origin: tuple[float, float]  # the scene point at the region's top-left
    offset: tuple[int, int]  # where that point lands on the slide, EMU

    def x(self, value: float) -> int:
        return round(self.offset[0] + (value - self.origin[0]) * self.scale * EMU_PER_PX)

    def y(self, value: float) -> int:
        return round(self.offset[1] + (value - self.origin[1]) * self.scale * EMU_PER_PX)

    def length(self, value: float) -> int:
        return max(1, round(value * self.scale * EMU_PER_PX))

    def box(self, x: float, y: float, w: float, h: float) -> tuple[int, int, int, int]:
        left, top = self.x(x), self.y(y)
        return left, top, max(1, self.x(x + w) - left), max(1, self.y(y + h) - top)

    def points(self, pixels: float) -> float:
        """A font size in points for ``pixels`` scene px (0.75 pt per px at scale 1)."""
        return round(pixels * 0.75 * self.scale, 2)


def content_area(header: bool = True) -> tuple[int, int, int, int]:
    """The slide's area for the map, below the slide's title line."""
    top = MARGIN + (HEADER if header else 0)
    return MARGIN, top, SLIDE_WIDTH - 2 * MARGIN, SLIDE_HEIGHT - top - MARGIN


def fit(region: Rect, area: tuple[int, int, int, int]) -> Placement:
    """The largest placement of ``region`` inside ``area``, centred across and at the top."""
    x, y, w, h = region
    left, top, width, height = area
    scale = min(width / max(1.0, w * EMU_PER_PX), height / max(1.0, h * EMU_PER_PX))
    used_w = w * scale * EMU_PER_PX
    return Placement(scale, (x, y), (round(left + (width - used_w) / 2), top))

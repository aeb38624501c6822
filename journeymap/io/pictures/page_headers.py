"""The headers a paper page shows of its part of a tiled map, so that every page reads alone.

A page from the middle of a big map would show cards with no lane names and columns with no
stage: each page draws the stage and step headers of its columns along its top and the lane
headers of its rows on the map's start side (the left, or the right of a right-to-left map),
where the map has them when the page holds that edge of the map, and otherwise in the room
its plan left for them (``page_plan``), like a spreadsheet's print titles. The scene's own
headers are left out of the pages' drawing: the pages paint every header themselves, with the
name on the part they show (a stage wider than a page still says its name on each page).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter

from ...editor import style
from ...editor.scene import JourneyScene
from .frame import PictureFrame
from .page_plan import Tile

EDGE = QColor(16, 42, 67, 40)  # a thin line where repeated headers meet the map cut by the page (as frozen panes)
EDGE_WIDTH = 2.0  # picture units


@dataclass(frozen=True)
class Bands:
    """Where the headers are in the picture (picture units): the stage and step headers' band
    from ``band_top``, ``top`` high, and the lane headers' column from ``lanes_left``, ``side``
    wide; a size of 0 when the picture does not hold those headers (a picture of a few cards)."""

    band_top: float
    top: float
    lanes_left: float
    side: float
    shift: QPointF  # from scene to picture coordinates
    grid: QRectF  # the grid in the picture: a repeated band's edge runs along its columns, the lanes' along its rows


def header_bands(scene: JourneyScene, frame: PictureFrame) -> Bands:
    """Where ``frame``'s picture has the scene's headers, and which of them pages can repeat."""
    layout = scene.layout
    shift = frame.target.topLeft() - frame.source.topLeft()
    corner, grid = layout.corner, layout.grid
    band = QRectF(grid.x, corner.y, grid.w, grid.y - corner.y)
    left, right = (grid.right, corner.right) if layout.rtl else (corner.x, grid.x)
    lanes = QRectF(left, grid.y, right - left, grid.h)
    holds = frame.source.adjusted(-0.5, -0.5, 0.5, 0.5)  # the source is the headers' union: no rounding may drop them
    top = band.height() if layout.stages and band.height() > 0 and holds.contains(band) else 0.0
    side = lanes.width() if layout.lanes and lanes.width() > 0 and holds.contains(lanes) else 0.0
    cells = QRectF(grid.x, grid.y, grid.w, grid.h).translated(shift)
    return Bands(band.top() + shift.y(), top, lanes.left() + shift.x(), side, shift, cells)


@contextmanager
def headers_left_out(scene: JourneyScene, bands: Bands) -> Iterator[None]:
    """While pages are drawn, the scene's render skips the headers the pages paint themselves
    (made fully transparent: hiding them would drop a selected header from the selection)."""
    parts = ({"stage", "step"} if bands.top else set()) | ({"lane"} if bands.side else set())
    items = [item for item in scene.header_items.values() if item.part in parts]
    opacities = [item.opacity() for item in items]
    for item in items:
        item.setOpacity(0.0)
    try:
        yield
    finally:
        for item, opacity in zip(items, opacities, strict=True):
            item.setOpacity(opacity)


def paint_page_headers(painter: QPainter, scene: JourneyScene, bands: Bands, tile: Tile, scale: float) -> None:
    """The headers of ``tile``'s part of the map, with ``painter`` in picture units (the part's
    top-left at ``tile.x``, ``tile.y``); a header cut by the page is clipped at the part's edge."""
    shown = QRectF(tile.x, tile.y, tile.width / scale, tile.height / scale)
    if bands.top:
        _paint_band(painter, scene, bands, shown, repeated=tile.row > 0)
    if bands.side:
        _paint_lanes(painter, scene, bands, shown, repeated=tile.column > 0)


def _paint_band(painter: QPainter, scene, bands: Bands, shown: QRectF, repeated: bool) -> None:
    """The stage and step headers over ``shown``: where they are, or repeated just above it."""
    top = shown.top() - bands.top if repeated else bands.band_top
    clip = QRectF(shown.left(), top, shown.width(), bands.top) if repeated else shown
    _paint_part(painter, scene, ("stage", "step"), QPointF(0, top - bands.band_top) + bands.shift, clip, repeated)
    left, right = max(shown.left(), bands.grid.left()), min(shown.right(), bands.grid.right())
    if repeated and right > left:  # the line runs along the grid only, not over the margin or the lanes' corner
        painter.fillRect(QRectF(left, shown.top(), right - left, EDGE_WIDTH), EDGE)


def _paint_lanes(painter: QPainter, scene, bands: Bands, shown: QRectF, repeated: bool) -> None:
    """The lane headers beside ``shown``: where they are, or repeated just before it (after it, right to left)."""
    rtl = scene.layout.rtl
    left = (shown.right() if rtl else shown.left() - bands.side) if repeated else bands.lanes_left
    clip = QRectF(left, shown.top(), bands.side, shown.height()) if repeated else shown
    _paint_part(painter, scene, ("lane",), QPointF(left - bands.lanes_left, 0) + bands.shift, clip, repeated)
    top, bottom = max(shown.top(), bands.grid.top()), min(shown.bottom(), bands.grid.bottom())
    if repeated and bottom > top:
        edge = shown.right() - EDGE_WIDTH if rtl else shown.left()
        painter.fillRect(QRectF(edge, top, EDGE_WIDTH, bottom - top), EDGE)


def _paint_part(painter: QPainter, scene, parts: tuple[str, ...], offset: QPointF, clip: QRectF, fill: bool) -> None:
    """The headers of ``parts`` moved by ``offset`` (scene to where this page shows them), within ``clip``."""
    painter.save()
    painter.setClipRect(clip)
    if fill:  # the room left for repeated headers: the map's background under them
        painter.fillRect(clip, QColor(style.BACKGROUND))
    for item in scene.header_items.values():
        if item.part not in parts:
            continue
        place = item.pos() + offset
        box = item.rect().translated(place)
        if not box.intersects(clip):
            continue  # a big map has hundreds of headers; a page draws its own
        painter.save()
        painter.translate(place)
        item.paint_part(painter, clip.translated(-place))
        painter.restore()
    painter.restore()

"""Where a map opens: as large as its width allows, never below a readable zoom, at the start
of its timeline (the left edge, or the right edge of a right-to-left map) and its top.

Fitting the whole map (Ctrl+0) shows a big map as grey bars at 30 %; a facilitator opening a
map wants to read it, so the first view gives up the far end of the timeline instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

# Card text (style.CARD_FONT_SIZE, 13 px) x 0.75 is about 10 px: the smallest size titles stay readable at.
READABLE_ZOOM = 0.75
MARGIN = 0.98  # a little air around a map that fits


def start_zoom(viewport_width: float, map_width: float) -> float:
    """Fit the width, but neither above 100 % nor below the readable floor."""
    if map_width <= 0:
        return 1.0
    return min(1.0, max(READABLE_ZOOM, viewport_width / map_width * MARGIN))


def start_center(rect: QRectF, visible_width: float, visible_height: float, rtl: bool) -> tuple[float, float]:
    """The scene point to centre on so the timeline's start and the map's top are in view."""
    if visible_width >= rect.width():
        x = rect.center().x()
    elif rtl:
        x = rect.right() - visible_width / 2
    else:
        x = rect.left() + visible_width / 2
    y = rect.center().y() if visible_height >= rect.height() else rect.top() + visible_height / 2
    return x, y


def show_start(view, rtl: bool) -> None:
    """Zoom and scroll ``view`` to the start of its scene's map."""
    scene = view.scene()
    rect: QRectF = scene.map_rect() if scene is not None and hasattr(scene, "map_rect") else QRectF()
    if rect.isEmpty():
        return
    viewport = view.viewport().rect()
    factor = start_zoom(viewport.width(), rect.width())
    view.set_zoom(factor)
    view.centerOn(*start_center(rect, viewport.width() / factor, viewport.height() / factor, rtl))


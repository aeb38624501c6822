"""Every card and caption at once, zoomed far out: one item draws them with a handful of calls.

Below the zoom where titles turn into bars (``detail.TEXT_DETAIL_SCALE``) a card is a
coloured box, grey bars and a few coloured squares. Drawn one item at a time that
cost about 70 microseconds a card (a Python paint and a cache pixmap each: most of
the first paint of a 10,000-card map). This layer keeps the rectangles grouped by
colour and draws each group with one ``drawRects`` call; the card items meanwhile
have no contents of their own, but stay where they are for hovering, selecting and
dragging. Cards being dragged are left out here and draw themselves where the drag
takes them; hovered and selected cards are drawn here and again by themselves, on
top, with their outline (so a selection change redraws two cards, not the whole
overview). Connection captions, a few pixels tall out there, are drawn the same way
after the cards (they sit above cards), unless their connection is being dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import style
from .map_layer import MapLayerItem

# (opacity, fill colour's rgba) -> (opacity, colour, rectangles)
Groups = dict[tuple[float, int], tuple[float, QColor, list[QRectF]]]


class MapOverviewItem(MapLayerItem):
    def __init__(self, cards: dict, connections: dict) -> None:
        super().__init__()
        self._cards = cards  # the scene's id -> CardItem map, read only
        self._connections = connections  # and its id -> ConnectionItem map
        self._groups: tuple[Groups, Groups, Groups, Groups] | None = None  # fills, bars, badges, captions
        self._border = QPen(style.qcolor(style.CARD_BORDER), 0)  # cosmetic: one pixel at any zoom
        self._caption_fill = style.qcolor(style.LABEL_BACKGROUND)
        self._bar = style.qcolor(style.OVERVIEW_TEXT)
        self.setZValue(9.5)  # over the connections, under the cards that draw themselves
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setVisible(False)

    def invalidate(self) -> None:
        """Cards moved, changed or were selected: gather the rectangles again on the next paint."""
        self._groups = None
        if self.isVisible():
            self.update()

    def _gather_captions(self) -> Groups:
        captions: Groups = {}
        for conn in self._connections.values():
            label = conn.caption_item()
            if label is None or not label.isVisible() or conn.dragging():
                continue
            rect = label.rect().translated(label.pos())
            _add(captions, label.opacity(), self._caption_fill, rect)
        return captions

    def _gather(self) -> tuple[Groups, Groups, Groups]:
        fills: Groups = {}
        bars: Groups = {}
        badges: Groups = {}
        bar_key = self._bar.rgba()
        for item in self._cards.values():
            if item.dragging or not item.isVisible():
                continue
            x, y = item.x(), item.y()
            w, h = item.width(), item.height()
            opacity = item.opacity()
            _add(fills, opacity, item.color, QRectF(x, y, w, h))
            item_bars, item_badges = item.overview_shapes()
            if item_bars:
                group = bars.get((opacity, bar_key)) or bars.setdefault((opacity, bar_key), (opacity, self._bar, []))
                group[2].extend(QRectF(x + bx, y + by, bw, bh) for bx, by, bw, bh in item_bars)
            for (bx, by, bw, bh), color in item_badges:
                _add(badges, opacity, color, QRectF(x + bx, y + by, bw, bh))
        return fills, bars, badges

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self._groups is None:
            self._groups = (*self._gather(), self._gather_captions())
        fills, bars, badges, captions = self._groups
        painter.setPen(self._border)
        _draw(painter, fills)
        painter.setPen(Qt.PenStyle.NoPen)
        _draw(painter, bars)
        _draw(painter, badges)
        _draw(painter, captions)  # white, borderless: a border scaled down to a tenth of a pixel is not seen
        painter.setOpacity(1.0)


def _add(groups: Groups, opacity: float, color: QColor, rect: QRectF) -> None:
    key = (opacity, color.rgba())
    group = groups.get(key)
    if group is None:
        group = groups[key] = (opacity, color, [])
    group[2].append(rect)


def _draw(painter: QPainter, groups: Groups) -> None:
    for opacity, color, rects in groups.values():
        painter.setOpacity(opacity)
        painter.setBrush(color)
        painter.drawRects(rects)

"""While cards are dragged, what lies below them is one picture per view (see BackdropItem)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from .map_layer import MapLayerItem


class BackdropItem(MapLayerItem):
    """While cards are dragged: the grid, the headers, the curves below the cards and the
    resting connections, as one picture per view, blitted in one copy.

    A drag with many curves repaints the whole window on every step; the grid's and the
    connection layer's bitmaps then cost two full-window blends a frame (about 3 ms of
    an 11 ms frame on a map of 1,000 cards). The items folded in here are hidden while
    the drag runs and shown again when it ends. A view whose zoom or scroll changed
    since its picture was taken gets the folded items painted directly (exact, slower).
    """

    def __init__(self) -> None:
        super().__init__()
        self._folded: list[QGraphicsItem] = []
        self._grid: QGraphicsItem | None = None
        self._pictures: dict[int, tuple[tuple, QPixmap]] = {}  # id(view) -> (transform key, picture)
        self._overlays: dict[int, QPixmap] = {}  # id(view) -> what lies above the grid
        self.setZValue(-20)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setVisible(False)

    def active(self) -> bool:
        return bool(self._folded)

    def fold(self, grid: QGraphicsItem, above_grid: list[QGraphicsItem], layer: QGraphicsItem, rect: QRectF) -> None:
        """Take pictures of the grid, the items above it and ``layer`` for every view, then hide them all."""
        self.set_rect(rect)
        self._grid = grid
        self._folded = [item for item in (grid, *above_grid, layer) if item.isVisible()]
        scene = self.scene()
        for view in scene.views() if scene is not None else ():
            # what lies above the grid is taken once; the grid again whenever its drop target moves
            self._overlays[id(view)] = self._overlay(view, [*above_grid, layer])
            self._pictures[id(view)] = self._compose(view)
        for item in self._folded:
            item.setVisible(False)
        self.setVisible(True)

    def refresh(self, area: QRectF | None = None) -> None:
        """The grid changed (its drop target) inside ``area`` (scene units; None: anywhere):
        take its picture again there, under what lies above it.

        Only the area is painted again: the whole picture took 4 to 5 ms, a slow frame
        each time the dragged cards crossed into another cell."""
        scene = self.scene()
        if not self._folded or scene is None:
            return
        for view in scene.views():
            if id(view) not in self._overlays:
                continue
            entry = self._pictures.get(id(view))
            if area is None or entry is None or entry[0] != self._key(view):
                self._pictures[id(view)] = self._compose(view)
            else:
                self._repaint_part(view, entry[1], area)
        self.update(area if area is not None else self._rect)

    def _repaint_part(self, view, picture: QPixmap, area: QRectF) -> None:
        """Paint the grid and what lies above it again inside ``area`` (scene units), in place."""
        part = view.mapFromScene(area).boundingRect().adjusted(-2, -2, 2, 2)
        self._paint_grid_and_overlay(view, picture, part.intersected(view.viewport().rect()))

    def _paint_grid_and_overlay(self, view, picture: QPixmap, part: QRect) -> None:
        """The background, the grid, and above them the overlay's picture, inside ``part`` (viewport pixels)."""
        if part.isEmpty():
            return
        painter = QPainter(picture)
        painter.setClipRect(part)
        painter.setRenderHints(view.renderHints())  # as the view paints its items
        painter.fillRect(part, self.scene().backgroundBrush())
        self._paint_items(painter, view.viewportTransform(), [self._grid], view.mapToScene(part).boundingRect())
        overlay = self._overlays.get(id(view))
        if overlay is not None:
            painter.resetTransform()
            painter.setClipRect(part)
            painter.drawPixmap(QRectF(part), overlay, _device_rect(part, picture.devicePixelRatio()))
        painter.end()

    def unfold(self) -> None:
        for item in self._folded:
            item.setVisible(True)
        self._folded = []
        self._pictures.clear()
        self._overlays.clear()
        self.setVisible(False)

    def covers(self, view) -> bool:
        """Whether this view's picture is up to date, so painting it covers the whole viewport."""
        entry = self._pictures.get(id(view))
        return entry is not None and entry[0] == self._key(view)

    @staticmethod
    def _key(view) -> tuple:
        t = view.viewportTransform()
        size = view.viewport().size()
        return (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy(), size.width(), size.height())

    def _compose(self, view) -> tuple[tuple, QPixmap]:
        picture = _blank_picture(view)
        self._paint_grid_and_overlay(view, picture, view.viewport().rect())
        return self._key(view), picture

    def _overlay(self, view, items: list[QGraphicsItem]) -> QPixmap:
        """``items`` on a transparent picture of the viewport: what lies above the grid."""
        picture = _blank_picture(view)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHints(view.renderHints())  # as the view paints its items
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        self._paint_items(painter, view.viewportTransform(), items, seen)
        painter.end()
        return picture

    @staticmethod
    def _paint_items(painter: QPainter, view_transform, items, seen: QRectF) -> None:
        option = QStyleOptionGraphicsItem()
        for item in items:
            option.exposedRect = item.mapRectFromScene(seen).intersected(item.boundingRect())
            if option.exposedRect.isEmpty():
                continue  # out of sight
            painter.save()
            painter.setTransform(item.sceneTransform() * view_transform)
            painter.setOpacity(item.opacity())
            item.paint(painter, option, None)
            painter.restore()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        view = widget.parent() if widget is not None else None
        if view is not None and self.covers(view):
            entry = self._pictures[id(view)]
            painter.save()
            painter.resetTransform()
            painter.drawPixmap(0, 0, entry[1])
            painter.restore()
            return
        exposed = option.exposedRect if option is not None else self._rect
        base = painter.worldTransform()
        for item in self._folded:  # a view this picture is not for: paint the folded items themselves
            painter.save()
            painter.setTransform(item.sceneTransform() * base)
            painter.setOpacity(painter.opacity() * item.opacity())
            sub = QStyleOptionGraphicsItem()
            sub.exposedRect = item.mapRectFromScene(exposed).intersected(item.boundingRect())
            item.paint(painter, sub, widget)
            painter.restore()


def _blank_picture(view) -> QPixmap:
    """A picture the size of the view's viewport, at its pixel density (contents undefined)."""
    viewport = view.viewport()
    ratio = viewport.devicePixelRatioF()
    picture = QPixmap(viewport.size() * ratio)
    picture.setDevicePixelRatio(ratio)
    return picture


def _device_rect(rect: QRect, ratio: float) -> QRectF:
    """A rectangle of a picture in its device pixels (a picture made for a high-density screen has more)."""
    return QRectF(rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio)

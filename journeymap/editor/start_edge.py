"""A right-to-left map keeps its start in view: the timeline starts at the right edge.

Qt anchors a scene at its left. When a step is added the map grows at the left in a
right-to-left map, yet the view keeps its left scroll position, so the first stage and
the lane headers slide out at the right; zooming about the centre does the same. This
keeps the map's start edge where it was on the screen in both cases.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF


class StartEdgeKeeper(QObject):
    """Watches one view's scene; ``anchor`` gives the point a zoom should keep still."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._scene = None
        self._width: float | None = None
        self.follow(view.scene())

    def follow(self, scene) -> None:
        if self._scene is not None:
            self._scene.sceneRectChanged.disconnect(self._rect_changed)
        self._scene = scene
        self._width = self._map_width()
        if scene is not None:
            scene.sceneRectChanged.connect(self._rect_changed)

    def _map_width(self) -> float | None:
        scene = self._scene
        return scene.map_rect().width() if scene is not None and hasattr(scene, "map_rect") else None

    def _rtl(self) -> bool:
        return self._scene is not None and hasattr(self._scene, "is_rtl") and self._scene.is_rtl()

    def _rect_changed(self, _rect) -> None:
        width = self._map_width()
        if width is not None and self._width is not None and width != self._width and self._rtl():
            bar = self.view.horizontalScrollBar()
            bar.setValue(bar.value() + round((width - self._width) * self.view.zoom_factor()))
        self._width = width

    def anchor(self) -> QPointF | None:
        """In a right-to-left map whose start edge is on screen: that edge's point, to zoom about."""
        if not self._rtl():
            return None
        edge = self.view.mapFromScene(QPointF(self._scene.map_rect().right(), 0)).x()
        viewport = self.view.viewport().rect()
        if not 0 <= edge <= viewport.width():
            return None
        return QPointF(edge, viewport.center().y())

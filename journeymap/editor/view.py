"""The view onto the canvas: zoom (Ctrl+wheel around the cursor, menu steps), pan
(middle button, or Space+drag), scroll bars, rubber-band selection.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from . import style
from .detail import TEXT_DETAIL_SCALE
from .frozen_headers import frozen_offsets, paint_frozen_headers

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEP = 1.2


class JourneyView(QGraphicsView):
    zoomChanged = Signal(float)
    _frozen = False  # frozen headers were drawn at the last paint (frozen_headers.py)

    def __init__(self, scene=None, parent=None) -> None:
        super().__init__(parent)
        # A viewport made here, not the one Qt made: asking for Qt's own makes the bindings
        # look up its class, which creates the enum classes of some thirty Qt widget classes
        # on the way (about 20 ms of start-up).
        self.setViewport(QWidget())
        if scene is not None:
            self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # one clip rectangle per repaint: a region of many small rectangles (a dragged card and
        # its curves) makes every stroke clip against it, which cost more than the larger area
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        # The background is one flat colour, filled by drawBackground on every repaint. A cached
        # background is a window-sized pixmap blended in again (0.8 ms a full repaint), and the
        # viewport's own fill before it was a third full-window pass nobody sees.
        self.setBackgroundBrush(QColor(style.BACKGROUND))
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._space_down = False
        self._pan_from: QPointF | None = None
        from .start_edge import StartEdgeKeeper

        self.start_edge = StartEdgeKeeper(self)

    def setupViewport(self, widget) -> None:  # noqa: N802 - Qt's name
        """Runs for every viewport set after construction, the one made in __init__ included."""
        super().setupViewport(widget)
        widget.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # drawBackground fills every pixel

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        if scene is not None and hasattr(scene, "painted"):
            scene.painted()  # a rebuilt map's item index is built once it has been seen
        if hasattr(scene, "header_items"):
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self._frozen = paint_frozen_headers(scene, painter, visible, rect)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        """Frozen headers sit at the window's edge: a scroll that moves them with the map repaints."""
        super().scrollContentsBy(dx, dy)
        if self._frozen or self._frozen_possible():
            self.viewport().update()

    def _frozen_possible(self) -> bool:
        scene = self.scene()
        if scene is None or not hasattr(scene, "layout") or not scene.layout.stages:
            return False
        return any(frozen_offsets(scene.layout, self.mapToScene(self.viewport().rect()).boundingRect()))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        if scene is not None and hasattr(scene, "backdrop_covers") and scene.backdrop_covers(self):
            return  # while cards are dragged a picture covers the whole viewport (see BackdropItem)
        super().drawBackground(painter, rect)

    # ----------------------------------------------------------------- zoom
    def setTransform(self, matrix: QTransform, combine: bool = False) -> None:  # noqa: N802 - Qt's name
        """Every zoom goes through here (menus, wheel, fit, presentation): tell the scene how far out it is."""
        super().setTransform(matrix, combine)
        self._tell_scene_detail()

    def setScene(self, scene) -> None:  # noqa: N802 - Qt's name
        super().setScene(scene)
        self._tell_scene_detail()
        keeper = getattr(self, "start_edge", None)
        if keeper is not None:
            keeper.follow(scene)

    def _tell_scene_detail(self) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "set_overview"):
            scene.set_overview(self.zoom_factor() < TEXT_DETAIL_SCALE)

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (clamped), keeping the scene point under ``anchor`` (view coords) still."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom_factor()
        if abs(factor - current) < 1e-9:
            return
        if anchor is not None:
            before = self.mapToScene(anchor.toPoint())
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setTransform(QTransform.fromScale(factor, factor))  # exact factors: 100 % stays 1.0
        if anchor is not None:
            after = self.mapToScene(anchor.toPoint())
            delta = after - before
            self.translate(delta.x(), delta.y())
        else:
            self.centerOn(self.mapToScene(self.viewport().rect().center()))
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoomChanged.emit(self.zoom_factor())

    def zoom_in(self) -> None:
        self._zoom_about_center(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_about_center(self.zoom_factor() / ZOOM_STEP)

    def _zoom_about_center(self, factor: float) -> None:
        edge = self.start_edge.anchor()  # a right-to-left map's start stays where it is on screen
        if edge is not None:
            self.set_zoom(factor, edge)
            return
        center = self.mapToScene(self.viewport().rect().center())
        self.set_zoom(factor)
        self.centerOn(center)

    def actual_size(self) -> None:
        self._zoom_about_center(1.0)

    def fit_map(self) -> None:
        """Show the whole map, never enlarged beyond 100 %."""
        scene = self.scene()
        if scene is None:
            return
        rect: QRectF = scene.map_rect() if hasattr(scene, "map_rect") else scene.itemsBoundingRect()
        if rect.isEmpty():
            return
        viewport = self.viewport().rect()
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(min(1.0, factor * 0.98))
        self.centerOn(rect.center())

    # ----------------------------------------------------------------- wheel and pan
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom_factor() * (ZOOM_STEP**steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._editing() is None:
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space_down:
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _editing(self):
        scene = self.scene()
        return scene.editor() if scene is not None and hasattr(scene, "editor") else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

"""The view: zoom steps, fit, actual size, Ctrl+wheel around the cursor, middle-button pan."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from journeymap.editor.view import MAX_ZOOM, MIN_ZOOM


def test_zoom_steps_and_signal(canvas):
    view = canvas.view
    seen = []
    view.zoomChanged.connect(seen.append)
    view.zoom_in()
    assert view.zoom_factor() > 1.0 and seen[-1] == view.zoom_factor()
    view.zoom_out()
    view.zoom_out()
    assert view.zoom_factor() < 1.0
    view.actual_size()
    assert abs(view.zoom_factor() - 1.0) < 1e-9
    for _ in range(40):
        view.zoom_in()
    assert view.zoom_factor() == MAX_ZOOM
    for _ in range(60):
        view.zoom_out()
    assert view.zoom_factor() == MIN_ZOOM


def test_fit_map_shows_the_whole_map(make_canvas):
    from tests.editor.big_map import big_map

    canvas = make_canvas(big_map(stages=6, steps=3, lanes=8, cards=80, connections=60))
    canvas.view.fit_map()
    QApplication.processEvents()
    visible = canvas.view.mapToScene(canvas.view.viewport().rect()).boundingRect()
    assert visible.adjusted(-2, -2, 2, 2).contains(canvas.scene.map_rect())
    assert canvas.view.zoom_factor() < 1.0


def test_ctrl_wheel_zooms_around_the_cursor(canvas):
    view = canvas.view
    view.zoom_in()
    view.zoom_in()
    QApplication.processEvents()
    anchor = QPoint(300, 250)
    before = view.mapToScene(anchor)
    event = QWheelEvent(QPointF(anchor), QPointF(view.viewport().mapToGlobal(anchor)), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom_factor() > 1.44 * 1.19
    after = view.mapToScene(anchor)
    assert abs(after.x() - before.x()) < 2 and abs(after.y() - before.y()) < 2


def test_middle_button_pans(canvas):
    view = canvas.view
    for _ in range(4):
        view.zoom_in()
    QApplication.processEvents()
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    start = bar.value()
    point = canvas.scene.map_rect().center()
    canvas.press(point, button=Qt.MouseButton.MiddleButton)
    canvas.move(point + QPointF(-60, 0), buttons=Qt.MouseButton.MiddleButton)
    canvas.release(point + QPointF(-60, 0), button=Qt.MouseButton.MiddleButton)
    assert bar.value() != start
    assert canvas.stack.count() == 0 and not canvas.scene.selectedItems()


def test_space_and_drag_pans_without_selecting(canvas):
    from PySide6.QtGui import QKeyEvent

    view = canvas.view
    for _ in range(4):
        view.zoom_in()
    QApplication.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    start = bar.value()
    view.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier))
    point = canvas.card_center("web-ad")
    canvas.press(point)
    canvas.move(point + QPointF(0, 50))
    canvas.release(point + QPointF(0, 50))
    view.keyReleaseEvent(QKeyEvent(QKeyEvent.Type.KeyRelease, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier))
    assert bar.value() != start
    assert canvas.stack.count() == 0 and canvas.doc.card("web-ad").step == "st-a1"
    assert not canvas.scene.selectedItems()


def _background_shows_outside_the_map(view) -> bool:
    """Every sampled viewport pixel outside the map is the canvas colour (nothing left unpainted)."""
    from PySide6.QtGui import QColor

    from journeymap.editor import style

    image = view.viewport().grab().toImage()
    outside = view.mapFromScene(view.scene().map_rect()).boundingRect()
    wanted = QColor(style.BACKGROUND).rgb() & 0xFFFFFF
    samples = [
        QPoint(x, y)
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 37)
        if not outside.contains(QPoint(x, y))
    ]
    return bool(samples) and all(image.pixel(p) & 0xFFFFFF == wanted for p in samples)


def test_the_background_is_painted_every_time_and_not_cached(canvas, qapp):
    view = canvas.view
    assert view.viewport().testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    assert view.cacheMode() == view.CacheModeFlag.CacheNone  # a cached flat colour cost a full-window blend
    view.set_zoom(0.3)
    qapp.processEvents()
    assert _background_shows_outside_the_map(view)
    start = canvas.card_center("web-compare")
    canvas.press(start)
    canvas.move(start + QPointF(20, 10))
    qapp.processEvents()
    assert canvas.scene.backdrop_covers(view)  # the drag's picture stands in for the background...
    assert _background_shows_outside_the_map(view)  # ...and shows the same colour
    canvas.release(start + QPointF(20, 10))
    assert not canvas.scene.backdrop_covers(view)
    assert _background_shows_outside_the_map(view)

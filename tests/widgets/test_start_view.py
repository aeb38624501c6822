"""A map opens readable: width fitted down to a floor, the timeline's start and the top in view."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from journeymap.editor.start_view import READABLE_ZOOM, start_center, start_zoom
from journeymap.io.templates import load_template


def test_start_zoom_fits_the_width_between_the_floor_and_actual_size():
    assert start_zoom(1000, 500) == 1.0  # never enlarged
    assert abs(start_zoom(1000, 1200) - 1000 / 1200 * 0.98) < 1e-9
    assert start_zoom(1000, 4000) == READABLE_ZOOM  # a wide map: readable, the far end scrolls


def test_start_center_shows_the_start_of_the_timeline_and_the_top():
    rect = QRectF(0, 0, 4000, 2000)
    assert start_center(rect, 1000, 500, rtl=False) == (500, 250)
    assert start_center(rect, 1000, 500, rtl=True) == (3500, 250)
    assert start_center(rect, 5000, 3000, rtl=True) == (2000, 1000)  # all of it fits: centred


def _open(qtbot, name):
    from journeymap.widgets.main_window import MainWindow

    win = MainWindow(load_template(name))
    qtbot.addWidget(win)
    win.resize(1400, 850)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win._fit_pending)
    return win


def _visible(win) -> QRectF:
    return win.view.mapToScene(win.view.viewport().rect()).boundingRect()


def test_a_wide_map_opens_readable_at_its_start(qtbot):
    win = _open(qtbot, "online-purchase")
    assert win.view.zoom_factor() >= READABLE_ZOOM
    rect, seen = win.scene.map_rect(), _visible(win)
    assert seen.left() <= rect.left() + 1 and seen.top() <= rect.top() + 1
    assert seen.width() < rect.width()  # the whole width would not have been readable


def test_a_right_to_left_map_opens_at_its_right_edge(qtbot):
    win = _open(qtbot, "online-purchase-he")
    assert win.document.info.direction == "rtl"
    assert win.view.zoom_factor() >= READABLE_ZOOM
    rect, seen = win.scene.map_rect(), _visible(win)
    assert seen.right() >= rect.right() - 1 and seen.top() <= rect.top() + 1


def _right_edge_on_screen(win) -> int:
    return win.view.mapFromScene(win.scene.map_rect().topRight()).x()


def test_a_right_to_left_map_keeps_its_start_after_a_new_step_and_a_zoom(qtbot):
    win = _open(qtbot, "online-purchase-he")
    edge = _right_edge_on_screen(win)
    assert 0 <= edge <= win.view.viewport().width()
    first_step = win.document.steps()[0].id
    win.editor.insert_next_to("step", first_step, after=True)
    win.scene.apply_geometry()
    QApplication.processEvents()
    assert abs(_right_edge_on_screen(win) - edge) <= 2  # the first stage and the lane headers stay in view
    win.view.zoom_in()
    assert abs(_right_edge_on_screen(win) - edge) <= 2
    win.view.zoom_out()
    win.view.zoom_out()
    assert abs(_right_edge_on_screen(win) - edge) <= 2

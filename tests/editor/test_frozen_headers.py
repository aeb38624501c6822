"""Stage, step and lane headers stay in view while the map scrolls; exports never show the copies."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from journeymap.editor.frozen_headers import frozen_offsets, paint_frozen_headers
from journeymap.io.templates import load_template
from tests.editor.conftest import Canvas


def _visible(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_headers_freeze_once_they_scroll_out(qtbot):
    canvas = Canvas(load_template("online-purchase"), qtbot)
    scene, view = canvas.scene, canvas.view
    view.resize(900, 500)
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    assert frozen_offsets(scene.layout, _visible(view)) == (0.0, 0.0)  # at the top left: the real ones show
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 400)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 500)
    dy, dx = frozen_offsets(scene.layout, _visible(view))
    assert dy > 0 and dx > 0
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        assert paint_frozen_headers(scene, painter, _visible(view))
        scene.exporting = True  # pictures and presentation mode: no frozen copies
        assert not paint_frozen_headers(scene, painter, _visible(view))
    finally:
        scene.exporting = False
        painter.end()


def test_the_frozen_band_is_drawn_at_the_top_of_the_window(qtbot):
    canvas = Canvas(load_template("online-purchase"), qtbot)
    view = canvas.view
    view.resize(900, 500)
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum() + 600)
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    stages = [item for item in canvas.scene.header_items.values() if item.part == "stage"]
    xs = [view.mapFromScene(item.sceneBoundingRect().center()).x() for item in stages]
    x = next(x for x in xs if image.width() // 3 <= x < image.width())  # clear of the lane-header column
    stage = stages[xs.index(x)]
    dy, _dx = frozen_offsets(canvas.scene.layout, _visible(view))
    y = view.mapFromScene(stage.sceneBoundingRect().bottomLeft() + QPointF(0, dy - 3)).y()  # below the name
    assert 0 <= y < 60  # at the top of the window, though the real header is far above it
    assert image.pixelColor(x, y).name() == stage.color.name()  # drawn there in the stage's own colour


def test_a_right_to_left_map_freezes_its_lane_headers_at_the_right(qtbot):
    canvas = Canvas(load_template("online-purchase-he"), qtbot)
    view = canvas.view
    view.resize(900, 500)
    rect = canvas.scene.map_rect()
    view.centerOn(rect.left() + 300, rect.center().y())  # far from the start, which is at the right
    dy, dx = frozen_offsets(canvas.scene.layout, _visible(view))
    assert dx < 0

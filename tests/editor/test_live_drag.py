"""Dragging cards: their connections are drawn by the live layer while the drag runs, and
after the drop the curves, arrows and captions are exactly where a fresh build puts them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QPainter, QUndoStack

from journeymap.editor.drag_routes import DragRouting
from journeymap.editor.items.connection_caption import ConnectionLabelItem
from journeymap.editor.items.live_connections import pass_offsets
from journeymap.editor.routing import segments
from journeymap.editor.scene import JourneyScene


def _geometry(scene, captions_shown: bool = True) -> dict[str, tuple]:
    """Each connection's route, arrow and caption rectangle (and where its caption item shows it)."""
    result = {}
    for conn_id, item in scene.connection_items.items():
        label = item.caption_item()
        shown = None
        if captions_shown and label is not None and label.isVisible():
            shown = (label.pos(), label.boundingRect())
        result[conn_id] = (item.route_commands(), item.arrow_ref(), item.label_rect(), item.boundingRect(), shown)
    return result


def _card_rect(card) -> tuple[float, float, float, float]:
    return (card.x(), card.y(), card.width(), card.height())


def test_while_dragging_the_items_keep_their_resting_curves_and_the_layer_draws_the_moving_ones(canvas):
    scene = canvas.scene
    before = _geometry(scene, captions_shown=False)
    start = canvas.card_center("web-compare")  # e1 in, e2 and e3 out, e4 back in
    canvas.press(start)
    for dx in (10, 40, 80):
        canvas.move(start + QPointF(dx, 30))
    layer = scene.live_layer()
    moving = {scene.connection_items[c] for c in ("e1", "e2", "e3", "e4")}
    assert set(layer.items_drawn()) == moving
    assert _geometry(scene, captions_shown=False) == before  # nothing routed or re-indexed while the drag runs
    caption = scene.connection_items["e2"].caption_item()
    assert caption.pos() != QPointF(0, 0)  # captions follow their curves
    # what the layer draws is what the router plans for the cards where they are now
    boxes = {"web-compare": _card_rect(scene.card_items["web-compare"])}
    routes = DragRouting(scene.route_plan(), boxes).routes(boxes)
    for item in moving:
        path, _arrow, _selected = item.drag_drawing((-1e6, -1e6, 1e6, 1e6))
        cmds, end, _direction = segments(
            routes[item.conn_id], _card_rect(item.source), _card_rect(item.target), item.forward
        )
        first, last = path.elementAt(0), path.elementAt(path.elementCount() - 1)
        assert (first.x, first.y) == cmds[0][1] and (last.x, last.y) == end  # between the cards as they are now
        assert item.drag_commands() == cmds
    canvas.release(start + QPointF(80, 30))
    assert not layer.items_drawn() and not any(item.dragging() for item in moving)


def test_after_a_drop_curves_arrows_and_captions_are_where_a_fresh_build_puts_them(canvas, qapp):
    scene = canvas.scene
    start = canvas.card_center("web-compare")
    canvas.drag(start, canvas.cell_center("st-a2", "l-phone") + QPointF(0, 20))
    assert canvas.stack.count() == 1
    fresh = JourneyScene(canvas.doc, QUndoStack())
    qapp.processEvents()
    try:
        assert _geometry(scene) == _geometry(fresh)
    finally:
        fresh.detach()


def test_a_refused_drop_puts_back_exactly_what_was_there(canvas):
    scene = canvas.scene
    before = _geometry(scene)
    start = canvas.card_center("web-compare")
    canvas.drag(start, QPointF(-500, -500))  # off the grid: refused
    assert canvas.stack.count() == 0
    assert _geometry(scene) == before  # free-spot captions too, not moved to the middle of their curves


def test_moving_curves_are_drawn_in_passes_that_keep_the_pens_weight():
    assert pass_offsets(1.6, 1.0) == pytest.approx([-0.3, 0.3])  # 1.6 px: two one-pixel passes 0.6 apart
    assert pass_offsets(1.6, 0.5) == [0.0]  # under a pixel on screen: one pass of the pen itself
    offsets = pass_offsets(2.6, 1.0)  # a selected curve
    assert len(offsets) == 3 and abs(offsets[0] + 0.8) < 1e-9 and abs(offsets[-1] - 0.8) < 1e-9
    wide = pass_offsets(1.6, 4.0)  # 6.4 px on screen: passes no more than a pixel apart
    gaps = [(b - a) * 4.0 for a, b in zip(wide, wide[1:], strict=False)]
    assert max(gaps) <= 1.0 + 1e-9 and abs((wide[-1] - wide[0]) * 4.0 - 5.4) < 1e-9


class _CountingPainter:
    """A painter that counts the calls made on it (and passes them on)."""

    def __init__(self, painter) -> None:
        self._painter = painter
        self.calls: list[str] = []

    def __getattr__(self, name):
        target = getattr(self._painter, name)
        if callable(target):

            def call(*args, **kwargs):
                self.calls.append(name)
                return target(*args, **kwargs)

            return call
        return target


def _paint_label(label: ConnectionLabelItem, scale: float) -> list[str]:
    image = QImage(400, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.scale(scale, scale)
    counting = _CountingPainter(painter)
    label.paint(counting, None)
    painter.end()
    return counting.calls


def test_a_caption_is_only_its_pill_when_zoomed_out_but_not_in_exports(canvas):
    scene = canvas.scene
    label = scene.connection_items["e2"].caption_item()
    assert label is not None and scene.connection_items["e2"].caption
    assert "drawText" in _paint_label(label, 1.0)
    zoomed_out = _paint_label(label, 0.3)
    assert "drawRoundedRect" in zoomed_out and "drawText" not in zoomed_out
    scene.exporting = True
    try:
        assert "drawText" in _paint_label(label, 0.3)  # exports draw everything at any scale
    finally:
        scene.exporting = False


def _drag_halfway(canvas):
    """Press on a card with connections and move it: the drag runs, not yet released."""
    start = canvas.card_center("web-compare")
    canvas.press(start)
    canvas.move(start + QPointF(40, 30))
    return start, canvas.scene.live_layer()


def test_the_live_layer_draws_nothing_in_exports(canvas):
    scene = canvas.scene
    start, layer = _drag_halfway(canvas)
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    counting = _CountingPainter(painter)
    scene.exporting = True
    try:
        layer.paint(counting, None)
    finally:
        scene.exporting = False
    layer.paint(counting, None)
    painter.end()
    canvas.release(start + QPointF(40, 30))
    assert counting.calls.count("drawPath") >= 4  # only the second paint, outside the export, drew curves
    assert layer.boundingRect() == QRectF(scene.map_rect())


def test_curves_of_a_document_replaced_mid_drag_are_not_drawn(canvas):
    scene = canvas.scene
    start, layer = _drag_halfway(canvas)
    assert layer.items_drawn()
    scene.set_document(type(canvas.doc)())  # e.g. a file opened over the map
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    counting = _CountingPainter(painter)
    layer.paint(counting, None)
    painter.end()
    assert "drawPath" not in counting.calls
    canvas.release(start + QPointF(40, 30))


def _max_difference(a: QImage, b: QImage, rect) -> int:
    worst = 0
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16):
                worst = max(worst, abs(((pa >> shift) & 255) - ((pb >> shift) & 255)))
    return worst


def test_while_dragging_the_grid_and_resting_curves_show_as_one_picture_that_looks_the_same(canvas, qapp):
    scene, view = canvas.scene, canvas.view
    still = scene.connection_items["e1"]  # web-ad -> web-compare: not touched by the drag
    area = view.mapFromScene(still.sceneBoundingRect()).boundingRect().adjusted(-6, -6, 6, 6)
    area = area.intersected(view.viewport().rect())
    dragged = scene.document.card("phone-support")
    scene.focus_cell = (dragged.step, dragged.lane)  # pressing the card brings the focus frame there
    qapp.processEvents()
    before = view.viewport().grab().toImage()
    start = canvas.card_center("phone-support")  # only e5 ends there
    canvas.press(start)
    canvas.move(start + QPointF(30, 40))
    qapp.processEvents()
    assert not scene.grid_item.isVisible() and not scene.connection_layer.isVisible()
    assert not any(header.isVisible() for header in scene.header_items.values())  # in the picture too
    during = view.viewport().grab().toImage()
    assert _max_difference(before, during, area) <= 3
    headers = view.mapFromScene(next(iter(scene.header_items.values())).sceneBoundingRect()).boundingRect()
    assert _max_difference(before, during, headers.intersected(view.viewport().rect())) <= 3
    canvas.release(start + QPointF(30, 40))
    assert scene.grid_item.isVisible() and scene.connection_layer.isVisible()
    assert all(header.isVisible() for header in scene.header_items.values())


def _strokes_of(layer) -> int:
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    counting = _CountingPainter(painter)
    layer.paint(counting, None)
    painter.end()
    return counting.calls.count("drawPath")


def _busy_and_separate(layer) -> tuple[QImage, QImage]:
    """The layer's busy drawing, and each of its curves (one plain pass) and arrowheads (smooth) drawn on its own."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPen

    from journeymap.editor import style

    images = []
    for together in (True, False):
        image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(-100, -50)
        if together:
            layer.paint(painter, None)
        else:
            color = QColor(style.CONNECTION)
            for item in layer.items_drawn():
                path, arrow, _selected = item.drag_drawing((-1e6, -1e6, 1e6, 1e6))
                painter.setPen(QPen(color, 0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                painter.drawPath(path)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawPolygon(arrow)
        painter.end()
        images.append(image)
    return images[0], images[1]


@pytest.fixture
def busy(monkeypatch):
    """Any drag moving more than two curves counts as busy."""
    from journeymap.editor import scene_geometry

    monkeypatch.setattr(scene_geometry, "BUSY_DRAG_CURVES", 2)


def test_a_calm_drag_strokes_its_curves_at_full_weight_and_its_captions_follow(canvas):
    start, layer = _drag_halfway(canvas)  # four curves, under the busy count
    caption = canvas.scene.connection_items["e2"].caption_item()
    assert caption.isVisible() and caption.pos() != QPointF(0, 0)
    assert _strokes_of(layer) == 8  # 1.6 px at 100 %: two one-pixel passes for each of four curves
    canvas.release(start + QPointF(40, 30))


def test_a_busy_drag_strokes_once_and_its_captions_wait_for_the_drop(canvas, qapp, busy):
    scene = canvas.scene
    start, layer = _drag_halfway(canvas)
    caption = scene.connection_items["e2"].caption_item()
    assert not caption.isVisible() and caption.pos() == QPointF(0, 0)
    assert _strokes_of(layer) == 1  # one one-pixel pass, all four curves as one path
    together, separate = _busy_and_separate(layer)
    drawn = sum(1 for y in range(0, 400, 2) for x in range(0, 400, 2) if together.pixel(x, y) & 0xFF < 200)
    assert drawn > 20  # the curves run through the picture compared
    assert _max_difference(together, separate, QRect(0, 0, 400, 400)) <= 2  # as if drawn one by one
    canvas.move(start + QPointF(0, 0))
    canvas.release(canvas.cell_center("st-a2", "l-phone") + QPointF(0, 20))
    assert caption.isVisible()
    fresh = JourneyScene(canvas.doc, QUndoStack())
    qapp.processEvents()
    try:
        assert _geometry(scene) == _geometry(fresh)  # placed, and shown, where a fresh build puts them
    finally:
        fresh.detach()


def test_a_busy_drag_refused_shows_its_captions_where_they_were(canvas, busy):
    scene = canvas.scene
    before = _geometry(scene)
    start, _layer = _drag_halfway(canvas)
    assert not scene.connection_items["e2"].caption_item().isVisible()
    canvas.move(QPointF(-500, -500))
    canvas.release(QPointF(-500, -500))  # off the grid: refused
    assert canvas.stack.count() == 0
    assert _geometry(scene) == before


def test_the_drop_target_moving_cell_to_cell_repaints_the_picture_as_a_full_retake_would(canvas, qapp):
    scene, view = canvas.scene, canvas.view
    start = canvas.card_center("phone-support")
    canvas.press(start)
    rect = view.viewport().rect()
    for step, lane in (("st-b1", "l-phone"), ("st-a2", "l-web"), ("st-a2", "l-phone"), ("st-k1", "l-act")):
        canvas.move(canvas.cell_center(step, lane))
        qapp.processEvents()
        assert scene.grid_item._drop_target == scene.cell_rect(step, lane)
        patched = view.viewport().grab().toImage()
        scene._backdrop.refresh()  # the whole picture taken again
        qapp.processEvents()
        retaken = view.viewport().grab().toImage()
        assert _max_difference(patched, retaken, rect) == 0, (step, lane)
    canvas.release(canvas.cell_center("st-k1", "l-act"))

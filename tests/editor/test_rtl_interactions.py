"""Gestures on a right-to-left map follow the mirrored layout."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from journeymap.editor import style
from tests.factories import small_map


def _rtl_canvas(make_canvas):
    doc = small_map()
    doc.set_info(direction="rtl")
    return make_canvas(doc)


def test_drag_a_card_to_a_later_step_goes_left(make_canvas):
    canvas = _rtl_canvas(make_canvas)
    doc, scene = canvas.doc, canvas.scene
    target = canvas.cell_center("st-k1", "l-web")
    assert target.x() < canvas.card_center("web-ad").x()
    canvas.drag(canvas.card_center("web-ad"), target)
    assert doc.card("web-ad").step == "st-k1"
    assert scene.card_items["web-ad"].pos().x() < scene.card_items["web-buy"].pos().x()
    canvas.stack.undo()
    assert scene.card_items["web-ad"].pos().x() > scene.card_items["web-buy"].pos().x()


def test_resize_a_step_from_its_left_edge(make_canvas):
    canvas = _rtl_canvas(make_canvas)
    doc, scene = canvas.doc, canvas.scene
    header = scene.header_items["st-a1"]
    edge = header.mapToScene(QPointF(1, header.rect().center().y()))
    canvas.drag(edge, edge - QPointF(60, 0))
    assert doc.step("st-a1").width == style.DEFAULT_STEP_WIDTH + 59
    assert header.rect().width() == doc.step("st-a1").width


def test_drag_the_first_stage_to_the_end_moves_it_left(make_canvas):
    canvas = _rtl_canvas(make_canvas)
    doc, scene = canvas.doc, canvas.scene
    last = scene.layout.stages["s-keep"]
    start = scene.header_items["s-aware"].mapToScene(scene.header_items["s-aware"].rect().center())
    canvas.drag(start, QPointF(last.x + 5, last.center[1]))
    assert [s.id for s in doc.stages()] == ["s-buy", "s-keep", "s-aware"]
    assert scene.header_items["s-aware"].pos().x() < scene.header_items["s-keep"].pos().x()


def test_the_connection_handle_sits_on_the_left_side(make_canvas):
    canvas = _rtl_canvas(make_canvas)
    scene = canvas.scene
    canvas.click(canvas.card_center("act-search"))
    card = scene.card_items["act-search"].scene_rect()
    assert abs(scene.handle_item.scenePos().x() - card.left()) < 1
    canvas.drag(scene.handle_item.scenePos(), canvas.card_center("web-buy"))
    assert [c.target for c in canvas.doc.connections() if c.source == "act-search"] == ["web-buy"]

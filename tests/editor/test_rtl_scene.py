"""A right-to-left map on the canvas: mirrored grid, arrows, curve and text, and switching back and forth."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from journeymap.editor.commands import SetPropertiesCommand
from journeymap.editor.routing import segments
from journeymap.editor.scene import JourneyScene
from journeymap.io.templates import load_template


@pytest.fixture
def hebrew_scene(qapp):
    stack = QUndoStack()
    scene = JourneyScene(load_template("online-purchase-he"), stack)
    scene.apply_geometry()
    yield scene
    scene.clear()


def header_x(scene, model_id: str) -> float:
    return scene.header_items[model_id].pos().x()


def test_first_stage_is_at_the_right_and_steps_run_right_to_left(hebrew_scene):
    scene, doc = hebrew_scene, hebrew_scene.document
    assert doc.info.direction == "rtl"
    stages = doc.stages()
    assert header_x(scene, stages[0].id) > header_x(scene, stages[-1].id)
    xs = [header_x(scene, step.id) for step in doc.steps()]
    assert xs == sorted(xs, reverse=True)
    grid = scene.layout.grid
    for lane in doc.lanes():
        assert header_x(scene, lane.id) >= grid.right  # lane headers on the right of the grid
    assert scene.title_item.pos().x() + scene.title_item.boundingRect().width() == pytest.approx(
        scene.layout.width - 36, abs=1
    )


def test_forward_arrows_point_left_and_the_emotion_curve_runs_right_to_left(hebrew_scene):
    scene = hebrew_scene
    forward = [item for item in scene.connection_items.values() if item.route.kind == "forward"]
    assert forward
    for item in forward:
        _cmds, _end, direction = segments(item.route, item.source.scene_rect().getRect(),
                                          item.target.scene_rect().getRect(), item.forward)
        assert direction[0] < 0
    points = [point.x() for point, _score in scene.emotion_item._points]
    assert len(points) > 3 and points == sorted(points, reverse=True)


def test_card_and_lane_text_is_right_aligned(hebrew_scene):
    scene = hebrew_scene
    card = next(iter(scene.card_items.values()))
    block = scene.texts.block(card.card.title, card.width(), card.rtl)
    option = block._layout.textOption()
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    lane = scene.header_items[scene.document.lanes()[0].id]
    assert lane.block()._layout.textOption().alignment() & Qt.AlignmentFlag.AlignRight


def test_switching_direction_mirrors_everything_in_one_undo_step(hebrew_scene):
    scene, doc = hebrew_scene, hebrew_scene.document
    first, last = doc.stages()[0].id, doc.stages()[-1].id
    card_id = next(iter(scene.card_items))
    rtl_card_x = scene.card_items[card_id].pos().x()
    scene.undo_stack.push(SetPropertiesCommand(doc, "map", None, {"direction": "ltr"}))
    scene.apply_geometry()
    assert scene.undo_stack.count() == 1
    assert header_x(scene, first) < header_x(scene, last)
    ltr_box = scene.layout.cards[card_id]
    assert scene.card_items[card_id].pos().x() == pytest.approx(ltr_box.x)
    assert rtl_card_x == pytest.approx(scene.layout.width - ltr_box.x - ltr_box.w)  # exactly mirrored
    assert not scene.card_items[card_id].rtl
    points = [point.x() for point, _score in scene.emotion_item._points]
    assert points == sorted(points)
    scene.undo_stack.undo()
    scene.apply_geometry()
    assert doc.info.direction == "rtl"
    assert header_x(scene, first) > header_x(scene, last)
    assert scene.card_items[card_id].pos().x() == pytest.approx(rtl_card_x)


def test_a_drop_lands_in_the_cell_under_the_pointer_of_the_mirrored_grid(hebrew_scene):
    scene, doc = hebrew_scene, hebrew_scene.document
    first_step = doc.steps()[0].id
    lane = next(lane for lane in doc.lanes() if lane.kind == "website")
    box = scene.layout.cell(first_step, lane.id)
    assert box.x > scene.layout.cell(doc.steps()[-1].id, lane.id).x
    from PySide6.QtCore import QPointF

    assert scene.cell_at(QPointF(box.x + box.w / 2, box.y + box.h / 2)) == (first_step, lane.id)

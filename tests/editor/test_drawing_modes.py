"""One owner for the drawing modes: the scene hands its DrawingModes to the items it adds."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsRectItem

from journeymap.editor.drawing_modes import RESTING
from journeymap.editor.items.card import CardItem

ITEMS = Path(__file__).resolve().parents[2] / "journeymap" / "editor"


def test_no_item_asks_its_scene_how_to_draw():
    asking = re.compile(r"getattr\([^)]*scene[^)]*,\s*\"(exporting|overview_mode)\"")
    offenders = [str(p) for p in ITEMS.rglob("*.py") if asking.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_items_hold_the_scene_modes_and_follow_an_export(canvas):
    scene = canvas.scene
    card = scene.card_items["web-ad"]
    held = [card, scene.grid_item, scene.handle_item, scene.emotion_item, scene.connection_items["e1"]]
    held += list(scene.header_items.values())[:2]
    assert all(item.modes is scene.drawing_modes for item in held)
    with scene.export_mode():
        assert all(item.modes.exporting for item in held)
    assert not any(item.modes.exporting for item in held) and not RESTING.exporting


def test_an_item_outside_a_scene_reads_resting(canvas):
    from journeymap.editor.items.headers import TitleItem

    assert TitleItem().modes is RESTING and not RESTING.exporting and not RESTING.far_out


def test_zooming_far_out_and_dragging_are_modes_of_the_same_object(canvas, qapp):
    scene = canvas.scene
    canvas.view.set_zoom(0.05)
    qapp.processEvents()
    assert scene.drawing_modes.far_out and scene.overview_mode
    canvas.view.set_zoom(1.0)
    qapp.processEvents()
    start = canvas.card_center("web-compare")
    canvas.press(start)
    canvas.move(start + QPointF(30, 10))
    assert scene.drawing_modes.dragging
    canvas.release(start + QPointF(30, 10))
    assert not scene.drawing_modes.dragging


def test_the_drag_backdrop_folds_what_declares_it_not_whatever_lies_at_its_depth(canvas, qapp):
    scene = canvas.scene
    row = scene.layout.rows["l-emo"]
    stranger = QGraphicsRectItem(QRectF(row.x, row.y, row.w, row.h))
    stranger.setZValue(5)  # where the emotion curves lie
    scene.addItem(stranger)
    start = canvas.card_center("web-compare")
    canvas.press(start)
    canvas.move(start + QPointF(30, 10))
    qapp.processEvents()
    folded = scene._backdrop._folded
    assert scene.emotion_item in folded
    assert stranger not in folded and not any(isinstance(item, CardItem) for item in folded)
    canvas.release(start + QPointF(30, 10))
    scene.removeItem(stranger)

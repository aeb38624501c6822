"""Presentation mode for the back of the room: T enlarges every text, PageDown zooms to the
stage's cards on a tall map, and the stage caption never covers the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from journeymap.editor import style
from journeymap.io.templates import load_template

K = Qt.Key


@pytest.fixture
def tall(qtbot):
    from journeymap.widgets.main_window import MainWindow

    win = MainWindow(load_template("online-purchase"))  # 13 lanes: taller than a stage is wide
    qtbot.addWidget(win)
    win.resize(1400, 850)
    win.show()
    qtbot.waitExposed(win)
    win.presentation.enter()
    qtbot.waitUntil(lambda: win.isFullScreen())
    qtbot.wait(20)
    yield win
    if win.presentation.active:
        win.presentation.leave()


def test_t_enlarges_captions_and_headers_too(tall, qtbot):
    before = {name: getattr(style, name) for name in ("CARD_FONT_SIZE", "STAGE_FONT_SIZE", "LANE_FONT_SIZE",
                                                        "LABEL_FONT_SIZE")}
    caption = tall.presentation.caption
    small = caption.sizeHint().height()
    qtbot.keyClick(tall.view, K.Key_T)
    try:
        for name, size in before.items():
            assert getattr(style, name) > size, name
        assert caption.sizeHint().height() > small
    finally:
        qtbot.keyClick(tall.view, K.Key_T)
    assert {name: getattr(style, name) for name in before} == before


def test_page_down_zooms_to_the_stages_cards_and_the_caption_covers_none(tall, qtbot):
    scene, view, presentation = tall.scene, tall.view, tall.presentation
    layout = scene.layout
    qtbot.keyClick(view, K.Key_PageDown)
    qtbot.wait(400)
    stage = scene.document.stages()[0]
    box = layout.stages[stage.id]
    column = QRectF(box.x, box.y, box.w, layout.grid.bottom - box.y)
    viewport = view.viewport().rect()
    whole_column_zoom = min(viewport.width() / column.width(), viewport.height() / column.height())
    assert view.zoom_factor() > whole_column_zoom * 1.05  # closer than the whole column allows
    steps = {s.id for s in stage.steps}
    cards = [item for cid, item in scene.card_items.items() if scene.document.card(cid).step in steps]
    shown = view.mapToScene(viewport).boundingRect()
    assert all(shown.contains(item.sceneBoundingRect()) for item in cards)  # every card of the stage
    pill = presentation.caption.geometry()
    assert presentation.caption.isVisible()
    for item in cards:
        assert not view.mapFromScene(item.sceneBoundingRect()).boundingRect().intersects(pill)


def test_t_and_p_work_in_the_hebrew_layout(tall, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def hebrew(letter: str) -> None:
        QApplication.sendEvent(tall.view, QKeyEvent(QEvent.Type.KeyPress, ord(letter), Qt.KeyboardModifier.NoModifier,
                                                     letter))

    hebrew("א")  # the T key
    assert tall.presentation.large_text
    hebrew("א")
    assert not tall.presentation.large_text
    hebrew("פ")  # the P key: the next persona
    assert tall.persona_filter.persona_id == tall.document.personas()[0].id


def test_the_caption_covers_no_card_even_where_cards_fill_the_last_lane(tall, qtbot):
    scene, view, presentation = tall.scene, tall.view, tall.presentation
    doc = scene.document
    last = doc.lanes()[-1].id
    stages = [i for i, stage in enumerate(doc.stages()) if any(doc.cell_cards(s.id, last) for s in stage.steps)]
    presentation.go_to_stage(stages[0], animate=False)
    qtbot.wait(50)
    pill = presentation.caption.geometry()
    steps = {step.id for step in doc.stages()[stages[0]].steps}
    lit = [item for cid, item in scene.card_items.items() if doc.card(cid).step in steps]
    assert any(doc.card(item.card_id).lane == last for item in lit)
    for item in lit:  # the stage being talked about; the veiled others may pass beneath
        assert not view.mapFromScene(item.sceneBoundingRect()).boundingRect().intersects(pill)

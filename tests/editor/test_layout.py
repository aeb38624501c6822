"""The layout module as numbers: columns, rows, card boxes, growth, hit-testing, right-to-left."""

from __future__ import annotations

from dataclasses import replace

import pytest

from journeymap.editor import style
from journeymap.editor.layout import Box, LabelSpots, compute_layout, stack_height
from journeymap.model import Card
from tests.factories import small_map

FIXED = lambda card, width: 60.0  # every card 60 units tall  # noqa: E731


def test_columns_follow_the_timeline_left_to_right():
    doc = small_map()
    layout = compute_layout(doc, FIXED)
    xs = [layout.columns[s.id].x for s in doc.steps()]
    assert xs == sorted(xs)
    assert layout.columns["st-a1"].w == style.DEFAULT_STEP_WIDTH
    stage = layout.stages["s-aware"]
    assert stage.x == layout.steps["st-a1"].x and stage.right == layout.steps["st-a2"].right
    assert layout.lanes["l-act"].right <= layout.grid.x  # lane headers left of the grid


def test_rows_stack_top_to_bottom_and_grow_to_the_fullest_cell():
    doc = small_map()
    for i in range(3):
        doc.add_card(Card(f"extra{i}", "st-a1", "l-web", f"Extra {i}"))
    layout = compute_layout(doc, FIXED)
    ys = [layout.rows[lane.id].y for lane in doc.lanes()]
    assert ys == sorted(ys)
    web = layout.rows["l-web"]
    assert web.h == stack_height([60.0] * 4) > style.DEFAULT_LANE_HEIGHT
    assert layout.rows["l-phone"].h == style.DEFAULT_LANE_HEIGHT
    assert layout.rows["l-emo"].h == style.EMOTION_LANE_HEIGHT


def test_cards_stack_inside_their_cell_in_document_order():
    doc = small_map()
    doc.add_card(Card("second", "st-a1", "l-web", "Second"))
    layout = compute_layout(doc, FIXED)
    cell = layout.cell("st-a1", "l-web")
    first, second = layout.cards["web-ad"], layout.cards["second"]
    assert first.bottom + style.CARD_GAP == second.y
    for box in (first, second):
        assert cell.x < box.x and box.right < cell.right and cell.y < box.y and box.bottom < cell.bottom


def test_card_height_comes_from_measure_and_has_a_minimum():
    doc = small_map()
    tall = lambda card, width: 200.0 if card.id == "web-ad" else 1.0  # noqa: E731
    layout = compute_layout(doc, tall)
    assert layout.cards["web-ad"].h == 200.0
    assert layout.cards["web-buy"].h == style.CARD_MIN_HEIGHT


def test_step_width_and_lane_height_from_the_model_are_clamped():
    doc = small_map()
    doc.update_step("st-a1", width=330.0)
    doc.update_step("st-a2", width=5.0)
    doc.update_lane("l-phone", height=150.0)
    layout = compute_layout(doc, FIXED)
    assert layout.columns["st-a1"].w == 330.0
    assert layout.columns["st-a2"].w == style.MIN_STEP_WIDTH
    assert layout.rows["l-phone"].h == 150.0
    assert layout.cards["phone-ask"].w == style.MIN_STEP_WIDTH - 2 * style.CELL_PADDING_X


def test_cell_at_and_insert_index():
    doc = small_map()
    doc.add_card(Card("second", "st-a1", "l-web", "Second"))
    layout = compute_layout(doc, FIXED)
    x, y = layout.cell("st-b1", "l-phone").center
    assert layout.cell_at(x, y) == ("st-b1", "l-phone")
    assert layout.cell_at(layout.lanes["l-web"].center[0], y) is None  # on a lane header
    assert layout.cell_at(x, layout.title.center[1]) is None
    ids = ["web-ad", "second"]
    assert layout.insert_index(ids, layout.cards["web-ad"].y) == 0
    assert layout.insert_index(ids, layout.cards["second"].center[1] - 1) == 1
    assert layout.insert_index(ids, layout.cards["second"].bottom + 5) == 2


def test_map_box_encloses_title_headers_and_grid():
    layout = compute_layout(small_map(), FIXED)
    whole = layout.map_box
    for box in (layout.title, layout.grid, *layout.stages.values(), *layout.lanes.values()):
        assert whole.x <= box.x and box.right <= whole.right and whole.y <= box.y and box.bottom <= whole.bottom
    assert layout.title.bottom <= min(b.y for b in layout.stages.values())


def test_right_to_left_mirrors_every_box():
    doc = small_map()
    ltr = compute_layout(doc, FIXED)
    doc.set_info(direction="rtl")
    rtl = compute_layout(doc, FIXED)
    assert rtl.rtl and rtl.forward_sign() == -1
    # the first stage's header is right of the last one's
    assert rtl.stages["s-aware"].x > rtl.stages["s-keep"].x
    assert rtl.steps["st-a1"].x > rtl.steps["st-a2"].x
    # lane headers on the right of the grid
    assert rtl.lanes["l-web"].x >= rtl.grid.right
    for mapping in ("stages", "steps", "lanes", "columns", "rows", "cards"):
        for key, box in getattr(ltr, mapping).items():
            mirrored = getattr(rtl, mapping)[key]
            assert mirrored == pytest.approx(box.mirrored(ltr.width)), (mapping, key)
            assert (mirrored.y, mirrored.w, mirrored.h) == (box.y, box.w, box.h)
    x, y = rtl.cell("st-a1", "l-web").center
    assert rtl.cell_at(x, y) == ("st-a1", "l-web")


def test_a_map_without_emotion_lane_or_cards_still_lays_out():
    doc = small_map()
    doc.remove_lane("l-emo")
    for card in doc.cards():
        doc.remove_cards([card.id])
    layout = compute_layout(doc, FIXED)
    assert layout.emotion_lane is None and not layout.cards
    assert layout.grid.h == 3 * style.DEFAULT_LANE_HEIGHT


def test_label_spots_see_cards_and_taken_places():
    layout = compute_layout(small_map(), FIXED)
    spots = LabelSpots(layout)
    card = layout.cards["web-ad"]
    assert not spots.is_free(Box(card.x + 5, card.y + 5, 30, 10))
    empty = layout.cell("st-k1", "l-act")
    label = Box(empty.x + 20, empty.y + 20, 60, 14)
    assert spots.is_free(label)
    spots.take(label)
    assert not spots.is_free(replace(label, x=label.x + 30))

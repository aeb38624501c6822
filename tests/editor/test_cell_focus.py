"""Where the keyboard focus cell goes: first cell, arrows (mirrored in RTL), the emotion lane skipped, Tab order."""

from __future__ import annotations

from journeymap.editor.cell_focus import card_lanes, first_cell, neighbour_cell, next_card
from journeymap.io.templates import load_template
from tests.factories import small_map


def test_a_map_opens_on_the_first_step_of_the_first_channel_lane():
    assert first_cell(small_map()) == ("st-a1", "l-web")  # the actions lane comes first but is no channel
    assert first_cell(load_template("blank")) == ("step-awareness-1", "lane-website")


def test_arrows_move_along_the_timeline_and_skip_the_emotion_lane():
    doc = load_template("blank")
    assert "lane-emotion" not in card_lanes(doc)
    assert neighbour_cell(doc, ("step-awareness-1", "lane-website"), 1, 0, rtl=False) == (
        "step-consideration-1", "lane-website")
    assert neighbour_cell(doc, ("step-awareness-1", "lane-phone"), 0, 1, rtl=False) == (
        "step-awareness-1", "lane-friction")
    assert neighbour_cell(doc, ("step-awareness-1", "lane-friction"), 0, -1, rtl=False) == (
        "step-awareness-1", "lane-phone")
    assert neighbour_cell(doc, ("step-awareness-1", "lane-website"), -1, 0, rtl=False) is None
    assert neighbour_cell(doc, ("step-awareness-1", "lane-actions"), 0, -1, rtl=False) is None


def test_right_to_left_maps_mirror_left_and_right():
    doc = load_template("blank")
    start = ("step-consideration-1", "lane-email")
    assert neighbour_cell(doc, start, 1, 0, rtl=True) == ("step-awareness-1", "lane-email")
    assert neighbour_cell(doc, start, -1, 0, rtl=True) == ("step-purchase-1", "lane-email")
    assert neighbour_cell(doc, start, 0, 1, rtl=True) == ("step-consideration-1", "lane-phone")


def test_tab_order_is_timeline_order_and_wraps():
    doc = small_map()
    order = [c.id for c in doc.cards()]
    assert next_card(doc, order[0], None, True) == order[1]
    assert next_card(doc, order[-1], None, True) == order[0]
    assert next_card(doc, order[0], None, False) == order[-1]
    # without a selected card: the first card at or after the focus cell, or the last one before it
    assert next_card(doc, None, ("st-a2", "l-web"), True) == "web-compare"
    assert next_card(doc, None, ("st-a2", "l-web"), False) == "web-ad"

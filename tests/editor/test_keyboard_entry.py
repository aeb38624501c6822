"""Keyboard entry on a bare canvas: typing cards, Enter / Ctrl+Enter / Escape, emotions, moment of
truth, Alt+arrows, Tab and the keyboard connection, each a single undo step (or none)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.io.templates import load_template
from tests.editor.keyboard_canvas import keyboard_canvas_fixture  # noqa: F401 (the keyboard_canvas fixture)
from tests.factories import small_map

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_focus_frame_starts_on_the_first_channel_cell_and_hides_in_exports(keyboard_canvas):
    canvas = keyboard_canvas(load_template("blank"))
    assert canvas.scene.focus_cell == ("step-awareness-1", "lane-website")
    assert canvas.scene.grid_item._focus_cell == canvas.scene.cell_rect("step-awareness-1", "lane-website")
    with canvas.scene.export_mode():
        assert canvas.scene.exporting  # the grid skips the focus frame while this is set


def test_typing_starts_a_card_and_enter_finishes_it(keyboard_canvas):
    canvas = keyboard_canvas(load_template("blank"))
    canvas.type("Reads a review")
    assert canvas.scene.editor() is not None
    assert canvas.doc.card_count() == 0  # nothing in the map until Enter
    canvas.press(K.Key_Return)
    assert canvas.titles("step-awareness-1", "lane-website") == ["Reads a review"]
    assert canvas.stack.count() == 1
    assert canvas.scene.selected_card_ids() == canvas.doc.cell_cards("step-awareness-1", "lane-website")


def test_escape_cancels_a_new_card_without_an_undo_step(keyboard_canvas):
    canvas = keyboard_canvas(load_template("blank"))
    canvas.type("Never mind")
    canvas.press(K.Key_Escape)
    assert canvas.doc.card_count() == 0
    assert canvas.stack.count() == 0
    assert canvas.scene.editor() is None


def test_ctrl_enter_finishes_and_starts_another_in_the_same_cell(keyboard_canvas):
    canvas = keyboard_canvas(load_template("blank"))
    canvas.type("First")
    canvas.press(K.Key_Return, CTRL)
    assert canvas.scene.editor() is not None and canvas.scene.editor().toPlainText() == ""
    canvas.type("Second")
    canvas.press(K.Key_Return)
    assert canvas.titles("step-awareness-1", "lane-website") == ["First", "Second"]
    assert canvas.stack.count() == 2


def test_typing_on_a_cell_with_cards_appends_a_card(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.press(K.Key_Right)  # st-a1 -> st-a2, website lane, which holds "Compares prices"
    canvas.type("Reads the small print")
    canvas.press(K.Key_Return)
    assert canvas.titles("st-a2", "l-web") == ["Compares prices", "Reads the small print"]


def test_digits_set_the_emotion_of_the_selected_cards_in_one_step(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["web-ad", "web-compare"])
    canvas.press(K.Key_1)
    assert [canvas.doc.card(c).emotion for c in ("web-ad", "web-compare")] == [-2, -2]
    assert canvas.stack.count() == 1
    canvas.press(K.Key_5)
    assert canvas.doc.card("web-ad").emotion == 2
    canvas.press(K.Key_0)
    assert canvas.doc.card("web-compare").emotion is None
    canvas.stack.undo()
    assert canvas.doc.card("web-compare").emotion == 2
    assert canvas.doc.card_count() == 6  # digits never started a card


def test_m_toggles_the_moment_of_truth(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["web-ad"])
    canvas.press(K.Key_M)
    assert canvas.doc.card("web-ad").moment_of_truth
    canvas.press(K.Key_M)
    assert not canvas.doc.card("web-ad").moment_of_truth
    assert canvas.stack.count() == 2


def test_enter_and_f2_edit_the_selected_card(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["web-ad"])
    canvas.press(K.Key_F2)
    editor = canvas.scene.editor()
    assert editor is not None and editor.toPlainText() == "Sees an ad"
    canvas.press(K.Key_End)
    canvas.type(" on TV")
    canvas.press(K.Key_Return)
    assert canvas.doc.card("web-ad").title == "Sees an ad on TV"
    canvas.press(K.Key_Return)
    assert canvas.scene.editor() is not None
    canvas.press(K.Key_Escape)
    assert canvas.doc.card("web-ad").title == "Sees an ad on TV"


def test_alt_arrows_move_the_selected_cards_as_one_step(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["web-ad", "web-compare"])
    canvas.press(K.Key_Down, ALT)
    assert [canvas.doc.card(c).lane for c in ("web-ad", "web-compare")] == ["l-phone", "l-phone"]
    assert canvas.stack.count() == 1
    canvas.press(K.Key_Down, ALT)  # the emotion lane holds no cards and is the last lane: refused
    assert canvas.stack.count() == 1
    canvas.press(K.Key_Right, ALT)
    assert (canvas.doc.card("web-ad").step, canvas.doc.card("web-compare").step) == ("st-a2", "st-b1")
    canvas.stack.undo()
    canvas.stack.undo()
    assert canvas.doc.card("web-ad").lane == "l-web" and canvas.doc.card("web-ad").step == "st-a1"


def test_arrows_are_mirrored_in_a_right_to_left_map(keyboard_canvas):
    doc = small_map()
    doc.set_info(direction="rtl")
    canvas = keyboard_canvas(doc)
    assert canvas.scene.focus_cell == ("st-a1", "l-web")
    canvas.press(K.Key_Left)  # leftwards is later in a right-to-left map
    assert canvas.scene.focus_cell == ("st-a2", "l-web")
    canvas.press(K.Key_Right)
    assert canvas.scene.focus_cell == ("st-a1", "l-web")
    canvas.scene.select_ids(["web-ad"])
    canvas.press(K.Key_Left, ALT)
    assert canvas.doc.card("web-ad").step == "st-a2"


def test_left_to_right_arrows(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.press(K.Key_Right)
    canvas.press(K.Key_Down)
    assert canvas.scene.focus_cell == ("st-a2", "l-phone")
    canvas.press(K.Key_Down)  # only the emotion lane is below: stay
    assert canvas.scene.focus_cell == ("st-a2", "l-phone")


def test_tab_selects_cards_in_timeline_order(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.press(K.Key_Tab)
    assert canvas.scene.selected_card_ids() == ["web-ad"]  # first card at or after the focus cell
    canvas.press(K.Key_Tab)
    assert canvas.scene.selected_card_ids() == ["web-compare"]
    assert canvas.scene.focus_cell == ("st-a2", "l-web")
    canvas.press(K.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.scene.selected_card_ids() == ["web-ad"]


def test_c_then_tab_then_enter_connects_two_cards(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    before = canvas.doc.connection_count()
    canvas.scene.select_ids(["act-search"])
    canvas.press(K.Key_C)
    assert canvas.keys.connect.active
    canvas.press(K.Key_Tab)  # act-search -> web-ad, the next card on the timeline
    canvas.press(K.Key_Return)
    assert canvas.doc.connection_count() == before + 1
    new = [c for c in canvas.doc.connections() if c.source == "act-search"]
    assert [(c.source, c.target) for c in new] == [("act-search", "web-ad")]
    assert canvas.stack.count() == 1 and not canvas.keys.connect.active


def test_escape_leaves_the_connect_mode_without_a_connection(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["act-search"])
    canvas.press(K.Key_C)
    canvas.press(K.Key_Right)  # the arrows pick the first card of the next cell (none there)
    canvas.press(K.Key_Escape)
    assert not canvas.keys.connect.active
    assert canvas.stack.count() == 0
    assert canvas.scene.selected_card_ids() == ["act-search"]


def test_hebrew_typing_in_a_right_to_left_map(keyboard_canvas):
    doc = load_template("blank")
    doc.set_info(direction="rtl", language="he")
    canvas = keyboard_canvas(doc)
    canvas.type_text("נכנס לאתר")
    canvas.press(K.Key_Return)
    assert canvas.titles("step-awareness-1", "lane-website") == ["נכנס לאתר"]


def test_a_card_picked_with_the_mouse_brings_the_focus_cell(keyboard_canvas):
    canvas = keyboard_canvas(small_map())
    canvas.scene.select_ids(["phone-support"])
    canvas.press(K.Key_Escape)  # any key first brings the focus cell to the selected card
    assert canvas.scene.focus_cell == ("st-k1", "l-phone")
    canvas.type("Calls again")
    canvas.press(K.Key_Return)
    assert canvas.titles("st-k1", "l-phone") == ["Support call", "Calls again"]

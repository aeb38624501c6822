"""The grid by keyboard: add, move, rename and delete stages, steps and lanes, edit the title,
and single-letter keys that work in the Hebrew layout too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.editor import structure_keys

K = Qt.Key
M = Qt.KeyboardModifier
CTRL_ALT = M.ControlModifier | M.AltModifier
CTRL_SHIFT = M.ControlModifier | M.ShiftModifier


@pytest.fixture
def keys(window, qtbot):
    window.view.setFocus()
    window.scene.clearSelection()
    window.keyboard_entry.set_focus_cell(("st-a1", "l-web"))

    def press(key, mods=M.NoModifier):
        qtbot.keyClick(window.view, key, mods)

    return press


def step_names(doc, stage_id):
    return [s.id for s in doc.stage(stage_id).steps]


def test_add_steps_after_and_before_and_a_stage(window, keys):
    doc = window.document
    count = window.undo_stack.count()
    keys(K.Key_Right, CTRL_ALT)
    steps = step_names(doc, "s-aware")
    assert steps[0] == "st-a1" and len(steps) == 3 and window.undo_stack.count() == count + 1
    assert window.scene.focus_cell == (steps[1], "l-web")  # the keys now act on the new step
    keys(K.Key_Left, CTRL_ALT)
    assert step_names(doc, "s-aware")[2] == steps[1] and len(step_names(doc, "s-aware")) == 4
    keys(K.Key_S, CTRL_ALT)
    assert [s.id for s in doc.stages()][0] == "s-aware" and len(doc.stages()) == 4
    assert doc.stages()[1].name == "New stage"


def test_sideways_keys_are_mirrored_in_a_right_to_left_map(window, keys):
    window.editor.set_map_info({"direction": "rtl"})
    keys(K.Key_Left, CTRL_ALT)  # left is later on a right-to-left timeline
    steps = step_names(window.document, "s-aware")
    assert steps[0] == "st-a1" and steps[2] == "st-a2"
    window.keyboard_entry.set_focus_cell(("st-a1", "l-web"))
    keys(K.Key_Left, CTRL_SHIFT)  # move the step later
    assert step_names(window.document, "s-aware")[:2] == [steps[1], "st-a1"]


def test_add_a_lane_below_with_its_kind_from_a_list(window, keys, monkeypatch):
    offered = []
    monkeypatch.setattr(structure_keys, "offer_lane_kinds",
                        lambda view, at, emotion, chosen: offered.append(emotion) or chosen("email"))
    keys(K.Key_Down, CTRL_ALT)
    lanes = window.document.lanes()
    web = [lane.id for lane in lanes].index("l-web")
    assert lanes[web + 1].kind == "email" and offered == [False]  # the map has its emotion lane
    assert window.scene.focus_cell[1] == lanes[web + 1].id


def test_move_the_focused_lane_and_step(window, keys):
    doc = window.document
    before = [lane.id for lane in doc.lanes()]
    keys(K.Key_Down, CTRL_SHIFT)
    after = [lane.id for lane in doc.lanes()]
    assert after.index("l-web") == before.index("l-web") + 1
    assert window.scene.focus_cell == ("st-a1", "l-web")
    keys(K.Key_Right, CTRL_SHIFT)
    assert step_names(doc, "s-aware") == ["st-a2", "st-a1"]
    keys(K.Key_Right, CTRL_SHIFT)  # past the stage's edge: into the next stage
    assert step_names(doc, "s-buy") == ["st-a1", "st-b1"]
    window.undo_stack.undo()
    assert step_names(doc, "s-aware") == ["st-a2", "st-a1"]


def test_f2_renames_the_focused_step_stage_and_lane(window, keys, qtbot):
    scene = window.scene
    for mods, kind, model_id in ((M.NoModifier, "step", "st-a1"), (M.ShiftModifier, "stage", "s-aware"),
                                 (M.ControlModifier, "lane", "l-web")):
        window.keyboard_entry.set_focus_cell(("st-a1", "l-web"))
        keys(K.Key_F2, mods)
        assert scene.editor() is not None
        qtbot.keyClick(window.view, K.Key_A, M.ControlModifier)
        qtbot.keyClicks(window.view, f"Renamed {kind}")
        qtbot.keyClick(window.view, K.Key_Return)
        assert getattr(window.document, kind)(model_id).name == f"Renamed {kind}"


def test_the_title_is_edited_in_place_by_key_and_by_double_click(window, keys, qtbot):
    keys(K.Key_F2, CTRL_SHIFT)
    assert window.scene.editor() is not None
    qtbot.keyClick(window.view, K.Key_A, M.ControlModifier)
    qtbot.keyClicks(window.view, "Workshop map")
    qtbot.keyClick(window.view, K.Key_Return)
    assert window.document.info.title == "Workshop map"
    cards = window.document.card_count()
    title = window.scene.title_item.sceneBoundingRect().center()
    point = window.view.mapFromScene(title)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.scene.editor() is not None and window.document.card_count() == cards
    qtbot.keyClick(window.view, K.Key_Escape)


def test_deleting_a_part_with_cards_asks_and_undo_brings_it_back(window, keys, dialogs):
    doc = window.document
    dialogs.answer = QMessageBox.StandardButton.Cancel
    keys(K.Key_Delete, M.ControlModifier)
    assert "st-a1" in step_names(doc, "s-aware")
    assert "card" in dialogs.calls[-1][2] and "Website" not in dialogs.calls[-1][2]  # the step's name
    dialogs.answer = QMessageBox.StandardButton.Yes
    keys(K.Key_Delete, M.ControlModifier)
    assert "st-a1" not in step_names(doc, "s-aware") and not doc.has_card("web-ad")
    window.undo_stack.undo()
    assert doc.has_card("web-ad")
    window.keyboard_entry.set_focus_cell(("st-a1", "l-phone"))
    keys(K.Key_Delete, CTRL_SHIFT)
    assert "l-phone" not in [lane.id for lane in doc.lanes()]


def test_map_menu_shows_the_keys_and_follows_the_direction(window):
    actions = window.structure_actions
    window.menus["map"].aboutToShow.emit()
    assert actions["add_step_after"].text() == "Add Step After\tCtrl+Alt+→"
    assert actions["rename_stage"].text().endswith("\tShift+F2")
    window.editor.set_map_info({"direction": "rtl"})
    window.menus["map"].aboutToShow.emit()
    assert actions["add_step_after"].text() == "Add Step After\tCtrl+Alt+←"
    window.keyboard_entry.set_focus_cell(("st-a1", "l-web"))
    actions["add_step_after"].trigger()
    assert window.document.stage("s-aware").steps[1].name == "New step"


def _hebrew_key(window, letter: str) -> None:
    """A key press as the Hebrew layout reports it: the letter's code point and text."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window.view, QKeyEvent(kind, ord(letter), M.NoModifier, letter))


def test_single_letter_keys_work_in_the_hebrew_layout(window, keys):
    doc = window.document
    window.scene.select_ids(["web-compare"])
    assert not doc.card("web-compare").moment_of_truth
    _hebrew_key(window, "צ")  # the M key
    assert doc.card("web-compare").moment_of_truth
    _hebrew_key(window, "ב")  # the C key: connect by keyboard
    assert window.keyboard_entry.connect.active
    keys(K.Key_Escape)
    window.scene.clearSelection()
    window.keyboard_entry.set_focus_cell(("st-b1", "l-phone"))
    _hebrew_key(window, "צ")  # nothing selected: the letter types a new card
    editor = window.scene.editor()
    assert editor is not None and editor.toPlainText() == "צ"

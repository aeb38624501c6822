"""The inspector: shows the selected part's fields, edits through undo commands, merges typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from journeymap.editor.commands import SetPropertiesCommand
from journeymap.model import Kpi


def _form(window, name):
    return window.inspector_dock.forms[name]


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_a_long_title_shows_its_start_when_not_being_edited(window):
    window.scene.select_ids(["web-ad"])
    assert _form(window, "card").title.cursorPosition() == 0


def test_nothing_selected_shows_the_map(window):
    window.scene.select_ids([])
    assert window.inspector_dock.current_form() is _form(window, "map")
    assert _form(window, "map").title.text() == "Small"
    assert window.inspector_dock.heading.text() == "Map"
    personas = _form(window, "map").personas
    assert [personas.item(i).text() for i in range(personas.count())] == ["Anna", "Ben"]


def test_selecting_a_card_shows_every_field(window):
    window.scene.select_ids(["web-buy"])
    form = _form(window, "card")
    assert window.inspector_dock.current_form() is form
    assert form.title.text() == "Buys"
    assert form.emotion.currentData() == 2
    assert form.moment.isChecked()
    assert "Website" in form.place.text() and "Buy" in form.place.text()
    assert form.personas.list.count() == 2
    assert form.personas.checked_ids() == ()


def test_typing_a_title_changes_the_model_live_as_one_undo_step(window, qtbot):
    window.scene.select_ids(["web-ad"])
    title = _form(window, "card").title
    title.selectAll()
    _type(qtbot, title, "Sees a banner")
    assert window.document.card("web-ad").title == "Sees a banner"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.document.card("web-ad").title == "Sees an ad"
    assert title.text() == "Sees an ad"  # the field follows undo even while it has focus


def test_a_refresh_does_not_move_the_cursor_of_the_field_being_typed_in(window, qtbot):
    window.scene.select_ids(["web-ad"])
    title = _form(window, "card").title
    title.setFocus()
    title.setCursorPosition(4)
    qtbot.keyClicks(title, "X")
    assert window.document.card("web-ad").title == "SeesX an ad"
    assert title.cursorPosition() == 5


def test_description_typing_merges_into_one_step(window, qtbot):
    window.scene.select_ids(["web-ad"])
    _type(qtbot, _form(window, "card").description, "Banner on a news site")
    assert window.document.card("web-ad").description == "Banner on a news site"
    assert window.undo_stack.count() == 1


def test_emotion_moment_and_owner(window, qtbot):
    window.scene.select_ids(["web-ad"])
    form = _form(window, "card")
    form.emotion.activated.emit(form.emotion.findData(-2))
    assert window.document.card("web-ad").emotion == -2
    form.emotion.activated.emit(0)  # "none"
    assert window.document.card("web-ad").emotion is None
    form.moment.click()
    assert window.document.card("web-ad").moment_of_truth is True
    _type(qtbot, form.owner.lineEdit(), "Marketing")
    assert window.document.card("web-ad").owner == "Marketing"
    assert window.undo_stack.count() == 4


def test_kpis_are_edited_in_the_table(window, qtbot):
    window.scene.select_ids(["phone-support"])
    table = _form(window, "card").kpis
    table.add_button.click()
    assert window.document.card("phone-support").kpis == (Kpi("New KPI", 0.0, ""),)
    table.table.item(0, 0).setData(Qt.ItemDataRole.EditRole, "Call duration")
    table.table.item(0, 1).setData(Qt.ItemDataRole.EditRole, 2.5)
    table.table.item(0, 2).setData(Qt.ItemDataRole.EditRole, "min")
    assert window.document.card("phone-support").kpis == (Kpi("Call duration", 2.5, "min"),)
    table.table.setCurrentCell(0, 0)
    table.remove_button.click()
    assert window.document.card("phone-support").kpis == ()
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert window.document.card("phone-support").kpis == ()
    window.undo_stack.redo()
    window.undo_stack.redo()
    assert table.table.rowCount() == 1 and table.table.item(0, 0).text() == "Call duration"


def test_persona_checklist_sets_the_cards_personas(window):
    window.scene.select_ids(["web-compare"])
    checklist = _form(window, "card").personas
    assert checklist.checked_ids() == ("p-anna",)
    checklist.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert window.document.card("web-compare").personas == ("p-anna", "p-ben")
    window.undo_stack.undo()
    assert checklist.checked_ids() == ("p-anna",)


def test_connection_label_share_and_personas(window, qtbot):
    window.scene.select_ids(["e2"])
    form = _form(window, "connection")
    assert window.inspector_dock.current_form() is form
    assert form.share.value() == 70
    assert "Compares prices" in form.ends.text() and "Buys" in form.ends.text()
    form.share.setValue(150)  # the widget's range keeps a share a share
    assert window.document.connection("e2").share == 100.0
    form.share.setValue(form.share.minimum())
    assert window.document.connection("e2").share is None
    assert form.share.text() == "unknown"
    form.label.setFocus()
    qtbot.keyClick(form.label, Qt.Key.Key_End)
    qtbot.keyClicks(form.label, "!")
    assert window.document.connection("e2").label == "online!"


def test_stage_name_and_colour(window, qtbot, monkeypatch):
    window.scene.select_ids(["s-buy"])
    form = _form(window, "stage")
    assert window.inspector_dock.current_form() is form
    form.name.selectAll()
    _type(qtbot, form.name, "Purchase online")
    assert window.document.stage("s-buy").name == "Purchase online"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    form.color.button.click()
    assert window.document.stage("s-buy").color == "#123456"
    assert window.undo_stack.count() == 2


def test_step_name_and_description(window, qtbot):
    window.scene.select_ids(["st-a2"])
    form = _form(window, "step")
    assert "Awareness" in form.info.text()
    _type(qtbot, form.description, "Side by side")
    assert window.document.step("st-a2").description == "Side by side"


def test_lane_kind_offers_only_kinds_the_model_accepts(window):
    window.scene.select_ids(["l-web"])
    form = _form(window, "lane")
    kinds = [form.kind.itemData(i) for i in range(form.kind.count())]
    assert "emotion" not in kinds  # the map has an emotion lane already
    form.kind.activated.emit(kinds.index("email"))
    assert window.document.lane("l-web").kind == "email"
    form.color.reset.click()  # already default: nothing to undo
    assert window.undo_stack.count() == 1


def test_map_title_direction_and_language(window, qtbot):
    window.scene.select_ids([])
    form = _form(window, "map")
    form.title.selectAll()
    _type(qtbot, form.title, "Laptop")
    form.direction.activated.emit(form.direction.findData("rtl"))
    form.language.activated.emit(form.language.findData("he"))
    info = window.document.info
    assert (info.title, info.direction, info.language) == ("Laptop", "rtl", "he")
    assert window.undo_stack.count() == 3


def test_changes_from_elsewhere_show_at_once(window):
    window.scene.select_ids(["web-ad"])
    window.undo_stack.push(SetPropertiesCommand(window.document, "card", "web-ad", {"title": "From the canvas"}))
    assert _form(window, "card").title.text() == "From the canvas"


def test_deleting_the_shown_card_falls_back_to_the_map(window):
    window.scene.select_ids(["web-ad"])
    window.scene.delete_selection()
    assert window.inspector_dock.current_form() is _form(window, "map")


def test_several_selected_cards_show_the_selection_form(window):
    window.scene.select_ids(["web-buy", "web-ad"])
    assert window.inspector_dock.current_form().objectName() == "inspector_selection"
    assert window.inspector_dock.heading.text() == "Selection"


def test_map_menu_adds_stage_step_and_lane_after_the_selection(window):
    window.scene.select_ids(["s-aware"])
    stage_id = window.map_actions.add_stage()
    assert [s.id for s in window.document.stages()][1] == stage_id
    assert window.inspector_dock.current_form() is _form(window, "stage")
    window.scene.select_ids(["st-a1"])
    step_id = window.map_actions.add_step()
    assert [s.id for s in window.document.stage("s-aware").steps] == ["st-a1", step_id, "st-a2"]
    window.scene.select_ids(["l-act"])
    lane_id = window.map_actions.add_lane("questions")
    assert window.document.lanes()[1].id == lane_id
    assert window.map_actions.add_lane("emotion") is None  # one emotion lane per map
    assert window.undo_stack.count() == 3
    for _ in range(3):
        window.undo_stack.undo()
    assert len(window.document.stages()) == 3 and len(window.document.lanes()) == 4


def test_escape_in_a_field_returns_the_keyboard_to_the_canvas(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.scene.select_ids(["web-ad"])
    title = _form(window, "card").title
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.view.hasFocus)


def test_the_kpi_table_shows_only_when_the_card_has_kpis(window):
    window.scene.select_ids(["web-ad"])
    table = _form(window, "card").kpis
    assert table.table.isHidden()
    table.add_button.click()
    assert not table.table.isHidden() and table.table.rowCount() == 1

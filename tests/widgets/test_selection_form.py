"""Several cards at once: the inspector's selection form, each change one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from journeymap.widgets import app as app_module
from journeymap.widgets.inspector.fields import PersonaChecklist


@pytest.fixture(autouse=True)
def english(qapp):
    app_module.install_translator(qapp, "en")  # the English catalogue gives the plural forms


def select(window, *ids):
    window.scene.select_ids(ids)
    form = window.inspector_dock.current_form()
    return form


def test_several_cards_and_connections_show_the_selection_form(window):
    form = select(window, "web-ad", "web-compare", "phone-ask", "e1")
    assert form.objectName() == "inspector_selection"
    assert window.inspector_dock.heading.text() == "Selection"
    assert "3 cards · 1 connection" in form.info.text()
    emotion = form.findChild(QComboBox, "selection_emotion")
    assert emotion.currentText() == "Several values"  # scores 1, 0 and -1
    assert select(window, "web-ad").objectName() == "inspector_card"  # one card: the card's own form


def test_emotion_for_all_cards_is_one_undo_step(window):
    form = select(window, "web-ad", "web-compare", "phone-ask")
    emotion = form.findChild(QComboBox, "selection_emotion")
    count = window.undo_stack.count()
    index = emotion.findData(2)
    emotion.setCurrentIndex(index)
    emotion.activated.emit(index)
    doc = window.document
    assert [doc.card(c).emotion for c in ("web-ad", "web-compare", "phone-ask")] == [2, 2, 2]
    assert window.undo_stack.count() == count + 1
    assert emotion.currentData() == 2 and emotion.findData("mixed") == -1  # now they share it
    window.undo_stack.undo()
    assert [doc.card(c).emotion for c in ("web-ad", "web-compare", "phone-ask")] == [1, 0, -1]


def test_one_persona_onto_cards_and_connections_in_one_step(window):
    form = select(window, "web-ad", "web-compare", "phone-ask", "e1", "e3")
    checklist = form.findChild(PersonaChecklist, "selection_personas")
    anna = checklist.list.item(0)
    assert anna.text() == "Anna" and anna.checkState() == Qt.CheckState.PartiallyChecked  # web-compare has her
    count = window.undo_stack.count()
    anna.setCheckState(Qt.CheckState.Checked)
    doc = window.document
    assert all("p-anna" in doc.card(c).personas for c in ("web-ad", "web-compare", "phone-ask"))
    assert "p-anna" in doc.connection("e1").personas and "p-anna" in doc.connection("e3").personas
    assert doc.connection("e3").personas == ("p-ben", "p-anna")  # the others stay
    assert window.undo_stack.count() == count + 1
    assert checklist.list.item(0).checkState() == Qt.CheckState.Checked
    checklist.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not any("p-anna" in doc.card(c).personas for c in ("web-ad", "web-compare", "phone-ask"))
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert doc.card("web-ad").personas == () and doc.card("web-compare").personas == ("p-anna",)


def test_moment_of_truth_and_owner_for_all(window):
    form = select(window, "web-compare", "web-buy")
    moment = form.findChild(QCheckBox, "selection_moment_of_truth")
    assert moment.checkState() == Qt.CheckState.PartiallyChecked  # web-buy is one, web-compare not
    moment.click()
    doc = window.document
    assert doc.card("web-compare").moment_of_truth and doc.card("web-buy").moment_of_truth
    owner = form.findChild(QComboBox, "selection_owner")
    owner.setEditText("Sales")
    owner.lineEdit().editingFinished.emit()
    assert doc.card("web-compare").owner == "Sales" and doc.card("web-buy").owner == "Sales"
    assert window.undo_stack.undoText() == "Change owner of 2 items"


def test_lane_colour_only_where_all_cards_share_a_lane(window):
    form = select(window, "web-ad", "web-compare")
    assert form.form.isRowVisible(form.lane_color)
    form.lane_color.colorChosen.emit("#123456")
    assert window.document.lane("l-web").color == "#123456"
    form = select(window, "web-ad", "phone-ask")
    assert not form.form.isRowVisible(form.lane_color)


def test_the_card_persona_list_shows_two_personas_without_scrolling(window, qtbot):
    form = select(window, "web-compare")
    checklist = form.findChild(PersonaChecklist, "card_personas")
    qtbot.waitUntil(lambda: checklist.list.isVisible())
    assert checklist.list.count() == 2
    assert checklist.list.verticalScrollBar().maximum() == 0
    rect = checklist.list.visualItemRect(checklist.list.item(1))
    assert rect.bottom() <= checklist.list.viewport().height()


def test_the_fields_do_not_move_with_the_length_of_the_location_line(window):
    doc = window.document
    form = select(window, "web-ad")
    title = form.title
    top = title.mapTo(form, title.rect().topLeft()).y()
    window.editor.set_properties("step", "st-a1", {"name": "A step with a very long name " * 4})
    form = select(window, "web-compare")
    form = select(window, "web-ad")
    assert doc.step("st-a1").name.startswith("A step")
    assert title.mapTo(form, title.rect().topLeft()).y() == top

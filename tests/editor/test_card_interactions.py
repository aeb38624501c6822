"""Gestures on cards, through real mouse events on the view: each one undo step, model and items agree."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from journeymap.editor.clipboard import MIME_KIND
from journeymap.editor.items.text_editor import InPlaceEditor


def _type_and_press(editor: InPlaceEditor, text: str, key=Qt.Key.Key_Return) -> None:
    editor.setPlainText(text)
    editor.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))


def _item_cell(canvas, card_id):
    pos = canvas.scene.card_items[card_id].scene_rect().center()
    return canvas.scene.cell_at(pos)


# ---------------------------------------------------------------------------- new cards
def test_double_click_empty_cell_adds_a_card_in_edit_mode(canvas):
    scene, doc = canvas.scene, canvas.doc
    canvas.double_click(canvas.cell_center("st-b1", "l-act"))
    new = doc.cell_cards("st-b1", "l-act")
    assert len(new) == 1 and doc.card_kind(new[0]) == "action"
    editor = scene.editor()
    assert editor is not None and editor.toPlainText() == ""
    _type_and_press(editor, "Pays by card")
    assert doc.card(new[0]).title == "Pays by card"
    assert scene.card_items[new[0]].card.title == "Pays by card"
    assert scene.editor() is None
    assert canvas.stack.count() == 2  # add, then the title
    canvas.stack.undo()
    canvas.stack.undo()
    assert doc.cell_cards("st-b1", "l-act") == [] and new[0] not in scene.card_items
    canvas.stack.redo()
    canvas.stack.redo()
    assert doc.card(new[0]).title == "Pays by card" and new[0] in scene.card_items


def test_double_click_on_the_emotion_lane_adds_nothing(canvas):
    messages = []
    canvas.scene.statusMessage.connect(messages.append)
    canvas.double_click(canvas.cell_center("st-a1", "l-emo"))
    assert canvas.stack.count() == 0 and messages


def test_in_place_edit_commits_on_enter_and_cancels_on_escape(canvas):
    scene, doc = canvas.scene, canvas.doc
    canvas.double_click(canvas.card_center("web-ad"))
    editor = scene.editor()
    assert isinstance(editor, InPlaceEditor) and editor.toPlainText() == "Sees an ad"
    _type_and_press(editor, "Sees a banner", Qt.Key.Key_Escape)
    assert doc.card("web-ad").title == "Sees an ad" and canvas.stack.count() == 0
    canvas.double_click(canvas.card_center("web-ad"))
    _type_and_press(scene.editor(), "Sees a banner")
    assert doc.card("web-ad").title == "Sees a banner"
    assert scene.card_items["web-ad"].card.title == "Sees a banner"
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert doc.card("web-ad").title == "Sees an ad" == scene.card_items["web-ad"].card.title
    canvas.stack.redo()
    assert scene.card_items["web-ad"].card.title == "Sees a banner"


def _drop(canvas, text: str, pos: QPointF) -> bool:
    """A palette drag entering the view, moving over ``pos`` and dropping there."""
    mime = QMimeData()
    mime.setData(MIME_KIND, text.encode())
    local = QPointF(canvas.to_view(pos))
    copy = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = canvas.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(local.toPoint(), copy, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(local.toPoint(), copy, mime, buttons, mods))
    drop = QDropEvent(local, copy, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_drop_card_kind_from_the_palette(canvas):
    scene, doc = canvas.scene, canvas.doc
    assert _drop(canvas, "touchpoint", canvas.cell_center("st-k1", "l-web"))
    new = doc.cell_cards("st-k1", "l-web")
    assert len(new) == 1 and new[0] in scene.card_items and scene.editor() is not None
    scene.cancel_edit()
    # an action dropped on a channel lane goes to the actions lane of the same step
    assert _drop(canvas, "action", canvas.cell_center("st-k1", "l-phone"))
    assert len(doc.cell_cards("st-k1", "l-act")) == 1
    scene.cancel_edit()
    # a question has no lane on this map: refused, nothing created
    count = doc.card_count()
    assert not _drop(canvas, "question", canvas.cell_center("st-k1", "l-web"))
    assert doc.card_count() == count
    assert canvas.stack.count() == 2
    canvas.stack.undo()
    canvas.stack.undo()
    assert doc.cell_cards("st-k1", "l-web") == [] and doc.cell_cards("st-k1", "l-act") == []
    canvas.stack.redo()
    assert len(scene.card_items) == count - 1


def test_drop_lane_kind_inserts_a_lane_at_the_row(canvas):
    scene, doc = canvas.scene, canvas.doc
    phone_row = scene.layout.rows["l-phone"]
    assert _drop(canvas, "lane:email", QPointF(phone_row.center[0], phone_row.y + 5))
    lanes = doc.lanes()
    assert [lane.kind for lane in lanes] == ["actions", "website", "email", "phone", "emotion"]
    assert lanes[2].id in scene.header_items
    assert not _drop(canvas, "lane:emotion", QPointF(phone_row.center[0], phone_row.y + 5))
    canvas.stack.undo()
    assert [lane.kind for lane in doc.lanes()] == ["actions", "website", "phone", "emotion"]
    assert lanes[2].id not in scene.header_items
    canvas.stack.redo()
    assert lanes[2].id in scene.header_items


def test_drag_enter_accepts_only_known_kinds(canvas):
    mime = QMimeData()
    mime.setData(MIME_KIND, b"nonsense")
    assert canvas.scene.dropped_kind(mime) is None
    mime.setData(MIME_KIND, b"lane:phone")
    assert canvas.scene.dropped_kind(mime) == "lane:phone"


# ---------------------------------------------------------------------------- moving
def test_drag_a_card_to_another_cell(canvas):
    doc = canvas.doc
    canvas.drag(canvas.card_center("web-ad"), canvas.cell_center("st-k1", "l-web"))
    assert (doc.card("web-ad").step, doc.card("web-ad").lane) == ("st-k1", "l-web")
    assert _item_cell(canvas, "web-ad") == ("st-k1", "l-web")
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert (doc.card("web-ad").step, doc.card("web-ad").lane) == ("st-a1", "l-web")
    assert _item_cell(canvas, "web-ad") == ("st-a1", "l-web")
    canvas.stack.redo()
    assert _item_cell(canvas, "web-ad") == ("st-k1", "l-web")


def test_dragging_onto_the_emotion_lane_snaps_back(canvas):
    scene, doc = canvas.scene, canvas.doc
    before = scene.card_items["web-ad"].pos()
    canvas.drag(canvas.card_center("web-ad"), canvas.cell_center("st-k1", "l-emo"))
    assert canvas.stack.count() == 0 and doc.card("web-ad").lane == "l-web"
    assert scene.card_items["web-ad"].pos() == before


def test_multi_select_and_move_is_one_step(canvas):
    scene, doc = canvas.scene, canvas.doc
    canvas.click(canvas.card_center("web-ad"))
    canvas.click(canvas.card_center("act-search"), Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_card_ids() == ["act-search", "web-ad"]
    offset = canvas.cell_center("st-k1", "l-web") - canvas.cell_center("st-a1", "l-web")
    start = canvas.card_center("web-ad")
    canvas.drag(start, start + offset)
    assert (doc.card("web-ad").step, doc.card("act-search").step) == ("st-k1", "st-k1")
    assert doc.card("act-search").lane == "l-act"
    assert canvas.stack.count() == 1
    assert _item_cell(canvas, "act-search") == ("st-k1", "l-act")
    canvas.stack.undo()
    assert _item_cell(canvas, "act-search") == ("st-a1", "l-act")
    assert _item_cell(canvas, "web-ad") == ("st-a1", "l-web")
    canvas.stack.redo()
    assert _item_cell(canvas, "web-ad") == ("st-k1", "l-web")


def test_ctrl_click_toggles_and_rubber_band_selects(canvas):
    scene = canvas.scene
    canvas.click(canvas.card_center("web-ad"))
    canvas.click(canvas.card_center("web-buy"), Qt.KeyboardModifier.ControlModifier)
    canvas.click(canvas.card_center("web-ad"), Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_card_ids() == ["web-buy"]
    cell = scene.cell_rect("st-a1", "l-act")
    last = scene.cell_rect("st-a2", "l-web")
    canvas.drag(cell.topLeft() + QPointF(3, 3), last.bottomRight() - QPointF(3, 3))
    assert set(scene.selected_card_ids()) == {"act-search", "web-ad", "web-compare"}
    assert canvas.stack.count() == 0


def test_reorder_inside_a_cell(canvas):
    scene, doc = canvas.scene, canvas.doc
    canvas.scene.add_card_at("st-a1", "l-web", "Second")
    scene.commit_edit()
    second = doc.cell_cards("st-a1", "l-web")[1]
    top = scene.card_items["web-ad"].scene_rect()
    canvas.drag(canvas.card_center(second), QPointF(top.center().x(), top.top() + 4))
    assert doc.cell_cards("st-a1", "l-web") == [second, "web-ad"]
    assert scene.card_items[second].pos().y() < scene.card_items["web-ad"].pos().y()
    canvas.stack.undo()
    assert doc.cell_cards("st-a1", "l-web") == ["web-ad", second]
    assert scene.card_items[second].pos().y() > scene.card_items["web-ad"].pos().y()
    canvas.stack.redo()
    assert doc.cell_cards("st-a1", "l-web") == [second, "web-ad"]


def test_a_click_without_drag_moves_nothing(canvas):
    canvas.click(canvas.card_center("web-ad"))
    assert canvas.stack.count() == 0 and canvas.scene.selected_card_ids() == ["web-ad"]


# ---------------------------------------------------------------------------- connecting
def test_drag_from_the_handle_connects_two_cards(canvas):
    scene, doc = canvas.scene, canvas.doc
    canvas.click(canvas.card_center("act-search"))
    handle = scene.handle_item
    assert handle.isVisible() and handle.card is scene.card_items["act-search"]
    canvas.drag(handle.scenePos(), canvas.card_center("web-buy"))
    new = [c for c in doc.connections() if c.source == "act-search"]
    assert len(new) == 1 and new[0].target == "web-buy"
    item = scene.connection_items[new[0].id]
    assert item.source is scene.card_items["act-search"] and item.target is scene.card_items["web-buy"]
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert not doc.has_connection(new[0].id) and new[0].id not in scene.connection_items
    canvas.stack.redo()
    assert new[0].id in scene.connection_items


def test_handle_drag_to_empty_space_connects_nothing(canvas):
    canvas.click(canvas.card_center("act-search"))
    canvas.drag(canvas.scene.handle_item.scenePos(), canvas.cell_center("st-k1", "l-act"))
    assert canvas.stack.count() == 0


# ---------------------------------------------------------------------------- deleting
def test_select_a_connection_and_delete_it(canvas):
    scene, doc = canvas.scene, canvas.doc
    item = scene.connection_items["e5"]
    point = item.path().pointAtPercent(0.5)
    canvas.click(point)
    assert scene.selected_connection_ids() == ["e5"]
    assert scene.delete_selection()
    assert not doc.has_connection("e5") and "e5" not in scene.connection_items
    canvas.stack.undo()
    assert doc.has_connection("e5") and "e5" in scene.connection_items
    canvas.stack.redo()
    assert "e5" not in scene.connection_items


def test_delete_cards_takes_their_connections_in_one_step(canvas):
    scene, doc = canvas.scene, canvas.doc
    scene.select_ids(["web-compare", "phone-ask"])
    scene.delete_selection()
    assert not doc.has_card("web-compare") and not doc.has_connection("e1")
    assert "web-compare" not in scene.card_items and "e3" not in scene.connection_items
    assert canvas.stack.count() == 1
    canvas.stack.undo()
    assert {"web-compare", "phone-ask"} <= scene.card_items.keys()
    assert {"e1", "e2", "e3", "e4"} <= scene.connection_items.keys()


# ---------------------------------------------------------------------------- clipboard
def test_copy_and_paste_into_the_focused_cell(canvas):
    scene, doc = canvas.scene, canvas.doc
    scene.select_ids(["web-compare", "phone-ask"])
    assert scene.copy_selection()
    clip = QApplication.clipboard().mimeData()
    assert clip.hasFormat("application/x-journeymap-cards")
    assert "Compares prices" in clip.text()
    canvas.click(canvas.cell_center("st-k1", "l-web"))  # focus an empty cell
    assert scene.focus_cell == ("st-k1", "l-web")
    new = scene.paste()
    assert len(new) == 2 and canvas.stack.count() == 1
    cards = [doc.card(c) for c in new]
    assert {(c.step, c.lane) for c in cards} == {("st-k1", "l-web"), ("st-k1", "l-phone")}
    assert {c.title for c in cards} == {"Compares prices", "Calls to ask"}
    pasted = [c for c in doc.connections() if c.source in new]
    assert len(pasted) == 2 and all(c.target in new for c in pasted)  # e3 and e4 came along
    assert scene.selected_card_ids() == sorted(new, key=doc.timeline_key)
    canvas.stack.undo()
    assert not any(doc.has_card(c) for c in new)
    canvas.stack.redo()
    assert all(c in scene.card_items for c in new)


def test_paste_without_a_target_goes_back_to_the_original_cells(canvas):
    scene, doc = canvas.scene, canvas.doc
    scene.select_ids(["web-buy"])
    scene.copy_selection()
    scene.clearSelection()
    scene.focus_cell = None
    (new,) = scene.paste()
    card = doc.card(new)
    assert (card.step, card.lane, card.emotion, card.moment_of_truth) == ("st-b1", "l-web", 2, True)


def test_cut_is_one_step(canvas):
    scene, doc = canvas.scene, canvas.doc
    scene.select_ids(["web-buy"])
    assert scene.cut_selection()
    assert not doc.has_card("web-buy") and canvas.stack.count() == 1
    scene.clearSelection()
    scene.focus_cell = None
    (new,) = scene.paste()
    assert doc.card(new).title == "Buys"
    canvas.stack.undo()
    canvas.stack.undo()
    assert doc.has_card("web-buy") and "web-buy" in scene.card_items


def test_paste_ignores_foreign_or_broken_clipboard(canvas):
    mime = QMimeData()
    mime.setData("application/x-journeymap-cards", b"{not json")
    QApplication.clipboard().setMimeData(mime)
    assert canvas.scene.paste() == [] and canvas.stack.count() == 0
    QApplication.clipboard().setText("plain text")
    assert canvas.scene.paste() == []


def test_duplicate_puts_copies_after_the_originals(canvas):
    scene, doc = canvas.scene, canvas.doc
    scene.select_ids(["web-ad", "web-compare"])
    new = scene.duplicate_selection()
    assert len(new) == 2 and canvas.stack.count() == 1
    assert doc.cell_cards("st-a1", "l-web") == ["web-ad", new[0]]
    assert doc.cell_cards("st-a2", "l-web") == ["web-compare", new[1]]
    assert [c.source for c in doc.connections() if c.target == new[1]] == [new[0]]  # e1 copied
    canvas.stack.undo()
    assert doc.cell_cards("st-a1", "l-web") == ["web-ad"]
    canvas.stack.redo()
    assert new[0] in scene.card_items


def test_select_all(canvas):
    canvas.scene.select_all()
    assert len(canvas.scene.selected_card_ids()) == canvas.doc.card_count()
    assert len(canvas.scene.selected_connection_ids()) == canvas.doc.connection_count()


# ---------------------------------------------------------------------------- context menu
def test_card_context_menu_sets_emotion_and_moment_of_truth(canvas):
    scene, doc = canvas.scene, canvas.doc
    scene.select_ids(["web-ad", "act-search"])
    menu = scene.context_menu_at(canvas.card_center("web-ad"))
    texts = [a.text() for a in menu.actions()]
    assert "Edit title" in texts and "Delete" in texts
    emotion = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in emotion.actions() if a.text().startswith("Very negative")).trigger()
    assert doc.card("web-ad").emotion == -2 and doc.card("act-search").emotion == -2
    assert canvas.stack.count() == 1  # both cards in one step
    next(a for a in menu.actions() if a.text() == "Moment of truth").trigger()
    assert doc.card("web-ad").moment_of_truth
    canvas.stack.undo()
    canvas.stack.undo()
    assert doc.card("web-ad").emotion == 1 and doc.card("act-search").emotion is None
    assert scene.card_items["web-ad"].card.emotion == 1


def test_a_drag_moves_only_its_cards_and_their_curves_until_release(canvas):
    scene = canvas.scene
    layout_before = scene.layout
    still = scene.card_items["phone-support"].pos()
    untouched = scene.connection_items["e5"].path()  # web-buy -> phone-support
    start = canvas.card_center("web-ad")
    canvas.press(start)
    for dx in (10, 40, 80, 120):
        canvas.move(start + QPointF(dx, 5))
    assert scene.layout is layout_before  # no relayout while dragging
    assert scene.card_items["web-ad"].scene_rect().center().x() > start.x() + 100
    assert scene.connection_items["e1"].live  # its curve follows the card, drawn on its own
    assert not scene.connection_items["e5"].live
    assert scene.card_items["phone-support"].pos() == still
    assert scene.connection_items["e5"].path() == untouched
    assert canvas.stack.count() == 0
    canvas.release(start + QPointF(120, 5))
    assert canvas.stack.count() == 1 and not scene.connection_items["e1"].live


def test_hovering_a_card_shows_its_connection_handle(canvas):
    scene = canvas.scene
    canvas.move(canvas.card_center("web-buy"), buttons=Qt.MouseButton.NoButton)
    assert scene.handle_item.isVisible() and scene.handle_item.card is scene.card_items["web-buy"]
    canvas.move(canvas.cell_center("st-k1", "l-act"), buttons=Qt.MouseButton.NoButton)
    assert not scene.handle_item.isVisible()

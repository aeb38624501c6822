"""The palette: what a drag carries, and double-click to add without dragging."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journeymap.model.kinds import CARD_KINDS, CHANNEL_LANE_KINDS
from journeymap.widgets.palette import KIND_MIME


def _payloads(kind_list):
    return [kind_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(kind_list.count())]


def test_palette_lists_card_kinds_and_channel_lanes_with_icons(window):
    palette = window.palette_dock
    assert _payloads(palette.cards) == list(CARD_KINDS)
    assert _payloads(palette.lanes) == [f"lane:{kind}" for kind in CHANNEL_LANE_KINDS]
    for kind_list in (palette.cards, palette.lanes):
        for i in range(kind_list.count()):
            assert not kind_list.item(i).icon().isNull()
            assert kind_list.item(i).text()


def test_drag_carries_the_kind_mime(window):
    palette = window.palette_dock
    question = palette.cards.item(list(CARD_KINDS).index("question"))
    data = palette.cards.mimeData([question])
    assert data.hasFormat(KIND_MIME)
    assert bytes(data.data(KIND_MIME)).decode() == "question"
    email = palette.lanes.item(list(CHANNEL_LANE_KINDS).index("email"))
    assert bytes(palette.lanes.mimeData([email]).data(KIND_MIME)).decode() == "lane:email"
    assert palette.cards.mimeTypes() == [KIND_MIME]


def test_double_click_adds_a_card_to_the_selected_cards_cell(window):
    window.scene.select_ids(["web-compare"])
    card_id = window.palette_dock.add_card("touchpoint")
    card = window.document.card(card_id)
    assert (card.step, card.lane) == ("st-a2", "l-web")
    window.undo_stack.undo()
    assert not window.document.has_card(card_id)


def test_double_click_goes_to_the_matching_lane_when_the_selection_holds_another_kind(window):
    window.scene.select_ids(["web-compare"])
    card_id = window.palette_dock.add_card("action")
    card = window.document.card(card_id)
    assert (card.step, card.lane) == ("st-a2", "l-act")


def test_double_click_without_a_matching_lane_adds_one_in_the_same_undo_step(window):
    lanes_before = len(window.document.lanes())
    window.scene.select_ids([])
    card_id = window.palette_dock.add_card("friction")
    card = window.document.card(card_id)
    assert window.document.lane(card.lane).kind == "friction"
    assert card.step == window.document.steps()[0].id
    assert len(window.document.lanes()) == lanes_before + 1
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert len(window.document.lanes()) == lanes_before and not window.document.has_card(card_id)


def test_double_click_on_a_lane_entry_adds_that_lane(window):
    item = window.palette_dock.lanes.item(list(CHANNEL_LANE_KINDS).index("chatbot"))
    window.palette_dock.lanes.itemDoubleClicked.emit(item)
    kinds = [lane.kind for lane in window.document.lanes()]
    assert kinds == ["actions", "website", "phone", "chatbot", "emotion"]  # with the channels, not at the bottom


def _drop_on_canvas(window, mime, scene_pos):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    viewport = window.view.viewport()
    point = QPointF(window.view.mapFromScene(scene_pos))
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    for event in (
        QDragEnterEvent(point.toPoint(), action, mime, buttons, mods),
        QDragMoveEvent(point.toPoint(), action, mime, buttons, mods),
        QDropEvent(point, action, mime, buttons, mods),
    ):
        QApplication.sendEvent(viewport, event)


def test_a_palette_drag_dropped_on_a_cell_makes_a_card_there(window):
    """The palette's payload is what the canvas understands: the drag's data, dropped, adds a card."""
    window.view.actual_size()
    window.view.centerOn(window.scene.cell_rect("st-b1", "l-act").center())
    action_item = window.palette_dock.cards.item(list(CARD_KINDS).index("action"))
    mime = window.palette_dock.cards.mimeData([action_item])
    before = set(window.document.cell_cards("st-b1", "l-act"))
    _drop_on_canvas(window, mime, window.scene.cell_rect("st-b1", "l-act").center())
    added = set(window.document.cell_cards("st-b1", "l-act")) - before
    assert len(added) == 1
    window.undo_stack.undo()
    assert set(window.document.cell_cards("st-b1", "l-act")) == before

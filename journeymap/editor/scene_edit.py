"""Edit operations of the canvas: clipboard, delete, new cards, in-place title editing.

These decide what the selection and the focus cell ask for; the change itself is one
call of the scene's ``map_editor`` (the one door for edits), never a command pushed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from ..model.kinds import card_kind_for_lane
from . import clipboard, fonts
from .items.card import CardItem
from .items.connection import ConnectionItem
from .items.headers import HeaderItem
from .scene_structure import StructureOperationsMixin

if TYPE_CHECKING:  # pragma: no cover
    from .items.text_editor import InPlaceEditor

# Mixed into JourneyScene: texts are looked up under its name (what self.tr would use at run time).
translate = QCoreApplication.translate


class EditOperationsMixin(StructureOperationsMixin):
    _editor: InPlaceEditor | None = None

    # ----------------------------------------------------------------- clipboard
    def copy_selection(self) -> bool:
        """Put the selected cards (and the connections among them) on the clipboard."""
        card_ids = self.selected_card_ids()
        if not card_ids:
            return False
        payload = clipboard.cards_payload(self.document, card_ids)
        mime = QMimeData()
        mime.setData(clipboard.MIME_CARDS, clipboard.encode(payload))
        mime.setText(clipboard.payload_text(payload))
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut_selection(self) -> bool:
        if not self.copy_selection():
            return False
        cut = translate("JourneyScene", "Cut")
        self.map_editor.delete_items(self.selected_card_ids(), self._loose_connections(), cut)
        return True

    def paste(self) -> list[str]:
        """Paste cards from the clipboard; returns the new card ids (selected afterwards)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(clipboard.MIME_CARDS):
            return []
        payload = clipboard.decode(mime.data(clipboard.MIME_CARDS).data())
        if payload is None or not payload["cards"]:
            self.statusMessage.emit(translate("JourneyScene", "The clipboard holds no cards this map can use"))
            return []
        built = clipboard.build_cards(self.document, payload, self._paste_placer(payload))
        return self._push_new_cards(built, translate("JourneyScene", "Paste"))

    def duplicate_selection(self) -> list[str]:
        card_ids = self.selected_card_ids()
        if not card_ids:
            return []
        payload = clipboard.cards_payload(self.document, card_ids)
        built = clipboard.build_cards(
            self.document, payload, lambda entry: (entry["step"], entry["lane"]), after_originals=True
        )
        return self._push_new_cards(built, translate("JourneyScene", "Duplicate"))

    def _push_new_cards(self, built, text: str) -> list[str]:
        if not built or not built[0]:
            self.statusMessage.emit(translate("JourneyScene", "Nothing to paste here"))
            return []
        cards, conns = built
        new_ids = self.map_editor.add_cards(cards, conns, text=text)
        self.select_ids(new_ids)
        return new_ids

    def _paste_target(self) -> tuple[str, str] | None:
        """The cell paste goes to: the focused cell, else the cell of the first selected card."""
        if self.focus_cell is not None:
            return self.focus_cell
        selected = self.selected_card_ids()
        if selected:
            card = self.document.card(selected[0])
            return (card.step, card.lane)
        return None

    def _paste_placer(self, payload: dict):
        """Where each pasted card goes: shifted as a group to the target cell, or back home."""
        doc, steps, lanes = self.document, self.layout.step_order, self.layout.lane_order

        def valid(step_id, lane_id) -> bool:
            return step_id in steps and lane_id in lanes and card_kind_for_lane(doc.lane(lane_id).kind) is not None

        target = self._paste_target()
        if target is None:
            return lambda e: (e.get("step"), e.get("lane")) if valid(e.get("step"), e.get("lane")) else None
        first = payload["cards"][0]
        if first.get("step") not in steps or first.get("lane") not in lanes:
            return lambda e: target
        d_step = steps.index(target[0]) - steps.index(first["step"])
        d_lane = lanes.index(target[1]) - lanes.index(first["lane"])

        def place(entry):
            step, lane = entry.get("step"), entry.get("lane")
            if step in steps and lane in lanes:
                s, ln = steps.index(step) + d_step, lanes.index(lane) + d_lane
                if 0 <= s < len(steps) and 0 <= ln < len(lanes) and valid(steps[s], lanes[ln]):
                    return steps[s], lanes[ln]
            return target

        return place

    # ----------------------------------------------------------------- delete / select
    def _loose_connections(self) -> list[str]:
        """Selected connections not already going with a selected card."""
        cards = set(self.selected_card_ids())
        doc = self.document
        return [
            conn_id
            for conn_id in self.selected_connection_ids()
            if doc.connection(conn_id).source not in cards and doc.connection(conn_id).target not in cards
        ]

    def delete_selection(self) -> bool:
        """Delete selected cards and connections as one step; a lone selected header deletes its stage, step or lane."""
        cards = self.selected_card_ids()
        conns = self._loose_connections()
        if cards or conns:
            self.map_editor.delete_items(cards, conns)
            return True
        headers = [item for item in self.selectedItems() if isinstance(item, HeaderItem)]
        if len(headers) == 1:
            return self.delete_structure_asking(headers[0].part, headers[0].model_id)
        return False

    def select_all(self) -> None:
        for item in [*self.card_items.values(), *self.connection_items.values()]:
            item.setSelected(True)

    # ----------------------------------------------------------------- new cards and editing
    def add_card_at(self, step_id: str, lane_id: str, title: str = "", index: int | None = None) -> str | None:
        """A new card of the lane's kind in a cell, then edit its title in place."""
        card_id = self.map_editor.add_card(step_id, lane_id, title, index)
        if card_id is None:
            return None
        self.focus_cell = (step_id, lane_id)
        self.select_ids([card_id])
        self.begin_edit_card(card_id)
        return card_id

    def begin_edit_card(self, card_id: str) -> InPlaceEditor | None:
        """Edit a card's title on the card: Enter commits one step, Escape cancels."""
        self.apply_geometry()
        item = self.card_items.get(card_id)
        if item is None:
            return None

        def commit(text: str) -> None:
            self._close_editor()
            if card_id in self.card_items:
                self.map_editor.set_properties("card", card_id, {"title": text})

        from .items.text_editor import InPlaceEditor  # loaded with the first edit (it brings in QStyle)

        editor = InPlaceEditor(
            item.card.title, fonts.card_font(), item.scene_rect(), self.is_rtl(), commit, self._close_editor, True,
            fill=item.color,
        )
        return self._open_editor(editor)

    def _open_editor(self, editor: InPlaceEditor) -> InPlaceEditor:
        self.cancel_edit()
        self._editor = editor
        self.addItem(editor)
        editor.start()
        return editor

    def _close_editor(self) -> None:
        editor, self._editor = self._editor, None
        if editor is not None and editor.scene() is self:
            editor.hide()
            self.removeItem(editor)
            # Usually called from the editor's own key or focus handler: dropping the last
            # reference here would delete it while Qt is still inside that handler.
            self._retired_editor = editor

    def cancel_edit(self) -> None:
        if self._editor is not None:
            self._editor.cancel()

    def commit_edit(self) -> None:
        if self._editor is not None:
            self._editor.commit()

    def editor(self) -> InPlaceEditor | None:
        return self._editor

    # ----------------------------------------------------------------- card properties
    def set_cards_property(self, card_ids: list[str], name: str, value, text: str) -> None:
        """Set one field on several cards as one undo step."""
        self.map_editor.set_cards_property(card_ids, name, value, text)

    def item_at(self, pos, classes=(CardItem, ConnectionItem, HeaderItem)):
        """The topmost card, connection or header under a scene point."""
        for item in self.items(pos):
            if isinstance(item, classes):
                return item
        return None

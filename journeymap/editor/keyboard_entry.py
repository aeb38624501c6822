"""Keyboard-first entry on the canvas, for workshops where the facilitator types while people talk.

An event filter on the view (so it sees Tab before Qt's focus chain does) that
turns keys into the scene's operations and undo commands:

- arrows move the focus cell (mirrored in right-to-left maps), Tab / Shift+Tab
  select the next / previous card in timeline order;
- typing a character starts a new card in the focus cell with what was typed;
  Enter finishes it, Ctrl+Enter finishes it and starts another in the same cell,
  Escape cancels (no card, no undo step); Enter or F2 on a selected card edits it;
- with cards selected: 1–5 set the emotion −2..+2 and 0 clears it, M toggles the
  moment of truth, Alt+arrows move them one cell, C starts a keyboard connection
  (see ``keyboard_connect``); any other character still starts a new card.

Which key does what is one table, ``keymap.py``; ``key_actions.py`` routes each key
press: to the open in-place editor, to a running interaction (a keyboard connection,
a drag), then to the keymap. Nothing here changes the document but through the
scene's ``MapEditor``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor

from . import fonts, style
from .cell_focus import Cell, first_cell, neighbour_cell, next_card, valid_cell
from .key_actions import KeyActionsMixin, plain_modifiers
from .keyboard_connect import KeyboardConnect
from .keymap import Keymap
from .layout_keys import physical_key
from .structure_keys import StructureKeysMixin

if TYPE_CHECKING:  # pragma: no cover
    from .items.text_editor import InPlaceEditor

Key = Qt.Key


class KeyboardEntry(StructureKeysMixin, KeyActionsMixin, QObject):
    """Keyboard entry for one ``JourneyView``; set ``enabled`` False to pass every key through."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.enabled = True
        self.connect = KeyboardConnect(self)
        self.keymap = Keymap()  # what each key does here; see keymap.py and key_actions.py
        self._entry_cell: Cell | None = None
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.installEventFilter(self)

    @property
    def scene(self):
        return self.view.scene()

    # ----------------------------------------------------------------- focus cell
    def focus_cell(self) -> Cell | None:
        """The scene's focus cell, put back on the first cell when it is missing or gone."""
        scene = self.scene
        if scene is None or scene.document is None:
            return None
        if not valid_cell(scene.document, scene.focus_cell):
            self.set_focus_cell(first_cell(scene.document))
        return scene.focus_cell

    def set_focus_cell(self, cell: Cell | None) -> None:
        scene = self.scene
        scene.focus_cell = cell
        scene.apply_geometry()
        scene._apply_focus_cell()
        if cell is not None and self.view.isVisible():
            self.view.ensureVisible(scene.cell_rect(*cell), 40, 40)

    def _follow_selection(self) -> None:
        """Selected cards bring the focus cell along (at the next key), so typing goes where the eyes are."""
        scene = self.scene
        doc = scene.document
        cells = {(doc.card(c).step, doc.card(c).lane) for c in scene.selected_card_ids() if doc.has_card(c)}
        if len(cells) == 1 and cells != {scene.focus_cell}:
            scene.focus_cell = cells.pop()
            scene._apply_focus_cell()

    def move_focus(self, dx: int, dy: int) -> Cell | None:
        cell = self.focus_cell()
        if cell is None:
            return None
        target = neighbour_cell(self.scene.document, cell, dx, dy, self.scene.is_rtl())
        if target is not None:
            self.set_focus_cell(target)
        return target

    def select_next_card(self, forward: bool) -> str | None:
        """Tab / Shift+Tab: select the next / previous card and put the focus cell on it."""
        scene = self.scene
        selected = scene.selected_card_ids()
        current = (selected[-1] if forward else selected[0]) if selected else None
        card_id = next_card(scene.document, current, self.focus_cell(), forward)
        if card_id is None:
            return None
        self.select_card(card_id)
        return card_id

    def select_card(self, card_id: str) -> None:
        scene = self.scene
        scene.select_ids([card_id])
        card = scene.document.card(card_id)
        self.set_focus_cell((card.step, card.lane))
        item = scene.card_items.get(card_id)
        if item is not None and self.view.isVisible():
            self.view.ensureVisible(item.scene_rect(), 40, 40)

    # ----------------------------------------------------------------- new cards by typing
    def entry_rect(self, cell: Cell):
        """Where a card being typed appears: below the cards already in the cell, inside the cell."""
        scene = self.scene
        scene.apply_geometry()
        rect = scene.cell_rect(*cell)
        left = rect.x() + style.CELL_PADDING_X
        width = rect.width() - 2 * style.CELL_PADDING_X
        top = rect.y() + style.CELL_PADDING_Y
        for card_id in scene.document.cell_cards(*cell):
            box = scene.layout.cards.get(card_id)
            if box is not None:
                top = max(top, box.bottom + style.CARD_GAP)
        # a full cell grows only once the card exists: until then stay inside it, over the last card's foot,
        # so the card being typed never seems to sit in the lane below
        top = max(rect.y() + 4, min(top, rect.bottom() - style.CARD_MIN_HEIGHT - 4))
        rect.setRect(left, top, width, style.CARD_MIN_HEIGHT)
        return rect

    def start_entry(self, cell: Cell | None = None, text: str = "") -> InPlaceEditor | None:
        """Open an editor for a card not yet in the map; the card exists only once Enter is pressed."""
        scene = self.scene
        cell = cell or self.focus_cell()
        if cell is None:
            scene.statusMessage.emit(self.tr("This map has no lane that can hold cards"))
            return None
        self.set_focus_cell(cell)
        rect = self.entry_rect(cell)

        def commit(value: str) -> None:
            scene._close_editor()
            self._entry_cell = None
            if value:
                self.add_card(cell, value)

        def cancel() -> None:
            scene._close_editor()
            self._entry_cell = None

        from .items.text_editor import InPlaceEditor  # loaded with the first edit (it brings in QStyle)

        editor = InPlaceEditor(text, fonts.card_font(), rect, scene.is_rtl(), commit, cancel, True)
        scene._open_editor(editor)
        self._entry_cell = cell
        cursor = editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        if self.view.isVisible():
            self.view.ensureVisible(rect, 40, 40)
        return editor

    def add_card(self, cell: Cell, title: str) -> str:
        scene = self.scene
        card_id = scene.map_editor.add_card(cell[0], cell[1], title)
        if card_id is not None:
            scene.select_ids([card_id])
        return card_id

    def finish_and_start_another(self) -> None:
        """Ctrl+Enter: commit the open editor, then start a new card in the same cell."""
        scene = self.scene
        cell = self._entry_cell
        if cell is None:
            selected = scene.selected_card_ids()
            cell = (scene.document.card(selected[0]).step, scene.document.card(selected[0]).lane) if selected else None
        scene.commit_edit()
        if cell is not None and valid_cell(scene.document, cell):
            self.start_entry(cell)

    # ----------------------------------------------------------------- selected cards
    def set_emotion(self, value: int | None) -> bool:
        scene = self.scene
        cards = scene.selected_card_ids()
        if not cards:
            return False
        scene.set_cards_property(cards, "emotion", value, self.tr("Set emotion"))
        return True

    def toggle_moment_of_truth(self) -> bool:
        scene = self.scene
        cards = scene.selected_card_ids()
        if not cards:
            return False
        value = not all(scene.document.card(c).moment_of_truth for c in cards)
        scene.set_cards_property(cards, "moment_of_truth", value, self.tr("Moment of truth"))
        return True

    def move_selected(self, dx: int, dy: int) -> bool:
        """Alt+arrows: every selected card one cell over, as one undo step; refused at the map's edge."""
        scene = self.scene
        doc = scene.document
        cards = scene.selected_card_ids()
        if not cards:
            return False
        moves = []
        for card_id in cards:
            card = doc.card(card_id)
            target = neighbour_cell(doc, (card.step, card.lane), dx, dy, scene.is_rtl())
            if target is None:
                scene.statusMessage.emit(self.tr("The cards are already at the edge of the map"))
                return True
            moves.append((card_id, target[0], target[1], None))
        scene.map_editor.move_cards(moves)
        scene.select_ids(cards)
        first = doc.card(cards[0])
        self.set_focus_cell((first.step, first.lane))
        return True

    # ----------------------------------------------------------------- key dispatch
    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        if watched is not getattr(self, "view", None):
            return False  # (no "view" while the view and this filter are being torn down)
        scene = self.scene
        if scene is None or getattr(scene, "document", None) is None:
            return False
        if not self.enabled:  # switched off: only a modal interaction (presentation) hears keys
            interaction = getattr(scene, "interaction", None)
            if interaction is None or not interaction.modal:
                return False
            return interaction.handle_key(physical_key(event), plain_modifiers(event))
        return self.handle_key(event)

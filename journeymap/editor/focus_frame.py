"""The focus frame tells the truth: it is always drawn where the keys will act.

``focus_cell`` is a property: whoever moves it (arrows, quick add, a keyboard connection,
a new card, the context menu) moves the frame with it. Selecting the cards of one cell
(a click, Tab, the end of a keyboard connection) brings the focus cell there at once,
not only at the next key press.
"""

from __future__ import annotations

import shiboken6

Cell = tuple[str, str]


class FocusFrameMixin:
    _focus_cell_at: Cell | None = None

    @property
    def focus_cell(self) -> Cell | None:
        return self._focus_cell_at

    @focus_cell.setter
    def focus_cell(self, cell: Cell | None) -> None:
        self._focus_cell_at = cell
        layout = getattr(self, "layout", None)
        laid_out = cell is None or layout is not None and cell[0] in layout.columns and cell[1] in layout.rows
        if laid_out and getattr(self, "grid_item", None) is not None and not getattr(self, "_dirty", True):
            self._apply_focus_cell()  # otherwise the layout applies it once it is rebuilt

    def follow_selected_cell(self) -> None:
        """The cards selected all sit in one cell: the focus cell moves there."""
        doc = getattr(self, "document", None)
        if doc is None or not shiboken6.isValid(self) or not shiboken6.isValid(self.grid_item):
            return  # a canvas being taken apart (its items go first) hears its last selection change
        ids = [getattr(item, "card_id", None) for item in self.selectedItems()]  # unsorted: cards may be going
        cells = {(doc.card(c).step, doc.card(c).lane) for c in ids if c is not None and doc.has_card(c)}
        if len(cells) == 1:
            cell = cells.pop()
            if cell != self._focus_cell_at:
                self.focus_cell = cell

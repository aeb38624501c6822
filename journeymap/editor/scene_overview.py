"""Zoomed far out, the scene hands its cards and captions to the overview item (see map_overview.py).

A mixin of JourneyScene: which cards draw themselves on top of the overview (selected,
hovered or dragged) and which the overview draws.
"""

from __future__ import annotations

from .items.card import CardItem


class OverviewMixin:
    def set_overview(self, on: bool) -> None:
        """Zoomed far out (told by the view): cards and captions are drawn all at once by ``map_overview``."""
        if on == self.drawing_modes.far_out:
            return
        self.drawing_modes.far_out = on
        # no repaint per item: showing or hiding the overview below repaints the whole map
        for item in self.card_items.values():
            item.set_overview_mode(on, repaint=False)
        for conn in self.connection_items.values():
            label = conn.caption_item()
            if label is not None:
                label.set_overview_mode(on, repaint=False)
        self._overview_selected = {item for item in self.selectedItems() if isinstance(item, CardItem)}
        self.map_overview.setVisible(on)
        self.map_overview.invalidate()

    def _refresh_overview(self) -> None:
        self.map_overview.set_rect(self.map_rect())
        self.map_overview.invalidate()

    def _sync_overview_selection(self) -> None:
        """Selected cards draw themselves over the overview, with their selection outline."""
        if not self.overview_mode:
            return
        selected = {item for item in self.selectedItems() if isinstance(item, CardItem)}
        changed = selected ^ self._overview_selected
        self._overview_selected = selected
        for item in changed:
            item.sync_contents()

    def set_dragged_cards(self, items) -> None:
        """Cards a gesture is dragging (none when it ends): they draw themselves, the overview
        leaves them out, so it shows no copy where they were."""
        dragged = set(items)
        changed = dragged ^ self._dragged_cards
        self._dragged_cards = dragged
        self.drawing_modes.dragging = bool(dragged)
        for item in changed:
            item.dragging = item in dragged
            item.sync_contents()
        if changed:
            self.map_overview.invalidate()

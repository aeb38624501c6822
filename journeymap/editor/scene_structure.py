"""The grid's headers on the canvas: their names and colours, renaming in place, and the
structure operations of the header menu and gestures. Each change is one call of the
scene's ``map_editor``, which holds the rules (the last stage stays, one emotion lane).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from ..model.kinds import LANE_KIND_COLORS
from . import fonts, style

if TYPE_CHECKING:  # pragma: no cover
    from .items.text_editor import InPlaceEditor


class StructureOperationsMixin:
    # ----------------------------------------------------------------- names and colours
    def structure_name(self, kind: str, model_id: str) -> str:
        return getattr(self.document, kind)(model_id).name

    def rename_structure(self, kind: str, model_id: str, name: str) -> bool:
        return self.map_editor.rename(kind, model_id, name)

    def recolour_structure(self, kind: str, model_id: str, color: str) -> bool:
        """Stages and lanes have colours; a step takes its stage's."""
        return self.map_editor.recolour(kind, model_id, color)

    def structure_color(self, kind: str, model_id: str) -> str:
        if kind == "step":
            return self.document.stage_of_step(model_id).color
        if kind == "lane":
            lane = self.document.lane(model_id)
            return lane.color or LANE_KIND_COLORS.get(lane.kind, style.FALLBACK_LANE)
        return self.document.stage(model_id).color

    def begin_rename_header(self, kind: str, model_id: str) -> InPlaceEditor | None:
        """Rename a stage, step or lane on its header."""
        self.apply_geometry()
        item = self.header_items.get(model_id)
        if item is None:
            return None

        def commit(text: str) -> None:
            self._close_editor()
            if self.document.has_id(model_id):
                self.rename_structure(kind, model_id, text)

        rect = item.rect().translated(item.pos())
        rect = QRectF(rect.x(), rect.y(), max(rect.width(), 140.0), rect.height())
        from .items.text_editor import InPlaceEditor  # loaded with the first edit (it brings in QStyle)

        editor = InPlaceEditor(
            self.structure_name(kind, model_id), fonts.header_font(), rect, self.is_rtl(), commit, self._close_editor
        )
        return self._open_editor(editor)

    # ----------------------------------------------------------------- insert, delete, move, resize
    def insert_structure(self, kind: str, model_id: str, after: bool) -> str | None:
        """A new stage, step or lane next to an existing one; returns its id."""
        return self.map_editor.insert_next_to(kind, model_id, after)

    def add_lane_of_kind(self, lane_kind: str, index: int | None = None) -> str | None:
        return self.map_editor.add_lane(lane_kind, index)

    def delete_structure(self, kind: str, model_id: str) -> bool:
        """Delete a stage, step or lane with its cards, as one undo step."""
        self.cancel_edit()
        return self.map_editor.delete_structure(kind, model_id)

    # Asked before a part that holds cards goes: (kind, name, cards) -> go ahead? The window
    # sets a dialog; a scene without one (exports, tests of the canvas alone) does not ask.
    confirm_delete = None

    def delete_structure_asking(self, kind: str, model_id: str) -> bool:
        """Delete from a user's request (Delete key, header menu): with a question when cards go too."""
        cards = self.map_editor.cards_in_part(kind, model_id)
        if cards and self.confirm_delete is not None:
            if not self.confirm_delete(kind, self.structure_name(kind, model_id), cards):
                return False
        return self.delete_structure(kind, model_id)

    def begin_edit_title(self) -> InPlaceEditor | None:
        """Edit the map's title on the canvas, where it is drawn."""
        self.apply_geometry()
        item = self.title_item
        rect = item.boundingRect().translated(item.pos())

        def commit(text: str) -> None:
            self._close_editor()
            if text.strip():
                self.map_editor.set_map_info({"title": text.strip()})

        from .items.text_editor import InPlaceEditor  # loaded with the first edit (it brings in QStyle)

        editor = InPlaceEditor(self.document.info.title, fonts.title_font(), rect, self.is_rtl(), commit,
                               self._close_editor)
        return self._open_editor(editor)

    def move_structure(self, kind: str, model_id: str, index: int, stage_id: str | None = None) -> bool:
        return self.map_editor.move_structure(kind, model_id, index, stage_id)

    def resize_structure(self, kind: str, model_id: str, size: float) -> bool:
        """Set a step's width or a lane's height (clamped to sane limits)."""
        return self.map_editor.resize_structure(kind, model_id, size)

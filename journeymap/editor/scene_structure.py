"""Operations on the grid itself: rename, recolour, insert, reorder, resize and delete
stages, steps and lanes. Each is one undo step; invalid requests (the last stage,
a second emotion lane) give a status message instead of a command that would fail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF

from ..model import Lane, Stage, Step
from ..model.kinds import EMOTION_LANE_KIND, LANE_KIND_COLORS, LANE_KIND_LABELS
from . import fonts, style
from .commands import AddStructureCommand, MoveStructureCommand, RemoveStructureCommand, SetPropertiesCommand
from .layout import clamp

if TYPE_CHECKING:  # pragma: no cover
    from .items.text_editor import InPlaceEditor

# Mixed into JourneyScene: texts are looked up under its name (what self.tr would use at run time).
translate = QCoreApplication.translate

QT_TRANSLATE_NOOP("kinds", "Channel")  # the one lane label widgets/labels.py does not name


def lane_label(kind: str) -> str:
    return translate("kinds", LANE_KIND_LABELS.get(kind, kind))  # named in widgets/labels.py


class StructureOperationsMixin:
    # ----------------------------------------------------------------- names and colours
    def structure_name(self, kind: str, model_id: str) -> str:
        return getattr(self.document, kind)(model_id).name

    def rename_structure(self, kind: str, model_id: str, name: str) -> bool:
        name = name.strip()
        if not name or name == self.structure_name(kind, model_id):
            return False
        self.undo_stack.push(SetPropertiesCommand(self.document, kind, model_id, {"name": name}))
        return True

    def recolour_structure(self, kind: str, model_id: str, color: str) -> bool:
        """Stages and lanes have colours; a step takes its stage's."""
        if kind == "step":
            kind, model_id = "stage", self.document.stage_of_step(model_id).id
        if getattr(self.document, kind)(model_id).color == color:
            return False
        self.undo_stack.push(SetPropertiesCommand(self.document, kind, model_id, {"color": color}))
        return True

    def structure_color(self, kind: str, model_id: str) -> str:
        if kind == "step":
            return self.document.stage_of_step(model_id).color
        if kind == "lane":
            lane = self.document.lane(model_id)
            return lane.color or LANE_KIND_COLORS.get(lane.kind, style.FALLBACK_LANE)
        return self.document.stage(model_id).color

    def begin_rename_header(self, kind: str, model_id: str) -> InPlaceEditor | None:
        """Rename a stage, step or lane on its header."""
        self.flush()
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

    # ----------------------------------------------------------------- insert
    def insert_structure(self, kind: str, model_id: str, after: bool) -> str | None:
        """A new stage, step or lane next to an existing one; returns its id."""
        doc = self.document
        if kind == "stage":
            index = [s.id for s in doc.stages()].index(model_id) + (1 if after else 0)
            first = Step(doc.new_id("step"), translate("JourneyScene", "New step"))
            stage = Stage(doc.new_id("stage"), translate("JourneyScene", "New stage"), steps=(first,))
            self.undo_stack.push(AddStructureCommand(doc, stage, index))
            return stage.id
        if kind == "step":
            stage = doc.stage_of_step(model_id)
            index = [s.id for s in stage.steps].index(model_id) + (1 if after else 0)
            step = Step(doc.new_id("step"), translate("JourneyScene", "New step"))
            self.undo_stack.push(AddStructureCommand(doc, step, index, stage_id=stage.id))
            return step.id
        lane = doc.lane(model_id)
        new_kind = "notes" if lane.kind == EMOTION_LANE_KIND else lane.kind
        return self.add_lane_of_kind(new_kind, doc.lane_index(model_id) + (1 if after else 0))

    def add_lane_of_kind(self, lane_kind: str, index: int | None = None) -> str | None:
        doc = self.document
        if lane_kind == EMOTION_LANE_KIND and doc.emotion_lane() is not None:
            self.statusMessage.emit(translate("JourneyScene", "A map has only one emotion lane"))
            return None
        lane = Lane(doc.new_id("lane"), lane_label(lane_kind), lane_kind)
        self.undo_stack.push(AddStructureCommand(doc, lane, index))
        return lane.id

    # ----------------------------------------------------------------- delete
    def delete_structure(self, kind: str, model_id: str) -> bool:
        """Delete a stage, step or lane with its cards, as one undo step."""
        doc = self.document
        if kind == "stage" and len(doc.stages()) == 1:
            self.statusMessage.emit(translate("JourneyScene", "A map keeps at least one stage"))
            return False
        if kind == "step" and len(doc.stage_of_step(model_id).steps) == 1:
            self.statusMessage.emit(
                translate("JourneyScene", "A stage keeps at least one step; delete the stage instead")
            )
            return False
        self.cancel_edit()
        self.undo_stack.push(RemoveStructureCommand(doc, kind, model_id))
        return True

    # ----------------------------------------------------------------- reorder and resize
    def move_structure(self, kind: str, model_id: str, index: int, stage_id: str | None = None) -> bool:
        doc = self.document
        if kind == "step":
            source = doc.stage_of_step(model_id)
            stage_id = stage_id or source.id
            if stage_id != source.id and len(source.steps) == 1:
                self.statusMessage.emit(translate("JourneyScene", "A stage keeps at least one step"))
                return False
            current = [s.id for s in source.steps].index(model_id)
            if stage_id == source.id and index == current:
                return False
        else:
            order = [s.id for s in doc.stages()] if kind == "stage" else [lane.id for lane in doc.lanes()]
            if order.index(model_id) == index:
                return False
        self.undo_stack.push(MoveStructureCommand(doc, kind, model_id, index, stage_id))
        return True

    def resize_structure(self, kind: str, model_id: str, size: float) -> bool:
        """Set a step's width or a lane's height (clamped to sane limits)."""
        if kind == "step":
            field, value = "width", round(clamp(size, style.MIN_STEP_WIDTH, style.MAX_STEP_WIDTH))
        else:
            field, value = "height", round(clamp(size, style.MIN_LANE_HEIGHT, style.MAX_LANE_HEIGHT))
        if getattr(getattr(self.document, kind)(model_id), field) == value:
            return False
        self.undo_stack.push(SetPropertiesCommand(self.document, kind, model_id, {field: float(value)}))
        return True

"""The editor's operations on the grid: rename, recolour, insert, move, resize and delete
stages, steps and lanes. Each is one undo step; a request the map's rules do not allow
(the last stage, a second emotion lane) is declined with a message instead of a command
that would fail. Mixed into ``MapEditor``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import Lane, Stage, Step
from ..model.kinds import EMOTION_LANE_KIND, LANE_KIND_LABELS, lane_category
from . import style
from .commands import AddStructureCommand, MoveStructureCommand, RemoveStructureCommand, SetPropertiesCommand
from .layout import clamp

QT_TRANSLATE_NOOP("kinds", "Channel")  # the one lane label widgets/labels.py does not name

# Soft stage colours, taken in turn for new stages (the default template's family).
STAGE_COLORS = ("#E3F2FD", "#EDE7F6", "#E8F5E9", "#FFF8E1", "#FCE4EC", "#E0F7FA", "#F3E5F5", "#FBE9E7")


def tr(text: str) -> str:
    return QCoreApplication.translate("MapEditor", text)


def lane_label(kind: str) -> str:
    """A new lane's name: its kind, in the user's language."""
    return QCoreApplication.translate("kinds", LANE_KIND_LABELS.get(kind, kind))  # named in widgets/labels.py


class StructureEditsMixin:
    # ----------------------------------------------------------------- names and colours
    def rename(self, kind: str, model_id: str, name: str) -> bool:
        """A stage, step or lane gets a new name (blank names are ignored)."""
        name = name.strip()
        if not name or name == getattr(self.document, kind)(model_id).name:
            return False
        return self.apply(SetPropertiesCommand(self.document, kind, model_id, {"name": name}))

    def recolour(self, kind: str, model_id: str, color: str) -> bool:
        """Stages and lanes have colours; a step takes its stage's."""
        if kind == "step":
            kind, model_id = "stage", self.document.stage_of_step(model_id).id
        if getattr(self.document, kind)(model_id).color == color:
            return False
        return self.apply(SetPropertiesCommand(self.document, kind, model_id, {"color": color}))

    # ----------------------------------------------------------------- insert
    def insert_stage(self, index: int | None = None) -> str | None:
        """A new stage with one step; its colour is the next of ``STAGE_COLORS``."""
        doc = self.document
        count = len(doc.stages())
        first = Step(doc.new_id("step"), tr("New step"))
        color = STAGE_COLORS[count % len(STAGE_COLORS)]
        stage = Stage(doc.new_id("stage"), tr("New stage"), color=color, steps=(first,))
        return stage.id if self.apply(AddStructureCommand(doc, stage, count if index is None else index)) else None

    def insert_step(self, stage_id: str, index: int | None = None) -> str | None:
        doc = self.document
        step = Step(doc.new_id("step"), tr("New step"))
        if index is None:
            index = len(doc.stage(stage_id).steps)
        return step.id if self.apply(AddStructureCommand(doc, step, index, stage_id=stage_id)) else None

    def add_lane(self, lane_kind: str, index: int | None = None) -> str | None:
        """A new lane of a kind, named after it; a map has one emotion lane at most."""
        doc = self.document
        if lane_kind == EMOTION_LANE_KIND and doc.emotion_lane() is not None:
            self.decline(tr("A map has only one emotion lane"))
            return None
        lane = Lane(doc.new_id("lane"), lane_label(lane_kind), lane_kind)
        return lane.id if self.apply(AddStructureCommand(doc, lane, index)) else None

    def insert_next_to(self, kind: str, model_id: str, after: bool) -> str | None:
        """A new stage, step or lane before or after an existing one; returns its id."""
        doc = self.document
        if kind == "stage":
            return self.insert_stage([s.id for s in doc.stages()].index(model_id) + (1 if after else 0))
        if kind == "step":
            stage = doc.stage_of_step(model_id)
            return self.insert_step(stage.id, [s.id for s in stage.steps].index(model_id) + (1 if after else 0))
        lane = doc.lane(model_id)
        new_kind = "notes" if lane.kind == EMOTION_LANE_KIND else lane.kind
        return self.add_lane(new_kind, doc.lane_index(model_id) + (1 if after else 0))

    # ----------------------------------------------------------------- delete
    def delete_structure(self, kind: str, model_id: str) -> bool:
        """Delete a stage, step or lane with its cards, as one undo step."""
        doc = self.document
        if kind == "stage" and len(doc.stages()) == 1:
            self.decline(tr("A map keeps at least one stage"))
            return False
        if kind == "step" and len(doc.stage_of_step(model_id).steps) == 1:
            self.decline(tr("A stage keeps at least one step; delete the stage instead"))
            return False
        return self.apply(RemoveStructureCommand(doc, kind, model_id))

    def cards_in_part(self, kind: str, model_id: str) -> int:
        """How many cards deleting this stage, step or lane would take with it."""
        doc = self.document
        if kind == "lane":
            return sum(len(doc.cell_cards(step.id, model_id)) for step in doc.steps())
        steps = [model_id] if kind == "step" else [step.id for step in doc.stage(model_id).steps]
        return sum(len(doc.cell_cards(step, lane.id)) for step in steps for lane in doc.lanes())

    def index_in_group(self, lane_kind: str) -> int | None:
        """Where a new lane of this kind goes when no lane is chosen: after the last lane of its group
        (channels with channels, annotations with annotations), not at the bottom of the map."""
        lanes = self.document.lanes()
        group = lane_category(lane_kind)
        same = [i for i, lane in enumerate(lanes) if lane_category(lane.kind) == group]
        return same[-1] + 1 if same else None

    # ----------------------------------------------------------------- reorder and resize
    def move_lane_by(self, lane_id: str, offset: int) -> bool:
        """A lane one place up (-1) or down (+1)."""
        index = self.document.lane_index(lane_id) + offset
        if not 0 <= index < len(self.document.lanes()):
            return False
        return self.move_structure("lane", lane_id, index)

    def move_step_by(self, step_id: str, offset: int) -> bool:
        """A step one place earlier (-1) or later (+1) on the timeline; past its stage's edge it
        joins the neighbouring stage (its stage keeps at least one step)."""
        doc = self.document
        stages = doc.stages()
        stage = doc.stage_of_step(step_id)
        order = [s.id for s in stage.steps]
        index = order.index(step_id) + offset
        if 0 <= index < len(order):
            return self.move_structure("step", step_id, index)
        s = [x.id for x in stages].index(stage.id) + offset
        if not 0 <= s < len(stages):
            return False
        neighbour = stages[s]
        return self.move_structure("step", step_id, len(neighbour.steps) if offset < 0 else 0, neighbour.id)

    def move_structure(self, kind: str, model_id: str, index: int, stage_id: str | None = None) -> bool:
        """Reorder a stage or lane, or move a step (into another stage when ``stage_id`` says so)."""
        doc = self.document
        if kind == "step":
            source = doc.stage_of_step(model_id)
            stage_id = stage_id or source.id
            if stage_id != source.id and len(source.steps) == 1:
                self.decline(tr("A stage keeps at least one step"))
                return False
            if stage_id == source.id and index == [s.id for s in source.steps].index(model_id):
                return False
        else:
            order = [s.id for s in doc.stages()] if kind == "stage" else [lane.id for lane in doc.lanes()]
            if order.index(model_id) == index:
                return False
        return self.apply(MoveStructureCommand(doc, kind, model_id, index, stage_id))

    def resize_structure(self, kind: str, model_id: str, size: float) -> bool:
        """Set a step's width or a lane's height (clamped to sane limits)."""
        if kind == "step":
            field, value = "width", round(clamp(size, style.MIN_STEP_WIDTH, style.MAX_STEP_WIDTH))
        else:
            field, value = "height", round(clamp(size, style.MIN_LANE_HEIGHT, style.MAX_LANE_HEIGHT))
        if getattr(getattr(self.document, kind)(model_id), field) == value:
            return False
        return self.apply(SetPropertiesCommand(self.document, kind, model_id, {field: float(value)}))

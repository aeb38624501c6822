"""Map menu: add stages, steps and lanes next to what is selected, and open the personas dialog.

Each addition is one undo command; new parts go after the selected one (or at the
end) so that a facilitator can grow the grid where the room is talking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..editor.commands import AddStructureCommand
from ..model import Lane, Stage, Step
from ..model.kinds import EMOTION_LANE_KIND, LANE_KINDS
from .labels import lane_kind_name

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

# Soft stage colours, taken in turn for new stages (the default template's family).
STAGE_COLORS = ("#E3F2FD", "#EDE7F6", "#E8F5E9", "#FFF8E1", "#FCE4EC", "#E0F7FA", "#F3E5F5", "#FBE9E7")


class MapActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        actions = window.actions
        actions.add_stage.triggered.connect(self.add_stage)
        actions.add_step.triggered.connect(self.add_step)
        actions.personas.triggered.connect(self.edit_personas)
        for kind in LANE_KINDS:
            actions.add_lane[kind].triggered.connect(lambda _checked=False, k=kind: self.add_lane(k))
        self._personas_dialog = None
        window.controller.pathChanged.connect(self._close_stale_dialog)

    @property
    def doc(self):
        return self.window.document

    def _selected_stage_and_step(self) -> tuple[str | None, str | None]:
        """The stage and step the selection sits in, if any."""
        target, item_id = self.window.scene.selection_target()
        doc = self.doc
        if target == "stage" and item_id:
            return item_id, None
        if target == "step" and item_id:
            return doc.stage_of_step(item_id).id, item_id
        if target == "card" and item_id and doc.has_card(item_id):
            step_id = doc.card(item_id).step
            return doc.stage_of_step(step_id).id, step_id
        return None, None

    def add_stage(self) -> str:
        doc = self.doc
        stage_id, _ = self._selected_stage_and_step()
        stages = doc.stages()
        index = [s.id for s in stages].index(stage_id) + 1 if stage_id else len(stages)
        color = STAGE_COLORS[len(stages) % len(STAGE_COLORS)]
        stage = Stage(doc.new_id("stage"), self.tr("New stage"), color=color,
                      steps=(Step(doc.new_id("step"), self.tr("New step")),))
        self.window.undo_stack.push(AddStructureCommand(doc, stage, index))
        self._name_new("stage", stage.id)
        return stage.id

    def add_step(self) -> str:
        doc = self.doc
        stage_id, step_id = self._selected_stage_and_step()
        if stage_id is None:
            stage_id = doc.stages()[-1].id
        steps = doc.stage(stage_id).steps
        index = [s.id for s in steps].index(step_id) + 1 if step_id else len(steps)
        step = Step(doc.new_id("step"), self.tr("New step"))
        self.window.undo_stack.push(AddStructureCommand(doc, step, index, stage_id=stage_id))
        self._name_new("step", step.id)
        return step.id

    def add_lane(self, kind: str) -> str | None:
        doc = self.doc
        if kind == EMOTION_LANE_KIND and doc.emotion_lane() is not None:
            self.window.show_status(self.tr("This map already has an emotion lane."))
            return None
        target, item_id = self.window.scene.selection_target()
        lane_id = item_id if target == "lane" else None
        if target == "card" and item_id and doc.has_card(item_id):
            lane_id = doc.card(item_id).lane
        index = doc.lane_index(lane_id) + 1 if lane_id else len(doc.lanes())
        lane = Lane(doc.new_id("lane"), lane_kind_name(kind), kind)
        self.window.undo_stack.push(AddStructureCommand(doc, lane, index))
        self._name_new("lane", lane.id)
        return lane.id

    def _name_new(self, kind: str, model_id: str) -> None:
        """Select the new part and let the room name it on its header straight away."""
        scene = self.window.scene
        scene.select_ids([model_id])
        if hasattr(scene, "begin_rename_header"):
            scene.begin_rename_header(kind, model_id)
            self.window.view.setFocus()

    def update_lane_menu(self) -> None:
        """Only one emotion lane per map: grey the entry out once there is one."""
        self.window.actions.add_lane[EMOTION_LANE_KIND].setEnabled(self.doc.emotion_lane() is None)

    def _close_stale_dialog(self) -> None:
        """Another map now shows in the window: a personas dialog of the old one must not edit on."""
        dialog = self._personas_dialog
        if dialog is not None and dialog.document is not self.doc:
            dialog.close()
            dialog.deleteLater()
            self._personas_dialog = None

    def edit_personas(self) -> None:
        from .personas_dialog import PersonasDialog

        if self._personas_dialog is None or self._personas_dialog.document is not self.doc:
            if self._personas_dialog is not None:
                self._personas_dialog.close()
            self._personas_dialog = PersonasDialog(self.doc, self.window.undo_stack, self.window)
        self._personas_dialog.show()
        self._personas_dialog.raise_()
        self._personas_dialog.activateWindow()

"""Map menu: add stages, steps and lanes next to what is selected, and open the personas dialog.

Each addition is one call of the window's editor; new parts go after the selected one
(or at the end) so that a facilitator can grow the grid where the room is talking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..model.kinds import EMOTION_LANE_KIND, LANE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


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

    def add_stage(self) -> str | None:
        doc = self.doc
        stage_id, _ = self._selected_stage_and_step()
        index = [s.id for s in doc.stages()].index(stage_id) + 1 if stage_id else None
        return self._name_new("stage", self.window.editor.insert_stage(index))

    def add_step(self) -> str | None:
        doc = self.doc
        stage_id, step_id = self._selected_stage_and_step()
        if stage_id is None:
            stage_id = doc.stages()[-1].id
        index = [s.id for s in doc.stage(stage_id).steps].index(step_id) + 1 if step_id else None
        return self._name_new("step", self.window.editor.insert_step(stage_id, index))

    def add_lane(self, kind: str) -> str | None:
        doc = self.doc
        target, item_id = self.window.scene.selection_target()
        lane_id = item_id if target == "lane" else None
        if target == "card" and item_id and doc.has_card(item_id):
            lane_id = doc.card(item_id).lane
        index = doc.lane_index(lane_id) + 1 if lane_id else self.window.editor.index_in_group(kind)
        return self._name_new("lane", self.window.editor.add_lane(kind, index))

    def _name_new(self, kind: str, model_id: str | None) -> str | None:
        """Select the new part and let the room name it on its header straight away."""
        if model_id is None:
            return None
        scene = self.window.scene
        scene.select_ids([model_id])
        if hasattr(scene, "begin_rename_header"):
            scene.begin_rename_header(kind, model_id)
            self.window.view.setFocus()
        return model_id

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
            self._personas_dialog = PersonasDialog(self.window.editor, self.window)
        self._personas_dialog.show()
        self._personas_dialog.raise_()
        self._personas_dialog.activateWindow()

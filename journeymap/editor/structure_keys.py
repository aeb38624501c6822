"""Keys that shape the grid around the cards: add, move, rename and delete stages, steps and
lanes, and rename the map's title, all acting on the part of the focus cell.

Mixed into ``KeyboardEntry``; the keymap (``keymap.py``) names the keys, each ``key_<action>``
here calls one operation of the editor's door. Sideways keys follow the screen: in a
right-to-left map Ctrl+Alt+Left adds the step *after* the focused one, as the timeline runs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from ..model.kinds import ANNOTATION_LANE_KINDS, CHANNEL_LANE_KINDS, EMOTION_LANE_KIND, LANE_KIND_LABELS

Key = Qt.Key


def tr(text: str) -> str:
    return QCoreApplication.translate("StructureKeys", text)


def offer_lane_kinds(view, at: QPoint, offer_emotion: bool, chosen) -> QMenu:
    """The short list of lane kinds (channels, then annotations) at ``at`` in the view; ``chosen(kind)``
    is called when one is picked with the arrows and Enter or a click. It does not block."""
    menu = QMenu(view)
    menu.setObjectName("lane_kind_menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    groups = [CHANNEL_LANE_KINDS, ANNOTATION_LANE_KINDS] + ([(EMOTION_LANE_KIND,)] if offer_emotion else [])
    for group in groups:
        for kind in group:
            action = menu.addAction(QCoreApplication.translate("kinds", LANE_KIND_LABELS.get(kind, kind)))
            action.setData(kind)
        menu.addSeparator()
    menu.triggered.connect(lambda action: chosen(action.data()))
    menu.popup(view.viewport().mapToGlobal(at))
    return menu


def confirm_delete(view, kind: str, name: str, cards: int) -> bool:
    """Ask before a stage, step or lane takes cards with it (undo still brings them back)."""
    if cards == 0:
        return True
    text = {
        "stage": QCoreApplication.translate("StructureKeys", "Delete the stage “%1” and its %n card(s)?", None, cards),
        "step": QCoreApplication.translate("StructureKeys", "Delete the step “%1” and its %n card(s)?", None, cards),
        "lane": QCoreApplication.translate("StructureKeys", "Delete the lane “%1” and its %n card(s)?", None, cards),
    }[kind].replace("%1", name)
    answer = QMessageBox.question(view, tr("Delete"), text + "\n\n" + tr("Undo brings them back."),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


class StructureKeysMixin:
    # ----------------------------------------------------------------- the focused parts
    def focused_part(self, kind: str) -> str | None:
        """The stage, step or lane the keys act on: a selected header of that kind, else the focus cell's."""
        header = self.key_context().header
        if header is not None and header[0] == kind:
            return header[1]
        cell = self.focus_cell()
        if cell is None:
            return None
        if kind == "step":
            return cell[0]
        if kind == "lane":
            return cell[1]
        return self.scene.document.stage_of_step(cell[0]).id

    def _later(self, key) -> bool:
        """Does this sideways key point later on the timeline (right, or left in a right-to-left map)?"""
        return (key == Key.Key_Right) != self.scene.is_rtl()

    def _go_to(self, step_id: str | None = None, lane_id: str | None = None) -> None:
        cell = self.focus_cell()
        if cell is not None:
            self.scene.clearSelection()
            self.set_focus_cell((step_id or cell[0], lane_id or cell[1]))

    # ----------------------------------------------------------------- add
    def key_add_step_beside(self, key) -> bool:
        step = self.focused_part("step")
        if step is None:
            return False
        new = self.scene.map_editor.insert_next_to("step", step, after=self._later(key))
        if new:
            self._go_to(step_id=new)
        return new is not None

    def key_add_stage(self, key) -> bool:
        stage = self.focused_part("stage")
        if stage is None:
            return False
        new = self.scene.map_editor.insert_next_to("stage", stage, after=True)
        if new:
            self._go_to(step_id=self.scene.document.stage(new).steps[0].id)
        return new is not None

    def key_add_lane_below(self, key) -> bool:
        lane = self.focused_part("lane")
        if lane is None:
            return False
        scene, view = self.scene, self.view
        rect = scene.cell_rect(*self.focus_cell())
        at = view.mapFromScene(rect.bottomLeft() if not scene.is_rtl() else rect.bottomRight())
        def add(kind: str) -> None:
            if scene.document is not None and scene.document.has_id(lane):
                new = scene.map_editor.add_lane(kind, scene.document.lane_index(lane) + 1)
                if new:
                    self._go_to(lane_id=new)

        offer_lane_kinds(view, at, scene.document.emotion_lane() is None, add)
        return True

    # ----------------------------------------------------------------- move
    def key_move_step(self, key) -> bool:
        step = self.focused_part("step")
        if step is None or not self.scene.map_editor.move_step_by(step, 1 if self._later(key) else -1):
            return False
        self._go_to(step_id=step)
        return True

    def key_move_lane(self, key) -> bool:
        lane = self.focused_part("lane")
        if lane is None or not self.scene.map_editor.move_lane_by(lane, 1 if key == Key.Key_Down else -1):
            return False
        self._go_to(lane_id=lane)
        return True

    # ----------------------------------------------------------------- rename and delete
    def key_rename_step(self, key) -> bool:
        return self._rename("step")

    def key_rename_stage(self, key) -> bool:
        return self._rename("stage")

    def key_rename_lane(self, key) -> bool:
        return self._rename("lane")

    def key_rename_header(self, key) -> bool:
        kind, model_id = self.key_context().header
        return self.scene.begin_rename_header(kind, model_id) is not None

    def _rename(self, kind: str) -> bool:
        model_id = self.focused_part(kind)
        return model_id is not None and self.scene.begin_rename_header(kind, model_id) is not None

    def key_rename_title(self, key) -> bool:
        return self.scene.begin_edit_title() is not None

    def key_delete_step(self, key) -> bool:
        return self._delete("step")

    def key_delete_lane(self, key) -> bool:
        return self._delete("lane")

    def _delete(self, kind: str) -> bool:
        model_id = self.focused_part(kind)
        if model_id is None:
            return False
        return self.scene.delete_structure_asking(kind, model_id)

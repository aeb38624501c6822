"""Inspector forms for the grid: a stage, a step, a lane."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from ...model.kinds import ANNOTATION_LANE_KINDS, CHANNEL_LANE_KINDS, EMOTION_LANE_KIND, LANE_KIND_COLORS
from ..icons import kind_icon
from ..labels import lane_kind_name
from .fields import ColorButton, description_edit, set_line_text, set_plain_text
from .form_base import TargetForm


class StageForm(TargetForm):
    target = "stage"

    def __init__(self, editor, parent=None) -> None:
        super().__init__(editor, parent)
        self.info = self.add_info("stage_info")
        self.name = self.add_row(self.tr("Name"), QLineEdit(self), "stage_name")
        self.bind_line(self.name, "name")
        self.description = self.add_row(
            self.tr("Description"), description_edit(self, self.tr("What the customer is after in this stage")),
            "stage_description",
        )
        self.bind_plain(self.description, "description")
        self.color = self.add_row(self.tr("Colour"), ColorButton(self), "stage_color")
        self.color.colorChosen.connect(lambda color: self.apply({"color": color}))

    def current(self):
        return self.doc.stage(self.item_id)

    def heading(self) -> str:
        return self.tr("Stage")

    def load(self, stage) -> None:
        index = [s.id for s in self.doc.stages()].index(stage.id) + 1
        self.info.setText(self.tr("Stage %1 of %2 · steps: %3").replace("%1", str(index))
                          .replace("%2", str(len(self.doc.stages()))).replace("%3", str(len(stage.steps))))
        set_line_text(self.name, stage.name)
        set_plain_text(self.description, stage.description)
        self.color.set_color(stage.color)


class StepForm(TargetForm):
    target = "step"

    def __init__(self, editor, parent=None) -> None:
        super().__init__(editor, parent)
        self.info = self.add_info("step_info")
        self.name = self.add_row(self.tr("Name"), QLineEdit(self), "step_name")
        self.bind_line(self.name, "name")
        self.description = self.add_row(
            self.tr("Description"), description_edit(self, self.tr("The moment this column stands for")),
            "step_description",
        )
        self.bind_plain(self.description, "description")

    def current(self):
        return self.doc.step(self.item_id)

    def heading(self) -> str:
        return self.tr("Step")

    def load(self, step) -> None:
        self.info.setText(self.tr("In stage “%1”").replace("%1", self.doc.stage_of_step(step.id).name))
        set_line_text(self.name, step.name)
        set_plain_text(self.description, step.description)


class LaneForm(TargetForm):
    target = "lane"

    def __init__(self, editor, parent=None) -> None:
        super().__init__(editor, parent)
        self.name = self.add_row(self.tr("Name"), QLineEdit(self), "lane_name")
        self.bind_line(self.name, "name")
        self.kind = self.add_row(self.tr("Kind"), QComboBox(self), "lane_kind")
        self.kind.activated.connect(lambda index: self.apply({"kind": self.kind.itemData(index)}))
        self.color = self.add_row(self.tr("Colour"), ColorButton(self, allow_default=True), "lane_color")
        self.color.colorChosen.connect(lambda color: self.apply({"color": color}))

    def current(self):
        return self.doc.lane(self.item_id)

    def heading(self) -> str:
        return self.tr("Lane")

    def _allowed_kinds(self, lane) -> list[str]:
        """Kinds this lane may take: the emotion kind only for an empty lane when there is no other."""
        kinds = list(CHANNEL_LANE_KINDS + ANNOTATION_LANE_KINDS)
        if lane.kind == EMOTION_LANE_KIND:
            return [EMOTION_LANE_KIND]  # the curve's lane stays one; delete it to drop the curve
        has_cards = any(self.doc.cell_cards(step.id, lane.id) for step in self.doc.steps())
        if self.doc.emotion_lane() is None and not has_cards:
            kinds.append(EMOTION_LANE_KIND)
        return kinds

    def load(self, lane) -> None:
        set_line_text(self.name, lane.name)
        kinds = self._allowed_kinds(lane)
        if [self.kind.itemData(i) for i in range(self.kind.count())] != kinds:
            self.kind.clear()
            for kind in kinds:
                self.kind.addItem(kind_icon(kind, LANE_KIND_COLORS[kind], 18), lane_kind_name(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(lane.kind))
        self.kind.setEnabled(len(kinds) > 1)
        self.color.set_color(lane.color, LANE_KIND_COLORS.get(lane.kind, "#FFFFFF"))

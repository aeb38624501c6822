"""The inspector for several cards and connections at once: what they share, set in one go.

Emotion, moment of truth and owner apply to the cards; personas to cards and connections
alike; the lane's colour when every card sits in one lane. A field whose values differ
says so ("several values") and changes nothing until it is set; each change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox

from ...model.kinds import EMOTION_MAX, EMOTION_MIN, LANE_KIND_COLORS
from ..labels import emotion_name
from .card_form import owner_suggestions
from .fields import ColorButton, PersonaChecklist, emotion_icon
from .form_base import TargetForm

MIXED = "mixed"  # the emotion entry shown while the cards' scores differ


class SelectionForm(TargetForm):
    target = "selection"

    def __init__(self, editor, parent=None) -> None:
        super().__init__(editor, parent)
        self.card_ids: list[str] = []
        self.conn_ids: list[str] = []
        self.lane_id: str | None = None
        self.info = self.add_info("selection_info")
        self.emotion = self.add_row(self.tr("Emotion"), QComboBox(self), "selection_emotion")
        self.emotion.activated.connect(self._emotion_chosen)
        self.moment = self.add_row("", QCheckBox(self.tr("Moment of truth"), self), "selection_moment_of_truth")
        self.moment.clicked.connect(lambda: self._set_cards("moment_of_truth", self.moment.isChecked()))
        self.owner = self.add_row(self.tr("Owner"), QComboBox(self), "selection_owner")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.addItems(owner_suggestions())
        self.owner.textActivated.connect(lambda text: self._set_cards("owner", text.strip()))
        self.owner.lineEdit().editingFinished.connect(self._owner_typed)
        self.personas = self.add_row(self.tr("Personas"), PersonaChecklist(self), "selection_personas")
        self.personas.toggled.connect(self._persona_toggled)
        self.lane_color = self.add_row(self.tr("Lane colour"), ColorButton(self, allow_default=True),
                                       "selection_lane_color")
        self.lane_color.colorChosen.connect(self._lane_color_chosen)

    # ------------------------------------------------------------------ showing
    def show_selection(self, doc, card_ids: list[str], conn_ids: list[str]) -> None:
        self.card_ids, self.conn_ids = list(card_ids), list(conn_ids)
        self.show_target(doc, None)

    def current(self):
        return [self.doc.card(c) for c in self.card_ids], [self.doc.connection(c) for c in self.conn_ids]

    def heading(self) -> str:
        return self.tr("Selection")

    def load(self, parts) -> None:
        cards, conns = parts
        card_count, conn_count = len(cards), len(conns)
        translate = QCoreApplication.translate
        counts = [translate("SelectionForm", "%n card(s)", None, card_count)] if cards else []
        if conns:
            counts.append(translate("SelectionForm", "%n connection(s)", None, conn_count))
        self.info.setText(self.tr("%1 selected; a change applies to all of them").replace("%1", " · ".join(counts)))
        for widget in (self.emotion, self.moment, self.owner):
            widget.setEnabled(bool(cards))
        self._load_emotion({card.emotion for card in cards})
        moments = {card.moment_of_truth for card in cards}
        self.moment.setTristate(len(moments) > 1)
        self.moment.setCheckState(Qt.CheckState.PartiallyChecked if len(moments) > 1
                                  else Qt.CheckState.Checked if moments == {True} else Qt.CheckState.Unchecked)
        owners = {card.owner for card in cards}
        shown = owners.pop() if len(owners) == 1 else ""
        if self.owner.currentText() != shown and not self.owner.lineEdit().hasFocus():
            self.owner.setEditText(shown)
        self.owner.lineEdit().setPlaceholderText(self.tr("Several values") if len(owners) > 1 else "")
        self._load_personas(cards + conns)
        self._load_lane_color(cards)

    def _load_emotion(self, scores: set) -> None:
        self.emotion.clear()
        if len(scores) > 1:
            self.emotion.addItem(self.tr("Several values"), MIXED)
        self.emotion.addItem(emotion_icon(None), self.tr("none"), None)
        for score in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
            self.emotion.addItem(emotion_icon(score), emotion_name(score), score)
        self.emotion.setCurrentIndex(0 if len(scores) != 1 else max(self.emotion.findData(next(iter(scores))), 0))

    def _load_personas(self, parts) -> None:
        personas = self.doc.personas()
        every = tuple(p.id for p in personas if parts and all(p.id in part.personas for part in parts))
        some = tuple(p.id for p in personas if p.id not in every and any(p.id in part.personas for part in parts))
        self.personas.set_personas(personas, every, some)

    def _load_lane_color(self, cards) -> None:
        lanes = {card.lane for card in cards}
        shared = len(lanes) == 1
        self.form.setRowVisible(self.lane_color, shared)
        if shared:
            lane = self.doc.lane(lanes.pop())
            self.lane_color.set_color(lane.color, LANE_KIND_COLORS.get(lane.kind, "#FFFFFF"))
            self.lane_id = lane.id

    # ------------------------------------------------------------------ editing
    def _edit(self, edits: list[tuple[str, str, dict]], what: str) -> None:
        if self._loading or self.doc is None:
            return
        count = len(edits)
        text = QCoreApplication.translate("SelectionForm", "Change %1 of %n item(s)", None, count)
        self.editor.set_many_properties(edits, text.replace("%1", what))

    def _set_cards(self, field: str, value) -> None:
        names = {"emotion": self.tr("emotion"), "moment_of_truth": self.tr("moment of truth"),
                 "owner": self.tr("owner")}
        self._edit([("card", card_id, {field: value}) for card_id in self.card_ids], names[field])

    def _emotion_chosen(self, index: int) -> None:
        value = self.emotion.itemData(index)
        if value != MIXED:
            self._set_cards("emotion", value)

    def _owner_typed(self) -> None:
        text = self.owner.currentText().strip()
        if text or self.owner.lineEdit().placeholderText() == "":  # an empty field over mixed owners changes nothing
            self._set_cards("owner", text)

    def _persona_toggled(self, persona_id: str, on: bool) -> None:
        edits = []
        for target, ids in (("card", self.card_ids), ("connection", self.conn_ids)):
            for item_id in ids:
                have = getattr(self.doc, target)(item_id).personas
                if on and persona_id not in have:
                    edits.append((target, item_id, {"personas": (*have, persona_id)}))
                elif not on and persona_id in have:
                    edits.append((target, item_id, {"personas": tuple(p for p in have if p != persona_id)}))
        self._edit(edits, self.tr("personas"))

    def _lane_color_chosen(self, color: str) -> None:
        if not self._loading and self.doc is not None:
            self.editor.set_properties("lane", self.lane_id, {"color": color})

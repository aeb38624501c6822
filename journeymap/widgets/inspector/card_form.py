"""The inspector for one card: every field a facilitator records about a moment."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from ...model.kinds import EMOTION_MAX, EMOTION_MIN
from ..labels import card_kind_name, emotion_name
from .fields import PersonaChecklist, description_edit, emotion_icon, set_line_text, set_plain_text
from .form_base import TargetForm
from .kpi_table import KpiTable


def owner_suggestions() -> list[str]:
    """The departments that usually run touchpoints (free text is allowed too)."""
    translate = QCoreApplication.translate
    return [
        translate("CardForm", "Marketing"),
        translate("CardForm", "Sales"),
        translate("CardForm", "Customer service"),
        translate("CardForm", "Technical support"),
        translate("CardForm", "Operations"),
    ]


class CardForm(TargetForm):
    target = "card"

    def __init__(self, editor, parent=None) -> None:
        super().__init__(editor, parent)
        self.place = self.add_info("card_place")
        self.title = self.add_row(self.tr("Title"), QLineEdit(self), "card_title")
        self.title.setPlaceholderText(self.tr("What happens at this moment"))
        self.bind_line(self.title, "title")
        self.description = self.add_row(
            self.tr("Description"), description_edit(self, self.tr("Details, quotes, evidence")), "card_description"
        )
        self.bind_plain(self.description, "description")
        self.emotion = self.add_row(self.tr("Emotion"), QComboBox(self), "card_emotion")
        self.emotion.addItem(emotion_icon(None), self.tr("none"), None)
        for score in range(EMOTION_MAX, EMOTION_MIN - 1, -1):
            self.emotion.addItem(emotion_icon(score), emotion_name(score), score)
        self.emotion.activated.connect(lambda index: self.apply({"emotion": self.emotion.itemData(index)}))
        self.moment = self.add_row("", QCheckBox(self.tr("Moment of truth"), self), "card_moment_of_truth")
        self.moment.setToolTip(self.tr("A touchpoint that decides whether the customer stays or leaves"))
        self.moment.clicked.connect(lambda checked: self.apply({"moment_of_truth": bool(checked)}))
        self.owner = self.add_row(self.tr("Owner"), QComboBox(self), "card_owner")
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.addItems(owner_suggestions())
        self.owner.lineEdit().setPlaceholderText(self.tr("Department that runs it"))
        self.owner.lineEdit().textEdited.connect(lambda text: self.apply({"owner": text.strip()}, merge=True))
        self.owner.textActivated.connect(lambda text: self.apply({"owner": text.strip()}))
        self.kpis = self.add_row(self.tr("KPIs"), KpiTable(self), "card_kpis")
        self.kpis.changed.connect(lambda kpis: self.apply({"kpis": kpis}))
        self.personas = self.add_row(self.tr("Personas"), PersonaChecklist(self), "card_personas")
        self.personas.changed.connect(lambda ids: self.apply({"personas": ids}))

    def current(self):
        return self.doc.card(self.item_id)

    def heading(self) -> str:
        return self.tr("Card")

    def load(self, card) -> None:
        doc = self.doc
        kind = card_kind_name(doc.card_kind(card.id))
        place = self.tr("%1 in %2, step “%3”")
        self.place.setText(place.replace("%1", kind).replace("%2", doc.lane(card.lane).name)
                           .replace("%3", doc.step(card.step).name))
        set_line_text(self.title, card.title)
        set_plain_text(self.description, card.description)
        self.emotion.setCurrentIndex(max(self.emotion.findData(card.emotion), 0))
        self.moment.setChecked(card.moment_of_truth)
        if self.owner.currentText() != card.owner:
            self.owner.setEditText(card.owner)
        self.kpis.set_kpis(card.kpis)
        self.personas.set_personas(doc.personas(), card.personas)

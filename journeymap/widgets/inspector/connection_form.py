"""The inspector for one connection: its label, the share of customers taking it, personas."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit

from .fields import PersonaChecklist, set_line_text
from .form_base import TargetForm

UNKNOWN_SHARE = -1.0  # the spin box's minimum, shown as "unknown"


class ConnectionForm(TargetForm):
    target = "connection"

    def __init__(self, editor, parent=None) -> None:
        super().__init__(editor, parent)
        self.ends = self.add_info("connection_ends")
        self.label = self.add_row(self.tr("Label"), QLineEdit(self), "connection_label")
        self.label.setPlaceholderText(self.tr("Why customers go this way"))
        self.bind_line(self.label, "label")
        self.share = self.add_row(self.tr("Share"), QDoubleSpinBox(self), "connection_share")
        self.share.setRange(UNKNOWN_SHARE, 100.0)
        self.share.setDecimals(0)
        self.share.setSingleStep(5)
        self.share.setSuffix(self.tr(" %"))
        self.share.setSpecialValueText(self.tr("unknown"))
        self.share.setToolTip(self.tr("Share of customers who take this way (0–100 %)"))
        self.share.valueChanged.connect(self._share_changed)
        self.personas = self.add_row(self.tr("Personas"), PersonaChecklist(self), "connection_personas")
        self.personas.changed.connect(lambda ids: self.apply({"personas": ids}))

    def _share_changed(self, value: float) -> None:
        self.apply({"share": None if value < 0 else float(value)}, merge=True)

    def current(self):
        return self.doc.connection(self.item_id)

    def heading(self) -> str:
        return self.tr("Connection")

    def load(self, conn) -> None:
        source, target = self.doc.card(conn.source), self.doc.card(conn.target)
        untitled = self.tr("(untitled)")
        self.ends.setText(self.tr("From “%1” to “%2”").replace("%1", source.title or untitled)
                          .replace("%2", target.title or untitled))
        set_line_text(self.label, conn.label)
        shown = UNKNOWN_SHARE if conn.share is None else conn.share
        if self.share.value() != shown:
            self.share.setValue(shown)
        self.personas.set_personas(self.doc.personas(), conn.personas)

"""Ctrl+K: a one-line box over the canvas that adds a card or a connection from typed text.

Enter applies the line (one undo step) and closes the box; when the line names
nothing on the map the box stays open with the reason in red and nothing changes.
Escape closes it. The syntax lives in ``editor.quick_add``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..editor.quick_add import CardPlan, QuickAddError, parse_quick_add, quick_add

POPUP_STYLE = """
QFrame#quick_add { background: #FFFFFF; border: 1px solid #BCCCDC; border-radius: 10px; }
QLineEdit { font-size: 16px; padding: 6px 8px; border: 1px solid #9FB3C8; border-radius: 6px; }
QLabel#quick_add_hint { color: #627D98; }
QLabel#quick_add_error { color: #CF1124; }
"""


class QuickAddPopup(QFrame):
    def __init__(self, host: QWidget) -> None:
        """``host`` is the canvas view: the box floats over it and adds to its scene."""
        super().__init__(host)
        self.setObjectName("quick_add")
        self.setStyleSheet(POPUP_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.line = QLineEdit(self)
        self.line.setObjectName("quick_add_line")
        self.line.setPlaceholderText(self.tr("Purchase / Phone: call to ask about delivery"))
        self.line.setClearButtonEnabled(True)
        self.line.returnPressed.connect(self.apply)
        self.hint = QLabel(self._syntax(), self)
        self.hint.setObjectName("quick_add_hint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("quick_add_error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.line)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.line.textEdited.connect(self._preview)
        self.hide()

    def _syntax(self) -> str:
        return self.tr("“Stage / Lane: text”, “Stage / Step / Lane: text” or “Card -> Card”")

    def _preview(self, text: str = "") -> None:
        """While typing, say where the line would go; the syntax when it names nothing yet."""
        if self.error.isVisible():
            self.error.hide()
            self.adjustSize()
        try:
            plan = parse_quick_add(self.parentWidget().scene().document, text)
        except QuickAddError:
            self.hint.setText(self._syntax())
            return
        doc = self.parentWidget().scene().document
        if isinstance(plan, CardPlan):
            where = self.tr("Adds a card to %1 › %2 › %3")
            stage, step, lane = doc.stage_of_step(plan.step_id), doc.step(plan.step_id), doc.lane(plan.lane_id)
            self.hint.setText(where.replace("%1", stage.name).replace("%2", step.name).replace("%3", lane.name))
        else:
            link = self.tr("Connects “%1” → “%2”")
            self.hint.setText(
                link.replace("%1", doc.card(plan.source_id).title).replace("%2", doc.card(plan.target_id).title)
            )

    def open_popup(self) -> None:
        host = self.parentWidget()
        width = min(640, max(360, host.width() - 80))
        self.setFixedWidth(width)
        self.error.hide()
        self.line.clear()
        self.hint.setText(self._syntax())
        self.adjustSize()
        self.move((host.width() - width) // 2, 48)
        self.show()
        self.raise_()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_popup(self) -> None:
        self.hide()
        self.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def apply(self) -> str | None:
        """Add what the line asks for; returns the new id, or None (with the reason shown) when nothing matched."""
        try:
            new_id = quick_add(self.parentWidget().scene(), self.line.text())
        except QuickAddError as error:
            self.error.setText(str(error))
            self.error.show()
            self.adjustSize()
            return None
        self.close_popup()
        return new_id

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_popup()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # QLineEdit passes Enter on after returnPressed; the canvas must not see it too
            return
        super().keyPressEvent(event)

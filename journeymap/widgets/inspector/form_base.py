"""What every inspector form shares: which part it shows, and how edits become commands.

A form never changes the document itself: ``apply`` hands the changes to the window's
editor (merging while the user types), and the form shows the result when the
document's change event comes back through ``refresh``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...editor.map_editor import MapEditor
from ...model import JourneyDocument, ModelError


class TargetForm(QWidget):
    """Base of the card, connection, stage, step, lane and map forms."""

    target = ""

    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.doc: JourneyDocument | None = None
        self.item_id: str | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 10)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setVerticalSpacing(8)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)

    # ------------------------------------------------------------------ showing
    def show_target(self, doc: JourneyDocument, item_id: str | None) -> None:
        self.doc, self.item_id = doc, item_id
        self.refresh()

    def refresh(self) -> None:
        """Show the model's current values (fields that already match are left untouched)."""
        if self.doc is None or not self.exists():
            return
        self._loading = True
        try:
            self.load(self.current())
        finally:
            self._loading = False

    def exists(self) -> bool:
        try:
            self.current()
        except ModelError:
            return False
        return True

    def current(self):
        """The shown part's value from the document (raises ModelError once it is gone)."""
        raise NotImplementedError

    def load(self, value) -> None:
        raise NotImplementedError

    def heading(self) -> str:
        raise NotImplementedError

    # ------------------------------------------------------------------ editing
    def apply(self, changes: dict, merge: bool = False) -> None:
        """Hand the changes that differ from the model to the editor as one undoable step."""
        if self._loading or self.doc is None or not self.exists():
            return
        self.editor.set_properties(self.target, self.item_id, changes, merge=merge)

    def bind_line(self, widget: QLineEdit, field: str) -> None:
        """Typing changes ``field`` live; a run of typing in one field is one undo step."""
        widget.textEdited.connect(lambda text: self.apply({field: text}, merge=True))

    def bind_plain(self, widget: QPlainTextEdit, field: str) -> None:
        widget.textChanged.connect(lambda: self.apply({field: widget.toPlainText()}, merge=True))

    def add_row(self, label: str, widget: QWidget, name: str) -> QWidget:
        widget.setObjectName(name)
        self.form.addRow(label, widget)
        return widget

    def add_info(self, name: str) -> QLabel:
        """A read-only line at the top of the form (where the part sits, what it is).

        It always takes two lines of height, whatever its length, so the fields below stay
        where they are from one card to the next (a click never lands on the wrong field).
        """
        label = InfoLine(self)
        label.setObjectName(name)
        self.form.addRow(label)
        return label


class InfoLine(QLabel):
    """Grey text of a fixed two-line height; the whole text is also its tooltip."""

    LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #52606D;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.LINES + 2)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

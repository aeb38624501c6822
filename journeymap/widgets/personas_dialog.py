"""Map → Personas…: add, rename, describe, set goals and colour, reorder and remove personas.

Every change is one call of the window's editor (typing merges into one step), so the
dialog can stay open beside the map and Ctrl+Z in the window undoes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..editor.following import stop_following_when_destroyed
from ..editor.map_editor import MapEditor
from ..model import ChangeEvent, EventKind, ModelError
from .icons import swatch_icon
from .inspector.fields import ColorButton, description_edit, set_line_text, set_plain_text

# Distinct, print-friendly colours offered to new personas in turn.
PERSONA_COLORS = ("#E15759", "#4E79A7", "#59A14F", "#F28E2B", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F")


class PersonasDialog(QDialog):
    def __init__(self, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document = editor.document  # the map this dialog was opened for
        self._loading = False
        self.setObjectName("personas_dialog")
        self.setWindowTitle(self.tr("Personas"))
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("persona_list")
        self.list.currentRowChanged.connect(self._show_current)
        left.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = self._button("persona_add", self.tr("Add"), self.add_persona, buttons)
        self.remove_button = self._button("persona_remove", self.tr("Remove"), self.remove_persona, buttons)
        self.up_button = self._button("persona_up", self.tr("Up"), lambda: self.move_persona(-1), buttons)
        self.down_button = self._button("persona_down", self.tr("Down"), lambda: self.move_persona(1), buttons)
        left.addLayout(buttons)
        columns.addLayout(left, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setObjectName("persona_name")
        self.name.textEdited.connect(lambda text: self._apply({"name": text}, merge=True))
        form.addRow(self.tr("Name"), self.name)
        self.description = description_edit(self, self.tr("Who they are, what they need"))
        self.description.setObjectName("persona_description")
        self.description.textChanged.connect(
            lambda: self._apply({"description": self.description.toPlainText()}, merge=True)
        )
        form.addRow(self.tr("Description"), self.description)
        self.goals = description_edit(self, self.tr("One goal per line"))
        self.goals.setObjectName("persona_goals")
        self.goals.textChanged.connect(lambda: self._apply({"goals": self._goals_from_text()}, merge=True))
        form.addRow(self.tr("Goals"), self.goals)
        self.color = ColorButton(self)
        self.color.setObjectName("persona_color")
        self.color.colorChosen.connect(lambda color: self._apply({"color": color}))
        form.addRow(self.tr("Colour"), self.color)
        self.form_widgets = (self.name, self.description, self.goals, self.color)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)  # fields sit together at the top, not spread over the height
        columns.addLayout(right, 6)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        outer.addWidget(close)
        self.document.subscribe(self._on_change)
        stop_following_when_destroyed(self, "_on_change")
        self.resize(780, 440)
        self._reload()

    def _button(self, name: str, text: str, slot, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # ------------------------------------------------------------------ reading
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _goals_from_text(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.goals.toPlainText().splitlines() if line.strip())

    def _on_change(self, event: ChangeEvent) -> None:
        if event.kind in (EventKind.PERSONA, EventKind.RESET):
            self._reload()

    def _reload(self) -> None:
        """Rebuild the list from the document, keeping the current persona selected."""
        keep = self.current_id()
        personas = self.document.personas()
        self._loading = True
        try:
            self.list.clear()
            for persona in personas:
                item = QListWidgetItem(swatch_icon(persona.color, 16, rounded=False), persona.name or "—", self.list)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
            ids = [p.id for p in personas]
            if personas:
                self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        finally:
            self._loading = False
        self._show_current()

    def _show_current(self, *_args) -> None:
        if self._loading:
            return
        persona_id = self.current_id()
        for widget in self.form_widgets:
            widget.setEnabled(persona_id is not None)
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(persona_id is not None)
        self.up_button.setEnabled(persona_id is not None and row > 0)
        self.down_button.setEnabled(persona_id is not None and row < count - 1)
        if persona_id is None:
            return
        persona = self.document.persona(persona_id)
        self._loading = True
        try:
            set_line_text(self.name, persona.name)
            set_plain_text(self.description, persona.description)
            if self._goals_from_text() != persona.goals:
                set_plain_text(self.goals, "\n".join(persona.goals))
            self.color.set_color(persona.color)
        finally:
            self._loading = False

    # ------------------------------------------------------------------ changing
    def _apply(self, changes: dict, merge: bool = False) -> None:
        persona_id = self.current_id()
        if self._loading or persona_id is None:
            return
        try:
            persona = self.document.persona(persona_id)
        except ModelError:
            return
        self.editor.set_properties("persona", persona.id, changes, merge=merge)

    def add_persona(self) -> str:
        count = len(self.document.personas())
        persona_id = self.editor.add_persona(
            self.tr("Persona %1").replace("%1", str(count + 1)), PERSONA_COLORS[count % len(PERSONA_COLORS)]
        )
        ids = [p.id for p in self.document.personas()]
        self.list.setCurrentRow(ids.index(persona_id))
        self.name.setFocus()
        self.name.selectAll()
        return persona_id

    def remove_persona(self) -> None:
        persona_id = self.current_id()
        if persona_id is not None:
            self.editor.remove_persona(persona_id)

    def move_persona(self, delta: int) -> None:
        persona_id = self.current_id()
        row = self.list.currentRow()
        if persona_id is None or not 0 <= row + delta < self.list.count():
            return
        self.editor.move_persona(persona_id, row + delta)
        self.list.setCurrentRow(row + delta)

    def closeEvent(self, event) -> None:
        self.document.unsubscribe(self._on_change)
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        self.document.unsubscribe(self._on_change)
        self.document.subscribe(self._on_change)
        self._reload()
        super().showEvent(event)

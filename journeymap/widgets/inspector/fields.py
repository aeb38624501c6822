"""Small editing widgets the inspector forms share, and setters that never clobber typing."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..icons import painted_icon, swatch_icon
from ..text_direction import follow_text_direction

DESCRIPTION_HEIGHT = 84


def set_line_text(widget: QLineEdit, text: str) -> None:
    """Show the model's value unless the field already says it (keeps the cursor where it is)."""
    if widget.text() != text:
        position = widget.cursorPosition()
        widget.setText(text)
        # While typing the cursor stays put; otherwise show the start of a long text, not its end.
        widget.setCursorPosition(min(position, len(text)) if widget.hasFocus() else 0)


def set_plain_text(widget: QPlainTextEdit, text: str) -> None:
    if widget.toPlainText() != text:
        position = widget.textCursor().position()
        widget.setPlainText(text)
        if widget.hasFocus():
            cursor = widget.textCursor()
            cursor.setPosition(min(position, len(text)))
            widget.setTextCursor(cursor)


def description_edit(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(DESCRIPTION_HEIGHT)
    edit.setTabChangesFocus(True)
    return follow_text_direction(edit)


class ColorButton(QWidget):
    """A colour swatch with its hex value; a click opens the colour dialog.

    ``allow_default`` adds a reset button for parts whose colour may follow their kind (lanes).
    """

    colorChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, allow_default: bool = False) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(self)
        self.button.setObjectName("color_button")
        self.button.clicked.connect(self._choose)
        layout.addWidget(self.button)
        self.reset = None
        if allow_default:
            self.reset = QToolButton(self)
            self.reset.setText(self.tr("Default"))
            self.reset.setToolTip(self.tr("Use the colour of the lane's kind"))
            self.reset.clicked.connect(lambda: self.colorChosen.emit(""))
            layout.addWidget(self.reset)
        layout.addStretch(1)
        self._color = ""
        self._fallback = "#FFFFFF"

    def set_color(self, color: str, fallback: str = "#FFFFFF") -> None:
        self._color, self._fallback = color, fallback
        shown = color or fallback
        self.button.setIcon(swatch_icon(shown, 18))
        # A left-to-right mark keeps "#E15759" in order in a right-to-left interface.
        self.button.setText("\u200e" + color.upper() if color else self.tr("Default"))
        if self.reset is not None:
            self.reset.setEnabled(bool(color))

    def color(self) -> str:
        return self._color

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color or self._fallback), self, self.tr("Choose a colour"))
        if chosen.isValid():
            self.colorChosen.emit(chosen.name().upper())


class PersonaChecklist(QWidget):
    """Which personas a card or connection belongs to: one checkable row per persona of the map.

    For several cards at once a persona some of them have shows half-checked; ``toggled``
    says which persona was switched on or off.
    """

    changed = Signal(tuple)
    toggled = Signal(str, bool)
    VISIBLE_ROWS = 6  # more personas than this scroll

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("persona_checklist")
        self.list.itemChanged.connect(self._emit)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("This map has no personas yet (Map → Personas…)."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #7B8794;")
        layout.addWidget(self.empty)
        self._loading = False

    def set_personas(self, personas, checked: tuple[str, ...], partial: tuple[str, ...] = ()) -> None:
        self._loading = True
        try:
            wanted = [(p.id, p.name, p.color) for p in personas]
            current = [
                (self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text(),
                 self.list.item(i).data(Qt.ItemDataRole.UserRole + 1))
                for i in range(self.list.count())
            ]
            if wanted != current:
                self.list.clear()
                for persona_id, name, color in wanted:
                    item = QListWidgetItem(swatch_icon(color, 14, rounded=False), name, self.list)
                    item.setData(Qt.ItemDataRole.UserRole, persona_id)
                    item.setData(Qt.ItemDataRole.UserRole + 1, color)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)  # without a state Qt draws no box
            for i in range(self.list.count()):
                item = self.list.item(i)
                persona_id = item.data(Qt.ItemDataRole.UserRole)
                state = (Qt.CheckState.Checked if persona_id in checked
                         else Qt.CheckState.PartiallyChecked if persona_id in partial else Qt.CheckState.Unchecked)
                if item.checkState() != state:
                    item.setCheckState(state)
            rows = self.list.count()
            self.list.setVisible(rows > 0)
            self.empty.setVisible(rows == 0)
            self.list.setFixedHeight(self._height_for(rows))
        finally:
            self._loading = False

    def _height_for(self, rows: int) -> int:
        """Every row in view up to VISIBLE_ROWS, with the frame and spacing counted: no scroll bar for two."""
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 6, 22)
        shown = max(1, min(rows, self.VISIBLE_ROWS))
        return shown * (row + 2 * self.list.spacing()) + 2 * self.list.frameWidth() + 4

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def _emit(self, item) -> None:
        if not self._loading:
            self.toggled.emit(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)
            self.changed.emit(self.checked_ids())


def emotion_icon(score: int | None, size: int = 18) -> QIcon:
    """The canvas's face for an emotion score (a dashed ring for none), so the inspector speaks the map's language."""
    from ...editor import style
    from ...editor.icons import draw_face

    def draw(painter: QPainter) -> None:
        if score is None:
            painter.setPen(QPen(QColor("#9AA5B1"), 1.2, Qt.PenStyle.DashLine))
            painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
        else:
            draw_face(painter, QRectF(1, 1, size - 2, size - 2), score, QColor(style.EMOTION_FACE[score]))

    return painted_icon(size, draw)

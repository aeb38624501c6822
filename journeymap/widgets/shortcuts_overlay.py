"""Help → Keyboard Shortcuts: a panel laid over the canvas listing every key, in four groups.

An overlay rather than a dialog so that the map stays in sight behind it; Escape,
F1 or a click anywhere closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .shortcut_list import shortcut_groups

PANEL_STYLE = """
QFrame#shortcuts_panel { background: #FFFFFF; border-radius: 14px; }
QLabel#shortcuts_title { font-size: 20px; font-weight: 600; color: #102A43; }
QLabel#shortcuts_hint { color: #627D98; }
QLabel[role="group"] { font-size: 14px; font-weight: 600; color: #243B53; padding-top: 6px; }
QLabel[role="keys"] { background: #F0F4F8; border: 1px solid #D9E2EC; border-radius: 5px;
                      padding: 2px 7px; color: #102A43; font-family: "Noto Sans"; }
QLabel[role="text"] { color: #334E68; }
"""


class ShortcutsOverlay(QWidget):
    """Laid over ``host`` (the window); closing gives the keys back to ``focus_back`` (the canvas)."""

    MARGIN = 16  # between the panel and the host's edges

    def __init__(self, host: QWidget, focus_back: QWidget | None = None) -> None:
        super().__init__(host)
        self.focus_back = focus_back or host
        self.setObjectName("shortcuts_overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.panel = QFrame(self)
        self.panel.setObjectName("shortcuts_panel")
        self._built = False  # the panel's forty labels are made when it is first opened
        self.hide()

    def _build_once(self) -> None:
        if not self._built:
            self._built = True
            self.panel.setStyleSheet(PANEL_STYLE)
            self._build_panel()
            self.parentWidget().installEventFilter(self)  # to follow the canvas's size

    def _build_panel(self) -> None:
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(10)
        title = QLabel(self.tr("Keyboard shortcuts"), self.panel)
        title.setObjectName("shortcuts_title")
        outer.addWidget(title)
        # The groups scroll when the window is too low for them: a line is never cut off.
        self.scroll = QScrollArea(self.panel)
        self.scroll.setObjectName("shortcuts_scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.content = QWidget()
        self.content.setObjectName("shortcuts_content")
        columns = QGridLayout(self.content)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setHorizontalSpacing(40)
        columns.setVerticalSpacing(12)
        self._group_rows: list[list[tuple[QLabel, QLabel]]] = []
        for index, (group, rows) in enumerate(shortcut_groups()):
            columns.addLayout(self._group(group, rows), index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.content)
        outer.addWidget(self.scroll, 1)
        hint = QLabel(self.tr("Help → Getting Started explains the first steps. Press Escape or click to close."),
                      self.panel)
        hint.setWordWrap(True)
        hint.setObjectName("shortcuts_hint")
        outer.addWidget(hint)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(5)
        heading = QLabel(title, self.content)
        heading.setProperty("role", "group")
        grid.addWidget(heading, 0, 0, 1, 2)
        labels: list[tuple[QLabel, QLabel]] = []
        self._group_rows.append(labels)
        for row, (keys, text) in enumerate(rows, start=1):
            key_label = QLabel(keys, self.content)
            key_label.setProperty("role", "keys")
            key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text_label = QLabel(text, self.content)
            text_label.setProperty("role", "text")
            text_label.setWordWrap(True)  # a narrow window wraps a line rather than cutting it
            labels.append((key_label, text_label))
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignLeading)
            grid.addWidget(text_label, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def entries(self) -> list[str]:
        """The key texts shown, in order (for tests and the docs check)."""
        return [keys for _group, rows in shortcut_groups() for keys, _text in rows]

    # ----------------------------------------------------------------- showing
    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open_overlay()

    def open_overlay(self) -> None:
        self._build_once()
        # The window as it looks now, painted dimmed behind the panel: translucent painting over
        # sibling widgets does not show on every platform, a picture of them always does.
        self._backdrop = self.parentWidget().grab()
        self._fit_host()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_overlay(self) -> None:
        self.hide()
        self.focus_back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_host(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        room = self.size().shrunkBy(QMargins(*(self.MARGIN,) * 4))
        outer = self.panel.layout()
        margins = outer.contentsMargins()
        grid = self.content.layout()
        bar = self.scroll.verticalScrollBar().sizeHint().width()  # room for it, so nothing wraps when it shows
        width = min(self._natural_width() + bar + margins.left() + margins.right(), room.width())
        inner = width - margins.left() - margins.right() - bar
        content = grid.heightForWidth(inner) if grid.hasHeightForWidth() else grid.sizeHint().height()
        others = sum(outer.itemAt(i).sizeHint().height() for i in (0, 2)) + 2 * outer.spacing()
        height = content + others + margins.top() + margins.bottom()
        self.panel.resize(width, min(height, room.height()))
        self.panel.move((self.width() - self.panel.width()) // 2, (self.height() - self.panel.height()) // 2)

    def _natural_width(self) -> int:
        """The groups' width with every line on one line (wrapped labels report a narrower wish)."""
        columns = [0, 0]
        for index, rows in enumerate(self._group_rows):
            keys = max(key.sizeHint().width() for key, _text in rows)
            texts = max(text.fontMetrics().horizontalAdvance(text.text()) + 6 for _key, text in rows)
            columns[index % 2] = max(columns[index % 2], keys + 12 + texts)
        grid = self.content.layout()
        margins = grid.contentsMargins()
        return sum(columns) + grid.horizontalSpacing() + margins.left() + margins.right()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit_host()
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        backdrop = getattr(self, "_backdrop", None)
        if backdrop is not None and not backdrop.isNull():
            painter.drawPixmap(0, 0, backdrop)
        painter.fillRect(self.rect(), QColor(16, 42, 67, 150))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close_overlay()
        event.accept()  # other keys stop here: the canvas underneath must not start a card

    def mousePressEvent(self, event) -> None:
        self.close_overlay()
        event.accept()

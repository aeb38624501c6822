"""After a crash: the maps that were not saved, and what to do with each.

At start the editor lists the recovery copies of sessions whose process is gone
(``recovery_session.stale_recoveries``): name, when the copy was written, its size.
For each the user picks Restore (the map opens unsaved, pointing at its original
file, so Save writes there), Open Original (the file as last saved; the copy is
discarded) or Discard. Decide Later closes the dialog and keeps every copy for the
next start.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import localized_error
from ..io.errors import FormatError
from ..io.file_state import FileState
from ..io.recovery import RecoveredMap, load_recovery, move_recovery, remove_recovery
from .recovery_session import forget_empty_session, stale_recoveries

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

RESTORE, OPEN_ORIGINAL, DISCARD = "restore", "open_original", "discard"


class RecoveryDialog(QDialog):
    """One row per recovered map, each with its own choice."""

    COLUMNS = 5

    def __init__(self, entries: list[RecoveredMap], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.entries = entries
        self.setWindowTitle(self.tr("Recover Unsaved Maps"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Journeymap did not close normally. These maps had changes that were not saved."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(entries), self.COLUMNS, self)
        self.table.setObjectName("recovery_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Map"), self.tr("Saved"), self.tr("Size"), self.tr("Original file"), self.tr("Action")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for row, entry in enumerate(entries):
            self._fill_row(row, entry)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply_button.setObjectName("apply")
        later = buttons.addButton(self.tr("Decide Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("later")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 160 + 34 * min(len(entries), 8))

    def _fill_row(self, row: int, entry: RecoveredMap) -> None:
        info = entry.info
        original = info.original or self.tr("(never saved)")
        cells = (info.title or Path(original).name, _local_time(info.saved), _size_text(info.size), original)
        for column, text in enumerate(cells):
            # Each cell takes its direction from its own first letter, not from the interface, so in
            # Hebrew "/tmp/a.journey" does not become "tmp/a.journey/" (first-strong isolate).
            item = QTableWidgetItem(f"\u2068{text}\u2069")
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        combo = QComboBox(self.table)
        combo.setObjectName(f"recovery_action_{row}")
        combo.addItem(self.tr("Restore"), RESTORE)
        if entry.original_exists():
            combo.addItem(self.tr("Open Original"), OPEN_ORIGINAL)
        combo.addItem(self.tr("Discard"), DISCARD)
        self.table.setCellWidget(row, 4, combo)
        self.combos.append(combo)

    def offered(self, row: int) -> list[str]:
        combo = self.combos[row]
        return [combo.itemData(i) for i in range(combo.count())]

    def choose(self, row: int, action: str) -> None:
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(action))

    def choices(self) -> list[tuple[RecoveredMap, str]]:
        return [(entry, combo.currentData()) for entry, combo in zip(self.entries, self.combos, strict=True)]


def _local_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


def offer_recovery(window: MainWindow, entries: list[RecoveredMap] | None = None) -> list[MainWindow]:
    """At start: list stale copies (``entries``, if already found), ask, and carry out each choice;
    returns the restored windows."""
    entries = stale_recoveries() if entries is None else entries
    if not entries:
        return []
    dialog = RecoveryDialog(entries, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return apply_choices(dialog.choices(), window)


def apply_choices(choices: list[tuple[RecoveredMap, str]], window: MainWindow) -> list[MainWindow]:
    restored = []
    for entry, action in choices:
        if action == RESTORE:
            shown = restore(entry, window)
            if shown is not None:
                restored.append(shown)
                window = shown
        elif action == OPEN_ORIGINAL:
            window.controller.open_path(entry.info.original)
            remove_recovery(entry.folder, entry.key)
        else:
            remove_recovery(entry.folder, entry.key)
        forget_empty_session(entry.folder)
    return restored


def restore(entry: RecoveredMap, window: MainWindow) -> MainWindow | None:
    """Open the copy as an unsaved map pointing at its original file; the copy moves to this session."""
    from .windows import find_window_for, show_document

    try:
        doc = load_recovery(entry)
    except FormatError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("recovery", "Could not restore the map"),
                            localized_error(exc))
        return None
    original = entry.info.original
    showing = find_window_for(original) if original else None
    if showing is not None and showing.undo_stack.isClean():
        showing.set_document(doc, original)  # the file as saved gives way to its newer, unsaved state
        target = showing
    else:
        target = show_document(doc, original, reuse=window)
    autosave = target.autosave
    move_recovery(entry, autosave.session.folder, autosave.key)
    known = FileState.from_dict(entry.info.original_state)
    if known is not None:
        target.file_guard.state = known  # Save still notices a change made to the file since it was opened
    target.undo_stack.resetClean()  # unsaved: Close asks, the title shows the mark, Save writes the original
    target.raise_()
    target.activateWindow()
    target.show_status(QCoreApplication.translate("recovery", "Restored %1: not saved yet").replace(
        "%1", target.controller.display_name()))
    return target

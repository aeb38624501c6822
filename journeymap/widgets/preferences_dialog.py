"""The Preferences dialog: settings that are about the editor, not about one map.

For now how often unsaved maps get a recovery copy; remembered in QSettings and
applied at once to every open window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from . import windows
from .recovery_session import recovery_root
from .settings import AUTOSAVE_RANGE, autosave_seconds, set_autosave_seconds


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.autosave = QSpinBox(self)
        self.autosave.setObjectName("autosave_seconds")
        self.autosave.setRange(*AUTOSAVE_RANGE)
        self.autosave.setValue(int(min(AUTOSAVE_RANGE[1], max(AUTOSAVE_RANGE[0], autosave_seconds()))))
        form.addRow(self.tr("Autosave interval (seconds):"), self.autosave)
        layout.addLayout(form)
        folder = f"\u2068{recovery_root()}\u2069"  # the path keeps its own direction in a Hebrew sentence
        where = QLabel(self.tr("While a map has unsaved changes, a recovery copy is kept in %1. "
                               "Your own files are never written by autosave.").replace("%1", folder), self)
        where.setWordWrap(True)
        where.setObjectName("recovery_folder_note")
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        set_autosave_seconds(self.autosave.value())
        for window in windows.open_windows():
            autosave = getattr(window, "autosave", None)
            if autosave is not None:
                autosave.apply_interval()
        super().accept()

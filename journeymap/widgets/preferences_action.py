"""Edit → Preferences…: the menu entry. The dialog (preferences_dialog.py) loads when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def install_preferences(window: MainWindow) -> QAction:
    """Edit → Preferences… (on macOS Qt moves it to the application menu by its role)."""
    action = QAction(QCoreApplication.translate("preferences", "Pre&ferences…"), window)
    action.setObjectName("action_preferences")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.triggered.connect(lambda: _open_preferences(window))
    edit = window.menus.get("edit") if hasattr(window, "menus") else None
    if edit is not None:
        edit.addSeparator()
        edit.addAction(action)
    return action


def _open_preferences(window: MainWindow) -> None:
    from .preferences_dialog import PreferencesDialog  # its widget classes are not needed at start-up

    PreferencesDialog(window).exec()

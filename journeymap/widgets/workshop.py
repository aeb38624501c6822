"""Live workshop mode for the main window: keyboard entry, quick add (Ctrl+K), the persona
filter in the toolbar, presentation mode (F5) and Help → Keyboard Shortcuts (F1).

Installed by the main window with one call, so the window's own file stays about
files, menus and docks. The new actions are also added to the window itself, so
their keys keep working while presentation mode hides the menu bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QToolBar

from ..editor.keyboard_entry import KeyboardEntry
from ..editor.persona_filter import PersonaFilter
from .persona_combo import PersonaCombo
from .shortcuts_overlay import ShortcutsOverlay

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Workshop", text)


def _action(window: MainWindow, name: str, text: str, keys: str, slot) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"action_{name}")
    action.setShortcut(QKeySequence(keys))
    action.setToolTip(tr("%1 (%2)").replace("%1", text.replace("&", "").rstrip("…")).replace("%2", keys))
    action.triggered.connect(slot)
    window.addAction(action)
    setattr(window.actions, name, action)
    return action


def _help_menu(window: MainWindow) -> QMenu:
    menu = window.menus.get("help")
    if menu is None:
        menu = window.menuBar().addMenu(tr("&Help"))
        menu.setObjectName("menu_help")
        window.menus["help"] = menu
    return menu


def install_workshop(window: MainWindow) -> None:
    view, scene = window.view, window.scene
    window.keyboard_entry = KeyboardEntry(view)
    window.persona_filter = PersonaFilter(scene)
    window.shortcuts_overlay = ShortcutsOverlay(window, view)  # over the whole window: room for every line
    # the quick-add box and presentation mode are made when first used (window properties)
    quick = _action(window, "quick_add", tr("&Quick Add…"), "Ctrl+K", lambda: window.quick_add_popup.open_popup())
    present = _action(window, "presentation", tr("&Presentation Mode"), "F5", lambda: window.presentation.toggle())
    shortcuts = _action(
        window, "keyboard_shortcuts", tr("&Keyboard Shortcuts"), "F1", window.shortcuts_overlay.toggle
    )
    window.menus["edit"].addSeparator()
    window.menus["edit"].addAction(quick)
    window.menus["view"].addSeparator()
    window.menus["view"].addAction(present)
    _help_menu(window).addAction(shortcuts)
    from .help_menu import install_help
    from .structure_menu import install_structure_menu

    install_help(window, _help_menu(window))
    window.structure_actions = install_structure_menu(window)

    window.workshop_toolbar = _workshop_toolbar(window, present)
    view.setFocus(Qt.FocusReason.OtherFocusReason)


def _workshop_toolbar(window: MainWindow, present: QAction) -> QToolBar:
    """A second toolbar for the room: which persona to look at, and the presentation button."""
    toolbar = QToolBar(tr("Workshop toolbar"), window)
    toolbar.setObjectName("toolbar_workshop")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    label = QLabel(tr("Persona:"), toolbar)
    label.setContentsMargins(6, 0, 6, 0)
    toolbar.addWidget(label)
    window.persona_combo = PersonaCombo(window.persona_filter, window.editor, toolbar)
    toolbar.addWidget(window.persona_combo)
    toolbar.addSeparator()
    toolbar.addAction(present)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar

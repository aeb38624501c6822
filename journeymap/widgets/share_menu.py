"""The Share menu, built with the window; what it does (``live_share``) loads when first used.

Live sessions bring a websocket stack and a CRDT engine: none of it is imported, and no
controller is made, until someone hosts or joins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def install_share_menu(window: MainWindow) -> dict[str, QAction]:
    """Share → Host / Join / Leave, before Help; returns the actions by name."""
    bar = window.menuBar()
    help_menu = next((a for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_help"), None)
    menu = QMenu(QCoreApplication.translate("LiveShare", "&Share"), bar)
    menu.setObjectName("menu_share")
    if help_menu is not None:
        bar.insertMenu(help_menu, menu)  # Help stays last
    else:
        bar.addMenu(menu)
    actions = {
        "host": QAction(QCoreApplication.translate("LiveShare", "&Host Live Session…"), window),
        "join": QAction(QCoreApplication.translate("LiveShare", "&Join Live Session…"), window),
        "leave": QAction(QCoreApplication.translate("LiveShare", "&Leave Live Session"), window),
    }
    for name, action in actions.items():
        action.setObjectName(f"action_live_{name}")
    actions["host"].triggered.connect(lambda: window.live_share.host())
    actions["join"].triggered.connect(lambda: window.live_share.ask_to_join())
    actions["leave"].triggered.connect(lambda: window.live_share.leave())
    actions["leave"].setEnabled(False)
    menu.addActions([actions["host"], actions["join"]])
    menu.addSeparator()
    menu.addAction(actions["leave"])
    return actions

"""Map → Right-to-Left Map, and View → Language.

The map's direction is part of the document: the action pushes one undo command
(``SetPropertiesCommand`` on the map) and the canvas mirrors itself on the change
event, exactly as when the inspector's Direction field changes it. The action only
reflects the document's state; it is re-read whenever the canvas lays the map out.

The interface language is the program's, not the map's: the choice is remembered
and takes effect the next time Journeymap starts (the window says so), since every
window builds its texts once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QTransform

from ..i18n import available_languages, current_language, remember_language
from ..model import EventKind

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

# Each language is offered in its own name, so whoever cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "he": "עברית"}


class DirectionAndLanguage(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.rtl_action = QAction(self.tr("&Right-to-Left Map"), window)
        self.rtl_action.setObjectName("action_rtl_map")
        self.rtl_action.setCheckable(True)
        self.rtl_action.setStatusTip(self.tr("Stages run from right to left, as a Hebrew map reads"))
        self.rtl_action.triggered.connect(self.set_rtl)
        map_menu = window.menus["map"]
        map_menu.addSeparator()
        map_menu.addAction(self.rtl_action)
        window.editor.documentChanged.connect(self._follow)
        window.editor.documentReplaced.connect(self.sync)
        self.language_menu = window.menus["view"].addMenu(self.tr("&Language"))
        self.language_menu.setObjectName("menu_language")
        window.menus["language"] = self.language_menu
        self.language_actions = self._language_actions()
        if window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            mirror_window(window)
        QTimer.singleShot(0, lambda: docks_at_reading_start(window))  # after the saved layout is restored
        self.sync()

    def _language_actions(self) -> dict[str, QAction]:
        group = QActionGroup(self)
        group.setExclusive(True)
        actions = {}
        self.window.menus["view"].insertSeparator(self.language_menu.menuAction())
        for lang in available_languages():
            action = self.language_menu.addAction(LANGUAGE_NAMES.get(lang, lang))
            action.setObjectName(f"action_language_{lang}")
            action.setCheckable(True)
            action.setChecked(lang == current_language())
            action.triggered.connect(lambda _checked=False, code=lang: self.choose_language(code))
            group.addAction(action)
            actions[lang] = action
        return actions

    def _follow(self, event) -> None:
        if event.kind in (EventKind.MAP_INFO, EventKind.RESET):
            self.sync()

    def sync(self, *_args) -> None:
        """Show the current map's direction in the menu."""
        doc = self.window.document
        if doc is not None:
            self.rtl_action.setChecked(doc.info.direction == "rtl")

    def set_rtl(self, rtl: bool) -> None:
        doc = self.window.document
        direction = "rtl" if rtl else "ltr"
        if doc.info.direction != direction:
            text = self.tr("Right-to-left map") if rtl else self.tr("Left-to-right map")
            self.window.editor.set_map_info({"direction": direction}, text=text)
        self.sync()

    def choose_language(self, lang: str) -> None:
        remember_language(lang)
        for code, action in self.language_actions.items():
            action.setChecked(code == lang)
        if lang == current_language():
            return
        self.window.show_status(
            self.tr("The interface will be in %1 the next time Journeymap starts.").replace(
                "%1", LANGUAGE_NAMES.get(lang, lang)
            )
        )


def mirrored_icon(icon: QIcon) -> QIcon:
    """The icon flipped left to right (undo and redo point the other way in a right-to-left interface)."""
    result = QIcon()
    for size in icon.availableSizes() or [QSize(20, 20), QSize(32, 32)]:
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            pixmap = icon.pixmap(size, mode)
            result.addPixmap(pixmap.transformed(QTransform().scale(-1, 1)), mode)
    return result


def mirror_window(window: MainWindow) -> None:
    """What Qt does not mirror by itself: the docks' sides and the arrows of undo and redo.

    A saved window state (restored later) still puts the docks where the user left them.
    """
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.palette_dock)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.inspector_dock)
    for action in (window.actions.undo, window.actions.redo):
        action.setIcon(mirrored_icon(action.icon()))


def docks_at_reading_start(window: MainWindow) -> None:
    """A layout saved in the other direction comes back mirrored: palette at the reading start.

    Only the default arrangement is swapped; docks the user placed elsewhere stay where they are.
    """
    if window.closed:
        return
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    start, end = (right, left) if rtl else (left, right)
    if window.dockWidgetArea(window.palette_dock) == end and window.dockWidgetArea(window.inspector_dock) == start:
        window.addDockWidget(start, window.palette_dock)
        window.addDockWidget(end, window.inspector_dock)


def install_direction_and_language(window: MainWindow) -> DirectionAndLanguage:
    return DirectionAndLanguage(window)

"""The menu bar and toolbar of the main window, built from ``WindowActions``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ..model.kinds import ANNOTATION_LANE_KINDS, CHANNEL_LANE_KINDS, EMOTION_LANE_KIND
from .actions import WindowActions
from .icons import icon


def build_menus(window: QMainWindow, actions: WindowActions) -> dict[str, QMenu]:
    """File, Edit, View and Map menus; returns them (and the two submenus) by name."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}

    def menu(name: str, title: str, parent=None) -> QMenu:
        result = (parent or bar).addMenu(title)
        result.setObjectName(f"menu_{name}")
        menus[name] = result
        return result

    file_menu = menu("file", QCoreApplication.translate("menus", "&File"))
    file_menu.addActions([actions.new, actions.new_from_template, actions.open])
    recent = menu("open_recent", QCoreApplication.translate("menus", "Open &Recent"), file_menu)
    recent.setIcon(icon("open"))
    file_menu.addSeparator()
    file_menu.addActions([actions.save, actions.save_as, actions.export])
    file_menu.addSeparator()
    file_menu.addActions([actions.close, actions.quit])

    edit = menu("edit", QCoreApplication.translate("menus", "&Edit"))
    edit.addActions([actions.undo, actions.redo])
    edit.addSeparator()
    edit.addActions([actions.cut, actions.copy, actions.paste, actions.duplicate, actions.delete])
    edit.addSeparator()
    edit.addAction(actions.select_all)

    view = menu("view", QCoreApplication.translate("menus", "&View"))
    view.addActions([actions.zoom_in, actions.zoom_out])
    view.addSeparator()
    view.addActions([actions.fit_map, actions.actual_size])

    map_menu = menu("map", QCoreApplication.translate("menus", "&Map"))
    map_menu.addActions([actions.add_stage, actions.add_step])
    lanes = menu("add_lane", QCoreApplication.translate("menus", "Add &Lane"), map_menu)
    lanes.setIcon(icon("add_lane"))
    lanes.addActions([actions.add_lane[kind] for kind in CHANNEL_LANE_KINDS])
    lanes.addSeparator()
    lanes.addActions([actions.add_lane[kind] for kind in ANNOTATION_LANE_KINDS])
    lanes.addSeparator()
    lanes.addAction(actions.add_lane[EMOTION_LANE_KIND])
    map_menu.addSeparator()
    map_menu.addAction(actions.personas)
    return menus


def build_toolbar(window: QMainWindow, actions: WindowActions, lane_menu: QMenu) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("menus", "Main toolbar"), window)
    toolbar.setObjectName("toolbar_main")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.setMovable(False)
    toolbar.addActions([actions.new, actions.open, actions.save])
    toolbar.addSeparator()
    toolbar.addActions([actions.undo, actions.redo])
    toolbar.addSeparator()
    toolbar.addActions([actions.cut, actions.copy, actions.paste, actions.delete])
    toolbar.addSeparator()
    toolbar.addActions([actions.add_stage, actions.add_step])
    toolbar.addAction(lane_menu.menuAction())
    toolbar.addAction(actions.personas)
    toolbar.addSeparator()
    toolbar.addActions([actions.zoom_out, actions.zoom_in, actions.fit_map, actions.actual_size])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar

"""Every command of the main window as a QAction with a name, shortcut and icon.

Each action has an ``objectName`` (``action_save``...) so that tests and later
features (exports, language menu) can find it with ``findChild``. Menus and the
toolbar are built from these in ``menus.py``; what each action does is connected
in ``main_window.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from ..model.kinds import LANE_KIND_COLORS, LANE_KINDS
from .icons import icon, kind_icon
from .labels import lane_kind_name


class WindowActions(QObject):
    """The actions of one main window (parented to it, so they live as long as it does)."""

    def __init__(self, window: QWidget, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        # File
        self.new = self._make("new", self.tr("&New"), "Ctrl+N", "new")  # a blank map in the interface's language
        self.new_from_template = self._make("new_from_template", self.tr("New from &Template…"), "Ctrl+Shift+N")
        self.open = self._make("open", self.tr("&Open…"), "Ctrl+O", "open")
        self.save = self._make("save", self.tr("&Save"), "Ctrl+S", "save")
        self.save_as = self._make("save_as", self.tr("Save &As…"), "Ctrl+Shift+S")
        self.export = self._make("export", self.tr("&Export…"), "", "export")
        self.export.setEnabled(False)  # enabled by the exports once they connect to it
        self.close = self._make("close", self.tr("&Close"), "Ctrl+W")
        self.quit = self._make("quit", self.tr("&Quit"), "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.clear_recent = self._make("clear_recent", self.tr("Clear Recent Files"), "")
        # Edit
        self.undo = undo_stack.createUndoAction(window, self.tr("Undo"))
        self._finish(self.undo, "undo", ["Ctrl+Z"], "undo")
        self.redo = undo_stack.createRedoAction(window, self.tr("Redo"))
        self._finish(self.redo, "redo", ["Ctrl+Shift+Z", "Ctrl+Y"], "redo")
        self.cut = self._make("cut", self.tr("Cu&t"), "Ctrl+X", "cut")
        self.copy = self._make("copy", self.tr("&Copy"), "Ctrl+C", "copy")
        self.paste = self._make("paste", self.tr("&Paste"), "Ctrl+V", "paste")
        self.duplicate = self._make("duplicate", self.tr("D&uplicate"), "Ctrl+D")
        self.delete = self._make("delete", self.tr("&Delete"), "Delete", "delete")
        self.select_all = self._make("select_all", self.tr("Select &All"), "Ctrl+A")
        # View
        self.zoom_in = self._make("zoom_in", self.tr("Zoom &In"), ["Ctrl+=", "Ctrl++"], "zoom_in")
        self.zoom_out = self._make("zoom_out", self.tr("Zoom &Out"), "Ctrl+-", "zoom_out")
        self.fit_map = self._make("fit_map", self.tr("&Fit Map"), "Ctrl+0", "fit")
        self.actual_size = self._make("actual_size", self.tr("&Actual Size"), "Ctrl+1", "actual_size")
        # Map
        self.add_stage = self._make("add_stage", self.tr("Add &Stage"), "", "add_stage")
        self.add_step = self._make("add_step", self.tr("Add S&tep"), "", "add_step")
        self.personas = self._make("personas", self.tr("&Personas…"), "", "personas")
        self.add_lane = {kind: self._make(f"add_lane_{kind}", lane_kind_name(kind), "") for kind in LANE_KINDS}
        for kind, action in self.add_lane.items():
            action.setIcon(kind_icon(kind, LANE_KIND_COLORS[kind], 20))
        self._tooltips()

    def _make(self, name: str, text: str, shortcut: str | list[str], icon_name: str = "") -> QAction:
        action = QAction(text, self.window)
        self._finish(action, name, [shortcut] if isinstance(shortcut, str) else shortcut, icon_name)
        return action

    def _finish(self, action: QAction, name: str, shortcuts: list[str], icon_name: str) -> None:
        action.setObjectName(f"action_{name}")
        keys = [QKeySequence(text) for text in shortcuts if text]
        if keys:
            action.setShortcuts(keys)
        if icon_name:
            action.setIcon(icon(icon_name))

    def _tooltips(self) -> None:
        """Toolbar tooltips that name the shortcut, so people learn the keys while clicking."""
        for action in self.all():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "").rstrip("…")
            if keys:
                action.setToolTip(self.tr("%1 (%2)").replace("%1", text).replace("%2", keys))

    def all(self) -> list[QAction]:
        actions = [value for value in vars(self).values() if isinstance(value, QAction)]
        return actions + list(self.add_lane.values())

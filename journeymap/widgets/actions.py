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
        tr = self.tr
        # File
        self.new_from_template = self._make("new_from_template", tr("&New from Template…"), "Ctrl+N", "new")
        self.open = self._make("open", tr("&Open…"), "Ctrl+O", "open")
        self.save = self._make("save", tr("&Save"), "Ctrl+S", "save")
        self.save_as = self._make("save_as", tr("Save &As…"), "Ctrl+Shift+S")
        self.export = self._make("export", tr("&Export…"), "", "export")
        self.export.setEnabled(False)  # enabled by the exports once they connect to it
        self.close = self._make("close", tr("&Close"), "Ctrl+W")
        self.quit = self._make("quit", tr("&Quit"), "Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.clear_recent = self._make("clear_recent", tr("Clear Recent Files"), "")
        # Edit
        self.undo = undo_stack.createUndoAction(window, tr("Undo"))
        self._finish(self.undo, "undo", ["Ctrl+Z"], "undo")
        self.redo = undo_stack.createRedoAction(window, tr("Redo"))
        self._finish(self.redo, "redo", ["Ctrl+Shift+Z", "Ctrl+Y"], "redo")
        self.cut = self._make("cut", tr("Cu&t"), "Ctrl+X", "cut")
        self.copy = self._make("copy", tr("&Copy"), "Ctrl+C", "copy")
        self.paste = self._make("paste", tr("&Paste"), "Ctrl+V", "paste")
        self.duplicate = self._make("duplicate", tr("D&uplicate"), "Ctrl+D")
        self.delete = self._make("delete", tr("&Delete"), "Delete", "delete")
        self.select_all = self._make("select_all", tr("Select &All"), "Ctrl+A")
        # View
        self.zoom_in = self._make("zoom_in", tr("Zoom &In"), ["Ctrl+=", "Ctrl++"], "zoom_in")
        self.zoom_out = self._make("zoom_out", tr("Zoom &Out"), "Ctrl+-", "zoom_out")
        self.fit_map = self._make("fit_map", tr("&Fit Map"), "Ctrl+0", "fit")
        self.actual_size = self._make("actual_size", tr("&Actual Size"), "Ctrl+1", "actual_size")
        # Map
        self.add_stage = self._make("add_stage", tr("Add &Stage"), "", "add_stage")
        self.add_step = self._make("add_step", tr("Add S&tep"), "", "add_step")
        self.personas = self._make("personas", tr("&Personas…"), "", "personas")
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

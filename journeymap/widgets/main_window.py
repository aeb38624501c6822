"""The main window: the canvas in the middle, palette and inspector docks, menus, toolbar.

One window shows one map. The window wires actions to the scene, the view and the
document controller; it changes the map only through its ``MapEditor``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolButton

from ..editor.map_editor import MapEditor
from ..editor.scene import JourneyScene
from ..editor.view import JourneyView
from ..i18n import localized
from ..io.templates import DEFAULT_TEMPLATE
from ..model import JourneyDocument
from . import windows
from .actions import WindowActions
from .analysis import install_analysis
from .autosave import install_autosave
from .direction_language import install_direction_and_language
from .document_controller import DocumentController
from .export_actions import ExportActions
from .file_guard import install_file_guard
from .icons import icon
from .import_actions import install_import
from .inspector import InspectorDock
from .map_actions import MapActions
from .menus import build_menus, build_toolbar
from .palette import PaletteDock
from .preferences_action import install_preferences
from .recent_files import clear_recent_files, recent_files
from .settings import save_window_geometry, window_geometry
from .share_menu import install_share_menu
from .workshop import install_workshop

STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    free_on_close = True  # tests that keep inspecting a closed window turn this off
    def __init__(self, document: JourneyDocument, path: str | None = None) -> None:
        super().__init__()
        self.closed = False
        self._quick_add_popup = None
        self._presentation = None
        self.setWindowIcon(icon("app"))
        self.editor = MapEditor(document, parent=self)  # the one door for edits of this window's map
        self.undo_stack = self.editor.undo_stack
        self.scene = JourneyScene(document, self.editor, self)
        self.view = JourneyView(self.scene, self)
        self.view.setObjectName("canvas")
        self.setCentralWidget(self.view)
        self.controller = DocumentController(self, None)
        self.actions = WindowActions(self, self.undo_stack)
        self.map_actions = MapActions(self)
        self.menus = build_menus(self, self.actions)
        self.toolbar = build_toolbar(self, self.actions, self.menus["add_lane"])
        lane_button = self.toolbar.widgetForAction(self.menus["add_lane"].menuAction())
        if isinstance(lane_button, QToolButton):
            lane_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.palette_dock = PaletteDock(self)
        self.inspector_dock = InspectorDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        self._build_status_bar()
        self._connect()
        self.export_actions = ExportActions(self)
        install_workshop(self)
        install_analysis(self)  # View → Analysis and the reach overlay
        self.import_actions = install_import(self)  # File → Import from Excel…, New from Spreadsheet…
        self.direction_and_language = install_direction_and_language(self)
        self.set_document(document, path)
        self.file_guard = install_file_guard(self)  # remembers the file as opened; holds its lock
        self.autosave = install_autosave(self)  # recovery copies while the map is unsaved
        self.preferences_action = install_preferences(self)
        self.share_actions = install_share_menu(self)  # live sessions; their controller loads when first used
        self._live_share = None
        self._restore_geometry()
        windows.register(self)
        self.show_status(self.tr("Drag a card from the palette onto the map, or double-click an empty cell."))

    # ------------------------------------------------------------------ made when first used
    @property
    def quick_add_popup(self):
        """The Ctrl+K box over the canvas."""
        if self._quick_add_popup is None:
            from .quick_add_popup import QuickAddPopup

            self._quick_add_popup = QuickAddPopup(self.view)
        return self._quick_add_popup

    @property
    def live_share(self):
        """Hosting and joining live sessions for this window (Share menu)."""
        if self._live_share is None:
            from .live_share import LiveShare

            self._live_share = LiveShare(self)
        return self._live_share

    @property
    def presentation(self):
        """Presentation mode (F5) for this window."""
        if self._presentation is None:
            from .presentation import PresentationMode

            self._presentation = PresentationMode(self)
        return self._presentation

    # ------------------------------------------------------------------ building
    def _build_status_bar(self) -> None:
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_label")
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setToolTip(self.tr("Zoom (Ctrl+0 fits the map, Ctrl+1 shows it at actual size)"))
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(self._show_zoom)
        self._show_zoom(self.view.zoom_factor())

    def _connect(self) -> None:
        a, c, s, v = self.actions, self.controller, self.scene, self.view
        a.new.triggered.connect(lambda: self.controller.open_template(DEFAULT_TEMPLATE))
        a.new_from_template.triggered.connect(self.new_from_template)
        a.open.triggered.connect(c.open_dialog)
        a.save.triggered.connect(c.save)
        a.save_as.triggered.connect(c.save_as)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.clear_recent.triggered.connect(clear_recent_files)
        self.menus["open_recent"].aboutToShow.connect(self._fill_recent_menu)
        self.menus["add_lane"].aboutToShow.connect(self.map_actions.update_lane_menu)
        for action, slot in (
            (a.cut, s.cut_selection),
            (a.copy, s.copy_selection),
            (a.paste, s.paste),
            (a.duplicate, s.duplicate_selection),
            (a.delete, s.delete_selection),
            (a.select_all, s.select_all),
            (a.zoom_in, v.zoom_in),
            (a.zoom_out, v.zoom_out),
            (a.fit_map, v.fit_map),
            (a.actual_size, v.actual_size),
        ):
            action.triggered.connect(slot)
        for action in (a.cut, a.copy, a.paste, a.duplicate, a.delete, a.select_all):
            # The canvas owns these keys; in a text field the field's own cut/copy/paste win.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        s.selectionChanged.connect(self._update_edit_actions)
        s.statusMessage.connect(self.show_status)
        self.editor.refused.connect(self._on_refusal)
        self.undo_stack.cleanChanged.connect(self._update_title)
        c.pathChanged.connect(self._update_title)

    # ------------------------------------------------------------------ the map
    @property
    def document(self) -> JourneyDocument:
        return self.editor.document

    def set_document(self, document: JourneyDocument, path: str | None) -> None:
        """Show another map in this window (its history starts afresh)."""
        if document is not self.editor.document:
            self.editor.set_document(document)  # the scene follows
        self.undo_stack.clear()
        self.inspector_dock.set_document(document)
        self.controller.set_path(path)
        self.undo_stack.setClean()
        self._update_title()
        self._update_edit_actions()
        self._fit_pending = True
        self.view.setFocus()  # keyboard entry starts at the focus cell of the new map
        if self.isVisible():
            self._fit_when_laid_out()

    def _fit_when_laid_out(self) -> None:
        """Show the map's start at a readable zoom once the view has its real size."""
        def fit() -> None:
            if self._fit_pending:
                self._fit_pending = False
                from ..editor.start_view import show_start

                show_start(self.view, self.document.info.direction == "rtl")

        QTimer.singleShot(0, fit)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_when_laid_out()

    def new_from_template(self) -> None:
        from .template_dialog import TemplateDialog  # loaded when first asked for

        name = TemplateDialog.choose(self)
        if name:
            self.controller.open_template(name)

    # ------------------------------------------------------------------ feedback
    def _on_refusal(self, reason: str) -> None:
        """A change the map's rules do not allow: say why, nothing changed."""
        self.show_status(self.tr("Not done: %1").replace("%1", localized(reason)))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(self.tr("%1 %").replace("%1", str(round(factor * 100))))

    def _update_title(self, *_args) -> None:
        name = self.controller.display_name()
        self.setWindowTitle(self.tr("%1[*] — Journeymap").replace("%1", name))
        self.setWindowModified(not self.undo_stack.isClean())

    def _update_edit_actions(self) -> None:
        has_selection = bool(self.scene.selected_card_ids() or self.scene.selected_connection_ids())
        target, _ = self.scene.selection_target()
        deletable = has_selection or target in ("stage", "step", "lane")
        for action in (self.actions.cut, self.actions.copy, self.actions.duplicate):
            action.setEnabled(bool(self.scene.selected_card_ids()))
        self.actions.delete.setEnabled(deletable)

    def _fill_recent_menu(self) -> None:
        menu = self.menus["open_recent"]
        menu.clear()
        files = recent_files()
        for index, path in enumerate(files):
            label = f"&{index + 1}  {path}" if index < 9 else f"1&0  {path}"
            action = menu.addAction(label)
            action.setObjectName(f"action_recent_{index}")
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.controller.open_path(p))
        if not files:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setObjectName("action_recent_none")
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.actions.clear_recent)
        self.actions.clear_recent.setEnabled(bool(files))

    # ------------------------------------------------------------------ window state
    def sizeHint(self) -> QSize:
        return QSize(1440, 900)

    def _restore_geometry(self) -> None:
        geometry, state = window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            size = self.sizeHint()
            if screen is not None:  # first run: most of the screen, centred (a map wants room)
                size = (screen.size() * 0.92).expandedTo(size).boundedTo(screen.size())
                self.resize(size)
                self.move(screen.center() - self.rect().center())
            else:
                self.resize(size)
            self.resizeDocks([self.palette_dock, self.inspector_dock], [210, 330], Qt.Orientation.Horizontal)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.maybe_save():
            event.ignore()
            return
        save_window_geometry(self.saveGeometry(), self.saveState())
        self.inspector_dock.set_document(None)
        self.closed = True
        if self._live_share is not None:
            self._live_share.leave()  # presence cleared for the others; a hosted session stops
        self.autosave.shut_down()  # a clean close (saved or discarded) leaves no recovery copy
        self.file_guard.release()
        windows.forget(self)
        event.accept()
        if self.free_on_close:
            # Signal connections to lambdas keep a closed window alive from the C++ side; free it explicitly.
            # While it is taken apart, the scene's selection signals must reach no one.
            self.scene.detach()
            self.deleteLater()

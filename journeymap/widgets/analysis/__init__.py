"""The analysis in the editor: View → Analysis (a dock) and View → Reach on Map (an overlay).

Installed by the main window with one call; the panel's widgets and the analysis itself
load when first wanted. The figures come from a runner that follows
the map and computes off the main thread; nothing here changes the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ...editor.items.reach_overlay import ReachOverlayItem
from ...editor.path_highlight import PathHighlight
from .dock import AnalysisDock
from .runner import AnalysisRunner

if TYPE_CHECKING:  # pragma: no cover
    from ..main_window import MainWindow

SHORTCUT = "Ctrl+Shift+A"


def tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisPanel", text)


class AnalysisView:
    """Wires the dock, the runner, the path highlight and the overlay of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        scene = window.scene
        self.dock = AnalysisDock(window)
        self.dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)  # wide: paths and the stage table
        self.runner = AnalysisRunner(window.editor, self.dock)
        self.highlight = PathHighlight(scene, window.persona_filter)
        self.overlay = ReachOverlayItem()
        self.overlay.show_on_map(False)
        self.overlay.add_to(scene)
        self.show_action = self.dock.toggleViewAction()
        self.show_action.setText(tr("&Analysis"))
        self.show_action.setObjectName("action_analysis")
        self.show_action.setShortcut(QKeySequence(SHORTCUT))
        self.show_action.setToolTip(tr("Paths, reach, drop-offs and stages of the map (%1)").replace("%1", SHORTCUT))
        self.overlay_action = QAction(tr("&Reach on Map"), window)
        self.overlay_action.setObjectName("action_reach_overlay")
        self.overlay_action.setCheckable(True)
        window.addAction(self.show_action)
        menu = window.menus["view"]
        menu.addSeparator()
        menu.addActions([self.show_action, self.overlay_action])
        self._connect()

    def _connect(self) -> None:
        dock, runner, window = self.dock, self.runner, self.window
        dock.visibilityChanged.connect(self._update_enabled)
        runner.started.connect(dock.show_updating)
        runner.finished.connect(self._show)
        runner.failed.connect(lambda text: dock.show_status(tr("The analysis failed: %1").replace("%1", text)))
        window.persona_filter.changed.connect(self._persona_changed)
        window.persona_filter.changed.connect(lambda _p: self.highlight.apply())
        dock.entryChosen.connect(lambda entry: runner.set_view(runner.persona, entry))
        dock.pathChosen.connect(self._path_chosen)
        dock.cardChosen.connect(self.reveal_card)
        dock.loopChosen.connect(self._loop_chosen)
        dock.overlayToggled.connect(self.overlay_action.setChecked)
        self.overlay_action.toggled.connect(self._overlay_toggled)
        window.scene.layoutChanged.connect(self._place_overlay)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(runner.shut_down)
        runner.set_view(window.persona_filter.persona_id, None)

    # ----------------------------------------------------------------- following
    def _update_enabled(self, *_args) -> None:
        wanted = self.dock.isVisible() or self.overlay_action.isChecked()
        if wanted and not self.runner.enabled:
            self.dock.show_status(tr("Computing…"))
        self.runner.set_enabled(wanted)
        if not self.dock.isVisible() and self.dock.built:
            self.dock.paths.clearSelection()

    def _persona_changed(self, persona_id) -> None:
        self.runner.set_view(persona_id, self.runner.entry)

    def _show(self, result, snapshot) -> None:
        persona = result.persona
        name = snapshot.persona(persona).name if persona is not None else None
        self.dock.show_result(result, snapshot, name)
        self._place_overlay()

    # ----------------------------------------------------------------- the canvas
    def _path_chosen(self, path) -> None:
        if path is None:
            self.highlight.clear()
        else:
            number = self.dock.result.paths.index(path) + 1
            self.highlight.show(path.cards, path.connections, tr("Path %1").replace("%1", str(number)))

    def _loop_chosen(self, loop) -> None:
        self.highlight.show(loop.cards, loop.connections, tr("Loop"))
        self.dock.clear_button.setEnabled(True)
        self.reveal_card(loop.cards[0])

    def reveal_card(self, card_id: str) -> None:
        """Select a card and bring it to the middle of the view."""
        scene, view = self.window.scene, self.window.view
        if card_id not in scene.card_items:
            return
        self.window.keyboard_entry.select_card(card_id)
        view.centerOn(scene.card_items[card_id].scene_rect().center())

    def _overlay_toggled(self, on: bool) -> None:
        if self.dock.overlay_box.isChecked() != on:
            self.dock.overlay_box.setChecked(on)
        self.overlay.show_on_map(on)
        self._update_enabled()
        self._place_overlay()

    def _place_overlay(self) -> None:
        from . import fill

        scene = self.window.scene
        if not self.overlay.isVisible() or self.dock.result is None:
            return
        result = self.dock.result
        self.overlay.add_to(scene)
        rects = {card_id: item.scene_rect() for card_id, item in scene.card_items.items()}
        cards, stages = fill.overlay_texts(result)
        self.overlay.set_figures(scene.layout, rects, cards, stages)


def install_analysis(window: MainWindow) -> AnalysisView:
    window.analysis = AnalysisView(window)
    return window.analysis

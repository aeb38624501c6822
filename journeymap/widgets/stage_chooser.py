"""A button with a menu of the map's stages to tick: which stages a PowerPoint deck shows."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class StageChooser(QToolButton):
    """Every stage ticked at first; the button says how many are chosen. At least one stays ticked."""

    def __init__(self, stages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_stages")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self._all = QAction(self.tr("All Stages"), menu)
        self._all.triggered.connect(self.choose_all)
        menu.addAction(self._all)
        menu.addSeparator()
        self._actions: list[tuple[str, QAction]] = []
        for stage_id, name in stages:
            action = QAction(name or self.tr("(unnamed stage)"), menu)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._toggled)
            menu.addAction(action)
            self._actions.append((stage_id, action))
        self.setMenu(menu)
        self._update_text()

    def choose_all(self) -> None:
        for _stage_id, action in self._actions:
            action.setChecked(True)

    def set_chosen(self, stage_ids) -> None:
        wanted = set(stage_ids)
        if not any(stage_id in wanted for stage_id, _action in self._actions):
            return
        for stage_id, action in self._actions:
            action.setChecked(stage_id in wanted)

    def chosen(self) -> tuple[str, ...]:
        """The ticked stage ids; empty when all are ticked (the deck then shows every stage)."""
        ticked = tuple(stage_id for stage_id, action in self._actions if action.isChecked())
        return () if len(ticked) == len(self._actions) else ticked

    def _toggled(self, checked: bool) -> None:
        if not checked and not any(action.isChecked() for _id, action in self._actions):
            self.sender().setChecked(True)  # a deck needs a stage: the last one stays
            return
        self._update_text()

    def _update_text(self) -> None:
        ticked = sum(action.isChecked() for _id, action in self._actions)
        if ticked == len(self._actions):
            self.setText(self.tr("All stages"))
        else:
            self.setText(self.tr("%1 of %2 stages").replace("%1", str(ticked)).replace("%2", str(len(self._actions))))

"""The inspector dock: shows the form for whatever the scene has selected.

It follows two things: the scene's selection (which part to show) and the
document's change events (so that undo, the canvas and other windows' edits are
reflected at once). Fields the user is typing in already hold the model's value,
so a refresh leaves them, and their cursor, alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ...editor.following import stop_following_when_destroyed
from ...model import ChangeEvent, EventKind, JourneyDocument
from .form_base import TargetForm

if TYPE_CHECKING:  # pragma: no cover
    from ..main_window import MainWindow


# each form's module and class: a module is imported when its form is first made
FORM_CLASSES: dict[str, tuple[str, str]] = {
    "card": ("card_form", "CardForm"),
    "connection": ("connection_form", "ConnectionForm"),
    "stage": ("structure_forms", "StageForm"),
    "step": ("structure_forms", "StepForm"),
    "lane": ("structure_forms", "LaneForm"),
    "map": ("map_form", "MapForm"),
    "selection": ("selection_form", "SelectionForm"),  # several cards and connections
}


def form_class(name: str) -> type[TargetForm]:
    module, cls = FORM_CLASSES[name]
    return getattr(importlib.import_module(f"{__package__}.{module}"), cls)


class InspectorForms(Mapping):
    """The inspector's forms by target kind, each made the first time it is asked for.

    A window opens showing the map's form; the other five (the card form alone has a
    dozen fields and a KPI table) are built when something of their kind is selected.
    """

    def __init__(self, dock: InspectorDock) -> None:
        self._dock = dock
        self._made: dict[str, TargetForm] = {}

    def __getitem__(self, name: str) -> TargetForm:
        form = self._made.get(name)
        if form is None:
            form = form_class(name)(self._dock.window.editor)
            form.setObjectName(f"inspector_{name}")
            self._dock.stack.addWidget(form)
            if name == "map":
                form.editPersonasRequested.connect(lambda: self._dock.window.map_actions.edit_personas())
            self._made[name] = form
        return form

    def __iter__(self) -> Iterator[str]:
        return iter(FORM_CLASSES)

    def __len__(self) -> int:
        return len(FORM_CLASSES)


class InspectorDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        stop_following_when_destroyed(self, "_on_change")
        self.setObjectName("inspector_dock")
        self.setWindowTitle(self.tr("Inspector"))
        features = QDockWidget.DockWidgetFeature
        self.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(0)
        self.heading = QLabel(body)
        self.heading.setObjectName("inspector_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setContentsMargins(10, 2, 10, 2)
        layout.addWidget(self.heading)
        self.stack = QStackedWidget(body)
        self.forms = InspectorForms(self)
        self.forms["map"]  # noqa: B018 - the form shown when nothing is selected, made at once
        layout.addWidget(self.stack)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(280)
        self.document: JourneyDocument | None = None
        window.scene.selectionChanged.connect(self.show_selection)
        # Escape in a field hands the keyboard back to the canvas, where the workshop goes on.
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(lambda: window.view.setFocus())

    # ------------------------------------------------------------------ following
    def set_document(self, document: JourneyDocument | None) -> None:
        if self.document is not None:
            self.document.unsubscribe(self._on_change)
        self.document = document
        if document is not None:
            document.subscribe(self._on_change)
            self.show_selection()

    def _on_change(self, event: ChangeEvent) -> None:
        form = self.current_form()
        if event.kind == EventKind.RESET or not form.exists():
            self.show_selection()
        else:
            form.refresh()

    def show_selection(self) -> None:
        """Show the form for the scene's current selection target (the map when nothing is selected)."""
        scene = self.window.scene
        if self.document is None or not shiboken6.isValid(scene) or not shiboken6.isValid(self):
            return  # the window is being taken down; its scene may already be gone
        cards, conns = scene.selected_card_ids(), scene.selected_connection_ids()
        if len(cards) + len(conns) > 1 and len(cards) + len(conns) == len(scene.selectedItems()):
            form = self.forms["selection"]
            form.show_selection(self.document, cards, conns)
        else:
            target, item_id = scene.selection_target()
            form = self.forms.get(target) or self.forms["map"]
            form.show_target(self.document, item_id)
        if not form.exists():
            form = self.forms["map"]
            form.show_target(self.document, None)
        self.stack.setCurrentWidget(form)
        self.heading.setText(form.heading())

    def current_form(self) -> TargetForm:
        return self.stack.currentWidget()

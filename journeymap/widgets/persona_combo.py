"""The toolbar's persona filter: "All personas" or one persona, each with its colour swatch.

Follows the map: the list is rebuilt when the document says its personas changed (or
another document is shown), and follows the filter switched elsewhere (key P in presentation).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox

from ..model import EventKind


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class PersonaCombo(QComboBox):
    def __init__(self, persona_filter, editor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("persona_filter")
        self.setToolTip(self.tr("Show one persona's paths and emotion curve (P in presentation mode)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter = persona_filter
        self._shown: list | None = None  # None: not filled yet
        self.currentIndexChanged.connect(self._chosen)
        persona_filter.changed.connect(self._follow)
        editor.documentChanged.connect(self._on_change)
        editor.documentReplaced.connect(self.refresh)
        self.refresh()

    def _on_change(self, event) -> None:
        if event.kind in (EventKind.PERSONA, EventKind.RESET):
            self.refresh()

    def refresh(self, *_args) -> None:
        doc = self.filter.scene.document
        personas = [(p.id, p.name, p.color) for p in doc.personas()] if doc is not None else []
        if personas == self._shown:
            return
        self._shown = personas
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All personas"), None)
        for persona_id, name, color in personas:
            self.addItem(swatch(color), name, persona_id)
        self.setEnabled(bool(personas))
        self.blockSignals(False)
        self._follow(self.filter.persona_id)

    def _chosen(self, index: int) -> None:
        self.filter.set_persona(self.itemData(index))

    def _follow(self, persona_id) -> None:
        index = self.findData(persona_id) if persona_id is not None else 0
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

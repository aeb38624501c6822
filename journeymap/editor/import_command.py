"""The import of a spreadsheet as one undo step.

The changes were worked out beforehand (``io.xlsx_import``: read, compared, chosen);
the command applies them all or none and keeps the steps that take them back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..io.xlsx_import import ImportChanges, apply_changes, revert
from ..model import JourneyDocument
from .commands import DocumentCommand


class ImportCommand(DocumentCommand):
    """Cards, connections and personas added, changed, moved and removed by one import."""

    def __init__(self, doc: JourneyDocument, changes: ImportChanges, text: str | None = None) -> None:
        count = changes.count()
        super().__init__(doc, text or QCoreApplication.translate("commands", "Import %n change(s) from Excel", None,
                                                                 count))
        self.changes = changes
        self._undo: list = []

    def redo(self) -> None:
        self._undo = apply_changes(self.doc, self.changes)

    def undo(self) -> None:
        revert(self._undo)
        self._undo = []

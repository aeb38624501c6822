"""Where the user meets the spreadsheet import: File → Import from Excel… and File → New from Spreadsheet….

Import reads the workbook against this window's map, shows the preview, and applies what
the user chose through the window's editor as one undo step. New from Spreadsheet makes
a new map from a grid or a table and opens it like a template. A workbook that cannot
be read gets one message; the map stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from .icons import icon
from .settings import last_folder, remember_folder_of


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ImportActions(QObject):
    """The two import commands of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_excel = QAction(self.tr("&Import from Excel…"), window)
        self.import_excel.setObjectName("action_import_excel")
        self.import_excel.setIcon(icon("import"))
        self.import_excel.setToolTip(self.tr("Bring back a workbook exported from this map and edited in Excel"))
        self.import_excel.triggered.connect(self.import_dialog)
        self.new_from_spreadsheet = QAction(self.tr("New from Sp&readsheet…"), window)
        self.new_from_spreadsheet.setObjectName("action_new_from_spreadsheet")
        self.new_from_spreadsheet.setIcon(icon("spreadsheet"))
        self.new_from_spreadsheet.setToolTip(self.tr("Start a map from a journey kept in Excel or CSV"))
        self.new_from_spreadsheet.triggered.connect(self.new_map_dialog)
        menu = window.menus.get("file")
        if menu is not None:
            menu.insertAction(window.actions.export, self.import_excel)
            menu.insertAction(window.actions.open, self.new_from_spreadsheet)

    # ------------------------------------------------------------------ import into this map
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import from Excel"), last_folder(),
                                              self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            remember_folder_of(path)
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Preview the workbook at ``path`` against this map and apply what the user confirms."""
        from ..io.xlsx_import import ImportRefused, plan_changes, preview_import  # openpyxl: 0.5 s, on first use

        editor = self.window.editor
        try:
            preview = self._busy(lambda: preview_import(editor.document, path))
        except ImportRefused as exc:
            self._failed(exc.message.render(_translate))
            return False
        if preview.other_map and not self._confirm_other_map(preview):
            return False
        from .import_dialog import ImportPreviewDialog  # loaded when first used

        dialog = ImportPreviewDialog(preview, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = plan_changes(preview, dialog.choices(), delete=dialog.deletions())
        if changes.count() == 0:
            self.window.show_status(self.tr("Nothing imported: the map already holds everything in the workbook"))
            return False
        count = changes.count()
        if editor.apply_import(changes):
            self.window.show_status(self.tr("Imported %n change(s) from %1", None, count).replace(
                "%1", Path(path).name))
            return True
        return False

    def _confirm_other_map(self, preview) -> bool:
        text = "\n\n".join(w.render(_translate) for w in preview.warnings)
        answer = QMessageBox.question(
            self.window, self.tr("Workbook of Another Map"),
            text + "\n\n" + self.tr("Import it into this map anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ a new map
    def new_map_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("New Map from Spreadsheet"), last_folder(),
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"))
        if path:
            remember_folder_of(path)
            self.new_map_from(path)

    def new_map_from(self, path: str):
        """A new untitled map from the spreadsheet at ``path``, after its preview; returns its window."""
        from ..io.xlsx_import import ImportRefused
        from ..io.xlsx_import.new_map import map_from_spreadsheet
        from .import_dialog import ImportPreviewDialog
        from .windows import show_document

        try:
            doc, preview = self._busy(lambda: map_from_spreadsheet(path))
        except ImportRefused as exc:
            self._failed(exc.message.render(_translate))
            return None
        dialog = ImportPreviewDialog(preview, self.window, new_map=doc)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return show_document(doc, None, reuse=self.window)

    # ------------------------------------------------------------------ helpers
    def _busy(self, work):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Could Not Import"), message)


def install_import(window: QMainWindow) -> ImportActions:
    return ImportActions(window)

"""Where the user meets the exports: File → Export… and Edit → Copy as Picture.

Both draw from the window's own scene, so a picture is exactly the map on screen
(without selection marks or handles). A failed export shows one message and leaves
the map and any existing file as they were.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from ..io.errors import SaveError
from ..io.export_formats import PICTURE_FORMATS, FormatUnavailable, format_named

if TYPE_CHECKING:
    from .export_dialog import ExportRequest

# The picture writers (and with them PIL and the SVG and PDF code) and the dialog are
# imported on first use: none of them is needed to show a map, and together they
# cost a fifth of a second of start-up.

CLIPBOARD_SCALE = 2.0  # crisp on a slide and on high-density screens
PNG_MIME = "image/png"
SVG_MIME = "image/svg+xml"


class ExportActions(QObject):
    """The export commands of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.copy_picture = QAction(self.tr("Copy as &Picture"), window)
        self.copy_picture.setObjectName("action_copy_picture")
        self.copy_picture.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_picture.setToolTip(self.tr("Copy the selection, or the whole map, as a picture for slides"))
        self.copy_picture.triggered.connect(self.copy_as_picture)
        window.addAction(self.copy_picture)
        edit = window.menus.get("edit")
        if edit is not None:
            edit.insertAction(window.actions.paste, self.copy_picture)
        window.actions.export.triggered.connect(self.export_dialog)
        window.actions.export.setEnabled(True)

    # ------------------------------------------------------------------ clipboard
    def copy_as_picture(self) -> None:
        from ..io.picture_export import picture_svg
        from ..io.pictures.options import PictureOptions

        scene = self.window.scene
        selection = tuple(scene.selected_card_ids())
        try:
            png = self._clipboard_png(selection)
            svg = picture_svg(scene, PictureOptions(selection=selection, title=not selection))
        except SaveError as exc:
            self._failed(self.tr("The picture could not be made: %1").replace("%1", str(exc)))
            return
        data = QMimeData()
        data.setData(PNG_MIME, png)
        data.setData(SVG_MIME, svg)
        data.setImageData(QImage.fromData(png, "PNG"))
        QGuiApplication.clipboard().setMimeData(data)
        if selection:
            self.window.show_status(self.tr("Copied the selected cards as a picture"))
        else:
            self.window.show_status(self.tr("Copied the map as a picture"))

    def _clipboard_png(self, selection: tuple[str, ...]) -> bytes:
        """The PNG at 2x, or at 1x when a very large map does not fit at 2x."""
        from ..io.picture_export import picture_png
        from ..io.pictures.options import PictureOptions

        def at(scale: float) -> bytes:
            options = PictureOptions(
                scale=scale, selection=selection, title=not selection, embed=False, persona=self._shown_persona()
            )
            return picture_png(self.window.scene, options)

        try:
            return at(CLIPBOARD_SCALE)
        except SaveError:
            return at(1.0)

    # ------------------------------------------------------------------ File → Export…
    def export_dialog(self) -> None:
        from .export_dialog import ExportDialog

        scene = self.window.scene
        name = Path(self.window.controller.display_name()).stem
        stages = [(stage.id, stage.name) for stage in self.window.document.stages()]
        dialog = ExportDialog(self.window, name, tuple(scene.selected_card_ids()), stages)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        dialog.remember()
        self.run(dialog.request())

    def run(self, request: ExportRequest) -> bool:
        """Write the export, with a progress window for slow ones; True when it was written."""
        progress = self.progress_dialog(request.path.name)

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QCoreApplication.processEvents()

        error = None
        details = ""
        try:
            details = self._write(request, report)
        except (SaveError, FormatUnavailable, ValueError, OSError) as exc:
            error = exc
        finally:
            progress.close()
            progress.deleteLater()
        if error is not None:
            text = self.tr("The map could not be exported to %1.\n\n%2").replace("%1", str(request.path))
            self._failed(text.replace("%2", str(error)))
            return False
        done = self.tr("Exported to %1").replace("%1", str(request.path))
        self.window.show_status(f"{done} ({details})" if details else done)
        return True

    def progress_dialog(self, name: str) -> QProgressDialog:
        """A modal progress window that shows itself only when an export takes over half a second."""
        from ..io.picture_export import STEPS

        progress = QProgressDialog(self.tr("Exporting %1…").replace("%1", name), "", 0, STEPS, self.window)
        progress.setObjectName("export_progress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setValue(0)
        return progress

    def _write(self, request: ExportRequest, report) -> str:
        """Write the export; returns what the status bar adds (the paper and pages of a PDF), or ""."""
        doc = self.window.document
        if request.format in PICTURE_FORMATS:
            from ..io.picture_export import export_picture

            options = replace(request.options, persona=self._shown_persona())  # the picture shows what the window does
            return export_picture(request.format, doc, request.path, options, report, scene=self.window.scene)
        format_named(request.format).export(doc, request.path, request.options, report)
        return ""

    def _shown_persona(self) -> str | None:
        """The persona the window's filter shows (None for all): pictures show it too, and say so."""
        persona_filter = getattr(self.window, "persona_filter", None)
        return persona_filter.persona_id if persona_filter is not None else None

    def _failed(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Export Failed"), text)

"""Opening, saving and closing the map of one main window.

Kept apart from the window so that the rules (what is "untitled", when to ask
before closing, where Save writes a map that came from a PNG) read in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from ..i18n import localized_error
from ..io.errors import FormatError, SaveError
from ..io.journey_file import load_map, save_map
from ..model import JourneyDocument
from .new_maps import new_map
from .recent_files import add_recent_file
from .settings import last_folder, remember_folder_of

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

JOURNEY_SUFFIX = ".journey"


class DocumentController(QObject):
    """The file behind a window's map: its path, and the Open/Save/Close conversations."""

    pathChanged = Signal()

    def __init__(self, window: MainWindow, path: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.path = path

    # ------------------------------------------------------------------ state
    @property
    def undo_stack(self):
        return self.window.undo_stack

    def display_name(self) -> str:
        return Path(self.path).name if self.path else self.tr("Untitled")

    def is_untouched(self) -> bool:
        """An untitled map nobody has edited: opening a file may replace it in this window."""
        return self.path is None and self.undo_stack.count() == 0 and self.undo_stack.isClean()

    def _save_target(self) -> str | None:
        """Where Save writes: the file itself, unless it is a picture carrying a map."""
        if self.path and Path(self.path).suffix.lower() != ".png":
            return self.path
        return None

    def set_path(self, path: str | None) -> None:
        self.path = str(Path(path).resolve()) if path else None
        self.pathChanged.emit()

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        target = self._save_target()
        guard = getattr(self.window, "file_guard", None)
        if target and guard is not None:  # changed on disk by someone else since it was opened?
            choice = guard.before_save(target)
            if choice != "write":
                return self.save_as() if choice == "save_as" else False
        return self._write(target) if target else self.save_as()

    def save_as(self) -> bool:
        if self.path:
            suggestion = str(Path(self.path).with_suffix(JOURNEY_SUFFIX))
        else:
            folder = Path(last_folder())
            suggestion = str(folder / (_file_stem(self.window.document.info.title) + JOURNEY_SUFFIX))
        from PySide6.QtWidgets import QFileDialog  # not at start-up: its class brings five enum classes

        filename, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save Map As"), suggestion, self.tr("Journey maps (*.journey)")
        )
        if not filename:
            return False
        if not Path(filename).suffix:
            filename += JOURNEY_SUFFIX
        return self._write(filename)

    def _write(self, path: str) -> bool:
        try:
            save_map(self.window.document, path)
        except SaveError as exc:
            QMessageBox.warning(self.window, self.tr("Could not save the map"), str(exc))
            return False
        self.undo_stack.setClean()
        self.set_path(path)
        add_recent_file(path)
        remember_folder_of(path)
        self.window.show_status(self.tr("Saved %1").replace("%1", self.display_name()))
        return True

    def maybe_save(self) -> bool:
        """Before the map goes away: True when it may (saved, discarded or never changed)."""
        if self.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to %1 before closing?").replace("%1", self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ opening
    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        filename, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open Map"),
            last_folder(),
            ";;".join(
                (self.tr("Journey maps (*.journey)"), self.tr("PNG with a map (*.png)"), self.tr("All files (*)"))
            ),
        )
        if filename:
            self.open_path(filename)

    def open_path(self, path: str) -> MainWindow | None:
        """Open a file: in this window when its map is untouched, else in a new one."""
        from .windows import find_window_for, show_document

        existing = find_window_for(path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        from .file_guard import confirm_open

        if not confirm_open(path, self.window):  # open in another Journeymap process
            return None
        try:
            doc = load_map(path)
        except FormatError as exc:
            from .open_error import offer_spreadsheet, show_open_error

            if offer_spreadsheet(self.window, path) is None:
                show_open_error(self.window, path, exc)
            return None
        add_recent_file(path)
        remember_folder_of(path)
        return show_document(doc, path, reuse=self.window)

    def open_template(self, name: str) -> MainWindow | None:
        """A new untitled map from a bundled template (Save will ask where to put it)."""
        from .windows import show_document

        try:
            doc = new_map(name)
        except (KeyError, FormatError) as exc:
            QMessageBox.warning(self.window, self.tr("Could not open the template"), localized_error(exc))
            return None
        return show_document(doc, None, reuse=self.window)


def _file_stem(title: str) -> str:
    """A file name from a map title: the characters a file system accepts everywhere."""
    cleaned = "".join(ch for ch in title if ch not in '<>:"/\\|?*' and ord(ch) >= 32).strip(" .")
    return cleaned[:80] or "journey"


def new_blank_document() -> JourneyDocument:
    return new_map()

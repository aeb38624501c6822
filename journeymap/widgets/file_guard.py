"""Guarding the file behind a window against other writers.

Two dangers, two guards:
- someone changes the file on disk while the map is open: the file's size, modified
  time and hash are remembered at open and save, and Save asks Overwrite / Save As… /
  Cancel when they differ;
- another Journeymap process has the same file open: each window holds a ``QLockFile``
  for its file, kept in the per-user data folder (keyed by a hash of the path, so the
  user's folder gets no lock files), and opening a file whose lock another running
  process holds warns first. A second window of this process on the same file is
  avoided earlier: Open raises the window that already shows it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ..io.file_state import FileState, changed_since, file_state
from .recovery_session import data_folder

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

WRITE, SAVE_AS, CANCEL = "write", "save_as", "cancel"


def lock_path_for(path: str) -> Path:
    digest = hashlib.sha256(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:32]
    return data_folder() / "locks" / f"{digest}.lock"


def _lock_file(path: str) -> QLockFile:
    target = lock_path_for(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # no data folder: locking fails, and nobody is taken to have the file open
    lock = QLockFile(str(target))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    return lock


def holder_of(path: str) -> int | None:
    """The pid of another live process that has ``path`` open, or None when nobody has."""
    probe = _lock_file(path)
    if probe.tryLock(0):
        probe.unlock()
        return None
    if probe.error() != QLockFile.LockError.LockFailedError:
        return None  # the lock could not be read or made: no sign of another holder
    pid, _host, _app = probe.getLockInfo()
    return int(pid) if pid else 0


def confirm_open(path: str, parent: QWidget | None) -> bool:
    """True when ``path`` may be opened: nobody else has it, or the user chose Open Anyway."""
    pid = holder_of(path)
    if pid is None:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("file_guard", "Map already open"),
                      QCoreApplication.translate(
                          "file_guard", "This map is open in another Journeymap (pid %1). "
                          "Editing here may overwrite changes.").replace("%1", str(pid)),
                      QMessageBox.StandardButton.NoButton, parent)
    anyway = box.addButton(QCoreApplication.translate("file_guard", "Open Anyway"),
                           QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("open_anyway")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is anyway


class FileGuard(QObject):
    """The window's file as it was last read or written, and the lock that says "open here"."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: str | None = None
        self.state: FileState | None = None
        self.lock: QLockFile | None = None
        window.controller.pathChanged.connect(self._follow_path)
        self._follow_path()

    def _follow_path(self) -> None:
        """The controller opened or saved a file: remember how it looks now, and hold its lock."""
        path = self.window.controller.path
        if path != self.path:
            self.release()
            self.path = path
            if path:
                lock = _lock_file(path)
                self.lock = lock if lock.tryLock(0) else None  # Open Anyway: someone else keeps it
        self.state = file_state(path) if path else None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def before_save(self, target: str) -> str:
        """WRITE, SAVE_AS or CANCEL: asks when ``target`` changed on disk since it was opened or saved."""
        if target != self.path or not changed_since(target, self.state):
            return WRITE
        name = Path(target).name
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File changed on disk"),
                          self.tr("%1 was changed by someone else since you opened it. "
                                  "Saving will replace their changes.").replace("%1", name),
                          QMessageBox.StandardButton.NoButton, self.window)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        overwrite.setObjectName("overwrite")
        save_as = box.addButton(self.tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
        save_as.setObjectName("save_as")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel")
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        return WRITE if clicked is overwrite else SAVE_AS if clicked is save_as else CANCEL


def install_file_guard(window: MainWindow) -> FileGuard:
    return FileGuard(window)

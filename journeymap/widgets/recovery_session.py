"""Where recovery copies live, and which of them belong to a process that is gone.

Every running editor has one session: a folder ``recovery/<session>/`` in the per-user
data folder and a ``QLockFile`` ``recovery/<session>.lock`` held while it runs. A
killed process cannot unlock, but Qt sees that the pid in the lock is no longer
running and treats the lock as stale; only such sessions' copies are offered for
recovery, never those of another Journeymap still running.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from ..io.recovery import RecoveredMap, list_recoveries, remove_folder_if_empty

LOCK_SUFFIX = ".lock"

_session: RecoverySession | None = None


def data_folder() -> Path:
    """The per-user data folder (QStandardPaths.AppDataLocation)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".journeymap")


def recovery_root() -> Path:
    return data_folder() / "recovery"


class RecoverySession:
    """This process's recovery folder, kept locked for as long as the process lives."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.name = f"{os.getpid()}-{os.urandom(4).hex()}"
        self.folder = root / self.name
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # no data folder: the lock fails, and each copy reports why it could not be written
        self.lock = QLockFile(str(root / (self.name + LOCK_SUFFIX)))
        self.lock.setStaleLockTime(0)  # only a dead pid makes it stale, never its age
        self.locked = self.lock.tryLock(0)

    def close(self) -> None:
        """A clean exit: the folder goes if nothing is left in it, and the lock is released."""
        remove_folder_if_empty(self.folder)
        self.lock.unlock()


def current_session() -> RecoverySession:
    """This process's session (made on first use, in the recovery folder of the moment)."""
    global _session
    root = recovery_root()
    if _session is None or _session.root != root:
        _session = RecoverySession(root)
    return _session


def stale_recoveries(root: Path | None = None) -> list[RecoveredMap]:
    """Copies left by sessions whose process is gone, oldest first; live sessions are skipped."""
    root = root or recovery_root()
    mine = _session.folder if _session is not None else None
    found: list[RecoveredMap] = []
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir())
    except OSError:
        return []
    for folder in folders:
        if folder == mine or not _is_stale(root / (folder.name + LOCK_SUFFIX)):
            continue
        entries = list_recoveries(folder)
        if not entries:
            remove_folder_if_empty(folder)
            _remove_quietly(root / (folder.name + LOCK_SUFFIX))
        found += entries
    return sorted(found, key=lambda entry: entry.info.saved)


def forget_empty_session(folder: Path) -> None:
    """After its last copy was restored or discarded, a dead session leaves nothing behind."""
    remove_folder_if_empty(folder)
    if not folder.exists():
        _remove_quietly(folder.parent / (folder.name + LOCK_SUFFIX))


def _is_stale(lock_path: Path) -> bool:
    """True when no running process holds the lock (taking it for a moment to be sure)."""
    if not lock_path.exists():
        return True
    probe = QLockFile(str(lock_path))
    probe.setStaleLockTime(0)
    if probe.tryLock(0):
        probe.unlock()
        return True
    return False


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass

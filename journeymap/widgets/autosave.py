"""Recovery copies of a window's unsaved map: on a timer and when the window loses focus.

The copy goes to this process's recovery session folder (``recovery_session``), never
over the user's file. Only the snapshot of the model (``document_to_data``, about
20 ms for a 1,000-card map) is taken on the GUI thread, because the model is not
shared between threads; turning it into JSON text and writing it atomically happen
on one background thread. A map has at most one write under way: a tick that finds
the previous write still running leaves the change for the next tick.

A saved map (clean undo stack) has no copy: reaching the clean state removes it, and
so does closing the window after Save or Discard.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..io.errors import SaveError
from ..io.journey_format import document_to_data
from ..io.recovery import RecoveryInfo, map_text, remove_recovery, write_recovery
from .recovery_session import current_session
from .settings import autosave_seconds

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future, ThreadPoolExecutor

    from .main_window import MainWindow

_writer: ThreadPoolExecutor | None = None  # made with the first copy: the first paint need not wait for it


def _the_writer() -> ThreadPoolExecutor:
    global _writer
    if _writer is None:
        from concurrent.futures import ThreadPoolExecutor

        _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journeymap-recovery")
    return _writer


class Autosaver(QObject):
    """Keeps one recovery copy of one window's map while it has unsaved changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.key = os.urandom(16).hex()
        self.session = current_session()
        self.last_error: str | None = None
        self.last_info: RecoveryInfo | None = None
        self._changes = 0  # counts undo stack moves; compared with what the last copy holds
        self._written = 0
        self._future: Future | None = None
        self._lock = threading.Lock()  # orders a background write against removal
        self._removed = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.save_now)
        self.apply_interval()
        window.undo_stack.indexChanged.connect(self._count_change)
        window.undo_stack.cleanChanged.connect(self._on_clean_changed)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_application_state)

    # ------------------------------------------------------------------ when
    def apply_interval(self) -> None:
        self.timer.start(int(autosave_seconds() * 1000))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowDeactivate:
            self.save_now()
        return False

    def _on_application_state(self, state) -> None:
        from PySide6.QtCore import Qt

        if state != Qt.ApplicationState.ApplicationActive:
            self.save_now()

    def note_change(self) -> None:
        """A change that did not come through the undo stack (a peer's, in a live session)."""
        self._count_change()

    def _count_change(self, *_args) -> None:
        self._changes += 1
        self._removed = False

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.remove()
        else:
            self._changes += 1  # e.g. a restored map: unsaved although nothing was pushed
            self._removed = False

    def needs_copy(self) -> bool:
        return not self.window.undo_stack.isClean() and self._changes != self._written

    # ------------------------------------------------------------------ writing
    def save_now(self) -> bool:
        """Start writing a copy when the map changed since the last one; True when one was started."""
        if self.window.closed or not self.needs_copy():
            return False
        if self._future is not None and not self._future.done():
            return False  # never two writes of one map at once; the next tick catches up
        self._collect()
        controller = self.window.controller
        data = document_to_data(self.window.document)  # on the GUI thread: the model is not thread-safe
        self._written = self._changes
        self._removed = False
        guard = getattr(self.window, "file_guard", None)
        original_state = guard.state.as_dict() if guard is not None and guard.state is not None else None
        self._future = _the_writer().submit(
            self._write, data, controller.path, controller.display_name(), original_state
        )
        return True

    def _write(self, data, original, title, original_state) -> RecoveryInfo | None:
        """On the writer thread: JSON text, then the copy and its sidecar (unless removed meanwhile)."""
        text = map_text(data)
        with self._lock:
            if self._removed:
                return None  # saved or closed meanwhile: this copy is not wanted any more
            return write_recovery(self.session.folder, self.key, text, original, title, original_state)

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the write under way (if any) is finished; for closing and for tests."""
        if self._future is not None:
            try:
                self._future.result(timeout)
            except Exception:  # noqa: BLE001 - reported through last_error by _collect
                pass
        self._collect()

    def _collect(self) -> None:
        """Take the result of a finished write: remember it, or show why the copy failed once."""
        future = self._future
        if future is None or not future.done():
            return
        self._future = None
        error = future.exception()
        if error is None:
            self.last_info = future.result() or self.last_info
            self.last_error = None
            return
        self._written = -1  # try again on the next tick
        message = str(error) if isinstance(error, SaveError) else repr(error)
        if message != self.last_error:
            self.last_error = message
            self.window.show_status(self.tr("Could not write the recovery copy: %1").replace("%1", message))

    # ------------------------------------------------------------------ removing
    def remove(self) -> None:
        """Forget the copy (map saved, discarded or closed); a write under way finds it unwanted."""
        with self._lock:
            self._removed = True
            self._written = self._changes
            remove_recovery(self.session.folder, self.key)
        self.last_info = None

    def shut_down(self) -> None:
        """The window closed cleanly: no copy stays behind, and the timer stops."""
        self.timer.stop()
        self.remove()

    def copy_path(self):
        return self.session.folder / (self.key + ".journey")


def install_autosave(window: MainWindow) -> Autosaver:
    return Autosaver(window)

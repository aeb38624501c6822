"""The open main windows: which exist, and where a newly opened map goes.

A top-level window without a parent lives only while Python holds it, so the
windows are kept here until they close.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPoint, QTimer

from ..model import JourneyDocument

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

_open: list[MainWindow] = []
CASCADE = QPoint(28, 28)


def open_windows() -> list[MainWindow]:
    """The windows still showing a map (a closed one may already be freed before it is forgotten)."""
    return [window for window in _open if shiboken6.isValid(window) and not window.closed]


def register(window: MainWindow) -> None:
    if window not in _open:
        _open.append(window)


def forget(window: MainWindow) -> None:
    """Drop a closed window on the next turn of the event loop (not inside its own closeEvent)."""
    QTimer.singleShot(0, lambda: _open.remove(window) if window in _open else None)


def find_window_for(path: str) -> MainWindow | None:
    target = Path(path).resolve()
    for window in open_windows():
        if window.controller.path and Path(window.controller.path) == target:
            return window
    return None


def show_document(doc: JourneyDocument, path: str | None, reuse: MainWindow | None = None) -> MainWindow:
    """Show ``doc`` in ``reuse`` when its map is untouched, otherwise in a new window."""
    if reuse is not None and reuse.controller.is_untouched():
        reuse.set_document(doc, path)
        return reuse
    from .main_window import MainWindow

    window = MainWindow(doc, path)
    if reuse is not None and reuse.isVisible():
        window.move(reuse.pos() + CASCADE)
    window.show()
    return window

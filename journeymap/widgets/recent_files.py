"""The Open Recent list: at most ten files, newest first, files that vanished left out."""

from __future__ import annotations

from pathlib import Path

from .settings import settings

MAX_RECENT = 10
_KEY = "files/recent"


def _stored() -> list[str]:
    value = settings().value(_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(item) for item in value or [] if item]


def recent_files() -> list[str]:
    """The remembered files that still exist, newest first; the stored list is pruned to them."""
    stored = _stored()
    existing = [path for path in stored if Path(path).is_file()]
    if existing != stored:
        _store(existing)
    return existing


def add_recent_file(path: str) -> None:
    absolute = str(Path(path).resolve())
    files = [absolute] + [item for item in _stored() if item != absolute]
    _store(files[:MAX_RECENT])


def clear_recent_files() -> None:
    _store([])


def _store(files: list[str]) -> None:
    store = settings()
    store.setValue(_KEY, files)
    store.sync()

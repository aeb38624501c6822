"""What the editor remembers between runs, in one place: QSettings keys and their types.

QSettings with the organisation and application names set in ``app.py``; tests point
it at a fresh folder, so nothing here needs to know where it is stored.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Journeymap"
APPLICATION = "Journeymap"

_GEOMETRY = "window/geometry"
_STATE = "window/state"
_LAST_FOLDER = "files/lastFolder"
_LANGUAGE = "interface/language"


def settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def window_geometry() -> tuple[QByteArray | None, QByteArray | None]:
    """The last main window's geometry and dock/toolbar state, or None where never saved."""
    store = settings()
    geometry, state = store.value(_GEOMETRY), store.value(_STATE)
    return (
        geometry if isinstance(geometry, QByteArray) and not geometry.isEmpty() else None,
        state if isinstance(state, QByteArray) and not state.isEmpty() else None,
    )


def save_window_geometry(geometry: QByteArray, state: QByteArray) -> None:
    store = settings()
    store.setValue(_GEOMETRY, geometry)
    store.setValue(_STATE, state)
    store.sync()


def last_folder() -> str:
    """The folder of the last file opened or saved (the home folder at first)."""
    folder = settings().value(_LAST_FOLDER, "", str)
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def remember_folder_of(path: str) -> None:
    settings().setValue(_LAST_FOLDER, str(Path(path).resolve().parent))


def interface_language() -> str:
    """'en', 'he', ... as chosen with --lang (or later in the View menu); '' means the system's."""
    return settings().value(_LANGUAGE, "", str)


def set_interface_language(lang: str) -> None:
    settings().setValue(_LANGUAGE, lang)


_AUTOSAVE_SECONDS = "recovery/autosaveSeconds"
DEFAULT_AUTOSAVE_SECONDS = 30
AUTOSAVE_RANGE = (5, 3600)  # seconds, as offered in Preferences
AUTOSAVE_ENVIRONMENT = "JOURNEYMAP_AUTOSAVE_SECONDS"  # overrides the setting (tests use a fraction of a second)


def autosave_seconds() -> float:
    """How often a map with unsaved changes gets a recovery copy: environment, then Preferences, then 30."""
    override = os.environ.get(AUTOSAVE_ENVIRONMENT, "")
    try:
        if override and float(override) > 0:
            return max(0.1, float(override))
    except ValueError:
        pass
    value = settings().value(_AUTOSAVE_SECONDS, DEFAULT_AUTOSAVE_SECONDS, int)
    low, high = AUTOSAVE_RANGE
    return float(min(high, max(low, int(value or DEFAULT_AUTOSAVE_SECONDS))))


def set_autosave_seconds(seconds: int) -> None:
    settings().setValue(_AUTOSAVE_SECONDS, int(seconds))

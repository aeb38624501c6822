"""Starting the editor application."""

from __future__ import annotations

import sys


def run_editor(path: str | None, lang: str | None = None) -> int:
    print("Journeymap: the canvas editor is not built yet; use 'journeymap --help' for the commands.")
    return 0

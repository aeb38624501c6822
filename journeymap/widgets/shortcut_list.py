"""Every keyboard shortcut of the editor, grouped, as the Help overlay shows it.

docs/shortcuts.md lists the same keys; a test checks that each key written here
appears there, so the two cannot drift apart silently.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(keys, what they do)]) in the order the overlay shows them."""
    return [
        (tr("Move around"), [
            ("←  →  ↑  ↓", tr("Move the focus cell (mirrored in right-to-left maps)")),
            ("Tab / Shift+Tab", tr("Select the next / previous card")),
            ("Escape", tr("Clear the selection")),
            ("Ctrl+0 / Ctrl+1", tr("Fit the map / actual size")),
            ("Ctrl+= / Ctrl+-", tr("Zoom in / out")),
            (tr("Space+drag"), tr("Pan the map")),
        ]),
        (tr("Type cards"), [
            (tr("any letter"), tr("Start a new card in the focus cell")),
            ("Enter", tr("Finish the card")),
            ("Ctrl+Enter", tr("Finish it and start another in the same cell")),
            ("Shift+Enter", tr("Line break inside a card")),
            ("Escape", tr("Cancel the card being typed")),
            ("Enter / F2", tr("Edit the selected card")),
            ("Ctrl+K", tr("Quick add: “Stage / Lane: text” or “Card -> Card”")),
        ]),
        (tr("Selected cards"), [
            ("1  2  3  4  5", tr("Emotion −2, −1, 0, +1, +2")),
            ("0", tr("Clear the emotion")),
            ("M", tr("Moment of truth on / off")),
            ("Alt+←→↑↓", tr("Move to the neighbouring cell")),
            ("C", tr("Connect: pick the target with Tab or arrows, then Enter")),
            ("Ctrl+D", tr("Duplicate")),
            ("Ctrl+Shift+C", tr("Copy as a picture for slides (the whole map when nothing is selected)")),
            ("Delete", tr("Delete")),
            ("Ctrl+Z / Ctrl+Shift+Z", tr("Undo / redo")),
        ]),
        (tr("Shape the grid"), [
            ("Ctrl+Alt+→ / Ctrl+Alt+←", tr("Add a step after / before (mirrored in right-to-left maps)")),
            ("Ctrl+Alt+S", tr("Add a stage after the focused one")),
            ("Ctrl+Alt+↓", tr("Add a lane below, its kind from a list")),
            ("Ctrl+Shift+→ / Ctrl+Shift+←", tr("Move the focused step later / earlier")),
            ("Ctrl+Shift+↑ / Ctrl+Shift+↓", tr("Move the focused lane up / down")),
            ("F2", tr("Rename the focused step")),
            ("Shift+F2 / Ctrl+F2", tr("Rename the focused stage / lane")),
            ("Ctrl+Shift+F2", tr("Edit the map's title")),
            ("Ctrl+Delete / Ctrl+Shift+Delete", tr("Delete the focused step / lane")),
        ]),
        (tr("Present"), [
            ("F5", tr("Presentation mode on / off")),
            ("PageDown / PageUp", tr("Next / previous stage (also the arrows)")),
            ("Home / End", tr("Whole map / last stage")),
            ("T", tr("Larger text on / off")),
            ("P", tr("Next persona")),
            ("Escape", tr("Leave presentation mode")),
            ("F1", tr("This list of shortcuts")),
        ]),
        (tr("Analyse"), [
            ("Ctrl+Shift+A", tr("Analysis panel: paths, reach, drop-offs and stages")),
        ]),
    ]

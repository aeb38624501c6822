"""Code the editor runs inside a subprocess started by test_crash_recovery (JOURNEYMAP_TEST_HOOK).

``make_edits`` edits the map through the undo stack, as the canvas would, and leaves
the process running for the test to kill. ``restore_and_report`` answers the
recovery dialog with Restore and writes what the restored window shows to the file
named in JOURNEYMAP_TEST_OUT, then quits.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journeymap.editor.commands import SetPropertiesCommand
from journeymap.io.journey_file import document_to_json
from journeymap.widgets import windows

EDITED_TITLE = "Workshop output, unsaved"
EDITED_CARD = "Calls to ask about delivery"
_keep: list[QTimer] = []


def make_edits(window) -> None:
    window.undo_stack.push(SetPropertiesCommand(window.document, "map", None, {"title": EDITED_TITLE}))
    window.undo_stack.push(SetPropertiesCommand(window.document, "card", "phone-ask", {"title": EDITED_CARD}))


def restore_and_report(window) -> None:
    timer = QTimer()
    _keep.append(timer)

    def look_for_dialog() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "recovery_dialog" and w.isVisible()), None)
        if dialog is None:
            return
        timer.stop()
        rows = [{"title": entry.info.title, "size": entry.info.size, "original": entry.info.original,
                 "offered": dialog.offered(row)} for row, entry in enumerate(dialog.entries)]
        for row in range(len(rows)):
            dialog.choose(row, "restore")
        dialog.findChild(object, "apply").click()
        QTimer.singleShot(0, lambda: report(rows))

    timer.timeout.connect(look_for_dialog)
    timer.start(50)


def report(rows) -> None:
    shown = [{
        "path": w.controller.path,
        "modified": w.isWindowModified(),
        "clean": w.undo_stack.isClean(),
        "title": w.windowTitle(),
        "map": json.loads(document_to_json(w.document)),
    } for w in windows.open_windows()]
    with open(os.environ["JOURNEYMAP_TEST_OUT"], "w", encoding="utf-8") as handle:
        json.dump({"dialog": rows, "windows": shown}, handle)
    QApplication.exit(0)


def edit_save_and_quit(window) -> None:
    """Edit, wait for the recovery copy, save, and quit through File → Quit: a clean exit."""
    make_edits(window)
    timer = QTimer()
    _keep.append(timer)

    def when_copied() -> None:
        if not window.autosave.copy_path().exists():
            return
        timer.stop()
        with open(os.environ["JOURNEYMAP_TEST_OUT"], "w", encoding="utf-8") as handle:
            json.dump({"copy": str(window.autosave.copy_path())}, handle)
        window.controller.save()
        window.actions.quit.trigger()

    timer.timeout.connect(when_copied)
    timer.start(50)

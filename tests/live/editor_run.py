"""Code two real editor processes run for test_editor_processes (through JOURNEYMAP_TEST_HOOK).

``host`` shares the window's map on 127.0.0.1; ``guest`` (started with ``--join``) opens
the in-place editor on a card once the session is live, for the test to type into with
xdotool. Both write what their window shows to JOURNEYMAP_TEST_OUT five times a second.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QTimer

from journeymap.io.journey_file import document_to_json
from journeymap.widgets.settings import settings

EDITED_CARD = "web-ad"
_keep: list[QTimer] = []


def _report(window, extra) -> None:
    share = window.live_share
    session = share.session
    state = {
        "state": session.state if session is not None else None,
        "people": [p["name"] for p in session.people()] if session is not None else [],
        "map": json.loads(document_to_json(window.document)),
        "clean": window.undo_stack.isClean(),
        **extra(),
    }
    path = os.environ["JOURNEYMAP_TEST_OUT"]
    with open(path + ".tmp", "w", encoding="utf-8") as handle:
        json.dump(state, handle)
    os.replace(path + ".tmp", path)


def _every(interval_ms: int, action) -> None:
    timer = QTimer()
    timer.timeout.connect(action)
    timer.start(interval_ms)
    _keep.append(timer)


def host(window) -> None:
    settings().setValue("live/bind", "127.0.0.1")
    settings().setValue("live/name", "Host")
    window.live_share.host()
    window.live_share.dialog.hide()
    link = window.live_share.shown_address.link()
    _every(200, lambda: _report(window, lambda: {"address": link}))


def guest(window) -> None:
    started = []

    def edit_when_live() -> None:
        session = window.live_share.session
        if not started and session is not None and session.state == "live":
            started.append(True)
            window.activateWindow()
            window.view.setFocus()
            window.scene.begin_edit_card(EDITED_CARD)

    def extra() -> dict:
        return {"window": int(window.winId()), "editing": bool(started)}

    _every(100, edit_when_live)
    _every(200, lambda: _report(window, extra))

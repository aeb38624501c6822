"""One window's part in a live session: the Y.Doc, the sync protocol, presence, on the GUI thread.

The session runs the Yjs sync protocol over its ``LiveConnection``: on every (re)opening
it sends its state vector and answers the host's, so edits made while offline merge as
soon as the network is back. After the first full sync it binds the window's map to the
Doc (``LiveBinding``). Presence (name, colour, selected cards, the card being typed in)
travels as pycrdt ``Awareness`` states, renewed well within their 30 s timeout and
cleared on leaving.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from pycrdt import (
    Awareness,
    Doc,
    Map,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from .address import LiveAddress
from .binding import LiveBinding
from .connection import LiveConnection

if TYPE_CHECKING:  # pragma: no cover
    from ..editor.map_editor import MapEditor

RENEW_MS = 10_000
OUTDATED_MS = 30_000


class LiveSession(QObject):
    stateChanged = Signal(str)  # "connecting", "live", "reconnecting", "ended"
    ready = Signal()  # the first full sync is done: the map shows the session's map
    peopleChanged = Signal()
    problem = Signal(str)  # something a peer sent could not be used; the session goes on
    ended = Signal(str)  # the host is gone for good (stopped or restarted): what to tell the user
    failed = Signal(str)  # joining failed before the map arrived (refused, unreachable): why

    def __init__(
        self,
        address: LiveAddress,
        editor: MapEditor,
        user: dict,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = address
        self.editor = editor
        self.document = editor.document
        self.undo_stack = editor.undo_stack
        self.ydoc = Doc()
        self.binding: LiveBinding | None = None
        self.state = "connecting"
        self._receiving = False
        self._subscription = self.ydoc.observe(self._on_doc_update)
        self.awareness = Awareness(self.ydoc)
        self.awareness.set_local_state({"user": dict(user), "selection": [], "editing": None})
        self._presence_subscription = self.awareness.observe(self._on_awareness)
        self.connection = LiveConnection(address, self)
        self.connection.opened.connect(self._on_opened)
        self.connection.received.connect(self._on_received)
        self.connection.lost.connect(self._on_lost)
        self.connection.refused.connect(self._on_refused)
        self.connection.unreachable.connect(self._on_unreachable)
        self._renew = QTimer(self)
        self._renew.setInterval(RENEW_MS)
        self._renew.timeout.connect(self._renew_presence)

    # ------------------------------------------------------------------ life
    def start(self) -> None:
        self.connection.open()
        self._renew.start()

    def leave(self) -> None:
        """Say goodbye to the others (presence cleared), send what is unsent, close."""
        if self.state == "left":
            return
        self._renew.stop()
        if self.binding is not None:
            self.binding.flush()
        self.awareness.set_local_state(None)
        self._send_presence()
        self.connection.close()
        if self.binding is not None:
            self.binding.detach()
        self._set_state("left")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    # ------------------------------------------------------------------ the sync protocol
    def _on_opened(self) -> None:
        self.connection.send(create_sync_message(self.ydoc))
        self._send_presence()

    def _on_received(self, frame: bytes) -> None:
        try:
            if frame[0] == YMessageType.SYNC:
                self._on_sync(frame)
            elif frame[0] == YMessageType.AWARENESS:
                self.awareness.apply_awareness_update(read_message(frame[1:]), "remote")
        except BaseException as exc:  # noqa: BLE001 - what a peer sent must never end the session
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            message = QCoreApplication.translate("live", "A change from the session could not be read: %1")
            self.problem.emit(message.replace("%1", str(exc)))

    def _on_sync(self, frame: bytes) -> None:
        self._receiving = True
        try:
            reply = handle_sync_message(frame[1:], self.ydoc)
        finally:
            self._receiving = False
        if reply is not None:
            self.connection.send(reply)
        step = frame[1]
        if step == YSyncMessageType.SYNC_STEP2:
            if self.binding is None:
                self._bind()
            else:
                self.binding.pull()
            self._set_state("live")
        elif step == YSyncMessageType.SYNC_UPDATE and self.binding is not None:
            self.binding.pull()

    def _bind(self) -> None:
        meta = self.ydoc.get("meta", type=Map)
        if meta.get("format") != "journeymap":
            message = QCoreApplication.translate("live", "The address leads to a session that holds no journey map.")
            self.problem.emit(message)
            return
        self.binding = LiveBinding(self.editor, self.ydoc, self)
        self.binding.remoteProblem.connect(self._on_remote_problem)
        self.undo_stack.clear()  # history starts with the session: undo never reaches before it
        self.binding.pull()
        self.ready.emit()

    def _on_remote_problem(self, message: str) -> None:
        text = QCoreApplication.translate("live", "A change from the session was not applied: %1")
        self.problem.emit(text.replace("%1", message))

    def _on_doc_update(self, event) -> None:
        if not self._receiving:
            self.connection.send(create_update_message(event.update))

    def _on_lost(self, _reason: str) -> None:
        if self.state not in ("ended", "left"):
            self._set_state("reconnecting")

    def _on_refused(self, reason: str) -> None:
        self._renew.stop()
        if self.binding is None:
            text = QCoreApplication.translate(
                "live", "The host refused to let you join (%1): check the address and its token."
            )
            self._set_state("ended")
            self.failed.emit(text.replace("%1", reason))
            return
        message = QCoreApplication.translate(
            "live",
            "The host has ended or restarted the session. Your version of the map stays in this window; "
            "save it as a copy to keep it.",
        )
        self.ended.emit(message)
        self._set_state("ended")

    def _on_unreachable(self, reason: str) -> None:
        """Never connected after several attempts: a wrong address, or the host is not there."""
        self._renew.stop()
        self.connection.close(0.5)
        text = QCoreApplication.translate(
            "live", "Could not reach the host at %1 (%2). Check the address and the network."
        )
        self._set_state("ended")
        self.failed.emit(text.replace("%1", f"{self.address.host}:{self.address.port}").replace("%2", reason))

    # ------------------------------------------------------------------ presence
    @property
    def client_id(self) -> int:
        return self.ydoc.client_id

    def set_presence(self, **fields) -> None:
        """Change this person's presence (``selection`` card ids, ``editing`` a card id or None)."""
        state = dict(self.awareness.get_local_state() or {})
        if all(state.get(key) == value for key, value in fields.items()):
            return
        state.update(fields)
        self.awareness.set_local_state(state)
        self._send_presence()

    def people(self) -> list[dict]:
        """Everyone in the session with a presence, this person first: name, colour, selection, editing."""
        result = []
        for client, state in sorted(self.awareness.states.items(), key=lambda item: item[0] != self.client_id):
            user = state.get("user") if isinstance(state, dict) else None
            if not isinstance(user, dict):  # the room's own presence, or a client that says nothing about itself
                continue
            result.append(
                {
                    "client": client,
                    "me": client == self.client_id,
                    "name": str(user.get("name") or QCoreApplication.translate("live", "Someone")),
                    "color": str(user.get("color") or "#888888"),
                    "selection": [s for s in state.get("selection") or [] if isinstance(s, str)],
                    "editing": state.get("editing") if isinstance(state.get("editing"), str) else None,
                }
            )
        return result

    def _send_presence(self) -> None:
        update = self.awareness.encode_awareness_update([self.client_id])
        self.connection.send(create_awareness_message(update))

    def _on_awareness(self, topic: str, _changes) -> None:
        if topic == "change":
            self.peopleChanged.emit()

    def _renew_presence(self) -> None:
        state = self.awareness.get_local_state()
        if state is not None:
            self.awareness.set_local_state(state)
            self._send_presence()
        now = int(time.time() * 1000)
        gone = [
            client
            for client, meta in self.awareness.meta.items()
            if client != self.client_id and client in self.awareness.states and now - meta["lastUpdated"] > OUTDATED_MS
        ]
        if gone:
            self.awareness.remove_awareness_states(gone, "timeout")

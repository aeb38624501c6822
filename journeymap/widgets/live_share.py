"""The Share menu of a window: host or join a live session, and everything the session shows.

Hosting starts a room seeded from this window's map (on the room's network, or this
computer only) and joins it like any guest. A guest's window shows the session's map
as an untitled copy: Save saves a copy, and leaving keeps the map as it was. The
status bar says whether the session is live or reconnecting; other people's selections
are outlined on the canvas in their colours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from ..editor.items.presence import PresenceItem
from .settings import settings

if TYPE_CHECKING:  # pragma: no cover
    from ..live.address import LiveAddress
    from ..live.server import LiveServer
    from ..live.session import LiveSession
    from .main_window import MainWindow

COLORS = ("#E15759", "#4E79A7", "#59A14F", "#B07AA1", "#F28E2B", "#76B7B2", "#9C755F", "#EDC948")
HOST_SAVE_MS = 1200  # the host's file follows the session within two seconds
PRESENCE_POLL_MS = 400


def person_color(name: str) -> str:
    import hashlib

    return COLORS[hashlib.sha1(name.encode("utf-8")).digest()[0] % len(COLORS)]


def user_name() -> str:
    stored = settings().value("live/name", "", str)
    if stored:
        return stored
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no such user in the password database
        return "Journeymap"


def bind_choices() -> list[tuple[str, str]]:
    """Who can join, as (what the host reads, the address to listen on): each network of this computer, or only it."""
    from PySide6.QtCore import QCoreApplication

    from ..live.lan import lan_addresses

    choices = [
        (QCoreApplication.translate("LiveShare", "Anyone on the network at %1").replace("%1", ip), ip)
        for ip in lan_addresses()
    ]
    choices.append((QCoreApplication.translate("LiveShare", "Only this computer (127.0.0.1)"), "127.0.0.1"))
    return choices


def bind_address() -> str:
    """Where a host listens: the choice made last time while it still exists, else the first network."""
    stored = settings().value("live/bind", "", str)
    binds = [bind for _, bind in bind_choices()]
    if stored in binds or stored in ("0.0.0.0", "::"):
        return stored
    return binds[0]


class LiveShare(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.server: LiveServer | None = None
        self.session: LiveSession | None = None
        self.shown_address: LiveAddress | None = None
        self.dialog = None
        self.presence = PresenceItem()
        self._shown: tuple = ()
        self._last_selection: list[str] = []
        actions = window.share_actions  # the Share menu, made with the window
        self.host_action, self.join_action, self.leave_action = actions["host"], actions["join"], actions["leave"]
        self.status = QLabel(window)
        self.status.setObjectName("live_status")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self._save_timer = QTimer(self, singleShot=True, interval=HOST_SAVE_MS, timeout=self._save_host_file)
        self._presence_timer = QTimer(self, interval=PRESENCE_POLL_MS, timeout=self._send_presence)
        window.installEventFilter(self)

    def _update_actions(self) -> None:
        live = self.session is not None
        self.host_action.setText(self.tr("Live Session &Address…") if self.server else self.tr("&Host Live Session…"))
        self.host_action.setEnabled(not live or self.server is not None)
        self.join_action.setEnabled(not live)
        self.leave_action.setEnabled(live)
        self.leave_action.setText(self.tr("&Stop Sharing") if self.server else self.tr("&Leave Live Session"))

    # ------------------------------------------------------------------ hosting
    def host(self) -> bool:
        if self.server is not None:
            self.show_host_dialog()
            return True
        from ..live.address import LiveAddress
        from ..live.host import start_room
        from ..live.lan import ANY, address_to_show

        bind = bind_address()
        try:
            self.server = start_room(self.window.document, bind)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Could not host a live session"),
                self.tr("Journeymap could not listen on %1: %2").replace("%1", bind).replace("%2", str(exc)),
            )
            return False
        address = self.server.address
        self.shown_address = LiveAddress(address_to_show(bind), address.port, address.room, address.token)
        local = LiveAddress("127.0.0.1" if bind in ANY else bind, address.port, address.room, address.token)
        self._start_session(local, guest=False)
        self.show_host_dialog()
        return True

    def show_host_dialog(self) -> None:
        from .live_dialogs import HostDialog

        self._shown = ()  # the dialog's list is filled afresh
        if self.dialog is None:
            where = (
                self.tr("Only this computer can join: the session listens on 127.0.0.1.")
                if self.shown_address.host.startswith("127.")
                else self.tr("Anyone on this network who has the address can join.")
            )
            self.dialog = HostDialog(self.shown_address, where, bind_choices(), self.server.address.host, self.window)
            self.dialog.stopRequested.connect(self.leave)
            self.dialog.bindChosen.connect(self._rebind)
        self._show_people()
        self.dialog.show()
        self.dialog.raise_()

    def _rebind(self, bind: str) -> None:
        """Listen elsewhere (another network, or this computer only): a new session, as nobody has joined yet."""
        if self.server is None or bind == self.server.address.host:
            return
        if self.others_connected():
            QMessageBox.information(
                self.window,
                self.tr("Live Session"),
                self.tr("Others have joined already. Stop sharing first to change who can join."),
            )
            self.dialog.show_bind(self.server.address.host)
            return
        settings().setValue("live/bind", bind)
        self.leave()
        self.host()

    # ------------------------------------------------------------------ joining
    def ask_to_join(self) -> None:
        from .live_dialogs import JoinDialog

        dialog = JoinDialog(user_name(), self.window)
        if dialog.exec() and dialog.address is not None:
            settings().setValue("live/name", dialog.name())
            self.join(dialog.address)

    def join(self, address: LiveAddress | str) -> None:
        """Join in this window when its map is untouched, else in a new window."""
        if isinstance(address, str):
            from ..live.address import parse_address  # not at start-up: only a session needs it

            address = parse_address(address)
        target = self.window
        if not target.controller.is_untouched() or self.session is not None:
            from .new_maps import new_map
            from .windows import show_document

            target = show_document(new_map(), None, reuse=None)
        target.live_share._start_session(address, guest=True)

    # ------------------------------------------------------------------ the session
    def _start_session(self, address: LiveAddress, guest: bool) -> None:
        from ..live.session import LiveSession

        name = user_name()
        self.guest = guest
        session = LiveSession(address, self.window.editor, {"name": name, "color": person_color(name)}, self)
        self.session = session
        session.stateChanged.connect(self._show_state)
        session.ready.connect(self._on_ready)
        session.peopleChanged.connect(self._show_people)
        session.problem.connect(self._on_problem)
        session.ended.connect(self._on_ended)
        session.failed.connect(lambda message: QTimer.singleShot(0, lambda: self._could_not_join(message)))
        self.window.undo_stack.indexChanged.connect(self._on_local_change)
        self.window.editor.documentReplaced.connect(self._on_map_replaced)
        session.start()
        self._show_state("connecting")
        self._update_actions()

    def _on_ready(self) -> None:
        binding = self.session.binding
        binding.remoteApplied.connect(self._on_remote_change)
        binding.undoConflict.connect(self.window.show_status)
        if self.guest:
            self.window.controller.set_path(None)  # the guest's map is a copy: Save asks where
            self.window.undo_stack.resetClean()
            title = self.window.document.info.title
            self.window.view.fit_map()
            self.window.show_status(self.tr("Joined the live session on “%1”.").replace("%1", title))
        if self.presence.scene() is not self.window.scene:
            self.window.scene.addItem(self.presence)
        self._presence_timer.start()

    def _on_remote_change(self) -> None:
        scene = self.window.scene
        if self._last_selection and not scene.selected_card_ids():  # a peer reshaped the grid: the canvas was rebuilt
            for card_id in self._last_selection:
                item = scene.card_items.get(card_id)
                if item is not None:
                    item.setSelected(True)
        stack = self.window.undo_stack
        if stack.isClean():
            stack.resetClean()  # a peer's change is unsaved here too: closing asks, a recovery copy is kept
        self.window.autosave.note_change()
        self._show_people()
        self._on_local_change()

    def _on_local_change(self, *_args) -> None:
        if self.server is not None and self.window.controller.path:
            if not self._save_timer.isActive():
                self._save_timer.start()

    def _save_host_file(self) -> None:
        controller = self.window.controller
        if self.server is not None and controller.path and not self.window.undo_stack.isClean():
            controller.save()

    def _on_problem(self, message: str) -> None:
        self.window.show_status(message)

    def _could_not_join(self, message: str) -> None:
        """Joining failed before the map arrived: say so once, and leave nothing running."""
        if self.session is None or self.session.binding is not None:
            return
        self.leave()
        QMessageBox.warning(self.window, self.tr("Could not join the live session"), message)

    def _on_ended(self, message: str) -> None:
        self._show_state("ended")
        answer = QMessageBox.question(
            self.window,
            self.tr("The live session has ended"),
            message,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Save,
        )
        self.leave()
        if answer == QMessageBox.StandardButton.Save:
            self.window.controller.save_as()

    def _show_state(self, state: str) -> None:
        texts = {
            "connecting": self.tr("Live: connecting…"),
            "live": self.tr("● Live"),
            "reconnecting": self.tr("Live: reconnecting… (your changes are kept and sent when the network is back)"),
            "ended": self.tr("Live session ended"),
        }
        text = texts.get(state)
        if state == "live" and self.session is not None:
            count = len(self.session.people())
            text = self.tr("● Live: %n person(s)", None, count)
        self.status.setText(text or "")
        self.status.setVisible(bool(text))
        self.status.setStyleSheet("color: #1E7B34;" if state == "live" else "color: #B3261E;")

    def _show_people(self) -> None:
        if self.session is None:
            return
        people = self.session.people()
        if self.session.state == "live":
            self._show_state("live")
        others = [p for p in people if not p["me"]]
        scene = self.window.scene

        def card_rect(card_id: str):
            item = scene.card_items.get(card_id)
            return item.scene_rect() if item is not None else None

        shown = (
            tuple((p["name"], p["color"], tuple(p["selection"]), p["editing"], p["me"]) for p in people),
            tuple((c, card_rect(c).getRect() if card_rect(c) else None) for p in others for c in p["selection"]),
        )
        if shown == self._shown:  # polled several times a second: repaint only when something moved
            return
        self._shown = shown
        self.presence.set_people(others, card_rect)
        if self.dialog is not None:
            document = self.window.document
            self.dialog.show_people(
                people, lambda card_id: document.card(card_id).title if document.has_card(card_id) else card_id
            )

    def _send_presence(self) -> None:
        if self.session is None:
            return
        scene = self.window.scene
        selection = scene.selected_card_ids()
        self._last_selection = list(selection)
        editing = selection[0] if len(selection) == 1 and getattr(scene, "_editor", None) is not None else None
        if editing is None and len(selection) == 1 and self._inspector_has_focus():
            editing = selection[0]
        self.session.set_presence(selection=list(selection), editing=editing)
        self._show_people()  # the cards may have moved under the outlines

    def _inspector_has_focus(self) -> bool:
        focus = self.window.focusWidget()
        dock = self.window.inspector_dock
        return focus is not None and dock.isAncestorOf(focus)

    def _on_map_replaced(self, _document) -> None:
        """Another map opened in this window: the session's map is no longer shown here."""
        if self.session is not None:
            self.leave()

    # ------------------------------------------------------------------ leaving
    def others_connected(self) -> int:
        if self.session is None:
            return 0
        return len([p for p in self.session.people() if not p["me"]])

    def leave(self) -> None:
        self._presence_timer.stop()
        if self.session is not None:
            try:
                self.window.undo_stack.indexChanged.disconnect(self._on_local_change)
                self.window.editor.documentReplaced.disconnect(self._on_map_replaced)
            except (RuntimeError, TypeError):
                pass
            self.session.leave()
            self.session.deleteLater()
            self.session = None
        if self.server is not None:
            if self._save_timer.isActive():
                self._save_timer.stop()
                self._save_host_file()
            self.server.stop()
            self.server = None
        if self.presence.scene() is not None:
            self.presence.scene().removeItem(self.presence)
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.status.hide()
        self._update_actions()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.server is not None:
            others = self.others_connected()
            if others:
                answer = QMessageBox.question(
                    self.window,
                    self.tr("People are still in your live session"),
                    self.tr("%n person(s) still edit this map with you. Closing stops the session for everyone; "
                            "each keeps a copy of the map as it is now. Stop sharing and close?", None, others),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return True
        return False



"""Share → Host / Join in real windows on loopback: the map, presence, saving, closing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from journeymap.io.journey_file import load_map, save_map
from journeymap.widgets.main_window import MainWindow
from journeymap.widgets.new_maps import new_map
from journeymap.widgets.settings import settings
from tests.factories import small_map

WAIT_MS = 5000


@pytest.fixture
def host_window(qtbot, tmp_path):
    settings().setValue("live/bind", "127.0.0.1")
    settings().setValue("live/name", "Host")
    path = tmp_path / "workshop.journey"
    save_map(small_map(), path)
    window = MainWindow(load_map(path), str(path))
    qtbot.addWidget(window)
    window.show()
    assert window.live_share.host()
    qtbot.waitUntil(lambda: window.live_share.session.state == "live", timeout=WAIT_MS)
    yield window
    window.live_share.leave()


def _guest(qtbot, host_window) -> MainWindow:
    settings().setValue("live/name", "Dana")
    guest = MainWindow(new_map(), None)
    qtbot.addWidget(guest)
    guest.show()
    guest.live_share.join(host_window.live_share.shown_address.link())
    qtbot.waitUntil(lambda: guest.live_share.session.state == "live", timeout=WAIT_MS)
    return guest


def test_host_dialog_shows_the_address_a_qr_code_and_the_people(qtbot, host_window):
    dialog = host_window.live_share.dialog
    link = dialog.link_field.text()
    assert link.startswith("journeymap://127.0.0.1:") and "?token=" in link
    assert not dialog.qr_label.pixmap().isNull()
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == link
    guest = _guest(qtbot, host_window)
    qtbot.waitUntil(lambda: dialog.people_list.count() == 2, timeout=WAIT_MS)
    assert "Host" in dialog.people_list.item(0).text() and "Dana" in dialog.people_list.item(1).text()
    guest.live_share.leave()
    qtbot.waitUntil(lambda: dialog.people_list.count() == 1, timeout=WAIT_MS)


def test_a_guest_sees_the_map_and_edits_reach_the_host_file(qtbot, host_window):
    guest = _guest(qtbot, host_window)
    assert guest.document == host_window.document
    assert guest.controller.path is None  # the guest's map is a copy
    guest.editor.set_properties("card", "web-ad", {"title": "Dana's card"})
    qtbot.waitUntil(lambda: host_window.document.card("web-ad").title == "Dana's card", timeout=WAIT_MS)
    path = host_window.controller.path
    qtbot.waitUntil(lambda: load_map(path).card("web-ad").title == "Dana's card", timeout=WAIT_MS)
    assert guest.undo_stack.canUndo() and not host_window.undo_stack.canUndo()


def test_presence_outlines_the_guests_selection_on_the_hosts_canvas(qtbot, host_window):
    guest = _guest(qtbot, host_window)
    guest.scene.card_items["web-buy"].setSelected(True)
    presence = host_window.live_share.presence
    qtbot.waitUntil(lambda: [m.label for m in presence.marks()] == ["Dana"], timeout=WAIT_MS)
    assert presence.marks()[0].rect == host_window.scene.card_items["web-buy"].scene_rect()


def test_closing_the_host_with_guests_asks_first(qtbot, host_window, dialogs):
    _guest(qtbot, host_window)
    qtbot.waitUntil(lambda: host_window.live_share.others_connected() == 1, timeout=WAIT_MS)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    host_window.close()
    assert not host_window.closed and host_window.live_share.server is not None
    assert dialogs.calls[-1][1] == "People are still in your live session"


def test_a_guest_is_told_when_the_host_stops(qtbot, host_window, dialogs):
    guest = _guest(qtbot, host_window)
    host_window.live_share.leave()
    qtbot.waitUntil(lambda: guest.live_share.status.text().startswith("Live: reconnecting"), timeout=WAIT_MS)
    assert guest.document.has_card("web-ad")  # nothing is lost while the host is away


def test_a_guests_save_writes_a_copy_and_the_host_file_stays_the_map(qtbot, host_window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    guest = _guest(qtbot, host_window)
    copy = tmp_path / "my copy.journey"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or (str(copy), ""))
    assert guest.controller.save()
    assert asked and load_map(copy).cards() == host_window.document.cards()
    assert host_window.controller.path != str(copy)


def test_a_guest_leaving_keeps_the_map(qtbot, host_window):
    guest = _guest(qtbot, host_window)
    host_window.editor.set_properties("card", "web-ad", {"title": "Before Dana left"})
    qtbot.waitUntil(lambda: guest.document.card("web-ad").title == "Before Dana left", timeout=WAIT_MS)
    guest.live_share.leave()
    host_window.editor.set_properties("card", "web-ad", {"title": "After Dana left"})
    qtbot.wait(300)
    assert guest.document.card("web-ad").title == "Before Dana left"
    assert guest.isWindowModified()  # closing asks whether to save the copy


def test_joining_a_host_that_is_not_there_says_so_once(qtbot, dialogs):
    import socket

    with socket.socket() as probe:  # a free port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window = MainWindow(new_map(), None)
    qtbot.addWidget(window)
    window.live_share.join(f"journeymap://127.0.0.1:{port}/map-1a2b3c4d?token=abcdefghijklmnopqrstuvwx")
    qtbot.waitUntil(lambda: window.live_share.session is None, timeout=15000)
    assert [title for _, title, _ in dialogs.calls] == ["Could not join the live session"]
    assert "127.0.0.1" in dialogs.calls[0][2]


def test_a_wrong_token_is_refused_with_a_message(qtbot, host_window, dialogs):
    from dataclasses import replace

    window = MainWindow(new_map(), None)
    qtbot.addWidget(window)
    window.live_share.join(replace(host_window.live_share.shown_address, token="x" * 24))
    qtbot.waitUntil(lambda: window.live_share.session is None, timeout=WAIT_MS)
    assert dialogs.calls[-1][1] == "Could not join the live session" and "token" in dialogs.calls[-1][2]


def test_a_peers_new_lane_rebuilds_the_guests_canvas(qtbot, host_window):
    from journeymap.editor.commands import AddStructureCommand
    from journeymap.model import Lane

    guest = _guest(qtbot, host_window)
    guest.scene.card_items["web-buy"].setSelected(True)
    qtbot.wait(500)  # the selection is noticed
    assert host_window.editor.apply(AddStructureCommand(host_window.document, Lane("l-email", "Email", "email"), 1))
    qtbot.waitUntil(lambda: guest.document.has_id("l-email"), timeout=WAIT_MS)
    assert len(guest.scene.card_items) == guest.document.card_count() and "l-email" in guest.scene.header_items
    assert guest.scene.cell_rect(guest.document.steps()[0].id, "l-email").height() > 0
    assert guest.scene.selected_card_ids() == ["web-buy"]  # the rebuilt canvas keeps the selection


def test_the_host_chooses_who_can_join(qtbot, host_window, monkeypatch):
    from journeymap.widgets import live_share

    monkeypatch.setattr(live_share, "bind_choices", lambda: [("Network", "127.0.0.2"), ("Only", "127.0.0.1")])
    host_window.live_share.leave()
    assert host_window.live_share.host()
    dialog = host_window.live_share.dialog
    assert dialog.bind_box.currentData() == "127.0.0.1"
    old_link = dialog.link_field.text()
    dialog.bind_box.activated.emit(0)
    qtbot.waitUntil(lambda: host_window.live_share.session is not None
                    and host_window.live_share.session.state == "live", timeout=WAIT_MS)
    new = host_window.live_share.dialog
    assert new.link_field.text().startswith("journeymap://127.0.0.2:") and new.link_field.text() != old_link
    assert settings().value("live/bind") == "127.0.0.2"


def test_a_restarted_host_is_told_and_the_guest_saves_a_copy(qtbot, host_window, dialogs, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from journeymap.live.host import start_room

    guest = _guest(qtbot, host_window)
    guest.editor.set_properties("card", "web-ad", {"title": "Dana's version"})
    qtbot.waitUntil(lambda: host_window.document.card("web-ad").title == "Dana's version", timeout=WAIT_MS)
    port = host_window.live_share.server.address.port
    host_window.live_share.leave()
    restarted = start_room(small_map(), port=port)  # the same place, a new session and token
    copy = tmp_path / "dana.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    dialogs.answer = QMessageBox.StandardButton.Save
    try:
        qtbot.waitUntil(lambda: copy.exists(), timeout=WAIT_MS * 2)
    finally:
        restarted.stop()
    assert dialogs.calls[-1][1] == "The live session has ended"
    assert load_map(copy).card("web-ad").title == "Dana's version"
    assert guest.live_share.session is None

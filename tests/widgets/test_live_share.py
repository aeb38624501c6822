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

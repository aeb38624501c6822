"""A room on loopback with two or three sessions in this process: edits, presence, security, reconnection."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from journeymap.editor.map_editor import MapEditor
from journeymap.live.address import LiveAddress
from journeymap.live.host import start_room
from journeymap.live.schema import read_document
from journeymap.live.session import LiveSession
from journeymap.model import JourneyDocument
from tests.factories import small_map

from .proxy import Relay

WAIT_MS = 5000


class Person:
    def __init__(self, address: LiveAddress, name: str, document: JourneyDocument | None = None) -> None:
        self.document = document or JourneyDocument()
        self.stack = QUndoStack()
        self.editor = MapEditor(self.document, self.stack)
        self.session = LiveSession(address, self.editor, {"name": name, "color": "#E15759"})
        self.problems: list[str] = []
        self.session.problem.connect(self.problems.append)
        self.session.start()


@pytest.fixture
def room(qapp):
    server = start_room(small_map())
    people: list[Person] = []

    def join(name: str, document=None, address=None) -> Person:
        person = Person(address or server.address, name, document)
        people.append(person)
        return person

    yield server, join
    for person in people:
        person.session.leave()
    server.stop()


def _live(qtbot, *people: Person) -> None:
    qtbot.waitUntil(lambda: all(p.session.state == "live" for p in people), timeout=WAIT_MS)


def test_three_people_see_each_others_edits(qtbot, room):
    server, join = room
    host = join("Host", small_map())
    dana, eli = join("Dana"), join("Eli")
    _live(qtbot, host, dana, eli)
    assert dana.document == host.document and eli.document == host.document
    dana.editor.set_properties("card", "web-ad", {"title": "Dana was here"})
    eli.editor.set_properties("card", "web-buy", {"title": "Eli too"})
    qtbot.waitUntil(
        lambda: [host.document.card(c).title for c in ("web-ad", "web-buy")] == ["Dana was here", "Eli too"],
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: dana.document == eli.document == host.document, timeout=WAIT_MS)
    room_map = server.call(lambda: read_document(server.room.ydoc))
    assert room_map == host.document


def test_presence_names_selection_and_editing(qtbot, room):
    _server, join = room
    host, dana = join("Host", small_map()), join("Dana")
    _live(qtbot, host, dana)
    dana.session.set_presence(selection=["web-ad"], editing="web-ad")

    def dana_seen():
        others = [p for p in host.session.people() if not p["me"]]
        return others and others[0]["name"] == "Dana" and others[0]["editing"] == "web-ad"

    qtbot.waitUntil(dana_seen, timeout=WAIT_MS)
    dana.session.leave()
    qtbot.waitUntil(lambda: [p["name"] for p in host.session.people()] == ["Host"], timeout=WAIT_MS)


def test_a_connection_without_the_token_is_refused(qtbot, room):
    server, _join = room
    address = server.address
    wrong = LiveAddress(address.host, address.port, address.room, "x" * 24)
    for url in (wrong.websocket_url(), f"ws://{address.host}:{address.port}/{address.room}"):
        with pytest.raises(InvalidStatus) as refused:
            asyncio.run(_connect_only(url))
        assert refused.value.response.status_code == 403


async def _connect_only(url: str) -> None:
    async with connect(url, open_timeout=3):
        pass


def test_a_malformed_peer_is_disconnected_and_the_room_lives(qtbot, room):
    server, join = room
    host = join("Host", small_map())
    _live(qtbot, host)

    async def send_garbage() -> str:
        async with connect(server.address.websocket_url(), open_timeout=3) as websocket:
            await websocket.recv()  # the room's first sync step
            await websocket.send(b"\x00\x02\x05garbage")
            try:
                while True:
                    await asyncio.wait_for(websocket.recv(), 3)
            except ConnectionClosed as closed:
                return str(closed.rcvd.code if closed.rcvd else "")

    assert asyncio.run(send_garbage()) == "1003"
    dana = join("Dana")
    _live(qtbot, dana)
    host.editor.set_properties("map", None, {"title": "Still alive"})
    qtbot.waitUntil(lambda: dana.document.info.title == "Still alive", timeout=WAIT_MS)


def test_offline_edits_merge_when_the_network_returns(qtbot, room):
    server, join = room
    relay = Relay(server.address.port)
    try:
        host = join("Host", small_map())
        dana = join("Dana", address=replace(server.address, port=relay.port))
        _live(qtbot, host, dana)
        relay.cut()
        qtbot.waitUntil(lambda: dana.session.state == "reconnecting", timeout=WAIT_MS)
        dana.editor.set_properties("card", "web-ad", {"title": "Edited offline"})
        host.editor.set_properties("card", "web-buy", {"title": "Host meanwhile"})
        qtbot.wait(300)
        assert host.document.card("web-ad").title == "Sees an ad"  # really cut off
        relay.restore()
        qtbot.waitUntil(lambda: dana.session.state == "live", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: host.document.card("web-ad").title == "Edited offline", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: dana.document.card("web-buy").title == "Host meanwhile", timeout=WAIT_MS)
        assert dana.document == host.document
    finally:
        relay.close()


def test_a_restarted_host_ends_the_session_for_the_guest(qtbot, qapp):
    server = start_room(small_map())
    dana = Person(server.address, "Dana")
    ended: list[str] = []
    dana.session.ended.connect(ended.append)
    states: list[str] = []
    dana.session.stateChanged.connect(states.append)
    qtbot.waitUntil(lambda: dana.session.state == "live", timeout=WAIT_MS)
    port = server.address.port
    server.stop()
    qtbot.waitUntil(lambda: "reconnecting" in states, timeout=WAIT_MS)
    restarted = start_room(small_map(), port=port)  # a new session: a new token
    try:
        qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
        assert dana.session.state == "ended"
        assert dana.document.has_card("web-ad")  # the guest's version stays
    finally:
        dana.session.leave()
        restarted.stop()

"""Size limits: a first sync far over websockets' default 1 MiB goes through; a frame over the cap does not."""

from __future__ import annotations

import asyncio

from pycrdt import Doc, Map, create_update_message
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from journeymap.live import server as server_module
from journeymap.live.host import start_room
from journeymap.model import Card
from tests.factories import small_map

from .test_session import WAIT_MS, Person


def _big_map():
    doc = small_map()
    text = "Long notes from the workshop wall. " * 120  # about 4 KB a card
    doc.add_cards(Card(f"big-{n}", "st-a1", "l-act", f"Card {n}", description=text) for n in range(400))
    return doc


def test_a_first_sync_over_one_mebibyte_reaches_the_guest(qtbot, qapp):
    doc = _big_map()
    server = start_room(doc)
    guest = Person(server.address, "Dana")
    try:
        qtbot.waitUntil(lambda: guest.session.state == "live", timeout=WAIT_MS * 3)
        assert len(guest.session.ydoc.get_update()) > 1024 * 1024
        assert guest.document.card_count() == doc.card_count()
    finally:
        guest.session.leave()
        server.stop()


def test_a_frame_over_the_cap_closes_that_connection_only(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(server_module, "MAX_FRAME_BYTES", 64 * 1024)
    server = start_room(small_map())
    dana = Person(server.address, "Dana")
    try:
        qtbot.waitUntil(lambda: dana.session.state == "live", timeout=WAIT_MS)
        ydoc = Doc()
        with ydoc.transaction():
            ydoc.get("extra", type=Map)["x-blob"] = "x" * 200_000
        big = create_update_message(ydoc.get_update())

        async def send_big() -> int | None:
            async with connect(server.address.websocket_url(), open_timeout=3, max_size=None) as websocket:
                await websocket.recv()
                await websocket.send(big)
                try:
                    while True:
                        await asyncio.wait_for(websocket.recv(), 3)
                except ConnectionClosed as closed:
                    return closed.rcvd.code if closed.rcvd else None

        assert asyncio.run(send_big()) == 1009  # message too big
        dana.editor.set_properties("card", "web-ad", {"title": "The room lives"})
        eli = Person(server.address, "Eli")
        qtbot.waitUntil(lambda: eli.session.state == "live", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: eli.document.card("web-ad").title == "The room lives", timeout=WAIT_MS)
        assert "x-blob" not in eli.document.extra
        eli.session.leave()
    finally:
        dana.session.leave()
        server.stop()


def test_a_room_refuses_more_data_than_it_accepts_in_its_lifetime(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(server_module, "MAX_ROOM_BYTES", 50_000)
    server = start_room(small_map())
    try:
        ydoc = Doc()
        with ydoc.transaction():
            ydoc.get("extra", type=Map)["x-blob"] = "x" * 60_000

        async def send() -> int | None:
            async with connect(server.address.websocket_url(), open_timeout=3) as websocket:
                await websocket.recv()
                await websocket.send(create_update_message(ydoc.get_update()))
                try:
                    while True:
                        await asyncio.wait_for(websocket.recv(), 3)
                except ConnectionClosed as closed:
                    return closed.rcvd.code if closed.rcvd else None

        assert asyncio.run(send()) == 1003
        assert "x-blob" not in server.call(lambda: server.room.ydoc.get("extra", type=Map).to_py() or {})
    finally:
        server.stop()

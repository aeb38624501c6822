"""The host's room: pycrdt-websocket's ``WebsocketServer`` behind a ``websockets`` server, in a worker thread.

The room is seeded once from the host's map and kept when the last person leaves
(``auto_clean_rooms=False``). The thread runs its own asyncio loop and owns the room's
Doc; nothing here touches Qt. Every connection must name the room with its token; every
message is checked before the room sees it (``protocol.check_message``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from http import HTTPStatus

from pycrdt import Doc
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from .address import LiveAddress, check_path
from .protocol import MAX_FRAME_BYTES, MAX_ROOM_BYTES, BadMessage, check_message

log = logging.getLogger("journeymap.live")
START_TIMEOUT_S = 10.0


class _Channel:
    """One peer's websocket as pycrdt's ``Channel``: checked messages in, bytes out."""

    def __init__(self, connection: ServerConnection, room_path: str, budget: list[int]) -> None:
        self._connection = connection
        self._path = room_path
        self._budget = budget  # [bytes the room may still accept]: shared by every channel of the room

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self):
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None

    async def recv(self) -> bytes:
        message = await self._connection.recv(decode=False)
        if isinstance(message, str):
            return await self._refuse("a text frame")
        try:
            size = check_message(message)
        except BadMessage as exc:
            return await self._refuse(str(exc))
        if size > self._budget[0]:
            return await self._refuse("more data than a room accepts")
        self._budget[0] -= size
        return message

    async def _refuse(self, problem: str) -> bytes:
        log.warning("closing a connection that sent %s", problem)
        await self._connection.close(1003, "malformed message")
        raise StopAsyncIteration

    async def send(self, message: bytes) -> None:
        try:
            await self._connection.send(message)
        except ConnectionClosed:
            pass


class LiveServer:
    """A room on ``address.host``:``address.port`` (port 0: any free port), started and stopped from any thread."""

    def __init__(self, address: LiveAddress, seed_update: bytes, on_change: Callable[[Doc], None] | None = None):
        self.address = address
        self._seed = seed_update
        self._on_change = on_change
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._started = threading.Event()
        self._error: BaseException | None = None
        self.room: YRoom | None = None
        self.peer_count = 0

    # ------------------------------------------------------------------ from any thread
    def start(self) -> LiveAddress:
        """Bind and serve; returns the address with the real port. Raises ``OSError`` when it cannot bind."""
        self._thread = threading.Thread(target=self._run, name="journeymap-live-server", daemon=True)
        self._thread.start()
        if not self._started.wait(START_TIMEOUT_S):
            raise OSError("the session did not start within ten seconds")
        if self._error is not None:
            raise self._error
        return self.address

    def stop(self, timeout: float = 5.0) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(stop.set)
            except RuntimeError:  # the loop ended meanwhile
                pass
        if self._thread is not None:
            self._thread.join(timeout)

    def call(self, function: Callable[[], object], timeout: float = 10.0):
        """Run ``function`` on the server's thread (where the room's Doc lives) and return its result."""
        if self._loop is None:
            raise RuntimeError("the session is not running")

        async def run():
            return function()

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(timeout)

    # ------------------------------------------------------------------ the worker thread
    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # noqa: BLE001 - reported to the thread that started us
            self._error = _os_error_in(exc) or OSError(str(exc))
            self._started.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        ydoc = Doc()
        ydoc.apply_update(self._seed)
        self._seed = b""
        websocket_server = WebsocketServer(auto_clean_rooms=False, exception_handler=_log_exception, log=log)
        async with websocket_server:
            room = YRoom(ready=True, ydoc=ydoc, exception_handler=_log_exception, log=log)
            websocket_server.rooms[self.address.room] = room
            await websocket_server.start_room(room)
            self.room = room
            if self._on_change is not None:
                subscription = ydoc.observe(lambda _event: self._on_change(ydoc))
            budget = [MAX_ROOM_BYTES]

            async def handler(connection: ServerConnection) -> None:
                self.peer_count += 1
                try:
                    await websocket_server.serve(_Channel(connection, self.address.room, budget))
                finally:
                    self.peer_count -= 1

            async with serve(
                handler,
                self.address.host,
                self.address.port,
                process_request=self._check_request,
                max_size=MAX_FRAME_BYTES,
                ping_interval=10,
                ping_timeout=20,
            ) as server:
                port = server.sockets[0].getsockname()[1]
                self.address = LiveAddress(self.address.host, port, self.address.room, self.address.token)
                self._started.set()
                await self._stop.wait()
                server.close()
            if self._on_change is not None:
                ydoc.unobserve(subscription)

    def _check_request(self, connection: ServerConnection, request):
        if not check_path(request.path, self.address):
            return connection.respond(HTTPStatus.FORBIDDEN, "This session needs its address with the token.\n")
        return None


def _os_error_in(exc: BaseException) -> OSError | None:
    """The OSError (a port in use, an address not on this computer) inside the task groups' wrapping."""
    if isinstance(exc, OSError):
        return exc
    for inner in getattr(exc, "exceptions", ()):
        found = _os_error_in(inner)
        if found is not None:
            return found
    return None


def _log_exception(exception: Exception, logger: logging.Logger) -> bool:
    logger.warning("live session: %s", exception)
    return True

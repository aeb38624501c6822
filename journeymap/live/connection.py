"""A peer's websocket to the host, in a worker thread that only moves bytes.

Frames come in as the ``received`` signal (delivered on the GUI thread, where the Doc
lives); ``send`` hands frames to the thread. When the network drops, the thread tries
again with a growing pause until ``close``; the session's sync on every reconnection
merges what was edited meanwhile. A host that answers with a refusal (the token is
not, or no longer, valid: the host restarted) ends the attempts.
"""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtCore import QObject, Signal
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from .address import LiveAddress
from .protocol import MAX_FRAME_BYTES

RETRY_PAUSES_S = (0.3, 0.6, 1.0, 2.0, 3.0)  # then every 3 s
FIRST_ATTEMPTS = 6  # about 7 s: a host that was never reached is not retried for ever
OPEN_TIMEOUT_S = 5.0
_CLOSE = object()


class LiveConnection(QObject):
    opened = Signal()
    received = Signal(bytes)
    lost = Signal(str)  # the network dropped: trying again
    refused = Signal(str)  # the host said no: no more attempts
    unreachable = Signal(str)  # never connected in FIRST_ATTEMPTS tries: no more attempts
    finished = Signal()

    def __init__(self, address: LiveAddress, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue | None = None
        self._ready = threading.Event()
        self._closing = False

    def open(self) -> None:
        self._thread = threading.Thread(target=self._run, name="journeymap-live-client", daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def send(self, frame: bytes) -> None:
        self._put(frame)

    def close(self, timeout: float = 3.0) -> None:
        """Send what is queued, close the connection and end the thread."""
        self._closing = True
        self._put(_CLOSE)
        if self._thread is not None:
            self._thread.join(timeout)

    def _put(self, item) -> None:
        loop, queue = self._loop, self._queue
        if loop is None or queue is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(queue.put_nowait, item)
        except RuntimeError:  # the loop has just ended
            pass

    # ------------------------------------------------------------------ the worker thread
    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        finally:
            self.finished.emit()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue()
        self._ready.set()
        attempt = 0
        opened_once = False
        while not self._closing:
            try:
                async with connect(
                    self.address.websocket_url(),
                    max_size=MAX_FRAME_BYTES,
                    open_timeout=OPEN_TIMEOUT_S,
                    ping_interval=5,
                    ping_timeout=10,
                    compression=None,
                ) as websocket:
                    attempt = 0
                    opened_once = True
                    _drain(self._queue)  # frames from while offline: the sync on opening covers them
                    self.opened.emit()
                    await self._serve(websocket)
            except InvalidStatus as exc:
                self.refused.emit(f"HTTP {exc.response.status_code}")
                return
            except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError) as exc:
                if self._closing:
                    return
                reason = str(exc) or type(exc).__name__
                if not opened_once and attempt + 1 >= FIRST_ATTEMPTS:
                    self.unreachable.emit(reason)
                    return
                self.lost.emit(reason)
            if self._closing:
                return
            await self._pause(RETRY_PAUSES_S[min(attempt, len(RETRY_PAUSES_S) - 1)])
            attempt += 1

    async def _serve(self, websocket) -> None:
        async def read() -> None:
            async for frame in websocket:
                if isinstance(frame, bytes):
                    self.received.emit(frame)

        async def write() -> None:
            while True:
                frame = await self._queue.get()
                if frame is _CLOSE:
                    await websocket.close()
                    return
                await websocket.send(frame)

        tasks = [asyncio.ensure_future(read()), asyncio.ensure_future(write())]
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        for task in done:
            task.result()  # a lost connection raises here
        if not self._closing:
            raise ConnectionClosed(None, None)

    async def _pause(self, seconds: float) -> None:
        """Wait before the next attempt; a close meanwhile ends the wait."""
        try:
            item = await asyncio.wait_for(self._queue.get(), seconds)
        except TimeoutError:
            return
        if item is _CLOSE:
            self._closing = True


def _drain(queue: asyncio.Queue) -> None:
    kept = []
    while not queue.empty():
        item = queue.get_nowait()
        if item is _CLOSE:
            kept.append(item)
    for item in kept:
        queue.put_nowait(item)

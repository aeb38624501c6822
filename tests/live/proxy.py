"""A TCP relay on 127.0.0.1 whose cable a test can pull: the network dropping, then coming back."""

from __future__ import annotations

import asyncio
import threading


class Relay:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._up = True
        self._ready = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)
        self._thread.start()
        self._ready.wait(5)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        await self._stop.wait()
        self._server.close()

    async def _relay(self, reader, writer) -> None:
        if not self._up:
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))

        async def pipe(source, sink) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    def _call(self, function) -> None:
        done = threading.Event()

        def run() -> None:
            function()
            done.set()

        self._loop.call_soon_threadsafe(run)
        done.wait(5)

    def cut(self) -> None:
        """Drop every connection and refuse new ones, as a lost network would."""
        def cut() -> None:
            self._up = False
            for writer in self._writers:
                writer.transport.abort()
            self._writers.clear()

        self._call(cut)

    def restore(self) -> None:
        self._call(lambda: setattr(self, "_up", True))

    def close(self) -> None:
        self._call(self._stop.set)
        self._thread.join(5)

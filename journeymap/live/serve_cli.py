"""``journeymap serve FILE [--host ADDR] [--port N]``: host a live session without a window.

For a machine in the corner of the workshop room. The first line of output is the
address to join. FILE is the map: it is saved atomically within two seconds of each
change, and once more on SIGTERM or Ctrl+C, after which the command exits 0.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from dataclasses import replace

from ..cli import command
from ..i18n import QT_TRANSLATE_NOOP, arg, translate
from ..io.errors import FormatError, SaveError

QUIET_S = 0.4  # a save waits for this pause in the changes...
LATEST_S = 1.5  # ...but never longer than this after the first unsaved change
POLL_S = 0.1


def _configure(parser: argparse.ArgumentParser) -> None:
    share = translate("cli", "the .journey file to share (saved as it changes)")
    parser.add_argument("file", metavar="FILE", help=share)
    listen = translate("cli", "the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: the network)")
    parser.add_argument("--host", default="127.0.0.1", metavar="ADDR", help=listen)
    port = translate("cli", "the port to listen on (default: any free port)")
    parser.add_argument("--port", type=int, default=0, metavar="N", help=port)


class _Saver:
    """Writes the room's map to FILE when it changed: soon after each change, and at the end."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.first_change = 0.0
        self.last_change = 0.0
        self.lock = threading.Lock()

    def changed(self, _ydoc) -> None:  # on the server's thread, inside the Doc's commit: only note the time
        now = time.monotonic()
        with self.lock:
            self.first_change = self.first_change or now
            self.last_change = now

    def due(self) -> bool:
        now = time.monotonic()
        with self.lock:
            if not self.first_change:
                return False
            return now - self.last_change >= QUIET_S or now - self.first_change >= LATEST_S

    def save(self, server) -> None:
        from ..io.journey_file import save_map
        from .schema import read_document

        with self.lock:
            if not self.first_change:
                return
            self.first_change = self.last_change = 0.0
        try:
            doc = server.call(lambda: read_document(server.room.ydoc, self.path))
            save_map(doc, self.path)
        except (FormatError, SaveError) as exc:
            print("journeymap:", arg(translate("cli", "not saved: %1"), exc), file=sys.stderr, flush=True)


@command("serve", QT_TRANSLATE_NOOP("cli", "host a live session on a map without a window"), _configure)
def _serve(args: argparse.Namespace) -> int:
    from ..io.journey_file import load_map
    from .host import start_room
    from .lan import address_to_show

    try:
        doc = load_map(args.file)
    except FormatError as exc:
        print("journeymap:", exc, file=sys.stderr)
        return 1
    if not 0 <= args.port <= 65535:
        message = translate("cli", "--port must be between 0 and 65535, not %1")
        print("journeymap:", arg(message, args.port), file=sys.stderr)
        return 2
    saver = _Saver(args.file)
    try:
        server = start_room(doc, args.host, args.port, on_change=saver.changed)
    except OSError as exc:
        message = translate("cli", "cannot listen on %1 port %2: %3")
        print("journeymap:", arg(message, args.host, args.port, exc.strerror or exc), file=sys.stderr)
        return 1
    shown = replace(server.address, host=address_to_show(args.host))
    print(shown.link(), flush=True)
    print(arg(translate("cli", "Sharing %1; Ctrl+C stops."), args.file), file=sys.stderr, flush=True)
    return _run_until_stopped(server, saver)


def _run_until_stopped(server, saver: _Saver) -> int:
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.is_set():
            stop.wait(POLL_S)
            if saver.due():
                saver.save(server)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        saver.save(server)
        server.stop()
    return 0

"""Live-session figures: ``python -m bench.live [--size M] [--repeat N]`` (loopback only).

- ``live_latency_ms``: a command on one peer until the change is in the other peer's
  document (target: p95 <= 50 ms);
- ``live_join_s``: a guest window joining until it shows the map, against ``live_open_s``,
  opening the same file in a window in the same process (target: <= 1.5 x);
- ``live_sync_bytes`` and ``live_file_bytes``: the first sync a guest receives, against the
  size of the .journey file.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LATENCY_SAMPLES = 60
TIMEOUT_S = 30.0


def _until(condition, timeout: float = TIMEOUT_S) -> float:
    """Process Qt events until ``condition()``; returns the seconds it took."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the live session did not answer in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
    return time.perf_counter() - start


def _peer(address, name: str, document):
    from PySide6.QtGui import QUndoStack

    from journeymap.editor.map_editor import MapEditor
    from journeymap.live.session import LiveSession

    editor = MapEditor(document, QUndoStack())
    session = LiveSession(address, editor, {"name": name, "color": "#4E79A7"})
    session.start()
    _until(lambda: session.state == "live")
    return editor, session


def latency(doc, server) -> list[float]:
    from journeymap.io.journey_file import load_map  # noqa: F401 - warms the reader like a real guest
    from journeymap.model import JourneyDocument

    host, host_session = _peer(server.address, "Host", doc)
    guest, guest_session = _peer(server.address, "Guest", JourneyDocument())
    cards = [card.id for card in doc.cards()]
    times = []
    try:
        for n in range(LATENCY_SAMPLES):
            card_id = cards[(n * 37) % len(cards)]
            title = f"Changed live {n}"
            start = time.perf_counter()
            host.set_properties("card", card_id, {"title": title})
            _until(lambda card_id=card_id, title=title: guest.document.card(card_id).title == title)
            times.append((time.perf_counter() - start) * 1000)
    finally:
        host_session.leave()
        guest_session.leave()
    return times


def join_and_open(path: Path, server, repeat: int) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    from journeymap.io.journey_file import load_map
    from journeymap.widgets.main_window import MainWindow
    from journeymap.widgets.new_maps import new_map

    app = QApplication.instance()
    joins, opens = [], []
    cards = load_map(path).card_count()
    for _ in range(repeat):  # in turns, so a busy spell weighs on both alike
        start = time.perf_counter()
        window = MainWindow(load_map(path), str(path))
        window.show()
        _until(lambda w=window: len(w.scene.card_items) == cards)
        app.processEvents()
        opens.append(time.perf_counter() - start)
        window.undo_stack.setClean()
        window.close()

        window = MainWindow(new_map(), None)
        window.show()
        app.processEvents()
        start = time.perf_counter()
        window.live_share.join(server.address)
        _until(lambda w=window: w.live_share.session.state == "live" and len(w.scene.card_items) == cards)
        app.processEvents()
        joins.append(time.perf_counter() - start)
        window.live_share.leave()
        window.undo_stack.setClean()
        window.close()
    return {"live_join_s": joins, "live_open_s": opens}


def live_figures(doc, folder: Path, repeat: int) -> dict[str, list[float]]:
    from journeymap.io.journey_file import save_map
    from journeymap.live.host import start_room
    from journeymap.live.schema import seed

    path = folder / "live.journey"
    save_map(doc, path)
    server = start_room(doc)
    try:
        figures = {"live_latency_ms": latency(doc, server)}
        figures.update(join_and_open(path, server, repeat))
    finally:
        server.stop()
    figures["live_sync_bytes"] = [float(len(seed(doc, "room")[0].get_update()))]
    figures["live_file_bytes"] = [float(path.stat().st_size)]
    return figures


def in_own_process(size: str, repeat: int) -> dict[str, list[float]]:
    """The figures measured by a fresh process, as a peer of a workshop is one.

    Measured inside the benchmark's own process, after its windows, scenes and exports, the
    latency's p95 took the leftovers' event processing (70 ms against 4 ms alone).
    """
    import json
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jm-bench-live-") as tmp:
        out = Path(tmp) / "live.json"
        subprocess.run([sys.executable, "-m", "bench.live", "--size", size, "--repeat", str(repeat),
                        "--json", str(out)], check=True, cwd=Path(__file__).resolve().parent.parent,
                       stdout=subprocess.DEVNULL)
        return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    import json
    import tempfile

    from PySide6.QtWidgets import QApplication

    from bench.generate import generate
    from bench.run import summarise
    from journeymap.editor.fonts import register_fonts

    parser = argparse.ArgumentParser(description="Live-session figures")
    parser.add_argument("--size", default="M", choices=("S", "M", "L"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", metavar="OUT", help="write the raw figures as JSON")
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    register_fonts()
    with tempfile.TemporaryDirectory(prefix="jm-bench-live-") as tmp:
        figures = live_figures(generate(args.size), Path(tmp), args.repeat)
    if args.json:
        Path(args.json).write_text(json.dumps(figures), encoding="utf-8")
    for key, values in figures.items():
        result = summarise(values)
        print(f"{args.size} {key:18} median {result['median']:12.4f}   p95 {result['p95']:12.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The measurements of one map size, each returning a list of seconds (or ms) over repeated runs.

Everything runs on the offscreen platform in this process, except the start-up and
memory figures, which need a fresh process each time (``open_probe.py``).
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VIEW_SIZE = (1920, 1080)


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


# ----------------------------------------------------------------------------- files
def file_figures(doc, folder: Path, repeat: int) -> dict[str, list[float]]:
    from journeymap.io.journey_file import load_map, save_map
    from journeymap.io.journey_format import document_to_data

    path = folder / "map.journey"
    save_times = timed(lambda: save_map(doc, path), repeat)
    load_times = timed(lambda: load_map(path), repeat)
    data = document_to_data(doc)
    floor = timed(lambda: json.loads(json.dumps(data, ensure_ascii=False, indent=2)), repeat)
    return {"save_s": save_times, "load_s": load_times, "floor_json_s": floor}


# ----------------------------------------------------------------------------- scene and view
def scene_figures(doc, repeat: int) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from journeymap.editor.scene import JourneyScene
    from journeymap.editor.view import JourneyView

    app = QApplication.instance()
    scenes = []

    def build():
        scene = JourneyScene(doc, QUndoStack())
        app.processEvents()
        scenes.append(scene)

    build_times = timed(build, repeat)
    for scene in scenes[:-1]:
        scene.set_document(type(doc)())  # let go of the document's listeners
    scene = scenes[-1]
    view = JourneyView(scene)
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()
    view.fit_map()
    app.processEvents()
    viewport = view.viewport()
    repaint = [t * 1000 for t in timed(viewport.repaint, max(repeat, 10))]
    return {"scene_build_s": build_times, "repaint_ms": repaint, "_view": view, "_scene": scene}


def drag_figures(view, scene, doc, cards: int) -> list[float]:
    """Per-step times (ms) of a 200-step drag of ``cards`` selected cards, at 100 % zoom."""
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    view.actual_size()
    ordered = [c.id for c in doc.cards()]
    middle = ordered[len(ordered) // 2]
    item = scene.card_items[middle]
    centre = item.sceneBoundingRect().center()

    def distance(card_id: str) -> float:
        offset = scene.card_items[card_id].sceneBoundingRect().center() - centre
        return offset.x() ** 2 + offset.y() ** 2

    # the cards a rubber band around the dragged card would take: its nearest neighbours
    chosen = sorted(ordered, key=distance)[:cards]
    view.centerOn(item)
    app.processEvents()
    scene.clearSelection()
    scene.select_ids(chosen)
    viewport = view.viewport()
    start = view.mapFromScene(item.sceneBoundingRect().center())

    def send(kind, pos: QPoint, buttons) -> None:
        button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
        global_pos = viewport.mapToGlobal(pos)
        event = QMouseEvent(kind, QPointF(pos), QPointF(global_pos), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    paints = _PaintCounter(viewport)
    held = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, start, held)
    app.processEvents()
    frames = []
    for step in range(1, 201):
        pos = QPoint(start.x() + step * 3, start.y() + (step % 40))
        before = paints.count
        t0 = time.perf_counter()
        send(QEvent.Type.MouseMove, pos, held)
        app.processEvents()  # the scene's pending changes, then the view repaints what they touched
        if paints.count == before:  # never time a step whose paint has not happened yet
            viewport.repaint()
        frames.append((time.perf_counter() - t0) * 1000)
    send(QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton)
    app.processEvents()
    paints.stop()
    scene.undo_stack.undo() if scene.undo_stack.canUndo() else None
    app.processEvents()
    return frames


class _PaintCounter:
    """Counts the paint events a widget receives (to prove each drag step was painted)."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self
        self.count = 0

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
                if obj is widget and event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self._widget = widget
        self._filter = Filter()
        widget.installEventFilter(self._filter)

    def stop(self) -> None:
        self._widget.removeEventFilter(self._filter)


# ----------------------------------------------------------------------------- floors drawn with plain QPainter
def plain_drawing(painter, n_rects: int, width: int, height: int) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor("#8EC5FF"))
    cols = max(1, int((n_rects * width / height) ** 0.5))
    w = width / cols
    h = height / max(1, (n_rects + cols - 1) // cols)
    for i in range(n_rects):
        rect = QRectF((i % cols) * w, (i // cols) * h, w * 0.9, h * 0.9)
        painter.drawRect(rect)
        painter.drawText(rect, "Compares prices and reads reviews")


def floor_paint(n_rects: int, repeat: int) -> list[float]:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(*VIEW_SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    def paint():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plain_drawing(painter, n_rects, *VIEW_SIZE)
        painter.end()

    return [t * 1000 for t in timed(paint, max(repeat, 10))]


def floor_png(n_rects: int, width: int, height: int, folder: Path, repeat: int) -> list[float]:
    from PySide6.QtGui import QImage, QPainter

    def make():
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(width / VIEW_SIZE[0], height / VIEW_SIZE[1])
        plain_drawing(painter, n_rects, *VIEW_SIZE)
        painter.end()
        image.save(str(folder / "floor.png"))

    return timed(make, repeat)


def floor_xlsx(n_cells: int, folder: Path, repeat: int) -> list[float]:
    from openpyxl import Workbook

    def write():
        wb = Workbook()
        ws = wb.active
        row = []
        for i in range(n_cells):
            row.append(f"cell {i}")
            if len(row) == 12:
                ws.append(row)
                row = []
        if row:
            ws.append(row)
        wb.save(folder / "floor.xlsx")

    return timed(write, repeat)


# ----------------------------------------------------------------------------- exports
PNG_SCALE = 2.0  # slide resolution, unless the picture would pass the product's size limit


def png_scale(doc) -> float:
    """2x, or the largest scale (in hundredths) the PNG export accepts for this map.

    A map of 1,000 cards is about 8,700 x 5,000 scene units: at 2x that is 174 million
    pixels, over the 150 million a picture may have, so the export would refuse it.
    """
    import math

    from journeymap.io.pictures.frame import build_frame
    from journeymap.io.pictures.options import PictureOptions
    from journeymap.io.pictures.png import MAX_PIXELS, MAX_SIDE
    from journeymap.io.pictures.source import scene_for

    with scene_for(doc) as scene:
        frame = build_frame(scene, PictureOptions())
    width, height = frame.width + 1, frame.height + 1  # pixel sizes are rounded up
    fits = min(PNG_SCALE, MAX_SIDE / max(width, height), math.sqrt(MAX_PIXELS / (width * height)))
    return math.floor(fits * 100) / 100


def export_figures(doc, folder: Path, repeat: int, scale: float = PNG_SCALE) -> dict[str, list[float]]:
    from journeymap.io.export_formats import ExportOptions, FormatUnavailable, format_named

    figures: dict[str, list[float]] = {}
    for name, options in (
        ("png", ExportOptions(scale=scale)),
        ("svg", ExportOptions()),
        ("pdf", ExportOptions()),
        ("xlsx", ExportOptions()),
    ):
        try:
            fmt = format_named(name)
        except FormatUnavailable:
            continue
        target = folder / f"map.{name}"
        figures[f"export_{name}_s"] = timed(functools.partial(fmt.export, doc, target, options, None), repeat)
    return figures


def png_size(folder: Path) -> tuple[int, int] | None:
    """Width and height from the PNG's header (Pillow refuses to open the L picture: the
    map inside it is a text chunk over Pillow's 1 MB limit for text)."""
    import struct

    path = folder / "map.png"
    if not path.exists():
        return None
    with path.open("rb") as handle:
        head = handle.read(24)
    if len(head) < 24 or head[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


# ----------------------------------------------------------------------------- fresh processes
def _probe(args: list[str]) -> dict:
    """One fresh process, with settings and data folders of its own (no recovery copies to offer)."""
    with tempfile.TemporaryDirectory(prefix="jm-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        env["XDG_DATA_HOME"] = os.path.join(home, "data")
        start = time.time()
        out = subprocess.run(
            [sys.executable, str(HERE / "open_probe.py"), *args], capture_output=True, text=True, env=env, timeout=600
        )
    if out.returncode != 0:
        raise RuntimeError(f"open probe failed: {out.stderr.strip()[-400:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["open_s"] = result["painted_at"] - start
    return result


def open_figures(path: Path, folder: Path, repeat: int, scale: float = PNG_SCALE) -> dict[str, list[float]]:
    opens, floors = [], []
    for _ in range(repeat):  # taken in turns, so a busy spell on a shared machine weighs on both alike
        opens.append(_probe([str(path)])["open_s"])
        floors.append(_probe(["--bare"])["open_s"])
    rss = _probe([str(path), "--export", str(folder), "--scale", f"{scale:g}"])["rss_mb"]
    return {"open_s": opens, "floor_open_s": floors, "peak_rss_mb": [rss]}

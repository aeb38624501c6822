"""Frozen headers: a repaint of a map scrolled to its middle, where the stage, step and lane
headers are drawn frozen at the window's edges (``frozen_repaint_ms``), against the same
repaint with the frozen copies left out (``floor_frozen_ms``), at 100 % zoom.
Run alone: ``python bench/frozen_figures.py`` (size M).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def figures(doc, repeat: int) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from bench.measure import VIEW_SIZE, timed
    from journeymap.editor import view as view_module
    from journeymap.editor.scene import JourneyScene
    from journeymap.editor.view import JourneyView

    app = QApplication.instance()
    scene = JourneyScene(doc, QUndoStack())
    view = JourneyView(scene)
    view.resize(*VIEW_SIZE)
    view.show()
    view.actual_size()
    rect = scene.map_rect()
    view.centerOn(rect.center())
    app.processEvents()
    viewport = view.viewport()
    count = max(repeat, 10)
    frozen = [t * 1000 for t in timed(viewport.repaint, count)]
    drawn = view_module.paint_frozen_headers
    view_module.paint_frozen_headers = lambda *args: False
    try:
        floor = [t * 1000 for t in timed(viewport.repaint, count)]
    finally:
        view_module.paint_frozen_headers = drawn
    view.close()
    scene.detach()
    return {"frozen_repaint_ms": frozen, "floor_frozen_ms": floor}


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate
    from journeymap.editor.fonts import register_fonts

    QApplication.instance() or QApplication([])
    register_fonts()
    for key, values in figures(generate("M"), 10).items():
        values = sorted(values)
        print(f"{key}: median {values[len(values) // 2]:.2f} ms, p95 {values[int(len(values) * 0.95) - 1]:.2f} ms")


if __name__ == "__main__":
    main()

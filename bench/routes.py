"""Routing figures: what a drop costs now that every connection is routed through the gutters.

``reroute_ms``: applying the geometry after one card moved to another cell (the layout, the
routes of every connection, the captions of those whose route changed), at 100 %; its floor,
``floor_layout_ms``, is the layout pass alone, which every change pays. Run alone at size M
with ``python bench/routes.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def route_figures(doc, repeat: int) -> dict[str, list[float]]:
    from PySide6.QtGui import QUndoStack

    from journeymap.editor.layout import compute_layout
    from journeymap.editor.scene import JourneyScene

    scene = JourneyScene(doc, QUndoStack())
    cards = doc.cards()
    card = cards[len(cards) // 2]
    steps = [step.id for step in doc.steps()]
    there = (card.step, card.lane)
    elsewhere = (steps[(steps.index(card.step) + 1) % len(steps)], card.lane)
    reroute, layout = [], []
    for run in range(max(repeat, 10)):
        step, lane = elsewhere if run % 2 == 0 else there
        doc.move_cards([(card.id, step, lane, None)])
        t0 = time.perf_counter()
        scene.apply_geometry()
        reroute.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        compute_layout(doc, scene.measure)
        layout.append((time.perf_counter() - t0) * 1000)
    scene.detach()
    return {"reroute_ms": reroute, "floor_layout_ms": layout}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate
    from journeymap.editor.fonts import register_fonts

    QApplication.instance() or QApplication([])
    register_fonts()
    for key, values in route_figures(generate("M"), 10).items():
        print(f"M {key:16} median {statistics.median(values):8.2f}   max {max(values):8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

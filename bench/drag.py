"""The drag figures alone: ``python bench/drag.py [--size M] [--repeat N]``.

``drag_frame_ms`` and ``drag20_frame_ms`` as ``bench/run.py`` measures them (each step of a
200-step drag of one card, and of twenty, timed from the mouse move to its paint), without the
rest of the benchmark: a change to what a drag does can be measured in a minute. Each repeat
drags again on the same view; the p95 is over all steps of all repeats.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from bench import measure
    from bench.generate import generate
    from journeymap.editor.fonts import register_fonts

    parser = argparse.ArgumentParser(description="Journeymap drag figures")
    parser.add_argument("--size", default="M", help="S, M or L (default M)")
    parser.add_argument("--repeat", type=int, default=3, help="drags of each kind (default 3)")
    args = parser.parse_args(argv)
    QApplication.instance() or QApplication([])
    register_fonts()
    doc = generate(args.size.upper())
    part = measure.scene_figures(doc, 1)
    view, scene = part["_view"], part["_scene"]
    for key, cards in (("drag_frame_ms", 1), ("drag20_frame_ms", 20)):
        frames: list[float] = []
        for _ in range(args.repeat):
            frames += measure.drag_figures(view, scene, doc, cards)
        print(f"{args.size.upper()} {key:16} median {statistics.median(frames):6.2f}   p95 {_p95(frames):6.2f}")
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Open a map in a 1600 x 1000 canvas view, fit it, and save a screenshot.

    python tools/screenshot.py MAP.journey OUT.png [--width 1600 --height 1000] [--actual]

Works on the offscreen platform (QWidget.grab), so it runs without a display.
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map")
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--actual", action="store_true", help="100% zoom at the map's start instead of fitting")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from journeymap.editor.fonts import register_fonts
    from journeymap.editor.scene import JourneyScene
    from journeymap.editor.view import JourneyView
    from journeymap.io.journey_file import load_map

    register_fonts()
    doc = load_map(args.map)
    stack = QUndoStack()
    scene = JourneyScene(doc, stack)
    view = JourneyView(scene)
    view.resize(args.width, args.height)
    view.show()
    app.processEvents()
    if args.actual:
        view.actual_size()
        rect = scene.map_rect()
        view.centerOn(rect.right() - args.width / 2 if doc.info.direction == "rtl" else args.width / 2, args.height / 2)
    else:
        view.fit_map()
    app.processEvents()
    ok = view.grab().save(args.out)
    print(f"{args.out}: {'saved' if ok else 'FAILED'} (zoom {view.zoom_factor():.2f})")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Open a map in the whole editor window, in a chosen interface language, and save a screenshot.

    python tools/interface_screenshot.py MAP.journey OUT.png [--lang he] [--actual] [--width 1600 --height 1000]

Runs on whatever platform Qt is given (under Xvfb: a real X window; without a display:
offscreen). Settings go to a throw-away folder, so the screenshot shows a first start.
With --actual the map is shown at 100 % from its reading start (the right edge of a
right-to-left map), where the text can be judged.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map")
    parser.add_argument("out")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--actual", action="store_true", help="100% zoom at the map's reading start")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)
    os.environ["HOME"] = os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="journeymap-shot-")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from journeymap.widgets.app import create_application, open_first_window

    app = create_application(args.lang)
    window = open_first_window(args.map)
    window.resize(args.width, args.height)
    result = {}

    def place() -> None:
        view = window.view
        if args.actual:
            view.actual_size()
            rect = window.scene.map_rect()
            width, height = view.viewport().width(), view.viewport().height()
            rtl = window.document.info.direction == "rtl"
            view.centerOn(rect.right() - width / 2 if rtl else width / 2, height / 2)
        else:
            view.fit_map()

    def shoot() -> None:
        result["ok"] = window.grab().save(args.out)
        QApplication.quit()

    QTimer.singleShot(600, place)
    QTimer.singleShot(1500, shoot)
    app.exec()
    print(f"{args.out}: {'saved' if result.get('ok') else 'FAILED'}")
    return 0 if result.get("ok") else 1


if __name__ == "__main__":
    raise SystemExit(main())

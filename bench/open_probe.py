"""Run in a fresh process by the benchmark: start, show a window, report when it is first painted.

``python bench/open_probe.py FILE``      the real editor start-up path on FILE
``python bench/open_probe.py --bare``    a bare QApplication with one empty QMainWindow (the floor)
``--export DIR``                         after the first paint, export PNG (2x) and Excel into DIR
``--scale X``                            the PNG's scale instead of 2x (a big map at 2x is too large)

Prints one JSON line: the wall-clock time of the first finished paint, and the peak RSS.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _watch_first_paint(app, widget, done) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and obj is widget:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, done)  # runs once this paint has finished
            return False

    # on the widget alone: a filter on the application would hand every event of every
    # object to Python, which makes a Python wrapper (and its enum classes) for each
    watcher = FirstPaint(app)
    widget.installEventFilter(watcher)


def main() -> int:
    args = sys.argv[1:]
    export_dir = None
    if "--export" in args:
        export_dir = args[args.index("--export") + 1]
    scale = float(args[args.index("--scale") + 1]) if "--scale" in args else 2.0
    result: dict = {}
    if "--bare" in args:
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1920, 1080)
        target = window
    else:
        from journeymap.collector import pause_until_first_window

        pause_until_first_window()  # as the journeymap command does before its imports
        from journeymap.widgets.app import after_first_window, create_application, open_first_window

        app = create_application(None)
        window = open_first_window(args[0])
        after_first_window(window)  # as run_editor does
        window.resize(1920, 1080)
        target = window.view.viewport()

    def painted() -> None:
        result["painted_at"] = time.time()
        if export_dir:
            from journeymap.io.export_formats import ExportOptions, format_named

            doc = window.document
            format_named("png").export(doc, _path(export_dir, "map.png"), ExportOptions(scale=scale), None)
            format_named("xlsx").export(doc, _path(export_dir, "map.xlsx"), ExportOptions(), None)
        app.quit()

    _watch_first_paint(app, target, painted)
    window.show()
    app.exec()
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
    return 0


def _path(folder: str, name: str):
    from pathlib import Path

    return Path(folder) / name


if __name__ == "__main__":
    sys.exit(main())

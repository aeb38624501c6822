"""Screenshots of the live-workshop features for docs/screenshots/.

    xvfb-run -s "-screen 0 1920x1080x24" python tools/workshop_screenshots.py [OUT_DIR]

Opens the online-purchase template in the main window and saves: presentation mode
(whole map, one stage, larger text), the persona filter (one persona, all personas),
the keyboard shortcuts overlay, the Hebrew map presented right to left, and the map
the docs/shortcuts.md walk-through types with the keyboard only. Uses QWidget.grab, so it also runs offscreen.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv: list[str]) -> int:
    out = argv[0] if argv else "docs/screenshots"
    os.makedirs(out, exist_ok=True)
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from journeymap.io.templates import load_template
    from journeymap.widgets.main_window import MainWindow

    def settle(ms: int = 400) -> None:
        QTest.qWait(ms)

    def save(widget, name: str) -> None:
        path = os.path.join(out, name)
        ok = widget.grab().save(path)
        print(f"{path}: {'saved' if ok else 'FAILED'} {widget.width()}x{widget.height()}")

    def key(k, mods=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(window.view, k, mods)
        settle()

    window = MainWindow(load_template("online-purchase"))
    window.resize(1600, 960)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    settle(600)

    def full_screen() -> None:
        """Without a window manager (bare Xvfb) a full-screen request is ignored: size the window by hand."""
        screen = window.screen().geometry()
        if window.geometry() != screen:
            window.setGeometry(screen)
        settle(300)
        window.presentation.go_to_stage(window.presentation.stage_index, animate=False)
        settle(100)

    # the editing window with a persona chosen in the toolbar
    window.persona_combo.setCurrentIndex(1)
    layout = window.scene.layout
    purchase = layout.stages[window.document.stages()[2].id]
    emotion = layout.rows[layout.emotion_lane]
    # lane headers to the end of Purchase, title to the emotion lane: readable at this size
    left, top = layout.corner.x - 16, layout.title.y
    shown = QRectF(left, top, purchase.right - left, emotion.bottom - top + 8)
    window.view.fitInView(shown, Qt.AspectRatioMode.KeepAspectRatio)
    window.view.zoomChanged.emit(window.view.zoom_factor())
    settle()
    save(window, "persona-filter-window.png")
    window.view.fit_map()

    # presentation: whole map with every persona's curve, then one stage, larger text, one persona
    window.persona_combo.setCurrentIndex(0)
    key(Qt.Key.Key_F5)
    full_screen()
    save(window, "presentation-whole-map.png")
    key(Qt.Key.Key_PageDown)
    key(Qt.Key.Key_PageDown)
    save(window, "presentation-stage.png")
    key(Qt.Key.Key_T)
    save(window, "presentation-large-text.png")
    key(Qt.Key.Key_T)
    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_P)
    save(window, "presentation-persona.png")
    key(Qt.Key.Key_P)
    key(Qt.Key.Key_P)
    key(Qt.Key.Key_P)
    key(Qt.Key.Key_Escape)
    settle(600)

    # keyboard entry and the shortcuts overlay
    window.view.fit_map()
    key(Qt.Key.Key_F1)
    save(window, "shortcuts-overlay.png")
    QTest.keyClick(window.shortcuts_overlay, Qt.Key.Key_Escape)

    # the Hebrew map, right to left: the second stage lies left of the first
    window.set_document(load_template("online-purchase-he"), None)
    settle()
    key(Qt.Key.Key_F5)
    full_screen()
    key(Qt.Key.Key_Left)
    key(Qt.Key.Key_Left)
    key(Qt.Key.Key_P)
    save(window, "presentation-rtl-persona.png")
    key(Qt.Key.Key_Escape)
    window.undo_stack.setClean()
    window.close()
    app.processEvents()
    walkthrough(out, save)
    return 0


def walkthrough(out: str, save) -> None:
    """The map the docs/shortcuts.md walk-through types into `blank`, with the next card being typed."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from journeymap.io.templates import load_template
    from journeymap.widgets.main_window import MainWindow
    from tests.widgets.walkthrough import WALKTHROUGH

    window = MainWindow(load_template("blank"))
    window.resize(1600, 960)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.qWait(300)
    for kind, value in WALKTHROUGH:
        if kind == "type":
            QTest.keyClicks(QApplication.focusWidget(), value)
            continue
        for name in value.split():
            sequence = QKeySequence(name)[0]
            QTest.keyClick(QApplication.focusWidget(), sequence.key(), sequence.keyboardModifiers())
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    QTest.keyClick(window.view, Qt.Key.Key_Left)
    QTest.keyClicks(window.view, "Typing the next card")
    window.view.fit_map()
    QTest.qWait(300)
    save(window, "walkthrough-result.png")
    window.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Starting the editor application: the QApplication, fonts, translation, the first window.

Users never see a traceback: a file that fails to load is reported in a dialog and
the editor opens a blank map instead, and any unexpected error reaches one
readable dialog (``show_unexpected_error``) while the editor keeps running.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..collector import cycle_collector_paused
from ..editor.fonts import register_fonts
from ..i18n import SOURCE_LANGUAGE, choose_language, is_rtl_language, use_language
from ..io.errors import FormatError
from ..io.journey_file import load_map
from ..io.templates import load_template
from .icons import icon
from .new_maps import new_map, sample_template
from .recent_files import add_recent_file
from .settings import APPLICATION, ORGANIZATION, remember_folder_of

_showing_error = False


def run_editor(path: str | None, lang: str | None = None, join: str | None = None) -> int:
    """``journeymap [FILE] [--lang he] [--join ADDRESS]``: open the editor and run until the last window closes."""
    app = create_application(lang)
    sys.excepthook = show_unexpected_error
    window = open_first_window(path)
    after_first_window(window)
    if join:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: window.live_share.join(join))
    try:
        return app.exec()
    finally:
        from .recovery_session import current_session

        current_session().close()  # a normal exit: no lock, no empty session folder left behind


def create_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("app"))
    app.setStyleSheet(QUIET_BUTTONS)
    # --lang is for this run only: the language kept for the next start is View → Language's.
    install_translator(app, choose_language(lang))
    register_fonts()
    return app


# The platform's style without the green and red icons some desktops put on dialog buttons.
# A style sheet rule, not a Python proxy style: the proxy's styleHint was called about
# 2,000 times while a window was built, each call converting its arguments to Python.
QUIET_BUTTONS = "QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }"


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Speak ``lang`` when a catalogue for it ships (True), else English (False).

    Qt's own strings (standard dialog buttons) are translated from Qt's bundled catalogue
    too, and a right-to-left language mirrors the whole interface.
    """
    in_use = use_language(lang or SOURCE_LANGUAGE)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_rtl_language(in_use) else Qt.LayoutDirection.LeftToRight
        )
    return in_use != SOURCE_LANGUAGE


def first_document(path: str | None):
    """The map the editor starts on: (document, path or None, the FormatError or None)."""
    if path:
        try:
            doc = load_map(path)
        except FormatError as exc:
            return new_map(), None, exc
        add_recent_file(path)
        remember_folder_of(path)
        return doc, path, None
    return load_template(sample_template()), None, None


def after_first_window(window) -> None:
    """Once the event loop runs: this process's recovery folder, then the maps a crash left
    unsaved are offered (and, in tests only, the test hook)."""
    from PySide6.QtCore import QTimer

    from .test_hook import schedule_test_hook

    def recovery() -> None:
        from .recovery_session import current_session, stale_recoveries

        current_session()  # this process's recovery folder is locked before any other looks for stale ones
        entries = stale_recoveries()
        if entries:  # the dialog's module (and its Qt classes) only when there is something to offer
            from .recovery_dialog import offer_recovery

            offer_recovery(window, entries)

    schedule_test_hook(window)
    QTimer.singleShot(0, recovery)


def open_first_window(path: str | None):
    """Show the first window: on FILE, or on the sample map as an untitled copy."""
    from .file_guard import confirm_open
    from .main_window import MainWindow

    if path and not confirm_open(path, None):  # open in another Journeymap process: the sample map instead
        path = None
    # What exists once the window is built (modules, the map, its canvas) lives as long as
    # the editor: the cycle collector never needs to walk it (0.2 s of the first paint of a
    # 10,000-card map, and 0.1 s at the end of building it).
    with cycle_collector_paused(keep=True):
        doc, opened, error = first_document(path)
        window = MainWindow(doc, opened)
    window.show()
    if error:
        from .open_error import show_open_error

        show_open_error(window, path, error)
    return window


def show_unexpected_error(exc_type, exc, tb) -> None:
    """The last resort for errors nothing else caught: one readable dialog, and keep running."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    traceback.print_exception(exc_type, exc, tb, file=sys.stderr)  # for whoever reads the terminal
    global _showing_error
    if _showing_error or QApplication.instance() is None:
        return
    _showing_error = True
    try:
        detail = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("app", "Something went wrong"),
            QCoreApplication.translate("app", "Journeymap could not finish that action:\n%1\n\nYour map is still open. "
               "If in doubt, save it under a new name.").replace("%1", detail),
        )
    finally:
        _showing_error = False

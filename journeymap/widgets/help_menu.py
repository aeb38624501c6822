"""Help → Getting Started and Help → About Journeymap (version, licence, the fonts' licence).

Both are written in the interface's language and point only at what ships inside the
program (the bundled font licence), never at a source checkout's docs folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from .. import __version__

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

LICENCE = QT_TRANSLATE_NOOP("HelpMenu", "Proprietary")  # pyproject.toml's licence
FONT_LICENCE_FILE = "OFL.txt"


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def font_licence_url() -> QUrl:
    from pathlib import Path

    return QUrl.fromLocalFile(str(Path(__file__).resolve().parent.parent / "assets" / "fonts" / FONT_LICENCE_FILE))


def about_text() -> str:
    lines = [
        f"<h3>Journeymap {__version__}</h3>",
        "<p>" + tr("A desktop editor for customer journey maps: stages, steps, lanes, touchpoints, "
                   "emotions and the paths customers take, in Hebrew and English.") + "</p>",
        "<p>" + tr("Licence: %1.").replace("%1", tr(LICENCE)) + "</p>",
        "<p>" + tr("Fonts: Noto Sans and Noto Sans Hebrew, under the SIL Open Font License 1.1 "
                   "(<a href=\"%1\">the licence text</a> ships with Journeymap).")
        .replace("%1", font_licence_url().toString()) + "</p>",
    ]
    return "".join(lines)


def getting_started_text() -> str:
    steps = [
        tr("<b>Start a map.</b> File → New gives a blank map with the usual five stages; "
           "File → New from Template starts from an example."),
        tr("<b>Type cards.</b> Move the focus frame with the arrow keys and start typing: a card "
           "is made in that cell. Enter finishes it, Ctrl+Enter starts another in the same cell."),
        tr("<b>Shape the grid.</b> The Map menu adds stages, steps and lanes; double-click a header "
           "to rename it. Drag cards and lanes to move them."),
        tr("<b>Say how customers feel.</b> Select cards and press 1–5 for the emotion, M for a "
           "moment of truth, C to connect one card to the next."),
        tr("<b>Show and share.</b> F5 presents the map stage by stage; File → Export writes a "
           "picture, a PDF or an Excel workbook."),
    ]
    items = "".join(f"<li>{step}</li>" for step in steps)
    footer = tr("Every key is listed under Help → Keyboard Shortcuts (F1).")
    heading = tr("Getting started")
    return f"<h3>{heading}</h3><ol>{items}</ol><p>{footer}</p>"


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, tr("About Journeymap"), about_text())


def show_getting_started(window: MainWindow) -> None:
    QMessageBox.information(window, tr("Getting Started"), getting_started_text())


def install_help(window: MainWindow, menu) -> None:
    """Getting Started first, About last (on macOS Qt moves About into the application menu)."""
    start = QAction(tr("&Getting Started"), window)
    start.setObjectName("action_getting_started")
    start.triggered.connect(lambda: show_getting_started(window))
    about = QAction(tr("&About Journeymap"), window)
    about.setObjectName("action_about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, start)
    menu.addSeparator()
    menu.addAction(about)

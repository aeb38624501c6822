"""Help: About (version, licence, the fonts' licence), Getting Started, and an F1 overlay that
never cuts a line and points at nothing an installed user lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel

from journeymap import __version__
from journeymap.widgets import app as app_module
from journeymap.widgets import help_menu


@pytest.fixture
def hebrew(qapp):
    assert app_module.install_translator(qapp, "he")
    yield
    app_module.install_translator(qapp, "en")


def test_about_names_version_licence_and_the_fonts_licence(window, monkeypatch):
    shown = []
    monkeypatch.setattr(help_menu.QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window.findChild(type(window.actions.new), "action_about").trigger()
    title, text = shown[0]
    assert title == "About Journeymap" and __version__ in text and "Proprietary" in text
    assert "SIL Open Font License 1.1" in text
    licence = Path(QUrl(help_menu.font_licence_url()).toLocalFile())
    assert licence.is_file() and "SIL OPEN FONT LICENSE" in licence.read_text(encoding="utf-8").upper()


def test_getting_started_in_hebrew(hebrew, window, dialogs):
    window.findChild(type(window.actions.new), "action_getting_started").trigger()
    kind, title, text = dialogs.calls[0]
    assert kind == "information" and title == "צעדים ראשונים" and "קובץ ← חדש" in text
    names = [a.objectName() for a in window.menus["help"].actions() if a.objectName()]
    assert names[0] == "action_getting_started" and names[-1] == "action_about"
    assert "action_keyboard_shortcuts" in names


@pytest.mark.parametrize("lang", ["en", "he"])
def test_the_shortcuts_overlay_cuts_no_line_at_1300_px(qapp, qtbot, lang):
    from journeymap.widgets.main_window import MainWindow
    from tests.factories import small_map

    app_module.install_translator(qapp, lang)
    try:
        win = MainWindow(small_map())
        qtbot.addWidget(win)
        win.resize(1300, 850)
        win.show()
        qtbot.waitExposed(win)
        overlay = win.shortcuts_overlay
        overlay.open_overlay()
        panel = overlay.panel
        qtbot.wait(50)
        assert panel.geometry().right() <= win.width() and panel.geometry().bottom() <= win.height()
        for label in panel.findChildren(QLabel):
            needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            assert label.sizeHint().width() <= label.width() or label.wordWrap(), label.text()
            assert needed <= label.height() + 1, label.text()
            right = label.mapTo(panel, label.rect().topRight()).x()
            assert right <= panel.width() and label.mapTo(panel, label.rect().topLeft()).x() >= 0, label.text()
        assert not any("docs/" in label.text() for label in panel.findChildren(QLabel))
    finally:
        app_module.install_translator(qapp, "en")

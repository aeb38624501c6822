"""The interface in Hebrew: translated menus and messages, a mirrored window, Hebrew new maps."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from journeymap.editor.commands import AddCardsCommand
from journeymap.model import Card
from journeymap.widgets import app as app_module
from tests.factories import small_map

HEBREW = re.compile("[\u0590-\u05ff]")
# Words that stay as they are in a Hebrew interface: names, keys, file types.
KEPT = re.compile(r"Journeymap|Ctrl|Shift|Alt|Tab|Enter|Escape|Del(ete)?|Space|Page(Up|Down)|Home|End|F\d+|PNG|English"
                  r"|Excel|CSV|\*\.\w+|docs/\S+")


@pytest.fixture
def hebrew(qapp):
    assert app_module.install_translator(qapp, "he")
    yield
    app_module.install_translator(qapp, "en")


@pytest.fixture
def hebrew_window(hebrew, qtbot):
    from journeymap.widgets.main_window import MainWindow

    win = MainWindow(small_map())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def untranslated(text: str) -> bool:
    """Latin words left over once the names that stay in Latin letters are taken out."""
    return bool(re.search("[A-Za-z]{2,}", KEPT.sub("", text)))


def test_window_is_mirrored_and_menus_are_hebrew(hebrew_window):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert hebrew_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [action.text() for action in hebrew_window.menuBar().actions()]
    assert titles[:4] == ["&קובץ", "&עריכה", "&תצוגה", "&מפה"]
    assert all(HEBREW.search(title) for title in titles)


def test_no_english_left_in_actions_menus_labels_and_tooltips(hebrew_window):
    win = hebrew_window
    win.analysis.dock.show()  # its widgets are made when it is first shown
    assert win.analysis.runner.wait_idle()
    texts = [(a.objectName(), a.text()) for a in win.findChildren(QAction) if a.text()]
    texts += [(a.objectName(), a.toolTip()) for a in win.findChildren(QAction) if a.toolTip()]
    texts += [(m.objectName(), m.title()) for m in win.findChildren(QMenu)]
    texts += [(label.objectName(), label.text()) for label in win.findChildren(QLabel) if label.text()]
    texts += [("dock", dock.windowTitle()) for dock in (win.palette_dock, win.inspector_dock, win.analysis.dock)]
    english = [(name, text) for name, text in texts if untranslated(text) and not name.startswith("action_language")]
    english = [(n, t) for n, t in english if n not in ("action_recent",) and "%" not in t]
    assert english == [], english


def test_undo_texts_use_hebrew_plural_forms(hebrew_window):
    doc = hebrew_window.document
    step, lane = doc.steps()[0].id, doc.lanes()[0].id
    one = AddCardsCommand(doc, [(Card(doc.new_id("card"), step, lane, "א"), None)])
    three = AddCardsCommand(doc, [(Card(doc.new_id("card"), step, lane, str(i)), None) for i in range(3)])
    assert one.text() == "הוספת כרטיס"
    assert three.text() == "הוספת 3 כרטיסים"
    hebrew_window.undo_stack.push(one)
    assert hebrew_window.actions.undo.text().startswith("בטל")


def test_new_blank_map_is_hebrew_and_right_to_left(hebrew):
    from journeymap.widgets.new_maps import new_map, sample_template

    doc = new_map()
    assert (doc.info.language, doc.info.direction) == ("he", "rtl")
    assert [s.name for s in doc.stages()] == ["מודעות", "שיקול", "רכישה", "שימור", "קידום"]
    assert all(HEBREW.search(lane.name) for lane in doc.lanes())
    assert all(HEBREW.search(step.name) for step in doc.steps())
    assert sample_template() == "online-purchase-he"
    from journeymap.widgets.new_maps import template_display_title

    assert template_display_title("blank") == doc.info.title == "מסע לקוח ללא שם"


def test_new_blank_map_stays_english_in_english(qapp):
    from journeymap.widgets.new_maps import new_map, sample_template

    doc = new_map()
    assert (doc.info.language, doc.info.direction) == ("en", "ltr")
    assert doc.stages()[0].name == "Awareness"
    assert sample_template() == "online-purchase"


def test_qt_standard_buttons_are_hebrew_too(hebrew):
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert HEBREW.search(box.button(QDialogButtonBox.StandardButton.Cancel).text())


def test_english_catalogue_gives_plural_forms_and_leaves_other_texts_alone(qapp):
    from PySide6.QtCore import QCoreApplication

    app_module.install_translator(qapp, "en")
    doc = small_map()
    step, lane = doc.steps()[0].id, doc.lanes()[0].id
    cards = [(Card(doc.new_id("card"), step, lane, str(i)), None) for i in range(3)]
    assert AddCardsCommand(doc, cards).text() == "Add 3 cards"
    assert AddCardsCommand(doc, cards[:1]).text() == "Add 1 card"
    assert QCoreApplication.translate("kinds", "Touchpoint") == "Touchpoint"
    assert QCoreApplication.translate("menus", "&File") == "&File"


def test_palette_sits_at_the_reading_start_even_after_a_layout_saved_in_english(hebrew, qtbot):
    from journeymap.widgets.direction_language import docks_at_reading_start
    from journeymap.widgets.main_window import MainWindow

    win = MainWindow(small_map())
    qtbot.addWidget(win)
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    assert (win.dockWidgetArea(win.palette_dock), win.dockWidgetArea(win.inspector_dock)) == (right, left)
    win.addDockWidget(left, win.palette_dock)  # what restoring an English session's layout does
    win.addDockWidget(right, win.inspector_dock)
    docks_at_reading_start(win)
    assert (win.dockWidgetArea(win.palette_dock), win.dockWidgetArea(win.inspector_dock)) == (right, left)

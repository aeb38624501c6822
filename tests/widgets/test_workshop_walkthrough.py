"""A 20-card map typed into the `blank` template with the keyboard only (docs/shortcuts.md walk-through)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from journeymap.io.templates import load_template
from tests.widgets.walkthrough import EXPECTED_CARDS, EXPECTED_CONNECTIONS, WALKTHROUGH

DOCS = Path(__file__).resolve().parents[2] / "docs" / "shortcuts.md"


def _press(qtbot, name: str) -> None:
    sequence = QKeySequence(name)[0]
    widget = QApplication.focusWidget()
    assert widget is not None, f"nothing has the keyboard focus before {name}"
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def _type(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def play(qtbot, steps) -> None:
    for kind, value in steps:
        if kind == "type":
            _type(qtbot, value)
        else:
            for name in value.split():
                _press(qtbot, name)


def _describe(doc) -> list[tuple]:
    return [
        (doc.stage_of_step(c.step).name, doc.lane(c.lane).name, c.title, c.emotion, c.moment_of_truth)
        for c in doc.cards()
    ]


def test_a_twenty_card_map_typed_with_keys_only(qtbot):
    from journeymap.widgets.main_window import MainWindow

    window = MainWindow(load_template("blank"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)  # typing can start at once
    assert window.scene.focus_cell == ("step-awareness-1", "lane-website")
    play(qtbot, WALKTHROUGH)
    doc = window.document
    assert _describe(doc) == EXPECTED_CARDS
    titles = {c.id: c.title for c in doc.cards()}
    assert sorted((titles[c.source], titles[c.target]) for c in doc.connections()) == sorted(EXPECTED_CONNECTIONS)
    assert not window.quick_add_popup.isVisible()
    assert window.scene.editor() is None
    # every card, emotion, flag and connection is its own undo step; the cancelled card left none
    emotions = sum(1 for *_rest, emotion, _m in EXPECTED_CARDS if emotion is not None)
    flags = sum(1 for *_rest, moment in EXPECTED_CARDS if moment)
    assert window.undo_stack.count() == 20 + emotions + flags + 2
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert doc.card_count() == 0 and doc.connection_count() == 0


def test_the_walkthrough_in_the_docs_is_the_one_the_test_plays():
    """docs/shortcuts.md shows every typed text and key of the walk-through, in the same order."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## Walk-through"):]
    position = 0
    for kind, value in WALKTHROUGH:
        needle = value if kind == "type" else f"`{value}`"
        found = section.find(needle, position)
        assert found >= 0, f"docs/shortcuts.md walk-through misses {needle!r} after position {position}"
        position = found + len(needle)


def test_every_shortcut_of_the_overlay_is_documented():
    from journeymap.widgets.shortcut_list import shortcut_groups

    text = DOCS.read_text(encoding="utf-8")
    for group, rows in shortcut_groups():
        assert group in text
        for keys, _description in rows:
            assert keys in text, f"docs/shortcuts.md does not list {keys!r}"


def test_keys_resolve_to_single_keys():
    assert QKeySequence("Ctrl+Return")[0].key() == Qt.Key.Key_Return
    assert QKeySequence("Ctrl+Return")[0].keyboardModifiers() == Qt.KeyboardModifier.ControlModifier

"""The grid of a map built with the keyboard only: title, stages, steps and lanes (docs/shortcuts.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from journeymap.io.templates import load_template
from journeymap.model.kinds import CHANNEL_LANE_KINDS
from tests.widgets.grid_walkthrough import GRID_WALKTHROUGH

DOCS = Path(__file__).resolve().parents[2] / "docs" / "shortcuts.md"


def _target():
    """Where a person's key goes: an open popup list, else the widget with the keyboard focus."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def play(qtbot, steps) -> None:
    for kind, value in steps:
        if kind == "type":
            qtbot.keyClicks(_target(), value)
            continue
        for name in value.split():
            sequence = QKeySequence(name)[0]
            widget = _target()
            assert widget is not None, f"nothing has the keyboard focus before {name}"
            qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def test_the_grid_built_with_keys_only(qtbot):
    from journeymap.widgets.main_window import MainWindow

    window = MainWindow(load_template("blank"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    doc = window.document
    lanes_before = [lane.kind for lane in doc.lanes()]
    play(qtbot, GRID_WALKTHROUGH)
    assert doc.info.title == "Buying a laptop"
    assert [s.name for s in doc.stages()][:3] == ["Discover", "Onboarding", "Consideration"]
    assert [s.name for s in doc.stages()[0].steps] == ["Sees an ad", "Reads reviews"]
    assert [s.name for s in doc.stages()[1].steps] == ["Unboxes", "New step"]
    kinds = [lane.kind for lane in doc.lanes()]
    added = CHANNEL_LANE_KINDS[3]
    web = lanes_before.index("website")
    assert kinds == lanes_before[:web] + [added] + lanes_before[web:]  # below Website, then moved up
    assert doc.card_count() == 0 and window.scene.editor() is None
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert [lane.kind for lane in doc.lanes()] == lanes_before and doc.info.title != "Buying a laptop"


def test_the_grid_walkthrough_in_the_docs_is_the_one_the_test_plays():
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## Walk-through: the grid"):]
    position = 0
    for kind, value in GRID_WALKTHROUGH:
        for needle in ([value] if kind == "type" else [f"`{name}`" for name in value.split()]):
            found = section.find(needle, position)
            assert found >= 0, f"the grid walk-through misses {needle!r} after position {position}"
            position = found + len(needle)


def test_keys_of_the_grid_are_single_keys():
    assert QKeySequence("Ctrl+Alt+Right")[0].key() == Qt.Key.Key_Right

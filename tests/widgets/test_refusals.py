"""A change the model refuses leaves the map as it was and says why in the status bar."""

from __future__ import annotations

from journeymap.editor.commands import SetPropertiesCommand


def test_refused_change_is_reported_and_not_undoable(window):
    before = window.document.snapshot()
    window.editor.apply(SetPropertiesCommand(window.document, "card", "web-ad", {"emotion": 9}))
    assert window.document.snapshot() == before
    assert window.undo_stack.count() == 0
    assert "emotion" in window.statusBar().currentMessage()

"""Undo commands: each is one undo step, stores changes not copies, and undoes exactly."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from journeymap.editor.commands import (
    AddCardsCommand,
    AddConnectionCommand,
    AddStructureCommand,
    MoveCardsCommand,
    MoveStructureCommand,
    RemoveItemsCommand,
    RemoveStructureCommand,
    SetPropertiesCommand,
)
from journeymap.model import Card, Connection, Lane, Persona, Stage, Step
from tests.factories import small_map


def _round_trip(stack: QUndoStack, doc, before, after_check=None):
    after = doc.snapshot()
    assert after != before
    if after_check:
        after_check()
    while stack.canUndo():
        stack.undo()
    assert doc.snapshot() == before
    while stack.canRedo():
        stack.redo()
    assert doc.snapshot() == after


def test_every_command_undoes_and_redoes(qapp):
    doc = small_map()
    stack = QUndoStack()
    before = doc.snapshot()
    stack.push(AddCardsCommand(doc, [(Card("n1", "st-a1", "l-web", "New"), 0)]))
    stack.push(AddConnectionCommand(doc, Connection("en", "n1", "web-ad")))
    stack.push(MoveCardsCommand(doc, [("n1", "st-b1", "l-phone", None), ("web-ad", "st-a2", "l-web", 0)]))
    stack.push(SetPropertiesCommand(doc, "card", "n1", {"title": "Renamed", "emotion": -1}))
    stack.push(SetPropertiesCommand(doc, "map", None, {"direction": "rtl"}))
    stack.push(AddStructureCommand(doc, Stage("s-new", "Advocacy", steps=(Step("st-n1", "Tell"),))))
    stack.push(AddStructureCommand(doc, Step("st-n2", "Review"), 0, stage_id="s-new"))
    stack.push(AddStructureCommand(doc, Lane("l-mail", "Email", "email"), 1))
    stack.push(AddStructureCommand(doc, Persona("p-cy", "Cy")))
    stack.push(MoveStructureCommand(doc, "stage", "s-new", 0))
    stack.push(MoveStructureCommand(doc, "step", "st-a2", 0, stage_id="s-buy"))
    stack.push(MoveStructureCommand(doc, "lane", "l-emo", 0))
    stack.push(RemoveStructureCommand(doc, "lane", "l-phone", move_cards_to="l-web"))
    stack.push(RemoveStructureCommand(doc, "stage", "s-aware"))
    stack.push(RemoveStructureCommand(doc, "persona", "p-anna"))
    stack.push(RemoveItemsCommand(doc, ["web-buy"], ["en"]))

    def check():
        assert doc.info.direction == "rtl"
        assert doc.lanes()[0].id == "l-emo"
        assert not doc.has_card("web-buy")

    _round_trip(stack, doc, before, check)


def test_typing_merges_into_one_step(qapp):
    doc = small_map()
    stack = QUndoStack()
    for text in ("S", "Se", "See", "Seen"):
        stack.push(SetPropertiesCommand(doc, "card", "web-ad", {"title": text}, merge=True))
    assert stack.count() == 1
    assert doc.card("web-ad").title == "Seen"
    stack.undo()
    assert doc.card("web-ad").title == "Sees an ad"
    stack.redo()
    stack.push(SetPropertiesCommand(doc, "card", "web-buy", {"title": "x"}, merge=True))
    assert stack.count() == 2


def test_a_refused_command_is_dropped_and_reported(qapp):
    from journeymap.editor.map_editor import MapEditor

    doc = small_map()
    editor = MapEditor(doc)
    heard = []
    editor.refused.connect(heard.append)
    before = doc.snapshot()
    cards = [(Card("n1", "st-a1", "l-web", "ok"), None), (Card("n2", "st-a1", "l-emo", "x"), None)]
    assert editor.apply(AddCardsCommand(doc, cards)) is False
    assert editor.apply(SetPropertiesCommand(doc, "card", "web-ad", {"emotion": 7})) is False
    assert doc.snapshot() == before
    assert editor.undo_stack.count() == 0
    assert len(heard) == 2
    assert "emotion" in heard[0]


def test_a_refusal_is_reported_to_the_editor_that_pushed_it_only(qapp):
    """Two windows: a refusal in one says nothing in the other (no process-wide listeners)."""
    from journeymap.editor.map_editor import MapEditor

    first, second = MapEditor(small_map()), MapEditor(small_map())
    heard_first, heard_second = [], []
    first.refused.connect(heard_first.append)
    second.refused.connect(heard_second.append)
    first.apply(SetPropertiesCommand(first.document, "card", "web-ad", {"emotion": 7}))
    assert len(heard_first) == 1 and heard_second == []

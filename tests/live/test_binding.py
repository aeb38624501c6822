"""The binding: one Y transaction per command, remote changes through the document, undo of own changes."""

from __future__ import annotations

import pytest
from pycrdt import Doc, Map
from PySide6.QtGui import QUndoStack

from journeymap.editor.commands import AddCardsCommand, MoveCardsCommand, RemoveItemsCommand, SetPropertiesCommand
from journeymap.editor.map_editor import MapEditor
from journeymap.live.binding import LiveBinding
from journeymap.live.schema import read_document, seed
from journeymap.model import Card
from tests.factories import small_map


class Window:
    """What a window brings to a session: a map and its undo stack, bound to a Doc."""

    def __init__(self, ydoc: Doc) -> None:
        self.ydoc = ydoc
        self.document = read_document(ydoc)
        self.stack = QUndoStack()
        self.editor = MapEditor(self.document, self.stack)
        self.binding = LiveBinding(self.editor, ydoc)
        self.problems: list[str] = []
        self.conflicts: list[str] = []
        self.binding.remoteProblem.connect(self.problems.append)
        self.binding.undoConflict.connect(self.conflicts.append)
        self.transactions = 0
        self._subscription = ydoc.observe(lambda _event: self._count())

    def _count(self) -> None:
        self.transactions += 1

    def push(self, command) -> None:
        assert self.editor.apply(command)


def _sync(*windows: Window) -> None:
    for receiver in windows:
        for sender in windows:
            if sender is not receiver:
                update = sender.ydoc.get_update(receiver.ydoc.get_state())
                receiver.ydoc.apply_update(update)
    for window in windows:
        window.binding.pull()


@pytest.fixture
def pair(qapp):
    room, _ = seed(small_map(), "r")
    host_doc = Doc()
    host_doc.apply_update(room.get_update())
    guest_doc = Doc()
    guest_doc.apply_update(room.get_update())
    host, guest = Window(host_doc), Window(guest_doc)
    yield host, guest
    host.binding.detach()
    guest.binding.detach()


def test_one_transaction_per_command(pair):
    host, guest = pair
    host.push(MoveCardsCommand(host.document, [("web-ad", "st-b1", "l-web", 0), ("act-search", "st-b1", "l-act", 0)]))
    assert host.transactions == 1
    _sync(host, guest)
    assert guest.document.card("web-ad").step == "st-b1"
    assert guest.document.cell_cards("st-b1", "l-web")[0] == "web-ad"
    assert guest.stack.count() == 0  # a peer's change is not on my undo stack


def test_remote_changes_do_not_echo(pair):
    host, guest = pair
    host.push(SetPropertiesCommand(host.document, "card", "web-ad", {"title": "From host"}))
    _sync(host, guest)
    before = guest.transactions
    guest.binding.flush()
    assert guest.transactions == before  # applying the peer's change wrote nothing back
    assert guest.document.card("web-ad").title == "From host"


def test_undo_takes_back_only_my_own_change(pair):
    host, guest = pair
    host.push(SetPropertiesCommand(host.document, "card", "web-ad", {"title": "Host title"}))
    guest.push(SetPropertiesCommand(guest.document, "card", "web-buy", {"title": "Guest title"}))
    _sync(host, guest)
    host.stack.undo()
    _sync(host, guest)
    for window in (host, guest):
        assert window.document.card("web-ad").title == "Sees an ad"
        assert window.document.card("web-buy").title == "Guest title"
    host.stack.redo()
    _sync(host, guest)
    assert guest.document.card("web-ad").title == "Host title"


def test_undo_after_a_peer_changed_the_same_field_says_so(pair):
    host, guest = pair
    host.push(SetPropertiesCommand(host.document, "card", "web-ad", {"title": "Host title"}))
    _sync(host, guest)
    guest.push(SetPropertiesCommand(guest.document, "card", "web-ad", {"title": "Guest title"}))
    _sync(host, guest)
    host.stack.undo()
    assert host.document.card("web-ad").title == "Guest title"  # the peer's later change stays
    assert host.conflicts


def test_undo_of_an_add_and_a_delete(pair):
    host, guest = pair
    host.push(AddCardsCommand(host.document, [(Card("c-new", "st-a1", "l-web", "New"), 0)]))
    _sync(host, guest)
    assert guest.document.has_card("c-new")
    guest.push(RemoveItemsCommand(guest.document, ["web-compare"]))
    _sync(host, guest)
    assert not host.document.has_connection("e1")
    guest.stack.undo()
    _sync(host, guest)
    assert host.document.has_card("web-compare") and host.document.has_connection("e1")
    assert host.document.cell_cards("st-a1", "l-web")[0] == "c-new"
    host.stack.undo()
    _sync(host, guest)
    assert not guest.document.has_card("c-new") and guest.document.has_card("web-compare")


def test_merged_typing_is_one_undo_step(pair):
    host, guest = pair
    for text in ("S", "Sa", "Sal"):
        host.push(SetPropertiesCommand(host.document, "card", "web-ad", {"title": text}, merge=True))
    assert host.stack.count() == 1
    _sync(host, guest)
    assert guest.document.card("web-ad").title == "Sal"
    host.stack.undo()
    _sync(host, guest)
    assert guest.document.card("web-ad").title == "Sees an ad"


def test_a_bad_remote_value_is_reported_and_the_session_goes_on(pair):
    host, guest = pair
    with guest.ydoc.transaction():
        guest.ydoc.get("cards", type=Map)["web-ad"]["emotion"] = 7  # no Journeymap would write this
    host.ydoc.apply_update(guest.ydoc.get_update(host.ydoc.get_state()))
    assert host.binding.pull() is False
    assert host.problems and "emotion" in host.problems[0]
    assert host.document.card("web-ad").emotion == 1  # the map stays as it was
    with guest.ydoc.transaction():
        guest.ydoc.get("cards", type=Map)["web-ad"]["emotion"] = -1
    _sync(host, guest)
    assert host.document.card("web-ad").emotion == -1


def test_a_grid_change_from_a_peer_rebuilds_once(pair):
    host, guest = pair
    from journeymap.editor.commands import AddStructureCommand

    events = []
    guest.document.subscribe(lambda e: events.append(e.kind))
    host.push(AddStructureCommand(host.document, _lane()))
    _sync(host, guest)
    assert events == ["reset"]
    assert guest.document.lane("l-new").name == "Email"


def _lane():
    from journeymap.model import Lane

    return Lane("l-new", "Email", "email")


def test_a_batch_of_edits_is_one_transaction_and_one_undo_step(pair):
    host, guest = pair
    assert host.editor.set_cards_property(["web-ad", "web-buy", "web-compare"], "owner", "Sales", "Set owner")
    assert host.transactions == 1 and host.stack.count() == 1
    _sync(host, guest)
    assert {guest.document.card(c).owner for c in ("web-ad", "web-buy", "web-compare")} == {"Sales"}
    host.stack.undo()
    _sync(host, guest)
    assert {guest.document.card(c).owner for c in ("web-ad", "web-buy", "web-compare")} == {""}


def test_a_peer_retitling_the_map_does_not_rebuild_the_canvas(pair):
    host, guest = pair
    events = []
    guest.document.subscribe(lambda e: events.append(e.kind))
    host.editor.set_map_info({"title": "Workshop, day 2"})
    _sync(host, guest)
    assert events == ["map"] and guest.document.info.title == "Workshop, day 2"

"""Change events: typed kinds, listeners held weakly, removals delivered once the map is whole."""

from __future__ import annotations

import gc

from journeymap.model import Card, ChangeEvent, EventKind
from journeymap.model.events import EVENT_KINDS
from tests.consistency import assert_consistent
from tests.factories import small_map


def test_kinds_are_typed_and_still_compare_as_their_names():
    doc = small_map()
    seen = []
    doc.subscribe(seen.append)
    doc.update_card("web-ad", title="x")
    assert seen[0].kind is EventKind.CARD_CHANGED
    assert seen[0].kind == "card_changed" and seen[0] == ChangeEvent("card_changed", ("web-ad",))
    assert set(EVENT_KINDS) == {kind.value for kind in EventKind}


def test_every_kind_is_emitted_by_some_change():
    doc = small_map()
    seen = set()
    doc.subscribe(lambda event: seen.add(event.kind))
    doc.add_card(Card("n1", "st-a1", "l-web", "n"))
    doc.update_card("n1", title="m")
    doc.move_cards([("n1", "st-a2", "l-web", 0)])
    doc.update_connection("e1", label="x")
    doc.remove_cards(["n1"])
    doc.update_stage("s-buy", name="Buy")
    doc.update_persona("p-anna", name="Ann")
    doc.set_info(title="T")
    doc.remove_connections(["e2"])
    assert seen == set(EventKind) - {EventKind.CONNECTION_ADDED, EventKind.RESET}
    from journeymap.model import Connection

    doc.add_connection(Connection("e9", "web-ad", "web-buy"))
    assert seen == set(EventKind) - {EventKind.RESET}
    doc.replace_content(small_map())  # a live session's peer reshaped the whole map
    assert seen == set(EventKind)


def test_an_unknown_kind_fails_where_it_is_raised():
    import pytest

    doc = small_map()
    with pytest.raises(ValueError):
        doc._emit("layout_changed")


class Follower:
    def __init__(self, doc) -> None:
        self.heard = []
        doc.subscribe(self.on_change)

    def on_change(self, event) -> None:
        self.heard.append(event)


def test_a_bound_method_listener_is_held_weakly():
    doc = small_map()
    follower = Follower(doc)
    doc.update_card("web-ad", title="a")
    assert len(follower.heard) == 1 and doc.listener_count() == 1
    del follower
    gc.collect()
    assert doc.listener_count() == 0
    doc.update_card("web-ad", title="b")  # nobody left to call, nothing fails


def test_plain_functions_are_held_and_unsubscribe_works_for_both():
    doc = small_map()
    heard = []

    def listener(event):
        heard.append(event)

    follower = Follower(doc)
    doc.subscribe(listener)
    doc.unsubscribe(follower.on_change)
    doc.update_card("web-ad", title="a")
    assert len(heard) == 1 and follower.heard == []
    doc.unsubscribe(listener)
    assert doc.listener_count() == 0


def test_a_listener_reading_the_map_during_a_removal_finds_it_consistent():
    """A listener that reads the map at each event finds it consistent, the stage already gone."""
    for remove in (
        lambda d: d.remove_stage("s-aware"),
        lambda d: d.remove_step("st-a2"),
        lambda d: d.remove_lane("l-phone"),
        lambda d: d.remove_persona("p-ben"),
        lambda d: d.restore(d.remove_stage("s-buy")),
    ):
        doc = small_map()
        kinds = []

        def look(event, doc=doc, kinds=kinds):
            assert_consistent(doc)
            kinds.append(event.kind)

        doc.subscribe(look)
        remove(doc)
        assert kinds and kinds[-1] in (EventKind.GRID, EventKind.PERSONA, EventKind.CARD_ADDED,
                                        EventKind.CONNECTION_ADDED)


def test_stage_removal_events_come_after_the_stage_is_gone():
    doc = small_map()
    stages_seen = []
    doc.subscribe(lambda event: stages_seen.append((event.kind, [s.id for s in doc.stages()])))
    doc.remove_stage("s-aware")
    assert all("s-aware" not in stages for _, stages in stages_seen)
    assert {kind for kind, _ in stages_seen} >= {EventKind.CARD_REMOVED, EventKind.CONNECTION_REMOVED, EventKind.GRID}

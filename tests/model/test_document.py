"""The document keeps its invariants and reports every change."""

from __future__ import annotations

import pytest

from journeymap.model import Card, Connection, Lane, ModelError, Persona, Stage, Step
from tests.factories import small_map


def test_cards_come_in_timeline_order():
    doc = small_map()
    assert [c.id for c in doc.cards()] == [
        "act-search", "web-ad", "web-compare", "phone-ask", "web-buy", "phone-support",
    ]
    assert doc.card_kind("web-ad") == "touchpoint"
    assert doc.card_kind("act-search") == "action"


def test_card_needs_existing_step_and_lane_and_not_the_emotion_lane():
    doc = small_map()
    with pytest.raises(ModelError):
        doc.add_card(Card("x", "missing", "l-web", "x"))
    with pytest.raises(ModelError):
        doc.add_card(Card("x", "st-a1", "missing", "x"))
    with pytest.raises(ModelError, match="emotion"):
        doc.add_card(Card("x", "st-a1", "l-emo", "x"))
    with pytest.raises(ModelError, match="already used"):
        doc.add_card(Card("web-ad", "st-a1", "l-web", "dup"))
    with pytest.raises(ModelError):
        doc.add_card(Card("y", "st-a1", "l-web", "bad", emotion=3))
    with pytest.raises(ModelError):
        doc.add_card(Card("y", "st-a1", "l-web", "bad", personas=("nobody",)))
    assert not doc.has_card("x") and not doc.has_card("y")


def test_events_name_what_changed():
    doc = small_map()
    seen = []
    doc.subscribe(seen.append)
    doc.update_card("web-ad", title="Sees a video ad")
    doc.move_cards([("web-ad", "st-a2", "l-web", 0)])
    doc.remove_cards(["web-ad"])
    kinds = [(e.kind, e.ids) for e in seen]
    assert kinds[0] == ("card_changed", ("web-ad",))
    assert kinds[1] == ("card_moved", ("web-ad",))
    assert ("connection_removed", ("e1",)) in kinds
    assert kinds[-1] == ("card_removed", ("web-ad",))


def test_move_and_its_inverse_restore_order():
    doc = small_map()
    doc.add_card(Card("web-ad2", "st-a1", "l-web", "Second ad"))
    before = doc.snapshot()
    inverse = doc.move_cards([("web-ad", "st-a2", "l-web", 0), ("web-ad2", "st-a2", "l-web", 1)])
    assert doc.cell_cards("st-a2", "l-web") == ["web-ad", "web-ad2", "web-compare"]
    assert doc.cell_cards("st-a1", "l-web") == []
    doc.move_cards(list(reversed(inverse)))
    assert doc.snapshot() == before


def test_reorder_inside_a_cell():
    doc = small_map()
    doc.add_card(Card("web-ad2", "st-a1", "l-web", "Second ad"))
    doc.move_cards([("web-ad2", "st-a1", "l-web", 0)])
    assert doc.cell_cards("st-a1", "l-web") == ["web-ad2", "web-ad"]


def test_remove_card_takes_connections_and_restore_puts_all_back():
    doc = small_map()
    before = doc.snapshot()
    removal = doc.remove_cards(["web-compare"])
    assert {c.id for c in removal.connections} == {"e1", "e2", "e3", "e4"}
    assert doc.connection_count() == 1
    doc.restore(removal)
    assert doc.snapshot() == before


@pytest.mark.parametrize("move_to", [None, "st-b1"])
def test_remove_step_removes_or_moves_its_cards(move_to):
    doc = small_map()
    before = doc.snapshot()
    removal = doc.remove_step("st-a2", move_cards_to=move_to)
    with pytest.raises(ModelError):
        doc.step("st-a2")
    if move_to is None:
        assert not doc.has_card("web-compare")
    else:
        assert doc.card("web-compare").step == "st-b1"
        assert doc.connection_count() == 5
    doc.restore(removal)
    assert doc.snapshot() == before


def test_last_step_and_last_stage_stay():
    doc = small_map()
    with pytest.raises(ModelError, match="at least one step"):
        doc.remove_step("st-b1")
    doc.remove_stage("s-buy")
    doc.remove_stage("s-keep")
    with pytest.raises(ModelError, match="at least one stage"):
        doc.remove_stage("s-aware")


@pytest.mark.parametrize("move_to", [None, "l-web"])
def test_remove_lane_removes_or_moves_cards(move_to):
    doc = small_map()
    before = doc.snapshot()
    removal = doc.remove_lane("l-phone", move_cards_to=move_to)
    assert doc.has_card("phone-ask") == (move_to is not None)
    doc.restore(removal)
    assert doc.snapshot() == before


def test_remove_stage_and_restore():
    doc = small_map()
    before = doc.snapshot()
    removal = doc.remove_stage("s-aware")
    assert [s.id for s in doc.stages()] == ["s-buy", "s-keep"]
    assert doc.card_count() == 2
    doc.restore(removal)
    assert doc.snapshot() == before


def test_remove_persona_strips_it_and_restores():
    doc = small_map()
    before = doc.snapshot()
    removal = doc.remove_persona("p-anna")
    assert doc.card("web-compare").personas == ()
    assert doc.connection("e2").personas == ()
    doc.restore(removal)
    assert doc.snapshot() == before


def test_one_emotion_lane_and_it_takes_no_cards():
    doc = small_map()
    with pytest.raises(ModelError, match="only one emotion lane"):
        doc.add_lane(Lane("l-emo2", "Feelings", "emotion"))
    with pytest.raises(ModelError):
        doc.update_lane("l-web", kind="emotion")
    doc.update_lane("l-web", kind="app")
    assert doc.card_kind("web-ad") == "touchpoint"
    doc.update_lane("l-act", kind="questions")
    assert doc.card_kind("act-search") == "question"


def test_reorder_stages_steps_lanes_personas():
    doc = small_map()
    assert doc.move_stage("s-keep", 0) == 2
    assert [s.id for s in doc.stages()][0] == "s-keep"
    assert [s.id for s in doc.steps()][0] == "st-k1"
    assert doc.move_step("st-a2", "s-buy", 0) == ("s-aware", 1)
    assert [s.id for s in doc.stage("s-buy").steps] == ["st-a2", "st-b1"]
    assert doc.stage_of_step("st-a2").id == "s-buy"
    assert doc.move_lane("l-emo", 0) == 3
    assert doc.lanes()[0].id == "l-emo"
    assert doc.move_persona("p-ben", 0) == 1


def test_connections_are_a_multigraph():
    doc = small_map()
    doc.add_connection(Connection("e6", "web-ad", "web-compare", "second route"))
    assert doc.graph.number_of_edges("web-ad", "web-compare") == 2
    assert doc.out_connections("web-ad").count("e6") == 1 and "e6" in doc.in_connections("web-compare")
    assert doc.out_degree("web-ad") == len(doc.out_connections("web-ad"))
    assert doc.in_degree("web-compare") == len(doc.in_connections("web-compare"))
    doc.update_connection("e6", share=12.5)
    assert doc.connection("e6").share == 12.5
    with pytest.raises(ModelError):
        doc.update_connection("e6", share=101)
    with pytest.raises(ModelError):
        doc.add_connection(Connection("e7", "web-ad", "ghost"))
    assert [c.id for c in doc.connections_of("web-ad")] == ["e1", "e6"]


def test_new_ids_are_unique():
    doc = small_map()
    ids = {doc.new_id("c") for _ in range(500)}
    assert len(ids) == 500
    assert all(not doc.has_id(i) for i in ids)


def test_structure_ids_are_claimed():
    doc = small_map()
    with pytest.raises(ModelError):
        doc.add_stage(Stage("s-new", "New", steps=(Step("st-a1", "dup"),)))
    with pytest.raises(ModelError):
        doc.add_stage(Stage("s-empty", "Empty"))
    assert not doc.has_id("s-new")
    doc.add_step("s-keep", Step("st-k2", "Review"))
    assert doc.step_index("st-k2") == 4
    with pytest.raises(ModelError):
        doc.add_persona(Persona("web-ad", "dup"))


def test_direction_is_checked():
    doc = small_map()
    old = doc.set_info(direction="rtl")
    assert old.direction == "ltr" and doc.info.direction == "rtl"
    with pytest.raises(ModelError):
        doc.set_info(direction="up")


def test_graph_is_a_cached_snapshot_rebuilt_after_every_change():
    doc = small_map()
    graph = doc.graph
    assert doc.graph is graph, "reading twice without a change reuses the snapshot"
    assert set(graph.nodes) == {c.id for c in doc.cards()}
    assert graph.nodes["web-ad"]["card"] == doc.card("web-ad")
    assert {k: d["connection"] for _, _, k, d in graph.edges(keys=True, data=True)} == {
        c.id: c for c in doc.connections()
    }
    with pytest.raises(Exception, match="Frozen"):
        graph.add_node("x")  # a snapshot for analysis: editing goes through the document

    changes = [
        lambda: doc.add_card(Card("new", "st-a1", "l-web", "new")),
        lambda: doc.update_card("new", title="renamed"),
        lambda: doc.move_cards([("new", "st-b1", "l-web", None)]),
        lambda: doc.add_connection(Connection("e9", "web-ad", "new")),
        lambda: doc.update_connection("e9", label="then"),
        lambda: doc.remove_connections(["e9"]),
        lambda: doc.remove_cards(["new"]),
        lambda: doc.remove_persona(doc.personas()[0].id),
    ]
    for change in changes:
        before = doc.graph
        change()
        after = doc.graph
        assert after is not before
        assert {n: d["card"] for n, d in after.nodes(data=True)} == {c.id: c for c in doc.cards()}
        assert {k: d["connection"] for _, _, k, d in after.edges(keys=True, data=True)} == {
            c.id: c for c in doc.connections()
        }


def test_bulk_adds_check_everything_add_all_or_none_and_send_one_event():
    doc = small_map()
    before = doc.snapshot()
    seen = []
    doc.subscribe(seen.append)
    good = Card("n1", "st-a1", "l-web", "one")
    for bad in (Card("n2", "st-a1", "l-emo", "on the emotion lane"), Card("n1", "st-a1", "l-web", "twice"),
                Card("n3", "st-a1", "l-web", "feels", emotion=5), Card("web-ad", "st-a1", "l-web", "taken")):
        with pytest.raises(ModelError):
            doc.add_cards([good, bad])
        assert doc.snapshot() == before and not doc.has_id("n1") and not seen
    doc.add_cards([good, Card("n2", "st-a1", "l-web", "two"), Card("n3", "st-b1", "l-act", "three")])
    assert [e.kind for e in seen] == ["card_added"] and seen[0].ids == ("n1", "n2", "n3")
    assert doc.cell_cards("st-a1", "l-web")[-2:] == ["n1", "n2"]
    seen.clear()
    middle = doc.snapshot()
    with pytest.raises(ModelError):
        doc.add_connections([Connection("c1", "n1", "n2"), Connection("c2", "n2", "ghost")])
    with pytest.raises(ModelError):
        doc.add_connections([Connection("c1", "n1", "n2"), Connection("c1", "n2", "n3")])
    assert doc.snapshot() == middle and not doc.has_id("c1") and not seen
    doc.add_connections([Connection("c1", "n1", "n2"), Connection("c2", "n2", "n1", share=40)])
    assert [e.kind for e in seen] == ["connection_added"] and seen[0].ids == ("c1", "c2")
    assert doc.out_connections("n1") == ["c1"] and doc.in_connections("n1") == ["c2"]
    assert [c.id for c in doc.connections_of("n2")] == ["c2", "c1"]

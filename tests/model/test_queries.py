"""Graph questions: entries, exits, dead ends, unreachable cards, paths, emotion."""

from __future__ import annotations

from journeymap.model import Card, Connection
from journeymap.model import queries as q
from tests.factories import small_map


def test_entries_exits_and_dead_ends():
    doc = small_map()
    assert q.entry_cards(doc) == ["web-ad"]
    assert q.exit_cards(doc) == ["phone-support"]
    assert q.dead_ends(doc) == []
    doc.remove_connections(["e5"])
    assert q.exit_cards(doc) == ["web-buy"]
    assert q.dead_ends(doc) == ["web-buy"]


def test_unreachable_cards():
    doc = small_map()
    assert q.unreachable_cards(doc) == []
    # a touchpoint nobody is routed to, and a loop no entry leads into
    doc.add_card(Card("web-orphan", "st-b1", "l-web", "Orphan page"))
    doc.add_card(Card("x1", "st-k1", "l-web", "Loop a"))
    doc.add_card(Card("x2", "st-k1", "l-web", "Loop b"))
    doc.add_connection(Connection("ex1", "x1", "x2"))
    doc.add_connection(Connection("ex2", "x2", "x1"))
    assert q.unreachable_cards(doc) == ["web-orphan", "x1", "x2"]
    # the unconnected action card is never a warning
    assert "act-search" not in q.unreachable_cards(doc)
    assert any("Orphan page" in w for w in q.warnings(doc))


def test_paths_walk_a_loop_once():
    doc = small_map()
    found = q.paths(doc, "web-ad", "web-buy")
    assert ["web-ad", "web-compare", "web-buy"] in found
    assert ["web-ad", "web-compare", "phone-ask", "web-compare", "web-buy"] in found
    assert len(found) == 2
    assert q.journey_paths(doc) == [p + ["phone-support"] for p in found]


def test_paths_are_bounded_on_dense_cycles():
    doc = small_map()
    ids = [f"n{i}" for i in range(12)]
    for cid in ids:
        doc.add_card(Card(cid, "st-b1", "l-web", cid))
    for a in ids:
        for b in ids:
            if a != b:
                doc.add_connection(Connection(f"{a}-{b}", a, b))
    found = q.paths(doc, "n0", "n1", max_paths=50, max_length=6)
    assert len(found) == 50
    assert all(len(p) <= 7 for p in found)


def test_emotion_curve_and_persona():
    doc = small_map()
    assert [(p.card_id, p.score) for p in q.emotion_curve(doc)] == [
        ("web-ad", 1), ("web-compare", 0), ("phone-ask", -1), ("web-buy", 2), ("phone-support", -2),
    ]
    anna = [p.card_id for p in q.emotion_curve(doc, "p-anna")]
    assert "phone-ask" not in anna and "web-compare" in anna
    along = q.emotion_along(doc, ["web-ad", "web-compare", "phone-ask"])
    assert [p.score for p in along] == [1, 0, -1]
    assert "phone-ask" in q.persona_cards(doc, "p-ben")
    assert {c.id for c in q.persona_connections(doc, "p-anna")} == {"e1", "e2", "e4", "e5"}

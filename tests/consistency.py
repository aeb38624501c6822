"""A check that a document's internal indexes agree with each other, for tests that change maps at random.

The document keeps the same facts in several places (the card dict and cell lists,
the connection dict and the per-card adjacency, the id set, lookup caches, the
networkx snapshot); a bug in one method shows up as two of them disagreeing long
before anything looks wrong.
"""

from __future__ import annotations

from journeymap.model import JourneyDocument, ModelError
from journeymap.model.kinds import EMOTION_LANE_KIND, EMOTION_MAX, EMOTION_MIN


def assert_consistent(doc: JourneyDocument) -> None:
    personas = [p.id for p in doc.personas()]
    stages = [s.id for s in doc.stages()]
    steps = [step.id for stage in doc.stages() for step in stage.steps]
    lanes = [lane.id for lane in doc.lanes()]
    cards = list(doc._cards)
    conns = list(doc._connections)
    everything = personas + stages + steps + lanes + cards + conns
    assert len(everything) == len(set(everything)), "an id is used twice"
    assert doc._ids == set(everything), "the id set differs from the ids in the map"
    assert all(stage.steps for stage in doc.stages()), "a stage without steps"
    assert [lane.kind for lane in doc.lanes()].count(EMOTION_LANE_KIND) <= 1, "two emotion lanes"

    # Lookup caches agree with the lists they summarise.
    assert [s.id for s in doc.steps()] == steps
    assert [doc.step_index(s) for s in steps] == list(range(len(steps)))
    for stage in doc.stages():
        for step in stage.steps:
            assert doc.stage_of_step(step.id) == stage
    for lane in doc.lanes():
        assert doc.lane(lane.id) is lane
    doc._check_personas(personas)  # every persona is known to the persona check ...
    try:
        doc._check_personas(["no-such-persona-id"])
    except ModelError:
        pass
    else:  # pragma: no cover - only reached by a bug
        raise AssertionError("the persona check accepts an unknown id")

    # Cards: one entry each, in exactly one cell list, the cell matching the card.
    placed = [cid for ids in doc._cells.values() for cid in ids]
    assert sorted(placed) == sorted(cards), "cells and the card dict hold different cards"
    lane_kinds = {lane.id: lane.kind for lane in doc.lanes()}
    for (step_id, lane_id), ids in doc._cells.items():
        if not ids:
            continue
        assert step_id in steps and lane_id in lane_kinds, "cards in a cell of a removed step or lane"
        assert lane_kinds[lane_id] != EMOTION_LANE_KIND, "cards on the emotion lane"
        for cid in ids:
            card = doc._cards[cid]
            assert card.id == cid and (card.step, card.lane) == (step_id, lane_id)
    in_order = [cid for s in steps for lane_id in lanes for cid in doc._cells.get((s, lane_id), ())]
    assert [c.id for c in doc.cards()] == in_order
    for card in doc.cards():
        assert set(card.personas) <= set(personas), "a card names a removed persona"
        assert card.emotion is None or EMOTION_MIN <= card.emotion <= EMOTION_MAX

    # Connections: the adjacency names exactly the connections of the dict, at their ends.
    assert doc._out.keys() == doc._in.keys() == set(cards), "adjacency for cards that are not in the map"
    outgoing = {(cid, k) for cid, keys in doc._out.items() for k in keys}
    incoming = {(cid, k) for cid, keys in doc._in.items() for k in keys}
    assert outgoing == {(c.source, c.id) for c in doc._connections.values()}, "outgoing adjacency differs"
    assert incoming == {(c.target, c.id) for c in doc._connections.values()}, "incoming adjacency differs"
    for conn in doc._connections.values():
        assert set(conn.personas) <= set(personas), "a connection names a removed persona"

    # The networkx snapshot shows the current cards and connections, the same values.
    graph = doc.graph
    assert {n: data["card"] for n, data in graph.nodes(data=True)} == doc._cards
    edges = {(u, v, k): data["connection"] for u, v, k, data in graph.edges(keys=True, data=True)}
    assert set(edges) == {(c.source, c.target, c.id) for c in doc._connections.values()}
    for (_, _, key), conn in edges.items():
        assert doc._connections[key] is conn

"""Pure helpers of the canvas: planning sequential card moves, and routing connections."""

from __future__ import annotations

from journeymap.editor import routing
from journeymap.editor.moves import plan_moves
from journeymap.editor.routing import Route, label_points, route_kind, segments
from journeymap.model import Card, JourneyDocument, Lane, Stage, Step


def _apply(cells, moves):
    """Apply moves the way JourneyDocument.move_cards does, on plain lists."""
    cells = {k: list(v) for k, v in cells.items()}
    where = {c: cell for cell, ids in cells.items() for c in ids}
    for card, step, lane, index in moves:
        cells[where[card]].remove(card)
        cells.setdefault((step, lane), []).insert(index, card)
        where[card] = (step, lane)
    return cells


def test_reorder_inside_one_cell():
    cells = {("s", "l"): ["a", "b", "c", "d"]}
    drops = {("s", "l"): (0, ["c"])}  # c to the top
    moves = plan_moves(cells, {"c": ("s", "l")}, drops)
    assert _apply(cells, moves)[("s", "l")] == ["c", "a", "b", "d"]


def test_several_cards_land_together_in_order():
    cells = {("s1", "l"): ["a", "b", "c"], ("s2", "l"): ["x", "y"]}
    card_cells = {"a": ("s1", "l"), "c": ("s1", "l")}
    moves = plan_moves(cells, card_cells, {("s2", "l"): (1, ["a", "c"])})
    result = _apply(cells, moves)
    assert result[("s2", "l")] == ["x", "a", "c", "y"]
    assert result[("s1", "l")] == ["b"]


def test_group_reorder_in_own_cell_with_cards_below():
    cells = {("s", "l"): ["a", "b", "c", "d", "e"]}
    card_cells = {"b": ("s", "l"), "d": ("s", "l")}
    moves = plan_moves(cells, card_cells, {("s", "l"): (3, ["b", "d"])})  # after e (staying: a c e)
    assert _apply(cells, moves)[("s", "l")] == ["a", "c", "e", "b", "d"]


def test_no_change_gives_no_moves():
    cells = {("s", "l"): ["a", "b"]}
    assert plan_moves(cells, {"a": ("s", "l")}, {("s", "l"): (0, ["a"])}) == []


def test_plan_matches_the_document():
    doc = JourneyDocument()
    doc.add_stage(Stage("st", "S", steps=(Step("s1", "1"), Step("s2", "2"))))
    doc.add_lane(Lane("l", "L", "website"))
    for cid, step in (("a", "s1"), ("b", "s1"), ("c", "s1"), ("x", "s2")):
        doc.add_card(Card(cid, step, "l", cid))
    cells = {("s1", "l"): doc.cell_cards("s1", "l"), ("s2", "l"): doc.cell_cards("s2", "l")}
    moves = plan_moves(cells, {"a": ("s1", "l"), "c": ("s1", "l")}, {("s2", "l"): (0, ["c", "a"])})
    doc.move_cards(moves)
    assert doc.cell_cards("s2", "l") == ["c", "a", "x"]
    assert doc.cell_cards("s1", "l") == ["b"]


def test_route_kinds_from_timeline_places():
    assert route_kind((0, 1, 0), (1, 1, 0), False) == routing.FORWARD
    assert route_kind((0, 1, 0), (0, 2, 0), False) == routing.DOWN
    assert route_kind((0, 1, 1), (0, 1, 0), False) == routing.UP
    assert route_kind((2, 1, 0), (0, 1, 0), False) == routing.LOOP_SAME
    assert route_kind((2, 1, 0), (0, 3, 0), False) == routing.LOOP_DOWN
    assert route_kind((2, 3, 0), (0, 1, 0), False) == routing.LOOP_UP
    assert route_kind((0, 0, 0), (0, 0, 0), True) == routing.SELF


def test_forward_route_leaves_the_forward_side_in_both_directions():
    source, target = (0, 0, 100, 50), (300, 0, 100, 50)
    cmds, end, direction = segments(Route(routing.FORWARD), source, target, 1)
    assert cmds[0][1] == (100, 25) and end == (300, 25) and direction == (1.0, 0.0)
    # right to left: the target is at the left and the curve leaves the left side
    cmds, end, direction = segments(Route(routing.FORWARD), (300, 0, 100, 50), (0, 0, 100, 50), -1)
    assert cmds[0][1] == (300, 25) and end == (100, 25) and direction == (-1.0, 0.0)


def test_loop_back_runs_along_the_gutter_below_the_cards():
    source, target = (400, 10, 100, 50), (0, 10, 100, 50)
    gutter = routing.gutter_for(routing.LOOP_SAME, (0, 80), (0, 80))
    cmds, end, direction = segments(Route(routing.LOOP_SAME, gutter), source, target, 1)
    ys = [p[1] for cmd in cmds for p in cmd[1:]]
    assert max(ys) <= 80 and max(ys) > 60  # dips below the cards, stays inside the lane
    assert direction == (0.0, -1.0)  # enters the target from below
    middle = label_points(cmds)[0]
    assert middle[1] == gutter and 100 < middle[0] < 400


def test_slots_spread_connections_along_a_side():
    a = routing.attach_point((0, 0, 100, 100), "fwd", (0, 3), 1)
    b = routing.attach_point((0, 0, 100, 100), "fwd", (2, 3), 1)
    assert a[0] == b[0] == 100 and a[1] < 50 < b[1]

"""Routing while cards are dragged, as numbers (no Qt): where a floating card stands in the grid,
and the routes its connections take from there among the routes that stay."""

from __future__ import annotations

import pytest

from bench.generate import generate
from journeymap.editor import style
from journeymap.editor.drag_grid import DragGrid
from journeymap.editor.drag_routes import DragRouting
from journeymap.editor.gutters import TRACK_SPACING, make_plan
from journeymap.editor.routing import segments, slot_fraction
from journeymap.model import Connection, JourneyDocument
from tests.factories import fixed_height_layout, lane_grid, put_card
from tests.map_checker import route_crosses

STEPS = ("a", "b", "c", "d")
LANES = ("top", "middle", "bottom")
NEAR = style.ARROW_LENGTH + 1.0  # a card dragged this near another leaves no room for an arrowhead


def _grid(direction: str = "ltr") -> JourneyDocument:
    return lane_grid("Drag", STEPS, LANES, direction)


def _plan(doc):
    layout = fixed_height_layout(doc)
    plan = make_plan(layout, doc.cells(), [(c.id, c.source, c.target) for c in doc.connections()])
    return layout, plan


def _rect(layout, card_id: str) -> tuple[float, float, float, float]:
    box = layout.cards[card_id]
    return (box.x, box.y, box.w, box.h)


def _moved(layout, card_id: str, dx: float, dy: float) -> tuple[float, float, float, float]:
    x, y, w, h = _rect(layout, card_id)
    return (x + dx, y + dy, w, h)


def _crossings(layout, routes, conns, boxes) -> dict[str, list[str]]:
    """Per route, the cards it runs under (at ``boxes`` for the dragged ones), its own two left out."""
    forward = layout.forward_sign()
    cards = {card_id: _rect(layout, card_id) for card_id in layout.cards} | boxes
    edges = {card_id: (x, y, x + w, y + h) for card_id, (x, y, w, h) in cards.items()}
    result = {}
    for conn_id, source, target in conns:
        cmds, end, direction = segments(routes[conn_id], cards[source], cards[target], forward)
        others = {k: v for k, v in edges.items() if k not in (source, target)}
        result[conn_id] = route_crosses(cmds, end, direction, others)
    return result


def _near(a, b) -> bool:
    """Whether the boxes (x, y, w, h) overlap or come within NEAR of each other."""
    across = a[0] - NEAR < b[0] + b[2] and b[0] < a[0] + a[2] + NEAR
    return across and a[1] - NEAR < b[1] + b[3] and b[1] < a[1] + a[3] + NEAR


def test_a_floating_card_stands_in_the_column_and_lane_of_its_middle():
    doc = _grid()
    for card_id, lane in (("upper", "top"), ("lower", "bottom")):
        put_card(doc, card_id, "b", lane)
    put_card(doc, "x", "a", "middle")
    layout, plan = _plan(doc)
    grid = DragGrid(plan.grid, {"x"})
    column_b = layout.columns["b"]
    # reaching into column c, its middle still in b, between the two cards of b by height
    box = (column_b.right - 120, layout.rows["middle"].y + 10, 188.0, 52.0)
    grid.place_cards({"x": box})
    step, lane, index = grid.place("x")
    assert (step, lane) == (1, 1)
    assert grid.place("upper")[2] < index or grid.place("upper")[1] < lane
    grid.place_cards({"x": (layout.grid.right + 50, box[1], 188.0, 52.0)})
    assert grid.place("x")[0] == len(STEPS)  # off the grid ahead: a column of its own after the last
    grid.place_cards({"x": (layout.grid.x - 400, box[1], 188.0, 52.0)})
    assert grid.place("x")[0] == -1


def test_a_card_lifted_and_held_where_it_lay_routes_as_the_router_does():
    doc = _grid()
    for card_id, step, lane in (("from", "a", "middle"), ("b1", "b", "middle"), ("to", "d", "middle"),
                                ("up", "c", "top"), ("back", "b", "bottom"), ("far", "d", "top")):
        put_card(doc, card_id, step, lane)
    for conn_id, source, target in (("long", "from", "to"), ("rise", "from", "up"), ("loop", "far", "back"),
                                    ("twice", "b1", "to")):
        doc.add_connection(Connection(conn_id, source, target))
    layout, plan = _plan(doc)
    assert plan.routes["long"].channels and plan.routes["loop"].kind == "loop_down"
    for card in ("from", "to", "far", "b1"):
        routing = DragRouting(plan, [card])
        routes = routing.routes({card: _rect(layout, card)})
        for conn_id, _source, _target in routing.connections:
            assert routes[conn_id] == plan.routes[conn_id], (card, conn_id)


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_card_carried_over_the_map_never_has_a_route_under_a_card_it_does_not_reach(direction):
    doc = generate("S", seed=5, direction=direction, shape=(3, 2, 5, 40, 60))
    layout, plan = _plan(doc)
    checked = 0
    for card in [c.id for c in doc.cards()][::4]:
        routing = DragRouting(plan, [card])
        if not routing.connections:
            continue
        for dx in range(-700, 701, 70):
            for dy in (-130, -45, 0, 60, 140):
                box = _moved(layout, card, dx, dy)
                routes = routing.routes({card: box})
                for conn_id, crossed in _crossings(layout, routes, routing.connections, {card: box}).items():
                    checked += 1
                    for other in crossed:
                        assert _near(box, _rect(layout, other)), (card, dx, dy, conn_id, other)
    assert checked > 1000


def test_cards_dragged_together_route_round_the_cards_that_stay_and_block_each_others_runs():
    doc = _grid()
    for card_id, step, lane in (("x", "a", "top"), ("y", "a", "middle"), ("z", "d", "middle"), ("w", "c", "top")):
        put_card(doc, card_id, step, lane)
    for conn_id, source, target in (("yz", "y", "z"), ("xy", "x", "y"), ("wx", "w", "x")):
        doc.add_connection(Connection(conn_id, source, target))
    layout, plan = _plan(doc)
    routing = DragRouting(plan, ["x", "y"])
    for dx in range(0, 400, 40):
        boxes = {card: _moved(layout, card, dx, 20) for card in ("x", "y")}
        routes = routing.routes(boxes)
        for conn_id, crossed in _crossings(layout, routes, routing.connections, boxes).items():
            for other in set(crossed) - set(boxes):  # the dragged cards are lifted above the map
                assert any(_near(box, _rect(layout, other)) for box in boxes.values()), (dx, conn_id, other)
    # x carried into y's row, in the way of y's run to z: y's route goes round it
    alone = DragRouting(plan, ["y"]).routes({"y": _rect(layout, "y")})["yz"]
    boxes = {"x": _moved(layout, "x", 212, layout.rows["middle"].y - layout.cards["x"].y), "y": _rect(layout, "y")}
    routes = routing.routes(boxes)
    assert routes["yz"].channels != alone.channels
    assert _crossings(layout, routes, [("yz", "y", "z")], boxes) == {"yz": []}


def test_a_moving_leg_along_a_gutter_takes_a_track_apart_from_the_legs_that_stay():
    doc = _grid()
    for card_id, step, lane in (("a-top", "a", "top"), ("a-mid", "a", "middle"),
                                ("d-top", "d", "top"), ("d-bottom", "d", "bottom")):
        put_card(doc, card_id, step, lane)
    doc.add_connection(Connection("stays", "a-top", "d-bottom"))  # down the gutter before d, top to bottom
    doc.add_connection(Connection("moves", "a-mid", "d-top"))     # up the same gutter, over the same lanes
    layout, plan = _plan(doc)
    routing = DragRouting(plan, ["a-mid"])
    staying = plan.routes["stays"].channels
    for dy in (-10, 0, 10):
        moving = routing.routes({"a-mid": _moved(layout, "a-mid", 6, dy)})["moves"].channels
        gutter_legs = [v for v in moving if abs(v - layout.columns["c"].right) <= 9.01]
        assert gutter_legs
        for value in gutter_legs:
            assert min(abs(value - other) for other in staying) >= TRACK_SPACING - 1e-9


def test_an_end_on_a_card_that_stays_fits_between_the_ends_already_there():
    doc = _grid()
    for card_id, step, lane in (("top-src", "a", "top"), ("bottom-src", "a", "bottom"), ("x", "a", "middle"),
                                ("hub", "c", "middle")):
        put_card(doc, card_id, step, lane)
    for conn_id, source in (("from-top", "top-src"), ("from-bottom", "bottom-src"), ("from-x", "x")):
        doc.add_connection(Connection(conn_id, source, "hub"))
    layout, plan = _plan(doc)
    fraction = {c: slot_fraction(plan.routes[c].target_slot) for c in ("from-top", "from-bottom")}
    routing = DragRouting(plan, ["x"])
    moving = routing.routes({"x": _moved(layout, "x", 30, 4)})["from-x"]
    assert fraction["from-top"] < slot_fraction(moving.target_slot) < fraction["from-bottom"]

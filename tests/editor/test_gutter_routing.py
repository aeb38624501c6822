"""Connections run through the gutters: never under a card they do not join, apart from each
other where they share a gutter, and routed again when the map changes.

The routes are checked as numbers (gutters.plan_routes on a computed layout), and on whole
scenes with the map checker (tests/map_checker.py)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from bench.generate import generate
from journeymap.editor.gutters import plan_routes
from journeymap.editor.routing import segments
from journeymap.editor.scene import JourneyScene
from journeymap.io.templates import load_template, template_names
from journeymap.model import Card, Connection, JourneyDocument
from tests.factories import fixed_height_layout, lane_grid, put_card
from tests.map_checker import (
    check_scene,
    collect_old_scenes,  # noqa: F401 - a fixture
    route_crosses,
)

STEPS = ("a", "b", "c", "d")
LANES = ("top", "middle", "bottom")

pytestmark = pytest.mark.usefixtures("collect_old_scenes")


def _grid(direction: str = "ltr") -> JourneyDocument:
    return lane_grid("Gutters", STEPS, LANES, direction)


def _routes(doc):
    layout = fixed_height_layout(doc)
    conns = [(c.id, c.source, c.target) for c in doc.connections()]
    return layout, plan_routes(layout, doc.cells(), conns)


def _crossed(doc) -> dict[str, list[str]]:
    """Per connection, the cards its route (as numbers) passes under."""
    layout, routes = _routes(doc)
    forward = layout.forward_sign()
    crossed = {}
    for conn in doc.connections():
        s, t = layout.cards[conn.source], layout.cards[conn.target]
        cmds, end, direction = segments(routes[conn.id], (s.x, s.y, s.w, s.h), (t.x, t.y, t.w, t.h), forward)
        boxes = {card_id: (b.x, b.y, b.right, b.bottom) for card_id, b in layout.cards.items()}
        crossed[conn.id] = route_crosses(cmds, end, direction, boxes)
    return crossed


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_long_forward_connection_goes_round_the_cards_in_its_lane(direction):
    doc = _grid(direction)
    for card_id, step in (("from", "a"), ("b1", "b"), ("c1", "c"), ("to", "d")):
        put_card(doc, card_id, step, "middle")
    doc.add_connection(Connection("e", "from", "to"))
    assert _crossed(doc) == {"e": []}
    route = _routes(doc)[1]["e"]
    assert len(route.channels) == 3  # out into a gutter, along the lane line, into the target's gutter


def test_a_long_forward_connection_over_empty_cells_runs_straight():
    doc = _grid()
    put_card(doc, "from", "a", "middle")
    put_card(doc, "to", "d", "middle")
    doc.add_connection(Connection("e", "from", "to"))
    _layout, routes = _routes(doc)
    assert _crossed(doc) == {"e": []}
    assert len(routes["e"].channels) <= 1


def test_neighbouring_columns_far_apart_in_height_turn_in_the_gutter():
    doc = _grid()
    put_card(doc, "from", "a", "top")
    put_card(doc, "b-middle", "b", "middle")
    put_card(doc, "to", "b", "bottom")
    doc.add_connection(Connection("e", "from", "to"))
    layout, routes = _routes(doc)
    assert _crossed(doc) == {"e": []}
    (x,) = routes["e"].channels
    assert layout.cards["from"].right < x < layout.cards["to"].x  # the vertical run lies in the gutter


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_connection_down_a_column_passes_beside_the_cards_between(direction):
    doc = _grid(direction)
    for card_id, lane in (("upper", "top"), ("between", "middle"), ("lower", "bottom")):
        put_card(doc, card_id, "b", lane)
    doc.add_connection(Connection("e", "upper", "lower"))
    doc.add_connection(Connection("near", "upper", "between"))  # neighbours: the short vertical curve
    crossed = _crossed(doc)
    assert crossed == {"e": [], "near": []}
    routes = _routes(doc)[1]
    assert routes["near"].channels == () and routes["near"].sides() == ("bottom", "top")


def test_stacked_cards_in_one_cell_connect_through_the_gutter_beside_them():
    doc = _grid()
    for card_id in ("first", "second"):
        put_card(doc, card_id, "b", "middle")
    doc.add_connection(Connection("e", "first", "second"))  # 8 units apart: no room for an arrowhead
    assert _crossed(doc) == {"e": []}
    assert _routes(doc)[1]["e"].sides() == ("fwd", "fwd")


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_loop_back_leaves_behind_its_card_and_never_under_others(direction):
    doc = _grid(direction)
    put_card(doc, "back-to", "a", "top")
    put_card(doc, "below", "c", "bottom")
    put_card(doc, "in-cell-below", "d", "middle")
    doc.cell_cards("d", "middle")
    doc.add_card(Card("loop-from", "d", "middle", "loop"), index=0)
    put_card(doc, "on-the-way", "b", "top")
    doc.add_connection(Connection("loop", "loop-from", "back-to"))
    assert _crossed(doc) == {"loop": []}
    assert _routes(doc)[1]["loop"].sides() == ("back", "fwd")


def test_routes_sharing_a_gutter_get_tracks_of_their_own():
    doc = _grid()
    put_card(doc, "hub", "a", "top")
    for lane, card_id in (("middle", "m"), ("bottom", "bt")):
        put_card(doc, card_id, "b", lane)
    put_card(doc, "m2", "a", "middle")
    doc.add_connection(Connection("to-bottom", "hub", "bt"))
    doc.add_connection(Connection("to-middle", "m2", "bt"))
    _layout, routes = _routes(doc)
    x1, x2 = routes["to-bottom"].channels[0], routes["to-middle"].channels[0]
    assert abs(x1 - x2) >= 4.0  # both run down the gutter between a and b over the middle lane
    assert _crossed(doc) == {"to-bottom": [], "to-middle": []}


def _scene(doc) -> JourneyScene:
    scene = JourneyScene(doc, QUndoStack())
    scene.apply_geometry()
    return scene


def _labelled(doc) -> JourneyDocument:
    """Give a third of the connections a label of one to six words (and keep their shares)."""
    words = "waits for a callback then asks the chatbot about delivery and returns".split()
    for i, conn in enumerate(doc.connections()):
        if i % 3 == 0:
            doc.update_connection(conn.id, label=" ".join(words[i % 5: i % 5 + 1 + i % 6]))
    return doc


@pytest.mark.parametrize("name", template_names())
@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_the_checker_finds_nothing_on_the_templates(qapp, name, direction):
    doc = load_template(name)
    doc.set_info(direction=direction)
    problems = check_scene(_scene(doc))
    assert problems.total() == 0, problems


@pytest.mark.parametrize(
    ("shape", "direction"),
    [
        ((5, 2, 8, 60, 70), "ltr"),
        ((8, 3, 10, 300, 420), "rtl"),
        ((10, 4, 12, 1_000, 1_500), "ltr"),
    ],
    ids=["60", "300-rtl", "1000"],
)
def test_the_checker_finds_nothing_on_generated_maps(qapp, shape, direction):
    doc = _labelled(generate("S", seed=11, direction=direction, shape=shape))
    problems = check_scene(_scene(doc))
    assert problems.total() == 0, problems.counts()


def test_adding_a_card_in_the_way_routes_the_connection_round_it(qapp):
    doc = _grid()
    put_card(doc, "from", "a", "middle")
    put_card(doc, "to", "d", "middle")
    doc.add_connection(Connection("e", "from", "to"))
    scene = _scene(doc)
    before = scene.connection_items["e"].route_commands()
    put_card(doc, "in-the-way", "b", "middle")
    problems = check_scene(scene)
    assert problems.total() == 0, problems
    assert scene.connection_items["e"].route_commands() != before


def test_moving_and_resizing_route_again(qapp):
    doc = _grid()
    put_card(doc, "from", "a", "top")
    put_card(doc, "to", "d", "top")
    put_card(doc, "elsewhere", "c", "bottom")
    doc.add_connection(Connection("e", "from", "to", "goes on", 40.0))
    scene = _scene(doc)
    doc.move_cards([("elsewhere", "c", "top", None)])  # now in the way
    assert check_scene(scene).total() == 0
    doc.update_step("b", width=400.0)
    doc.update_lane("top", height=300.0)
    assert check_scene(scene).total() == 0
    doc.update_card("elsewhere", title="A card with a much longer title " * 4)  # taller
    assert check_scene(scene).total() == 0

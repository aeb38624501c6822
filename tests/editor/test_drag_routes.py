"""A card dragged far: while it moves, its connections are drawn along the routes the router
plans for where it is, never under a card they do not join, with their captions on free spots;
the drop routes the whole map, and Escape shows exactly what was there before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from journeymap.editor.drag_routes import DragRouting
from journeymap.editor.routing import arrow_points, segments
from journeymap.editor.scene import JourneyScene
from journeymap.io.templates import load_template
from tests.editor.test_live_drag import _geometry
from tests.map_checker import check_scene, collect_old_scenes, drawn_crossings  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("collect_old_scenes")

DRAGGED = "c-co-compare"  # six connections: in from the product page and the chatbot, out to four cards
# empty cells across the map, behind the card's step and ahead of it, in lanes above and below its own
STOPS = (
    ("st-co-research", "lane-ads"),
    ("st-pu-receive", "lane-ads"),
    ("st-pu-receive", "lane-phone"),
    ("st-re-return", "lane-chatbot"),
)
NEAR = 11.0  # an arrowhead's length and a pixel: a card dragged this near another leaves no room between


@pytest.fixture(params=["ltr", "rtl"])
def purchase(make_canvas, request):
    doc = load_template("online-purchase")
    doc.set_info(direction=request.param)  # right to left: the same map, mirrored
    return make_canvas(doc)


def _box(item) -> tuple[float, float, float, float]:
    r = item.scene_rect()
    return (r.left(), r.top(), r.right(), r.bottom())


def _rect(item) -> tuple[float, float, float, float]:
    return (item.x(), item.y(), item.width(), item.height())


def _near(a, b, margin: float = NEAR) -> bool:
    return a[0] - margin < b[2] and b[0] < a[2] + margin and a[1] - margin < b[3] and b[1] < a[3] + margin


def _moving(scene, card_ids):
    return sorted({c for card in card_ids for c in scene.card_items[card].connections}, key=lambda c: c.conn_id)


def _crossings(scene, card_ids) -> dict[str, list[str]]:
    """Per moving connection, the cards its drawn route (and arrowhead) runs under, but its own two."""
    boxes = {card_id: _box(item) for card_id, item in scene.card_items.items()}
    result = {}
    for conn in _moving(scene, card_ids):
        others = {k: v for k, v in boxes.items() if k not in (conn.source.card_id, conn.target.card_id)}
        result[conn.conn_id] = drawn_crossings(conn.drag_commands(), conn.drag_arrow(), others)
    return result


def _old_picture_crossings(scene, card_ids) -> set[str]:
    """What keeping the resting routes with the moving ends would draw: the connections it runs under cards."""
    boxes = {card_id: _box(item) for card_id, item in scene.card_items.items()}
    crossing = set()
    for conn in _moving(scene, card_ids):
        cmds, end, direction = segments(conn.route, _rect(conn.source), _rect(conn.target), conn.forward)
        others = {k: v for k, v in boxes.items() if k not in (conn.source.card_id, conn.target.card_id)}
        if drawn_crossings(cmds, arrow_points(end, direction), others):
            crossing.add(conn.conn_id)
    return crossing


def _shown_caption(conn) -> tuple[float, float, float, float] | None:
    label = conn.caption_item()
    if label is None or not label.isVisible() or label.rect().isNull():
        return None
    r = label.rect().translated(label.pos())
    return (r.left(), r.top(), r.right(), r.bottom())


def _caption_overlaps(scene, card_ids) -> list[tuple[str, str]]:
    """Moving connections' captions over a card (where the cards are now) or over another caption."""
    cards = {card_id: _box(item) for card_id, item in scene.card_items.items()}
    captions = {c.conn_id: _shown_caption(c) for c in scene.connection_items.values()}
    found = []
    for conn in _moving(scene, card_ids):
        mine = captions[conn.conn_id]
        if mine is None:
            continue
        for other_id, other in [*cards.items(), *captions.items()]:
            if other_id != conn.conn_id and other is not None and _near(mine, other, -0.01):
                found.append((conn.conn_id, other_id))
    return found


def _carry(canvas, card_ids, between=None, at_stop=None) -> QPointF:
    """Press on the first card and carry it to the middle of each of STOPS in turn, in eight moves;
    ``between()`` runs after every move, ``at_stop()`` at each stop. Returns the pointer, the button
    still down."""
    item = canvas.scene.card_items[card_ids[0]]
    at = item.scene_rect().center()
    canvas.press(at)
    for step, lane in STOPS:
        goal = at + (canvas.cell_center(step, lane) - item.scene_rect().center())
        for i in range(1, 9):
            canvas.move(at + (goal - at) * (i / 8))
            if between is not None:
                between()
        at = goal
        if at_stop is not None:
            at_stop()
    return at


def test_a_card_dragged_across_steps_and_lanes_draws_true_routes_all_the_way(purchase, qapp):
    scene = purchase.scene
    moving = _moving(scene, [DRAGGED])
    old_picture_wrong = set()
    met = []

    def only_cards_it_nearly_touches():
        dragged = _box(scene.card_items[DRAGGED])
        for conn_id, crossed in _crossings(scene, [DRAGGED]).items():
            for card_id in crossed:  # a route may only meet a card where the dragged card leaves no room
                assert _near(dragged, _box(scene.card_items[card_id])), (conn_id, card_id)
                met.append(card_id)

    def true_routes_clear_of_every_card():
        dragged = _box(scene.card_items[DRAGGED])
        assert not any(_near(dragged, _box(item), 0.0) for c, item in scene.card_items.items() if c != DRAGGED)
        assert _crossings(scene, [DRAGGED]) == {conn.conn_id: [] for conn in moving}
        assert _caption_overlaps(scene, [DRAGGED]) == []
        # what is drawn is what the router plans for the card where it is now
        boxes = {DRAGGED: _rect(scene.card_items[DRAGGED])}
        routes = DragRouting(scene.route_plan(), [DRAGGED]).routes(boxes)
        forward = scene.layout.forward_sign()
        for conn in moving:
            cmds, _end, _direction = segments(routes[conn.conn_id], _rect(conn.source), _rect(conn.target), forward)
            assert conn.drag_commands() == cmds
        old_picture_wrong.update(_old_picture_crossings(scene, [DRAGGED]))

    pointer = _carry(purchase, [DRAGGED], only_cards_it_nearly_touches, true_routes_clear_of_every_card)
    assert old_picture_wrong  # the stops are ones where the resting routes, stretched, run under cards
    assert met  # on the way the card passed over others
    purchase.release(pointer)
    assert purchase.stack.count() == 1
    assert scene.document.card(DRAGGED).step == STOPS[-1][0]
    assert check_scene(scene).total() == 0
    fresh = JourneyScene(purchase.doc, QUndoStack())
    qapp.processEvents()
    try:
        assert _geometry(scene) == _geometry(fresh)  # the drop routed the whole map, as a fresh build does
    finally:
        fresh.detach()


def test_escape_after_a_long_drag_shows_exactly_the_routes_and_captions_from_before(purchase, qapp):
    from journeymap.editor.keyboard_entry import KeyboardEntry

    scene, view = purchase.scene, purchase.view
    keys = KeyboardEntry(view)
    try:
        before = _geometry(scene)
        _carry(purchase, [DRAGGED])
        assert any(conn.drag_commands() != conn.route_commands() for conn in _moving(scene, [DRAGGED]))
        escape = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view, escape)
        qapp.processEvents()
        assert _geometry(scene) == before  # routes, arrows, captions and where the captions show
        assert not scene.live_layer().items_drawn() and scene.connection_layer.isVisible()
        assert check_scene(scene).total() == 0
        assert purchase.stack.count() == 0
    finally:
        view.removeEventFilter(keys)


def test_cards_dragged_together_route_round_the_cards_that_stay(purchase):
    scene = purchase.scene
    group = [DRAGGED, "c-co-chatbot"]  # joined to each other both ways, and each to others
    scene.select_ids(group)
    inner = {c.conn_id for c in _moving(scene, group) if {c.source.card_id, c.target.card_id} == set(group)}
    assert inner == {"e-compare-to-chat", "e-chat-to-compare"}
    met = []

    def only_cards_they_nearly_touch():
        boxes = [_box(scene.card_items[c]) for c in group]
        for conn_id, crossed in _crossings(scene, group).items():
            # the dragged cards are lifted above the map: what passes under them, passes under
            for card_id in set(crossed) - set(group):
                assert any(_near(box, _box(scene.card_items[card_id])) for box in boxes), (conn_id, card_id)
                met.append(card_id)

    purchase.release(_carry(purchase, group, only_cards_they_nearly_touch))
    assert met  # on the way the cards passed over others
    assert purchase.stack.count() == 1
    assert check_scene(scene).total() == 0


def test_the_drawn_captions_of_a_drag_stay_inside_the_grid(purchase):
    scene = purchase.scene
    grid = scene.layout.grid
    inside = QRectF(grid.x, grid.y, grid.w, grid.h + 18)
    shown_any = []

    def inside_the_grid():
        for conn in _moving(scene, [DRAGGED]):
            shown = _shown_caption(conn)
            if shown is not None:
                shown_any.append(conn.conn_id)
                assert inside.contains(QRectF(QPointF(shown[0], shown[1]), QPointF(shown[2], shown[3])))

    purchase.release(_carry(purchase, [DRAGGED], inside_the_grid))
    assert shown_any


def test_a_card_that_loops_to_itself_carries_its_loop_beside_it(canvas):
    from journeymap.model import Connection

    scene = canvas.scene
    canvas.doc.add_connection(Connection("self", "web-buy", "web-buy"))
    scene.apply_geometry()
    start = canvas.card_center("web-buy")
    canvas.press(start)
    for dx in (20, 150, 300):
        canvas.move(start + QPointF(dx, 120))
        loop = scene.connection_items["self"]
        card = _rect(scene.card_items["web-buy"])
        cmds, _end, _direction = segments(loop.route, card, card, scene.layout.forward_sign())
        assert loop.drag_commands() == cmds  # the loop's own shape, on its card where it is now
        x0, y0, x1, y1 = loop.drag_box()
        assert card[0] <= x0 and x1 <= card[0] + card[2] + 30 and card[1] <= y0 and y1 <= card[1] + card[3]
    canvas.release(start + QPointF(300, 120))

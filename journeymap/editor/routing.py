"""How a connection runs between two cards: pure geometry, no painting.

Forward moves leave a card at its forward side (right, or left in a right-to-left
map) and enter the next card at its back side along a smooth S. Moves inside one
column run vertically. Loops back to an earlier step leave from the bottom (or
top) and run along the grid line between lanes (a *gutter*, where no card can
be) before turning into the target, so a loop never cuts through the cards it
passes. Several connections on one side of a card spread out along that side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import style

Rect = tuple[float, float, float, float]  # x, y, w, h
Point = tuple[float, float]
Box4 = tuple[float, float, float, float]  # x0, y0, x1, y1

FORWARD, DOWN, UP, LOOP_SAME, LOOP_DOWN, LOOP_UP, SELF = (
    "forward", "down", "up", "loop_same", "loop_down", "loop_up", "self",
)

# Which side of the source and of the target each kind of route uses.
SIDES = {
    FORWARD: ("fwd", "back"),
    DOWN: ("bottom", "top"),
    UP: ("top", "bottom"),
    LOOP_SAME: ("bottom", "bottom"),
    LOOP_DOWN: ("bottom", "top"),
    LOOP_UP: ("top", "bottom"),
    SELF: ("fwd", "fwd"),
}


@dataclass
class Route:
    """The kind of route and where on each card's side it attaches (slot i of n)."""

    kind: str
    gutter: float = 0.0          # y of the grid line a loop runs along
    source_slot: tuple[int, int] = (0, 1)
    target_slot: tuple[int, int] = (0, 1)


def route_kind(source_place: tuple[int, int, int], target_place: tuple[int, int, int], same_card: bool) -> str:
    """The kind of route from places (step index, lane index, index in cell) on the timeline."""
    if same_card:
        return SELF
    s_step, s_lane, s_index = source_place
    t_step, t_lane, t_index = target_place
    if t_step > s_step:
        return FORWARD
    if t_step == s_step:
        return DOWN if (t_lane, t_index) > (s_lane, s_index) else UP
    if t_lane == s_lane:
        return LOOP_SAME
    return LOOP_DOWN if t_lane > s_lane else LOOP_UP


def _slot_fraction(slot: tuple[int, int]) -> float:
    index, count = slot
    if count <= 1:
        return 0.5
    spread = 0.6  # use the middle 60% of a side
    return 0.5 - spread / 2 + spread * index / (count - 1)


def attach_point(rect: Rect, side: str, slot: tuple[int, int], forward: int) -> Point:
    """A point on a card's side; 'fwd' and 'back' resolve through the map direction."""
    x, y, w, h = rect
    f = _slot_fraction(slot)
    if side in ("fwd", "back"):
        right = (side == "fwd") == (forward > 0)
        return (x + w if right else x, y + h * f)
    along = x + w * (1 - f) if forward < 0 else x + w * f
    return (along, y + h if side == "bottom" else y)


def segments(route: Route, source: Rect, target: Rect, forward: int) -> tuple[list[tuple], Point, Point]:
    """Path commands ('M'|'L'|'C'|'Q', points...) and the end point with its arrival direction."""
    source_side, target_side = SIDES[route.kind]
    p0 = attach_point(source, source_side, route.source_slot, forward)
    p3 = attach_point(target, target_side, route.target_slot, forward)
    return route_through(route, p0, p3, forward, source)


def route_through(
    route: Route, p0: Point, p3: Point, forward: int, source: Rect | None = None
) -> tuple[list[tuple], Point, Point]:
    """``segments`` from the two attach points (a self loop also needs its card's ``source`` rectangle).

    While cards are dragged an attach point moves with its card, so it is the point it was
    plus the drag's offset: the drag routes from the points, never asking for rectangles."""
    if route.kind == FORWARD:
        return _s_curve(p0, p3, forward), p3, (float(forward), 0.0)
    if route.kind in (DOWN, UP):
        sign = 1.0 if route.kind == DOWN else -1.0
        return _vertical_curve(p0, p3, sign), p3, (0.0, sign)
    if route.kind == SELF:
        return _self_loop(source, p0, forward), p0, (-float(forward), 0.0)
    return _gutter_route(route, p0, p3)


def _s_curve(p0: Point, p3: Point, forward: int) -> list[tuple]:
    reach = max(36.0, abs(p3[0] - p0[0]) * 0.45)
    c1 = (p0[0] + forward * reach, p0[1])
    c2 = (p3[0] - forward * reach, p3[1])
    return [("M", p0), ("C", c1, c2, p3)]


def _vertical_curve(p0: Point, p3: Point, sign: float) -> list[tuple]:
    reach = max(10.0, abs(p3[1] - p0[1]) * 0.45)
    return [("M", p0), ("C", (p0[0], p0[1] + sign * reach), (p3[0], p3[1] - sign * reach), p3)]


def _self_loop(rect: Rect, p0: Point, forward: int) -> list[tuple]:
    x, y, w, h = rect
    top = (p0[0], y + h * 0.3)
    bottom = (p0[0], y + h * 0.7)
    out = forward * 40.0
    return [("M", bottom), ("C", (bottom[0] + out, bottom[1] + 12), (top[0] + out, top[1] - 12), top)]


def _gutter_route(route: Route, p0: Point, p3: Point) -> tuple[list[tuple], Point, Point]:
    """Out of the card vertically, along the gutter, and back in, with rounded corners."""
    g = route.gutter
    out_sign = 1.0 if g >= p0[1] else -1.0
    in_sign = 1.0 if p3[1] >= g else -1.0  # direction of travel into the target
    run = 1.0 if p3[0] >= p0[0] else -1.0
    r = max(2.0, min(14.0, abs(g - p0[1]), abs(p3[1] - g), abs(p3[0] - p0[0]) / 2))
    cmds = [
        ("M", p0),
        ("L", (p0[0], g - out_sign * r)),
        ("Q", (p0[0], g), (p0[0] + run * r, g)),
        ("L", (p3[0] - run * r, g)),
        ("Q", (p3[0], g), (p3[0], g + in_sign * r)),
        ("L", p3),
    ]
    return cmds, p3, (0.0, in_sign)


def gutter_for(kind: str, source_row: tuple[float, float], target_row: tuple[float, float]) -> float:
    """The grid line a loop runs along, from the (top, bottom) of the two cards' lanes."""
    if kind == LOOP_SAME:
        return source_row[1] - style.CELL_PADDING_Y / 3
    if kind == LOOP_DOWN:
        return target_row[0]
    if kind == LOOP_UP:
        return source_row[0]
    return 0.0


LABEL_FRACTIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88)


def _cubic(p0: Point, c1: Point, c2: Point, p3: Point, t: float) -> Point:
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * p0[0] + b * c1[0] + c * c2[0] + d * p3[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p3[1])


def iter_label_points(cmds: list[tuple]):
    """Candidate caption centres along a route, best first (the middle of the route's main run),
    computed one at a time: the first is usually free."""
    start = cmds[0][1]
    if len(cmds) == 2 and cmds[1][0] == "C":
        _, c1, c2, end = cmds[1]
        for t in LABEL_FRACTIONS:
            yield _cubic(start, c1, c2, end, t)
        return
    # a gutter route: its long straight run along the grid line is the fourth command
    a = cmds[2][2]
    b = cmds[3][1]
    for t in LABEL_FRACTIONS:
        yield (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def label_points(cmds: list[tuple]) -> list[Point]:
    return list(iter_label_points(cmds))


# ----------------------------------------------------------------------------- the arrowhead and bounds, as numbers
def arrow_points(tip: Point, direction: Point) -> tuple[Point, Point, Point]:
    """The arrowhead's corners (tip first) for a route ending at ``tip`` heading along ``direction``."""
    dx, dy = direction
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip[0] - ux * style.ARROW_LENGTH, tip[1] - uy * style.ARROW_LENGTH
    half = style.ARROW_WIDTH / 2
    return (tip, (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half))


def route_box(cmds: list[tuple], arrow: tuple[Point, ...] = ()) -> Box4:
    """The box around a route's points and control points (the curve lies inside it) and its arrow."""
    if len(cmds) == 2 and cmds[1][0] == "C" and len(arrow) == 3:  # one curve, the common case: no lists
        (x0, y0), (_, (x1, y1), (x2, y2), (x3, y3)) = cmds[0][1], cmds[1]
        (ax, ay), (bx, by), (cx, cy) = arrow
        return (min(x0, x1, x2, x3, ax, bx, cx), min(y0, y1, y2, y3, ay, by, cy),
                max(x0, x1, x2, x3, ax, bx, cx), max(y0, y1, y2, y3, ay, by, cy))
    xs = [p[0] for cmd in cmds for p in cmd[1:]]
    ys = [p[1] for cmd in cmds for p in cmd[1:]]
    xs += [p[0] for p in arrow]
    ys += [p[1] for p in arrow]
    return (min(xs), min(ys), max(xs), max(ys))

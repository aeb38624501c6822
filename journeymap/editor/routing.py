"""How a connection runs between two cards: pure geometry, no painting.

A route either is one smooth curve (a short S between neighbouring columns, a
vertical curve between neighbours in one column) or runs through *gutters*: the
bands between columns and between lanes that no card reaches. Such a route is
given by its *channels*, the coordinates of its legs in turn (x of a vertical leg,
y of a horizontal one, starting with the axis that leaves the source's side), and
drawn as straight legs with rounded corners. gutters.py decides which route each
connection takes; here the routes become path commands. Several connections on
one side of a card spread out along that side.
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
    gutter: float = 0.0          # kept for old callers: y of the grid line a loop runs along
    source_slot: tuple[int, int] = (0, 1)
    target_slot: tuple[int, int] = (0, 1)
    source_side: str = ""        # "" is the kind's own side (SIDES)
    target_side: str = ""
    channels: tuple[float, ...] = ()  # the legs through the gutters (see the module's docstring)

    def sides(self) -> tuple[str, str]:
        source, target = SIDES[self.kind]
        return (self.source_side or source, self.target_side or target)


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


SLOT_SPREAD = 0.6  # the slots of a side use its middle 60%


def slot_fraction(slot: tuple[float, int]) -> float:
    """Where along its side slot ``(index, count)`` attaches, from 0 to 1."""
    index, count = slot
    if count <= 1:
        return 0.5
    return 0.5 - SLOT_SPREAD / 2 + SLOT_SPREAD * index / (count - 1)


def fraction_slot(fraction: float) -> tuple[float, int]:
    """The slot that attaches at ``fraction`` of its side: an end fitted between the slots of others."""
    return ((fraction - 0.5 + SLOT_SPREAD / 2) / SLOT_SPREAD, 2)


def attach_point(rect: Rect, side: str, slot: tuple[int, int], forward: int) -> Point:
    """A point on a card's side; 'fwd' and 'back' resolve through the map direction."""
    x, y, w, h = rect
    f = slot_fraction(slot)
    if side in ("fwd", "back"):
        right = (side == "fwd") == (forward > 0)
        return (x + w if right else x, y + h * f)
    along = x + w * (1 - f) if forward < 0 else x + w * f
    return (along, y + h if side == "bottom" else y)


def segments(route: Route, source: Rect, target: Rect, forward: int) -> tuple[list[tuple], Point, Point]:
    """Path commands ('M'|'L'|'C'|'Q', points...) and the end point with its arrival direction."""
    source_side, target_side = route.sides()
    p0 = attach_point(source, source_side, route.source_slot, forward)
    p3 = attach_point(target, target_side, route.target_slot, forward)
    return route_through(route, p0, p3, forward, source)


def route_through(
    route: Route, p0: Point, p3: Point, forward: int, source: Rect | None = None
) -> tuple[list[tuple], Point, Point]:
    """``segments`` from the two attach points (a self loop also needs its card's ``source`` rectangle).

    While cards are dragged an attach point moves with its card, so it is the point it was
    plus the drag's offset: the drag routes from the points, never asking for rectangles."""
    if route.channels:
        return orthogonal_route(p0, p3, route.channels, route.sides()[0] in ("fwd", "back"))
    if route.kind == FORWARD:
        return _s_curve(p0, p3, forward), p3, (float(forward), 0.0)
    if route.kind in (DOWN, UP):
        sign = 1.0 if route.kind == DOWN else -1.0
        return _vertical_curve(p0, p3, sign), p3, (0.0, sign)
    if route.kind == SELF:
        return _self_loop(source, p0, forward), p0, (-float(forward), 0.0)
    return _gutter_route(route, p0, p3)


def _s_curve(p0: Point, p3: Point, forward: int) -> list[tuple]:
    """An S whose control points stay between the two ends: the curve keeps to the gutter between them."""
    reach = max(4.0, abs(p3[0] - p0[0]))
    c1 = (p0[0] + forward * reach, p0[1])
    c2 = (p3[0] - forward * reach, p3[1])
    return [("M", p0), ("C", c1, c2, p3)]


def _vertical_curve(p0: Point, p3: Point, sign: float) -> list[tuple]:
    reach = max(4.0, abs(p3[1] - p0[1]) * 0.5)  # control points between the ends: the curve stays between the cards
    return [("M", p0), ("C", (p0[0], p0[1] + sign * reach), (p3[0], p3[1] - sign * reach), p3)]


def _self_loop(rect: Rect, p0: Point, forward: int) -> list[tuple]:
    x, y, w, h = rect
    top = (p0[0], y + h * 0.3)
    bottom = (p0[0], y + h * 0.7)
    out = forward * 26.0  # bulges 20 units: inside the gutter beside the card
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


CORNER_RADIUS = 6.0


def corner_points(p0: Point, p3: Point, channels: tuple[float, ...], horizontal_first: bool) -> list[Point]:
    """The corners of a route through ``channels``: p0, each turn, p3 (repeated and in-line points dropped)."""
    points = [p0]
    x, y = p0
    horizontal = horizontal_first
    for value in channels:
        if horizontal:
            x = value
        else:
            y = value
        points.append((x, y))
        horizontal = not horizontal
    points.append((p3[0], y) if horizontal else (x, p3[1]))  # the leg that reaches the target's line
    points.append(p3)
    kept = [points[0]]
    for point in points[1:]:
        x, y = point
        lx, ly = kept[-1]
        if abs(x - lx) < 0.01 and abs(y - ly) < 0.01:
            continue  # the same point again
        if len(kept) >= 2:
            ax, ay = kept[-2]
            if (abs(ax - lx) < 0.01 and abs(lx - x) < 0.01) or (abs(ay - ly) < 0.01 and abs(ly - y) < 0.01):
                kept[-1] = point  # in line with the two before: the leg goes on
                continue
        kept.append(point)
    return kept


def orthogonal_route(p0: Point, p3: Point, channels: tuple[float, ...], horizontal_first: bool):
    """Straight legs through the channels with rounded corners; the end point and its arrival direction.

    Each corner is rounded by ``r`` along both its legs (as ``_towards`` finds the points, written
    out: a drag routes tens of these on every step)."""
    points = corner_points(p0, p3, channels, horizontal_first)
    cmds: list[tuple] = [("M", points[0])]
    append = cmds.append
    bx, by = points[0]
    for i in range(1, len(points) - 1):
        cx, cy = corner = points[i]
        ax, ay = points[i + 1]
        before = abs(cx - bx) + abs(cy - by)
        after = abs(cx - ax) + abs(cy - ay)
        r = min(CORNER_RADIUS, before / 2, after / 2)
        before = before or 1.0
        after = after or 1.0
        append(("L", (cx + (bx - cx) * r / before, cy + (by - cy) * r / before)))
        append(("Q", corner, (cx + (ax - cx) * r / after, cy + (ay - cy) * r / after)))
        bx, by = cx, cy
    cmds.append(("L", points[-1]))
    last, end = points[-2] if len(points) > 1 else p0, points[-1]
    dx, dy = end[0] - last[0], end[1] - last[1]
    direction = (math.copysign(1.0, dx), 0.0) if abs(dx) >= abs(dy) else (0.0, math.copysign(1.0, dy))
    return cmds, end, direction


def _length(a: Point, b: Point) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])  # legs are straight along one axis


def _towards(corner: Point, other: Point, r: float) -> Point:
    length = _length(corner, other) or 1.0
    return (corner[0] + (other[0] - corner[0]) * r / length, corner[1] + (other[1] - corner[1]) * r / length)


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
    # a route of straight legs: along its legs, horizontal ones first (a caption is wide), longest first
    legs = []
    point = start
    for cmd in cmds[1:]:
        end = cmd[-1]
        if cmd[0] == "L":
            legs.append((point, end))
        point = end
    legs.sort(key=lambda leg: (abs(leg[0][1] - leg[1][1]) > 0.01, -_length(*leg)))
    for a, b in legs:
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

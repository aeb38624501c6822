"""Which way each connection runs so that it never passes under a card it does not join.

Pure numbers from the layout, no Qt. Cards sit inside their cells with padding, so
between two columns runs a vertical band no card reaches, and between two lanes a
horizontal one: the *gutters*. A connection between neighbouring columns is a short
S inside the gutter between them; one between neighbours in a column a short
vertical curve; every other one leaves its card sideways into a gutter, runs along
gutters (or along a stretch of empty cells) and enters its target from the side.
Where several routes run along one gutter over the same stretch each gets its own
*track*, a few units apart, so each stays readable as its own line.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from . import style
from .layout import MapLayout
from .routing import DOWN, FORWARD, SELF, UP, Route, attach_point, route_kind

CLEARANCE = 4.0         # how near a card a run along empty cells may pass
SHORT_S = 48.0          # neighbouring columns: an S while the two ends differ by at most this much in height
TRACK_SPACING = 5.0
TRACK_ROOM = 9.0        # how far from a gutter's middle a track may lie (the gutter is 2 x 12 wide)
TOP_ROOM = 4.0          # the same above the first lane, where the gutter is half as high
MIN_VERTICAL_GAP = style.ARROW_LENGTH + 6.0  # room a vertical curve needs for its arrowhead


class Grid:
    """The gutters and the cards' extents of one layout, in timeline order."""

    def __init__(self, layout: MapLayout, cells: Iterable[tuple[tuple[str, str], list[str]]]) -> None:
        self.forward = layout.forward_sign()
        self.step_index = {s: i for i, s in enumerate(layout.step_order)}
        self.lane_index = {lane: i for i, lane in enumerate(layout.lane_order)}
        self.columns = [layout.columns[s] for s in layout.step_order]
        self.rows = [layout.rows[lane] for lane in layout.lane_order]
        self.boxes = layout.cards
        self.place: dict[str, tuple[int, int, int]] = {}
        spans: list[list[tuple[float, float, str]]] = [[] for _ in self.columns]
        for (step_id, lane_id), ids in cells:
            step, lane = self.step_index[step_id], self.lane_index[lane_id]
            for index, card_id in enumerate(ids):
                self.place[card_id] = (step, lane, index)
                box = layout.cards[card_id]
                spans[step].append((box.y, box.bottom, card_id))
        for column in spans:
            column.sort()
        self.spans = spans
        self.tops = [[top for top, _bottom, _id in column] for column in spans]
        self.order = [{card_id: i for i, (_t, _b, card_id) in enumerate(column)} for column in spans]
        columns, ltr = self.columns, self.forward > 0
        first = [(columns[0].x if ltr else columns[0].right)] if columns else []
        self._vertical = first + [column.right if ltr else column.x for column in columns]

    def vertical_lines(self) -> list[float]:
        """x of every line between columns in timeline order, the one before the first column first."""
        return self._vertical

    def vertical_gutter(self, after_step: int) -> float:
        """x of the line between step ``after_step`` and the next (-1: before the first)."""
        return self._vertical[after_step + 1]

    def horizontal_gutter(self, below_lane: int) -> float:
        """y of the line below lane ``below_lane`` (-1: above the first lane)."""
        if below_lane < 0:
            return self.rows[0].y + style.CELL_PADDING_Y / 2  # stays inside the grid, under the step headers
        return self.rows[below_lane].bottom

    def s_curve_fits(self, p0, p3, after_step: int) -> bool:
        """Whether an S from ``p0`` to ``p3`` keeps to the gutter after ``after_step`` (its ends are
        that gutter's two sides, at most SHORT_S apart in height)."""
        return abs(p3[1] - p0[1]) <= SHORT_S

    def run_is_clear(self, y: float, first: int, last: int) -> bool:
        """Whether a horizontal run at ``y`` across the columns ``first`` to ``last`` (included) meets no card."""
        for step in range(min(first, last), max(first, last) + 1):
            spans, tops = self.spans[step], self.tops[step]
            i = bisect_left(tops, y + CLEARANCE)  # cards starting at or below the run's lower edge are clear
            # a column's cards never overlap, so the last card starting above the run ends lowest
            if i > 0 and spans[i - 1][1] > y - CLEARANCE:
                return False
        return True

    def neighbours_in_column(self, source: str, target: str, step: int) -> bool:
        """Whether nothing lies between the two cards of one column, with room for an arrowhead."""
        order = self.order[step]
        if abs(order[source] - order[target]) != 1:
            return False
        a, b = self.boxes[source], self.boxes[target]
        gap = b.y - a.bottom if a.y < b.y else a.y - b.bottom
        return gap >= MIN_VERTICAL_GAP


def route_sides(grid: Grid, kind: str, source: str, target: str, step: int) -> tuple[str, str]:
    """The sides a route leaves and enters by (``step``: the column of the two cards, for DOWN and UP)."""
    if kind == FORWARD:
        return ("fwd", "back")
    if kind == SELF:
        return ("fwd", "fwd")
    if kind in (DOWN, UP):
        if grid.neighbours_in_column(source, target, step):
            return ("bottom", "top") if kind == DOWN else ("top", "bottom")
        return ("fwd", "fwd")  # a bracket through the gutter beside the column
    return ("back", "fwd")     # a loop back: out behind the card, in at the target's front


def _lane_gutter(grid: Grid, source_lane: int, target_lane: int, y_source: float, y_target: float) -> int:
    """Which lane line a run between the two lanes takes (the lane index it lies below)."""
    if target_lane > source_lane:
        return source_lane
    if target_lane < source_lane:
        return source_lane - 1
    row = grid.rows[source_lane]
    middle = (y_source + y_target) / 2
    return source_lane - 1 if middle - row.y < row.bottom - middle and source_lane > 0 else source_lane


def route_legs(grid: Grid, kind: str, sides, p0, p3, s_place, t_place) -> list[tuple[str, int, float]]:
    """The route's legs as (gutter axis, gutter index, coordinate), before tracks are given."""
    s_step, s_lane, _ = s_place
    t_step, t_lane, _ = t_place
    if sides[0] in ("top", "bottom") or kind == SELF:
        return []
    if kind == FORWARD:
        if t_step == s_step + 1:
            if grid.s_curve_fits(p0, p3, s_step):
                return []
            return [("v", s_step, grid.vertical_gutter(s_step))]
        if grid.run_is_clear(p0[1], s_step + 1, t_step - 1):
            return [("v", t_step - 1, grid.vertical_gutter(t_step - 1))]
        if grid.run_is_clear(p3[1], s_step + 1, t_step - 1):
            return [("v", s_step, grid.vertical_gutter(s_step))]
        first, last = s_step, t_step - 1
    elif kind in (DOWN, UP):
        return [("v", s_step, grid.vertical_gutter(s_step))]
    else:  # a loop back to an earlier step
        first, last = s_step - 1, t_step
        if first == last:
            return [("v", first, grid.vertical_gutter(first))]
    lane = _lane_gutter(grid, s_lane, t_lane, p0[1], p3[1])
    return [
        ("v", first, grid.vertical_gutter(first)),
        ("h", lane, grid.horizontal_gutter(lane)),
        ("v", last, grid.vertical_gutter(last)),
    ]


def _slots(grid: Grid, ends: dict[str, tuple]) -> dict[tuple[str, int], tuple[int, int]]:
    """Spread the connections on each side of a card along it, ordered by where their other ends are."""
    users: dict[tuple[str, str], list] = {}
    place = grid.place
    for conn_id, (source, target, sides) in ends.items():
        for card, side, other, end in ((source, sides[0], target, 0), (target, sides[1], source, 1)):
            step, lane, index = place[other]
            # along a side, by where the other end is: by lane on the left and right sides, by step on top and bottom
            key = (lane, index, step) if side in ("fwd", "back") else (step, lane, index)
            group = users.get((card, side))
            if group is None:
                users[(card, side)] = [(key, conn_id, end)]
            else:
                group.append((key, conn_id, end))
    slots: dict[tuple[str, int], tuple[int, int]] = {}
    single = (0, 1)
    for group in users.values():
        count = len(group)
        if count == 1:
            slots[(group[0][1], group[0][2])] = single
            continue
        group.sort()
        for slot, (_key, conn_id, end) in enumerate(group):
            slots[(conn_id, end)] = (slot, count)
    return slots


@dataclass
class RoutePlan:
    """Every connection's route, with what a drag needs to route a few of them again among the
    rest: the grid they were planned on, each one's ends and sides, and per gutter the legs along
    it (``claims``, see _claims; leg i of a route lies at ``routes[id].channels[i]``).

    Kept until the next plan: the rest of the planning's numbers are let go at once, for a
    geometry pass that left tens of thousands more objects alive had the cycle collector walk
    them all again and again."""

    routes: dict[str, Route]
    grid: Grid
    ends: dict[str, tuple[str, str, tuple[str, str]]]
    claims: dict[tuple[str, int], list[tuple]]


def plan_routes(layout: MapLayout, cells, connections: Iterable[tuple[str, str, str]]) -> dict[str, Route]:
    """Every connection's route: ``cells`` as the document gives them, ``connections`` as (id, source, target)."""
    return make_plan(layout, cells, connections).routes


def make_plan(layout: MapLayout, cells, connections: Iterable[tuple[str, str, str]]) -> RoutePlan:
    """``plan_routes``, keeping what it worked out (see RoutePlan)."""
    grid = Grid(layout, cells)
    ends: dict[str, tuple] = {}
    kinds: dict[str, str] = {}
    for conn_id, source, target in connections:
        kind = route_kind(grid.place[source], grid.place[target], source == target)
        kinds[conn_id] = kind
        ends[conn_id] = (source, target, route_sides(grid, kind, source, target, grid.place[source][0]))
    slots = _slots(grid, ends)
    forward = grid.forward
    plans: dict[str, tuple] = {}
    for conn_id, (source, target, sides) in ends.items():
        s_box, t_box = grid.boxes[source], grid.boxes[target]
        source_slot, target_slot = slots[(conn_id, 0)], slots[(conn_id, 1)]
        p0 = attach_point((s_box.x, s_box.y, s_box.w, s_box.h), sides[0], source_slot, forward)
        p3 = attach_point((t_box.x, t_box.y, t_box.w, t_box.h), sides[1], target_slot, forward)
        legs = route_legs(grid, kinds[conn_id], sides, p0, p3, grid.place[source], grid.place[target])
        plans[conn_id] = (sides, source_slot, target_slot, p0, p3, legs)
    claims = _claims(plans, forward)
    offsets = _tracks(claims, forward)
    routes: dict[str, Route] = {}
    for conn_id, (sides, source_slot, target_slot, _p0, _p3, legs) in plans.items():
        channels = tuple(value + offsets.get((conn_id, i), 0.0) for i, (_a, _g, value) in enumerate(legs))
        routes[conn_id] = Route(kinds[conn_id], 0.0, source_slot, target_slot, sides[0], sides[1], channels)
    return RoutePlan(routes, grid, ends, claims)


def _claims(plans: dict[str, tuple], forward: int) -> dict[tuple[str, int], list[tuple]]:
    """Per gutter, the legs along it: (span low, span high, position key, conn id, leg index).

    The position key (``_position``) comes from the two lines a leg turns into at its ends:
    where along the leg, and which way across the gutter they head, in a coordinate that grows
    forward (x times the map's direction) for vertical gutters and downwards for horizontal ones."""
    claims: dict[tuple[str, int], list[tuple]] = {}
    for conn_id, (_sides, _s, _t, p0, p3, legs) in plans.items():
        values = [value for _a, _g, value in legs]
        n = len(values)
        for i, (axis, gutter, value) in enumerate(legs):
            own, cross = (0, 1) if axis == "v" else (1, 0)
            scale = forward if axis == "v" else 1
            before = p0[cross] if i == 0 else values[i - 1]
            after = p3[cross] if i == n - 1 else values[i + 1]
            came = p0[own] if i < 2 else values[i - 2]
            goes = p3[own] if i + 2 >= n else values[i + 2]
            low, high = min(before, after), max(before, after)
            position = _position(low, high, before, (came - value) * scale, after, (goes - value) * scale)
            claims.setdefault((axis, gutter), []).append((low, high, position, conn_id, i))
    return claims


def _position(low: float, high: float, first_at: float, first_heading: float, second_at: float,
              second_heading: float) -> float:
    """Where across its gutter a leg crosses the others least: a key, smaller towards the back.

    A leg is a segment from ``low`` to ``high`` that turns at each end (at ``first_at`` and
    ``second_at``) into a line heading back or forward. Coming in from the back at its top and
    leaving forward at its bottom, the leg that starts higher must lie further forward (else it
    crosses the others' lines in); upside down, the one that ends lower. A bracket (both lines
    one way) lies outside the brackets it holds."""
    top_heading, bottom_heading = (first_heading, second_heading) if first_at <= second_at else (
        second_heading, first_heading)
    if top_heading < 0 < bottom_heading:
        return -low
    if top_heading > 0 > bottom_heading:
        return high
    length = high - low
    return length if top_heading < 0 else -length


def _position_key(claim: tuple) -> float:
    return claim[2]


LONG_LEG = 400.0  # legs longer than this are few: checked against every leg, the rest only near them


def _stack(claimed: list[tuple]) -> list[tuple[str, int, int]]:
    """Tracks for the legs of one gutter, in the order given: each leg lies in front of every
    earlier leg it shares a stretch with (one track above the highest of them)."""
    claimed.sort(key=_position_key)
    lows: list[float] = []    # the short legs placed, by where they start
    short: list[tuple[float, float, int]] = []
    long_legs: list[tuple[float, float, int]] = []
    given = []
    for low, high, _position_at, conn_id, i in claimed:
        best = -1
        j = bisect_left(lows, high + 2.0) - 1
        reach = low - 2.0 - LONG_LEG
        while j >= 0 and lows[j] > reach:
            _a, b, track = short[j]
            if b > low - 2.0 and track > best:
                best = track
            j -= 1
        for a, b, track in long_legs:
            if a < high + 2.0 and low < b + 2.0 and track > best:
                best = track
        track = best + 1
        if high - low > LONG_LEG:
            long_legs.append((low, high, track))
        else:
            k = bisect_left(lows, low)
            lows.insert(k, low)
            short.insert(k, (low, high, track))
        given.append((conn_id, i, track))
    return given


def _tracks(claims: dict[tuple[str, int], list[tuple]], forward: int = 1) -> dict[tuple[str, int], float]:
    """Offsets that keep legs sharing a stretch of one gutter apart, in the order that crosses least."""
    offsets: dict[tuple[str, int], float] = {}
    for key, claimed in claims.items():
        if len(claimed) < 2:
            continue
        given = _stack(claimed)
        count = max(track for _c, _i, track in given) + 1
        if count < 2:
            continue
        room = TOP_ROOM if key == ("h", -1) else TRACK_ROOM
        spacing = min(TRACK_SPACING, 2 * room / (count - 1))
        first = -spacing * (count - 1) / 2
        scale = forward if key[0] == "v" else 1
        for conn_id, i, track in given:
            offsets[(conn_id, i)] = (first + track * spacing) * scale
    return offsets


def gutter_legs(plan: RoutePlan, key: tuple[str, int], leaving: set[str]) -> list[tuple[float, float, float]]:
    """The legs along gutter ``key`` of the routes that stay (all but ``leaving``): (span low, span high,
    coordinate with its track), so that a route planned again among them can take a track of its own."""
    routes = plan.routes
    return [(low, high, routes[conn_id].channels[i])
            for low, high, _position_at, conn_id, i in plan.claims.get(key, ()) if conn_id not in leaving]

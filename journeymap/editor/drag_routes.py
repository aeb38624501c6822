"""Routes for the connections of dragged cards while they move: pure numbers, no Qt.

Every step of a drag plans the moving cards' connections again, by the router's own
rules (gutters.py) on the grid as it is with those cards floating (drag_grid.py):
the same kinds, sides and gutters a drop there would give, so no route runs under a
card it does not join. The other connections keep their routes until the drop plans
the whole map again; the moving ones fit among them. An end on a card that stays takes
the router's slot while the ends already on that side sit where the router would put
them, else a place between them; a leg keeps the track it lay on before the drag while
the legs around leave it as much room as then, else takes the freest one. So a card
lifted and held where it lay shows its routes as they were. Planning a few routes this
way costs a small part of a frame, where planning every route again costs several.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable

from .drag_grid import DragGrid, Rect
from .gutters import LONG_LEG, TOP_ROOM, TRACK_ROOM, TRACK_SPACING, RoutePlan, gutter_legs, route_legs, route_sides
from .routing import FORWARD, Route, attach_point, fraction_slot, route_kind, slot_fraction

_FORWARD_SIDES = ("fwd", "back")  # what gutters.route_sides gives a forward route
SPAN_STEP = 24.0  # stretches along a gutter are looked up in whole steps of this (a gutter's width)


def _side_key(place: tuple, side: str) -> tuple:
    """How the ends on one side of a card are ordered: by where their other ends are (as gutters._slots)."""
    step, lane, index = place
    return (lane, index, step) if side in ("fwd", "back") else (step, lane, index)


class DragRouting:
    """Plans the routes of the connections of ``moving`` cards, again at every step of their drag."""

    def __init__(self, plan: RoutePlan, moving: Iterable[str]) -> None:
        self.plan = plan
        self.moving_cards = set(moving)
        self.grid = DragGrid(plan.grid, self.moving_cards)
        cards = self.moving_cards
        self.connections = [
            (conn_id, source, target) for conn_id, (source, target, _sides) in plan.ends.items()
            if source in cards or target in cards
        ]
        moving_ids = {conn_id for conn_id, _s, _t in self.connections}
        others = {card for _c, source, target in self.connections for card in (source, target)} - cards
        # the ends that stay on the cards the moving routes reach: (card, side) -> [(key, id, end, fraction)]
        self._staying: dict[tuple[str, str], list[tuple]] = {}
        place = self.grid.place  # as counted once the dragged cards left their cells
        for conn_id, (source, target, sides) in plan.ends.items():
            if conn_id in moving_ids or (source not in others and target not in others):
                continue
            route = plan.routes[conn_id]
            for card, side, other, slot, end in ((source, sides[0], target, route.source_slot, 0),
                                                 (target, sides[1], source, route.target_slot, 1)):
                if card in others:
                    entry = (_side_key(place(other), side), conn_id, end, slot_fraction(slot))
                    self._staying.setdefault((card, side), []).append(entry)
        self._moving_ids = moving_ids
        self._rested: dict[tuple[str, int], tuple | None] = {}  # each moving leg where it lay: see _at_rest
        self._lay: dict[tuple[str, int], tuple] | None = None
        self._occupancy: dict[tuple[str, int], _Gutter] = {}  # the legs that stay, per gutter reached
        self._tracks: dict[tuple, float] = {}  # the track chosen beside each set of legs
        self._fitted_legs: dict[tuple, float] = {}  # the track each moving leg took along each stretch
        self._fitted: dict[tuple, list] = {}  # the slots given to each set of ends on a side that stays
        self._signature: list | None = None  # every route's sides and places at the last step
        self._last_slots: dict[tuple[str, int], tuple] = {}
        self.attach_points: dict[str, tuple] = {}

    def routes(self, boxes: dict[str, Rect]) -> dict[str, Route]:
        """Every moving connection's route, the moving cards standing at ``boxes`` (id -> (x, y, w, h)).
        Where each route now leaves and reaches its cards is kept in ``attach_points``."""
        grid = self.grid
        grid.place_cards(boxes)
        place = grid.place
        planned = []
        for conn_id, source, target in self.connections:
            s_place, t_place = place(source), place(target)
            kind = route_kind(s_place, t_place, source == target)
            sides = _FORWARD_SIDES if kind == FORWARD else route_sides(grid, kind, source, target, s_place[0])
            planned.append((conn_id, source, target, kind, sides, s_place, t_place))
        signature = [(entry[4], entry[5], entry[6]) for entry in planned]
        if signature == self._signature:
            slots = self._last_slots  # every end where it was on the same side: the same slots
        else:
            slots = self._last_slots = self._slots(planned)
            self._signature = signature
        forward = grid.forward
        box = grid.box
        fit = self._fit_tracks
        taken: dict[tuple[str, int], list] = {}
        routes: dict[str, Route] = {}
        points: dict[str, tuple] = {}
        for conn_id, source, target, kind, sides, s_place, t_place in planned:
            source_slot, target_slot = slots[(conn_id, 0)], slots[(conn_id, 1)]
            p0 = attach_point(box(source), sides[0], source_slot, forward)
            p3 = attach_point(box(target), sides[1], target_slot, forward)
            grid.ends = (source, target)
            legs = route_legs(grid, kind, sides, p0, p3, s_place, t_place)
            channels = fit(conn_id, legs, p0, p3, taken) if legs else ()
            routes[conn_id] = Route(kind, 0.0, source_slot, target_slot, sides[0], sides[1], channels)
            points[conn_id] = (p0, p3)
        grid.ends = ()
        self.attach_points = points
        return routes

    # ------------------------------------------------------------ ends along a side
    def _slots(self, planned: list[tuple]) -> dict[tuple[str, int], tuple]:
        groups: dict[tuple[str, str], list] = {}
        for conn_id, source, target, _kind, sides, s_place, t_place in planned:
            groups.setdefault((source, sides[0]), []).append((_side_key(t_place, sides[0]), conn_id, 0))
            groups.setdefault((target, sides[1]), []).append((_side_key(s_place, sides[1]), conn_id, 1))
        slots: dict[tuple[str, int], tuple] = {}
        for (card, side), group in groups.items():
            group.sort()
            staying = self._staying.get((card, side)) if card not in self.moving_cards else None
            if not staying:  # the side holds moving ends alone: spread as the router spreads them
                count = len(group)
                for slot, (_key, conn_id, end) in enumerate(group):
                    slots[(conn_id, end)] = (slot, count) if count > 1 else (0, 1)
                continue
            known = (card, side, *group)  # the same ends in the same order: the same places as before
            fitted = self._fitted.get(known)
            if fitted is None:
                if len(self._fitted) > 4096:
                    self._fitted.clear()
                fitted = self._fitted[known] = _fit_between(group, staying)
            for end, slot in fitted:
                slots[end] = slot
        return slots

    # ------------------------------------------------------------ legs along a gutter
    def _fit_tracks(self, conn_id: str, legs: list, p0, p3, taken: dict) -> tuple[float, ...]:
        """Each leg's coordinate on a track no other leg along the same stretch of its gutter takes:
        the one it lay on before the drag while the legs around leave it as much room as then.

        A leg along the same stretch (in whole SPAN_STEPs) beside the same moving legs as at an
        earlier step keeps the track it took then."""
        occupancy, fitted = self._occupancy, self._fitted_legs
        last = len(legs) - 1
        channels = []
        for i, (axis, gutter, value) in enumerate(legs):
            cross = 1 if axis == "v" else 0
            before = p0[cross] if i == 0 else legs[i - 1][2]
            after = p3[cross] if i == last else legs[i + 1][2]
            low, high = (before - 2.0, after + 2.0) if before < after else (after - 2.0, before + 2.0)
            key = (axis, gutter)
            here = taken.get(key)
            if here is None:
                here = taken[key] = []
                moving = ()
            else:
                moving = tuple([v for a, b, v in here if a < high and low < b])
            known = (conn_id, i, key, value, math.floor(low / SPAN_STEP), math.ceil(high / SPAN_STEP), moving)
            chosen = fitted.get(known)
            if chosen is None:
                if len(fitted) > 8192:
                    fitted.clear()
                staying = occupancy.get(key) or self._gutter(key)
                chosen = fitted[known] = self._track(conn_id, i, key, value, staying.near(low, high), moving)
            here.append((low + 2.0, high - 2.0, chosen))  # its own stretch
            channels.append(chosen)
        return tuple(channels)

    def _track(self, conn_id: str, i: int, key, value: float, around: tuple, moving: tuple) -> float:
        """A leg's coordinate beside the legs that stay ``around`` it and the ``moving`` ones placed."""
        rested = self._rested.get((conn_id, i), False)
        if rested is False:
            rested = self._at_rest(conn_id, i)
        if rested is not None and rested[2] == key and _gap(rested[0], around, moving) >= rested[1] - 1e-9:
            return rested[0]
        if not (around or moving):
            return value
        known = (key, value, around, moving)  # the same legs around: the same track
        chosen = self._tracks.get(known)
        if chosen is None:
            if len(self._tracks) > 4096:
                self._tracks.clear()
            room = TOP_ROOM if key == ("h", -1) else TRACK_ROOM
            chosen = self._tracks[known] = _free_track(value, sorted({*around, *moving}), room)
        return chosen

    def _at_rest(self, conn_id: str, i: int) -> tuple[float, float, tuple[str, int]] | None:
        """Leg ``i`` of a moving route as it lay before the drag: its coordinate, the room it had
        there (its distance to the nearest leg beside it, at most a track's spacing) and its gutter."""
        if self._lay is None:  # where the moving routes' legs lay: looked up once per drag
            self._lay = {(c, j): (key, a, b) for key, claimed in self.plan.claims.items()
                         for a, b, _position_at, c, j in claimed if c in self._moving_ids}
        rested = None
        lay = self._lay.get((conn_id, i))
        if lay is not None:
            key, low, high = lay
            low, high = low - 2.0, high + 2.0
            moving = tuple(self._coordinate(c, j) for a, b, _position_at, c, j in self.plan.claims[key]
                           if c in self._moving_ids and (c, j) != (conn_id, i) and a < high and low < b)
            value = self._coordinate(conn_id, i)
            rested = (value, min(TRACK_SPACING, _gap(value, self._gutter(key).near(low, high), moving)), key)
        self._rested[(conn_id, i)] = rested
        return rested

    def _coordinate(self, conn_id: str, i: int) -> float:
        """Where leg ``i`` of a route lay before the drag, with its track."""
        return self.plan.routes[conn_id].channels[i]

    def _gutter(self, key: tuple[str, int]) -> _Gutter:
        """The legs that stay along gutter ``key`` (taken from the plan when the drag first reaches it)."""
        staying = self._occupancy.get(key)
        if staying is None:
            staying = self._occupancy[key] = _Gutter(gutter_legs(self.plan, key, self._moving_ids))
        return staying


class _Gutter:
    """The legs that stay along one gutter, found by the stretch they share with another (short legs
    by where they start, the few long ones all: as gutters._stack finds them).

    A stretch is widened to whole steps of SPAN_STEP, so that a drag's steps ask again and again
    for the same few stretches: their legs are kept (a leg near a stretch counts as on it)."""

    __slots__ = ("lows", "short", "long", "_found")

    def __init__(self, claimed: list[tuple[float, float, float]]) -> None:
        self.short = sorted(leg for leg in claimed if leg[1] - leg[0] <= LONG_LEG)
        self.long = [leg for leg in claimed if leg[1] - leg[0] > LONG_LEG]
        self.lows = [low for low, _high, _value in self.short]
        self._found: dict[tuple[int, int], tuple[float, ...]] = {}

    def near(self, low: float, high: float) -> tuple[float, ...]:
        """The coordinates of the legs overlapping the stretch from ``low`` to ``high`` (widened), sorted."""
        key = (math.floor(low / SPAN_STEP), math.ceil(high / SPAN_STEP))
        found = self._found.get(key)
        if found is None:
            if len(self._found) > 1024:
                self._found.clear()
            found = self._found[key] = self._near(key[0] * SPAN_STEP, key[1] * SPAN_STEP)
        return found

    def _near(self, low: float, high: float) -> tuple[float, ...]:
        found = [value for a, b, value in self.long if a < high and low < b]
        short, reach = self.short, low - LONG_LEG
        j = bisect_left(self.lows, high) - 1
        while j >= 0:
            a, b, value = short[j]
            if a <= reach:
                break
            if b > low:
                found.append(value)
            j -= 1
        return tuple(sorted(set(found)))  # legs on one track count once


def _fit_between(group: list, staying: list[tuple]) -> list[tuple[tuple[str, int], tuple]]:
    """Slots for the moving ends of one side (``group``: (key, conn id, end)) among the ends that stay
    there (``staying``: (key, conn id, end, fraction)): the router's own while the ends that stay sit
    where the router would put them, else each between the ends that stay on either side of it."""
    merged = sorted([*staying, *((key, conn_id, end, None) for key, conn_id, end in group)], key=lambda e: e[:3])
    count = len(merged)
    exact = [slot_fraction((k, count)) for k in range(count)]
    if all(fraction is None or abs(fraction - exact[k]) < 1e-9 for k, (*_e, fraction) in enumerate(merged)):
        return [((conn_id, end), (k, count)) for k, (_key, conn_id, end, fraction) in enumerate(merged)
                if fraction is None]
    result = []
    run: list[tuple[str, int]] = []
    low = 0.0
    for _key, conn_id, end, fraction in [*merged, ((), "", 0, 1.0)]:
        if fraction is None:
            run.append((conn_id, end))
            continue
        for k, moving_end in enumerate(run):
            result.append((moving_end, fraction_slot(low + (fraction - low) * (k + 1) / (len(run) + 1))))
        run = []
        low = fraction
    return result


def _gap(x: float, around: tuple[float, ...], moving: tuple[float, ...]) -> float:
    """How far ``x`` lies from the nearest of the sorted ``around`` and of ``moving``."""
    gap = float("inf")
    i = bisect_left(around, x)
    if i < len(around):
        gap = around[i] - x
    if i > 0:
        gap = min(gap, x - around[i - 1])
    for v in moving:
        gap = min(gap, abs(v - x))
    return gap


def _free_track(value: float, near: list[float], room: float) -> float:
    """The coordinate within ``room`` of ``value`` (a gutter's middle) for a leg beside the legs ``near``
    (sorted): the nearest to the middle a track's spacing from all of them, else the middle of the
    widest gap between them (the room's edges count as legs a track's spacing beyond)."""
    spacing = TRACK_SPACING
    i = bisect_left(near, value)
    gap = min(near[i] - value if i < len(near) else room, value - near[i - 1] if i > 0 else room)
    if gap >= spacing:
        return value
    low, high = value - room, value + room
    edges = [low - spacing, *[v for v in near if low - spacing < v < high + spacing], high + spacing]
    best, best_width = value, -1.0
    for a, b in zip(edges, edges[1:], strict=False):
        if b - a >= 2 * spacing:  # room for a track: the one nearest the middle (between the edges' beyonds)
            candidate, width = min(max(value, a + spacing), b - spacing), spacing
        else:
            candidate, width = min(max((a + b) / 2, low), high), (b - a) / 2
        if width > best_width or (width == best_width and abs(candidate - value) < abs(best - value)):
            best, best_width = candidate, width
    return best

"""The map checker: what a picture of the map would get wrong, counted from the scene's geometry.

* a *card crossing*: a connection's route (or arrowhead) entering a card's inside, its own
  two cards included (a route leaves and enters at their edges, never through them);
* a *caption overlap*: a caption covering a card or another caption;
* a *cut caption*: a caption whose drawn lines do not hold all its text.

It reads what the canvas draws from: each connection item's route commands and arrowhead,
each card item's rectangle and each caption's rectangle and lines.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

import pytest

INSET = 1.0  # how far inside a card's edge a route counts as crossing it (the stroke's half width)
CELL = 200.0


@dataclass
class MapProblems:
    crossings: list[tuple[str, str]] = field(default_factory=list)        # (connection id, card id)
    caption_on_card: list[tuple[str, str]] = field(default_factory=list)  # (connection id, card id)
    caption_on_caption: list[tuple[str, str]] = field(default_factory=list)
    cut_captions: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "crossings": len(self.crossings),
            "caption_on_card": len(self.caption_on_card),
            "caption_on_caption": len(self.caption_on_caption),
            "cut_captions": len(self.cut_captions),
        }

    def total(self) -> int:
        return sum(self.counts().values())


def _flatten(cmds: list[tuple], pieces: int = 24) -> list[tuple[float, float]]:
    """The route as a polyline (curves cut into short straight pieces)."""
    points = [cmds[0][1]]
    for cmd in cmds[1:]:
        start = points[-1]
        if cmd[0] == "L":
            points.append(cmd[1])
        elif cmd[0] == "Q":
            c, end = cmd[1], cmd[2]
            for i in range(1, pieces + 1):
                t = i / pieces
                u = 1 - t
                points.append((u * u * start[0] + 2 * u * t * c[0] + t * t * end[0],
                               u * u * start[1] + 2 * u * t * c[1] + t * t * end[1]))
        elif cmd[0] == "C":
            c1, c2, end = cmd[1], cmd[2], cmd[3]
            for i in range(1, pieces + 1):
                t = i / pieces
                u = 1 - t
                a, b, c, d = u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3
                points.append((a * start[0] + b * c1[0] + c * c2[0] + d * end[0],
                               a * start[1] + b * c1[1] + c * c2[1] + d * end[1]))
        else:
            points.append(cmd[1])
    return points


def segment_hits_box(p: tuple[float, float], q: tuple[float, float], box: tuple[float, float, float, float]) -> bool:
    """Whether the segment p-q passes through the open box (x0, y0, x1, y1) (Liang-Barsky)."""
    x0, y0, x1, y1 = box
    dx, dy = q[0] - p[0], q[1] - p[1]
    low, high = 0.0, 1.0
    for step, distance in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
        if step == 0:
            if distance <= 0:
                return False
            continue
        t = distance / step
        if step < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True


def _pieces(cmds: list[tuple], arrow) -> list[tuple]:
    points = _flatten(cmds)
    pieces = list(zip(points, points[1:], strict=False))
    if arrow is not None and len(arrow) == 3:
        pieces += [(arrow[0], arrow[1]), (arrow[1], arrow[2]), (arrow[2], arrow[0])]
    return pieces


def route_crosses(cmds: list[tuple], end, direction, boxes: dict[str, tuple]) -> list[str]:
    """The cards (``boxes``: id -> (x0, y0, x1, y1)) a route and its arrowhead pass under, as numbers."""
    from journeymap.editor.routing import arrow_points

    return drawn_crossings(cmds, arrow_points(end, direction), boxes)


def drawn_crossings(cmds: list[tuple], arrow, boxes: dict[str, tuple]) -> list[str]:
    """``route_crosses`` for a route as drawn: its commands and its arrowhead's three corners."""
    hit = []
    pieces = _pieces(cmds, arrow)
    for card_id, (x0, y0, x1, y1) in boxes.items():
        inside = (x0 + INSET, y0 + INSET, x1 - INSET, y1 - INSET)
        if any(segment_hits_box(p, q, inside) for p, q in pieces):
            hit.append(card_id)
    return sorted(hit)


class _Index:
    def __init__(self) -> None:
        self.buckets: dict[tuple[int, int], list] = {}

    def add(self, key, box) -> None:
        for cell in self._cells(box):
            self.buckets.setdefault(cell, []).append((key, box))

    def near(self, box):
        seen = set()
        for cell in self._cells(box):
            for key, other in self.buckets.get(cell, ()):
                if key not in seen:
                    seen.add(key)
                    yield key, other

    @staticmethod
    def _cells(box):
        x0, y0, x1, y1 = box
        for i in range(int(x0 // CELL), int(x1 // CELL) + 1):
            for j in range(int(y0 // CELL), int(y1 // CELL) + 1):
                yield (i, j)


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01


def check_scene(scene) -> MapProblems:
    """Every problem of the scene's current geometry (its geometry applied first)."""
    scene.apply_geometry()
    problems = MapProblems()
    cards = _Index()
    for card_id, item in scene.card_items.items():
        if not item.isVisible():
            continue
        r = item.scene_rect()
        cards.add(card_id, (r.left() + INSET, r.top() + INSET, r.right() - INSET, r.bottom() - INSET))
    captions = _Index()
    for conn_id, conn in scene.connection_items.items():
        hit = set()
        for p, q in _pieces(conn.route_commands(), conn.arrow_points()):
            box = (min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1]))
            for card_id, card_box in cards.near(box):
                if card_id not in hit and segment_hits_box(p, q, card_box):
                    hit.add(card_id)
        problems.crossings.extend((conn_id, card_id) for card_id in sorted(hit))
        _check_caption(problems, conn_id, conn, cards, captions)
    return problems


def _check_caption(problems: MapProblems, conn_id: str, conn, cards: _Index, captions: _Index) -> None:
    rect = conn.caption_rect()
    if rect is None or rect.isNull():
        return
    box = (rect.left(), rect.top(), rect.right(), rect.bottom())
    for card_id, card_box in cards.near(box):
        if _overlap(box, card_box):
            problems.caption_on_card.append((conn_id, card_id))
    for other_id, other in captions.near(box):
        if _overlap(box, other):
            problems.caption_on_caption.append((conn_id, other_id))
    captions.add(conn_id, box)
    label = conn.caption_item()
    lines = label.text_lines() if label is not None else []
    if " ".join(" ".join(lines).split()) != " ".join(conn.caption.split()):
        problems.cut_captions.append(conn_id)


@pytest.fixture
def collect_old_scenes(qtbot):
    """Collect, before a test, the scenes earlier tests dropped without detaching them: one
    destroyed with items selected emits selectionChanged into a Python side half gone, and the
    garbage collector would otherwise do it in the middle of this test (which builds big maps)."""
    with qtbot.capture_exceptions():
        gc.collect()
    yield

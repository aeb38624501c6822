"""Where dragged cards stand in the grid while they float: pure numbers, no Qt.

A card being dragged is in no cell: it floats wherever the pointer takes it, often
across the line between two columns. To route its connections as the router would,
it is given a place in the grid by its middle: the column and the lane its middle is
in (off the grid, a column of its own before the first or after the last), and among
the cards of that cell it stands by its middle too. Its routes then take the gutters
a card there would take; where the card reaches over its column's line, a route's
first or last stretch runs under the card itself, never under another card it does
not overlap. The cards the drag lifted are no longer in their cells, and the
floating ones block the runs of routes they do not end, as cards in cells do.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from . import style
from .gutters import CLEARANCE, MIN_VERTICAL_GAP, Grid

Rect = tuple[float, float, float, float]  # x, y, w, h
PAD = style.CELL_PADDING_X


class Floating:
    """One dragged card where it is now: its box, and the step, lane and index in the cell it stands in."""

    __slots__ = ("box", "step", "lane", "middle", "index")

    def __init__(self, box: Rect, step: int, lane: int) -> None:
        self.box = box
        self.step = step
        self.lane = lane
        self.middle = box[1] + box[3] / 2
        self.index = 0


class DragGrid:
    """The grid a drag routes on: the resting grid without the dragged cards, which float (see
    the module's docstring). Read by gutters.route_sides and gutters.route_legs as a Grid."""

    def __init__(self, grid: Grid, moving: set[str]) -> None:
        self.grid = grid
        self.forward = grid.forward
        self.rows = grid.rows
        self._lines = [x * grid.forward for x in grid.vertical_lines()]  # growing along the timeline
        self._row_tops = [row.y for row in grid.rows]
        self._spans: dict[int, tuple[list, list]] = {}  # the columns the dragged cards left
        for step in {grid.place[card][0] for card in moving if card in grid.place}:
            spans = [span for span in grid.spans[step] if span[2] not in moving]
            self._spans[step] = (spans, [top for top, _bottom, _id in spans])
        self.floating: dict[str, Floating] = {}
        self.ends: tuple[str, ...] = ()  # the cards of the route being planned: they do not block its runs
        self._cells: dict[tuple[int, int], tuple[list[float], list[str]]] = {}  # the cards that stay in a cell
        self._now: dict[str, tuple] = {}  # places this step: the floating cards, the cards of the cells they are over
        self._lifted: dict[str, tuple] = {}  # places of the cards in the cells the dragged cards left, counted anew
        for card in moving:
            if card in grid.place:
                step, lane, _index = grid.place[card]
                for index, other in enumerate(self._cell(step, lane)[1]):
                    self._lifted[other] = (step, lane, index)
        self._rects: dict[str, Rect] = {}  # the boxes of the cards that stay, as asked for
        self._blocks: dict[int, list[tuple[float, float, str]]] = {}
        self.vertical_gutter = grid.vertical_gutter  # read by gutters.route_legs: x of a line between columns

    # ------------------------------------------------------------ where the dragged cards are
    def place_cards(self, boxes: dict[str, Rect]) -> None:
        """The dragged cards are now at ``boxes`` (id -> (x, y, w, h))."""
        self.floating = {card: self._floating(box) for card, box in boxes.items()}
        self._blocks = blocks = {}  # per column, the floating cards over its cards' part of it
        if len(boxes) > 1:
            lines, forward = self._lines, self.forward
            for card, (x, y, w, h) in boxes.items():
                back, front = sorted((x * forward, (x + w) * forward))
                first = max(bisect_right(lines, back + PAD) - 1, 0)
                for step in range(first, min(bisect_left(lines, front - PAD), len(lines) - 1)):
                    blocks.setdefault(step, []).append((y, y + h, card))
        self._now = now = {}
        over: dict[tuple[int, int], list[Floating]] = {}
        for floating in self.floating.values():
            over.setdefault((floating.step, floating.lane), []).append(floating)
        for cell, group in over.items():  # as if dropped there: in the cell's order, by height
            middles, cards = self._cell(*cell)
            group.sort(key=lambda f: f.middle)
            slots = [bisect_left(middles, f.middle) for f in group]
            for rank, (floating, slot) in enumerate(zip(group, slots, strict=True)):
                floating.index = slot + rank
            for k, card in enumerate(cards):
                now[card] = (cell[0], cell[1], k + bisect_right(slots, k))
        last = len(self._lines) - 2
        off_grid = False
        for card, floating in self.floating.items():
            now[card] = (floating.step, floating.lane, floating.index)
            off_grid = off_grid or not 0 <= floating.step <= last
        self.vertical_gutter = self._vertical_gutter_off_grid if off_grid else self.grid.vertical_gutter

    def _floating(self, box: Rect) -> Floating:
        x, y, w, h = box
        beyond = len(self._lines) - 1  # off the grid ahead: a column of its own after the last (-1 before the first)
        step = min(max(bisect_right(self._lines, (x + w / 2) * self.forward) - 1, -1), beyond)
        lane = min(max(bisect_right(self._row_tops, y + h / 2) - 1, 0), len(self._row_tops) - 1)
        return Floating(box, step, lane)

    def box(self, card: str) -> Rect:
        floating = self.floating.get(card)
        if floating is not None:
            return floating.box
        rect = self._rects.get(card)
        if rect is None:
            b = self.grid.boxes[card]
            rect = self._rects[card] = (b.x, b.y, b.w, b.h)
        return rect

    def place(self, card: str) -> tuple:
        """A card's place (step, lane, index in cell) as the router would give it were the dragged
        cards dropped where they float (each among a cell's cards by its middle)."""
        return self._now.get(card) or self._lifted.get(card) or self.grid.place[card]

    def _cell(self, step: int, lane: int) -> tuple[list[float], list[str]]:
        """The middles and ids of the cards that stay in a cell, top to bottom."""
        cell = self._cells.get((step, lane))
        if cell is None:
            place = self.grid.place
            staying = sorted((place[card][2], (top + bottom) / 2, card) for top, bottom, card in self._column(step)[0]
                             if place[card][1] == lane)
            cell = self._cells[(step, lane)] = ([m for _i, m, _c in staying], [c for _i, _m, c in staying])
        return cell

    # ------------------------------------------------------------ read by the router's rules
    def _vertical_gutter_off_grid(self, after_step: int) -> float:
        """Grid.vertical_gutter, and beside the columns of their own that cards off the grid stand in
        (``vertical_gutter`` while one does; while none does, the grid's own: a drag asks for thousands)."""
        lines = self._lines
        if after_step + 1 >= len(lines):  # beside cards off the grid ahead: ahead of the foremost
            forward = self.forward
            fronts = [max(f.box[0] * forward, (f.box[0] + f.box[2]) * forward) for f in self.floating.values()]
            return (max([lines[-1], *fronts]) + PAD) * forward
        return self.grid.vertical_gutter(max(after_step, -1))

    def horizontal_gutter(self, below_lane: int) -> float:
        return self.grid.horizontal_gutter(below_lane)

    def s_curve_fits(self, p0, p3, after_step: int) -> bool:
        """Grid.s_curve_fits, and both ends in the gutter's band: a floating card's front may lie deep
        in its column, where an S to the next column would run over the cards beside it."""
        line = self.vertical_gutter(after_step) * self.forward
        band = PAD + 0.5
        return self.grid.s_curve_fits(p0, p3, after_step) and all(
            abs(x * self.forward - line) <= band for x in (p0[0], p3[0]))

    def _column(self, step: int) -> tuple[list, list]:
        if not 0 <= step < len(self.grid.spans):
            return ([], [])  # off the grid: no card stands there but floating ones
        kept = self._spans.get(step)
        return kept if kept is not None else (self.grid.spans[step], self.grid.tops[step])

    def run_is_clear(self, y: float, first: int, last: int) -> bool:
        """Grid.run_is_clear without the lifted cards, and with the floating ones (but the route's own)."""
        last_step = len(self.grid.columns) - 1
        low, high = max(min(first, last), 0), min(max(first, last), last_step)
        if low > high:
            return True
        for step in range(low, high + 1):
            spans, tops = self._column(step)
            i = bisect_left(tops, y + CLEARANCE)
            if i > 0 and spans[i - 1][1] > y - CLEARANCE:
                return False
        blocks, ends = self._blocks, self.ends
        if blocks:
            for step in range(low, high + 1):
                for top, bottom, card in blocks.get(step, ()):
                    if top < y + CLEARANCE and bottom > y - CLEARANCE and card not in ends:
                        return False
        return True

    def neighbours_in_column(self, source: str, target: str, step: int) -> bool:
        """Grid.neighbours_in_column for a route with a floating end: both cards stand in the column,
        within its lines, nothing lies between their middles, and an arrowhead fits between them."""
        if source not in self.floating and target not in self.floating:
            return self.grid.neighbours_in_column(source, target, step)
        ends = []
        column = self.grid.columns[step] if 0 <= step < len(self.grid.columns) else None
        for card in (source, target):
            floating = self.floating.get(card)
            if floating is not None:  # inside its column's lines: the curve keeps off the next columns' cards
                x, _y, w, _h = floating.box
                if floating.step != step or column is None or x < column.x or x + w > column.right:
                    return False
            ends.append(self.box(card))
        (_ax, ay, _aw, ah), (_bx, by, _bw, bh) = sorted(ends, key=lambda box: box[1])
        if by - (ay + ah) < MIN_VERTICAL_GAP:
            return False
        low, high = ay + ah / 2, by + bh / 2
        for top, bottom, card in self._column(step)[0]:
            if card not in (source, target) and low < (top + bottom) / 2 < high:
                return False
        for card, floating in self.floating.items():
            if card not in (source, target) and floating.step == step and low < floating.middle < high:
                return False
        return True

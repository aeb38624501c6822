"""Where everything on the map goes: pure geometry computed from the document.

No painting and no Qt here, so the grid can be tested (and reasoned about) as
numbers. Card heights depend on text, so the caller passes ``measure(card, width)``;
the scene passes one that wraps the title with the real font and caches it.

Right-to-left maps are laid out left-to-right first and then mirrored box by box
(x -> width - x - w): the first stage lands at the right and lane headers on the
right, while text itself is never mirrored (only its alignment changes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Card, JourneyDocument
from ..model.kinds import EMOTION_LANE_KIND
from . import style

Measure = Callable[[Card, float], float]


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in scene units."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def mirrored(self, total_width: float) -> Box:
        return Box(total_width - self.x - self.w, self.y, self.w, self.h)

    def with_height(self, h: float) -> Box:
        return Box(self.x, self.y, self.w, h)


@dataclass
class MapLayout:
    """Every box of one map, keyed by model id."""

    rtl: bool = False
    width: float = 0.0
    height: float = 0.0
    title: Box = Box(0, 0, 0, 0)
    corner: Box = Box(0, 0, 0, 0)
    grid: Box = Box(0, 0, 0, 0)
    stages: dict[str, Box] = field(default_factory=dict)
    steps: dict[str, Box] = field(default_factory=dict)      # step headers
    lanes: dict[str, Box] = field(default_factory=dict)      # lane headers
    columns: dict[str, Box] = field(default_factory=dict)    # a step's whole column of the grid
    rows: dict[str, Box] = field(default_factory=dict)       # a lane's whole row of the grid
    cards: dict[str, Box] = field(default_factory=dict)
    step_order: list[str] = field(default_factory=list)
    lane_order: list[str] = field(default_factory=list)
    emotion_lane: str | None = None

    @property
    def map_box(self) -> Box:
        return Box(0, 0, self.width, self.height)

    def cell(self, step_id: str, lane_id: str) -> Box:
        column, row = self.columns[step_id], self.rows[lane_id]
        return Box(column.x, row.y, column.w, row.h)

    def step_at_x(self, x: float) -> str | None:
        for step_id in self.step_order:
            box = self.columns[step_id]
            if box.x <= x < box.right:
                return step_id
        return None

    def lane_at_y(self, y: float) -> str | None:
        for lane_id in self.lane_order:
            box = self.rows[lane_id]
            if box.y <= y < box.bottom:
                return lane_id
        return None

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        if not self.grid.contains(x, y):
            return None
        step_id, lane_id = self.step_at_x(x), self.lane_at_y(y)
        if step_id is None or lane_id is None:
            return None
        return step_id, lane_id

    def forward_sign(self) -> int:
        """+1 when the timeline runs to the right, -1 when it runs to the left."""
        return -1 if self.rtl else 1

    def insert_index(self, card_ids: list[str], y: float) -> int:
        """Where a card dropped at height ``y`` goes among the cards of a cell (top to bottom)."""
        for index, card_id in enumerate(card_ids):
            box = self.cards.get(card_id)
            if box is not None and y < box.y + box.h / 2:
                return index
        return len(card_ids)


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def step_width(step) -> float:
    if step.width is None:
        return style.DEFAULT_STEP_WIDTH
    return clamp(step.width, style.MIN_STEP_WIDTH, style.MAX_STEP_WIDTH)


def lane_base_height(lane) -> float:
    if lane.height is not None:
        return clamp(lane.height, style.MIN_LANE_HEIGHT, style.MAX_LANE_HEIGHT)
    return style.EMOTION_LANE_HEIGHT if lane.kind == EMOTION_LANE_KIND else style.DEFAULT_LANE_HEIGHT


def card_width(column_width: float) -> float:
    return column_width - 2 * style.CELL_PADDING_X


def compute_layout(doc: JourneyDocument, measure: Measure) -> MapLayout:
    """The whole map's geometry; cheap enough to run after every change."""
    layout = MapLayout(rtl=doc.info.direction == "rtl")
    steps = doc.steps()
    lanes = doc.lanes()
    layout.step_order = [s.id for s in steps]
    layout.lane_order = [lane.id for lane in lanes]
    emotion = doc.emotion_lane()
    layout.emotion_lane = emotion.id if emotion else None

    widths = {s.id: step_width(s) for s in steps}
    heights, tallest = _card_heights(doc, widths, measure)
    row_heights = {lane.id: max(lane_base_height(lane), tallest.get(lane.id, 0.0)) for lane in lanes}

    grid_x = style.MARGIN + style.LANE_HEADER_WIDTH + style.HEADER_GAP
    band_y = style.MARGIN + style.TITLE_HEIGHT + style.TITLE_GAP
    step_y = band_y + style.STAGE_BAND_HEIGHT
    grid_y = step_y + style.STEP_HEADER_HEIGHT + style.HEADER_GAP
    grid_w = sum(widths.values())
    grid_h = sum(row_heights.values())
    layout.width = grid_x + grid_w + style.MARGIN
    layout.height = grid_y + grid_h + style.MARGIN
    layout.grid = Box(grid_x, grid_y, grid_w, grid_h)
    layout.title = Box(style.MARGIN, style.MARGIN, layout.width - 2 * style.MARGIN, style.TITLE_HEIGHT)
    layout.corner = Box(style.MARGIN, band_y, style.LANE_HEADER_WIDTH, grid_y - band_y)

    x = grid_x
    for stage in doc.stages():
        stage_x = x
        for step in stage.steps:
            w = widths[step.id]
            layout.steps[step.id] = Box(x, step_y, w, style.STEP_HEADER_HEIGHT)
            layout.columns[step.id] = Box(x, grid_y, w, grid_h)
            x += w
        layout.stages[stage.id] = Box(stage_x, band_y, x - stage_x, style.STAGE_BAND_HEIGHT)

    y = grid_y
    for lane in lanes:
        h = row_heights[lane.id]
        layout.lanes[lane.id] = Box(style.MARGIN, y, style.LANE_HEADER_WIDTH, h)
        layout.rows[lane.id] = Box(grid_x, y, grid_w, h)
        y += h

    _place_cards(doc, layout, heights)
    if layout.rtl:
        _mirror(layout)
    return layout


def _card_heights(doc, widths, measure) -> tuple[dict[str, float], dict[str, float]]:
    """Each card's height, and per lane the height its fullest cell needs."""
    heights: dict[str, float] = {}
    tallest: dict[str, float] = {}
    for (step_id, lane_id), card_ids in doc.cells():
        width = card_width(widths[step_id])
        cell = [max(style.CARD_MIN_HEIGHT, measure(doc.card(card_id), width)) for card_id in card_ids]
        heights.update(zip(card_ids, cell, strict=True))
        tallest[lane_id] = max(tallest.get(lane_id, 0.0), stack_height(cell))
    return heights, tallest


def stack_height(card_heights: list[float]) -> float:
    """Height a cell needs for cards stacked with gaps and padding."""
    if not card_heights:
        return 0.0
    return 2 * style.CELL_PADDING_Y + sum(card_heights) + style.CARD_GAP * (len(card_heights) - 1)


def _place_cards(doc, layout: MapLayout, heights: dict[str, float]) -> None:
    for (step_id, lane_id), card_ids in doc.cells():
        column, row = layout.columns[step_id], layout.rows[lane_id]
        x = column.x + style.CELL_PADDING_X
        w = card_width(column.w)
        y = row.y + style.CELL_PADDING_Y
        for card_id in card_ids:
            h = heights[card_id]
            layout.cards[card_id] = Box(x, y, w, h)
            y += h + style.CARD_GAP


def _mirror(layout: MapLayout) -> None:
    total = layout.width
    for mapping in (layout.stages, layout.steps, layout.lanes, layout.columns, layout.rows, layout.cards):
        for key, box in mapping.items():
            mapping[key] = box.mirrored(total)
    layout.title = layout.title.mirrored(total)
    layout.corner = layout.corner.mirrored(total)
    layout.grid = layout.grid.mirrored(total)


class LabelSpots:
    """Which parts of the map are taken by cards and placed captions: a coarse spatial hash.

    Lets connection captions find a free spot without asking the scene's index,
    which would be rebuilt by every caption placed. Rectangles are kept as plain
    (left, top, right, bottom) tuples: a map of 10,000 cards places thousands of
    captions, each trying up to a dozen spots.
    """

    CELL = 160.0

    def __init__(self, layout: MapLayout) -> None:
        self._buckets: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        take = self.take_rect
        for box in layout.cards.values():
            take(box.x, box.y, box.w, box.h)

    def take(self, box: Box) -> None:
        self.take_rect(box.x, box.y, box.w, box.h)

    def is_free(self, box: Box) -> bool:
        return self.is_free_rect(box.x, box.y, box.w, box.h)

    def take_rect(self, x: float, y: float, w: float, h: float) -> None:
        c = self.CELL
        right, bottom = x + w, y + h
        entry = (x, y, right, bottom)
        buckets = self._buckets
        for i in range(int(x // c), int(right // c) + 1):
            for j in range(int(y // c), int(bottom // c) + 1):
                bucket = buckets.get((i, j))
                if bucket is None:
                    buckets[(i, j)] = [entry]
                else:
                    bucket.append(entry)

    def is_free_rect(self, x: float, y: float, w: float, h: float) -> bool:
        c = self.CELL
        right, bottom = x + w, y + h
        buckets = self._buckets
        for i in range(int(x // c), int(right // c) + 1):
            for j in range(int(y // c), int(bottom // c) + 1):
                for left, top, other_right, other_bottom in buckets.get((i, j), ()):
                    if x < other_right and left < right and y < other_bottom and top < bottom:
                        return False
        return True

    def is_free_rect_but(self, x: float, y: float, w: float, h: float, ignored) -> bool:
        """``is_free_rect`` as if the rectangles ``ignored`` (as taken: left, top, right, bottom)
        were free: what cards dragged away and their captions leave."""
        c = self.CELL
        right, bottom = x + w, y + h
        buckets = self._buckets
        for i in range(int(x // c), int(right // c) + 1):
            for j in range(int(y // c), int(bottom // c) + 1):
                for entry in buckets.get((i, j), ()):
                    left, top, other_right, other_bottom = entry
                    if x < other_right and left < right and y < other_bottom and top < bottom and entry not in ignored:
                        return False
        return True

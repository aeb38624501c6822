"""Where the keyboard is on the grid: the focus cell and how keys move it.

Pure functions of the document (no Qt), so the rules can be read and tested as
data. The emotion lane holds no cards, so the focus never stops there. Moves are
given in *screen* directions; a right-to-left map runs its timeline leftwards, so
"right" there means the previous step.
"""

from __future__ import annotations

from ..model import JourneyDocument
from ..model.kinds import card_kind_for_lane, lane_category

Cell = tuple[str, str]  # (step id, lane id)


def card_lanes(doc: JourneyDocument) -> list[str]:
    """Ids of the lanes that can hold cards, top to bottom (the emotion lane left out)."""
    return [lane.id for lane in doc.lanes() if card_kind_for_lane(lane.kind) is not None]


def first_cell(doc: JourneyDocument) -> Cell | None:
    """Where typing starts when a map opens: the first step in the first channel lane.

    Without a channel lane, the first lane that holds cards; None on a map without steps or such lanes.
    """
    steps = doc.steps()
    lanes = card_lanes(doc)
    if not steps or not lanes:
        return None
    channels = [lane.id for lane in doc.lanes() if lane_category(lane.kind) == "channel"]
    return steps[0].id, (channels[0] if channels else lanes[0])


def valid_cell(doc: JourneyDocument, cell: Cell | None) -> bool:
    if cell is None:
        return False
    step_id, lane_id = cell
    return step_id in {s.id for s in doc.steps()} and lane_id in card_lanes(doc)


def timeline_delta(dx: int, rtl: bool) -> int:
    """Screen direction (-1 left, +1 right) to timeline direction (-1 earlier, +1 later)."""
    return -dx if rtl else dx


def neighbour_cell(doc: JourneyDocument, cell: Cell, dx: int, dy: int, rtl: bool) -> Cell | None:
    """The cell one step to the left/right (``dx``) or one card lane up/down (``dy``); None at the edge."""
    steps = [s.id for s in doc.steps()]
    lanes = card_lanes(doc)
    step_id, lane_id = cell
    if step_id not in steps or lane_id not in lanes:
        return None
    s = steps.index(step_id) + timeline_delta(dx, rtl)
    ln = lanes.index(lane_id) + dy
    if not (0 <= s < len(steps) and 0 <= ln < len(lanes)):
        return None
    return steps[s], lanes[ln]


def cell_order_key(doc: JourneyDocument, cell: Cell) -> tuple[int, int]:
    return doc.step_index(cell[0]), doc.lane_index(cell[1])


def next_card(doc: JourneyDocument, current: str | None, cell: Cell | None, forward: bool) -> str | None:
    """The card after (or before) ``current`` in timeline order.

    Without a current card, the first card at or after the focus cell (or the last
    one before it, going backwards). Wraps around at the ends, like Tab in a form.
    """
    ordered = [card.id for card in doc.cards()]
    if not ordered:
        return None
    if current is not None and current in ordered:
        index = ordered.index(current) + (1 if forward else -1)
        return ordered[index % len(ordered)]
    if cell is None or not valid_cell(doc, cell):
        return ordered[0] if forward else ordered[-1]
    here = cell_order_key(doc, cell)
    keys = [doc.timeline_key(card_id)[:2] for card_id in ordered]
    if forward:
        return next((cid for cid, key in zip(ordered, keys, strict=True) if key >= here), ordered[0])
    return next((cid for cid, key in zip(reversed(ordered), reversed(keys), strict=True) if key < here), ordered[-1])

"""Turning "these cards now go here, in this order" into the document's sequential moves.

``JourneyDocument.move_cards`` applies moves one after another; when several cards
land in one cell (or are reordered inside their own), each index must be computed
against the cell as it will be at that moment. This is pure bookkeeping, kept apart
from the gestures so it can be tested on plain lists.
"""

from __future__ import annotations

Cell = tuple[str, str]


def plan_moves(
    cells: dict[Cell, list[str]],
    card_cells: dict[str, Cell],
    drops: dict[Cell, tuple[int, list[str]]],
) -> list[tuple[str, str, str, int]]:
    """Moves that put each group of cards into its cell at an index among the cards that stay.

    ``cells``: current card ids of every cell involved; ``card_cells``: the cell of each
    moved card; ``drops``: target cell -> (index among the cell's cards that are not
    moved, moved card ids in their new top-to-bottom order).
    Returns [] when nothing would change.
    """
    sim = {cell: list(ids) for cell, ids in cells.items()}
    moving = {card for _, group in drops.values() for card in group}
    moves: list[tuple[str, str, str, int]] = []
    for target, (index, group) in drops.items():
        staying = [c for c in sim.get(target, []) if c not in moving]
        anchor = staying[index - 1] if 0 < index <= len(staying) else None
        previous = None
        for card in group:
            sim[card_cells[card]].remove(card)
            row = sim.setdefault(target, [])
            if previous is not None:
                position = row.index(previous) + 1
            elif anchor is not None:
                position = row.index(anchor) + 1
            else:
                position = 0
            row.insert(position, card)
            card_cells[card] = target
            moves.append((card, target[0], target[1], position))
            previous = card
    if all(sim.get(cell, []) == ids for cell, ids in cells.items()) and all(
        cell in cells for cell in sim
    ):
        return []
    return moves

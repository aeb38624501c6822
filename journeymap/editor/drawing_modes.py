"""How the canvas's items paint right now: one owner for the drawing modes.

Resting is the default. Far out (zoomed to an overview), cards and captions are drawn
at once by the overview item; while cards are dragged, what lies under them is folded
into one picture (the backdrop); while a picture is exported (or the room watches a
presentation) no selection, hover, handle or focus marks are drawn and nothing is
simplified. The scene owns one ``DrawingModes`` and hands it to every item it adds
(``item.modes``); an item outside a scene reads ``RESTING``.
"""

from __future__ import annotations


class DrawingModes:
    __slots__ = ("exporting", "far_out", "dragging")

    def __init__(self) -> None:
        self.exporting = False  # a picture is drawn, or a presentation shows the map: no marks, full detail
        self.far_out = False  # zoomed far out: the overview draws cards and captions
        self.dragging = False  # cards are being dragged: the backdrop holds what lies beneath

    def __repr__(self) -> str:
        on = [name for name in self.__slots__ if getattr(self, name)]
        return f"DrawingModes({', '.join(on) or 'resting'})"


RESTING = DrawingModes()  # what an item reads before a scene hands it the scene's modes; never changed


class ModesHanded:
    """Mixed into items that paint differently by mode: the scene sets ``modes`` when it adds them."""

    modes: DrawingModes = RESTING

    # Drawn into the drag backdrop with the grid (see scene_geometry._fold_backdrop), by declaration.
    folds_into_backdrop = False

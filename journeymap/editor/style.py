"""Every colour and size the canvas uses, in one place.

The layout module reads the sizes, the items read the colours; nothing else on
the canvas hard-codes a number, so the look can be tuned here alone.
"""

from __future__ import annotations

import functools

# ---------------------------------------------------------------- map frame
MARGIN = 36.0                 # empty border around the whole map
TITLE_HEIGHT = 64.0           # band holding the map title
TITLE_GAP = 12.0              # between the title band and the stage band
STAGE_BAND_HEIGHT = 40.0
STEP_HEADER_HEIGHT = 36.0
LANE_HEADER_WIDTH = 188.0
HEADER_GAP = 0.0              # between headers and the grid

# ---------------------------------------------------------------- grid
DEFAULT_STEP_WIDTH = 212.0
MIN_STEP_WIDTH = 120.0
MAX_STEP_WIDTH = 640.0
DEFAULT_LANE_HEIGHT = 96.0
MIN_LANE_HEIGHT = 56.0
MAX_LANE_HEIGHT = 900.0
EMOTION_LANE_HEIGHT = 150.0
CELL_PADDING_X = 12.0
CELL_PADDING_Y = 12.0
CARD_GAP = 8.0                # between stacked cards in one cell

# ---------------------------------------------------------------- cards
CARD_RADIUS = 6.0
CARD_PADDING_X = 10.0
CARD_PADDING_Y = 8.0
CARD_MIN_HEIGHT = 52.0
CARD_MAX_TITLE_LINES = 7      # beyond this the title is elided
BADGE_SIZE = 16.0
BADGE_ROW_GAP = 6.0
SHADOW_OFFSET = 2.0
HANDLE_RADIUS = 6.0

# ---------------------------------------------------------------- connections
CONNECTION_WIDTH = 1.6
ARROW_LENGTH = 10.0
ARROW_WIDTH = 8.0
LOOP_DEPTH = 26.0             # how far a loop back dips below its cards
CONNECTION_PICK_WIDTH = 10.0  # how near a click must be to select a curve

# ---------------------------------------------------------------- fonts (pixel sizes in scene units,
# so that text scales with everything else on any device: screen, PNG, SVG, PDF)
TITLE_FONT_SIZE = 28
STAGE_FONT_SIZE = 15
STEP_FONT_SIZE = 13
LANE_FONT_SIZE = 13
CARD_FONT_SIZE = 13
LABEL_FONT_SIZE = 11

# ---------------------------------------------------------------- colours
BACKGROUND = "#FFFFFF"
TEXT = "#1F2933"
TEXT_MUTED = "#52606D"
OVERVIEW_TEXT = "#1F293366"    # a title drawn as bars, zoomed far out
TITLE_TEXT = "#102A43"
GRID_LINE = "#E4E7EB"
GRID_BAND = "#F8FAFC"          # every other lane, a barely visible band
HEADER_BACKGROUND = "#F1F4F8"
HEADER_BORDER = "#D9E2EC"
STEP_HEADER_BACKGROUND = "#FFFFFF"
CARD_BORDER = "#00000026"       # ARGB-less alpha written as #RRGGBBAA is parsed by style.qcolor
CARD_SHADOW = "#0000001F"
SELECTION = "#2F80ED"
HOVER = "#2F80ED66"
FOCUS_FRAME = "#2F80ED"
CONNECTION = "#486581"
CONNECTION_SELECTED = "#2F80ED"
LABEL_BACKGROUND = "#FFFFFFEE"
LABEL_BORDER = "#BCCCDC"
DROP_TARGET = "#2F80ED22"
DROP_TARGET_BORDER = "#2F80ED"
EMOTION_ZERO_LINE = "#9AA5B1"
EMOTION_LINE = "#334E68"
EMOTION_POSITIVE = "#3EBD9330"
EMOTION_NEGATIVE = "#EF4E4E30"
EMOTION_FACE = {
    -2: "#E12D39",
    -1: "#F9703E",
    0: "#F0B429",
    1: "#8BD14F",
    2: "#27AB83",
}
MOMENT_OF_TRUTH = "#F0B429"
MOMENT_OF_TRUTH_BORDER = "#B7791F"
ON_BADGE = "#FFFFFF"            # marks drawn on coloured badges, faces and handles
EDITOR_BACKGROUND = "#FFFFFF"
FALLBACK_CARD = "#EDEDED"       # a card of a kind this version does not know
FALLBACK_LANE = "#C9D3DD"
FRICTION_BADGE = "#E12D39"
KPI_BADGE = "#486581"
ICON = "#334E68"


def qcolor(text: str):
    """A QColor from '#RRGGBB' or '#RRGGBBAA' (CSS order, unlike Qt's '#AARRGGBB')."""
    from PySide6.QtGui import QColor

    return QColor(_parsed_color(text))  # a copy: callers may change it


@functools.cache
def _parsed_color(text: str):
    from PySide6.QtGui import QColor

    if len(text) == 9:
        color = QColor(text[:7])
        color.setAlpha(int(text[7:], 16))
        return color
    return QColor(text)

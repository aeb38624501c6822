"""How much a card's title must shrink to fit its card, measured with the canvas's own fonts.

The canvas grows a card for up to seven lines and elides the rest; a slide shows the
whole title, so a longer one is written at the largest scale (in steps of 2.5%) at which
Qt's text layout, the same one the canvas wraps with, fits it in the card.
"""

from __future__ import annotations

from ...editor import fonts
from ...editor.text_block import TextBlock

MIN_SCALE = 0.3
STEP = 0.025
SAFETY = 1.0  # px narrower than the card: another renderer's wrapping may differ by a hair


def font_scale(title: str, inner_width: float, available_height: float, font=None) -> float | None:
    """The fontScale that fits ``title`` in ``inner_width`` x ``available_height`` (scene px), None if 100% fits."""
    font = font or fonts.card_font()
    width = max(1.0, inner_width - SAFETY)
    if not title or TextBlock(title, font, width).height <= available_height + 0.5:
        return None
    scale = 1.0 - STEP
    while scale > MIN_SCALE:
        # text at size f*s in width w wraps as text at size f in width w/s, scaled by s
        if TextBlock(title, font, width / scale).height * scale <= available_height + 0.5:
            return round(scale, 3)
        scale -= STEP
    return MIN_SCALE

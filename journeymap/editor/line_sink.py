"""A way for a picture export to take over drawing the lines of text blocks.

An SVG editor needs each line as one piece of text in reading order, which Qt's
glyph runs are not (a Hebrew line becomes one run per word, in visual order). While
a sink is set, ``TextBlock.draw`` and ``draw_centered_text`` hand every line to it
instead of drawing glyphs; the sink draws whatever stands in for the line in the
paint order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter


@dataclass(frozen=True)
class TextLine:
    """One line of a text block, in logical order, with the box it is drawn in (painter coordinates)."""

    text: str
    font: QFont
    left: float
    right: float
    baseline: float
    rtl: bool  # the base direction of the paragraph
    align: str  # "left", "right" or "center": the edge the line is held by


LineSink = Callable[[QPainter, TextLine], None]
_SINKS: list[LineSink] = []


def current_sink() -> LineSink | None:
    return _SINKS[-1] if _SINKS else None


@contextmanager
def lines_drawn_by(sink: LineSink) -> Iterator[None]:
    """Hand every text block line drawn inside the block to ``sink``."""
    _SINKS.append(sink)
    try:
        yield
    finally:
        _SINKS.remove(sink)


def draw_centered_text(painter: QPainter, rect: QRectF, text: str) -> None:
    """A one-line label centred in ``rect`` in the painter's font, pen and layout direction."""
    sink = current_sink()
    if sink is None or "\n" in text:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return
    font = painter.font()
    metrics = QFontMetricsF(font)
    half = metrics.horizontalAdvance(text) / 2
    baseline = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
    middle = rect.center().x()
    rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sink(painter, TextLine(text, font, middle - half, middle + half, baseline, rtl, "center"))

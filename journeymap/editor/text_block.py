"""Wrapped text laid out once and drawn many times.

Cards and headers draw the same text on every repaint; laying it out with
QTextLayout once (and again only when the text or width changes) keeps painting
cheap. Text longer than ``max_lines`` ends in an ellipsis instead of overflowing.
Each text's base direction comes from the text itself (``bidi.base_direction``), so
mixed Hebrew and English reads in the right order; alignment follows the map.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from .bidi import base_direction


def qt_direction(text: str, rtl_map: bool) -> Qt.LayoutDirection:
    """The base direction Qt lays ``text`` out in on a map running right-to-left or not."""
    if base_direction(text, rtl_map) == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


_OPTIONS: dict[tuple, QTextOption] = {}
_LEADING: dict[str, float] = {}


def _leading(font: QFont) -> float:
    key = font.key()
    value = _LEADING.get(key)
    if value is None:
        value = _LEADING[key] = max(0.0, QFontMetricsF(font).leading())
    return value


class TextBlock:
    """A paragraph wrapped to a width, at most ``max_lines`` lines."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        max_lines: int = 0,
        rtl: bool = False,
        center: bool = False,
    ) -> None:
        self.text = text
        self.font = font
        self.width = max(1.0, width)
        self.max_lines = max_lines
        self.rtl = rtl
        self.center = center
        self.elided = False
        self._layout = self._lay_out(text)
        if max_lines and self._layout.lineCount() > max_lines:
            self.elided = True
            self._layout = self._lay_out(self._elide(text))
        self.height = self._measure_height()

    def _option(self) -> QTextOption:
        direction = qt_direction(self.text, self.rtl)
        key = (self.center, self.rtl, direction)
        option = _OPTIONS.get(key)
        if option is None:  # a handful of combinations, built once: enum lookups are slow in Python
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            if self.center:
                horizontal = Qt.AlignmentFlag.AlignHCenter
            else:
                horizontal = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
            option.setAlignment(horizontal | Qt.AlignmentFlag.AlignAbsolute)
            option.setTextDirection(direction)
            _OPTIONS[key] = option
        return option

    def _lay_out(self, text: str) -> QTextLayout:
        layout = QTextLayout(text, self.font)
        layout.setTextOption(self._option())
        layout.setCacheEnabled(True)
        leading = _leading(self.font)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, y))
            y += line.height() + leading
            if self.max_lines and layout.lineCount() > self.max_lines + 1:
                break
        layout.endLayout()
        return layout

    def _elide(self, text: str) -> str:
        """The text cut so that its last allowed line ends in an ellipsis."""
        last = self._layout.lineAt(self.max_lines - 1)
        head = text[: last.textStart()]
        tail = text[last.textStart():].replace("\n", " ")
        metrics = QFontMetricsF(self.font)
        return head + metrics.elidedText(tail, Qt.TextElideMode.ElideRight, self.width - 1)

    def _measure_height(self) -> float:
        count = self._layout.lineCount()
        if count == 0:
            return QFontMetricsF(self.font).height()
        last = self._layout.lineAt(count - 1)
        return last.position().y() + last.height()

    def line_count(self) -> int:
        return self._layout.lineCount()

    def natural_width(self) -> float:
        """Width of the widest line (for hugging short labels)."""
        return max((self._layout.lineAt(i).naturalTextWidth() for i in range(self.line_count())), default=0.0)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self._layout.draw(painter, QPointF(x, y))

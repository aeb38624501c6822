"""Wrapped text laid out once and drawn many times.

Cards and headers draw the same text on every repaint; laying it out with
QTextLayout once (and again only when the text or width changes) keeps painting
cheap. Text longer than ``max_lines`` ends in an ellipsis instead of overflowing.
Each text's base direction comes from the text itself (``bidi.base_direction``), so
mixed Hebrew and English reads in the right order; alignment follows the map.

A map of 10,000 cards measures 10,000 titles before anything is drawn, and at an
overview zoom none is drawn as text. So a short plain-ASCII text that fits on one
line is measured with one font-metrics call, and its QTextLayout is made only when
the text is first drawn; anything else is laid out at once.
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
_METRICS: dict[str, tuple[QFontMetricsF, float, float, float]] = {}
_METRICS_OF: dict[int, tuple[QFont, tuple[QFontMetricsF, float, float, float]]] = {}  # by font object: key() is slow


def _metrics(font: QFont) -> tuple[QFontMetricsF, float, float, float]:
    """(metrics, leading, line height, average character width) of a font, computed once per font."""
    known = _METRICS_OF.get(id(font))
    if known is not None and known[0] is font:
        return known[1]
    key = font.key()
    found = _METRICS.get(key)
    if found is None:
        metrics = QFontMetricsF(font)
        found = _METRICS[key] = (metrics, max(0.0, metrics.leading()), _line_height(font), metrics.averageCharWidth())
    if len(_METRICS_OF) > 64:  # fonts made afresh per call would otherwise pile up here
        _METRICS_OF.clear()
    _METRICS_OF[id(font)] = (font, found)
    return found


def _leading(font: QFont) -> float:
    return _metrics(font)[1]


def _line_height(font: QFont) -> float:
    """The height QTextLayout gives one line of plain text in ``font`` (rounded, unlike QFontMetricsF's)."""
    layout = QTextLayout("Ag", font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000.0)
    layout.endLayout()
    return line.height()


def single_line_width(text: str, font: QFont, width: float) -> float | None:
    """The advance of ``text`` when it surely takes exactly one line in ``font`` at ``width``.

    Only plain ASCII qualifies: it is shaped by the font itself, never by a fallback
    font whose taller lines would change the height, and it has no bidirectional runs.
    None means: lay it out to know.
    """
    if not text or not text.isascii() or "\n" in text or "\t" in text:
        return None
    metrics, _leading, _height, average = _metrics(font)
    if len(text) * average > 1.25 * width:  # almost surely wraps: the layout decides, unmeasured
        return None
    advance = metrics.horizontalAdvance(text)
    last = text.rstrip()[-1:] or " "
    overhang = max(0.0, -metrics.rightBearing(last))  # a glyph's ink past its advance counts for the line
    return advance if advance + overhang <= width - 0.5 else None


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
        self._layout: QTextLayout | None = None
        self._single_width = single_line_width(text, font, self.width)
        if self._single_width is not None:
            self.height = _metrics(font)[2]
        else:
            self._layout = self._wrapped_layout()
            self.height = self._measure_height()

    def _wrapped_layout(self) -> QTextLayout:
        layout = self._lay_out(self.text)
        if self.max_lines and layout.lineCount() > self.max_lines:
            self.elided = True
            self._layout = layout
            layout = self._lay_out(self._elide(self.text))
        return layout

    @property
    def layout(self) -> QTextLayout:
        """The laid-out text, made on first use for a text measured without it."""
        if self._layout is None:
            self._layout = self._wrapped_layout()
        return self._layout

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
        return 1 if self._single_width is not None else self.layout.lineCount()

    def natural_width(self) -> float:
        """Width of the widest line (for hugging short labels)."""
        if self._single_width is not None:
            return self._single_width
        layout = self.layout
        return max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0.0)

    def line_boxes(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) of each line's text, aligned as drawn: the overview draws these as bars."""
        if self._single_width is not None:
            x = self.width - self._single_width if self.rtl else 0.0
            if self.center:
                x = (self.width - self._single_width) / 2
            return [(x, 0.0, self._single_width, self.height)]
        boxes = []
        layout = self.layout
        for i in range(layout.lineCount()):
            rect = layout.lineAt(i).naturalTextRect()
            boxes.append((rect.x(), rect.y(), rect.width(), rect.height()))
        return boxes

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.layout.draw(painter, QPointF(x, y))

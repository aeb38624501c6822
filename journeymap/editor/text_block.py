"""Wrapped text laid out once and drawn many times.

Cards and headers draw the same text on every repaint; laying it out with
QTextLayout once (and again only when the text or width changes) keeps painting
cheap. Text longer than ``max_lines`` ends in an ellipsis instead of overflowing.
Each text's base direction comes from the text itself (``bidi.base_direction``), so
mixed Hebrew and English reads in the right order; alignment follows the map.

A map of 10,000 cards measures 10,000 titles before anything is drawn, and at an
overview zoom none is drawn as text. So plain words (ASCII letters, digits, single
spaces and a little punctuation that never offers a line break) are wrapped with a
font-metrics call per line, as QTextLayout would wrap them, and their QTextLayout is
made only when the text is first drawn; anything else is laid out at once.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from .bidi import base_direction
from .line_sink import TextLine, current_sink


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


_PLAIN_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,'")
_FIT_MARGIN = 0.5  # closer than this to the edge, QTextLayout's own rounding decides: lay it out
_NEAR_EDGE = 1.0  # closer than this, a line is measured whole rather than summed from its words


class _Words:
    """Advances of words, and ink past the last glyph of characters, in one font, measured once each."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self.measure = metrics.horizontalAdvance
        self._bearing = metrics.rightBearing
        self._known: dict[str, float] = {}

    def advance(self, piece: str) -> float:
        value = self._known.get(piece)
        if value is None:
            if len(self._known) > 50000:
                self._known.clear()
            value = self._known[piece] = self.measure(piece)
        return value

    def overhang(self, char: str) -> float:
        key = "\0" + char
        value = self._known.get(key)
        if value is None:
            value = self._known[key] = max(0.0, -self._bearing(char))  # ink past the advance counts for the line
        return value


_WORDS: dict[int, _Words] = {}  # by the font's metrics object (one per font, kept in _METRICS)


def _words_of(font: QFont) -> _Words:
    metrics = _metrics(font)[0]
    words = _WORDS.get(id(metrics))
    if words is None:
        words = _WORDS[id(metrics)] = _Words(metrics)
    return words


def wrapped_line_widths(text: str, font: QFont, width: float, max_lines: int = 0) -> list[tuple[float, float]] | None:
    """(advance, width with any ink past the last glyph) of each line ``text`` wraps to in ``font`` at
    ``width``, as QTextLayout aligns and measures them; None: lay it out to know.

    Only plain words qualify: between them a single space is the only place a line may
    break (Unicode line breaking offers none inside them), so wrapping is greedy, word
    by word, as QTextLayout does it. A line's advance is the sum of its words' and
    spaces' (the bundled font kerns nothing across a space), and a line that ends near
    the edge is measured whole. A word wider than a line (QTextLayout would break it
    anywhere), more than ``max_lines`` lines (it would be elided), or a line that ends
    within half a pixel of the edge means None.
    """
    measured = _words_of(font)
    words = text.split(" ") if text.isascii() else ()
    if not words or "" in words or not _PLAIN_WORD_CHARS.issuperset(text.replace(" ", "")):
        # not plain words (or leading, trailing, doubled spaces): only a line known to fit is known
        single = single_line_width(text, font, width)
        return None if single is None else [(single, single + measured.overhang(text.rstrip()[-1:] or " "))]
    widths = _greedy_lines(words, measured, width)
    if widths is None or (max_lines and len(widths) > max_lines):
        return None
    return widths


def _greedy_lines(words: list[str], measured: _Words, width: float) -> list[tuple[float, float]] | None:
    advance, overhang = measured.advance, measured.overhang
    space = advance(" ")
    limit = width - _FIT_MARGIN
    widths: list[tuple[float, float]] = []
    line = [words[0]]
    line_advance = advance(words[0])
    if line_advance + overhang(words[0][-1]) > limit:
        return None  # a word wider than a line
    for word in words[1:]:
        word_advance = advance(word)
        summed = line_advance + space + word_advance
        ink = summed + overhang(word[-1])
        if abs(ink - width) < _NEAR_EDGE:  # near the edge: measure the line itself
            summed = measured.measure(" ".join(line) + " " + word)
            ink = summed + overhang(word[-1])
            if abs(ink - width) < _FIT_MARGIN:
                return None
        if ink <= width:
            line.append(word)
            line_advance = summed
            continue
        if word_advance + overhang(word[-1]) > limit:
            return None
        widths.append((line_advance, line_advance + overhang(line[-1][-1])))
        line, line_advance = [word], word_advance
    widths.append((line_advance, line_advance + overhang(line[-1][-1])))
    return widths


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
        self._widths = wrapped_line_widths(text, font, self.width, max_lines)  # None: laid out now
        if self._widths is not None:
            _metrics_, leading, line_height, _average = _metrics(font)
            self.height = len(self._widths) * (line_height + leading) - leading
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
        return len(self._widths) if self._widths is not None else self.layout.lineCount()

    def natural_width(self) -> float:
        """Width of the widest line (for hugging short labels)."""
        if self._widths is not None:
            return max(ink for _advance, ink in self._widths)
        layout = self.layout
        return max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0.0)

    def line_boxes(self) -> list[tuple[float, float, float, float]]:
        """(x, y, width, height) of each line's text, aligned as drawn: the overview draws these as bars."""
        if self._widths is not None:
            _metrics_, leading, line_height, _average = _metrics(self.font)
            boxes = []
            for i, (advance, ink) in enumerate(self._widths):  # aligned by the advance, as Qt aligns
                if self.center:
                    x = (self.width - advance) / 2
                else:
                    x = self.width - advance if self.rtl else 0.0
                boxes.append((x, i * (line_height + leading), ink, line_height))
            return boxes
        boxes = []
        layout = self.layout
        for i in range(layout.lineCount()):
            rect = layout.lineAt(i).naturalTextRect()
            boxes.append((rect.x(), rect.y(), rect.width(), rect.height()))
        return boxes

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        sink = current_sink()
        if sink is None:
            self.layout.draw(painter, QPointF(x, y))
            return
        for line in self.text_lines(x, y):
            sink(painter, line)

    def text_lines(self, x: float, y: float) -> list[TextLine]:
        """Each laid-out line as logical text with its box, for a picture that keeps text as text."""
        layout = self.layout
        text = layout.text()
        rtl = qt_direction(self.text, self.rtl) == Qt.LayoutDirection.RightToLeft
        align = "center" if self.center else ("right" if self.rtl else "left")
        lines = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            piece = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
            if not piece:
                continue
            rect = line.naturalTextRect()
            baseline = y + line.position().y() + line.ascent()
            lines.append(TextLine(piece, self.font, x + rect.left(), x + rect.right(), baseline, rtl, align))
        return lines

"""A PDF's text that searches and copies in reading order, Hebrew and mixed lines included.

Qt writes a line's glyphs in visual order and readers reorder them by a rule of their
own (see ``pdf_reading_order``), which scrambles mixed lines: "ל-30 יום" comes back as
"ל 30-יום". While a page is painted this sink takes every text line. A line the rule
reads back right on any page is drawn by Qt as usual. Any other line is drawn as the
outlines of its glyphs (it looks the same, but holds no text) and, once the page is
complete and its direction known, written again as invisible text: blank glyphs in the
order that reads back as typed, over the drawn line.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontInfo, QGlyphRun, QPainter, QPainterPath, QTextLayout, QTextOption, QTransform

from ...editor.bidi import has_rtl
from ...editor.line_sink import TextLine
from ...model.document import JourneyDocument
from .pdf_reading_order import LRM, MARKS, RLM, direction_count, kind, read_back, reading_layout
from .pdf_text_font import LayerFont

_WIDE = 1e6  # a line width no label reaches: lay out without wrapping


_MIRRORS = dict(zip("()[]{}<>\u00ab\u00bb\u2039\u203a", ")(][}{><\u00bb\u00ab\u203a\u2039", strict=True))


def written_order(layout: QTextLayout) -> str:
    """The characters of the glyphs Qt writes for ``layout``, left to right, as readers see them.

    Qt maps each glyph back to a character through its font's character map, as done here:
    a right-to-left run's brackets are drawn with their mirror's glyph, so they read back
    as the mirror; marks have no glyph.
    """
    text = layout.text()
    wanted = set(text) | {_MIRRORS[c] for c in text if c in _MIRRORS}
    placed: list[tuple[float, str]] = []
    for run in layout.glyphRuns():
        back = _glyph_characters(run.rawFont(), wanted)
        for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            placed.append((position.x(), back.get(glyph, "")))
    placed.sort(key=lambda item: item[0])
    return "".join(char for _x, char in placed if char not in MARKS)


_GLYPHS: dict[tuple, tuple[dict[str, int], dict[int, str]]] = {}  # font -> char -> glyph, glyph -> char


def _glyph_characters(raw, chars: set[str]) -> dict[int, str]:
    """glyph -> character, for (at least) ``chars`` in the font ``raw``: the first
    character met keeps a glyph that several share."""
    key = (raw.familyName(), raw.styleName(), raw.weight())
    glyph_of, char_of = _GLYPHS.setdefault(key, ({}, {}))
    for char in chars - glyph_of.keys():
        glyphs = raw.glyphIndexesForString(char)
        glyph = glyph_of[char] = glyphs[0] if len(glyphs) == 1 else 0
        if glyph:
            char_of.setdefault(glyph, char)
    return char_of


def _as_read(text: str) -> str:
    """Text as readers give it back: no marks, runs of spaces as one."""
    return " ".join("".join(c for c in text if c not in MARKS).split())


def _laid_out(line: TextLine) -> tuple[QTextLayout, QPointF]:
    """``line`` as one line of text, and the point to draw it at so it lands in its box."""
    layout = QTextLayout(line.text, line.font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if line.rtl else Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    text_line = layout.createLine()
    text_line.setLineWidth(_WIDE)
    layout.endLayout()
    rect = text_line.naturalTextRect()
    if line.align == "center":
        left = (line.left + line.right - rect.width()) / 2
    elif line.align == "right":
        left = line.right - rect.width()
    else:
        left = line.left
    return layout, QPointF(left - rect.left(), line.baseline - text_line.ascent())


def _outlines(layout: QTextLayout, origin: QPointF) -> QPainterPath:
    path = QPainterPath()
    for run in layout.glyphRuns():
        raw = run.rawFont()
        for glyph, position in zip(run.glyphIndexes(), run.positions(), strict=True):
            outline = raw.pathForGlyph(glyph)
            if not outline.isEmpty():
                path.addPath(outline.translated(origin + position))
    return path


def reads_right_to_left(doc: JourneyDocument) -> bool:
    """Whether the map's pictured text is mostly right-to-left: the direction its pages are
    given, so that pages seldom need tipping (see ``PdfTextLayer.finish_page``)."""
    texts = [doc.info.title]
    texts += [stage.name for stage in doc.stages()] + [step.name for step in doc.steps()]
    texts += [lane.name for lane in doc.lanes()] + [persona.name for persona in doc.personas()]
    texts += [conn.label for conn in doc.connections()]
    for card in doc.cards():
        texts.append(card.title)
        texts += [f"{kpi.name} {kpi.unit}" for kpi in card.kpis]
    return sum(direction_count(text) for text in texts) < 0


def _pixel_size(font: QFont) -> float:
    size = font.pixelSize()
    return float(size) if size > 0 else float(QFontInfo(font).pixelSize())


class PdfTextLayer:
    """Collects a page's text lines as they are painted; ``finish_page`` writes the hidden ones."""

    def __init__(self, rtl_pages: bool) -> None:
        self.rtl_pages = rtl_pages  # the direction every page is given
        self._font = LayerFont()
        # Where the page shows what is painted now (device coordinates; None: everywhere). A line
        # whose middle falls outside is drawn as outlines only: readers would find text that is
        # clipped away, under a repeated header or beyond the edge of a tile.
        self.region: QRectF | None = None
        self._drawn: list[tuple[QPointF, str]] = []  # lines Qt wrote as text: where, and what
        self._hidden: list[tuple[QTransform, TextLine]] = []

    def draw(self, painter: QPainter, line: TextLine) -> None:
        anchor = painter.transform().map(QPointF(line.left, line.baseline))
        if self.region is not None:
            middle = painter.transform().map(QPointF((line.left + line.right) / 2, line.baseline))
            if not self.region.contains(middle):
                height = line.font.pixelSize()
                box = QRectF(line.left, line.baseline - height, line.right - line.left, height * 1.3)
                if painter.transform().mapRect(box).intersects(self.region):  # partly shown: shapes, no text
                    layout, origin = _laid_out(line)
                    painter.fillPath(_outlines(layout, origin), painter.pen().brush())
                return
        if not line.rtl and not has_rtl(line.text):
            # Written as typed; readers keep it so, except that on a right-to-left page they
            # move neutral characters at its end to the front ("?Call centre").
            if not self.rtl_pages or kind(line.text[-1]) == "S":
                painter.save()
                painter.setFont(line.font)
                painter.drawText(QPointF(line.left, line.baseline), line.text)
                painter.restore()
                self._drawn.append((anchor, line.text))
                return
        layout, origin = _laid_out(line)
        written = written_order(layout)
        if _as_read(read_back(written, self.rtl_pages)) == _as_read(line.text):
            layout.draw(painter, origin)
            self._drawn.append((anchor, written))
            return
        painter.fillPath(_outlines(layout, origin), painter.pen().brush())
        self._hidden.append((painter.transform(), line))

    def finish_page(self, painter: QPainter, page: QRectF) -> None:
        """Write the page's hidden lines; ``page`` is the sheet in the painter's device coordinates
        (readers drop text outside it, and weigh the direction of what is on it)."""
        hidden = [(t, line) for t, line in self._hidden if page.contains(t.map(QPointF(line.left, line.baseline)))]
        placed_lines = [(t, line, reading_layout(line.text, self.rtl_pages)) for t, line in hidden]
        count = sum(direction_count(text) for anchor, text in self._drawn if page.contains(anchor))
        count += sum(direction_count(placed) for _t, _line, placed in placed_lines)
        painter.save()
        if (count < 0) != self.rtl_pages:  # readers would take the page the other way: tip the balance
            marks = RLM * (count + 1) if self.rtl_pages else LRM * -count
            size = _pixel_size(QFont())
            self._write(painter, QTransform(), QPointF(page.left() + size, page.top() + 2 * size), size, marks, size)
        for transform, line, placed in placed_lines:
            self._write(painter, transform, QPointF(line.left, line.baseline), _pixel_size(line.font), placed)
        painter.restore()
        self._drawn.clear()
        self._hidden.clear()

    def _write(self, painter: QPainter, transform: QTransform, start: QPointF, size: float, placed: str,
               spacing: float = 0.0) -> None:
        """``placed`` in blank glyphs from ``start`` rightwards, each after the last's advance
        (and ``spacing``: marks have none, and readers drop a mark drawn where the last one was)."""
        raw = self._font.at(size, placed)
        glyphs = raw.glyphIndexesForString(placed)
        x = start.x()
        positions = []
        for advance in raw.advancesForGlyphIndexes(glyphs):
            positions.append(QPointF(x, start.y()))
            x += advance.x() + spacing
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes(glyphs)
        run.setPositions(positions)
        painter.setTransform(transform)
        painter.drawGlyphRun(QPointF(0, 0), run)

    def close(self) -> None:
        """Take the layer's font out of Qt's font database once the PDF is written."""
        self._font.close()
